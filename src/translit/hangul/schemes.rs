//! The letters of the standards and running text written with them. Tables are written from each
//! standard's own chart:
//!
//! - RR: 국어의 로마자 표기법 (2000), ch. 2 arts. 1-2;
//! - MR: McCune & Reischauer, "The Romanization of the Korean Language" (Trans. Korea Branch RAS 29,
//!   1939), vowel and consonant tables with the voicing rules; ALA-LC writes the same letters;
//! - NK: 조선말의 라틴문자 표기법 (Academy of Social Sciences, 1992; the 2002 text E/CONF.94/INF.72),
//!   vowel and consonant tables. `nk` drops the breves, as the system's simplified form for
//!   geographic names allows and as DPRK English-language publications print names (Phyongyang,
//!   Kim Jong Un); `nk-2002` keeps them (Phyŏngyang).

use super::alalc;
use super::lexicon::{admin_split, apply_n_insertion, is_nk_generic, syls_eq, Split};
use super::pronounce::Coda;
use super::pronounce::{pronounce, PSyl, Rules};
use super::syllable::{Syl, I_B, I_BB, I_D, I_DD, I_G, I_GG, I_H, I_J, I_O, I_R, I_S, V_WI};
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

/// The letters a scheme writes with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Letters {
    Rr,
    Mr,
    Nk,
    /// The DPRK consonants with the breved vowels ŏ ŭ (the 2002 text's full notation).
    NkBreves,
}

pub(super) fn letters(scheme: KoScheme) -> Letters {
    match scheme {
        KoScheme::Rr | KoScheme::RrTranslit => Letters::Rr,
        KoScheme::Mr | KoScheme::AlaLc => Letters::Mr,
        KoScheme::Nk => Letters::Nk,
        KoScheme::Nk2002 => Letters::NkBreves,
    }
}

/// The pronunciation rules a scheme romanises by.
pub(super) fn rules(scheme: KoScheme) -> Rules {
    Rules {
        nk: matches!(scheme, KoScheme::Nk | KoScheme::Nk2002),
        nk_nr: scheme == KoScheme::Nk2002,
        split_aspiration: matches!(scheme, KoScheme::Mr | KoScheme::AlaLc),
        split_clusters: scheme == KoScheme::Mr,
        unit_at: None,
    }
}

pub(super) fn vowel(scheme: KoScheme, v: u8) -> &'static str {
    let table = match letters(scheme) {
        Letters::Rr => &RR_VOWEL,
        Letters::Mr | Letters::NkBreves => &MR_VOWEL,
        Letters::Nk => &NK_VOWEL,
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
    match letters(scheme) {
        Letters::Rr => {
            if on == I_R && prev == Some(L) {
                "l"
            } else {
                RR_INITIAL.get(i).copied().unwrap_or("")
            }
        }
        Letters::Mr => match on {
            I_G if after_resonant => "g",
            I_B if after_resonant => "b",
            I_D if after_vowel_or_nasal => "d",
            I_J if after_vowel_or_nasal => "j",
            I_R if prev == Some(L) => "l",
            I_S if v == V_WI => "sh",
            _ => MR_INITIAL.get(i).copied().unwrap_or(""),
        },
        Letters::Nk | Letters::NkBreves => match on {
            I_G if after_resonant => "g",
            I_B if after_resonant => "b",
            I_D if after_resonant => "d",
            _ => NK_INITIAL.get(i).copied().unwrap_or(""),
        },
    }
}

/// The voiced letter of a plain stop (ㄱ ㄷ ㅂ), for the DPRK rule that writes the generic part
/// of a geographic name voiced whatever its pronunciation (E/CONF.94/INF.72, note 4.3).
fn voiced(on: u8) -> Option<&'static str> {
    match on {
        I_G => Some("g"),
        I_D => Some("d"),
        I_B => Some("b"),
        _ => None,
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
        Coda::Lk => "lk",
        Coda::Lp => "lp",
    }
}

/// The spelling of a final in a scheme, given the initial that follows: MR writes ㄹ before ㅎ as
/// r (McCune & Reischauer 1939: 일홈 irhom; ALA-LC: 강필효 Kang P'ir-hyo).
fn coda_before(scheme: KoScheme, c: Coda, next_on: Option<u8>) -> &'static str {
    if c == Coda::L && next_on == Some(I_H) && letters(scheme) == Letters::Mr {
        "r"
    } else {
        coda_str(c)
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

/// How [`spell`] writes a pronounced word beyond its letters.
#[derive(Clone, Copy, Default)]
pub(super) struct Layout<'a> {
    /// The final sound ending the preceding part of the same name (for an administrative unit
    /// after its hyphen), `None` at a word start.
    pub(super) before: Option<Coda>,
    /// Syllable indices before which a hyphen is written with the sound change shown across it
    /// (ALA-LC given names and jurisdictions): a consonant that liaison carries onto a written
    /// ㅇ stays before the hyphen (강석원 Kang Sŏg-wŏn, 평택읍 P'yŏngt'aeg-ŭp).
    pub(super) breaks: &'a [usize],
    /// The written syllables, needed with `breaks` to see a liaison.
    pub(super) written: &'a [Syl],
    /// From this syllable on, a plain stop initial is written voiced (DPRK generics).
    pub(super) voiced_from: Option<usize>,
}

/// Writes a pronounced word in lowercase.
pub(super) fn spell(scheme: KoScheme, ps: &[PSyl], layout: Layout<'_>, out: &mut String) {
    let mr = letters(scheme) == Letters::Mr;
    let mut carried = false;
    for (i, s) in ps.iter().enumerate() {
        let prev = if i == 0 { None } else { ps.get(i - 1).copied() };
        let prev_coda = match prev {
            Some(p) => Some(p.coda),
            None => layout.before,
        };
        if let Some(p) = prev {
            let hyphen = match scheme {
                KoScheme::Rr => rr_hyphen(p, *s),
                // E/CONF.94/INF.72 note 4.1: a hyphen where letters could be misread (판교
                // Phan-gyo).
                KoScheme::Nk2002 => p.coda == Coda::N && s.on == I_G && !carried,
                _ => false,
            };
            if hyphen {
                out.push('-');
            }
        }
        if !carried {
            let forced = layout.voiced_from.filter(|&f| i == f).and(voiced(s.on));
            let letter = forced.unwrap_or_else(|| mr_onset(scheme, *s, prev_coda));
            out.push_str(letter);
        }
        carried = false;
        out.push_str(vowel(scheme, s.v));
        let next = ps.get(i + 1);
        let next_on = next.map(|n| n.on);
        if layout.breaks.contains(&(i + 1)) {
            out.push_str(coda_before(scheme, s.coda, next_on));
            let liaison = layout.written.get(i + 1).is_some_and(|w| w.l == I_O)
                && next_on.is_some_and(|o| o != I_O);
            if let (true, Some(n)) = (liaison, next) {
                out.push_str(onset(scheme, n.on, Some(s.coda), n.v));
                carried = true;
            }
            out.push('-');
        } else if mr && s.coda == Coda::N && next_on == Some(I_G) && !next.is_some_and(|n| n.tense)
        {
            // MR marks ㄴ + ㄱ as n'g to keep it apart from ng (한국 Han'guk); a tensed ㄱ is k.
            out.push_str("n'");
        } else if mr && doubles(s.coda, next_on) {
            // A stop before the tense stop of the same place is not written again (McCune &
            // Reischauer 1939: 박꼿 pakkot, 엿때 yŏttae; ALA-LC: 만석꾼 Mansŏkkun, 호박꽃 Hobakkot).
        } else {
            out.push_str(coda_before(scheme, s.coda, next_on));
        }
    }
}

/// A final that the tense initial after it repeats: ㄱ before ㄲ, ㄷ before ㄸ, ㅂ before ㅃ.
fn doubles(c: Coda, next_on: Option<u8>) -> bool {
    matches!(
        (c, next_on),
        (Coda::K, Some(I_GG)) | (Coda::T, Some(I_DD)) | (Coda::P, Some(I_BB))
    )
}

/// An initial as the scheme writes it, with McCune–Reischauer's tensing: a tensed plain stop is
/// voiceless (읽기 ilki), and ㄷ ㅈ after ㄹ are voiceless only when tensed (발전 palchŏn, but 말들
/// maldŭl).
fn mr_onset(scheme: KoScheme, s: PSyl, prev: Option<Coda>) -> &'static str {
    if letters(scheme) == Letters::Mr {
        match s.on {
            I_G if s.tense => return "k",
            I_B if s.tense => return "p",
            I_D if s.tense => return "t",
            I_J if s.tense => return "ch",
            I_D if prev == Some(Coda::L) => return "d",
            I_J if prev == Some(Coda::L) => return "j",
            _ => {}
        }
    }
    onset(scheme, s.on, prev, s.v)
}

fn spell_word(scheme: KoScheme, ps: &[PSyl], before: Option<Coda>, out: &mut String) {
    spell(
        scheme,
        ps,
        Layout {
            before,
            ..Layout::default()
        },
        out,
    );
}

/// The internationally established spellings the DPRK's 2002 text keeps (note 4.6: 평양
/// Pyongyang, not Phyŏngyang): writes it and says so when `w` is one of them.
fn nk_established(scheme: KoScheme, w: &[Syl], out: &mut String) -> bool {
    const ESTABLISHED: [(&str, &str); 1] = [("평양", "pyongyang")];
    if scheme != KoScheme::Nk2002 {
        return false;
    }
    match ESTABLISHED.iter().find(|(h, _)| syls_eq(w, h)) {
        Some((_, latin)) => {
            out.push_str(latin);
            true
        }
        None => false,
    }
}

/// Romanises one run of Hangul syllables in text mode.
pub(super) fn text_word(scheme: KoScheme, w: &mut [Syl], ps: &mut Vec<PSyl>, out: &mut String) {
    if scheme == KoScheme::AlaLc {
        alalc::text_word(w, ps, out);
        return;
    }
    apply_n_insertion(w);
    let r = rules(scheme);
    if scheme != KoScheme::Mr {
        if let Some(Split { at, .. }) = admin_split(w) {
            let (stem, unit) = w.split_at(at);
            pronounce(stem, r, ps);
            if !nk_established(scheme, stem, out) {
                spell_word(scheme, ps, None, out);
            }
            // The unit's initial is voiced as it sounds after the stem (NK), though no
            // assimilation crosses the hyphen; the 2002 text writes it voiced in any case.
            let before = ps.last().map(|p| p.coda);
            out.push('-');
            pronounce(unit, r, ps);
            let voiced_from = (scheme == KoScheme::Nk2002).then_some(0);
            let layout = Layout {
                before,
                voiced_from,
                ..Layout::default()
            };
            spell(scheme, ps, layout, out);
            return;
        }
    }
    if nk_established(scheme, w, out) {
        return;
    }
    pronounce(w, r, ps);
    let voiced_from = if scheme == KoScheme::Nk2002 {
        is_nk_generic(w)
    } else {
        None
    };
    let layout = Layout {
        voiced_from,
        ..Layout::default()
    };
    spell(scheme, ps, layout, out);
}
