//! The Cyrillic letters as the schemes see them: classes of letters (vowels, signs, consonants,
//! combining marks), the decomposed letters (и + breve = й, е + diaeresis = ё...), and one word as
//! a slice of [`Unit`]s with the look-ups of its neighbours that the context rules use. Script
//! membership itself is `fold::script_of`.

use crate::fold::{script_of, Script};

/// A character of any Cyrillic block (Supplement and Extended blocks included: none of them may
/// reach the output).
pub(super) fn is_cyrillic(c: char) -> bool {
    script_of(c) == Script::Cyrillic
}

/// Combining marks of the Cyrillic script (titlo, combining Cyrillic letters...):
/// they are dropped because the output must never contain Cyrillic.
pub(super) fn is_cyr_mark(c: char) -> bool {
    matches!(c,
        '\u{0483}'..='\u{0489}'
        | '\u{2DE0}'..='\u{2DFF}'
        | '\u{A66F}'..='\u{A67F}'
        | '\u{A69E}'..='\u{A69F}'
        | '\u{1E08F}')
}

pub(super) fn is_cyr_letter(c: char) -> bool {
    is_cyrillic(c) && !is_cyr_mark(c) && c.is_alphabetic()
}

/// Generic combining diacritics that may follow a Cyrillic letter (stress
/// marks, or the breve/diaeresis of a decomposed й/ё).
pub(super) fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}') || is_cyr_mark(c)
}

pub(super) fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'а' | 'е' | 'ё' | 'и' | 'о' | 'у' | 'ы' | 'э' | 'ю' | 'я' | 'і' | 'ї' | 'є' | 'ѣ' | 'ѵ'
    )
}

pub(super) fn is_sign(c: char) -> bool {
    matches!(c, 'ъ' | 'ь')
}

pub(super) fn is_consonant(c: char) -> bool {
    is_cyr_letter(c) && !is_vowel(c) && !is_sign(c) && c != 'й'
}

/// The apostrophes that Ukrainian and Belarusian write inside a word (Знам'янка, Вераб'ёва).
pub(super) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2BC}')
}

/// The letters that every Latin system of Ukrainian and Belarusian (and their press
/// transcriptions) writes alike: а б д к л м н о п р с т ф as a b d k l m n o p r s t f.
pub(super) fn plain_east_slavic(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'д' => "d",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'ф' => "f",
        _ => return None,
    })
}

pub(super) fn lower(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

/// Decomposed й, ё, ї, ў: a base letter followed by the combining mark that
/// makes it another letter of the alphabet.
pub(super) fn compose(base: char, mark: char) -> Option<char> {
    match (base, mark) {
        ('и', '\u{0306}') => Some('й'),
        ('е', '\u{0308}') => Some('ё'),
        ('і', '\u{0308}') => Some('ї'),
        ('у', '\u{0306}') => Some('ў'),
        _ => None,
    }
}

/// One Cyrillic letter of a word, lower-cased, with the facts the schemes need.
#[derive(Clone, Copy, Debug)]
pub(super) struct Unit {
    pub(super) c: char,
    pub(super) upper: bool,
    /// A combining acute (U+0301) follows: the Russian stress mark.
    pub(super) stress: bool,
    /// Byte range in the input of the combining marks after the letter that
    /// were not used to compose it; they are re-emitted after its Latin form.
    pub(super) marks: (usize, usize),
}

fn at(w: &[Unit], i: usize) -> Option<char> {
    w.get(i).map(|u| u.c)
}

pub(super) fn prev(w: &[Unit], i: usize) -> Option<char> {
    if i == 0 {
        None
    } else {
        at(w, i - 1)
    }
}

pub(super) fn next(w: &[Unit], i: usize) -> Option<char> {
    at(w, i + 1)
}

pub(super) fn next2(w: &[Unit], i: usize) -> Option<char> {
    at(w, i + 2)
}

pub(super) fn is_last(w: &[Unit], i: usize) -> bool {
    i + 1 == w.len()
}

/// Word start, or after a vowel or a hard/soft sign: the position where the
/// iotated vowels е ё ю я are pronounced with a [j] onset.
pub(super) fn iot_ctx(p: Option<char>) -> bool {
    p.is_none_or(|q| is_vowel(q) || is_sign(q))
}

pub(super) fn word_ends(w: &[Unit], tail: &[char]) -> bool {
    w.len() >= tail.len()
        && w[w.len() - tail.len()..]
            .iter()
            .zip(tail)
            .all(|(u, &t)| u.c == t)
}

#[cfg(test)]
/// No Cyrillic character in `s`: what every scheme promises.
pub(super) fn no_cyrillic(s: &str) -> bool {
    !s.chars().any(is_cyrillic)
}
