//! The ALA-LC Korean romanization: McCune–Reischauer with the Library of Congress's own rules
//! ("Korean Romanization and Word Division", ALA-LC Romanization Tables, 2009 revision). Its
//! letters, voicing and sound changes are MR's (`schemes.rs`, `pronounce.rs`); this file holds what
//! the table adds:
//!
//! - Romanization rule 8 (a), initial ㄴ and ㄹ: MR's initial-sound law for Sino-Korean words
//!   (로동 nodong, 력사 yŏksa, 녀성 yŏsŏng, 락심 naksim), but a particle written as a word of its
//!   own keeps r (를 rŭl, 로 ro, 란 ran, exception 1), and so does a one-syllable word (리 ri,
//!   exception 2); rule 10 keeps the r of a word of Western origin (라디오 radio, 레슬링
//!   resŭlling), recognised here by a syllable that is no Sino-Korean reading.
//! - Rule 8 (b), medial ㄴ and ㄹ, exception 2: 렬 and 률 after a vowel or ㄴ lose their ㄹ
//!   (나렬 nayŏl, 분렬 punyŏl, 백분률 paekpunyul).
//! - Rule 4 (a), hyphens: a jurisdiction's generic term follows a hyphen with the sound change shown
//!   across it (경상북도 Kyŏngsang-bukto, 평택군 P'yŏngt'aek-kun, 평택읍 P'yŏngt'aeg-ŭp), while a
//!   special or metropolitan city is a word of its own (서울 특별시 Sŏul T'ŭkpyŏlsi).
//! - Rule 9, personal names: the surname alone (李 and 異, written 이 or 리, are always Yi; other
//!   surnames follow the initial-sound law: 류 Yu, 라 Na); a two-syllable given name is hyphenated
//!   with the sound change between its syllables shown (강덕룡 Kang Tŏng-nyong, 강석원 Kang Sŏg-wŏn,
//!   안응렬 An Ŭng-nyŏl), its first ㄹ kept as r (김리나 Kim Ri-na); a longer one is one word
//!   (박혁거세 Pak Hyŏkkŏse).
//! - Word division, rule 17 (numerals): a number and the counter or unit after it are joined by a
//!   hyphen, the counter romanised as a word start (100가지 100-kaji, 1996 년 1996-yŏn).
//!
//! Rule 11 romanises archaic spellings as written, not as today's pronunciation (텬쥬 T'yŏnjyu not
//! Ch'ŏnju, 약됴 yaktyo not yakcho), which the MR letters already do. Word division is otherwise
//! the input's: as in the table's examples (초원 의 꿈 을), particles and endings are written apart
//! or together by whoever divides the text, and each word is romanised on its own.

use super::lexicon::{admin_split, apply_n_insertion, is_sino_korean, syls_in, Split, Unit};
use super::names::cap;
use super::particles::is_particle;
use super::pronounce::{pronounce, PSyl};
use super::schemes::{rules, spell, Layout};
use super::syllable::{is_i_or_y, sy, syl_char, Syl, F_L, F_N, F_NONE, I_N, I_O, I_R, V_YEO, V_YU};
use super::KoScheme;

const SCHEME: KoScheme = KoScheme::AlaLc;

/// Particles beginning with ㄹ that are not in [`super::PARTICLES`] (which leaves out forms that
/// are also common name syllables): the table's examples 란 (연해주 란 무엇 인가) and the other
/// ㄹ-particles of school grammar. Sorted.
#[rustfmt::skip]
static R_PARTICLES: &[&str] = &["라도", "라서", "란", "로부터"];

/// Words the table romanises against the initial-sound law, by pronunciation (rule 3: 라면
/// ramyŏn) or because they are native words whose ㄴ is sounded (녀석). Sorted.
#[rustfmt::skip]
static INITIAL_SOUNDED: &[&str] = &["녀석", "라면"];

/// The numeral quantifiers of time that a number joins with a hyphen even when a space divides them
/// in the input (word division rule 17 (d): 1996 년 1996-yŏn, 2 시 30 분 2-si 30-pun, 21 세기
/// 21-segi); other words after a space stay apart (7 가지 7 kaji in LC's records). Sorted.
#[rustfmt::skip]
static COUNTERS: &[&str] = &["년", "분", "세기", "시", "월", "일", "초"];

/// Rule 8 (a): the initial-sound law on the first syllable of a word, where it applies.
fn initial_sound_law(w: &mut [Syl]) {
    let Some(&first) = w.first() else { return };
    let rieul = first.l == I_R;
    // Exception 2 keeps the r of a one-syllable word; a one-syllable ㄴ word follows the law
    // (1996 년 1996-yŏn).
    if !(rieul || (first.l == I_N && is_i_or_y(first.v))) || (rieul && w.len() < 2) {
        return;
    }
    let word: String = w.iter().map(|&s| syl_char(s)).collect();
    if is_particle(&word)
        || R_PARTICLES.binary_search(&word.as_str()).is_ok()
        || syls_in(w, INITIAL_SOUNDED)
        || !w.iter().all(|&s| is_sino_korean(s))
    {
        return;
    }
    if let Some(s) = w.first_mut() {
        s.l = if is_i_or_y(s.v) { I_O } else { I_N };
    }
}

/// Rule 8 (b), exception 2: 렬 률 after a vowel or ㄴ are read 열 율.
fn drop_yeol_yul_r(w: &mut [Syl]) {
    for i in 1..w.len() {
        let prev_t = w[i - 1].t;
        let s = &mut w[i];
        if s.l == I_R && s.t == F_L && matches!(s.v, V_YEO | V_YU) && matches!(prev_t, F_NONE | F_N)
        {
            s.l = I_O;
        }
    }
}

/// Romanises one word of running text.
pub(super) fn text_word(w: &mut [Syl], ps: &mut Vec<PSyl>, out: &mut String) {
    apply_n_insertion(w);
    initial_sound_law(w);
    drop_yeol_yul_r(w);
    let r = rules(SCHEME);
    match admin_split(w) {
        Some(Split {
            at,
            unit: Unit::City,
        }) => {
            let (stem, city) = w.split_at(at);
            pronounce(stem, r, ps);
            spell(SCHEME, ps, Layout::default(), out);
            out.push(' ');
            pronounce(city, r, ps);
            spell(SCHEME, ps, Layout::default(), out);
        }
        Some(Split {
            at,
            unit: Unit::Generic,
        }) => {
            // 남도 and 북도 are one generic term (경상북도 Kyŏngsang-bukto).
            let at = match w.get(at.wrapping_sub(1)) {
                Some(&s) if at >= 2 && w[at] == sy('도') && (s == sy('남') || s == sy('북')) => {
                    at - 1
                }
                _ => at,
            };
            let mut ru = r;
            ru.unit_at = Some(at);
            pronounce(w, ru, ps);
            let layout = Layout {
                breaks: &[at],
                written: w,
                ..Layout::default()
            };
            spell(SCHEME, ps, layout, out);
        }
        None => {
            pronounce(w, r, ps);
            spell(SCHEME, ps, Layout::default(), out);
        }
    }
}

/// Whether a word after a number joins it with a hyphen though a space divides them.
pub(super) fn is_counter(w: &[Syl]) -> bool {
    syls_in(w, COUNTERS)
}

/// Rule 9: the surname, capitalised.
pub(super) fn surname(sur: &[Syl]) -> String {
    if let [s] = sur {
        if *s == sy('이') || *s == sy('리') {
            return "Yi".to_string();
        }
    }
    let mut w = sur.to_vec();
    if let Some(first) = w.first_mut() {
        // Surnames are Sino-Korean: 류 Yu, 라 Na, 림 Im, 녀 Yŏ (rule 9, 류 성민 Yu Sŏng-min).
        if first.l == I_R {
            first.l = if is_i_or_y(first.v) { I_O } else { I_N };
        } else if first.l == I_N && is_i_or_y(first.v) {
            first.l = I_O;
        }
    }
    let mut ps = Vec::with_capacity(w.len());
    pronounce(&w, rules(SCHEME), &mut ps);
    let mut out = String::new();
    spell(SCHEME, &ps, Layout::default(), &mut out);
    cap(&out)
}

/// Rule 9: the given name, capitalised; two syllables hyphenated with the sound change between them
/// shown, one or three and more written as one word.
pub(super) fn given_name(given: &[Syl]) -> String {
    let mut ps = Vec::with_capacity(given.len());
    pronounce(given, rules(SCHEME), &mut ps);
    let breaks: &[usize] = if given.len() == 2 { &[1] } else { &[] };
    let mut out = String::new();
    let layout = Layout {
        breaks,
        written: given,
        ..Layout::default()
    };
    spell(SCHEME, &ps, layout, &mut out);
    cap(&out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::translit::hangul::{transliterate, KoScheme};

    #[test]
    fn tables_are_sorted() {
        for list in [R_PARTICLES, INITIAL_SOUNDED, COUNTERS] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }

    #[test]
    fn initial_sound_law_and_its_exceptions() {
        let t = |s| transliterate(KoScheme::AlaLc, s, false);
        assert_eq!(t("락심"), "naksim");
        assert_eq!(t("료리"), "yori");
        assert_eq!(t("녀성"), "yŏsŏng");
        // A particle or a one-syllable word keeps r; so does a loanword.
        assert_eq!(t("김 마리 라는 부인"), "kim mari ranŭn puin");
        assert_eq!(t("몇 리 이냐"), "myŏt ri inya");
        assert_eq!(t("라디오"), "radio");
        assert_eq!(t("라면"), "ramyŏn");
    }
}
