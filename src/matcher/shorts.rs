//! Implied short forms (issue 14 §5): a person's surname alone refers to that person after a full
//! mention in the same document, without the glossary listing it.
//!
//! The surname is the first word of a Korean or Chinese name and the last word of any other, in
//! every spelling the entry has (canonical, listed, native and generated, the grammatical cases of
//! the Cyrillic ones included): `Sobyanin`, `Sobjanin`, `Собянин`, `Собянина`, `Kim`, `Gim`, `김`.
//! A Korean name written in Hangul as one word gives its surname by the Korean module's rule
//! (`이재명` → `이`). One Chinese character is never a surname alone here: in Chinese text it is
//! mostly part of another word. A one-syllable Hangul surname counts in text only before a title
//! (`이 대통령은`, `리총리`; see [`super::scan`]).
//!
//! Where the matcher resolves them ([`super::resolve`]), implied and listed short forms obey the
//! same rules: only after a full mention of one of their entries, never when two entries of the
//! document share them, and never when another person of that surname is named in the document
//! (`Akhmat Kadyrov` after `Ramzan Kadyrov`: the scan marks a surname after a given name it does
//! not know as such a rival).

use super::index::SpellingSource;
use crate::fold::{script_of, Script};
use crate::glossary::{Entry, Kind};
use crate::translit::hangul;

/// Separators between the parts of a name in a CJK script: the middle dots of Chinese and Korean
/// (`谢尔盖·索比亚宁`) and the katakana middle dot (`セルゲイ・ソビャニン`).
const PART_DOTS: &[char] = &['·', '•', '・', '‧', '･'];

/// Is the surname written first in names of this entry's language (Chinese, Korean)?
fn surname_first(entry: &Entry) -> bool {
    matches!(entry.lang.split('-').next(), Some("ko" | "zh"))
}

/// The surname of one spelling of a person's name, when the spelling has one apart from the rest.
fn surname_of(spelling: &str, first: bool) -> Option<&str> {
    let script = spelling.chars().find_map(|c| match script_of(c) {
        Script::Other => None,
        s => Some(s),
    })?;
    if spelling.contains(',') {
        return None;
    }
    let words: Vec<&str> = spelling
        .split(|c: char| c.is_whitespace() || PART_DOTS.contains(&c))
        .filter(|w| !w.is_empty())
        .collect();
    let word = match words.len() {
        0 => return None,
        // One word: a Korean name in Hangul splits into surname and given name.
        1 if first && script == Script::Hangul => return hangul::surname_of(words[0]),
        1 => return None,
        _ if first => words[0],
        _ => *words.last()?,
    };
    let chars = word.chars().count();
    let ok = match script {
        Script::Hangul => chars >= 1 && word.chars().all(|c| script_of(c) == Script::Hangul),
        // Latin and Cyrillic surnames are capitalised words of two letters or more.
        Script::Latin | Script::Cyrillic => {
            chars >= 2 && word.chars().next().is_some_and(char::is_uppercase)
        }
        Script::Han | Script::Kana => chars >= 2,
        Script::Other => false,
    };
    ok.then_some(word)
}

/// The implied short forms of `entry` from its spellings `listed` (listed and generated, as the
/// index takes them): each surname once per fold, none that is a spelling of the entry itself.
pub(super) fn implied<'a>(
    entry: &Entry,
    listed: impl Iterator<Item = (&'a str, SpellingSource)>,
) -> Vec<String> {
    if entry.kind != Kind::Person || !entry.implied_shorts {
        return Vec::new();
    }
    let first = surname_first(entry);
    let mut seen = rustc_hash::FxHashSet::default();
    // A given name is never the surname, whatever order a spelling has.
    if !first {
        for s in std::iter::once(&entry.canonical).chain(&entry.native) {
            if let Some(given) = s.split_whitespace().next() {
                if s.split_whitespace().nth(1).is_some() {
                    seen.insert(crate::fold(given));
                }
            }
        }
    }
    let mut out = Vec::new();
    for (text, source) in listed {
        if matches!(
            source,
            SpellingSource::Short
                | SpellingSource::Generated("word-order" | "surname-first" | "rule:given-first")
        ) {
            continue;
        }
        // A Korean or Chinese name in a Latin spelling with a given name first is no source of
        // the surname: that is the `word-order` label alone; Cyrillic case forms of an East Asian
        // name decline the last word, so the first stays the surname.
        if let Some(s) = surname_of(text, first) {
            if seen.insert(crate::fold(s)) {
                out.push(s.to_string());
            }
        }
    }
    out
}

/// Titles and honorifics written capitalised before a surname, in the languages whose text names
/// people so: English (Mr, Mrs, Ms, Dr; *Chicago Manual of Style* 8.21–8.32 on titles before
/// names), German (Herr, Frau), French (M., Mme, Mlle), Spanish (Sr., Sra., Don, Doña), Polish
/// (Pan, Pani), and offices written before a name. A capitalised word before a surname that is
/// none of these, and does not open a sentence, is taken for a given name: another person's.
/// Lower case, sorted.
#[rustfmt::skip]
static TITLES: &[&str] = &[
    "chairman", "chancellor", "comrade", "don", "doña", "dr", "frau", "general", "genosse",
    "governor", "herr", "kanzler", "leader", "m", "madame", "mayor", "minister", "mlle", "mme",
    "monsieur", "mr", "mrs", "ms", "pan", "pani", "premier", "president", "presidente", "prof",
    "professor", "präsident", "président", "secretary", "senator", "señor", "señora", "sr", "sra",
];

/// Articles and contractions of article and preposition: a name is not written after them, an
/// ordinary noun is (`im Park`, `the Han Chinese`, `the Qin dynasty`). Lower case, sorted.
#[rustfmt::skip]
static ARTICLES: &[&str] = &[
    "a", "am", "an", "au", "aux", "beim", "das", "dem", "den", "der", "des", "die", "du", "ein",
    "eine", "einem", "einen", "einer", "el", "im", "la", "las", "le", "les", "los", "the", "un",
    "una", "une", "vom", "zum", "zur",
];

/// What comes before a short form at byte `start` of `text` makes it no mention of a glossary
/// person: `Some(true)` when a given name stands right before it (another person of that
/// surname: a rival for the rest of the document), `Some(false)` after an article (an ordinary
/// noun), `None` when nothing speaks against it.
pub(super) fn before_short(text: &str, start: usize) -> Option<bool> {
    let before = &text[..start];
    // A given name joined by a middle dot (`艾哈迈德·卡德罗夫`, `アフマト・カディロフ`).
    if let Some(rest) = before.strip_suffix(PART_DOTS) {
        if rest.chars().next_back().is_some_and(char::is_alphabetic) {
            return Some(true);
        }
    }
    let trimmed = before.trim_end_matches([' ', '\u{a0}']);
    // An initial (`А. Медведев`) that the initials of the entry did not match: another person.
    // `M.` is the French `Monsieur` (`M. Poutine`).
    if let Some(rest) = trimmed.strip_suffix('.') {
        let mut back = rest.chars().rev();
        if let (Some(c), None | Some(' ' | '\u{a0}' | '\n')) = (back.next(), back.next()) {
            if c.is_uppercase() && c != 'M' && trimmed.len() < before.len() {
                return Some(true);
            }
        }
    }
    if trimmed.len() == before.len() {
        // Glued to what precedes it, or at the start.
        return None;
    }
    // After punctuation (the end of a sentence, `Mr.`, a comma) nothing speaks against it.
    let word_start = last_word_start(trimmed);
    let word = &trimmed[word_start..];
    let first = word.chars().next()?;
    if !first.is_alphabetic() {
        return None;
    }
    let lower = word.to_lowercase();
    if ARTICLES.binary_search(&lower.as_str()).is_ok() {
        return Some(false);
    }
    if first.is_lowercase() && attributive_after_article(&trimmed[..word_start], &lower) {
        return Some(false);
    }
    if !first.is_uppercase()
        || TITLES.binary_search(&lower.as_str()).is_ok()
        || word
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
    {
        return None;
    }
    // A capitalised word that opens a sentence is no given name.
    (!opens_sentence(trimmed, word_start)).then_some(true)
}

/// Does the word at byte `at` of `text` open a sentence (nothing but space between it and the
/// text's start or a sentence's punctuation)?
pub(super) fn opens_sentence(text: &str, at: usize) -> bool {
    text[..at]
        .trim_end()
        .chars()
        .next_back()
        .is_none_or(|c| ".!?…:;\"“”«»„()[]—–\n".contains(c))
}

/// The word right before byte `start` of `text`, after spaces (with where it starts), or `None`
/// when something else stands there (punctuation, a line start, nothing). However many spaces
/// stand between (`김정은   Jong`): what a replacement puts before them is read the same.
pub(super) fn word_before(text: &str, start: usize) -> Option<(usize, &str)> {
    let before = text[..start].trim_end_matches([' ', '\u{a0}']);
    if before.len() == start {
        return None;
    }
    let word_start = last_word_start(before);
    let word = &before[word_start..];
    (!word.is_empty()).then_some((word_start, word))
}

/// Where the last word of `s` starts (letters, digits and hyphens); `s.len()` when `s` ends in
/// anything else.
pub(super) fn last_word_start(s: &str) -> usize {
    s.char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '-'))
        .map_or(0, |(b, c)| b + c.len_utf8())
}

/// German articles, before which an inflected adjective makes the next capitalised word a noun
/// of the noun phrase (`ein einfaches Ding`, `das alte Han`). Lower case, sorted.
#[rustfmt::skip]
static GERMAN_ARTICLES: &[&str] = &[
    "das", "dem", "den", "der", "des", "die", "ein", "eine", "einem", "einen", "einer", "eines",
];

/// Is `adjective` (lower case), right before a short form, a German attributive adjective after
/// an article (`before` is the text before it)? German capitalises every noun, so `ein einfaches
/// Ding` is a noun phrase and no surname; the adjective takes one of the endings of the strong,
/// weak and mixed declensions (-e, -em, -en, -er, -es: Duden-Grammatik, Adjektivflexion).
fn attributive_after_article(before: &str, adjective: &str) -> bool {
    const ENDINGS: [&str; 5] = ["e", "em", "en", "er", "es"];
    if adjective.chars().count() < 3 || !ENDINGS.iter().any(|e| adjective.ends_with(e)) {
        return false;
    }
    let before = before.trim_end_matches([' ', '\u{a0}']);
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(b, c)| b + c.len_utf8());
    let article = before[start..].to_lowercase();
    start < before.len() && GERMAN_ARTICLES.binary_search(&article.as_str()).is_ok()
}

/// A short form that a hyphen joins to a word (`Han-Chinesen`) is part of a compound.
pub(super) fn after_short(text: &str, end: usize) -> bool {
    text[end..]
        .strip_prefix(['-', '‐', '‑'])
        .is_some_and(|rest| rest.chars().next().is_some_and(char::is_alphabetic))
}

/// A short form that a middle dot joins to a following word (`ユン・ソンニョル`, `金·正恩`) is the
/// first part of a longer name, written otherwise than the entry's spellings: no surname alone.
pub(super) fn dotted_after(text: &str, end: usize) -> bool {
    text[end..]
        .strip_prefix(PART_DOTS)
        .is_some_and(|rest| rest.chars().next().is_some_and(char::is_alphabetic))
}

/// English interjections that are also romanised surnames (Korean 오 Oh, 하 Ha, 어 Eo; Chinese
/// 何 Ho in Wade–Giles): *The Cambridge Grammar of the English Language* (Huddleston & Pullum
/// 2002, ch. 9 §6, and ch. 15 on interjections as clause fragments). Lower case, sorted.
#[rustfmt::skip]
static INTERJECTIONS: &[&str] = &[
    "ah", "aha", "eh", "er", "ha", "hey", "ho", "huh", "oh", "oho", "ooh", "uh", "wow", "yo",
];

/// Is the short form at `start..end` of `text` an interjection: a word of [`INTERJECTIONS`]
/// followed by a comma or an exclamation mark (`"Oh, it's a long campaign"`, `Ha!`)? A surname
/// that opens a sentence is followed by its verb, not by a comma.
pub(super) fn interjection(text: &str, start: usize, end: usize) -> bool {
    // What follows first: it rules out nearly every word. None is longer than three letters,
    // and a lowercase is never shorter than its word.
    if !text[end..].starts_with([',', '!', '\u{ff0c}', '\u{ff01}'])
        || text[start..end].chars().nth(3).is_some()
    {
        return false;
    }
    let word = text[start..end].to_lowercase();
    INTERJECTIONS.binary_search(&word.as_str()).is_ok()
}

/// Does a capitalised word (of a cased script) follow byte `end` of `text` after a space, or a
/// word of Hangul or Han characters (which a replacement may turn into a capitalised name: the
/// surname before it is read alike before and after normalising)?
pub(super) fn capitalised_after(text: &str, end: usize) -> bool {
    let after = &text[end..];
    let rest = after.trim_start_matches([' ', '\u{a0}']);
    rest.len() < after.len()
        && rest.chars().next().is_some_and(|c| {
            c.is_uppercase()
                || matches!(
                    crate::fold::classify(c),
                    crate::fold::CharClass::Hangul | crate::fold::CharClass::Ideograph
                )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted() {
        assert!(TITLES.windows(2).all(|w| w[0] < w[1]));
        assert!(ARTICLES.windows(2).all(|w| w[0] < w[1]));
        assert!(INTERJECTIONS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn surnames_by_order() {
        assert_eq!(surname_of("Sergei Sobyanin", false), Some("Sobyanin"));
        assert_eq!(surname_of("Сергея Собянина", false), Some("Собянина"));
        assert_eq!(surname_of("Kim Jong Un", true), Some("Kim"));
        assert_eq!(surname_of("이재명", true), Some("이"));
        assert_eq!(surname_of("세르게이 소뱌닌", false), Some("소뱌닌"));
        assert_eq!(surname_of("谢尔盖·索比亚宁", false), Some("索比亚宁"));
        assert_eq!(surname_of("李克强", true), None);
        assert_eq!(surname_of("Moscow", false), None);
        assert_eq!(surname_of("Kim, Jong-un", true), None);
    }

    /// Where `w` first stands in `t`.
    fn at_in(t: &str, w: &str) -> usize {
        t.find(w).unwrap()
    }

    #[test]
    fn what_stands_before() {
        let t = "He met Akhmat Kadyrov. Mr Kadyrov and the Han. Kadyrov";
        let at = |w: &str| t.find(w).unwrap();
        assert_eq!(before_short(t, at("Kadyrov.")), Some(true));
        assert_eq!(before_short(t, at("Kadyrov and")), None);
        assert_eq!(before_short(t, at("Han")), Some(false));
        assert_eq!(before_short(t, t.rfind("Kadyrov").unwrap()), None);
        assert_eq!(before_short("Zdaniem Kliczki", 8), None);
        assert_eq!(before_short("Но А. Медведев", "Но А. ".len()), Some(true));
        assert_eq!(before_short("M. Poutine", 3), None);
        // An inflected adjective after a German article: a noun phrase.
        let t = "Ein einfaches Ding. Dass Ding kam. Er sagte, einfaches Ding. Die Sache mit Ding.";
        assert_eq!(before_short(t, at_in(t, "Ding.")), Some(false));
        assert_eq!(before_short(t, at_in(t, "Ding kam")), None);
        assert_eq!(before_short(t, at_in(t, "Ding. Die")), None);
        assert_eq!(before_short(t, t.rfind("Ding").unwrap()), None);
        assert!(after_short("Han-Chinesen", 3));
        assert!(dotted_after("ユン・ソンニョル", "ユン".len()));
        assert!(!dotted_after("ユン氏", "ユン".len()));
        let t = "\"Oh, it is long,\" he said. Oh is a contender. Oh! Ohs,";
        assert!(interjection(t, 1, 3));
        assert!(!interjection(t, at_in(t, "Oh is"), at_in(t, "Oh is") + 2));
        assert!(interjection(t, at_in(t, "Oh!"), at_in(t, "Oh!") + 2));
        assert!(!after_short("Han said", 3));
    }
}
