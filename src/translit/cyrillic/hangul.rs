//! Russian names in Hangul: the official Korean transcription of Russian, so that the Hangul forms
//! Korean text uses for Russian people and places (Сергей Собянин 세르게이 소뱌닌, Екатеринбург
//! 예카테린부르크) can be generated from a glossary entry written in Cyrillic.
//!
//! Source: 외래어 표기법, 제2장 표 19 "러시아어 자모와 한글 대조표" and 제3장 제21절 "러시아어의 표기"
//! 제1항–제10항, both added by Ministry of Culture and Tourism notice 제2005-32호 (2005-12-28). The
//! table gives each consonant a form before a vowel, before a consonant and at the end of a word; the
//! articles give the rules this module implements letter by letter:
//!
//! - 제1항: п т к б д г ф в before a voiceless consonant are the final (받침) of the syllable before
//!   (ㅂ ㅅ ㄱ ㅂ ㅅ ㄱ ㅂ ㅂ), before a voiced consonant they take 으 (Садко 삿코, Акбаур 아크바우르);
//! - 제2항: з ж before a voiced consonant 즈, before a voiceless one 스 and 시 (Лужков 루시코프);
//! - 제3항: place names in -град, -город end in -그라드, -고로드 (Волгоград 볼고그라드);
//! - 제4항: дс before a consonant is 츠 (Петрозаводск 페트로자보츠크);
//! - 제5항: л before a consonant or at the end is the final ㄹ, inside a word before a vowel ㄹㄹ
//!   (Павел 파벨, Николаевич 니콜라예비치, Земля 제믈랴);
//! - 제6항: ль and м before a consonant at the start of a word are 리 and 므 (Мценск 므첸스크);
//! - 제7항: doubled consonants are written once, except мм and нн before a vowel (Анна 안나);
//! - 제8항: е and э are 에 after a consonant and 예 elsewhere (Алексеев 알렉세예프, Эртель 예르텔);
//! - 제9항: ь is 이, except that ль мь нь before a consonant or at the end drop it (Игорь 이고리,
//!   Илья 일리야, Ольга 올가, Рязань 랴잔);
//! - 제10항: дз and дж are written as з and ж (Дзержинский 제르진스키).
//!
//! The table's note that ш and щ (시) merge with the following vowel (Ушаков 우샤코프) is applied,
//! and, as everywhere in Korean spelling (표준 발음법 제5항 다만 1), the iotated vowels ㅑ ㅕ ㅛ ㅠ ㅖ
//! are written plain after ㅈ and ㅊ (Горбачёв 고르바초프). Vowels are written as spelt, stressed or
//! not (the standard writes Москва 모스크바, not 마스크바). What the articles leave open and how it is
//! decided here: й before a vowel is a glide (Йошкар-Ола 요시카르올라); ь after ж ш щ ч is a spelling
//! sign with no sound and is not written; ьи is one 이 (Ильич 일리치); a hyphenated name is one
//! Korean word (Римский-Корсаков 림스키코르사코프). Established forms that differ from the rules
//! (Санкт-Петербург 상트페테르부르크) are for the glossaries to list.

/// Initial consonants in choseong order, as used to compose syllables.
const CHOSEONG: &str = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
/// Final consonants in jongseong order (index 0 = none).
const JONGSEONG: &str = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ";

// Vowel indices (jungseong order ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ).
const A: u8 = 0;
const YA: u8 = 2;
const E: u8 = 5;
const YE: u8 = 7;
const O: u8 = 8;
const YO: u8 = 12;
const U: u8 = 13;
const YU: u8 = 17;
const EU: u8 = 18;
const I: u8 = 20;

fn choseong(j: char) -> u8 {
    CHOSEONG.chars().position(|c| c == j).unwrap_or(11) as u8
}

fn jongseong(j: char) -> u8 {
    JONGSEONG.chars().position(|c| c == j).unwrap_or(0) as u8
}

/// 표 19, the consonant before a vowel (모음 앞), as an initial jamo.
fn onset_jamo(c: char) -> Option<char> {
    Some(match c {
        'б' | 'в' => 'ㅂ',
        'г' => 'ㄱ',
        'д' => 'ㄷ',
        'ж' | 'з' => 'ㅈ',
        'к' => 'ㅋ',
        'л' | 'р' => 'ㄹ',
        'м' => 'ㅁ',
        'н' => 'ㄴ',
        'п' | 'ф' => 'ㅍ',
        'с' | 'ш' | 'щ' => 'ㅅ',
        'т' => 'ㅌ',
        'х' => 'ㅎ',
        'ц' | 'ч' => 'ㅊ',
        _ => return None,
    })
}

/// 표 19 and 제1항: the final (받침) of п т к б д г ф в before a voiceless consonant.
fn coda_jamo(c: char) -> Option<char> {
    Some(match c {
        'б' | 'в' | 'п' | 'ф' => 'ㅂ',
        'г' | 'к' => 'ㄱ',
        'д' | 'т' => 'ㅅ',
        _ => return None,
    })
}

/// 표 19, the vowel after a consonant (the iotated vowels write the consonant's softness).
fn vowel_after_consonant(v: char) -> u8 {
    match v {
        'а' => A,
        'е' | 'э' => E,
        'ё' => YO,
        'о' => O,
        'у' => U,
        'ю' => YU,
        'я' => YA,
        _ => I, // и ы
    }
}

/// 표 19 and 제8항, the vowel at the start of a word, after a vowel or after ъ ь й.
fn vowel_alone(v: char) -> u8 {
    match v {
        'а' => A,
        'е' | 'э' => YE,
        'ё' => YO,
        'о' => O,
        'у' => U,
        'ю' => YU,
        'я' => YA,
        _ => I,
    }
}

/// The iotated counterpart of a vowel, for ш щ (시 merged with the vowel) and й + vowel.
fn iotated(v: u8) -> u8 {
    match v {
        A => YA,
        E => YE,
        O => YO,
        U => YU,
        v => v,
    }
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'а' | 'е' | 'ё' | 'и' | 'о' | 'у' | 'ы' | 'э' | 'ю' | 'я')
}

fn is_voiceless(c: char) -> bool {
    matches!(c, 'п' | 'т' | 'к' | 'ф' | 'с' | 'ш' | 'щ' | 'ц' | 'ч' | 'х')
}

fn is_consonant(c: char) -> bool {
    matches!(
        c,
        'б' | 'в'
            | 'г'
            | 'д'
            | 'ж'
            | 'з'
            | 'й'
            | 'к'
            | 'л'
            | 'м'
            | 'н'
            | 'п'
            | 'р'
            | 'с'
            | 'т'
            | 'ф'
            | 'х'
            | 'ц'
            | 'ч'
            | 'ш'
            | 'щ'
    )
}

/// Hangul syllables being built: (initial, vowel, final) indices.
struct Syllables {
    s: Vec<(u8, u8, u8)>,
    /// An initial waiting for its vowel.
    onset: Option<u8>,
}

impl Syllables {
    fn new() -> Self {
        Syllables {
            s: Vec::new(),
            onset: None,
        }
    }

    fn vowel(&mut self, v: u8) {
        let l = self.onset.take().unwrap_or(11);
        // ㅈ ㅊ take no iotated vowel (표준 발음법 제5항 다만 1).
        let v = if l == 12 || l == 14 {
            match v {
                YA => A,
                YE => E,
                6 => 4,
                YO => O,
                YU => U,
                v => v,
            }
        } else {
            v
        };
        self.s.push((l, v, 0));
    }

    /// Put `t` under the last syllable if it has no final yet; false if it cannot.
    fn coda(&mut self, t: char) -> bool {
        if self.onset.is_some() {
            return false;
        }
        match self.s.last_mut() {
            Some(last) if last.2 == 0 => {
                last.2 = jongseong(t);
                true
            }
            _ => false,
        }
    }

    /// The final if it can go under the syllable before, else the consonant with 으.
    fn coda_or_eu(&mut self, t: char, l: char) {
        if !self.coda(t) {
            self.with(l, EU);
        }
    }

    fn with(&mut self, l: char, v: u8) {
        self.onset = Some(choseong(l));
        self.vowel(v);
    }

    fn push_to(self, out: &mut String) {
        for (l, v, t) in self.s {
            let code = 0xAC00 + (u32::from(l) * 21 + u32::from(v)) * 28 + u32::from(t);
            out.extend(char::from_u32(code));
        }
    }
}

/// The letters of one word, lowercase, with stress marks dropped and the spellings the articles
/// merge already merged: дж ж, дз з (제10항), тч ч, тс ц, дс before a consonant ц (제4항), doubled
/// consonants once except мм нн before a vowel (제7항).
fn letters(word: &str) -> Vec<char> {
    let raw: Vec<char> = word
        .chars()
        .filter(|&c| c != '\u{301}' && c != '\u{300}')
        .flat_map(char::to_lowercase)
        .collect();
    let mut out: Vec<char> = Vec::with_capacity(raw.len());
    let mut i = 0;
    while let Some(&c) = raw.get(i) {
        let next = raw.get(i + 1).copied();
        let after = raw.get(i + 2).copied();
        match (c, next) {
            ('д', Some('ж')) | ('д', Some('з')) | ('т', Some('ч')) => {
                i += 1;
                continue;
            }
            ('т', Some('с')) => {
                out.push('ц');
                i += 2;
                continue;
            }
            ('д', Some('с')) if after.is_some_and(is_consonant) => {
                out.push('ц');
                i += 2;
                continue;
            }
            _ => {}
        }
        if is_consonant(c) && out.last() == Some(&c) {
            let keep = matches!(c, 'м' | 'н') && next.is_some_and(is_vowel);
            if !keep {
                i += 1;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

/// What follows a consonant once ь is looked through.
#[derive(Clone, Copy, PartialEq)]
enum Next {
    Vowel,
    Voiced,
    Voiceless,
    End,
}

fn next_class(w: &[char], i: usize) -> Next {
    match w.get(i) {
        None => Next::End,
        Some(&c) if is_vowel(c) => Next::Vowel,
        Some(&c) if is_voiceless(c) => Next::Voiceless,
        Some(&c) if is_consonant(c) => Next::Voiced,
        Some('ь') | Some('ъ') => next_class(w, i + 1),
        Some(_) => Next::End,
    }
}

/// Transcribe one word (Cyrillic letters only, lowercase-able) into `out`.
fn word_to_hangul(word: &str, out: &mut String) {
    let w = letters(word);
    let grad = w.ends_with(&['г', 'р', 'а', 'д']) || w.ends_with(&['г', 'о', 'р', 'о', 'д']);
    let mut s = Syllables::new();
    let mut i = 0;
    while let Some(&c) = w.get(i) {
        let next = w.get(i + 1).copied();
        if is_vowel(c) {
            // A vowel not taken by a consonant: at the start, after a vowel, ъ or й.
            s.vowel(vowel_alone(c));
            i += 1;
            continue;
        }
        match c {
            'ъ' => {
                i += 1;
                continue;
            }
            'ь' => {
                // A ь with no consonant before it (after a vowel): nothing to soften.
                i += 1;
                continue;
            }
            'й' => {
                match next {
                    Some(v) if is_vowel(v) => {
                        // Glide: йа 야, йо 요 ...; я ю ё е are iotated already.
                        s.vowel(iotated(vowel_alone(v)));
                        i += 2;
                    }
                    _ => {
                        // After и ы the й adds nothing (-ий, -ый 이: Юрий 유리, Белый 벨리).
                        let absorbed = i > 0 && matches!(w.get(i - 1), Some('и') | Some('ы'));
                        if !absorbed {
                            s.vowel(I);
                        }
                        i += 1;
                    }
                }
                continue;
            }
            _ => {}
        }
        let Some(l) = onset_jamo(c) else {
            // Not a Russian letter: written as it is.
            let mut tail = String::new();
            std::mem::replace(&mut s, Syllables::new()).push_to(&mut tail);
            out.push_str(&tail);
            out.push(c);
            i += 1;
            continue;
        };
        let soft = next == Some('ь');
        let hush = matches!(c, 'ж' | 'ш' | 'щ' | 'ч');
        // What the ь is followed by decides whether it is written (제9항).
        let after_soft = if soft { w.get(i + 2).copied() } else { None };
        let soft_written =
            soft && !hush && (!matches!(c, 'л' | 'м' | 'н') || after_soft.is_some_and(is_vowel));
        if soft_written || (soft && i == 0 && c == 'л') {
            // Consonant + ь = consonant + 이 (제9항; word-initial ль before a consonant 리, 제6항).
            if c == 'л' && i > 0 {
                s.coda('ㄹ');
            }
            s.with(l, I);
            i += 2;
            match w.get(i) {
                Some(&'и') => i += 1, // ьи is one 이
                Some(&v) if is_vowel(v) => {
                    s.vowel(vowel_alone(v));
                    i += 1;
                }
                _ => {}
            }
            continue;
        }
        let skip = if soft { 2 } else { 1 };
        let class = next_class(&w, i + 1);
        if class == Next::Vowel {
            if c == 'л' && i > 0 {
                // 제5항: inside a word л before a vowel is ㄹㄹ.
                s.coda('ㄹ');
            }
            let v = w.get(i + skip).copied().unwrap_or('а');
            let mut vv = vowel_after_consonant(v);
            if c == 'ш' || c == 'щ' {
                vv = iotated(vv);
            }
            s.onset = Some(choseong(l));
            s.vowel(vv);
            i += skip + 1;
            continue;
        }
        // Before a consonant or at the end of the word.
        let first = i == 0;
        match c {
            'б' | 'в' | 'г' | 'д' | 'к' | 'п' | 'т' | 'ф' => match class {
                Next::Voiceless => {
                    let t = coda_jamo(c).unwrap_or('ㅂ');
                    s.coda_or_eu(t, l);
                }
                Next::Voiced => s.with(l, EU),
                _ => {
                    // 표 19, at the end: 프 트 크 (-град, -город keep 드: 제3항).
                    let end = match c {
                        'б' | 'в' | 'п' | 'ф' => 'ㅍ',
                        'г' | 'к' => 'ㅋ',
                        'д' if grad => 'ㄷ',
                        _ => 'ㅌ',
                    };
                    s.with(end, EU);
                }
            },
            'ж' | 'з' => match class {
                Next::Voiced => s.with('ㅈ', EU),
                _ if c == 'ж' => s.with('ㅅ', I),
                _ => s.with('ㅅ', EU),
            },
            'с' => s.with('ㅅ', EU),
            'ш' | 'щ' => s.with('ㅅ', I),
            'ц' => s.with('ㅊ', EU),
            'ч' => s.with('ㅊ', I),
            'х' => s.with('ㅎ', EU),
            'р' => s.with('ㄹ', EU),
            'л' => s.coda_or_eu('ㄹ', 'ㄹ'),
            'м' => {
                // 제6항 (word-initial), and before л + vowel (제5항 needs the ㄹ: Земля 제믈랴).
                let before_l = next == Some('л') && next_class(&w, i + 2) == Next::Vowel;
                if (first && class != Next::End) || before_l {
                    s.with('ㅁ', EU);
                } else {
                    s.coda_or_eu('ㅁ', 'ㅁ');
                }
            }
            _ => s.coda_or_eu('ㄴ', 'ㄴ'), // н
        }
        i += skip;
    }
    s.push_to(out);
}

/// The Hangul transcription of a Russian name or text, word by word: letters outside the Russian
/// alphabet and spaces are kept, hyphens inside a word dropped (a hyphenated name is one Korean
/// word).
///
/// ```
/// use canonym::translit::cyrillic::russian_to_hangul;
/// assert_eq!(russian_to_hangul("Сергей Собянин"), "세르게이 소뱌닌");
/// assert_eq!(russian_to_hangul("Екатеринбург"), "예카테린부르크");
/// ```
pub fn russian_to_hangul(cyrillic: &str) -> String {
    let mut out = String::with_capacity(cyrillic.len() * 2);
    let mut rest = cyrillic;
    while let Some(c) = rest.chars().next() {
        let is_word = |ch: char| ch.is_alphabetic() || ch == '\u{301}' || ch == '\u{300}';
        if is_word(c) {
            let end = rest
                .find(|ch: char| !(is_word(ch) || ch == '-'))
                .unwrap_or(rest.len());
            let (word, tail) = rest.split_at(end);
            let word = word.trim_end_matches('-');
            let consumed = word.len();
            for part in word.split('-').filter(|p| !p.is_empty()) {
                word_to_hangul(part, &mut out);
            }
            rest = rest.get(consumed..).unwrap_or(tail);
        } else {
            out.push(c);
            rest = rest.get(c.len_utf8()..).unwrap_or("");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_merge_as_the_articles_say() {
        let s = |w: &str| letters(w).into_iter().collect::<String>();
        assert_eq!(s("Таджикистан"), "тажикистан");
        assert_eq!(s("Брятск"), "бряцк");
        assert_eq!(s("Вернадский"), "верна\u{446}кий");
        assert_eq!(s("Анна"), "анна");
        assert_eq!(s("Одесса"), "одеса");
        assert_eq!(s("Собя́нин"), "собянин");
    }

    #[test]
    fn no_panic_on_odd_input() {
        for s in [
            "",
            " ",
            "-",
            "--",
            "ь",
            "ъ",
            "й",
            "Ь-Ъ",
            "abc",
            "Ёж",
            "мм",
            "нн",
            "ль",
            "дс",
            "тс",
            "Сергей  Собянин",
            "x-Москва-",
            "Собя\u{301}нин",
            "ЙЙЙ",
            "ьььь",
        ] {
            let _ = russian_to_hangul(s);
        }
        assert_eq!(russian_to_hangul("abc 12"), "abc 12");
        let long = "Собянин ".repeat(5000);
        assert!(russian_to_hangul(&long).len() > 5000);
    }
}
