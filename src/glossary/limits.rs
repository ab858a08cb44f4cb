//! What a glossary value may be: names are short and printable, so a spelling past a few hundred
//! characters, or one with characters that hide or reorder text, is refused when the glossary is
//! loaded (and so by `glossary lint`), before the matcher spends time or memory on it. Values that
//! diagnostics repeat are shown escaped and shortened ([`shown`]).

use std::fmt::Write;

/// The most characters in a canonical form, variant or short form.
pub const MAX_CHARS: usize = 256;
/// The most words in a canonical form, variant or short form.
pub const MAX_WORDS: usize = 16;
/// The most characters in a native form: a name in its own script is shorter than its
/// romanisation, whatever the script.
pub const MAX_NATIVE_CHARS: usize = 128;
/// The most characters of a value that a diagnostic shows.
const SHOWN_CHARS: usize = 80;

/// Is `c` a character that has no place in a name: a control character (C0, DEL, C1, which
/// includes NUL and line breaks), a line or paragraph separator, a bidirectional formatting
/// character, or an invisible one (zero-width spaces and joiners, word joiner, invisible
/// operators, byte order mark)? Source: Unicode 15.1, UAX #9 table 4 (explicit directional
/// formatting characters and marks) and the `Cf` characters of the General Punctuation and
/// Specials blocks.
pub fn is_hidden(c: char) -> bool {
    #[rustfmt::skip]
    const RANGES: &[(char, char)] = &[
        ('\u{0000}', '\u{001F}'), // C0 controls
        ('\u{007F}', '\u{009F}'), // DEL, C1 controls
        ('\u{00AD}', '\u{00AD}'), // soft hyphen
        ('\u{061C}', '\u{061C}'), // arabic letter mark
        ('\u{180E}', '\u{180E}'), // mongolian vowel separator
        ('\u{200B}', '\u{200F}'), // zero-width space, non-joiner, joiner; LRM, RLM
        ('\u{2028}', '\u{202E}'), // line, paragraph separators; LRE, RLE, PDF, LRO, RLO
        ('\u{2060}', '\u{206F}'), // word joiner, invisible operators, LRI, RLI, FSI, PDI, deprecated formats
        ('\u{FEFF}', '\u{FEFF}'), // zero-width no-break space (byte order mark)
        ('\u{FFF9}', '\u{FFFB}'), // interlinear annotation
    ];
    RANGES.iter().any(|&(a, b)| (a..=b).contains(&c))
}

/// Why `value` (a `what`: canonical form, variant, native form, short form) cannot be a
/// spelling, and how to fix it; `None` when it can.
pub fn problem(what: &str, value: &str) -> Option<(String, String)> {
    if let Some(c) = value.chars().find(|&c| is_hidden(c)) {
        return Some((
            format!(
                "{what} {} contains the invisible or control character U+{:04X}",
                shown(value),
                c as u32
            ),
            "remove it: names are written with visible characters only".to_string(),
        ));
    }
    let native = what == "native form";
    let limit = if native { MAX_NATIVE_CHARS } else { MAX_CHARS };
    let chars = value.chars().take(limit + 1).count();
    if chars > limit {
        return Some((
            format!("{what} {} is longer than {limit} characters", shown(value)),
            "write the name alone; a longer text is not a name".to_string(),
        ));
    }
    let words = value.split_whitespace().take(MAX_WORDS + 1).count();
    if !native && words > MAX_WORDS {
        return Some((
            format!("{what} {} has more than {MAX_WORDS} words", shown(value)),
            "write the name alone; a longer text is not a name".to_string(),
        ));
    }
    None
}

/// `value` as a diagnostic shows it: in backquotes, every control, invisible or bidirectional
/// character escaped as `\u{…}` (so nothing in a message can hide or reorder the text around it),
/// and cut after 80 characters with the count of those left out.
pub fn shown(value: &str) -> String {
    let mut out = String::from("`");
    for (n, c) in value.chars().enumerate() {
        if n == SHOWN_CHARS {
            let rest = value.chars().count() - n;
            let _ = write!(out, "…` ({rest} more characters)");
            return out;
        }
        if is_hidden(c) {
            let _ = write!(out, "\\u{{{:04X}}}", c as u32);
        } else {
            out.push(c);
        }
    }
    out.push('`');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_pass_and_hidden_characters_do_not() {
        for ok in [
            "Kim Jong Un",
            "김정은",
            "Владимир Путин",
            "Jean-Luc O'Neill",
            "习近平",
        ] {
            assert_eq!(problem("variant", ok), None, "{ok}");
        }
        for bad in [
            "Kim\0Jong",
            "Kim\nJong",
            "Kim\u{202E}Jong",
            "Kim\u{200B}Jong",
            "Kim\u{2066}Jong",
            "\u{FEFF}Kim",
            "Kim\u{85}",
        ] {
            assert!(problem("variant", bad).is_some(), "{bad:?}");
        }
    }

    #[test]
    fn lengths_and_word_counts_are_bounded() {
        assert!(problem("variant", &"a".repeat(MAX_CHARS)).is_none());
        assert!(problem("variant", &"a".repeat(MAX_CHARS + 1)).is_some());
        assert!(problem("variant", &vec!["Kim"; MAX_WORDS].join(" ")).is_none());
        assert!(problem("variant", &vec!["Kim"; MAX_WORDS + 1].join(" ")).is_some());
        assert!(problem("native form", &"김".repeat(MAX_NATIVE_CHARS)).is_none());
        assert!(problem("native form", &"김".repeat(MAX_NATIVE_CHARS + 1)).is_some());
    }

    #[test]
    fn shown_values_are_escaped_and_short() {
        assert_eq!(shown("Kim\u{202E}Un\n"), "`Kim\\u{202E}Un\\u{000A}`");
        let long = shown(&"x".repeat(10_000));
        assert!(long.chars().count() < 120, "{long}");
        assert!(long.ends_with("(9920 more characters)"), "{long}");
    }
}
