//! The word lists the sound rules need, since they depend on what a word is and no dictionary is at
//! hand: the words whose pronunciation inserts ㄴ (Standard Pronunciation art. 29) and the suffixes
//! of administrative units, which RR and the DPRK system write after a hyphen (RR 3.5).

use super::particles::is_particle;
use super::syllable::{sy, syl_char, syl_of, Syl};

// Words whose pronunciation inserts ㄴ (Standard Pronunciation art. 29: a compound whose second
// element starts with 이 야 여 요 유); RR 3.1.2 examples 학여울 Hangnyeoul and 알약 allyak. Lexical, so a
// list: the written word and the same word with the inserted ㄴ written out (same syllable count).
#[rustfmt::skip]
static N_INSERTION: &[(&str, &str)] = &[
    ("꽃잎", "꽃닢"), ("내복약", "내복냑"), ("눈요기", "눈뇨기"), ("늑막염", "늑막념"),
    ("담요", "담뇨"), ("막일", "막닐"), ("맨입", "맨닙"), ("물약", "물냑"), ("물엿", "물녓"),
    ("색연필", "색년필"), ("솜이불", "솜니불"), ("식용유", "식용뉴"), ("신여성", "신녀성"),
    ("알약", "알냑"), ("영업용", "영업뇽"), ("콩엿", "콩녓"), ("학여울", "학녀울"),
    ("한여름", "한녀름"), ("휘발유", "휘발뉴"),
];

/// Rewrites `w` in place when it starts with an ㄴ-insertion word (alone or followed by a particle).
pub(super) fn apply_n_insertion(w: &mut [Syl]) {
    for (written, spoken) in N_INSERTION {
        let n = written.chars().count();
        if w.len() < n
            || !written
                .chars()
                .zip(w.iter())
                .all(|(c, s)| syl_of(c) == Some(*s))
        {
            continue;
        }
        if w.len() > n {
            let rest: String = w[n..].iter().map(|&s| syl_char(s)).collect();
            if !is_particle(&rest) {
                continue;
            }
        }
        for (slot, c) in w.iter_mut().zip(spoken.chars()) {
            if let Some(s) = syl_of(c) {
                *slot = s;
            }
        }
        return;
    }
}

// Administrative units (RR 3.5; the DPRK system has the same rule): the unit follows a hyphen and
// sound change does not cross it. Only recognisable units are split: the special/metropolitan city
// and special self-governing suffixes; 도 after a province stem or 북/남; and 시 군 구 읍 면 after a stem of
// two or more syllables unless the last two syllables form a common noun (도시 "city", 인민군 "army",
// 비상구 "exit", 라면 ...). 동 리 가 are not split: too many ordinary words end in them (왕십리
// Wangsimni is itself an RR example written without a hyphen).
#[rustfmt::skip]
static PROVINCE_STEMS: &[&str] = &[
    "강원", "경기", "경상", "량강", "양강", "자강", "전라", "제주", "충청", "평안", "함경", "황해",
];
#[rustfmt::skip]
static UNIT_NOUN_BLOCK: &[&str] = &[
    "가구", "간시", "감시", "개시", "게시", "경시", "공구", "공군", "교시", "국군", "국면", "기구",
    "나구", "내면", "냉면", "농구", "단면", "당시", "대군", "도구", "도시", "동시", "란군", "라면",
    "립군", "명시", "무시", "문구", "민군", "반군", "방면", "배구", "병군", "부군", "분구", "비구",
    "상구", "수구", "수면", "수시", "아군", "암시", "야구", "어구", "역시", "연구", "완구", "외면",
    "요구", "용구", "용군", "육군", "응시", "이면", "일시", "임시", "입구", "입시", "잠시", "장군",
    "장면", "적군", "전면", "전시", "정면", "정시", "제시", "족구", "중시", "즉시", "지구", "지면",
    "지시", "착시", "창구", "체면", "추구", "축구", "출구", "측면", "친구", "탁구", "탐구", "파구",
    "평면", "평시", "표면", "표시", "하구", "한군", "합군", "항구", "해군", "혹시", "화구", "화면",
];

pub(super) fn syls_eq(w: &[Syl], s: &str) -> bool {
    w.len() == s.chars().count() && s.chars().zip(w.iter()).all(|(c, x)| syl_of(c) == Some(*x))
}

pub(super) fn syls_in(w: &[Syl], list: &[&str]) -> bool {
    list.iter().any(|s| syls_eq(w, s))
}

/// Index where an administrative-unit suffix starts, if the word ends in one.
pub(super) fn admin_split(w: &[Syl]) -> Option<usize> {
    let n = w.len();
    if n >= 6 && (syls_eq(&w[n - 5..], "특별자치도") || syls_eq(&w[n - 5..], "특별자치시"))
    {
        return Some(n - 5);
    }
    if n >= 4 && (syls_eq(&w[n - 3..], "특별시") || syls_eq(&w[n - 3..], "광역시")) {
        return Some(n - 3);
    }
    if n < 3 {
        return None;
    }
    let last = w[n - 1];
    if last == sy('도') {
        let stem = &w[..n - 1];
        let by_direction = matches!(syl_char(stem[stem.len() - 1]), '북' | '남');
        if by_direction || syls_in(stem, PROVINCE_STEMS) {
            return Some(n - 1);
        }
        return None;
    }
    if [sy('시'), sy('군'), sy('구'), sy('읍'), sy('면')].contains(&last)
        && !syls_in(&w[n - 2..], UNIT_NOUN_BLOCK)
    {
        return Some(n - 1);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::translit::hangul::{transliterate, KoScheme};

    #[test]
    fn particles_after_n_insertion_words() {
        assert_eq!(transliterate(KoScheme::Rr, "알약을", false), "allyageul");
        assert_eq!(
            transliterate(KoScheme::Rr, "알약상자", false),
            "aryaksangja"
        );
    }

    #[test]
    fn n_insertion_keeps_the_syllable_count() {
        for (w, s) in N_INSERTION {
            assert_eq!(w.chars().count(), s.chars().count());
        }
    }
}
