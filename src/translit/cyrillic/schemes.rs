//! The standards' tables for Russian: BGN/PCGN 1947, GOST 7.79-2000 System B, ICAO Doc 9303
//! (Russian passports since 2013), ALA-LC, the scholarly transliteration of Slavic linguistics and
//! UNGEGN 1987; and the ASCII renderings of Cyrillic letters outside the Russian alphabet that the
//! ASCII schemes fall back on. ISO 9 is in `iso9.rs`. Each function maps one letter of a word, in
//! context where the standard has context rules.

use super::iso9::iso9;
use super::letters::{is_consonant, is_vowel, next, prev, Unit};

pub(super) fn lookup(table: &'static [(char, &'static str)], c: char) -> Option<&'static str> {
    table
        .binary_search_by(|(k, _)| k.cmp(&c))
        .ok()
        .map(|i| table[i].1)
}

/// ASCII renderings of non-Russian Cyrillic letters for the ASCII schemes: the
/// BGN/PCGN values for Ukrainian, Belarusian, Serbian and Macedonian letters,
/// plain letters for the pre-1918 Russian ones and for common Turkic letters.
/// Sorted by code point.
#[rustfmt::skip]
static ASCII_EXTRA: &[(char, &str)] = &[
    ('ѐ', "e"), ('ђ', "dj"), ('ѓ', "gj"), ('є', "ye"), ('ѕ', "dz"), ('і', "i"), ('ї', "yi"),
    ('ј', "j"), ('љ', "lj"), ('њ', "nj"), ('ћ', "c"), ('ќ', "kj"), ('ѝ', "i"), ('ў', "w"),
    ('џ', "dzh"), ('ѣ', "e"), ('ѫ', "a"), ('ѳ', "f"), ('ѵ', "i"), ('ґ', "g"), ('ғ', "gh"),
    ('қ', "q"), ('ң', "ng"), ('ү', "u"), ('ұ', "u"), ('һ', "h"), ('ә', "a"), ('ө', "o"),
];

pub(super) fn ascii_fallback(c: char) -> &'static str {
    // A letter with no known rendering is dropped rather than passed through:
    // the output must never contain Cyrillic.
    lookup(ASCII_EXTRA, c).unwrap_or("")
}

/// BGN/PCGN 1947 system for Russian (BGN, "Romanization Systems and Roman-Script
/// Spelling Conventions", 1994, pp. 93-94; PCGN "Romanization of Russian",
/// 2019). Note 1: е is ye initially, after а е ё и о у ы э ю я and after й ъ ь.
/// Note 2: ё likewise yë / ë (the dieresis is shown). Note 3 (the optional
/// middle dot for unusual sequences): й before а у ы э -> y·; ы before а у ы э
/// -> y·; ы after a vowel -> ·y; э after a consonant other than й -> ·e;
/// тс -> t·s; шч -> sh·ch. ь -> ʹ (U+02B9), ъ -> ʺ (U+02BA).
///
/// `ascii` gives the keyboard form common in print: ' and " for the signs, ë
/// written e/ye by note 1, no middle dots.
pub(super) fn bgn(w: &[Unit], i: usize, ascii: bool) -> &'static str {
    let c = w[i].c;
    let p = prev(w, i);
    let n = next(w, i);
    let ye_ctx = p.is_none_or(|q| is_vowel(q) || matches!(q, 'й' | 'ъ' | 'ь'));
    let dot_next = matches!(n, Some('а' | 'у' | 'ы' | 'э'));
    match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' => {
            if ye_ctx {
                "ye"
            } else {
                "e"
            }
        }
        'ё' => match (ye_ctx, ascii) {
            (true, false) => "yë",
            (false, false) => "ë",
            (true, true) => "ye",
            (false, true) => "e",
        },
        'ж' => "zh",
        'з' => "z",
        'и' => "i",
        'й' => {
            if dot_next && !ascii {
                "y·"
            } else {
                "y"
            }
        }
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => {
            if n == Some('с') && !ascii {
                "t·"
            } else {
                "t"
            }
        }
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => {
            if n == Some('ч') && !ascii {
                "sh·"
            } else {
                "sh"
            }
        }
        'щ' => "shch",
        'ъ' => {
            if ascii {
                "\""
            } else {
                "ʺ"
            }
        }
        'ы' => {
            if ascii {
                return "y";
            }
            // A preceding ы already put its dot after itself.
            let lead = p.is_some_and(|q| is_vowel(q) && q != 'ы');
            match (lead, dot_next) {
                (false, false) => "y",
                (true, false) => "·y",
                (false, true) => "y·",
                (true, true) => "·y·",
            }
        }
        'ь' => {
            if ascii {
                "'"
            } else {
                "ʹ"
            }
        }
        'э' => {
            if !ascii && p.is_some_and(is_consonant) {
                "·e"
            } else {
                "e"
            }
        }
        'ю' => "yu",
        'я' => "ya",
        _ => ascii_fallback(c),
    }
}

/// Letters whose System B rendering begins with i, e, y or j: before them ц is
/// written c, elsewhere cz (GOST 7.79-2000, table 2, note on Ц).
fn gost_b_soft(c: char) -> bool {
    matches!(
        c,
        'е' | 'ё' | 'и' | 'й' | 'ы' | 'э' | 'ю' | 'я' | 'і' | 'ї' | 'є' | 'ѣ' | 'ѵ' | 'ј'
    )
}

/// GOST 7.79-2000 System B (table 2): letters and letter combinations without
/// diacritics, the grave accent ` as the distinguishing sign. Russian column,
/// plus the Ukrainian, Belarusian, Macedonian and pre-1918 Russian letters of
/// the same table (і is i` before a consonant, as in міръ).
pub(super) fn gost_b(w: &[Unit], i: usize) -> &'static str {
    let c = w[i].c;
    match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' => "e",
        'ё' => "yo",
        'ж' => "zh",
        'з' => "z",
        'и' => "i",
        'й' => "j",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "x",
        'ц' => {
            if next(w, i).is_some_and(gost_b_soft) {
                "c"
            } else {
                "cz"
            }
        }
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shh",
        'ъ' => "``",
        'ы' => "y`",
        'ь' => "`",
        'э' => "e`",
        'ю' => "yu",
        'я' => "ya",
        'і' => {
            if next(w, i).is_some_and(is_consonant) {
                "i`"
            } else {
                "i"
            }
        }
        'ѣ' => "ye",
        'ѳ' => "fh",
        'ѵ' => "yh",
        'є' => "ye",
        'ї' => "yi",
        'ґ' | 'ѓ' => "g`",
        'ў' => "u`",
        'ѕ' => "z`",
        'ј' => "j",
        'ќ' => "k`",
        'љ' => "l`",
        'њ' => "n`",
        'џ' => "dh",
        _ => ascii_fallback(c),
    }
}

/// ICAO Doc 9303 (7th ed., 2015), Part 3, transliteration of Cyrillic, as used
/// for Russian passports since 2013 (FMS order No. 320): ё e, й i, ц ts, х kh,
/// щ shch, ъ ie, ь omitted, ю iu, я ia. Context-free.
pub(super) fn icao(c: char) -> &'static str {
    match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' => "i",
        'й' => "i",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' => "ie",
        'ы' => "y",
        'ь' => "",
        'ю' => "iu",
        'я' => "ia",
        'і' | 'ї' => "i",
        'є' => "ie",
        'ґ' => "g",
        'ў' => "u",
        _ => ascii_fallback(c),
    }
}

/// ALA-LC Romanization Tables, Russian (LC 2012; unchanged since 1941), with the
/// pre-1918 letters of the same table and the extra letters of the ALA-LC
/// Ukrainian, Belarusian, Serbian and Macedonian tables. Two-letter ties use
/// U+0361 (t͡s i͡u i͡a i͡e). The final hard sign is transcribed (RDA practice).
pub(super) fn alalc(c: char) -> &'static str {
    match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' => "g",
        'д' => "d",
        'е' => "e",
        'ё' => "ë",
        'ж' => "zh",
        'з' => "z",
        'и' => "i",
        'й' => "ĭ",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "t\u{361}s",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' => "ʺ",
        'ы' => "y",
        'ь' => "ʹ",
        'э' => "ė",
        'ю' => "i\u{361}u",
        'я' => "i\u{361}a",
        'і' => "ī",
        'ѣ' | 'є' => "i\u{361}e",
        'ѳ' => "ḟ",
        'ѵ' => "ẏ",
        'ї' => "ï",
        'ґ' => "g",
        'ў' => "ŭ",
        'ђ' => "đ",
        'ј' => "j",
        'љ' => "lj",
        'њ' => "nj",
        'ћ' => "ć",
        'џ' => "dž",
        'ѓ' => "ǵ",
        'ќ' => "ḱ",
        'ѕ' => "dz",
        _ => iso9(c),
    }
}

/// The scholarly (scientific) transliteration of Slavic linguistics: č š ž,
/// x for х, c for ц, šč, j for й, ja ju, è for э, ë for ё, ʹ ʺ for the signs.
/// Other Cyrillic letters take their ISO 9 values except the Ukrainian є ї
/// (je, ji) and the pre-1918 ѳ ѵ (f, i).
pub(super) fn scientific(c: char) -> &'static str {
    match c {
        'х' => "x",
        'щ' => "šč",
        'ю' => "ju",
        'я' => "ja",
        'є' => "je",
        'ї' => "ji",
        'і' | 'ѵ' => "i",
        'ѳ' => "f",
        'ґ' => "g",
        _ => iso9(c),
    }
}

/// UN romanization of Russian approved in 1987 (Resolution V/18), the GOST
/// 16876-71 table 1 values as revised in 1983: х h, щ šč, ю ju, я ja, э è,
/// ё ë; soft sign ʹ (U+02B9) and hard sign ″ (U+2033). Other Cyrillic letters
/// take their ISO 9 values.
pub(super) fn ungegn(c: char) -> &'static str {
    match c {
        'щ' => "šč",
        'ю' => "ju",
        'я' => "ja",
        'ъ' => "″",
        _ => iso9(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::translit::cyrillic::sorted;

    #[test]
    fn table_is_sorted() {
        assert!(sorted(&ASCII_EXTRA.iter().map(|e| e.0).collect::<Vec<_>>()));
    }
}
