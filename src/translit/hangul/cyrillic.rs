//! Korean names in Russian, generated from the Hangul, so that the spellings of the Russian press
//! and Russian Wikipedia ("Ким Чен Ын", "Пхеньян", "Сеул") can be matched back to a glossary entry
//! written in Hangul.
//!
//! The Kontsevich system (Л. Р. Концевич, «Корейско-русская практическая транскрипция», the system
//! of Russian Korean studies since the 1970s), plus the traditional Soviet and press spellings of
//! DPRK names and places (Ким Ир Сен, Пхеньян, Сеул).

use super::names::COMPOUND_SURNAMES;
use super::syllable::syl_of;
use crate::translit::table::{lookup, push_all, push_unique, MAX_SPELLINGS};

/// Initial consonants (choseong order ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ) at the
/// start of a word or after an obstruent final: Kontsevich system, consonant table, initial
/// column (к т п ч unvoiced; ㅇ silent; aspirates кх тх пх чх; tense кк тт пп сс чч).
const KO_INITIAL: [&str; 19] = [
    "к", "кк", "н", "т", "тт", "р", "м", "п", "пп", "с", "сс", "", "ч", "чч", "чх", "кх", "тх",
    "пх", "х",
];

/// Initial consonants between voiced sounds (after a vowel or a final ㄴ ㅁ ㅇ ㄹ): Kontsevich
/// system, medial column — ㄱ г, ㄷ д, ㅂ б, ㅈ чж; the rest as at the start.
const KO_MEDIAL: [&str; 19] = [
    "г", "кк", "н", "д", "тт", "р", "м", "б", "пп", "с", "сс", "", "чж", "чч", "чх", "кх", "тх",
    "пх", "х",
];

/// Vowels (jungseong order ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ) after ㅇ,
/// i.e. with no consonant: Kontsevich system, vowel table.
const KO_VOWEL: [&str; 21] = [
    "а", "э", "я", "йя", "о", "е", "ё", "йе", "о", "ва", "вэ", "ве", "ё", "у", "во", "ве", "ви",
    "ю", "ы", "ый", "и",
];

/// Vowels after a consonant: ㅒ я, ㅖ е, ㅢ и (Kontsevich, notes to the vowel table).
const KO_VOWEL_AFTER_C: [&str; 21] = [
    "а", "э", "я", "я", "о", "е", "ё", "е", "о", "ва", "вэ", "ве", "ё", "у", "во", "ве", "ви", "ю",
    "ы", "и", "и",
];

/// Vowels after ㅈ ㅉ ㅊ, which are soft already: ㅑ а, ㅕ ㅛ о, ㅠ у, ㅒ э (Kontsevich: 져 чжо,
/// 쥬 чжу).
const KO_VOWEL_AFTER_CH: [&str; 21] = [
    "а", "э", "а", "э", "о", "е", "о", "е", "о", "ва", "вэ", "ве", "о", "у", "во", "ве", "ви", "у",
    "ы", "и", "и",
];

/// Final consonants (jongseong order, index 0 = none) before a vowel, where they are carried over
/// to the next syllable (Kontsevich: liaison; ㅇ as нъ, ㅎ silent, clusters keep both members).
const KO_FINAL_LIAISON: [&str; 28] = [
    "", "г", "кк", "кс", "н", "нчж", "н", "д", "р", "льг", "льм", "льб", "льс", "льтх", "льпх",
    "р", "м", "б", "пс", "с", "сс", "нъ", "чж", "чх", "кх", "тх", "пх", "",
];

/// Sound class of a final before a consonant or at the end (Kontsevich, final column: к н т ль м
/// п н; clusters reduced to the pronounced member).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Coda {
    None,
    K,
    N,
    T,
    L,
    M,
    P,
    Ng,
    /// ㅎ (and ㄶ ㅀ reduce to ㄴ ㄹ but aspirate a following ㄱ ㄷ ㅈ).
    H,
}

const KO_CODA: [Coda; 28] = [
    Coda::None,
    Coda::K,
    Coda::K,
    Coda::K,
    Coda::N,
    Coda::N,
    Coda::N,
    Coda::T,
    Coda::L,
    Coda::K,
    Coda::M,
    Coda::L,
    Coda::L,
    Coda::L,
    Coda::P,
    Coda::L,
    Coda::M,
    Coda::P,
    Coda::P,
    Coda::T,
    Coda::T,
    Coda::Ng,
    Coda::T,
    Coda::T,
    Coda::K,
    Coda::T,
    Coda::P,
    Coda::H,
];

impl Coda {
    fn final_form(self) -> &'static str {
        match self {
            Coda::None | Coda::H => "",
            Coda::K => "к",
            Coda::N | Coda::Ng => "н",
            Coda::T => "т",
            Coda::L => "ль",
            Coda::M => "м",
            Coda::P => "п",
        }
    }
    /// After a vowel or a sonorant final, ㄱ ㄷ ㅂ ㅈ are voiced.
    fn voices(self) -> bool {
        matches!(self, Coda::None | Coda::N | Coda::L | Coda::M | Coda::Ng)
    }
}

/// One Hangul syllable as jamo indices.
#[derive(Clone, Copy)]
struct Jamo {
    l: usize,
    v: usize,
    t: usize,
}

const L_IEUNG: usize = 11;
const L_RIEUL: usize = 5;
const L_NIEUN: usize = 2;
const L_MIEUM: usize = 6;

fn jamo(c: char) -> Option<Jamo> {
    syl_of(c).map(|s| Jamo {
        l: usize::from(s.l),
        v: usize::from(s.v),
        t: usize::from(s.t),
    })
}

fn pick<'a>(table: &[&'a str], i: usize) -> &'a str {
    table.get(i).copied().unwrap_or("")
}

fn vowel(j: Jamo) -> &'static str {
    match j.l {
        L_IEUNG => pick(&KO_VOWEL, j.v),
        12..=14 => pick(&KO_VOWEL_AFTER_CH, j.v),
        _ => pick(&KO_VOWEL_AFTER_C, j.v),
    }
}

/// How ㅈ between voiced sounds is written: чж (Kontsevich) or дж (the spelling of many Russian
/// maps and of Russian Wikipedia titles: Кванджу, Пханмунджом).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Zh {
    Chzh,
    Dzh,
}

fn push_cons(out: &mut String, s: &str, zh: Zh) {
    match (s.strip_prefix("чж"), zh) {
        (Some(rest), Zh::Dzh) => {
            out.push_str("дж");
            out.push_str(rest);
        }
        _ => out.push_str(s),
    }
}

/// Kontsevich transcription of one word (a run of Hangul syllables), appended to `out` and
/// capitalised. `before` is the final of the syllable written before this word (Coda::None with
/// `start` for a word at the start of a name or text): it decides voicing, as in a personal name
/// written syllable by syllable, where 김정은 gives Ким Чжон Ын but 박정희 Пак Чон Хи.
fn kontsevich_word(out: &mut String, syls: &[Jamo], before: Coda, start: bool, zh: Zh) {
    let begin = out.len();
    let mut prev: Option<Jamo> = None;
    for &j in syls {
        match prev {
            None => {
                let table = if !start && before.voices() {
                    &KO_MEDIAL
                } else {
                    &KO_INITIAL
                };
                // After a final ㅎ, ㄱ ㄷ ㅈ are aspirated (좋고 чокхо).
                let aspirated = match j.l {
                    0 if before == Coda::H => Some("кх"),
                    3 if before == Coda::H => Some("тх"),
                    12 if before == Coda::H => Some("чх"),
                    _ => None,
                };
                push_cons(out, aspirated.unwrap_or_else(|| pick(table, j.l)), zh);
            }
            Some(p) => junction(out, p.t, j.l, zh),
        }
        let v = if prev.is_none() && j.l == L_IEUNG {
            // Word-initial ㅔ is э (as ㅐ); ㅢ ый, ㅖ йе as in the vowel table.
            if j.v == 5 {
                "э"
            } else {
                pick(&KO_VOWEL, j.v)
            }
        } else if j.l == L_IEUNG && j.v == 19 {
            // ㅢ inside a word is и (Kontsevich, note to the vowel table).
            "и"
        } else if j.l == L_IEUNG && j.v == 7 && prev.is_some_and(|p| p.t == 0) {
            "е"
        } else {
            vowel(j)
        };
        out.push_str(v);
        prev = Some(j);
    }
    if let Some(p) = prev {
        out.push_str(KO_CODA.get(p.t).copied().unwrap_or(Coda::None).final_form());
    }
    capitalise_from(out, begin);
}

/// The final `t` of one syllable followed by the initial `l` of the next inside a word: liaison
/// before a vowel, nasal assimilation (ㄱ ㄷ ㅂ before ㄴ ㅁ -> н н м; ㄹ after anything but ㄹ ㄴ ->
/// н), ㄴ+ㄹ / ㄹ+ㄴ / ㄹ+ㄹ -> лл, aspiration after ㅎ, voicing after sonorants (Kontsevich rules
/// for medial consonants, which follow pronunciation).
fn junction(out: &mut String, t: usize, l: usize, zh: Zh) {
    let coda = KO_CODA.get(t).copied().unwrap_or(Coda::None);
    if l == L_IEUNG {
        push_cons(out, pick(&KO_FINAL_LIAISON, t), zh);
        return;
    }
    let nasal_next = l == L_NIEUN || l == L_MIEUM;
    let (fin, init): (&str, &str) = match (coda, l) {
        (Coda::None, _) => ("", pick(&KO_MEDIAL, l)),
        (Coda::L | Coda::N, L_RIEUL) | (Coda::L, L_NIEUN) => ("л", "л"),
        (Coda::K, L_RIEUL) | (Coda::T, L_RIEUL) | (Coda::Ng, L_RIEUL) => ("н", "н"),
        (Coda::M, L_RIEUL) => ("м", "н"),
        (Coda::P, L_RIEUL) => ("м", "н"),
        (Coda::K | Coda::T, _) if nasal_next => ("н", pick(&KO_INITIAL, l)),
        (Coda::P, _) if nasal_next => ("м", pick(&KO_INITIAL, l)),
        (Coda::H, 0) => ("", "кх"),
        (Coda::H, 3) => ("", "тх"),
        (Coda::H, 12) => ("", "чх"),
        (c, _) if c.voices() => (c.final_form(), pick(&KO_MEDIAL, l)),
        (c, _) => (c.final_form(), pick(&KO_INITIAL, l)),
    };
    out.push_str(fin);
    push_cons(out, init, zh);
}

fn capitalise_from(out: &mut String, begin: usize) {
    let Some(c) = out.get(begin..).and_then(|s| s.chars().next()) else {
        return;
    };
    if c.is_lowercase() {
        let upper: String = c.to_uppercase().collect();
        out.replace_range(begin..begin + c.len_utf8(), &upper);
    }
}

/// Traditional Russian spellings of Korean places: the names of the DPRK and ROK cities and
/// landmarks as Russian Wikipedia titles and the press write them (Пхеньян, Сеул, Кэсон, Вонсан,
/// Пханмунджом, Синыйджу — older or дж forms where Kontsevich gives Пхёнъян, Соуль, Пханмунчжом).
/// Sorted by key (UTF-8 byte order).
#[rustfmt::skip]
static KO_PLACES: &[(&str, &[&str])] = &[
    ("강릉", &["Каннын"]), ("개성", &["Кэсон"]), ("경주", &["Кёнджу"]), ("광주", &["Кванджу"]),
    ("금강산", &["Кымгансан"]), ("남포", &["Нампхо"]), ("대구", &["Тэгу"]), ("대전", &["Тэджон"]),
    ("독도", &["Токто"]), ("라선", &["Расон"]), ("묘향산", &["Мёхянсан"]), ("백두산", &["Пэктусан"]),
    ("부산", &["Пусан"]), ("서울", &["Сеул"]), ("수원", &["Сувон"]), ("신의주", &["Синыйджу"]),
    ("영변", &["Йонбён"]), ("울산", &["Ульсан"]), ("원산", &["Вонсан"]), ("인천", &["Инчхон"]),
    ("제주", &["Чеджу"]), ("조선", &["Чосон"]), ("청진", &["Чхонджин"]), ("판문점", &["Пханмунджом"]),
    ("평양", &["Пхеньян"]), ("포항", &["Пхохан"]), ("한국", &["Корея"]), ("함흥", &["Хамхын"]),
    ("혜산", &["Хесан"]),
];

/// Alternative spellings of single name syllables used by the Soviet and Russian press, beside the
/// Kontsevich form: the DPRK leadership's traditional forms (정 Чен, 일 Ир, 성 Сен: Ким Ир Сен, Ким
/// Чен Ир, Ким Чен Ын), the surname forms Ли / Ри for 이 / 리, Цой for 최 (Soviet Koreans), Ро for
/// 노, and the е / дж variants of Russian Wikipedia articles (Мун Чжэ Ин, Ким Ё Чжон). Sources:
/// Russian Wikipedia article titles; Концевич, «Корейские имена в русском тексте» (usage notes).
/// Sorted by key.
#[rustfmt::skip]
static KO_SYLLABLE_ALTS: &[(&str, &[&str])] = &[
    ("경", &["Кён", "Гён"]), ("근", &["Кын", "Гын"]), ("기", &["Ки", "Ги"]), ("노", &["Ро"]),
    ("대", &["Дэ", "Тэ"]), ("룡", &["Рён", "Рен"]), ("류", &["Рю", "Ю", "Лю"]), ("리", &["Ли"]),
    ("명", &["Мён", "Мен"]), ("석", &["Сок", "Сек"]), ("선", &["Сон", "Сен"]), ("설", &["Соль", "Сол"]),
    ("성", &["Сен", "Сон"]), ("여", &["Ё", "Е", "Йо"]), ("열", &["Ёль", "Ер"]),
    ("영", &["Ён", "Ен", "Йон"]), ("용", &["Ён", "Ен", "Йон"]), ("유", &["Ю", "Рю"]),
    ("이", &["Ли", "Ри"]), ("일", &["Ир", "Иль"]), ("임", &["Им", "Лим"]),
    ("재", &["Чжэ", "Дже", "Чже"]), ("정", &["Чен", "Чон", "Чжон"]), ("주", &["Чжу", "Джу", "Чу"]),
    ("중", &["Чжун", "Джун"]), ("철", &["Чхоль", "Чер"]), ("최", &["Цой", "Чой"]),
    ("태", &["Тхэ", "Тэ", "Дэ"]), ("택", &["Тхэк", "Тэк"]), ("현", &["Хён", "Хен"]), ("혜", &["Хе"]),
    ("희", &["Хи", "Хый"]),
];

/// Whole personal names whose customary Russian form cannot be built syllable by syllable
/// (Russian Wikipedia titles). Sorted by key.
#[rustfmt::skip]
static KO_PERSONS: &[(&str, &[&str])] = &[
    ("노태우", &["Ро Дэ У", "Но Тхэ У"]),
];

/// Cyrillic spellings of a Korean name given in Hangul, most usual first; at most 16.
///
/// `person`: the surname (one syllable, or a compound surname such as 남궁) and then each
/// syllable of the given name as separate capitalised words, the traditional Russian practice,
/// with Kontsevich voicing carried across the spaces (김정은 Ким Чжон Ын, 박정희 Пак Чон Хи);
/// then the customary forms from the tables (Ким Чен Ын, Ким Ир Сен, Ли Мён Бак, Ро Дэ У), the
/// дж variant (Мун Дже Ин) and the given name as one word (Ким Чжонын).
///
/// Not `person` (places and other names): the customary form from the place table (Пхеньян,
/// Сеул), then Kontsevich with each space-separated word as one word (Пхёнъян, Соуль) and its
/// дж variant. Characters other than Hangul syllables pass through. Empty if there is no Hangul
/// syllable.
pub fn korean_to_cyrillic(native: &str, person: bool) -> Vec<String> {
    let native = native.trim();
    let mut out = Vec::new();
    if !native.chars().any(|c| jamo(c).is_some()) {
        return out;
    }
    if person {
        let compact: String = native.chars().filter(|c| !c.is_whitespace()).collect();
        if compact.chars().all(|c| jamo(c).is_some()) && compact.chars().count() <= 5 {
            person_forms(&compact, &mut out);
            return out;
        }
    }
    if let Some(forms) = lookup(KO_PLACES, native) {
        push_all(&mut out, forms);
    }
    push_unique(&mut out, kontsevich_text(native, Zh::Chzh));
    push_unique(&mut out, kontsevich_text(native, Zh::Dzh));
    out
}

/// Kontsevich for running text: each run of Hangul syllables is one word.
fn kontsevich_text(text: &str, zh: Zh) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut run: Vec<Jamo> = Vec::new();
    for c in text.chars() {
        match jamo(c) {
            Some(j) => run.push(j),
            None => {
                kontsevich_word(&mut out, &run, Coda::None, true, zh);
                run.clear();
                out.push(c);
            }
        }
    }
    kontsevich_word(&mut out, &run, Coda::None, true, zh);
    out
}

fn person_forms(name: &str, out: &mut Vec<String>) {
    if let Some(forms) = lookup(KO_PERSONS, name) {
        push_all(out, forms);
    }
    let syls: Vec<(char, Jamo)> = name
        .chars()
        .filter_map(|c| jamo(c).map(|j| (c, j)))
        .collect();
    let sur_len = if syls.len() >= 3 && COMPOUND_SURNAMES.iter().any(|s| name.starts_with(s)) {
        2
    } else {
        1
    };
    let (sur, given) = syls.split_at(sur_len.min(syls.len()));
    let sur_j: Vec<Jamo> = sur.iter().map(|s| s.1).collect();
    let coda_of = |j: Option<&Jamo>| {
        j.and_then(|j| KO_CODA.get(j.t).copied())
            .unwrap_or(Coda::None)
    };
    // Per position: the Kontsevich form in context, then the table alternatives.
    let mut slots: Vec<Vec<String>> = Vec::with_capacity(1 + given.len());
    let mut s = String::new();
    kontsevich_word(&mut s, &sur_j, Coda::None, true, Zh::Chzh);
    let mut first = vec![s];
    if sur_len == 1 {
        for f in sur
            .first()
            .and_then(|(c, _)| lookup(KO_SYLLABLE_ALTS, c.encode_utf8(&mut [0; 4])))
            .unwrap_or(&[])
        {
            first.push((*f).to_string());
        }
    }
    slots.push(first);
    let mut prev = sur_j.last().copied();
    for &(c, j) in given {
        let mut s = String::new();
        kontsevich_word(&mut s, &[j], coda_of(prev.as_ref()), false, Zh::Chzh);
        let mut v = vec![s];
        for f in lookup(KO_SYLLABLE_ALTS, c.encode_utf8(&mut [0; 4])).unwrap_or(&[]) {
            v.push((*f).to_string());
        }
        slots.push(v);
        prev = Some(j);
    }
    // Kontsevich first, then the customary combinations (odometer, later syllables fastest).
    let mut idx = vec![0usize; slots.len()];
    let mut joined = String::new();
    'outer: loop {
        joined.clear();
        for (k, slot) in idx.iter().zip(&slots) {
            if !joined.is_empty() {
                joined.push(' ');
            }
            joined.push_str(slot.get(*k).map_or("", String::as_str));
        }
        push_unique(out, joined.clone());
        if out.len() >= MAX_SPELLINGS - 2 {
            break;
        }
        for pos in (0..idx.len()).rev() {
            let (Some(i), Some(slot)) = (idx.get_mut(pos), slots.get(pos)) else {
                break 'outer;
            };
            *i += 1;
            if *i < slot.len() {
                continue 'outer;
            }
            *i = 0;
        }
        break;
    }
    // The дж variant and the given name as one word (Kontsevich proper).
    let mut dzh = String::new();
    kontsevich_word(&mut dzh, &sur_j, Coda::None, true, Zh::Dzh);
    let mut prev = sur_j.last().copied();
    for &(_, j) in given {
        dzh.push(' ');
        kontsevich_word(&mut dzh, &[j], coda_of(prev.as_ref()), false, Zh::Dzh);
        prev = Some(j);
    }
    push_unique(out, dzh);
    if given.len() > 1 {
        let given_j: Vec<Jamo> = given.iter().map(|g| g.1).collect();
        let mut one = String::new();
        kontsevich_word(&mut one, &sur_j, Coda::None, true, Zh::Chzh);
        one.push(' ');
        kontsevich_word(&mut one, &given_j, coda_of(sur_j.last()), false, Zh::Chzh);
        push_unique(out, one);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::translit::table::is_sorted;

    #[test]
    fn tables_sorted() {
        assert!(is_sorted(KO_PLACES));
        assert!(is_sorted(KO_SYLLABLE_ALTS));
        assert!(is_sorted(KO_PERSONS));
    }

    #[test]
    fn kontsevich_rules() {
        let k = |s: &str| kontsevich_text(s, Zh::Chzh);
        assert_eq!(k("평양"), "Пхёнъян");
        assert_eq!(k("서울"), "Соуль");
        assert_eq!(k("신라"), "Силла");
        assert_eq!(k("종로"), "Чонно");
        assert_eq!(k("독립"), "Тоннип");
        assert_eq!(k("한국어"), "Хангуго");
        assert_eq!(k("판문점"), "Пханмунчжом");
        assert_eq!(kontsevich_text("판문점", Zh::Dzh), "Пханмунджом");
    }

    #[test]
    fn no_panic_on_odd_input() {
        for s in [
            "",
            " ",
            "abc",
            "习",
            "김",
            "김 정은",
            "ㄱㅏ",
            "김정은김정은김정은",
            "\u{AC00}\u{D7A3}",
            "x김y",
            "가나다라마바사아자차카타파하",
        ] {
            assert!(korean_to_cyrillic(s, true).len() <= MAX_SPELLINGS);
            assert!(korean_to_cyrillic(s, false).len() <= MAX_SPELLINGS);
        }
        let huge = "김정은".repeat(10_000);
        assert!(!korean_to_cyrillic(&huge, true).is_empty());
    }
}
