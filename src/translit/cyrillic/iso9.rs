//! ISO 9:1995 (= GOST 7.79-2000 System A): one Cyrillic letter to one Latin letter, and back.
//! The forward table covers ISO 9 table 1 (Slavic letters), table 2 (pre-1918 Russian, Old
//! Bulgarian) and the table 3 letters checked against the standard; the reverse reads precomposed
//! and decomposed (NFD) Latin letters, so that `iso9` round-trips.

use super::letters::lower;
use super::schemes::{ascii_fallback, lookup};

/// ISO 9:1995 table 1 (Slavic letters), table 2 (pre-1918 Russian ѣ ѳ ѵ, Old
/// Bulgarian ѫ) and the table 3 letters checked against the standard's table
/// (ӑ ӓ ӕ ӗ ғ ҕ һ ӣ ӡ ӝ ӂ ӟ). One letter to one letter, reversible.
/// Sorted by code point.
#[rustfmt::skip]
static ISO9: &[(char, &str)] = &[
    ('а', "a"), ('б', "b"), ('в', "v"), ('г', "g"), ('д', "d"), ('е', "e"), ('ж', "ž"),
    ('з', "z"), ('и', "i"), ('й', "j"), ('к', "k"), ('л', "l"), ('м', "m"), ('н', "n"),
    ('о', "o"), ('п', "p"), ('р', "r"), ('с', "s"), ('т', "t"), ('у', "u"), ('ф', "f"),
    ('х', "h"), ('ц', "c"), ('ч', "č"), ('ш', "š"), ('щ', "ŝ"), ('ъ', "ʺ"), ('ы', "y"),
    ('ь', "ʹ"), ('э', "è"), ('ю', "û"), ('я', "â"), ('ё', "ë"), ('ђ', "đ"), ('ѓ', "ǵ"),
    ('є', "ê"), ('ѕ', "ẑ"), ('і', "ì"), ('ї', "ï"), ('ј', "ǰ"), ('љ', "l\u{302}"),
    ('њ', "n\u{302}"), ('ћ', "ć"), ('ќ', "ḱ"), ('ў', "ǔ"), ('џ', "d\u{302}"), ('ѣ', "ě"),
    ('ѫ', "ǎ"), ('ѳ', "f\u{300}"), ('ѵ', "ỳ"), ('ґ', "g\u{300}"), ('ғ', "ġ"), ('ҕ', "ğ"),
    ('һ', "ḥ"), ('ӂ', "z\u{306}"), ('ӑ', "ă"), ('ӓ', "ä"), ('ӕ', "æ"), ('ӗ', "ĕ"),
    ('ӝ', "z\u{304}"), ('ӟ', "z\u{308}"), ('ӡ', "ź"), ('ӣ', "ī"),
];

pub(super) fn iso9(c: char) -> &'static str {
    lookup(ISO9, c).unwrap_or_else(|| ascii_fallback(c))
}

/// ISO 9 precomposed Latin letters (and the prime signs) back to Cyrillic,
/// including the prime/double-prime look-alikes U+2032/U+2033. Sorted.
#[rustfmt::skip]
static ISO9_REV_PRECOMPOSED: &[(char, char)] = &[
    ('â', 'я'), ('ä', 'ӓ'), ('æ', 'ӕ'), ('è', 'э'), ('ê', 'є'), ('ë', 'ё'), ('ì', 'і'),
    ('ï', 'ї'), ('û', 'ю'), ('ă', 'ӑ'), ('ć', 'ћ'), ('č', 'ч'), ('đ', 'ђ'), ('ĕ', 'ӗ'),
    ('ě', 'ѣ'), ('ğ', 'ҕ'), ('ġ', 'ғ'), ('ī', 'ӣ'), ('ŝ', 'щ'), ('š', 'ш'), ('ŭ', 'ў'),
    ('ź', 'ӡ'), ('ž', 'ж'), ('ǎ', 'ѫ'), ('ǔ', 'ў'), ('ǰ', 'ј'), ('ǵ', 'ѓ'), ('ʹ', 'ь'), ('ʺ', 'ъ'),
    ('ḥ', 'һ'), ('ḱ', 'ќ'), ('ẑ', 'ѕ'), ('ỳ', 'ѵ'), ('′', 'ь'), ('″', 'ъ'),
];

/// ISO 9 letters written as base letter + combining mark (decomposed text, or
/// letters Unicode has no precomposed form for). Sorted by (base, mark).
#[rustfmt::skip]
static ISO9_REV_COMBINING: &[((char, char), char)] = &[
    (('a', '\u{302}'), 'я'), (('a', '\u{306}'), 'ӑ'), (('a', '\u{308}'), 'ӓ'),
    (('a', '\u{30C}'), 'ѫ'), (('c', '\u{301}'), 'ћ'), (('c', '\u{30C}'), 'ч'),
    (('d', '\u{302}'), 'џ'), (('e', '\u{300}'), 'э'), (('e', '\u{302}'), 'є'),
    (('e', '\u{306}'), 'ӗ'), (('e', '\u{308}'), 'ё'), (('e', '\u{30C}'), 'ѣ'),
    (('f', '\u{300}'), 'ѳ'), (('g', '\u{300}'), 'ґ'), (('g', '\u{301}'), 'ѓ'),
    (('g', '\u{306}'), 'ҕ'), (('g', '\u{307}'), 'ғ'), (('h', '\u{323}'), 'һ'),
    (('i', '\u{300}'), 'і'), (('i', '\u{304}'), 'ӣ'), (('i', '\u{308}'), 'ї'),
    (('j', '\u{30C}'), 'ј'), (('k', '\u{301}'), 'ќ'), (('l', '\u{302}'), 'љ'),
    (('n', '\u{302}'), 'њ'), (('s', '\u{302}'), 'щ'), (('s', '\u{30C}'), 'ш'),
    (('u', '\u{302}'), 'ю'), (('u', '\u{306}'), 'ў'), (('u', '\u{30C}'), 'ў'), (('y', '\u{300}'), 'ѵ'),
    (('z', '\u{301}'), 'ӡ'), (('z', '\u{302}'), 'ѕ'), (('z', '\u{304}'), 'ӝ'),
    (('z', '\u{306}'), 'ӂ'), (('z', '\u{308}'), 'ӟ'), (('z', '\u{30C}'), 'ж'),
];

/// ISO 9 plain Latin letters back to Cyrillic (q, w and x have none). Sorted.
#[rustfmt::skip]
static ISO9_REV_PLAIN: &[(char, char)] = &[
    ('a', 'а'), ('b', 'б'), ('c', 'ц'), ('d', 'д'), ('e', 'е'), ('f', 'ф'), ('g', 'г'),
    ('h', 'х'), ('i', 'и'), ('j', 'й'), ('k', 'к'), ('l', 'л'), ('m', 'м'), ('n', 'н'),
    ('o', 'о'), ('p', 'п'), ('r', 'р'), ('s', 'с'), ('t', 'т'), ('u', 'у'), ('v', 'в'),
    ('y', 'ы'), ('z', 'з'),
];

fn rev_lookup(table: &'static [(char, char)], c: char) -> Option<char> {
    table
        .binary_search_by(|(k, _)| k.cmp(&c))
        .ok()
        .map(|i| table[i].1)
}

/// ISO 9:1995 reverse transliteration (Latin with ISO 9 diacritics -> Cyrillic),
/// so iso9 round-trips. Precomposed and decomposed (NFD) letters are both read.
/// Characters that are not ISO 9 letters (q, w, x, digits, punctuation, other
/// diacritics) pass through unchanged. The signs ʹ ʺ have no case; they are
/// upper-cased when both neighbouring letters are capitals (ОБЪЕКТ).
pub fn iso9_to_cyrillic(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    // (character, is a sign, is upper case, is a letter) of what was emitted,
    // to case the signs afterwards.
    let mut emitted: Vec<(char, bool, bool, bool)> = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let lc = lower(c);
        let upper = c != lc;
        let mark = chars.get(i + 1).copied();
        let pair = mark.and_then(|m| {
            ISO9_REV_COMBINING
                .binary_search_by(|(k, _)| k.cmp(&(lc, m)))
                .ok()
                .map(|j| ISO9_REV_COMBINING[j].1)
        });
        let (cyr, used) = if let Some(cy) = pair {
            (Some(cy), 2)
        } else if let Some(cy) = rev_lookup(ISO9_REV_PRECOMPOSED, lc) {
            (Some(cy), 1)
        } else if let Some(cy) = rev_lookup(ISO9_REV_PLAIN, lc) {
            (Some(cy), 1)
        } else {
            (None, 1)
        };
        match cyr {
            Some(cy) => emitted.push((cy, matches!(cy, 'ъ' | 'ь'), upper, true)),
            None => emitted.push((c, false, false, c.is_alphabetic())),
        }
        i += used;
    }
    let mut out = String::with_capacity(text.len() * 2);
    for (k, &(cy, sign, upper, _)) in emitted.iter().enumerate() {
        // A sign is a capital when the letter before it is one and the word
        // either ends there or goes on in capitals.
        let caps = sign
            && k > 0
            && emitted[k - 1].3
            && emitted[k - 1].2
            && emitted.get(k + 1).is_none_or(|n| !n.3 || n.2);
        if upper || caps {
            out.extend(cy.to_uppercase());
        } else {
            out.push(cy);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::translit::cyrillic::letters::{is_sign, no_cyrillic};
    use crate::translit::cyrillic::{sorted, transliterate, RuScheme};

    #[test]
    fn iso9_round_trip() {
        for &(c, _) in ISO9 {
            // The signs have no case in ISO 9; a capital sign is only
            // recovered between capitals.
            let up = if is_sign(c) {
                c
            } else {
                c.to_uppercase().next().unwrap_or(c)
            };
            for cy in [c, up] {
                let s: String = [cy, 'а', cy].iter().collect();
                let lat = transliterate(RuScheme::Iso9, &s, false);
                assert_eq!(iso9_to_cyrillic(&lat), s, "{s} -> {lat}");
            }
        }
        for s in [
            "Съешь же ещё этих мягких французских булок, да выпей чаю.",
            "ОБЪЕКТ, ВЕСЬ, ПОДЪЕЗД",
            "Щукин Юрий Ёлкин Эрмитаж",
            "Вѣра Ѳёдоровна Київ Ґанок Љубљана",
        ] {
            let lat = transliterate(RuScheme::Iso9, s, false);
            assert!(no_cyrillic(&lat));
            assert_eq!(iso9_to_cyrillic(&lat), s, "{s} -> {lat}");
        }
        // NFD input and non-ISO letters.
        assert_eq!(iso9_to_cyrillic("Brez\u{30C}nev"), "Брежнев");
        assert_eq!(iso9_to_cyrillic("Bre\u{30C}"), "Брѣ");
        assert_eq!(iso9_to_cyrillic("e\u{308}lka"), "ёлка");
        assert_eq!(iso9_to_cyrillic("qwx 42"), "qwx 42");
        assert_eq!(iso9_to_cyrillic(""), "");
    }

    #[test]
    fn tables_are_sorted() {
        assert!(sorted(&ISO9.iter().map(|e| e.0).collect::<Vec<_>>()));
        assert!(sorted(
            &ISO9_REV_PRECOMPOSED.iter().map(|e| e.0).collect::<Vec<_>>()
        ));
        assert!(sorted(
            &ISO9_REV_COMBINING.iter().map(|e| e.0).collect::<Vec<_>>()
        ));
        assert!(sorted(
            &ISO9_REV_PLAIN.iter().map(|e| e.0).collect::<Vec<_>>()
        ));
    }
}
