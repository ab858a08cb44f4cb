//! The Polish transcription of Korean: the press forms of personal names (`Kim Dzong Un`,
//! `Mun Dze In`, `Kim Jo Dzong`) and the Polish exonyms of places (`Pjongjang`, `Inczon`,
//! `Czedżu`, `Panmundżom`).
//!
//! Sources: the exonyms standardised by the Komisja Standaryzacji Nazw Geograficznych poza
//! Granicami Rzeczypospolitej Polskiej (*Urzędowy wykaz polskich nazw geograficznych świata*,
//! 2013; reviewed in *Onomastica* 68, "Adaptowanie do języka polskiego koreańskich nazw miast":
//! Pjongjang, Panmundżom, Czedżu, Pusan, Pjongczang, Inczon — "nazwy spolonizowane nie mają znaków
//! diakrytycznych oraz dwuznaków" of the romanisations) and the KSNG's reading of McCune–Reischauer
//! for Polish ("ch wymawiane jest jak półmiękkie cz, j jak półmiękkie dż", *Azja Wschodnia*, KSNG);
//! for persons, the practice of the Polish Press Agency and the papers quoting it (`Kim Dzong Un`,
//! `Kim Dzong Il`, `Kim Jo Dzong`, wp.pl 2020; `z prezydentem tego kraju Mun Dze Inem`,
//! dorzeczy.pl 2018; `Kim Ir Sen`, the form taken over from Russian *Ким Ир Сен*).
//!
//! The system is McCune–Reischauer's reading of Korean spelt with Polish letters: ㅓ and ㅗ are
//! both o, ㅡ and ㅜ both u, ㅐ and ㅔ both e, ㅕ ㅛ jo, ㅑ ja, ㅠ ju, ㅚ oe; the aspirates lose
//! their aspiration (ㅍ p: Pjongjang; ㅊ cz: Inczon); the plain stops ㄱ ㄷ ㅂ ㅈ are k t p cz at the
//! start and after a voiceless consonant, and g d b and a voiced affricate after a vowel or a
//! voiced consonant (ㄴ ㄹ ㅁ ㅇ). That affricate is `dz` in the press forms of names (Kim Dzong Un,
//! Mun Dze In) and `dż` in the KSNG's exonyms (Czedżu, Panmundżom). Names are written surname
//! first, one capitalised word per syllable of the given name; the surname 이 (李) is `Li` in the
//! press; place names are one word with the sound changes of Korean pronunciation at syllable
//! joins (강릉 Kangnung, 신라 Silla).

use super::names::surname_len;
use super::syllable::{syl_of as decompose, Syl};

/// Vowels (ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ), Polish.
#[rustfmt::skip]
static VOWELS: [&str; 21] = [
    "a", "e", "ja", "je", "o", "e", "jo", "je", "o", "wa", "we", "oe", "jo", "u", "wo", "we", "wi",
    "ju", "u", "ui", "i",
];

/// Initials (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ): voiceless reading.
#[rustfmt::skip]
static INITIALS: [&str; 19] = [
    "k", "k", "n", "t", "t", "r", "m", "p", "p", "s", "s", "", "cz", "cz", "cz", "k", "t", "p", "h",
];

/// The voiced reading of the plain stops ㄱ ㄷ ㅂ (indexes 0, 3, 7); ㅈ (12) is handled apart.
fn voiced(l: u8) -> Option<&'static str> {
    match l {
        0 => Some("g"),
        3 => Some("d"),
        7 => Some("b"),
        _ => None,
    }
}

/// Finals (none, ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ),
/// as pronounced at the end of a syllable.
#[rustfmt::skip]
static FINALS: [&str; 28] = [
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p",
    "t", "t", "ng", "t", "t", "k", "t", "p", "t",
];

/// Is the sound before an initial voiced (a vowel, or a final ㄴ ㄹ ㅁ ㅇ)?
fn voiced_before(prev: Option<Syl>) -> bool {
    match prev {
        None => false,
        Some(p) => matches!(FINALS[usize::from(p.t)], "" | "n" | "l" | "m" | "ng"),
    }
}

/// The Polish onset of `s` after `prev` (None at the start of a word said alone).
fn onset(s: Syl, prev: Option<Syl>, voiced_affricate: &'static str) -> &'static str {
    let voice = voiced_before(prev);
    if voice {
        if let Some(v) = voiced(s.l) {
            return v;
        }
        if s.l == 12 {
            return voiced_affricate;
        }
    }
    // ㄹ after a final ㄹ is l (Silla is handled as a sound change in places).
    if s.l == 5 && prev.is_some_and(|p| FINALS[usize::from(p.t)] == "l") {
        return "l";
    }
    INITIALS[usize::from(s.l)]
}

/// The vowel after an onset: a j-vowel loses its j after an affricate (cz, dz, dż).
fn vowel_after(onset: &str, v: u8) -> &'static str {
    let vowel = VOWELS[usize::from(v)];
    if matches!(onset, "cz" | "dz" | "dż") {
        vowel.strip_prefix('j').unwrap_or(vowel)
    } else {
        vowel
    }
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(f) => f.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// One syllable of a name in Polish, lower case.
fn name_syllable(s: Syl, prev: Option<Syl>) -> String {
    let on = onset(s, prev, "dz");
    format!("{on}{}{}", vowel_after(on, s.v), FINALS[usize::from(s.t)])
}

/// Names whose Polish form is established otherwise than by these rules: 김일성 came into Polish
/// from Russian (*Ким Ир Сен*).
#[rustfmt::skip]
static ESTABLISHED: &[(&str, &str)] = &[("김일성", "Kim Ir Sen")];

/// A Korean personal name (Hangul) in the Polish press transcription: `김정은` → `Kim Dzong Un`,
/// `문재인` → `Mun Dze In`. Non-Hangul text passes through.
///
/// ```
/// use canonym::translit::hangul::korean_polish;
///
/// assert_eq!(korean_polish("김여정"), "Kim Jo Dzong");
/// ```
pub fn korean_polish(hangul: &str) -> String {
    let compact: String = hangul.split_whitespace().collect();
    if let Some((_, fixed)) = ESTABLISHED.iter().find(|(h, _)| *h == compact) {
        return (*fixed).to_string();
    }
    let syls: Vec<Syl> = compact.chars().filter_map(decompose).collect();
    if syls.is_empty() || syls.len() != compact.chars().count() {
        return hangul.to_string();
    }
    // A space the text puts after the surname is believed over the inference.
    let sur = match hangul.split_whitespace().next() {
        Some(first) if hangul.split_whitespace().count() > 1 => first.chars().count(),
        _ => surname_len(&syls, false).max(1),
    };
    let mut words: Vec<String> = Vec::new();
    let mut surname = String::new();
    let mut prev = None;
    for (i, &s) in syls.iter().enumerate() {
        let part = if i == 0 && s.l == 11 && s.v == 20 && s.t == 0 && sur == 1 {
            // 이 (李) as a surname: the press writes Li.
            "li".to_string()
        } else {
            name_syllable(s, prev)
        };
        if i < sur {
            surname.push_str(&part);
            if i + 1 == sur {
                words.push(capitalise(&surname));
            }
        } else {
            words.push(capitalise(&part));
        }
        prev = Some(s);
    }
    words.join(" ")
}

/// A Korean place name (Hangul) as a Polish exonym spelling: one word, the KSNG's `dż` for the
/// voiced affricate, and the sound changes at syllable joins: `평양` → `Pjongjang`, `제주` →
/// `Czedżu`, `강릉` → `Kangnung`.
pub fn korean_polish_place(hangul: &str) -> String {
    hangul
        .split_whitespace()
        .map(place_word)
        .collect::<Vec<_>>()
        .join(" ")
}

fn place_word(word: &str) -> String {
    let syls: Vec<Syl> = word.chars().filter_map(decompose).collect();
    if syls.is_empty() || syls.len() != word.chars().count() {
        return word.to_string();
    }
    let mut out = String::new();
    for (i, &s) in syls.iter().enumerate() {
        let prev = i.checked_sub(1).map(|j| syls[j]);
        let next = syls.get(i + 1);
        let mut on = onset(s, prev, "dż");
        if let Some(p) = prev {
            let pf = FINALS[usize::from(p.t)];
            // ㄹ after ㄴ is l (신라 Silla, with the ㄴ below); after another consonant n (강릉).
            if s.l == 5 && pf == "n" {
                on = "l";
            } else if s.l == 5 && !matches!(pf, "" | "l") {
                on = "n";
            }
            // ㄴ after ㄹ becomes l (설날 Sollal).
            if s.l == 2 && pf == "l" {
                on = "l";
            }
        }
        let mut coda = FINALS[usize::from(s.t)];
        if let Some(n) = next {
            let nasal_next = matches!(n.l, 2 | 6) || (n.l == 5 && !matches!(coda, "" | "l" | "n"));
            coda = match coda {
                // Nasalisation before ㄴ ㅁ (and the n that ㄹ becomes): 백마 Pengma.
                "k" if nasal_next => "ng",
                "p" if nasal_next => "m",
                "t" if nasal_next => "n",
                // ㄴ before ㄹ becomes l (신라 Silla).
                "n" if n.l == 5 => "l",
                c => c,
            };
        }
        out.push_str(on);
        out.push_str(vowel_after(on, s.v));
        out.push_str(coda);
    }
    capitalise(&out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn press_vectors() {
        crate::translit::declension::run_press_vectors("korean_polish", korean_polish);
        crate::translit::declension::run_press_vectors("korean_polish_place", korean_polish_place);
    }

    #[test]
    fn every_syllable_transcribes_to_polish_letters() {
        for n in 0..11172u32 {
            let c = char::from_u32(0xAC00 + n).unwrap_or('가');
            let s = korean_polish(&c.to_string());
            assert!(
                !s.is_empty()
                    && s.chars()
                        .all(|c| c.is_alphabetic() && !('가'..='힣').contains(&c)),
                "{c} → {s}"
            );
        }
    }
}
