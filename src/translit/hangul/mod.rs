//! Korean (Hangul → Latin) romanisation, and the Korean facts the matcher needs.
//!
//! Six schemes are implemented: the Revised Romanization of Korean (`rr`, Ministry of Culture and
//! Tourism notice 2000-8) and its transliteration for special purposes (`rr-translit`, the same
//! notice's 제8항), McCune–Reischauer (`mr`, 1939), the ALA-LC Korean table (`ala-lc`, the Library
//! of Congress's MR with its own rules, 2009 revision), and the DPRK's official romanisation (`nk`,
//! 1992, as printed without breves; `nk-2002`, its 2002 text E/CONF.94/INF.72 in full). All but
//! `rr-translit` transcribe pronunciation, so a word is first run through a small model of the
//! Standard Pronunciation rules (liaison, nasal and lateral assimilation, palatalisation, aspiration
//! with ㅎ, final neutralisation) and then spelt with the scheme's letters. Personal names get each
//! scheme's name conventions. For matching, [`latin_key`] folds any Latin spelling of a Korean name
//! to a romanisation-neutral key, [`name_variants`] lists the spellings a name is likely to appear
//! under (standard forms plus customary passport/press spellings), [`korean_to_cyrillic`] its Russian
//! spellings, and [`particle_stems`] takes the particles (조사) off a word of running text.
//!
//! One file per part, each citing the standards it follows:
//!
//! - `syllable.rs`: Hangul syllables as jamo indices (Unicode's conjoining-jamo arithmetic), and
//!   decomposed (NFD) input composed.
//! - `pronounce.rs`: the model of the Standard Pronunciation rules (표준 발음법, 1988).
//! - `lexicon.rs`: the word lists the rules need: words with ㄴ-insertion, administrative units, the
//!   DPRK's generic terms, the Sino-Korean syllables, numbers read aloud.
//! - `schemes.rs`: the letters of RR, MR and NK, and running text written with them.
//! - `alalc.rs`: the rules the ALA-LC table adds to MR.
//! - `translit.rs`: RR's letter-by-letter transliteration.
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

mod alalc;
mod common_nouns;
mod customary;
mod cyrillic;
mod exonyms;
mod followers;
mod kana;
mod key;
mod lexicon;
mod names;
mod ordinary;
mod particles;
mod polish;
mod pronounce;
mod schemes;
mod syllable;
mod translit;
mod variants;

pub use customary::conventional_surnames;
pub use cyrillic::korean_to_cyrillic;
pub use exonyms::place_exonyms;
pub use followers::{follower, glued_stems, is_bare_title, is_title_word, Follows};
pub use kana::korean_to_katakana;
pub use key::latin_key;
pub use lexicon::is_sino_korean_homograph;
pub use names::surname_of;
pub use ordinary::is_ordinary_word;
pub use particles::{particle_stems, PARTICLES};
pub use polish::{korean_polish, korean_polish_place};
pub use variants::name_variants;

use lexicon::{is_numbered_unit, sino_number};
use names::name_mode;
use pronounce::PSyl;
use schemes::{spell, text_word, Layout};
use syllable::{units, Syl, Unit};

/// A romanisation standard for Korean.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum KoScheme {
    /// Revised Romanization of Korean (ROK, 2000).
    Rr,
    /// The Revised Romanization's transliteration (제8항): the Hangul spelling letter by letter.
    RrTranslit,
    /// McCune–Reischauer (1939), with breves and aspiration apostrophes.
    Mr,
    /// ALA-LC: the Library of Congress's McCune–Reischauer, with its rules for names, word division
    /// and initial ㄴ/ㄹ (2009 revision).
    AlaLc,
    /// DPRK official romanisation (1992), written without breves as DPRK publications print it.
    Nk,
    /// The DPRK system in its 2002 text (E/CONF.94/INF.72), with breves.
    Nk2002,
}

impl KoScheme {
    /// The schemes that romanise pronunciation, whose spellings appear in text: every scheme but
    /// `rr-translit`, a transliteration for special purposes. The generation of spellings for
    /// matching iterates these; `--list` shows [`KoScheme::ALL`].
    pub const IN_TEXT: [KoScheme; 5] = [
        KoScheme::Rr,
        KoScheme::Mr,
        KoScheme::Nk,
        KoScheme::AlaLc,
        KoScheme::Nk2002,
    ];

    /// Every scheme, in `--list` order.
    pub const ALL: [KoScheme; 6] = [
        KoScheme::Rr,
        KoScheme::RrTranslit,
        KoScheme::Mr,
        KoScheme::AlaLc,
        KoScheme::Nk,
        KoScheme::Nk2002,
    ];

    /// Short identifier used in files and labels.
    pub fn id(self) -> &'static str {
        match self {
            KoScheme::Rr => "rr",
            KoScheme::RrTranslit => "rr-translit",
            KoScheme::Mr => "mr",
            KoScheme::AlaLc => "ala-lc",
            KoScheme::Nk => "nk",
            KoScheme::Nk2002 => "nk-2002",
        }
    }

    /// Human-readable name of the standard.
    pub fn full_name(self) -> &'static str {
        match self {
            KoScheme::Rr => "Revised Romanization of Korean",
            KoScheme::RrTranslit => "Revised Romanization of Korean, transliteration (art. 8)",
            KoScheme::Mr => "McCune–Reischauer",
            KoScheme::AlaLc => "ALA-LC Korean romanization and word division (2009 revision)",
            KoScheme::Nk => "DPRK official romanization (1992), without breves",
            KoScheme::Nk2002 => "DPRK official romanization, 2002 text (E/CONF.94/INF.72)",
        }
    }

    /// Year the standard was published (the edition implemented).
    pub fn year(self) -> u16 {
        match self {
            KoScheme::Rr | KoScheme::RrTranslit => 2000,
            KoScheme::Mr => 1939,
            KoScheme::AlaLc => 2009,
            KoScheme::Nk => 1992,
            KoScheme::Nk2002 => 2002,
        }
    }
}

/// A token of text mode: a run of syllables, a number written in digits, or another character.
#[derive(Clone)]
enum Tok {
    Hangul(Vec<Syl>),
    Digits(String),
    Other(char),
}

fn tokens(text: &str) -> Vec<Tok> {
    let all: Vec<Unit> = units(text).collect();
    let mut out: Vec<Tok> = Vec::new();
    for (i, u) in all.iter().enumerate() {
        match (u, out.last_mut()) {
            (Unit::Syl(s), Some(Tok::Hangul(run))) => run.push(*s),
            (Unit::Syl(s), _) => out.push(Tok::Hangul(vec![*s])),
            (Unit::Other(c), Some(Tok::Digits(d))) if c.is_ascii_digit() => d.push(*c),
            (Unit::Other(c), _) if c.is_ascii_digit() => out.push(Tok::Digits(c.to_string())),
            // A point between digits belongs to the number (3.1동).
            (Unit::Other('.'), Some(Tok::Digits(d))) if matches!(all.get(i + 1), Some(Unit::Other(n)) if n.is_ascii_digit()) => {
                d.push('.')
            }
            (Unit::Other(c), _) => out.push(Tok::Other(*c)),
        }
    }
    out
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
    let mut ps: Vec<PSyl> = Vec::new();
    let mut toks = tokens(text).into_iter().peekable();
    let mut after_hangul = false;
    while let Some(tok) = toks.next() {
        match tok {
            Tok::Hangul(mut w) => {
                word(scheme, &mut w, &mut ps, &mut out);
                after_hangul = true;
                continue;
            }
            Tok::Other(c) => out.push(c),
            Tok::Digits(d) => {
                // A number and the unit or counter after it (RR 3.5: 봉천 1동 Bongcheon 1(il)-dong;
                // ALA-LC word division 17: 100가지 100-kaji; DPRK 2002 note 4.3: 3.1동 3.1-dong).
                let unit = match toks.peek() {
                    Some(Tok::Hangul(w)) => numbered(scheme, w),
                    Some(Tok::Other(' ')) if scheme == KoScheme::AlaLc => {
                        let mut ahead = toks.clone();
                        ahead.next();
                        match ahead.next() {
                            Some(Tok::Hangul(w)) if alalc::is_counter(&w) => {
                                toks.next();
                                true
                            }
                            _ => false,
                        }
                    }
                    _ => false,
                };
                if !unit {
                    out.push_str(&d);
                } else if let Some(Tok::Hangul(mut w)) = toks.next() {
                    if after_hangul {
                        out.push(' ');
                    }
                    out.push_str(&d);
                    if scheme == KoScheme::Rr {
                        if let Some(reading) = sino_number(&d) {
                            out.push('(');
                            let mut r: Vec<Syl> = units(&reading)
                                .filter_map(|u| match u {
                                    Unit::Syl(s) => Some(s),
                                    Unit::Other(_) => None,
                                })
                                .collect();
                            word(scheme, &mut r, &mut ps, &mut out);
                            out.push(')');
                        }
                    }
                    out.push('-');
                    if scheme == KoScheme::Nk2002 {
                        pronounce::pronounce(&w, schemes::rules(scheme), &mut ps);
                        let layout = Layout {
                            voiced_from: Some(0),
                            ..Layout::default()
                        };
                        spell(scheme, &ps, layout, &mut out);
                    } else {
                        word(scheme, &mut w, &mut ps, &mut out);
                    }
                    after_hangul = true;
                    continue;
                }
            }
        }
        after_hangul = false;
    }
    out
}

/// Whether the syllables right after a number are its unit or counter, written after a hyphen.
fn numbered(scheme: KoScheme, w: &[Syl]) -> bool {
    match scheme {
        KoScheme::Rr | KoScheme::Nk2002 => is_numbered_unit(w),
        KoScheme::AlaLc => true,
        KoScheme::RrTranslit | KoScheme::Mr | KoScheme::Nk => false,
    }
}

/// Romanises one run of Hangul syllables in text mode.
fn word(scheme: KoScheme, w: &mut [Syl], ps: &mut Vec<PSyl>, out: &mut String) {
    if scheme == KoScheme::RrTranslit {
        translit::word(w, out);
    } else {
        text_word(scheme, w, ps, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scheme_metadata() {
        let ids: Vec<&str> = KoScheme::ALL.iter().map(|s| s.id()).collect();
        assert_eq!(ids, ["rr", "rr-translit", "mr", "ala-lc", "nk", "nk-2002"]);
        assert!(KoScheme::ALL
            .iter()
            .all(|s| KoScheme::IN_TEXT.contains(s) != (*s == KoScheme::RrTranslit)));
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
