//! Ukrainian (Cyrillic → Latin): the national system of 2010, BGN/PCGN (which adopted the
//! national system in 2019) and its 1965 predecessor, ALA-LC, ISO 9, the scholarly
//! transliteration, and the German, French, Polish and Spanish press transcriptions.
//!
//! Ukrainian differs from Russian in the letters (г is h, ґ is g; и is y, і is i; є ї are
//! iotated; no ё ы э ъ) and in the apostrophe, which separates a consonant from a following
//! iotated vowel (Знам'янка) and is read inside the word (see `render::parse_with`): it reaches
//! the letter functions as the unit [`APOSTROPHE`].

use super::iso9::iso9;
use super::letters::{is_last, is_vowel, next, next2, plain_east_slavic, prev, Unit};
use super::press::{Letters, DE, ES, FR, PL};
use super::schemes::bgn;

/// The apostrophe of Ukrainian and Belarusian spelling as a unit of a word (any of ' ’ ʼ in the
/// input).
pub(super) const APOSTROPHE: char = 'ʼ';

/// A romanisation scheme for Ukrainian.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UkScheme {
    /// The national system: Resolution No. 55 of the Cabinet of Ministers of Ukraine, 27 January
    /// 2010 (passports, road signs; adopted by UNGEGN in 2012).
    National,
    /// BGN/PCGN: since 2019 the national system of 2010.
    BgnPcgn,
    /// BGN/PCGN 1965, the system used in English-language maps and press before 2019.
    BgnPcgn1965,
    /// ALA-LC (Library of Congress) Ukrainian table, with ligature ties.
    AlaLc,
    /// ISO 9:1995, one letter to one letter.
    Iso9,
    /// The scholarly transliteration of Slavic linguistics.
    Scientific,
    /// German press transcription (Duden; de.wikipedia "Ukrainische Sprache").
    De,
    /// French press transcription.
    Fr,
    /// Polish transcription (KSNG "Zasady transkrypcji ukraińskich nazw geograficznych").
    Pl,
    /// Spanish press transcription.
    Es,
}

impl UkScheme {
    /// Every scheme, in `--list` order; the first is the default.
    pub const ALL: [UkScheme; 10] = [
        UkScheme::National,
        UkScheme::BgnPcgn,
        UkScheme::BgnPcgn1965,
        UkScheme::AlaLc,
        UkScheme::Iso9,
        UkScheme::Scientific,
        UkScheme::De,
        UkScheme::Fr,
        UkScheme::Pl,
        UkScheme::Es,
    ];

    /// Short stable identifier.
    pub fn id(self) -> &'static str {
        match self {
            UkScheme::National => "national",
            UkScheme::BgnPcgn => "bgn-pcgn",
            UkScheme::BgnPcgn1965 => "bgn-pcgn-1965",
            UkScheme::AlaLc => "ala-lc",
            UkScheme::Iso9 => "iso9",
            UkScheme::Scientific => "scientific",
            UkScheme::De => "de",
            UkScheme::Fr => "fr",
            UkScheme::Pl => "pl",
            UkScheme::Es => "es",
        }
    }

    /// Human-readable name of the system.
    pub fn full_name(self) -> &'static str {
        match self {
            UkScheme::National => {
                "Ukrainian national system (Cabinet of Ministers resolution No. 55, 2010)"
            }
            UkScheme::BgnPcgn => "BGN/PCGN romanization of Ukrainian (2019: the national system)",
            UkScheme::BgnPcgn1965 => "BGN/PCGN 1965 romanization of Ukrainian",
            UkScheme::AlaLc => "ALA-LC romanization of Ukrainian",
            UkScheme::Iso9 => "ISO 9:1995 transliteration of Ukrainian",
            UkScheme::Scientific => "Scientific (scholarly) transliteration of Ukrainian",
            UkScheme::De => "German transcription of Ukrainian (Duden)",
            UkScheme::Fr => "French transcription of Ukrainian",
            UkScheme::Pl => "Polish transcription of Ukrainian (KSNG)",
            UkScheme::Es => "Spanish transcription of Ukrainian",
        }
    }

    /// Year the system was adopted or published (nominal for the press transcriptions).
    pub fn year(self) -> u16 {
        match self {
            UkScheme::National => 2010,
            UkScheme::BgnPcgn => 2019,
            UkScheme::BgnPcgn1965 => 1965,
            // The ALA-LC Ukrainian table as revised in 2011.
            UkScheme::AlaLc => 2011,
            UkScheme::Iso9 => 1995,
            // Nominal: the Prussian Instructions, as for Russian.
            UkScheme::Scientific => 1899,
            // Nominal: Duden, 20th edition.
            UkScheme::De => 1991,
            // Nominal: established press usage.
            UkScheme::Fr => 1950,
            // KSNG, "Zasady transkrypcji ukraińskich nazw geograficznych".
            UkScheme::Pl => 2008,
            // Nominal: established press usage.
            UkScheme::Es => 2000,
        }
    }
}

/// Word start, or after a vowel, the apostrophe or the soft sign: where є ї ю я carry a [j]
/// onset.
fn iotated(p: Option<char>) -> bool {
    p.is_none_or(|q| is_vowel(q) || q == APOSTROPHE || q == 'ь')
}

/// A letter outside the Ukrainian alphabet (ё ы э ъ of Russian, or another Cyrillic letter):
/// its BGN/PCGN ASCII form, so that no Cyrillic ever reaches the output.
fn other(w: &[Unit], i: usize) -> &'static str {
    bgn(w, i, true)
}

/// The national system, Resolution No. 55 of the Cabinet of Ministers of Ukraine (27 January
/// 2010), table and notes: а a, б b, в v, г h, ґ g, д d, е e, є ye/ie, ж zh, з z, и y, і i,
/// ї yi/i, й y/i, к k, л l, м m, н n, о o, п p, р r, с s, т t, у u, ф f, х kh, ц ts, ч ch,
/// ш sh, щ shch, ь and the apostrophe not written, ю yu/iu, я ya/ia, the first form at the start
/// of a word only; зг is zgh (Згорани Zghorany), to tell it from ж.
pub(super) fn national(w: &[Unit], i: usize) -> &'static str {
    let start = i == 0;
    match w[i].c {
        'г' if prev(w, i) == Some('з') => "gh",
        'є' if start => "ye",
        'є' => "ie",
        'ї' if start => "yi",
        'ї' => "i",
        'й' if start => "y",
        'й' => "i",
        'ю' if start => "yu",
        'ю' => "iu",
        'я' if start => "ya",
        'я' => "ia",
        c => common(w, i, c),
    }
}

/// The letters the English-based systems (national, BGN/PCGN 1965) write alike.
fn common(w: &[Unit], i: usize, c: char) -> &'static str {
    if let Some(l) = plain_east_slavic(c) {
        return l;
    }
    match c {
        'в' => "v",
        'г' => "h",
        'ґ' => "g",
        'е' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' => "y",
        'і' => "i",
        'у' => "u",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ь' | APOSTROPHE => "",
        _ => other(w, i),
    }
}

/// BGN/PCGN 1965 for Ukrainian (BGN, "Romanization Systems and Roman-Script Spelling
/// Conventions", 1994, Ukrainian): as the national system but є ye, ї yi, й y, ю yu, я ya in
/// every position, the soft sign ’ (U+2019) and the apostrophe ” (U+201D).
pub(super) fn bgn1965(w: &[Unit], i: usize) -> &'static str {
    match w[i].c {
        'є' => "ye",
        'ї' => "yi",
        'й' => "y",
        'ю' => "yu",
        'я' => "ya",
        'ь' => "\u{2019}",
        APOSTROPHE => "\u{201D}",
        c => common(w, i, c),
    }
}

/// ALA-LC Romanization Tables, Ukrainian (Library of Congress, 2011): г h, ґ g, є i͡e, ж z͡h
/// (tied, to tell it from зг), и y, і i, ї ï, й ĭ, х kh, ц t͡s, щ shch, ь ʹ, ю i͡u, я i͡a, the
/// apostrophe ʺ.
pub(super) fn alalc(w: &[Unit], i: usize) -> &'static str {
    match w[i].c {
        'є' => "i\u{361}e",
        'ж' => "z\u{361}h",
        'ї' => "ï",
        'й' => "ĭ",
        'ц' => "t\u{361}s",
        'ь' => "ʹ",
        'ю' => "i\u{361}u",
        'я' => "i\u{361}a",
        APOSTROPHE => "ʺ",
        c => common(w, i, c),
    }
}

/// ISO 9:1995 for Ukrainian: the one-to-one table (г g, ґ g̀, є ê, и i, і ì, ї ï, х h, щ ŝ),
/// the apostrophe ʼ (U+02BC).
pub(super) fn iso(w: &[Unit], i: usize) -> &'static str {
    match w[i].c {
        APOSTROPHE => "ʼ",
        c => iso9(c),
    }
}

/// The scholarly transliteration of Ukrainian: г h, ґ g, є je, ж ž, и y, і i, ї ji, й j, х x,
/// ц c, ч č, ш š, щ šč, ь ʹ, ю ju, я ja, the apostrophe ʼ.
pub(super) fn scientific(w: &[Unit], i: usize) -> &'static str {
    match w[i].c {
        'є' => "je",
        'ж' => "ž",
        'ї' => "ji",
        'й' => "j",
        'х' => "x",
        'ц' => "c",
        'ч' => "č",
        'ш' => "š",
        'щ' => "šč",
        'ь' => "ʹ",
        'ю' => "ju",
        'я' => "ja",
        APOSTROPHE => "ʼ",
        c => common(w, i, c),
    }
}

/// The surname endings -ський -цький -ська -цька (and -зький -зька) that the press of Polish and
/// Spanish write -ski -cki -ska -cka, French -ski/-sky: `Some(unit index where the ending
/// starts)`.
fn sky_ending(w: &[Unit]) -> Option<usize> {
    let rev: Vec<char> = w.iter().rev().take(6).map(|u| u.c).collect();
    let soft = |c: &char| matches!(c, 'с' | 'ц' | 'з');
    match rev.as_slice() {
        ['й', 'и', 'к', 'ь', c, _, ..] if soft(c) => Some(w.len() - 5),
        ['а', 'к', 'ь', c, _, ..] if soft(c) => Some(w.len() - 4),
        _ => None,
    }
}

/// What the four press transcriptions write alike for Ukrainian: а a, б b, г h, ґ g, д d, е e,
/// и y, і i, к k, л l, м m, н n, о o, п p, р r, с s, т t, ф f; ь and the apostrophe not
/// written; є takes the row's iotated e; the rest from the row of the Russian press table
/// (`press.rs`), which the Ukrainian transcriptions share.
fn press_base(w: &[Unit], i: usize, row: &Letters) -> &'static str {
    let c = w[i].c;
    if let Some(l) = plain_east_slavic(c) {
        return l;
    }
    match c {
        'г' => "h",
        'ґ' => "g",
        'е' => "e",
        'и' => "y",
        'і' => "i",
        'ь' | APOSTROPHE => "",
        'є' => row.get('е').unwrap_or("e"),
        _ => row.get(c).unwrap_or_else(|| other(w, i)),
    }
}

/// German transcription of Ukrainian (Duden; the table of de.wikipedia "Ukrainische Sprache",
/// used by the German press): в w, ж sch, з s, х ch, ц z, ч tsch, ш sch, щ schtsch, є je, ї ji,
/// й j, ю ju, я ja; с between vowels ss (Odessa); ь before о is j (Ljowotschkin). Examples:
/// Schmyhal, Selenskyj, Kyjiw, Charkiw, Saporischschja.
pub(super) fn de(w: &[Unit], i: usize) -> &'static str {
    let p = prev(w, i);
    let n = next(w, i);
    match w[i].c {
        'с' if p.is_some_and(is_vowel) && n.is_some_and(is_vowel) => "ss",
        'ь' if n == Some('о') => "j",
        _ => press_base(w, i, &DE),
    }
}

/// French transcription of Ukrainian (the usage of the French press and fr.wikipedia): ж j,
/// у ou, х kh, ц ts, ч tch, ш ch, щ chtch; є ie, ю iou, я ia, ї ï; й ï after a vowel, i at the
/// start; after і and и the iotated vowels lose their i (Ioulia); с between vowels ss (Odessa);
/// -ський/-цький are -sky/-tsky (Zelensky). Examples: Chmyhal, Kyïv, Mykolaïv, Jytomyr.
pub(super) fn fr(w: &[Unit], i: usize) -> &'static str {
    let p = prev(w, i);
    let n = next(w, i);
    let after_i = matches!(p, Some('и' | 'і' | 'й'));
    let after_vowel = p.is_some_and(is_vowel);
    match w[i].c {
        'й' if is_last(w, i) && p == Some('и') && sky_ending(w).is_some() => "",
        'й' if p.is_none() => "i",
        'й' => "ï",
        'с' if after_vowel && n.is_some_and(is_vowel) => "ss",
        'є' if after_i => "e",
        'є' if after_vowel => "ïe",
        'є' => "ie",
        'ю' if after_i => "ou",
        'ю' if after_vowel => "ïou",
        'я' if after_i => "a",
        'я' if after_vowel => "ïa",
        'ї' => "ï",
        _ => press_base(w, i, &FR),
    }
}

/// Polish transcription of Ukrainian (KSNG "Zasady transkrypcji ukraińskich nazw
/// geograficznych"; PWN usage): в w, ж ż, х ch, ц c, ч cz, ш sz, щ szcz; є ї ю я are je ji ju ja
/// at the start, after a vowel, the apostrophe or ь, the bare vowel after л, ie iu ia after
/// other consonants; л is l before є і ї ь ю я, else ł (Zełenski); ь after н с з ц before a
/// consonant or at the end is ń ś ź ć, else not written; the surname endings -ський -цький
/// -ська -цька are -ski -cki -ska -cka and the adjective ending -ий is -y, as Polish writes its
/// own adjectives (Załużny). Examples: Szmyhal, Kyjiw, Żytomyr, Zełenski.
pub(super) fn pl(w: &[Unit], i: usize) -> &'static str {
    let c = w[i].c;
    let p = prev(w, i);
    let n = next(w, i);
    let iot = iotated(p);
    let sky = sky_ending(w);
    if let Some(s) = sky {
        // с/ц/з ь к и й → s/c/z, -, k, i, -; с ь к а → s, -, k, a.
        match (i.checked_sub(s), c) {
            (Some(0), _) => return press_base(w, i, &PL),
            (Some(1), _) | (Some(4), 'й') => return "",
            (Some(3), 'и') => return "i",
            _ => {}
        }
    }
    let soft_closes = n == Some('ь') && !next2(w, i).is_some_and(is_vowel);
    match c {
        'є' if iot => "je",
        'є' if p == Some('л') => "e",
        'є' => "ie",
        'ї' => "ji",
        'й' if is_last(w, i) && p == Some('и') => "",
        'й' => "j",
        'л' if matches!(n, Some('є' | 'і' | 'ї' | 'ь' | 'ю' | 'я')) => "l",
        'л' => "ł",
        'н' if soft_closes => "ń",
        'с' if soft_closes => "ś",
        'з' if soft_closes => "ź",
        'ц' if soft_closes => "ć",
        'ю' if iot => "ju",
        'ю' if p == Some('л') => "u",
        'ю' => "iu",
        'я' if iot => "ja",
        'я' if p == Some('л') => "a",
        'я' => "ia",
        _ => press_base(w, i, &PL),
    }
}

/// Spanish transcription of Ukrainian (es.wikipedia and the agencies' usage, EFE: it follows the
/// national system for the iotated vowels): ж zh, х j, ц ts, ч ch, ш sh, щ shch; є ю я ye yu ya
/// at the start of a word, ie iu ia elsewhere (Sloviansk, Izium); ї yi at the start and i elsewhere (Kyiv, Mykolaiv); й y before a vowel,
/// else i, not written after і/и at the end; the ending -ий is -i (Zelenski, Zaluzhni).
/// Examples: Shmyhal, Jarkiv, Zhytomyr.
pub(super) fn es(w: &[Unit], i: usize) -> &'static str {
    let p = prev(w, i);
    let n = next(w, i);
    match w[i].c {
        'й' if is_last(w, i) && matches!(p, Some('и' | 'і')) => "",
        'й' if n.is_some_and(is_vowel) => "y",
        'й' => "i",
        'и' if is_last(w, i + 1) && n == Some('й') => "i",
        'ї' if p.is_none() => "yi",
        'ї' => "i",
        'є' if p.is_some() => "ie",
        'ю' if p.is_some() => "iu",
        'я' if p.is_some() => "ia",
        _ => press_base(w, i, &ES),
    }
}

#[cfg(test)]
mod tests {
    use crate::translit::cyrillic::{transliterate_uk, UkScheme};

    #[test]
    fn national_examples() {
        // Resolution No. 55 (2010), the examples of its table.
        let t = |x| transliterate_uk(UkScheme::National, x, true);
        assert_eq!(t("Згурський"), "Zghurskyi");
        assert_eq!(t("Знам'янка"), "Znamianka");
        assert_eq!(t("Знам’янка"), "Znamianka");
        assert_eq!(t("Їжакевич"), "Yizhakevych");
        assert_eq!(t("Київ"), "Kyiv");
        assert_eq!(t("Юрій"), "Yurii");
        assert_eq!(
            transliterate_uk(UkScheme::National, "ЗНАМ'ЯНКА", false),
            "ZNAMIANKA"
        );
    }

    #[test]
    fn press() {
        let n = |s, x| transliterate_uk(s, x, true);
        assert_eq!(n(UkScheme::De, "Денис Шмигаль"), "Denys Schmyhal");
        assert_eq!(n(UkScheme::Fr, "Денис Шмигаль"), "Denys Chmyhal");
        assert_eq!(n(UkScheme::Pl, "Денис Шмигаль"), "Denys Szmyhal");
        assert_eq!(n(UkScheme::Es, "Денис Шмигаль"), "Denys Shmyhal");
        assert_eq!(
            n(UkScheme::De, "Володимир Зеленський"),
            "Wolodymyr Selenskyj"
        );
        assert_eq!(
            n(UkScheme::Fr, "Володимир Зеленський"),
            "Volodymyr Zelensky"
        );
        assert_eq!(
            n(UkScheme::Pl, "Володимир Зеленський"),
            "Wołodymyr Zełenski"
        );
        assert_eq!(
            n(UkScheme::Es, "Володимир Зеленський"),
            "Volodymyr Zelenski"
        );
    }
}
