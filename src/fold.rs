//! Unicode folding for matching.
//!
//! Every spelling in a glossary and every token of the input text goes through the same fold, so that
//! "Kim Jong-Un", "KIM JONG UN" and "Kim Chŏng-ŭn" meet on the same key: Unicode compatibility
//! normalisation (NFKC/NFKD), full case folding, diacritics removed from Latin, Greek and Cyrillic letters
//! (except Cyrillic й, a letter of its own), and every apostrophe-like and hyphen-like character treated
//! as a separator. Hangul syllables, Han ideographs and kana are kept whole: decomposing them would
//! change the letter, not strip an accent.
//!
//! The module also classifies characters for the tokenizer (word characters, joiners between the parts
//! of a name, hard breaks) and derives glossary ids from canonical forms.

use unicode_normalization::char::{decompose_canonical, decompose_compatible};

/// What a character is to the tokenizer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CharClass {
    /// A letter or digit of a space-separated script (Latin, Cyrillic, Greek, ...), or a combining mark.
    Word,
    /// A Hangul syllable or jamo: words are runs, a name may be followed by a particle.
    Hangul,
    /// A Han ideograph or kana: unsegmented text, every character is its own token.
    Ideograph,
    /// White space: may sit between the parts of a name.
    Space,
    /// Apostrophe-like or hyphen-like: may sit between or inside the parts of a name.
    Joiner,
    /// Anything else (punctuation, symbols): ends a name.
    Break,
}

/// Is `c` an apostrophe-like character (ASCII and typographic apostrophes, the modifier letters used
/// by romanisation systems for aspiration and the Russian soft and hard signs, primes, backtick)?
pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '`'
            | '\u{00B4}' // acute accent
            | '\u{02B9}' // modifier letter prime (ISO 9 / ALA-LC soft sign)
            | '\u{02BA}' // modifier letter double prime (hard sign)
            | '\u{02BB}' // modifier letter turned comma
            | '\u{02BC}' // modifier letter apostrophe
            | '\u{02BD}'
            | '\u{02C8}' // modifier letter vertical line
            | '\u{2018}'
            | '\u{2019}'
            | '\u{201B}'
            | '\u{2032}' // prime
            | '\u{2033}' // double prime
            | '\u{FF07}' // fullwidth apostrophe
    )
}

/// Is `c` a hyphen-like character (hyphens, the figure and en dashes, minus signs, soft hyphen), a
/// name-internal dot (the middle dots and the bullet that separate the parts of a transcribed
/// foreign name in Chinese and Japanese: 谢尔盖·索比亚宁, 谢尔盖•索比亚宁, セルゲイ・ソビャニン) or
/// the katakana prolonged sound mark (ー: Japanese marks the long vowels of a foreign name
/// inconsistently, ソビャーニン and ソビャニン, so the mark is dropped like a diacritic)?
pub(crate) fn is_hyphen(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{00AD}' // soft hyphen
            | '\u{00B7}' // middle dot
            | '\u{2022}' // bullet
            | '\u{30FC}' // katakana-hiragana prolonged sound mark
            | '\u{FF70}' // its halfwidth form
            | '\u{2010}'
            ..='\u{2013}'
            | '\u{2027}' // hyphenation point
            | '\u{2043}' // hyphen bullet
            | '\u{2212}' // minus sign
            | '\u{30FB}' // katakana middle dot
            | '\u{FE58}'
            | '\u{FE63}'
            | '\u{FF0D}'
            | '\u{FF65}'
    )
}

/// Is `c` a dash that sets off a clause (em dash, horizontal bar)? Never inside a name: it breaks
/// one ("Punggye — Li said" is not Punggye-ri), and it folds to nothing like a hyphen.
pub(crate) fn is_dash(c: char) -> bool {
    matches!(c, '\u{2014}' | '\u{2015}')
}

/// Is `c` a combining mark that can follow a letter inside a word? One with no letter before it
/// ("-\u{301}-", "\u{301}Kim") starts no word: it folds to nothing and is part of the gap, which
/// it breaks (a name does not run across it), both in [`spelling_key`] and in the matcher's
/// tokenizer.
pub(crate) fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0489}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}'
        | '\u{3099}'..='\u{309A}')
}

/// The writing system of a character, as far as canonym tells them apart: the scripts of the
/// languages it transliterates and the two they are matched in. One definition for the whole crate:
/// the tokenizer, the transliteration modules and the generation of spellings all ask [`script_of`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Script {
    /// A letter of the Latin blocks.
    Latin,
    /// A letter or mark of the Cyrillic blocks.
    Cyrillic,
    /// A Hangul syllable or jamo.
    Hangul,
    /// A Han ideograph.
    Han,
    /// Hiragana or katakana.
    Kana,
    /// Anything else: digits, punctuation, symbols, spaces, Greek and every other script.
    Other,
}

/// The script of `c` (see [`Script`]), by Unicode block:
///
/// - **Latin**: the ASCII letters, the letters of Latin-1, Latin Extended-A and -B, the IPA
///   Extensions, Latin Extended Additional, -C, -D and -E, the Latin ligatures and the fullwidth
///   Latin letters.
/// - **Cyrillic**: every Cyrillic block: Cyrillic (U+0400–04FF), the Cyrillic Supplement
///   (U+0500–052F: Komi, Abkhaz, Chuvash... letters) and Cyrillic Extended-A to -D (combining
///   letters, historic and phonetic letters). Russian, Ukrainian and Belarusian are written with
///   U+0400–04FF alone, so counting the Supplement and the Extended blocks changes nothing for them;
///   they count because they are Cyrillic letters all the same: a transliteration must not let one
///   through, and a spelling that holds one is not a romanisation.
/// - **Hangul**: precomposed syllables, conjoining jamo (and their Extended-A and -B blocks) and
///   the compatibility jamo.
/// - **Han**: the CJK Unified Ideographs, Extension A, Extensions B–I (U+20000–323AF), the
///   compatibility ideographs and their supplement, U+3005 (々, the iteration mark) and U+3007
///   (〇, the ideographic zero): the characters of Unicode's Han script that are ideographs.
/// - **Kana**: hiragana and katakana (U+3040–30FF), the Katakana Phonetic Extensions (U+31F0–31FF)
///   and the halfwidth katakana (U+FF66–FF9F), but not the katakana middle dots U+30FB and U+FF65
///   (・ ･, which separate the parts of a foreign name and are hyphens to [`is_hyphen`]); the
///   voiced-sound marks (U+3099–309A, U+FF9E–FF9F) are in those blocks and count as kana.
pub(crate) fn script_of(c: char) -> Script {
    match c {
        'a'..='z' | 'A'..='Z' => Script::Latin,
        '\0'..='\u{7F}' => Script::Other,
        '\u{00AA}' | '\u{00BA}' | '\u{00C0}'..='\u{00D6}' | '\u{00D8}'..='\u{00F6}' => {
            Script::Latin
        }
        '\u{00F8}'..='\u{02AF}'
        | '\u{1E00}'..='\u{1EFF}'
        | '\u{2C60}'..='\u{2C7F}'
        | '\u{A720}'..='\u{A7FF}'
        | '\u{AB30}'..='\u{AB6F}'
        | '\u{FB00}'..='\u{FB06}'
        | '\u{FF21}'..='\u{FF3A}'
        | '\u{FF41}'..='\u{FF5A}' => Script::Latin,
        '\u{0400}'..='\u{052F}'
        | '\u{1C80}'..='\u{1C8F}'
        | '\u{2DE0}'..='\u{2DFF}'
        | '\u{A640}'..='\u{A69F}'
        | '\u{1E030}'..='\u{1E08F}' => Script::Cyrillic,
        '\u{AC00}'..='\u{D7A3}'
        | '\u{1100}'..='\u{11FF}'
        | '\u{3130}'..='\u{318F}'
        | '\u{A960}'..='\u{A97F}'
        | '\u{D7B0}'..='\u{D7FF}' => Script::Hangul,
        '\u{3005}'
        | '\u{3007}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{323AF}' => Script::Han,
        '\u{3040}'..='\u{30FA}'
        | '\u{30FC}'..='\u{30FF}'
        | '\u{31F0}'..='\u{31FF}'
        | '\u{FF66}'..='\u{FF9F}' => Script::Kana,
        _ => Script::Other,
    }
}

/// Is `c` a Hangul syllable or jamo?
pub(crate) fn is_hangul(c: char) -> bool {
    script_of(c) == Script::Hangul
}

/// Classify one character for the tokenizer.
#[inline]
pub(crate) fn classify(c: char) -> CharClass {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => CharClass::Word,
        '\'' | '`' | '-' => CharClass::Joiner,
        ' ' | '\t' | '\n' | '\r' | '\x0B' | '\x0C' => CharClass::Space,
        '\0'..='\x7f' => CharClass::Break,
        _ => classify_wide(c),
    }
}

/// [`classify`] of a character outside ASCII.
fn classify_wide(c: char) -> CharClass {
    if ('\u{0400}'..='\u{045F}').contains(&c) {
        // The Cyrillic letters of Russian, Ukrainian, Belarusian, Serbian...: the commonest
        // characters outside ASCII in a glossary with native forms, so ahead of the table tests.
        return CharClass::Word;
    }
    if matches!(c, '\u{30FC}' | '\u{FF70}') {
        // Kana by its block, a joiner to names (see `is_hyphen`).
        return CharClass::Joiner;
    }
    match script_of(c) {
        Script::Hangul => return CharClass::Hangul,
        Script::Han | Script::Kana => return CharClass::Ideograph,
        _ => {}
    }
    if is_apostrophe(c) || is_hyphen(c) {
        CharClass::Joiner
    } else if c.is_whitespace() {
        CharClass::Space
    } else if c.is_alphanumeric() || is_mark(c) {
        CharClass::Word
    } else {
        CharClass::Break
    }
}

/// Letters that carry no combining mark to strip but still stand for a plain Latin letter
/// (or two): their folds, by the usual Latin-script transliteration conventions.
fn fold_special(c: char) -> Option<&'static str> {
    Some(match c {
        'ß' | 'ẞ' => "ss",
        'ł' | 'Ł' => "l",
        'đ' | 'Đ' | 'ð' | 'Ð' => "d",
        'ø' | 'Ø' => "o",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'þ' | 'Þ' => "th",
        'ħ' | 'Ħ' => "h",
        'ı' => "i",
        'ŀ' | 'Ŀ' => "l",
        'ŧ' | 'Ŧ' => "t",
        'ς' => "σ",
        'й' | 'Й' => "й",
        'ё' | 'Ё' => "е",
        _ => return None,
    })
}

/// Is `c` a letter from whose compatibility decomposition the combining marks should be stripped?
/// Latin, Greek and Cyrillic (and the compatibility forms that decompose to them).
fn strips_marks(c: char) -> bool {
    c < '\u{0530}'
        || matches!(c, '\u{1D00}'..='\u{1FFF}' | '\u{2100}'..='\u{24FF}' | '\u{FB00}'..='\u{FB4F}' | '\u{FF00}'..='\u{FFEF}')
}

/// The fold of a letter of the basic Cyrillic alphabet (А-Я, а-я), whose only decomposing letters
/// (Й, й) [`fold_special`] keeps: its lowercase, found without the case tables (the commonest
/// characters outside ASCII of a glossary with native forms).
#[inline]
fn fold_basic_cyrillic(c: char) -> Option<char> {
    match c {
        '\u{0410}'..='\u{042F}' => char::from_u32(c as u32 + 0x20),
        '\u{0430}'..='\u{044F}' => Some(c),
        _ => None,
    }
}

/// The fold of a Han character: Simplified, traditional and Japanese forms fold alike (溫家寶 =
/// 温家宝; 平壌 = 平壤), as case does.
fn fold_han(c: char) -> char {
    use crate::translit::hanzi::{shinjitai::kyujitai, unihan::simplified_fold};
    simplified_fold(kyujitai(c).unwrap_or(c))
}

/// Append the fold of one character to `out`. Joiners and combining marks fold to nothing.
#[inline]
pub(crate) fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        }
        return;
    }
    if let Some(s) = fold_special(c) {
        out.push_str(s);
        return;
    }
    if let Some(l) = fold_basic_cyrillic(c) {
        out.push(l);
        return;
    }
    if is_mark(c) || is_apostrophe(c) || is_hyphen(c) || is_dash(c) {
        return;
    }
    if is_hangul(c) {
        out.push(c);
        return;
    }
    if ('\u{F900}'..='\u{FAFF}').contains(&c) {
        // CJK compatibility ideographs are canonical duplicates of unified ones.
        decompose_canonical(c, |d| out.push(fold_han(d)));
        return;
    }
    if script_of(c) == Script::Han {
        out.push(fold_han(c));
        return;
    }
    if strips_marks(c) {
        decompose_compatible(c, |d| {
            if is_mark(d) || is_apostrophe(d) || is_hyphen(d) || d.is_whitespace() {
                return;
            }
            if d.is_ascii() {
                if d.is_ascii_alphanumeric() {
                    out.push(d.to_ascii_lowercase());
                }
            } else if let Some(s) = fold_special(d) {
                out.push_str(s);
            } else {
                for l in d.to_lowercase() {
                    if !is_mark(l) {
                        out.push(l);
                    }
                }
            }
        });
        return;
    }
    for l in c.to_lowercase() {
        out.push(l);
    }
}

/// Fold a whole string for matching, dropping separators and punctuation: the key under which a
/// spelling is indexed. `"Kim Jong-Un’s"` and `"kim jongun's"` fold alike.
///
/// ```
/// assert_eq!(canonym::fold("Kim Chŏng-ŭn"), "kimchongun");
/// assert_eq!(canonym::fold("P’YŎNGYANG"), "pyongyang");
/// ```
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// Append the [`fold`] of `s` to `out`.
pub(crate) fn fold_into(s: &str, out: &mut String) {
    for c in s.chars() {
        match classify(c) {
            CharClass::Word | CharClass::Hangul | CharClass::Ideograph => fold_char(c, out),
            _ => {}
        }
    }
}

/// Fold every word of `s` separately (split at spaces, joiners and breaks): the folded tokens of a
/// spelling, used to build language keys and to compare token by token.
pub(crate) fn fold_tokens(s: &str) -> Vec<String> {
    let (mut out, mut ends) = (String::new(), Vec::new());
    fold_tokens_into(s, &mut out, &mut ends);
    let mut start = 0;
    ends.iter()
        .map(|&e| {
            let t = out[start..e].to_string();
            start = e;
            t
        })
        .collect()
}

/// [`fold_tokens`] into one buffer: the tokens are `out[ends[i - 1]..ends[i]]` (the first starts at
/// 0). Both are cleared first.
pub(crate) fn fold_tokens_into(s: &str, out: &mut String, ends: &mut Vec<usize>) {
    out.clear();
    ends.clear();
    // The current token is `out[start..]`; it ends (if not empty) at a boundary.
    let mut start = 0;
    let mut close = |out: &String, start: &mut usize| {
        if out.len() > *start {
            ends.push(out.len());
            *start = out.len();
        }
    };
    if s.is_ascii() {
        // ASCII: the tokens are the runs of letters and digits, lowercased.
        for &b in s.as_bytes() {
            if b.is_ascii_alphanumeric() {
                out.push(char::from(b.to_ascii_lowercase()));
            } else {
                close(out, &mut start);
            }
        }
        close(out, &mut start);
        return;
    }
    let mut prev = CharClass::Break;
    for c in s.chars() {
        let class = classify(c);
        let boundary = match class {
            CharClass::Word | CharClass::Hangul => class != prev,
            CharClass::Ideograph => true,
            _ => {
                close(out, &mut start);
                prev = class;
                continue;
            }
        };
        if boundary {
            close(out, &mut start);
        }
        fold_char(c, out);
        prev = class;
    }
    close(out, &mut start);
}

/// How a spelling splits into words, as [`spelling_key`] finds it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct SpellingKey {
    /// Byte length of the fold of the first word: the key is that fold, then the rest's.
    pub first: usize,
    /// Number of words (a run of one script class, or one ideograph; a run of combining marks
    /// after a change of script is a word that folds to nothing).
    pub words: usize,
    /// The first word is of a space-separated script (not Hangul, not an ideograph) and starts
    /// with a capital.
    pub capitalised: bool,
}

/// The key of a spelling: writes to `key` its fold, word by word with the separators dropped
/// (what [`fold`] gives), and returns where its first word's fold ends. This defines "the same
/// spelling" for the whole program: two spellings are the same when their folds are equal and
/// their first words fold alike ("Kim Jong-un" and "KIM JONGUN"; but "Song Eun Kyung" and
/// "Son Geun Kyung", equal folds split elsewhere, are two names). The matcher's index keys every
/// spelling so, and the glossary refuses two entries that claim the same one.
///
/// The words are those of the matcher's tokenizer: maximal runs of one script class (words of
/// space-separated scripts, Hangul words) and single ideographs, between characters of no class.
///
/// ```text
/// "Kim Jong-un" -> key "kimjongun", first 3, words 3, capitalised
/// "평양에서"      -> key "평양에서", first 12, words 1
/// ```
pub(crate) fn spelling_key(s: &str, key: &mut String) -> SpellingKey {
    key.clear();
    let mut out = SpellingKey::default();
    // The class of the word being folded; `None` between words.
    let mut word: Option<CharClass> = None;
    for c in s.chars() {
        let class = classify(c);
        if !matches!(
            class,
            CharClass::Word | CharClass::Hangul | CharClass::Ideograph
        ) || word.is_none() && is_mark(c)
        {
            word = None;
            continue;
        }
        if word != Some(class) || class == CharClass::Ideograph {
            if out.words == 0 {
                out.capitalised = class == CharClass::Word && c.is_uppercase();
            } else if out.words == 1 {
                out.first = key.len();
            }
            out.words += 1;
            word = Some(class);
        }
        fold_char(c, key);
    }
    if out.words == 1 {
        out.first = key.len();
    }
    out
}

/// Does `s` fold to nothing ([`fold`] of it is empty)? Without building the fold.
pub(crate) fn folds_to_nothing(s: &str) -> bool {
    let mut buf = String::new();
    s.chars().all(|c| match classify(c) {
        CharClass::Word if c.is_ascii() => false,
        CharClass::Word | CharClass::Hangul | CharClass::Ideograph => {
            buf.clear();
            fold_char(c, &mut buf);
            buf.is_empty()
        }
        _ => true,
    })
}

/// Derive an entry id from its canonical form: a lowercase ASCII slug ("Kim Jong Un" -> "kim-jong-un").
/// Returns an empty string when nothing of the canonical form survives in ASCII.
pub fn slug(canonical: &str) -> String {
    let mut out = String::new();
    let mut pending_dash = false;
    let mut buf = String::new();
    for c in canonical.chars() {
        buf.clear();
        fold_char(c, &mut buf);
        let ascii: String = buf.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
        if ascii.is_empty() {
            if !is_mark(c) && !is_apostrophe(c) {
                pending_dash = true;
            }
            continue;
        }
        if pending_dash && !out.is_empty() {
            out.push('-');
        }
        pending_dash = false;
        out.push_str(&ascii);
    }
    out
}

/// Are `a` and `b` equal once every run of white space is taken as one space? Two spellings that
/// differ only there are the same house style (a name broken across lines is not a misspelling).
pub(crate) fn same_modulo_space(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    // Byte by byte while both are ASCII: most pairs that differ do so early.
    let (x, y) = (a.as_bytes(), b.as_bytes());
    let space = |c: u8| matches!(c, b'\t'..=b'\r' | b' ');
    let (mut i, mut j) = (0, 0);
    loop {
        match (x.get(i), y.get(j)) {
            (None, None) => return true,
            (Some(&c), Some(&d)) if c >= 0x80 || d >= 0x80 => break,
            (Some(&c), Some(&d)) if space(c) && space(d) => {
                while x.get(i).is_some_and(|&c| space(c)) {
                    i += 1;
                }
                while y.get(j).is_some_and(|&d| space(d)) {
                    j += 1;
                }
            }
            (Some(&c), Some(&d)) if c == d => {
                i += 1;
                j += 1;
            }
            // What is left of the other may start with non-ASCII white space.
            (Some(&c), None) | (None, Some(&c)) if c >= 0x80 => break,
            _ => return false,
        }
    }
    fn squashed(s: &str) -> impl Iterator<Item = char> + '_ {
        let mut prev_space = false;
        s.chars().filter_map(move |c| {
            let space = c.is_whitespace();
            let keep = !(space && prev_space);
            prev_space = space;
            keep.then_some(if space { ' ' } else { c })
        })
    }
    squashed(a).eq(squashed(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The quick paths for Cyrillic ([`classify_wide`], [`fold_basic_cyrillic`]) give what the
    /// general rules give: a word character; the letter without marks, lowercased (й kept).
    #[test]
    fn basic_cyrillic_takes_the_quick_path_to_the_same_fold() {
        use unicode_normalization::UnicodeNormalization;
        for c in '\u{0400}'..='\u{045F}' {
            assert!(c.is_alphabetic() && !is_mark(c) && !is_apostrophe(c) && !is_hyphen(c));
            assert_eq!(classify(c), CharClass::Word, "{c}");
        }
        for c in '\u{0410}'..='\u{044F}' {
            let mut out = String::new();
            fold_char(c, &mut out);
            let general: String = if matches!(c, 'й' | 'Й') {
                "й".into()
            } else {
                c.to_string()
                    .nfkd()
                    .filter(|&d| !is_mark(d))
                    .flat_map(char::to_lowercase)
                    .collect()
            };
            assert_eq!(out, general, "{c}");
        }
    }

    #[test]
    fn separators_and_case_fold_away() {
        for s in [
            "Kim Jong Un",
            "Kim Jong-un",
            "Kim Jong-Un",
            "KIM JONG UN",
            "Kim Jongun",
            "Kim  Jong\nUn",
        ] {
            assert_eq!(fold(s), "kimjongun", "{s}");
        }
    }

    #[test]
    fn diacritics_are_stripped_from_latin() {
        assert_eq!(fold("Kim Chŏng-ŭn"), "kimchongun");
        assert_eq!(fold("Władysław Łódź"), "wladyslawlodz");
        assert_eq!(fold("Mikhaïl Gorbatchev"), "mikhailgorbatchev");
        assert_eq!(fold("Xí Jìnpíng"), "xijinping");
        assert_eq!(fold("Straße"), "strasse");
    }

    #[test]
    fn apostrophes_of_every_kind_are_separators() {
        for s in [
            "P'yŏngyang",
            "P’yŏngyang",
            "Pʼyŏngyang",
            "P`yongyang",
            "Pyong-yang",
            "Pyong‐yang",
        ] {
            assert_eq!(fold(s), "pyongyang", "{s}");
        }
    }

    #[test]
    fn native_scripts_are_kept_whole() {
        assert_eq!(fold("김정은"), "김정은");
        // Han characters fold to their simplified forms: 習 is 习.
        assert_eq!(fold("習近平"), "习近平");
        assert_eq!(fold("溫家寶"), fold("温家宝"));
        assert_eq!(fold("尹錫悦"), fold("尹錫悅"));
        // Katakana keeps its letters; the prolonged sound mark and the middle dots fold away.
        assert_eq!(fold("ソビャーニン"), fold("ソビャニン"));
        assert_eq!(fold("谢尔盖•索比亚宁"), fold("谢尔盖・索比亚宁"));
        assert_eq!(fold("Хрущёв"), "хрущев");
        assert_eq!(fold("Андрей"), "андрей");
        assert_eq!(fold("ＫＩＭ"), "kim");
        assert_eq!(fold("ガ"), "ガ");
    }

    #[test]
    fn scripts_by_block() {
        // One character from each edge of every range, and neighbours that are not in it.
        let table: &[(char, Script)] = &[
            ('a', Script::Latin),
            ('Z', Script::Latin),
            ('7', Script::Other),
            ('é', Script::Latin),
            ('×', Script::Other),
            ('ŏ', Script::Latin),
            ('ɐ', Script::Latin),
            ('ʹ', Script::Other),
            ('ẞ', Script::Latin),
            ('Ｋ', Script::Latin),
            ('α', Script::Other),
            ('Ѐ', Script::Cyrillic),
            ('ж', Script::Cyrillic),
            ('ї', Script::Cyrillic),
            ('ў', Script::Cyrillic),
            ('\u{04FF}', Script::Cyrillic),
            ('\u{0500}', Script::Cyrillic),
            ('\u{052F}', Script::Cyrillic),
            ('\u{0530}', Script::Other),
            ('\u{2DE0}', Script::Cyrillic),
            ('\u{A640}', Script::Cyrillic),
            ('가', Script::Hangul),
            ('힣', Script::Hangul),
            ('\u{1100}', Script::Hangul),
            ('ㄱ', Script::Hangul),
            ('一', Script::Han),
            ('\u{9FFF}', Script::Han),
            ('㐀', Script::Han),
            ('\u{F900}', Script::Han),
            ('\u{20000}', Script::Han),
            ('々', Script::Han),
            ('〇', Script::Han),
            ('\u{2F800}', Script::Han),
            ('\u{323AF}', Script::Han),
            ('\u{2E80}', Script::Other),
            ('ぁ', Script::Kana),
            ('ア', Script::Kana),
            ('ー', Script::Kana),
            ('\u{3099}', Script::Kana),
            ('・', Script::Other),
            ('ㇰ', Script::Kana),
            ('ｱ', Script::Kana),
            ('ﾞ', Script::Kana),
            ('･', Script::Other),
            ('。', Script::Other),
            (' ', Script::Other),
            ('\u{3000}', Script::Other),
        ];
        for &(c, script) in table {
            assert_eq!(script_of(c), script, "{c:?} U+{:04X}", c as u32);
        }
    }

    #[test]
    fn nothing_to_fold() {
        for s in [
            "",
            " - ",
            "'",
            "\u{301}",
            "\u{301}-",
            "·",
            "a",
            "9",
            "é",
            "\u{301}é",
            "김",
            "习",
            "—x",
        ] {
            assert_eq!(folds_to_nothing(s), fold(s).is_empty(), "{s:?}");
        }
    }

    #[test]
    fn tokens_split_at_scripts_and_separators() {
        assert_eq!(fold_tokens("Kim Jong-un’s"), ["kim", "jong", "un", "s"]);
        assert_eq!(fold_tokens("习近平会见"), ["习", "近", "平", "会", "见"]);
        assert_eq!(fold_tokens("평양에서 Pyongyang"), ["평양에서", "pyongyang"]);
        // The ASCII path and the general one split alike.
        assert_eq!(
            fold_tokens("Kim Jong-un's, 2nd"),
            ["kim", "jong", "un", "s", "2nd"]
        );
        assert_eq!(
            fold_tokens("Kim Jong-un's, 2é"),
            ["kim", "jong", "un", "s", "2e"]
        );
        assert_eq!(fold_tokens(" -- "), Vec::<String>::new());
        assert_eq!(fold_tokens("a\u{301}b Ŏ"), ["ab", "o"]);
    }

    #[test]
    fn spelling_keys_are_the_fold_split_after_the_first_word() {
        // The tokenizer's words (matcher/tokens.rs): runs of one script class, single
        // ideographs; (spelling, key, first, words, capitalised).
        for (s, key, first, words, capitalised) in [
            ("Kim Jong-un", "kimjongun", 3, 3, true),
            ("KIM  JONGUN", "kimjongun", 3, 2, true),
            ("kim jong un", "kimjongun", 3, 3, false),
            ("Song Eun Kyung", "songeunkyung", 4, 3, true),
            ("Son Geun Kyung", "songeunkyung", 3, 3, true),
            ("Chŏng", "chong", 5, 1, true),
            ("Ёлкин", "елкин", 10, 1, true),
            ("평양에서", "평양에서", 12, 1, false),
            ("习近平", "习近平", 3, 3, false),
            ("김정은 Kim", "김정은kim", 9, 2, false),
            ("Kim김정은", "kim김정은", 3, 2, true),
            ("O'Neil 2", "oneil2", 1, 3, true),
            // A combining mark after a change of script is a word of its own that folds to
            // nothing; inside a word it folds away.
            ("김\u{301}", "김", 3, 2, false),
            ("a\u{301}b Ŏ", "abo", 2, 2, false),
            ("", "", 0, 0, false),
            (" -- ", "", 0, 0, false),
        ] {
            let mut k = String::new();
            let got = spelling_key(s, &mut k);
            assert_eq!(
                (k.as_str(), got.first, got.words, got.capitalised),
                (key, first, words, capitalised),
                "{s:?}"
            );
            assert_eq!(k, fold(s), "{s:?}");
        }
        // A combining accent after a word folds away with it.
        for s in [
            "Kim Jong-un",
            "KIM  JONGUN",
            "Hwang Sook-un",
            "O'Neil 2",
            "x",
        ] {
            let (mut a, mut b) = (String::new(), String::new());
            let accented = format!("{s}\u{301}");
            assert_eq!(
                spelling_key(s, &mut a),
                spelling_key(&accented, &mut b),
                "{s}"
            );
            assert_eq!(a, b, "{s}");
        }
    }

    #[test]
    fn white_space_runs_are_equal() {
        assert!(same_modulo_space("Kim  Jong\nUn", "Kim Jong Un"));
        assert!(!same_modulo_space("Kim Jong-Un", "Kim Jong Un"));
        assert!(!same_modulo_space("KimJong Un", "Kim Jong Un"));
        assert!(!same_modulo_space("Kim Jong Un ", "Kim Jong Un"));
        assert!(!same_modulo_space("Kim Jong Un", "Kim Jong Un\t"));
        assert!(same_modulo_space("Kim\u{a0}Jong Un", "Kim Jong Un"));
        assert!(same_modulo_space(
            "Kim Jong Un",
            "Kim\u{3000}\u{3000}Jong Un"
        ));
        assert!(!same_modulo_space("Kim Jong Un\u{a0}", "Kim Jong Un"));
        assert!(same_modulo_space("김정은", "김정은"));
        assert!(!same_modulo_space("김정은", "김정일"));
    }

    #[test]
    fn slugs_are_ascii() {
        assert_eq!(slug("Kim Jong Un"), "kim-jong-un");
        assert_eq!(slug("Xi'an"), "xian");
        assert_eq!(slug("Workers' Party of Korea"), "workers-party-of-korea");
        assert_eq!(slug("Łódź"), "lodz");
        assert_eq!(slug("김정은"), "");
    }
}
