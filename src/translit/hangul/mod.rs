//! Korean (Hangul → Latin) romanisation, and the Korean facts the matcher needs.
//!
//! Three standards are implemented: the Revised Romanization of Korean (`rr`, Ministry of Culture and
//! Tourism notice 2000-8), McCune–Reischauer (`mr`, 1939) and the DPRK's official romanisation (`nk`,
//! 1992, revised 2002). All three transcribe pronunciation, so a word is first run through a small model
//! of the Standard Pronunciation rules (liaison, nasal and lateral assimilation, palatalisation,
//! aspiration with ㅎ, final neutralisation) and then spelt with the scheme's letters. Personal names get
//! each scheme's name conventions. For matching, [`latin_key`] folds any Latin spelling of a Korean name
//! to a romanisation-neutral key, [`name_variants`] lists the spellings a name is likely to appear
//! under (standard forms plus customary passport/press spellings), [`korean_to_cyrillic`] its Russian
//! spellings, and [`particle_stems`] takes the particles (조사) off a word of running text.
//!
//! One file per part, each citing the standards it follows:
//!
//! - `syllable.rs`: Hangul syllables as jamo indices (Unicode's conjoining-jamo arithmetic), and
//!   decomposed (NFD) input composed.
//! - `pronounce.rs`: the model of the Standard Pronunciation rules (표준 발음법, 1988).
//! - `lexicon.rs`: the word lists the rules need: words with ㄴ-insertion, administrative units.
//! - `schemes.rs`: the letters of RR, MR and NK, and running text written with them.
//! - `names.rs`: personal names (surname, given name) in each scheme; the compound surnames.
//! - `customary.rs`: the customary Latin spellings of surnames and given-name syllables.
//! - `variants.rs`: every plausible Latin spelling of a name.
//! - `key.rs`: the romanisation-neutral key of a Latin spelling.
//! - `particles.rs`: the particles (조사) that follow a noun without a space.
//! - `cyrillic.rs`: Korean names in Russian (the Kontsevich system and the traditional forms).
//! - `exonyms.rs`: what Korean places are called in the languages of the European press.
//!
//! Everything here is table- or `match`-driven with no global state; a call allocates its output and a
//! few small per-word buffers, never per character.

mod customary;
mod cyrillic;
mod exonyms;
mod kana;
mod key;
mod lexicon;
mod names;
mod particles;
mod polish;
mod pronounce;
mod schemes;
mod syllable;
mod variants;

pub use customary::conventional_surnames;
pub use cyrillic::korean_to_cyrillic;
pub use exonyms::place_exonyms;
pub use kana::korean_to_katakana;
pub use key::latin_key;
pub use particles::{particle_stems, PARTICLES};
pub use polish::{korean_polish, korean_polish_place};
pub use variants::name_variants;

use names::name_mode;
use pronounce::PSyl;
use schemes::text_word;
use syllable::{units, Syl, Unit};

/// A romanisation standard for Korean.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum KoScheme {
    /// Revised Romanization of Korean (ROK, 2000).
    Rr,
    /// McCune–Reischauer (1939), with breves and aspiration apostrophes.
    Mr,
    /// DPRK official romanisation (1992, revised 2002), written without breves.
    Nk,
}

impl KoScheme {
    /// Every scheme, in a stable order.
    pub const ALL: [KoScheme; 3] = [KoScheme::Rr, KoScheme::Mr, KoScheme::Nk];

    /// Short identifier used in files and labels.
    pub fn id(self) -> &'static str {
        match self {
            KoScheme::Rr => "rr",
            KoScheme::Mr => "mr",
            KoScheme::Nk => "nk",
        }
    }

    /// Human-readable name of the standard.
    pub fn full_name(self) -> &'static str {
        match self {
            KoScheme::Rr => "Revised Romanization of Korean",
            KoScheme::Mr => "McCune–Reischauer",
            KoScheme::Nk => "DPRK official romanization (1992, revised 2002)",
        }
    }

    /// Year the standard was published (the DPRK system's first edition).
    pub fn year(self) -> u16 {
        match self {
            KoScheme::Rr => 2000,
            KoScheme::Mr => 1939,
            KoScheme::Nk => 1992,
        }
    }
}

/// Romanise `text`. Non-Hangul characters pass through unchanged. `name`: the text is a personal
/// name — surname first (one syllable, or two for a compound surname such as 남궁 or 제갈), then the given name,
/// each written by the scheme's rules for names; otherwise the text is romanised word by word in
/// lowercase with the scheme's sound-change rules.
pub fn transliterate(scheme: KoScheme, text: &str, name: bool) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 2);
    if name {
        name_mode(scheme, text, &mut out);
        return out;
    }
    let mut word: Vec<Syl> = Vec::new();
    let mut ps: Vec<PSyl> = Vec::new();
    for u in units(text) {
        match u {
            Unit::Syl(s) => word.push(s),
            Unit::Other(c) => {
                if !word.is_empty() {
                    text_word(scheme, &mut word, &mut ps, &mut out);
                    word.clear();
                }
                out.push(c);
            }
        }
    }
    if !word.is_empty() {
        text_word(scheme, &mut word, &mut ps, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scheme_metadata() {
        let ids: Vec<&str> = KoScheme::ALL.iter().map(|s| s.id()).collect();
        assert_eq!(ids, ["rr", "mr", "nk"]);
        assert_eq!(KoScheme::Mr.full_name(), "McCune–Reischauer");
        assert_eq!(KoScheme::Rr.year(), 2000);
        assert_eq!(KoScheme::Mr.year(), 1939);
        assert_eq!(KoScheme::Nk.year(), 1992);
    }

    #[test]
    fn passthrough_and_mixed_scripts() {
        assert_eq!(transliterate(KoScheme::Rr, "", false), "");
        assert_eq!(
            transliterate(KoScheme::Rr, "Seoul 2024!", false),
            "Seoul 2024!"
        );
        assert_eq!(
            transliterate(KoScheme::Rr, "서울(首爾)과 부산", false),
            "seoul(首爾)gwa busan"
        );
        assert_eq!(transliterate(KoScheme::Mr, "ㄱ", false), "ㄱ");
        // Conjoining jamo (NFD) romanise like precomposed syllables.
        let nfd = "\u{1112}\u{1161}\u{11AB}\u{1100}\u{116E}\u{11A8}";
        assert_eq!(transliterate(KoScheme::Rr, nfd, false), "han-guk");
        assert_eq!(
            transliterate(KoScheme::Nk, "김정은 위원장", true),
            "Kim Jong Un Wi Won Jang"
        );
    }

    #[test]
    fn no_panic_on_odd_input() {
        let mut s = String::new();
        for u in (0x1100u32..0x1200)
            .chain(0xAC00..0xAC40)
            .chain(0xD790..0xD7B0)
        {
            if let Some(c) = char::from_u32(u) {
                s.push(c);
            }
        }
        s.push_str("\u{11A8}\u{1161}한\u{11AB}");
        for scheme in KoScheme::ALL {
            for name in [false, true] {
                let _ = transliterate(scheme, &s, name);
                let _ = transliterate(scheme, "ㅎㅎ 갃 힣힣힣", name);
            }
        }
        let _ = name_variants(&s);
        let _ = name_variants("");
        let _ = name_variants("abc");
        for t in [
            "", "-", "'", "ngng", "hhh", "rrr", "aaaa", "x", "ŏŭ", "k'", "12",
        ] {
            let _ = latin_key(&[t]);
        }
        let long = "가".repeat(10_000);
        assert_eq!(transliterate(KoScheme::Rr, &long, false).len(), 20_000);
    }
}
