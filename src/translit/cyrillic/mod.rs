//! Cyrillic → Latin transliteration of Russian, Ukrainian and Belarusian. For Russian: thirteen named romanisation schemes (four
//! standards, three transliterations used in libraries, scholarship and passports, the English-media
//! form and five foreign-press transcriptions), ISO 9 reverse transliteration, the plausible Latin
//! spellings of a Russian name, a romanisation-neutral match key for Latin spellings, the Russian
//! case forms of a name so that inflected text can be matched, and the Russian facts the matcher
//! needs (patronymics, first-name and place exonyms). Everything is `match`- or table-driven,
//! uses only `std`, never panics on any input and never emits a Cyrillic character.
//!
//! One file per part, each citing the standards it follows:
//!
//! - `letters.rs`: the Cyrillic letters as the schemes see them (classes, decomposed й ё ї ў, one
//!   word as a slice of units with its neighbours).
//! - `render.rs`: text split into words once and written under a system: case of digraphs, name
//!   mode, stress marks; the dispatch from a scheme to its letter function.
//! - `schemes.rs`: the standards' tables: BGN/PCGN 1947, GOST 7.79-2000 System B, ICAO Doc 9303,
//!   ALA-LC, the scholarly transliteration and UNGEGN 1987, and the ASCII fallbacks for letters
//!   outside the Russian alphabet.
//! - `iso9.rs`: ISO 9:1995 (= GOST 7.79-2000 System A), both ways.
//! - `english.rs`: the English-language press form (the `wikipedia` scheme, WP:RUS) and the press
//!   conventions that vary it (Yuri, Alexei, Fedor...).
//! - `press.rs`: the German, French, Polish, Spanish and Dutch press transcriptions, each as its
//!   differences from one common base.
//! - `stress.rs`: the Spanish stress accents (RAE accentuation rules).
//! - `variants.rs`: every plausible Latin spelling of a name.
//! - `key.rs`: the romanisation-neutral key of a Latin spelling.
//! - `cases.rs` and `paradigms.rs`: the six case forms of a name (which paradigm each word takes,
//!   and the paradigms' endings).
//! - `names.rs`: the patronymic, in Cyrillic and in Latin spellings.
//! - `ukrainian.rs` and `belarusian.rs`: the schemes of Ukrainian (national 2010, BGN/PCGN,
//!   ALA-LC, ISO 9, scholarly, press) and Belarusian (national 2007, BGN/PCGN, ALA-LC, ISO 9,
//!   Łacinka), further `Sys` arms over the same letter machinery.
//! - `east_slavic.rs`: Ukrainian and Belarusian names for matching: their romanisations, their
//!   Ukrainian case forms, and their Russian forms.
//! - `exonyms.rs`: what Russian places and first names are called in the languages of the European
//!   press (Moskau, Josef Stalin).
//! - `established.rs`: the established forms of places and surnames in Chinese, Korean and
//!   Japanese where the transcription tables do not give them (莫斯科, 상트페테르부르크, 托尔斯泰).
//!
//! The letter and word machinery (`letters.rs`, `render.rs`) is that of the Cyrillic script, not of
//! Russian.

mod belarusian;
mod cases;
mod east_slavic;
mod english;
mod established;
mod exonyms;
mod han;
mod hangul;
mod iso9;
mod kana;
mod key;
mod letters;
mod names;
mod paradigms;
mod press;
mod render;
mod schemes;
mod stress;
mod ukrainian;
mod variants;

pub use belarusian::BeScheme;
pub use cases::{case_forms, east_asian_case_forms, nominatives};
pub use east_slavic::{
    belarusian_name_variants, belarusian_to_russian, east_slavic_of, ukrainian_by_sound,
    ukrainian_case_forms, ukrainian_name_variants, ukrainian_to_russian, ukrainian_word_cases,
    EastSlavic,
};
pub use established::{place_in_cjk, surname_in_cjk};
pub use exonyms::{first_name_exonyms, place_exonyms};
pub use han::{russian_han_forms, russian_to_han, HanUse};
pub use hangul::russian_to_hangul;
pub use iso9::iso9_to_cyrillic;
pub use kana::russian_to_katakana;
pub use key::latin_key;
pub use names::is_patronymic;
pub use ukrainian::UkScheme;
pub use variants::name_variants;

use render::{run, Sys};

/// A romanisation scheme for Russian.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RuScheme {
    /// BGN/PCGN 1947, with its ë/yë and optional middle-dot conventions.
    BgnPcgn,
    /// ISO 9:1995 = GOST 7.79-2000 System A: one letter to one letter, reversible.
    Iso9,
    /// GOST 7.79-2000 System B: ASCII letter combinations and the grave accent.
    Gost779B,
    /// ICAO Doc 9303, as in Russian passports since 2013.
    Icao,
    /// ALA-LC (Library of Congress), with diacritics and ligature ties.
    AlaLc,
    /// The scholarly transliteration of Slavic linguistics.
    Scientific,
    /// English Wikipedia / English-media simplified BGN/PCGN.
    Wikipedia,
    /// UN 1987 (UNGEGN), based on GOST 16876-71 as revised in 1983.
    Ungegn1987,
    /// German transcription (Duden).
    De,
    /// French transcription (press usage).
    Fr,
    /// Polish transcription (KSNG/PWN).
    Pl,
    /// Spanish transcription (UN Geneva norms), with stress accents where known.
    Es,
    /// Dutch transcription (Taalunie / Onze Taal usage: Poetin, Chroesjtsjov).
    Nl,
}

impl RuScheme {
    /// Every scheme, in a stable order (the order `name_variants` reports them).
    pub const ALL: [RuScheme; 13] = [
        RuScheme::BgnPcgn,
        RuScheme::Iso9,
        RuScheme::Gost779B,
        RuScheme::Icao,
        RuScheme::AlaLc,
        RuScheme::Scientific,
        RuScheme::Wikipedia,
        RuScheme::Ungegn1987,
        RuScheme::De,
        RuScheme::Fr,
        RuScheme::Pl,
        RuScheme::Es,
        RuScheme::Nl,
    ];

    /// Short stable identifier.
    pub fn id(self) -> &'static str {
        match self {
            RuScheme::BgnPcgn => "bgn-pcgn",
            RuScheme::Iso9 => "iso9",
            RuScheme::Gost779B => "gost-7.79-b",
            RuScheme::Icao => "icao",
            RuScheme::AlaLc => "ala-lc",
            RuScheme::Scientific => "scientific",
            RuScheme::Wikipedia => "wikipedia",
            RuScheme::Ungegn1987 => "ungegn-1987",
            RuScheme::De => "de",
            RuScheme::Fr => "fr",
            RuScheme::Pl => "pl",
            RuScheme::Es => "es",
            RuScheme::Nl => "nl",
        }
    }

    /// Human-readable name of the system.
    pub fn full_name(self) -> &'static str {
        match self {
            RuScheme::BgnPcgn => "BGN/PCGN romanization of Russian",
            RuScheme::Iso9 => "ISO 9:1995 transliteration of Cyrillic (GOST 7.79-2000 System A)",
            RuScheme::Gost779B => "GOST 7.79-2000 System B transliteration of Russian",
            RuScheme::Icao => "ICAO Doc 9303 transliteration of Russian (Russian passports)",
            RuScheme::AlaLc => "ALA-LC romanization of Russian",
            RuScheme::Scientific => "Scientific (scholarly) transliteration of Russian",
            RuScheme::Wikipedia => {
                "English Wikipedia romanization of Russian (simplified BGN/PCGN)"
            }
            RuScheme::Ungegn1987 => {
                "UNGEGN 1987 romanization of Russian (GOST 16876-71/1983 based)"
            }
            RuScheme::De => "German transcription of Russian (Duden)",
            RuScheme::Fr => "French transcription of Russian",
            RuScheme::Pl => "Polish transcription of Russian (KSNG/PWN)",
            RuScheme::Es => "Spanish transcription of Russian (UN Geneva RU-ES norms)",
            RuScheme::Nl => "Dutch transcription of Russian (Nederlandse transcriptie)",
        }
    }

    /// Year the system was adopted or published. The scholarly system and the
    /// German, French and Polish press transcriptions have no single dated
    /// standard; their years are nominal (see each arm).
    pub fn year(self) -> u16 {
        match self {
            // BGN adopted it in 1944, PCGN in 1947; the system is named "1947".
            RuScheme::BgnPcgn => 1947,
            RuScheme::Iso9 => 1995,
            RuScheme::Gost779B => 2000,
            // Russian passports follow the ICAO Doc 9303 table since 2013.
            RuScheme::Icao => 2013,
            // The printed edition of the ALA-LC tables (Russian unchanged since 1941).
            RuScheme::AlaLc => 1997,
            // Nominal: the Prussian Instructions, an early codification of it.
            RuScheme::Scientific => 1899,
            // Nominal: WP:RUS guideline.
            RuScheme::Wikipedia => 2006,
            // Fifth UN Conference on the Standardization of Geographical Names.
            RuScheme::Ungegn1987 => 1987,
            // Nominal: Duden, 20th edition.
            RuScheme::De => 1991,
            // Nominal: established press usage, no dated standard.
            RuScheme::Fr => 1950,
            // Nominal: KSNG romanisation rules for Russian geographical names.
            RuScheme::Pl => 2008,
            // UN Geneva/New York "Normas de transliteración del ruso al español".
            RuScheme::Es => 2016,
            // Nominal: J. Schaeken, "Transliteratie van het cyrillische alfabet" (2011),
            // the table the Taalunie's Onze Taal language advice cites.
            RuScheme::Nl => 2011,
        }
    }
}

/// Romanise `text`; `name` = the text is a personal name (capitalise each part;
/// scheme's name conventions). Non-Cyrillic characters (Latin, digits,
/// punctuation, spaces) pass through unchanged. Never any Cyrillic in output.
///
/// In name mode every word and every hyphen-separated part is capitalised and
/// the rest lower-cased, whatever the input case. In text mode the case of the
/// input is kept, a capital inside an all-capital word giving an all-capital
/// digraph. Combining marks after a letter (stress accents) are kept after its
/// Latin form, except in `es`, which writes stress by the Spanish rules.
pub fn transliterate(scheme: RuScheme, text: &str, name: bool) -> String {
    run(Sys::Std(scheme), text, name)
}

/// Romanise Ukrainian `text` under `scheme`; `name` as in [`transliterate`]. An apostrophe
/// between letters (' ’ ʼ) is read as part of the word.
pub fn transliterate_uk(scheme: UkScheme, text: &str, name: bool) -> String {
    run(Sys::Uk(scheme), text, name)
}

/// Romanise Belarusian `text` under `scheme`; `name` as in [`transliterate`].
pub fn transliterate_be(scheme: BeScheme, text: &str, name: bool) -> String {
    run(Sys::Be(scheme), text, name)
}

#[cfg(test)]
/// Are the keys strictly increasing (a table sorted for binary search)? Prints the expected order
/// when they are not.
fn sorted<T: Ord + Clone + std::fmt::Debug>(keys: &[T]) -> bool {
    let ok = keys.windows(2).all(|w| w[0] < w[1]);
    if !ok {
        let mut s = keys.to_vec();
        s.sort();
        eprintln!("expected order: {s:?}");
    }
    ok
}

#[cfg(test)]
mod tests {
    use super::*;
    use letters::no_cyrillic;

    #[test]
    fn catalogue() {
        let mut ids: Vec<&str> = RuScheme::ALL.iter().map(|s| s.id()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 13);
        for s in RuScheme::ALL {
            assert!(!s.full_name().is_empty());
            assert!((1850..=2030).contains(&s.year()));
        }
        assert_eq!(RuScheme::BgnPcgn.year(), 1947);
        assert_eq!(RuScheme::Iso9.year(), 1995);
        assert_eq!(
            RuScheme::BgnPcgn.full_name(),
            "BGN/PCGN romanization of Russian"
        );
    }

    #[test]
    fn digraph_capitals() {
        let t = |s, x| transliterate(s, x, false);
        assert_eq!(t(RuScheme::BgnPcgn, "Щука"), "Shchuka");
        assert_eq!(t(RuScheme::BgnPcgn, "ЩУКА"), "SHCHUKA");
        assert_eq!(t(RuScheme::BgnPcgn, "ЩУКА и Щ"), "SHCHUKA i Shch");
        assert_eq!(t(RuScheme::De, "ЩИ"), "SCHTSCHI");
        assert_eq!(t(RuScheme::AlaLc, "Цех"), "T\u{361}sekh");
        assert_eq!(t(RuScheme::AlaLc, "Юлия"), "I\u{361}ulii\u{361}a");
        assert_eq!(t(RuScheme::AlaLc, "ЮЛИЯ"), "I\u{361}ULII\u{361}A");
        assert_eq!(t(RuScheme::AlaLc, "цех"), "t\u{361}sekh");
        assert_eq!(t(RuScheme::Es, "БРЕЖНЕВ"), "BRÉZHNEV");
        // Name mode capitalises whatever the input case.
        assert_eq!(
            transliterate(RuScheme::Wikipedia, "юрий гагарин", true),
            "Yury Gagarin"
        );
        assert_eq!(
            transliterate(RuScheme::Icao, "ЁЛКИН-ЩУКИН", true),
            "Elkin-Shchukin"
        );
    }

    #[test]
    fn context_rules() {
        let t = |s, x| transliterate(s, x, false);
        // е/ё iotation: BGN also after й, WP not.
        assert_eq!(t(RuScheme::BgnPcgn, "Майер"), "Mayyer");
        assert_eq!(t(RuScheme::Wikipedia, "Майер"), "Mayer");
        // -ий/-ый endings.
        assert_eq!(t(RuScheme::Wikipedia, "Грозный Горький"), "Grozny Gorky");
        assert_eq!(t(RuScheme::De, "Грозный Горький"), "Grosny Gorki");
        assert_eq!(t(RuScheme::Fr, "Грозный Горький"), "Grozny Gorki");
        // GOST B ц.
        assert_eq!(t(RuScheme::Gost779B, "Цыган Цапля"), "Cy`gan Czaplya");
        // Polish л and ń ś ź.
        assert_eq!(
            t(RuScheme::Pl, "Ярославль Пермь Казань"),
            "Jarosławl Pierm Kazań"
        );
        // French -ine only at word end after и/ы.
        assert_eq!(t(RuScheme::Fr, "Ленин Лениным"), "Lenine Leninym");
        // German ss and x.
        assert_eq!(t(RuScheme::De, "Максим Василий"), "Maxim Wassili");
    }

    #[test]
    fn never_cyrillic_never_panics() {
        let mut all = String::new();
        for cp in (0x0400u32..0x0530)
            .chain(0x1C80..0x1C90)
            .chain(0x2DE0..0x2E00)
            .chain(0xA640..0xA6A0)
        {
            if let Some(c) = char::from_u32(cp) {
                all.push(c);
                all.push(' ');
                all.push('а');
                all.push(c);
            }
        }
        let odd = [
            "",
            " ",
            "\u{301}\u{308}й",
            "и\u{306}\u{301}\u{483}",
            "ЙЁ-ЪЬ--Ы",
            "Путин\u{0}\u{FFFF}😀Kremlin",
            "ь",
            "ъъъ",
        ];
        for s in RuScheme::ALL {
            for name in [false, true] {
                let out = transliterate(s, &all, name);
                assert!(no_cyrillic(&out), "{} {out}", s.id());
                for o in odd {
                    assert!(no_cyrillic(&transliterate(s, o, name)));
                }
            }
        }
        let big = "Щука ".repeat(20_000);
        assert!(transliterate(RuScheme::Es, &big, true).len() > 100_000);
        for o in odd {
            let _ = iso9_to_cyrillic(o);
            let _ = case_forms(o);
            for (v, _) in name_variants(o) {
                assert!(no_cyrillic(&v));
            }
        }
    }
}
