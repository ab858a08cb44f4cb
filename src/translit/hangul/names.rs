//! Personal names in each scheme:
//!
//! - RR 3.4: surname, space, given name written together (hyphen allowed), no sound change inside the
//!   given name (한복남 Han Boknam, 홍빛나 Hong Bitna).
//! - MR as applied to names (and by ALA-LC): surname, space, given name hyphenated; each syllable
//!   spelt alone, its initial voiced or not by the end of the previous syllable (Kim Il-sŏng,
//!   Pak Chŏng-hŭi).
//! - ALA-LC (Korean table, rule 9): the given name hyphenated with the sound changes between its
//!   syllables shown (Kang Tŏng-nyong, Kang Sŏg-wŏn); see `alalc.rs`.
//! - NK: every syllable of a Sino-Korean given name a separate word; the given name's first initial
//!   voiceless, later ones voiced after a vowel or resonant (Pak Tong Gu, Kim Jong Un, Ri Sol Ju);
//!   the same with breves in the 2002 text (An Pok Chŏl).
//! - RR transliteration: surname and given name letter by letter (Gim Jeong-eun).
//!
//! Surnames print each scheme's own form; the customary spellings (Lee, Park ...) are in
//! `customary.rs` and `variants.rs`.

use super::alalc;
use super::lexicon::{syls_eq, syls_in};
use super::pronounce::{neutral, Coda};
use super::schemes::vowel;
use super::schemes::{coda_str, onset};
use super::syllable::{syl_char, units, Syl, Unit};
use super::translit;
use super::KoScheme;

/// The two-syllable (compound) surnames, written as one word. Source: Statistics Korea (통계청),
/// 2015 Population and Housing Census, "성씨·본관별 인구 (5인 이상)" (KOSIS): the two-syllable surnames
/// of old Korean lineages it lists (the few recent two-syllable surnames are left out). Sorted. 서문 and 선우 are also common given-name starts after the surnames 서
/// and 선, so `surname_len` takes those two as surnames only in a name of four or more syllables
/// (or when the given name is written apart).
#[rustfmt::skip]
pub(super) static COMPOUND_SURNAMES: &[&str] = &[
    "남궁", "독고", "동방", "사공", "서문", "선우", "제갈", "황목", "황보",
];

/// Two-syllable surnames of historical names that the Library of Congress's Korean romanizer treats
/// as surnames besides [`COMPOUND_SURNAMES`] (公孫, 司馬, 乙支: 공손술 Kongson Sul, 사마광 Sama
/// Kwang in its test records; ScriptShifter, `hooks/korean/data.yml`, list FKR004). Sorted.
#[rustfmt::skip]
static LC_COMPOUND: &[&str] = &["공손", "사마", "을지"];

// Spellings the DPRK itself uses that depart from its romanisation rules.
#[rustfmt::skip]
pub(super) static NK_ESTABLISHED: &[(&str, &str)] = &[("김일성", "Kim Il Sung")];

/// How many leading syllables of `run` are the surname.
pub(super) fn surname_len(run: &[Syl], given_written_apart: bool) -> usize {
    if run.is_empty() {
        return 0;
    }
    if run.len() >= 2 && syls_in(&run[..2], COMPOUND_SURNAMES) {
        if run.len() == 2 {
            return if given_written_apart { 2 } else { 1 };
        }
        let ambiguous = syls_eq(&run[..2], "서문") || syls_eq(&run[..2], "선우");
        if !ambiguous || run.len() >= 4 {
            return 2;
        }
    }
    1
}

/// One syllable of a name, spelt on its own with `prev` as the preceding final (no assimilation).
fn push_name_syl(scheme: KoScheme, s: Syl, prev: Option<Coda>, out: &mut String) {
    out.push_str(onset(scheme, s.l, prev, s.v));
    out.push_str(vowel(scheme, s.v));
    out.push_str(coda_str(neutral(s.t)));
}

/// Upper-cases the first letter.
pub(super) fn cap(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(f) => f.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The scheme's own form of a surname, capitalised.
pub(super) fn surname_form(scheme: KoScheme, sur: &[Syl]) -> String {
    match scheme {
        KoScheme::AlaLc => return alalc::surname(sur),
        KoScheme::RrTranslit => {
            let mut out = String::new();
            translit::word(sur, &mut out);
            return cap(&out);
        }
        _ => {}
    }
    if let [s] = sur {
        // MR's customary form for 李 is Yi; the DPRK writes 李 盧 羅 as 리 로 라 (no initial-sound law).
        let nk = matches!(scheme, KoScheme::Nk | KoScheme::Nk2002);
        match syl_char(*s) {
            '이' if scheme == KoScheme::Mr => return "Yi".to_string(),
            '이' if nk => return "Ri".to_string(),
            '노' if nk => return "Ro".to_string(),
            '나' if nk => return "Ra".to_string(),
            _ => {}
        }
    }
    let mut out = String::new();
    let mut prev = None;
    for &s in sur {
        push_name_syl(scheme, s, prev, &mut out);
        prev = Some(neutral(s.t));
    }
    cap(&out)
}

/// The given name's syllables, lowercase, each spelt by the scheme's name rules.
pub(super) fn given_parts(scheme: KoScheme, given: &[Syl]) -> Vec<String> {
    let mut prev = None;
    given
        .iter()
        .map(|&s| {
            let mut p = String::new();
            push_name_syl(scheme, s, prev, &mut p);
            prev = Some(neutral(s.t));
            p
        })
        .collect()
}

pub(super) fn joined(parts: &[String]) -> String {
    cap(&parts.concat())
}

pub(super) fn hyphenated(parts: &[String]) -> String {
    cap(&parts.join("-"))
}

pub(super) fn spaced(parts: &[String]) -> String {
    parts.iter().map(|p| cap(p)).collect::<Vec<_>>().join(" ")
}

/// The given name as the scheme prints it.
fn given_form(scheme: KoScheme, given: &[Syl]) -> String {
    match scheme {
        KoScheme::Rr => joined(&given_parts(scheme, given)),
        KoScheme::Mr => hyphenated(&given_parts(scheme, given)),
        KoScheme::Nk | KoScheme::Nk2002 => spaced(&given_parts(scheme, given)),
        KoScheme::AlaLc => alalc::given_name(given),
        KoScheme::RrTranslit => {
            let mut out = String::new();
            translit::word(given, &mut out);
            cap(&out)
        }
    }
}

pub(super) fn name_mode(scheme: KoScheme, text: &str, out: &mut String) {
    enum Seg {
        Hangul(Vec<Syl>),
        Other(char),
    }
    let mut segs: Vec<Seg> = Vec::new();
    for u in units(text) {
        match u {
            Unit::Syl(s) => match segs.last_mut() {
                Some(Seg::Hangul(run)) => run.push(s),
                _ => segs.push(Seg::Hangul(vec![s])),
            },
            Unit::Other(c) => segs.push(Seg::Other(c)),
        }
    }
    let runs = segs.iter().filter(|s| matches!(s, Seg::Hangul(_))).count();
    let mut seen_name = false;
    for seg in &segs {
        match seg {
            Seg::Other(c) => out.push(*c),
            Seg::Hangul(run) if !seen_name => {
                seen_name = true;
                if matches!(scheme, KoScheme::Nk | KoScheme::Nk2002) {
                    if let Some((_, fixed)) = NK_ESTABLISHED.iter().find(|(h, _)| syls_eq(run, h)) {
                        out.push_str(fixed);
                        continue;
                    }
                }
                let mut k = surname_len(run, runs > 1);
                if scheme == KoScheme::AlaLc && run.len() >= 3 && syls_in(&run[..2], LC_COMPOUND) {
                    k = 2;
                }
                out.push_str(&surname_form(scheme, &run[..k]));
                if k < run.len() {
                    out.push(' ');
                    out.push_str(&given_form(scheme, &run[k..]));
                }
            }
            Seg::Hangul(run) => out.push_str(&given_form(scheme, run)),
        }
    }
}

/// The surname of a Korean personal name written in Hangul (`이재명` → `이`, `남궁민` → `남궁`,
/// `이 재명` → `이`): the leading syllables, two for a
/// compound surname (`남궁`, `제갈`, ...) and one otherwise. `None` when the name does not
/// start with a Hangul syllable or has no given name after the surname.
pub fn surname_of(name: &str) -> Option<&str> {
    let name = name.trim();
    let first = name.split_whitespace().next()?;
    let run: Vec<Syl> = first.chars().map_while(super::syllable::syl_of).collect();
    if run.len() != first.chars().count() {
        return None;
    }
    let apart = name.split_whitespace().nth(1).is_some();
    let n = surname_len(&run, apart);
    if n == run.len() && !apart {
        return None;
    }
    let end = first.char_indices().nth(n).map_or(first.len(), |(b, _)| b);
    Some(&first[..end])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::translit::hangul::{korean_to_cyrillic, transliterate, KoScheme};

    #[test]
    fn compound_surnames() {
        assert!(COMPOUND_SURNAMES.windows(2).all(|w| w[0] < w[1]));
        assert!(LC_COMPOUND.windows(2).all(|w| w[0] < w[1]));
        let rr = |s| transliterate(KoScheme::Rr, s, true);
        assert_eq!(rr("남궁민"), "Namgung Min");
        assert_eq!(rr("동방삭"), "Dongbang Sak");
        assert_eq!(rr("황목진"), "Hwangmok Jin");
        // 선우 and 서문 need a four-syllable name or a given name written apart.
        assert_eq!(rr("선우진"), "Seon Ujin");
        assert_eq!(rr("선우 진"), "Seonu Jin");
        assert_eq!(rr("서문길동"), "Seomun Gildong");
        // Kontsevich reads the same list.
        assert_eq!(korean_to_cyrillic("동방삭", true)[0], "Тонбан Сак");
    }
}
