//! The transliteration of RR (`rr-translit`): 국어의 로마자 표기법 (2000) 제3장 제8항, for special
//! purposes such as academic papers where the Hangul must be recoverable. The Hangul spelling is
//! written letter by letter, not the pronunciation: each letter by the tables of 제2장, except that
//! ㄱ ㄷ ㅂ ㄹ are always g d b l, and a soundless ㅇ is written as a hyphen, left out at the start of a
//! word (집 jib, 짚 jip, 밖 bakk, 값 gabs, 붓꽃 buskkoch, 독립 doglib, 물엿 mul-yeos, 굳이 gud-i,
//! 조랑말 jolangmal, 없었습니다 eobs-eoss-seubnida). The hyphen is also written "where another
//! division is needed" (same article): between a final and an initial whose letters could be read
//! as another final and initial (었습 eoss-seub, not eossseub, which could be 엇씁).

use super::schemes::vowel;
use super::syllable::{Syl, I_O};
use super::KoScheme;

// Initials ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ (제2장 제2항, with ㄹ always l).
#[rustfmt::skip]
static INITIAL: [&str; 19] = [
    "g", "kk", "n", "d", "tt", "l", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h",
];
// Finals in jongseong order, every letter of a cluster written (값 gabs, 없 eobs).
#[rustfmt::skip]
static FINAL: [&str; 28] = [
    "", "g", "kk", "gs", "n", "nj", "nh", "d", "l", "lg", "lm", "lb", "ls", "lt", "lp", "lh", "m",
    "b", "bs", "s", "ss", "ng", "j", "ch", "k", "t", "p", "h",
];

/// Whether the letters of final `t` and initial `l` could also be read as another final (not
/// none) and initial, so that a hyphen must divide them.
fn ambiguous(t: u8, l: u8) -> bool {
    if t == 0 || l == I_O {
        return false;
    }
    let joined = [FINAL[usize::from(t)], INITIAL[usize::from(l)]].concat();
    (1..FINAL.len()).any(|t2| {
        t2 != usize::from(t)
            && joined.strip_prefix(FINAL[t2]).is_some_and(|rest| {
                INITIAL
                    .iter()
                    .enumerate()
                    .any(|(l2, i)| l2 != usize::from(I_O) && *i == rest)
            })
    })
}

/// Transliterates one word (a run of syllables) in lowercase.
pub(super) fn word(w: &[Syl], out: &mut String) {
    for (i, s) in w.iter().enumerate() {
        let prev_t = if i > 0 { w[i - 1].t } else { 0 };
        if s.l == I_O {
            if i > 0 {
                out.push('-');
            }
        } else {
            if ambiguous(prev_t, s.l) {
                out.push('-');
            }
            out.push_str(INITIAL.get(usize::from(s.l)).copied().unwrap_or(""));
        }
        out.push_str(vowel(KoScheme::RrTranslit, s.v));
        out.push_str(FINAL.get(usize::from(s.t)).copied().unwrap_or(""));
    }
}
