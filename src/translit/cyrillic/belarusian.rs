//! Belarusian (Cyrillic → Latin): the national system of 2007, BGN/PCGN 1979, ALA-LC, ISO 9 and
//! the Łacinka, the Latin alphabet of Belarusian.
//!
//! Belarusian has г (h), і, ў, ы, э and the apostrophe, no и щ ъ; е ё ю я are iotated at the
//! start of a word and after a vowel, ў, ь or the apostrophe ([`super::ukrainian::APOSTROPHE`]).

use super::iso9::iso9;
use super::letters::{is_vowel, next, plain_east_slavic, prev, Unit};
use super::schemes::bgn;
use super::ukrainian::APOSTROPHE;

/// A romanisation scheme for Belarusian.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BeScheme {
    /// The national system: "Instruction on the transliteration of Belarusian geographical names
    /// with letters of the Latin script" (State Committee on Land Resources, 2007; adopted by
    /// UNGEGN in 2007).
    National,
    /// BGN/PCGN 1979.
    BgnPcgn,
    /// ALA-LC (Library of Congress) Belarusian table, with ligature ties.
    AlaLc,
    /// ISO 9:1995, one letter to one letter.
    Iso9,
    /// Łacinka, the Belarusian Latin alphabet (the orthography of Taraškievič's grammar of 1918).
    Lacinka,
}

impl BeScheme {
    /// Every scheme, in `--list` order; the first is the default.
    pub const ALL: [BeScheme; 5] = [
        BeScheme::National,
        BeScheme::BgnPcgn,
        BeScheme::AlaLc,
        BeScheme::Iso9,
        BeScheme::Lacinka,
    ];

    /// Short stable identifier.
    pub fn id(self) -> &'static str {
        match self {
            BeScheme::National => "national",
            BeScheme::BgnPcgn => "bgn-pcgn",
            BeScheme::AlaLc => "ala-lc",
            BeScheme::Iso9 => "iso9",
            BeScheme::Lacinka => "lacinka",
        }
    }

    /// Human-readable name of the system.
    pub fn full_name(self) -> &'static str {
        match self {
            BeScheme::National => "Belarusian national system (2007, UNGEGN)",
            BeScheme::BgnPcgn => "BGN/PCGN 1979 romanization of Belarusian",
            BeScheme::AlaLc => "ALA-LC romanization of Belarusian",
            BeScheme::Iso9 => "ISO 9:1995 transliteration of Belarusian",
            BeScheme::Lacinka => "Belarusian Łacinka (Latin alphabet)",
        }
    }

    /// Year the system was adopted or published.
    pub fn year(self) -> u16 {
        match self {
            BeScheme::National => 2007,
            BeScheme::BgnPcgn => 1979,
            // The ALA-LC Belarusian table as revised in 2012.
            BeScheme::AlaLc => 2012,
            BeScheme::Iso9 => 1995,
            // Taraškievič, "Biełaruskaja hramatyka dla škoł" (1918).
            BeScheme::Lacinka => 1918,
        }
    }
}

/// Word start, or after a vowel, ў, ь or the apostrophe: where е ё ю я carry a [j] onset.
fn iotated(p: Option<char>) -> bool {
    p.is_none_or(|q| is_vowel(q) || matches!(q, 'ў' | 'ь' | APOSTROPHE))
}

/// The letters every Latin system of Belarusian writes alike (а б г ґ д з і к л м н о п р с т
/// у ф ы as a b h g d z i k l m n o p r s t u f y); anything else: BGN/PCGN ASCII, so that no
/// Cyrillic reaches the output.
fn common(w: &[Unit], i: usize) -> &'static str {
    let c = w[i].c;
    if let Some(l) = plain_east_slavic(c) {
        return l;
    }
    match c {
        'в' => "v",
        'г' => "h",
        'ґ' => "g",
        'з' => "z",
        'і' => "i",
        'у' => "u",
        'ы' => "y",
        'ь' | APOSTROPHE => "",
        _ => bgn(w, i, true),
    }
}

/// The national system of 2007 (Instruction of the State Committee on Land Resources, Geodesy
/// and Cartography, No. 8, 23 November 2007): ж ž, й j, ў ŭ, х ch, ц c, ч č, ш š, э e; е ё ю я
/// are je jo ju ja at the start and after a vowel, ў, ь or the apostrophe, ie io iu ia after a
/// consonant; з л н с ц before ь are ź ĺ ń ś ć; ь and the apostrophe are not written. Examples
/// of the Instruction: Mahilioŭ, Homieĺ, Viciebsk, Bielaruś.
pub(super) fn national(w: &[Unit], i: usize) -> &'static str {
    let p = prev(w, i);
    let soft = next(w, i) == Some('ь');
    let iot = iotated(p);
    match w[i].c {
        'е' if iot => "je",
        'е' => "ie",
        'ё' if iot => "jo",
        'ё' => "io",
        'ю' if iot => "ju",
        'ю' => "iu",
        'я' if iot => "ja",
        'я' => "ia",
        'ж' => "ž",
        'й' => "j",
        'ў' => "ŭ",
        'х' => "ch",
        'ц' if soft => "ć",
        'ц' => "c",
        'ч' => "č",
        'ш' => "š",
        'э' => "e",
        'з' if soft => "ź",
        'л' if soft => "ĺ",
        'н' if soft => "ń",
        'с' if soft => "ś",
        _ => common(w, i),
    }
}

/// Łacinka (Taraškievič 1918, as written today): as the national system, but л is ł except
/// before е ё і ю я ь, where it is l and the iotated vowel loses its i (la, lo, lu, le); ль is
/// l; зь нь сь ць are ź ń ś ć. Examples: Łukašenka, Biełaruś, Mahiloŭ, Alaksandr.
pub(super) fn lacinka(w: &[Unit], i: usize) -> &'static str {
    let p = prev(w, i);
    let n = next(w, i);
    match w[i].c {
        'л' if matches!(n, Some('е' | 'ё' | 'і' | 'ю' | 'я' | 'ь')) => "l",
        'л' => "ł",
        'е' if p == Some('л') => "e",
        'ё' if p == Some('л') => "o",
        'ю' if p == Some('л') => "u",
        'я' if p == Some('л') => "a",
        _ => national(w, i),
    }
}

/// BGN/PCGN 1979 for Belarusian (BGN, "Romanization Systems and Roman-Script Spelling
/// Conventions", 1994): е ye, ё yo, ю yu, я ya in every position, ж zh, й y, ў w, х kh, ц ts,
/// ч ch, ш sh, э e, ь ’ (U+2019), the apostrophe ” (U+201D). Examples: Homyel’, Mahilyow,
/// Vitsyebsk.
pub(super) fn bgn1979(w: &[Unit], i: usize) -> &'static str {
    match w[i].c {
        'е' => "ye",
        'ё' => "yo",
        'ю' => "yu",
        'я' => "ya",
        'ж' => "zh",
        'й' => "y",
        'ў' => "w",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'э' => "e",
        'ь' => "\u{2019}",
        APOSTROPHE => "\u{201D}",
        _ => common(w, i),
    }
}

/// ALA-LC Romanization Tables, Belarusian (Library of Congress, 2012): г h, е e, ё i͡o, ж z͡h,
/// й ĭ, ў ŭ, х kh, ц ts (untied in this table), ч ch, ш sh, э ė, ь ʹ, ю i͡u, я i͡a, the apostrophe ʺ. Examples:
/// Lukashėnka, Mahili͡oŭ.
pub(super) fn alalc(w: &[Unit], i: usize) -> &'static str {
    match w[i].c {
        'е' => "e",
        'ё' => "i\u{361}o",
        'ж' => "z\u{361}h",
        'й' => "ĭ",
        'ў' => "ŭ",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'э' => "ė",
        'ь' => "ʹ",
        'ю' => "i\u{361}u",
        'я' => "i\u{361}a",
        APOSTROPHE => "ʺ",
        _ => common(w, i),
    }
}

/// ISO 9:1995 for Belarusian: the one-to-one table (г g, ё ë, і ì, ў ǔ, э è), the apostrophe
/// ʼ (U+02BC).
pub(super) fn iso(w: &[Unit], i: usize) -> &'static str {
    match w[i].c {
        APOSTROPHE => "ʼ",
        c => iso9(c),
    }
}

#[cfg(test)]
mod tests {
    use crate::translit::cyrillic::{transliterate_be, BeScheme};

    #[test]
    fn examples() {
        let t = |s, x| transliterate_be(s, x, true);
        assert_eq!(t(BeScheme::National, "Магілёў"), "Mahilioŭ");
        assert_eq!(t(BeScheme::National, "Гомель"), "Homieĺ");
        assert_eq!(t(BeScheme::Lacinka, "Беларусь"), "Biełaruś");
        assert_eq!(
            t(BeScheme::Lacinka, "Аляксандр Лукашэнка"),
            "Alaksandr Łukašenka"
        );
        assert_eq!(t(BeScheme::BgnPcgn, "Магілёў"), "Mahilyow");
        assert_eq!(t(BeScheme::AlaLc, "Лукашэнка"), "Lukashėnka");
    }
}
