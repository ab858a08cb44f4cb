//! Chinese (Hanzi → Latin) romanisation: Hanyu Pinyin (tone marks, tone numbers or plain ASCII) and
//! Wade–Giles, for running text and for personal and place names; the syllable-level pinyin ↔
//! Wade–Giles mapping; every customary Latin spelling of a name given in Hanzi; a
//! romanisation-neutral match key for Chinese names already written in Latin letters; and Chinese
//! names in Russian (Palladius) and the place exonyms of the European press.
//!
//! Per-character readings come from the `pinyin` crate (Unicode Unihan / pinyin-data). A character
//! with several readings is read by word (greedy longest match against the word table) or, in names,
//! by its surname reading. Spelling rules follow GB/T 16159-2012 *Basic rules of the Chinese phonetic
//! alphabet orthography* (words joined, apostrophe before an a/o/e-initial syllable inside a word,
//! capitals for proper nouns) and GB/T 28039-2011 *The Chinese phonetic alphabet spelling rules for
//! Chinese names* (surname first, compound surnames joined, given name joined, each capitalised).
//!
//! One file per part, each citing its sources:
//!
//! - `syllable_tables.rs`: the pinyin syllable inventory with its Wade–Giles, French (EFEO) and
//!   German (Lessing–Othmer) forms.
//! - `syllables.rs`: syllables as indices into the inventory, and pinyin ↔ Wade–Giles.
//! - `readings.rs`: how a run of characters is read: word table, surname readings, the shape of a
//!   name (person, place, phrase).
//! - `words.rs`: the word table (polyphonic words, places, proper nouns, leaders' names).
//! - `names.rs`: compound surnames, surname readings and customary spellings of names.
//! - `render.rs`: writing the syllables under a scheme, in text and name mode.
//! - `variants.rs`: every plausible Latin spelling of a name.
//! - `key.rs`: the romanisation-neutral key of a Latin spelling.
//! - `cyrillic.rs`: Chinese names in Russian (the Palladius system and the conventional forms).
//! - `exonyms.rs`: what Chinese places are called in the languages of the European press.

mod common_words;
mod cyrillic;
mod czech;
mod exonyms;
mod hangul;
mod key;
mod names;
mod noun_phrase;
mod overlap;
mod readings;
mod render;
mod set_phrases;
pub mod shinjitai;
mod syllable_tables;
mod syllables;
pub mod unihan;
mod variants;
mod words;

pub use cyrillic::{chinese_to_cyrillic, pinyin_to_palladius};
pub use czech::{chinese_czech, chinese_czech_place, syllable as czech_syllable};
pub use exonyms::place_exonyms;
pub use hangul::{chinese_to_hangul, pinyin_syllable_to_hangul};
pub use key::latin_key;
pub use noun_phrase::{counted, geographic_after};
pub use overlap::inside_words;
pub use syllables::{is_numbered_pinyin, pinyin_to_wade_giles, wade_giles_to_pinyin};
pub use variants::name_variants;

use crate::fold::{script_of, Script};
use render::{render, Style};

/// A romanisation scheme for Standard Chinese.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ZhScheme {
    /// Hanyu Pinyin with tone marks (Xí Jìnpíng).
    Pinyin,
    /// Hanyu Pinyin with tone numbers after each syllable, 5 for the neutral tone (Xi2 Jin4ping2).
    PinyinNumbers,
    /// Hanyu Pinyin without tones, ASCII only; ü is written `yu` as in PRC passports (Lyu).
    PinyinAscii,
    /// Wade–Giles with aspiration apostrophes, syllables of a word hyphenated, tones dropped.
    WadeGiles,
}

impl ZhScheme {
    /// Every scheme, in a stable order.
    pub const ALL: [ZhScheme; 4] = [
        ZhScheme::Pinyin,
        ZhScheme::PinyinNumbers,
        ZhScheme::PinyinAscii,
        ZhScheme::WadeGiles,
    ];

    /// Stable identifier used in configuration and vector files.
    pub fn id(self) -> &'static str {
        match self {
            ZhScheme::Pinyin => "pinyin",
            ZhScheme::PinyinNumbers => "pinyin-numbers",
            ZhScheme::PinyinAscii => "pinyin-ascii",
            ZhScheme::WadeGiles => "wade-giles",
        }
    }

    /// Human-readable name of the scheme and its standard.
    pub fn full_name(self) -> &'static str {
        match self {
            ZhScheme::Pinyin => "Hanyu Pinyin with tone marks (ISO 7098; GB/T 16159-2012)",
            ZhScheme::PinyinNumbers => "Hanyu Pinyin with tone numbers (ISO 7098; GB/T 16159-2012)",
            ZhScheme::PinyinAscii => {
                "Hanyu Pinyin without tones, ASCII (ISO 7098; GB/T 16159-2012)"
            }
            ZhScheme::WadeGiles => "Wade–Giles (Giles, A Chinese-English Dictionary)",
        }
    }

    /// Year the scheme was established: Hanyu Pinyin 1958, Wade–Giles 1892.
    pub fn year(self) -> u16 {
        match self {
            ZhScheme::WadeGiles => 1892,
            _ => 1958,
        }
    }
}

/// Is this char a Han ideograph (CJK Unified Ideographs and Extensions A–I, compatibility
/// ideographs, U+3005 々 and U+3007 〇)? The crate's one definition, `fold::script_of`.
pub fn is_han(c: char) -> bool {
    script_of(c) == Script::Han
}

/// Romanise `text` (simplified and traditional characters). Non-Han characters pass through
/// unchanged; a space separates romanised words from each other and from adjacent letters/digits.
///
/// `name == false` (text): words from the word table are joined and read by the table, proper nouns
/// capitalised; other characters are one lowercase syllable each. `name == true`: each run of Han
/// characters is a personal name (surname first, compound surnames and surname readings applied,
/// given name joined, both capitalised) unless the whole run is a known place or proper noun; runs
/// separated by a middle dot are parts of a transcribed foreign name, one capitalised word each.
pub fn transliterate(scheme: ZhScheme, text: &str, name: bool) -> String {
    render(Style::of(scheme), text, name)
}

#[cfg(test)]
/// Is the table strictly sorted by `key` (what its binary searches need)?
fn sorted_by<T, K: Ord>(table: &[T], key: impl Fn(&T) -> K) -> bool {
    table.windows(2).all(|w| key(&w[0]) < key(&w[1]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_han_ranges() {
        for c in ['中', '習', '〇', '々', '㐀', '𠀀', '丽', '\u{2F800}'] {
            assert!(is_han(c), "{c}");
        }
        for c in ['a', 'あ', 'ア', '한', '。', '·', ' ', '\u{2E80}'] {
            assert!(!is_han(c), "{c}");
        }
    }

    #[test]
    fn schemes() {
        let ids: Vec<&str> = ZhScheme::ALL.iter().map(|s| s.id()).collect();
        assert_eq!(
            ids,
            ["pinyin", "pinyin-numbers", "pinyin-ascii", "wade-giles"]
        );
        assert_eq!(ZhScheme::Pinyin.year(), 1958);
        assert_eq!(ZhScheme::WadeGiles.year(), 1892);
        assert!(ZhScheme::ALL.iter().all(|s| !s.full_name().is_empty()));
    }

    #[test]
    fn no_panic_on_odd_input() {
        let odd = [
            "",
            " ",
            "\u{0}",
            "a中b",
            "中\u{301}",
            "·",
            "··中··",
            "𠀀𪚥",
            "〇〇〇",
            "　中　国　",
            "欧",
            "欧阳",
            "\u{FA6E}",
            "嗯呣哼欸",
            "ǖ中",
        ];
        let big: String = "中华人民共和国习近平2024年·abc，".repeat(2000);
        for s in odd.iter().copied().chain([big.as_str()]) {
            for scheme in ZhScheme::ALL {
                let _ = transliterate(scheme, s, false);
                let _ = transliterate(scheme, s, true);
            }
            let _ = name_variants(s);
            let _ = latin_key(&[s]);
            let _ = pinyin_to_wade_giles(s);
            let _ = wade_giles_to_pinyin(s);
        }
        assert_eq!(transliterate(ZhScheme::Pinyin, "", false), "");
        assert_eq!(transliterate(ZhScheme::Pinyin, "嗯", false), "ń");
    }
}
