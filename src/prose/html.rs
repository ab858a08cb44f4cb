//! The prose of an HTML document, as a WHATWG tokenizer (`html5gum`, with spans) sees it: the
//! text nodes, outside `<script>`, `<style>`, `<code>` and `<pre>`. Tags, attributes, comments and
//! the doctype are masked; character references in text are decoded (by the same tokenizer), so
//! that `Kim&nbsp;Jong&nbsp;Un` reads as the name it is.

use super::MASK;
use crate::fold::is_hyphen;
use html5gum::emitters::callback::{CallbackEmitter, CallbackEvent};
use html5gum::{Span, Tokenizer};
use std::borrow::Cow;
use std::convert::Infallible;

/// Elements whose content is not prose.
const NOT_PROSE: [&[u8]; 4] = [b"code", b"pre", b"script", b"style"];

/// The view of the HTML document `text`: text nodes as prose (references decoded), everything
/// else masked; and the anchors where the offsets of the view and the document part (see
/// [`super::Prose`]).
pub(super) fn view(text: &str) -> (String, Vec<(usize, usize)>) {
    // The prose text nodes, by their spans in the document.
    let mut nodes: Vec<(usize, usize)> = Vec::new();
    let mut tag: Vec<u8> = Vec::new();
    let mut depth = 0usize;
    let mut emitter = CallbackEmitter::new(|event: CallbackEvent<'_>, span: Span<usize>| {
        match event {
            CallbackEvent::OpenStartTag { name } => {
                tag.clear();
                tag.extend(name.iter().map(u8::to_ascii_lowercase));
            }
            CallbackEvent::CloseStartTag { self_closing }
                if !self_closing && NOT_PROSE.contains(&tag.as_slice()) =>
            {
                depth += 1;
            }
            CallbackEvent::EndTag { name } => {
                let name = name.to_ascii_lowercase();
                if NOT_PROSE.contains(&name.as_slice()) {
                    depth = depth.saturating_sub(1);
                }
            }
            CallbackEvent::String { .. }
                if depth == 0 && span.start < span.end && span.end <= text.len() =>
            {
                nodes.push((span.start, span.end));
            }
            _ => {}
        }
        None::<Infallible>
    });
    // `<script>` and `<style>` hold raw text, as a browser reads them.
    emitter.naively_switch_states(true);
    // The tokenizer reads from a string and never fails.
    let _ = Tokenizer::new_with_emitter(text, emitter).finish();

    let mut view = String::with_capacity(text.len());
    let mut anchors = Vec::new();
    let mut at = 0;
    for (s, e) in nodes {
        if s < at || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            continue;
        }
        mask_to(&mut view, s - at);
        decode_into(&text[s..e], s, &mut view, &mut anchors);
        at = e;
    }
    mask_to(&mut view, text.len() - at);
    (view, anchors)
}

/// Append `n` masked bytes.
fn mask_to(view: &mut String, n: usize) {
    view.extend(std::iter::repeat_n(MASK as char, n));
}

/// Append the text node `raw` (at offset `base` of the document) with its character references
/// decoded, adding an anchor after each reference whose decoded length differs.
fn decode_into(raw: &str, base: usize, view: &mut String, anchors: &mut Vec<(usize, usize)>) {
    let mut copied = 0;
    for (p, end, decoded) in references(raw) {
        view.push_str(&raw[copied..p]);
        view.push_str(&decoded);
        copied = end;
        if decoded.len() != end - p {
            anchors.push((view.len(), base + copied));
        }
    }
    view.push_str(&raw[copied..]);
}

/// The character references of the text `raw` that the tokenizer decodes: `(start, end, text)`,
/// in order. A reference is `&name;`, `&#123;` or `&#x1F600;`, at most 32 bytes.
fn references(raw: &str) -> impl Iterator<Item = (usize, usize, String)> + '_ {
    let bytes = raw.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while let Some(p) = memchr::memchr(b'&', &bytes[i..]).map(|p| p + i) {
            i = p + 1;
            let Some(len) = bytes[p + 1..]
                .iter()
                .take(32)
                .position(|&b| !(b.is_ascii_alphanumeric() || b == b'#'))
            else {
                continue;
            };
            if len == 0 || bytes[p + 1 + len] != b';' {
                continue;
            }
            let end = p + len + 2;
            if let Some(decoded) = decode(&raw[p..end]) {
                i = end;
                return Some((p, end, decoded));
            }
        }
        None
    })
}

/// The text `raw` (part of a text node) as the matcher reads it: references decoded.
pub(super) fn decoded(raw: &str) -> Cow<'_, str> {
    let mut out = String::new();
    let mut copied = 0;
    for (p, end, decoded) in references(raw) {
        out.push_str(&raw[copied..p]);
        out.push_str(&decoded);
        copied = end;
    }
    if copied == 0 {
        return Cow::Borrowed(raw);
    }
    out.push_str(&raw[copied..]);
    Cow::Owned(out)
}

/// A run of separators between the words of a name (bytes `start..end` of its text), and
/// whether it is white space only (a space, a line break, a no-break space) rather than hyphens
/// or a mix.
struct Gap {
    start: usize,
    end: usize,
    space: bool,
}

/// The gaps between the words of a name, given as its units `(start, end, character)`: a
/// character, or a reference standing for the character it decodes to.
fn gaps(units: &[(usize, usize, char)]) -> Vec<Gap> {
    let mut out = Vec::new();
    let mut run: Option<Gap> = None;
    for &(start, end, c) in units {
        if c.is_whitespace() || is_hyphen(c) {
            let g = run.get_or_insert(Gap {
                start,
                end,
                space: true,
            });
            g.end = end;
            g.space &= c.is_whitespace();
        } else if let Some(g) = run.take() {
            out.push(g);
        }
    }
    // A separator at the very end is no gap between words.
    out
}

/// The units of `text` from byte `from` to `to`, one per character, added to `units`.
fn chars_of(text: &str, from: usize, to: usize, units: &mut Vec<(usize, usize, char)>) {
    units.extend(
        text[from..to]
            .char_indices()
            .map(|(i, c)| (from + i, from + i + c.len_utf8(), c)),
    );
}

/// `replacement` as the HTML text to write over `raw`, a name as an HTML document spells it, so
/// that the rewrite changes only the name's letters and hyphens: where both have white space
/// between two words, the document's own (`&nbsp;`, `&#160;`, a line break) stays; the rest is
/// the replacement's, with `&` and `<` escaped.
///
/// The gaps are paired in order when the two have as many; otherwise, when the document writes
/// every white-space gap the same way (`Xi&nbsp;Jin&nbsp;Ping` → `Xi&nbsp;Jinping`), that way is
/// used for every space of the replacement.
pub(super) fn respell(raw: &str, replacement: &str) -> String {
    // The document's units: its characters, and each reference as the one character it stands
    // for (one that stands for several is a letter, never a separator).
    let mut units = Vec::new();
    let mut at = 0;
    for (p, end, decoded) in references(raw) {
        chars_of(raw, at, p, &mut units);
        let mut chars = decoded.chars();
        let c = match (chars.next(), chars.next()) {
            (Some(c), None) => c,
            _ => 'x',
        };
        units.push((p, end, c));
        at = end;
    }
    chars_of(raw, at, raw.len(), &mut units);
    let found = gaps(&units);
    units.clear();
    chars_of(replacement, 0, replacement.len(), &mut units);
    let wanted = gaps(&units);

    let mut spaces = found
        .iter()
        .filter(|g| g.space)
        .map(|g| &raw[g.start..g.end]);
    let uniform = spaces.next().filter(|first| spaces.all(|t| t == *first));
    let mut out = String::with_capacity(raw.len() + 8);
    let mut next = 0;
    for (i, g) in wanted.iter().enumerate() {
        escape_into(&replacement[next..g.start], &mut out);
        let own = if !g.space {
            None
        } else if found.len() == wanted.len() {
            found[i].space.then(|| &raw[found[i].start..found[i].end])
        } else {
            uniform
        };
        match own {
            Some(own) => out.push_str(own),
            None => escape_into(&replacement[g.start..g.end], &mut out),
        }
        next = g.end;
    }
    escape_into(&replacement[next..], &mut out);
    out
}

/// Append `text` as HTML text: `&` and `<` escaped.
fn escape_into(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            c => out.push(c),
        }
    }
}

/// The text a character reference stands for, as the tokenizer decodes it in a text node.
fn decode(reference: &str) -> Option<String> {
    let mut out = Vec::new();
    let emitter = CallbackEmitter::new(|event: CallbackEvent<'_>, _: Span<()>| {
        if let CallbackEvent::String { value } = event {
            out.extend_from_slice(value);
        }
        None::<Infallible>
    });
    let _ = Tokenizer::new_with_emitter(reference, emitter).finish();
    let out = String::from_utf8(out).ok()?;
    (out != reference && !out.is_empty()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_nodes_are_prose_and_references_are_decoded() {
        let text = "<p title=\"Kim Jong-un\">Kim&nbsp;Jong&#45;un <code>Kim</code> &amp;</p>\
                    <script>var kim = 'Kim Jong-un';</script><style>.kim{}</style><pre>Kim</pre>";
        let (view, anchors) = view(text);
        let prose: String = view
            .split(MASK as char)
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("/");
        assert_eq!(prose, "Kim\u{a0}Jong-un / &");
        assert_eq!(anchors.len(), 3);
        // Unknown or malformed references stay as written.
        let (view, anchors) = self::view("<p>Kim &nosuch; &amp x</p>");
        assert!(view.contains("Kim &nosuch; &amp x"), "{view}");
        assert!(anchors.is_empty());
    }

    #[test]
    fn respelling_keeps_the_documents_white_space_between_words() {
        let cases = [
            (
                "KIM&nbsp;JONG&nbsp;UN",
                "Kim Jong Un",
                "Kim&nbsp;Jong&nbsp;Un",
            ),
            ("Kim&#160;Jong-un", "Kim Jong Un", "Kim&#160;Jong Un"),
            ("Kim Jong&#45;un", "Kim Jong Un", "Kim Jong Un"),
            ("Kim\n  Jong-un", "Kim Jong Un", "Kim\n  Jong Un"),
            ("Kim Jong-un", "Kim Jong-Un", "Kim Jong-Un"),
            // Gaps that do not pair: a uniform one is kept, mixed ones give way.
            ("Hsi&nbsp;Chin&nbsp;Ping", "Xi Jinping", "Xi&nbsp;Jinping"),
            ("Hsi&nbsp;Chin Ping", "Xi Jinping", "Xi Jinping"),
            ("Kimjongun", "Kim Jong Un", "Kim Jong Un"),
            // The replacement is escaped.
            ("A&nbsp;and&nbsp;B", "A & <B>", "A&nbsp;&amp;&nbsp;&lt;B>"),
            // A reference to two characters is a letter.
            ("Kim&NotEqualTilde;Jong", "Kim Jong", "Kim Jong"),
        ];
        for (raw, replacement, want) in cases {
            assert_eq!(respell(raw, replacement), want, "{raw}");
        }
        assert_eq!(decoded("Kim&nbsp;Jong&#45;un &x"), "Kim\u{a0}Jong-un &x");
        assert!(matches!(decoded("Kim Jong"), Cow::Borrowed(_)));
    }
}
