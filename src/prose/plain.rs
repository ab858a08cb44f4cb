//! The text in any document that is not prose although it is made of letters: URLs
//! (`scheme://…`, `www.…`), e-mail addresses, paths (`/people/Kim-Jong-un`, `C:\Users`), file
//! names (`KimJongUn.jpg`) and identifiers (`kim_jong_un`).
//!
//! The text is cut into tokens at white space and at brackets and quotes; a token is looked at
//! only when it holds one of the few characters these shapes need (`:` `/` `\` `@` `_` `.`), so
//! running text costs one table look-up per byte.

use std::ops::Range;

/// Bytes that end a token: ASCII white space, brackets, quotes, backticks and the mask itself.
#[rustfmt::skip]
const fn is_delimiter(b: u8) -> bool {
    matches!(
        b,
        b' ' | b'\t' | b'\n' | b'\r' | b'\x0B' | b'\x0C'
            | b'(' | b')' | b'[' | b']' | b'{' | b'}' | b'<' | b'>'
            | b'"' | b'\'' | b'`' | b'|' | b'*'
    )
}

/// The bytes that make a token worth a look.
const fn is_interesting(b: u8) -> bool {
    matches!(b, b':' | b'/' | b'\\' | b'@' | b'_' | b'.')
}

/// Byte classes: 1 = delimiter, 2 = interesting.
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if is_delimiter(b) {
            1
        } else if is_interesting(b) {
            2
        } else {
            0
        };
        i += 1;
    }
    t
};

/// Add the ranges of `text` that are URLs, e-mail addresses, paths, file names or identifiers to
/// `masked`.
pub(super) fn mask(text: &str, masked: &mut Vec<Range<usize>>) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if CLASS[bytes[i] as usize] != 2 {
            i += 1;
            continue;
        }
        // A token holds an interesting byte: find the token around it.
        let start = bytes[..i]
            .iter()
            .rposition(|&b| CLASS[b as usize] == 1)
            .map_or(0, |p| p + 1);
        let end = bytes[i..]
            .iter()
            .position(|&b| CLASS[b as usize] == 1)
            .map_or(bytes.len(), |p| i + p);
        if let Some(r) = classify(bytes, start, end) {
            masked.push(r);
        }
        i = end.max(i + 1);
    }
}

/// Leading and trailing punctuation that is not part of a token.
fn trim(bytes: &[u8], mut s: usize, mut e: usize) -> (usize, usize) {
    while s < e && matches!(bytes[s], b',' | b';' | b':' | b'.' | b'!' | b'?') {
        s += 1;
    }
    while e > s && matches!(bytes[e - 1], b',' | b';' | b':' | b'.' | b'!' | b'?') {
        e -= 1;
    }
    (s, e)
}

/// The part of the token `start..end` that is not prose, if any.
fn classify(bytes: &[u8], start: usize, end: usize) -> Option<Range<usize>> {
    let (s, e) = trim(bytes, start, end);
    if s >= e {
        return None;
    }
    let tok = &bytes[s..e];
    // A URL: a scheme of two or more letters (digits, `+`, `-`, `.` after the first) before
    // `://`; the URL runs to the end of the token.
    if let Some(p) = memchr::memmem::find(tok, b"://") {
        let mut q = p;
        while q > 0
            && matches!(tok[q - 1], b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'+' | b'-' | b'.')
        {
            q -= 1;
        }
        while q < p && !tok[q].is_ascii_alphabetic() {
            q += 1;
        }
        if p - q >= 2 {
            return Some(s + q..e);
        }
    }
    if tok.len() > 4 && tok[..4].eq_ignore_ascii_case(b"www.") {
        return Some(s..e);
    }
    // An e-mail address: something before an `@`, and a domain with a dot after it.
    if let Some(p) = memchr::memchr(b'@', tok) {
        let domain = &tok[p + 1..];
        if p > 0
            && domain
                .iter()
                .position(|&b| b == b'.')
                .is_some_and(|d| d > 0 && d + 1 < domain.len())
        {
            return Some(s..e);
        }
    }
    // An identifier: a word joined by underscores.
    if let Some(p) = memchr::memchr(b'_', tok) {
        let word = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_alphanumeric() || *b >= 0x80);
        if word(tok.get(p + 1)) || p > 0 && word(tok.get(p - 1)) {
            return Some(s..e);
        }
    }
    // A path: rooted (`/…`, `~/…`, `./…`, `C:\…`), or with two separators or more. One slash
    // between words is prose ("and/or").
    let separators = tok.iter().filter(|&&b| b == b'/' || b == b'\\').count();
    let rooted = matches!(tok[0], b'/' | b'\\' | b'~' | b'.')
        || tok.len() > 2 && tok[0].is_ascii_alphabetic() && tok[1] == b':' && tok[2] == b'\\';
    if separators >= 2 || separators == 1 && rooted && tok.len() > 1 {
        return Some(s..e);
    }
    // A file name or a domain: a lowercase extension of one to five letters and digits after a
    // dot that follows a letter or digit ("KimJongUn.jpg", "example.com"). A sentence that runs
    // on after its full stop starts with a capital ("Kim Jong-un.He said"), and abbreviations end
    // with their dot ("e.g.", trimmed above).
    if let Some(d) = memchr::memrchr(b'.', tok) {
        let ext = &tok[d + 1..];
        if d > 0
            && tok[d - 1].is_ascii_alphanumeric()
            && (1..=5).contains(&ext.len())
            && ext
                .iter()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            && ext.iter().any(u8::is_ascii_lowercase)
            && !is_abbreviation(tok)
        {
            return Some(s..e);
        }
    }
    None
}

/// Is `tok` a dotted abbreviation of single letters ("e.g", "i.e", "U.S")?
fn is_abbreviation(tok: &[u8]) -> bool {
    tok.split(|&b| b == b'.')
        .all(|part| part.len() == 1 && part[0].is_ascii_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn masked(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        mask(text, &mut out);
        out.into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn each_shape_is_found_and_prose_is_not() {
        assert_eq!(
            masked("go to https://ex.com/a_b?x=1, then"),
            ["https://ex.com/a_b?x=1"]
        );
        assert_eq!(masked("[Kim](http://x.org/kim)"), ["http://x.org/kim"]);
        assert_eq!(masked("at www.Kim.org."), ["www.Kim.org"]);
        assert_eq!(masked("<kim@x.kp>"), ["kim@x.kp"]);
        assert_eq!(masked("kim_jong_un"), ["kim_jong_un"]);
        assert_eq!(masked("](/people/Kim-Jong-un)"), ["/people/Kim-Jong-un"]);
        assert_eq!(masked("a/b/c"), ["a/b/c"]);
        assert_eq!(masked("KimJongUn.jpg"), ["KimJongUn.jpg"]);
        assert_eq!(masked("example.com"), ["example.com"]);
        for prose in [
            "and/or",
            "Kim/Park",
            "e.g.",
            "i.e.,",
            "U.S.",
            "Pyongyang.The",
            "3.5",
            "10:30",
            "Note: Kim",
            "@kim",
            "_",
            "Mr. Kim.",
        ] {
            assert!(masked(prose).is_empty(), "{prose}: {:?}", masked(prose));
        }
    }
}
