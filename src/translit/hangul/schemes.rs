//! The letters of the three standards and running text written with them. Tables are written from
//! each standard's own chart:
//!
//! - RR: 국어의 로마자 표기법 (2000), ch. 2 arts. 1-2;
//! - MR: McCune & Reischauer, "The Romanization of the Korean Language" (Trans. Korea Branch RAS 29,
//!   1939), vowel and consonant tables with the voicing rules;
//! - NK: 조선말의 라틴문자 표기법 (Academy of Social Sciences, 1992; 2002 revision), vowel and
//!   consonant tables; breves dropped as its simplified form for geographic names allows, which is
//!   also how DPRK English-language publications print names (Phyongyang, Kim Jong Un).

use super::lexicon::{admin_split, apply_n_insertion};
use super::pronounce::Coda;
use super::pronounce::{pronounce, PSyl};
use super::syllable::{Syl, I_B, I_D, I_G, I_J, I_O, I_R, I_S, V_WI};
use super::KoScheme;

#[rustfmt::skip]
static RR_VOWEL: [&str; 21] = [
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae",
    "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i",
];
#[rustfmt::skip]
static MR_VOWEL: [&str; 21] = [
    "a", "ae", "ya", "yae", "ŏ", "e", "yŏ", "ye", "o", "wa", "wae",
    "oe", "yo", "u", "wŏ", "we", "wi", "yu", "ŭ", "ŭi", "i",
];
#[rustfmt::skip]
static NK_VOWEL: [&str; 21] = [
    "a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae",
    "oe", "yo", "u", "wo", "we", "wi", "yu", "u", "ui", "i",
];
// Initials ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ (+ assimilated ㄹ). Voicing-dependent
// entries (MR ㄱ ㄷ ㅂ ㅈ, NK ㄱ ㄷ ㅂ) hold the voiceless letter and are decided in `onset`.
#[rustfmt::skip]
static RR_INITIAL: [&str; 20] = [
    "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h", "l",
];
#[rustfmt::skip]
static MR_INITIAL: [&str; 20] = [
    "k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch'", "k'", "t'", "p'", "h", "l",
];
#[rustfmt::skip]
static NK_INITIAL: [&str; 20] = [
    "k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "kh", "th", "ph", "h", "l",
];

pub(super) fn vowel(scheme: KoScheme, v: u8) -> &'static str {
    let table = match scheme {
        KoScheme::Rr => &RR_VOWEL,
        KoScheme::Mr => &MR_VOWEL,
        KoScheme::Nk => &NK_VOWEL,
    };
    table.get(usize::from(v)).copied().unwrap_or("")
}

/// Spelling of an initial. `prev` is the final sound before it (`None` at the start of a word).
pub(super) fn onset(scheme: KoScheme, on: u8, prev: Option<Coda>, v: u8) -> &'static str {
    use Coda::*;
    // MR: ㄱ ㅂ voiced after a vowel, nasal or ㄹ; ㄷ ㅈ after a vowel or nasal only (ㄹ + ㄷ ㅈ is
    // tense in Sino-Korean: 팔당 P'altang, 발전 palchŏn). NK: all three voiced after any resonant.
    let after_vowel_or_nasal = matches!(prev, Some(No | N | M | Ng));
    let after_resonant = after_vowel_or_nasal || prev == Some(L);
    let i = usize::from(on);
    match scheme {
        KoScheme::Rr => {
            if on == I_R && prev == Some(L) {
                "l"
            } else {
                RR_INITIAL.get(i).copied().unwrap_or("")
            }
        }
        KoScheme::Mr => match on {
            I_G if after_resonant => "g",
            I_B if after_resonant => "b",
            I_D if after_vowel_or_nasal => "d",
            I_J if after_vowel_or_nasal => "j",
            I_R if prev == Some(L) => "l",
            I_S if v == V_WI => "sh",
            _ => MR_INITIAL.get(i).copied().unwrap_or(""),
        },
        KoScheme::Nk => match on {
            I_G if after_resonant => "g",
            I_B if after_resonant => "b",
            I_D if after_resonant => "d",
            _ => NK_INITIAL.get(i).copied().unwrap_or(""),
        },
    }
}

pub(super) fn coda_str(c: Coda) -> &'static str {
    match c {
        Coda::No => "",
        Coda::K => "k",
        Coda::N => "n",
        Coda::T => "t",
        Coda::L => "l",
        Coda::M => "m",
        Coda::P => "p",
        Coda::Ng => "ng",
    }
}

/// RR 3.2: a hyphen may separate syllables whose letters would otherwise read differently. We write
/// it for ng + plain vowel (중앙 Jung-ang), n + g (반구대 Ban-gudae) and vowel letters that would fuse
/// into another vowel (세운 Se-un, 해운대 Hae-undae). ng before y/w is left alone, as in the official
/// spellings Pyeongyang and Gangwon.
fn rr_hyphen(prev: PSyl, cur: PSyl) -> bool {
    let next_first = vowel(KoScheme::Rr, cur.v).as_bytes().first().copied();
    match prev.coda {
        Coda::Ng => cur.on == I_O && !matches!(next_first, Some(b'y' | b'w')),
        Coda::N => cur.on == I_G,
        Coda::No if cur.on == I_O => {
            let last = vowel(KoScheme::Rr, prev.v).as_bytes().last().copied();
            matches!(
                (last, next_first),
                (Some(b'a'), Some(b'e'))
                    | (Some(b'e'), Some(b'o'))
                    | (Some(b'e'), Some(b'u'))
                    | (Some(b'o'), Some(b'e'))
                    | (Some(b'u'), Some(b'i'))
            )
        }
        _ => false,
    }
}

/// Writes a pronounced word in lowercase. `before` is the final sound ending the preceding part of
/// the same name (for an administrative unit after its hyphen), `None` at a word start.
fn spell_word(scheme: KoScheme, ps: &[PSyl], before: Option<Coda>, out: &mut String) {
    for (i, s) in ps.iter().enumerate() {
        let prev = if i == 0 { None } else { ps.get(i - 1).copied() };
        let prev_coda = match prev {
            Some(p) => Some(p.coda),
            None => before,
        };
        if scheme == KoScheme::Rr {
            if let Some(p) = prev {
                if rr_hyphen(p, *s) {
                    out.push('-');
                }
            }
        }
        out.push_str(onset(scheme, s.on, prev_coda, s.v));
        out.push_str(vowel(scheme, s.v));
        let next_on = ps.get(i + 1).map(|n| n.on);
        if scheme == KoScheme::Mr && s.coda == Coda::N && next_on == Some(I_G) {
            // MR marks ㄴ + ㄱ as n'g to keep it apart from ng (한국 Han'guk).
            out.push_str("n'");
        } else {
            out.push_str(coda_str(s.coda));
        }
    }
}

/// Romanises one run of Hangul syllables in text mode.
pub(super) fn text_word(scheme: KoScheme, w: &mut [Syl], ps: &mut Vec<PSyl>, out: &mut String) {
    apply_n_insertion(w);
    let nk = scheme == KoScheme::Nk;
    if scheme != KoScheme::Mr {
        if let Some(cut) = admin_split(w) {
            let (stem, unit) = w.split_at(cut);
            pronounce(stem, nk, ps);
            spell_word(scheme, ps, None, out);
            // The unit's initial is voiced as it sounds after the stem (NK), though no
            // assimilation crosses the hyphen.
            let before = ps.last().map(|p| p.coda);
            out.push('-');
            pronounce(unit, nk, ps);
            spell_word(scheme, ps, before, out);
            return;
        }
    }
    pronounce(w, nk, ps);
    spell_word(scheme, ps, None, out);
}
