//! How a run of Han characters is read: per character from the `pinyin` crate (Unihan /
//! pinyin-data) unless a stand-alone reading is listed; by word, greedy longest match against the
//! word table; in names, the surname by its surname reading or as a compound surname. Also what a run
//! given in name mode is: a person, a known place or proper noun, or a phrase.

use super::names::{COMPOUND_SURNAMES, SURNAME_READINGS};
use super::syllables::{syl_index, syl_index_v, Syl, Unit};
use super::words::{WordKind, MAX_WORD_CHARS, WORDS};
use pinyin::ToPinyin;

fn crate_reading(c: char) -> Option<Syl> {
    let p = c.to_pinyin()?;
    let idx = syl_index(p.plain())?;
    let tone = match p.with_tone_num_end().as_bytes().last() {
        Some(d @ b'1'..=b'4') => d - b'0',
        _ => 5,
    };
    Some(Syl { idx, tone })
}

/// Parse one numbered syllable such as "zhong4" or "lv3".
pub(super) fn parse_syl(s: &str) -> Option<Syl> {
    let last = s.chars().next_back()?;
    let base = s.get(..s.len() - last.len_utf8())?;
    let tone = last.to_digit(10).filter(|t| (1..=5).contains(t))?;
    Some(Syl {
        idx: syl_index_v(base)?,
        tone: u8::try_from(tone).ok()?,
    })
}

/// Append the syllables of one reading word ("jin4ping2") to `out`; false if malformed.
pub(super) fn parse_word(word: &str, out: &mut Vec<Unit>) -> bool {
    let mut start = 0;
    for (i, b) in word.bytes().enumerate() {
        if b.is_ascii_digit() {
            match word.get(start..=i).and_then(parse_syl) {
                Some(s) => out.push(Unit::Syl(s)),
                None => return false,
            }
            start = i + 1;
        }
    }
    start == word.len() && start > 0
}

fn char_table(table: &'static [(char, &'static str)], c: char) -> Option<Syl> {
    table
        .binary_search_by(|e| e.0.cmp(&c))
        .ok()
        .and_then(|i| table.get(i))
        .and_then(|e| parse_syl(e.1))
}

pub(super) fn char_unit(c: char) -> Unit {
    char_table(CHAR_DEFAULTS, c)
        .or_else(|| crate_reading(c))
        .map_or(Unit::Raw(c), Unit::Syl)
}

fn surname_unit(c: char) -> Unit {
    char_table(SURNAME_READINGS, c).map_or_else(|| char_unit(c), Unit::Syl)
}

fn word_entry(key: &str) -> Option<&'static (&'static str, &'static str, WordKind)> {
    WORDS
        .binary_search_by(|e| e.0.cmp(key))
        .ok()
        .and_then(|i| WORDS.get(i))
}

/// Longest dictionary word (at least two characters) at the start of `rest`.
pub(super) fn longest_word(
    rest: &str,
) -> Option<(usize, &'static (&'static str, &'static str, WordKind))> {
    let mut ends = [0usize; MAX_WORD_CHARS + 1];
    let mut count = 0;
    for (i, c) in rest.char_indices().take(MAX_WORD_CHARS) {
        count += 1;
        if let Some(e) = ends.get_mut(count) {
            *e = i + c.len_utf8();
        }
    }
    (2..=count).rev().find_map(|n| {
        let end = *ends.get(n)?;
        word_entry(rest.get(..end)?).map(|e| (end, e))
    })
}

/// Readings of a run of Han characters, word by word, appended to `out` without word boundaries.
pub(super) fn push_units_greedy(run: &str, out: &mut Vec<Unit>) {
    let mut rest = run;
    while let Some(c) = rest.chars().next() {
        if let Some((len, e)) = longest_word(rest) {
            let mark = out.len();
            if e.1.split(' ').all(|w| parse_word(w, out)) {
                rest = rest.get(len..).unwrap_or("");
                continue;
            }
            out.truncate(mark);
        }
        out.push(char_unit(c));
        rest = rest.get(c.len_utf8()..).unwrap_or("");
    }
}

/// Split a personal name into surname and given name: fills `out` with the surname units followed
/// by the given-name units and returns the number of surname units.
pub(super) fn split_name(run: &str, out: &mut Vec<Unit>) -> usize {
    out.clear();
    if let Some(e) = word_entry(run).filter(|e| e.2 == WordKind::Person) {
        let mut words = e.1.split(' ');
        if let Some(first) = words.next() {
            if parse_word(first, out) {
                let n = out.len();
                if words.all(|w| parse_word(w, out)) {
                    return n;
                }
            }
        }
        out.clear();
    }
    let mut it = run.char_indices();
    let Some((_, first)) = it.next() else {
        return 0;
    };
    if let Some((i2, second)) = it.next() {
        let end = i2 + second.len_utf8();
        let compound = run.get(..end).and_then(|k| {
            COMPOUND_SURNAMES
                .binary_search_by(|e| e.0.cmp(k))
                .ok()
                .and_then(|i| COMPOUND_SURNAMES.get(i))
        });
        if let Some(&(_, reading)) = compound {
            if parse_word(reading, out) {
                let n = out.len();
                push_units_greedy(run.get(end..).unwrap_or(""), out);
                return n;
            }
            out.clear();
        }
    }
    out.push(surname_unit(first));
    push_units_greedy(run.get(first.len_utf8()..).unwrap_or(""), out);
    1
}

/// Generic parts of place names written apart and capitalised after the proper part
/// (GB/T 16159-2012, place names: proper and generic parts written apart; 北京市 Běijīng Shì).
pub(super) const GENERIC: [char; 11] = [
    '市', '省', '县', '縣', '区', '區', '镇', '鎮', '乡', '鄉', '村',
];

/// What a run of Han characters given in name mode is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Shape {
    /// A place or proper noun of the word table.
    Proper(&'static (&'static str, &'static str, WordKind)),
    /// Several words (a known place plus a generic part, or longer than any personal name): read as
    /// text with every word capitalised.
    Phrase,
    /// A personal name.
    Person,
}

pub(super) fn shape(run: &str) -> Shape {
    let entry = word_entry(run);
    if let Some(e) = entry.filter(|e| matches!(e.2, WordKind::Place | WordKind::Proper)) {
        return Shape::Proper(e);
    }
    if entry.is_some_and(|e| e.2 == WordKind::Person) {
        return Shape::Person;
    }
    if run.chars().count() > 4 {
        return Shape::Phrase;
    }
    // A known place followed by a generic part or by one dictionary word (北京市, 北京大学).
    let place_then_generic = longest_word(run).is_some_and(|(len, e)| {
        let rest = run.get(len..).unwrap_or("");
        let mut chars = rest.chars();
        let generic = chars.next().is_some_and(|c| GENERIC.contains(&c)) && chars.next().is_none();
        e.2 == WordKind::Place && (generic || word_entry(rest).is_some())
    });
    if place_then_generic {
        Shape::Phrase
    } else {
        Shape::Person
    }
}

/// Characters whose first Unihan/pinyin-data reading (the `pinyin` crate's default) is a neutral-tone
/// or rare reading; this is the stand-alone reading per Xiandai Hanyu Cidian (7th ed.).
#[rustfmt::skip]
pub(super) static CHAR_DEFAULTS: &[(char, &str)] = &[
    ('似', "si4"), ('匙', "chi2"), ('卜', "bu3"), ('子', "zi3"), ('蓿', "su4"), ('裳', "chang2"), ('長', "chang2"), ('长', "chang2"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stand_alone_readings() {
        assert!(crate::translit::hanzi::sorted_by(CHAR_DEFAULTS, |e| e.0));
        for &(c, r) in CHAR_DEFAULTS {
            assert!(parse_syl(r).is_some(), "{c}");
        }
    }
}
