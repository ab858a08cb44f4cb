//! The pronunciation model: the Standard Pronunciation Rules (표준 발음법, 1988, ch. 4-7), reduced to
//! what the romanisations need: final neutralisation, liaison, palatalisation, aspiration with ㅎ,
//! nasal and lateral assimilation, and the bound nouns that keep \[ㄴㄴ\]. Where the standards
//! write a junction differently, [`Rules`] says which way: McCune–Reischauer keeps a stop before ㅎ
//! apart (속히 sokhi), the DPRK system keeps ㄹ after a stop (압록강 Amrokgang).

use super::lexicon::is_sino_korean;
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
    /// ㄺ before ㅎ in McCune–Reischauer, both letters sounded (붉히다 pulkhida).
    Lk,
    /// ㄼ ㄿ before ㅎ in McCune–Reischauer (슯흠 sŭlphŭm).
    Lp,
}

/// How a scheme reads the junctions on which the standards differ.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Rules {
    /// DPRK spelling: ㄹ stays after consonants other than ㄴ ㄹ (압록강 Amrokgang) and only the
    /// final nasalises.
    pub(super) nk: bool,
    /// The DPRK's 2002 text (E/CONF.94/INF.72, note 3.2): ㄴ + ㄹ is written nr (은률 Ŭnryul) except
    /// in long-established spellings (천리마 Chŏllima, 한라산 Hallasan).
    pub(super) nk_nr: bool,
    /// McCune & Reischauer (1939), "Aspirated plosives": a stop final before ㅎ is romanised as the
    /// unvoiced plosive plus h, never as an aspirate, "since the assimilation is not always
    /// complete" (합하다 haphada, 속히 sokhi, 학회 hakhoe, 못하다 mothada); the palatal aspirate
    /// (ㄷ ㅌ before 히, ㅈ ㅊ before ㅎ) is the exception and stays ch'.
    pub(super) split_aspiration: bool,
    /// With `split_aspiration`, ㄺ ㄼ ㄿ before ㅎ keep both letters too (1939: 붉히다 pulkhida);
    /// ALA-LC aspirates the second (맑힘 malk'im in LC's records).
    pub(super) split_clusters: bool,
    /// Index of a syllable that starts an administrative unit: a ㄹ there after ㄴ is \[ㄴ\]
    /// (노근리 Nogŭn-ni in ALA-LC), as the bound nouns of Standard Pronunciation art. 20 are.
    pub(super) unit_at: Option<usize>,
}

/// A syllable as pronounced: initial (possibly changed), vowel, final sound.
#[derive(Clone, Copy, Debug)]
pub(super) struct PSyl {
    pub(super) on: u8,
    pub(super) v: u8,
    pub(super) coda: Coda,
    /// The initial is tensed (Standard Pronunciation ch. 6), which McCune–Reischauer shows by
    /// writing a plain stop voiceless where it would otherwise be voiced (실증 silchŭng, 읽기
    /// ilki, 문법 munpŏp); the other schemes ignore it.
    pub(super) tense: bool,
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
fn boundary(t: u8, next: Syl, verbal: bool, n_suffix: bool, rules: Rules) -> (Coda, u8) {
    let nk = rules.nk;
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
    if l == I_H && rules.split_aspiration {
        let palatal = next.v == V_I || next.v == V_YEO;
        return match t {
            F_H => (No, I_H),
            F_NH => (N, I_H),
            F_LH => (L, I_H),
            F_D | F_T if palatal => (No, I_CH),
            F_J | F_CH => (No, I_CH),
            F_NJ => (N, I_CH),
            F_LG if rules.split_clusters => (Lk, I_H),
            F_LB | F_LP if rules.split_clusters => (Lp, I_H),
            F_LG => (L, I_K),
            F_LB | F_LP => (L, I_P),
            _ => (neutral(t), I_H),
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
            N if rules.nk_nr => (N, I_R),
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
/// Only from the third syllable on, so 신라 Silla and 권력 keep [ㄹㄹ]. The list is that of art. 20's
/// proviso (의견란, 생산량, 결단력, 상견례, 횡단로, 이원론, 입원료, 구근류) with 록 (임진록 Imjinnok,
/// ALA-LC test records); 령 of its 동원령 is left out, since 령 "pass" keeps [ㄹㄹ] in place names
/// (대관령 Daegwallyeong, an RR example).
fn is_n_suffix(w: &[Syl], j: usize) -> bool {
    if j < 2 {
        return false;
    }
    let Some(&s) = w.get(j) else { return false };
    [
        sy('란'),
        sy('량'),
        sy('력'),
        sy('례'),
        sy('로'),
        sy('록'),
        sy('론'),
        sy('료'),
        sy('류'),
    ]
    .contains(&s)
}

/// Runs the pronunciation model over one word.
pub(super) fn pronounce(w: &[Syl], rules: Rules, out: &mut Vec<PSyl>) {
    out.clear();
    out.extend(w.iter().map(|s| PSyl {
        on: s.l,
        v: s.v,
        coda: Coda::No,
        tense: false,
    }));
    for i in 0..w.len() {
        // 밟- is [밥] before a consonant (art. 10, 다만: 밟다 [밥ː따], 밟는 [밤ː는]).
        let mut t = w[i].t;
        if w[i] == sy('밟') && w.get(i + 1).is_none_or(|n| n.l != I_O) {
            t = F_B;
        }
        match w.get(i + 1) {
            Some(&next) => {
                let n_suffix = is_n_suffix(w, i + 1) || rules.unit_at == Some(i + 1);
                let mut r = rules;
                if r.nk_nr && is_established_ll(w, i) {
                    r.nk_nr = false;
                }
                let (c, on) = boundary(t, next, is_verbal_h(w, i + 1), n_suffix, r);
                out[i].coda = c;
                out[i + 1].on = on;
                out[i + 1].tense = is_tensed(w, i + 1);
            }
            None => out[i].coda = neutral(t),
        }
    }
}

/// Whether the plain initial of the syllable at `j` is tensed (Standard Pronunciation ch. 6): after
/// ㄹ, ㄷ ㅅ ㅈ of a Sino-Korean syllable (art. 26: 갈등 [갈뜽], 발전 [발쩐]; not a native one: 말들
/// maldŭl, 살던 saldŏn, nor the ending 다 of a verb: 걸다 kŏlda); after the clusters ㄺ ㄼ ㄾ ㄵ ㄻ
/// of verb stems (arts. 23-25: 읽기 [일끼], 넓게 [널께], 얹다 [언따], 굶다 [굼따]); and the
/// Sino-Korean suffixes that 표준국어대사전 gives tensed: 법 "way of" after a stem of two syllables
/// or more (독해법 [도캐뻡], 사랑법) and 법 "law" after a final (문법 [문뻡], 헌법 [헌ː뻡]; not
/// 방법, nor 호법 [호ː법], an RR example), 권 "right, sphere" (인권 [인꿘], 수도권 [수도꿘]) and,
/// after a stem of two syllables or more, 병 "disease" (심장병 [심장뼝]; not 질병).
fn is_tensed(w: &[Syl], j: usize) -> bool {
    let (Some(&prev), Some(&s)) = (w.get(j.wrapping_sub(1)), w.get(j)) else {
        return false;
    };
    if !matches!(s.l, I_G | I_D | I_B | I_S | I_J) {
        return false;
    }
    match prev.t {
        F_L => {
            matches!(s.l, I_D | I_S | I_J)
                && is_sino_korean(s)
                && !(j + 1 == w.len() && s == sy('다'))
        }
        F_LG | F_LB | F_LT | F_NJ | F_LM => true,
        _ => {
            (s == sy('법') && (j >= 2 || (prev.t != F_NONE && prev != sy('방'))))
                || s == sy('권')
                || (s == sy('병') && j >= 2)
        }
    }
}

/// The DPRK's long-established ll spellings of ㄴ + ㄹ (E/CONF.94/INF.72, note 3.2, whose examples
/// are 천리마 Chŏllima and 한라산 Hallasan, with 전라도 Jŏlla-do among the generic examples): the
/// syllable pair at `i`, `i + 1` is one of them.
fn is_established_ll(w: &[Syl], i: usize) -> bool {
    const PAIRS: [(char, char); 4] = [('신', '라'), ('전', '라'), ('천', '리'), ('한', '라')];
    match (w.get(i), w.get(i + 1)) {
        (Some(&a), Some(&b)) => PAIRS.iter().any(|&(x, y)| sy(x) == a && sy(y) == b),
        _ => false,
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
