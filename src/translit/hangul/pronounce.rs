//! The pronunciation model: the Standard Pronunciation Rules (표준 발음법, 1988, ch. 4-7), reduced to
//! what the three romanisations need: final neutralisation, liaison, palatalisation, aspiration with
//! ㅎ, nasal and lateral assimilation, and the bound nouns that keep \[ㄴㄴ\].

use super::syllable::{
    sy, Syl, F_B, F_BS, F_CH, F_D, F_G, F_GG, F_GS, F_H, F_J, F_K, F_L, F_LB, F_LG, F_LH, F_LM,
    F_LP, F_LS, F_LT, F_M, F_N, F_NG, F_NH, F_NJ, F_NONE, F_P, F_S, F_SS, F_T, I_B, I_CH, I_D, I_G,
    I_GG, I_H, I_J, I_K, I_LAT, I_M, I_N, I_O, I_P, I_R, I_S, I_SS, I_T, V_I, V_YEO,
};

/// The seven final sounds of Standard Pronunciation art. 8 (ㄱ ㄴ ㄷ ㄹ ㅁ ㅂ ㅇ) plus "none".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Coda {
    No,
    K,
    N,
    T,
    L,
    M,
    P,
    Ng,
}

/// A syllable as pronounced: initial (possibly changed), vowel, final sound.
#[derive(Clone, Copy, Debug)]
pub(super) struct PSyl {
    pub(super) on: u8,
    pub(super) v: u8,
    pub(super) coda: Coda,
}

/// Final neutralisation before a consonant or pause (Standard Pronunciation arts. 9-11; ㄼ → ㄹ
/// as in 여덟, ㄺ → ㄱ as in 닭).
pub(super) fn neutral(t: u8) -> Coda {
    match t {
        F_NONE => Coda::No,
        F_G | F_GG | F_GS | F_LG | F_K => Coda::K,
        F_N | F_NJ | F_NH => Coda::N,
        F_D | F_S | F_SS | F_J | F_CH | F_T | F_H => Coda::T,
        F_L | F_LB | F_LS | F_LT | F_LH => Coda::L,
        F_M | F_LM => Coda::M,
        F_B | F_BS | F_P | F_LP => Coda::P,
        _ => Coda::Ng,
    }
}

/// The initial a single final becomes when it links onto a following vowel (art. 13).
fn final_as_initial(t: u8) -> u8 {
    match t {
        F_G => I_G,
        F_GG => I_GG,
        F_N => I_N,
        F_D => I_D,
        F_L => I_R,
        F_M => I_M,
        F_B => I_B,
        F_S => I_S,
        F_SS => I_SS,
        F_J => I_J,
        F_CH => I_CH,
        F_K => I_K,
        F_T => I_T,
        F_P => I_P,
        _ => I_O,
    }
}

/// Sound change at one syllable boundary: the final `t` of a syllable meets the syllable `next`.
/// Returns the pronounced final of the first syllable and the pronounced initial of the second.
/// `verbal`: the ㅎ-syllable is a verbal suffix (aspiration applies, RR 3.1.4); `n_suffix`: the
/// ㄹ-syllable is a bound noun after ㄴ (신문로 [신문노]); `nk`: DPRK spelling keeps ㄹ after
/// consonants other than ㄴ ㄹ (압록강 Amrokgang) and only nasalises the final.
fn boundary(t: u8, next: Syl, verbal: bool, n_suffix: bool, nk: bool) -> (Coda, u8) {
    use Coda::*;
    let l = next.l;
    if t == F_NONE {
        return (No, l);
    }
    if l == I_O {
        // Liaison (arts. 13-16); palatalisation of ㄷ ㅌ before 이 (art. 17).
        return match t {
            F_NG => (Ng, I_O),
            F_H => (No, I_O),
            F_NH => (No, I_N),
            F_LH => (No, I_R),
            F_GS => (K, I_S),
            F_NJ => (N, I_J),
            F_LG => (L, I_G),
            F_LM => (L, I_M),
            F_LB => (L, I_B),
            F_LS => (L, I_S),
            F_LT => (L, I_T),
            F_LP => (L, I_P),
            F_BS => (P, I_S),
            F_D if next.v == V_I => (No, I_J),
            F_T if next.v == V_I => (No, I_CH),
            _ => (No, final_as_initial(t)),
        };
    }
    if l == I_H {
        // ㄱ ㄷ ㅂ ㅈ + ㅎ: aspirated in verbs (잡혀 japyeo, 굳히다 guchida), kept in nouns
        // (묵호 Mukho, 집현전 Jiphyeonjeon) — RR 3.1.4 and its proviso.
        let palatal = next.v == V_I || next.v == V_YEO;
        return match t {
            F_H => (No, I_H),
            F_NH => (N, I_H),
            F_LH => (L, I_H),
            F_G | F_GG | F_K | F_GS if verbal => (No, I_K),
            F_LG if verbal => (L, I_K),
            F_D | F_T if verbal && palatal => (No, I_CH),
            F_J | F_CH if verbal => (No, I_CH),
            F_D | F_T | F_S | F_SS if verbal => (No, I_T),
            F_NJ if verbal => (N, I_CH),
            F_B | F_P | F_BS if verbal => (No, I_P),
            F_LB | F_LP if verbal => (L, I_P),
            _ => (neutral(t), I_H),
        };
    }
    if matches!(t, F_H | F_NH | F_LH) {
        // ㅎ + ㄱ ㄷ ㅈ → ㅋ ㅌ ㅊ (art. 12.1: 좋고 joko, 놓다 nota); ㅎ + ㅅ → [ㅆ], tensing unwritten;
        // ㅎ + ㄴ → [ㄴㄴ], ㅀ + ㄴ → [ㄹㄹ] (art. 12.3-4).
        let rest = match t {
            F_NH => N,
            F_LH => L,
            _ => No,
        };
        match l {
            I_G => return (rest, I_K),
            I_D => return (rest, I_T),
            I_J => return (rest, I_CH),
            I_S => return (rest, I_S),
            I_N if t == F_LH => return (L, I_LAT),
            I_N => return (N, I_N),
            _ => {}
        }
    }
    let mut c = neutral(t);
    if t == F_LG && l == I_G {
        c = L; // 맑게 [말께] (art. 11 proviso)
    }
    // Nasalisation (art. 18), ㄹ → ㄴ after ㅁ ㅇ and after stops (art. 19), lateralisation (art. 20).
    let nasal = |c: Coda| match c {
        K => Ng,
        T => N,
        P => M,
        other => other,
    };
    match l {
        I_R => match c {
            N if n_suffix => (N, I_N),
            N => (L, I_LAT),
            L => (L, I_R),
            No => (No, I_R),
            _ if nk => (nasal(c), I_R),
            _ => (nasal(c), I_N),
        },
        I_N => match c {
            L => (L, I_LAT),
            _ => (nasal(c), I_N),
        },
        I_M => (nasal(c), I_M),
        _ => (c, l),
    }
}

/// Whether the ㅎ-initial syllable at `j` is a verbal suffix, so that a preceding ㄱ ㄷ ㅂ ㅈ
/// aspirates. RR 3.1.4 distinguishes verbs from nouns; with no dictionary we recognise the passive/
/// causative 히 (and its forms 힌 힐 힘 힙 혀 혔) and the light verb 하- before an ending.
fn is_verbal_h(w: &[Syl], j: usize) -> bool {
    let Some(&s) = w.get(j) else { return false };
    if s.l != I_H {
        return false;
    }
    if s.v == V_I && matches!(s.t, F_NONE | F_N | F_L | F_M | F_B) {
        return true;
    }
    if s.v == V_YEO && matches!(s.t, F_NONE | F_SS) {
        return true;
    }
    let Some(&n) = w.get(j + 1) else { return false };
    const AFTER_HA: [Syl; 14] = [
        sy('다'),
        sy('고'),
        sy('지'),
        sy('게'),
        sy('여'),
        sy('면'),
        sy('니'),
        sy('는'),
        sy('세'),
        sy('시'),
        sy('였'),
        sy('기'),
        sy('자'),
        sy('며'),
    ];
    if s == sy('하') {
        return AFTER_HA.contains(&n);
    }
    if s == sy('합') {
        return n == sy('니');
    }
    if s == sy('했') {
        return true;
    }
    if s == sy('해') {
        return [sy('요'), sy('서'), sy('도'), sy('야'), sy('라')].contains(&n);
    }
    false
}

/// Whether the ㄹ-syllable at `j` is one of the bound nouns that keep [ㄴㄴ] after ㄴ in compounds
/// (Standard Pronunciation art. 20 proviso: 의견란, 생산량, 입원료; RR example 신문로 Sinmunno).
/// Only from the third syllable on, so 신라 Silla and 권력 keep [ㄹㄹ].
fn is_n_suffix(w: &[Syl], j: usize) -> bool {
    if j < 2 {
        return false;
    }
    let Some(&s) = w.get(j) else { return false };
    [sy('로'), sy('란'), sy('량'), sy('력'), sy('론'), sy('료')].contains(&s)
}

/// Runs the pronunciation model over one word.
pub(super) fn pronounce(w: &[Syl], nk: bool, out: &mut Vec<PSyl>) {
    out.clear();
    out.extend(w.iter().map(|s| PSyl {
        on: s.l,
        v: s.v,
        coda: Coda::No,
    }));
    for i in 0..w.len() {
        match w.get(i + 1) {
            Some(&next) => {
                let (c, on) = boundary(
                    w[i].t,
                    next,
                    is_verbal_h(w, i + 1),
                    is_n_suffix(w, i + 1),
                    nk,
                );
                out[i].coda = c;
                out[i + 1].on = on;
            }
            None => out[i].coda = neutral(w[i].t),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::translit::hangul::{transliterate, KoScheme};

    #[test]
    fn rr_aspiration_noun_vs_verb() {
        assert_eq!(transliterate(KoScheme::Rr, "북한", false), "bukhan");
        assert_eq!(transliterate(KoScheme::Rr, "막히다", false), "makida");
        assert_eq!(transliterate(KoScheme::Rr, "급하다", false), "geupada");
        assert_eq!(transliterate(KoScheme::Rr, "많다", false), "manta");
        assert_eq!(transliterate(KoScheme::Rr, "싫어", false), "sireo");
    }
}
