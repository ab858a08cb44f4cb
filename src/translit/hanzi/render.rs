//! Writing syllables under a scheme: pinyin with tone marks (placed by the pinyin rules), tone
//! numbers or no tones, or Wade–Giles (or the EFEO and Lessing–Othmer systems for the variants);
//! words joined with the apostrophe where GB/T 16159-2012 needs it; in name mode, surname and given
//! name capitalised (GB/T 28039-2011), places with their generic part apart.

use super::readings::{
    char_unit, longest_word, parse_word, push_units_greedy, shape, split_name, Shape, GENERIC,
};
use super::syllable_tables::{EFEO, LESSING};
use super::syllables::{syl_entry, Buf, Syl, Unit};
use super::words::WordKind;
use super::{is_han, ZhScheme};

/// How ü is written in toneless ASCII-ish pinyin.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Umlaut {
    /// lyu, nyu (PRC passports).
    Yu,
    /// lü (plain pinyin without tones).
    Keep,
    /// lu (umlaut simply dropped).
    U,
    /// lv (keyboard convention).
    V,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Style {
    Marks,
    Numbers,
    Plain(Umlaut),
    Wg {
        apostrophe: bool,
    },
    /// EFEO (French); `jian`: pinyin j q x written ts ts' s instead of k k' h.
    Efeo {
        jian: bool,
    },
    /// Lessing–Othmer (German).
    Lessing,
}

impl Style {
    pub(super) fn of(scheme: ZhScheme) -> Style {
        match scheme {
            ZhScheme::Pinyin => Style::Marks,
            ZhScheme::PinyinNumbers => Style::Numbers,
            ZhScheme::PinyinAscii => Style::Plain(Umlaut::Yu),
            ZhScheme::WadeGiles => Style::Wg { apostrophe: true },
        }
    }
    /// Syllables of a word hyphenated (Wade–Giles, EFEO, Lessing–Othmer), not joined as in pinyin.
    pub(super) fn is_wg(self) -> bool {
        matches!(self, Style::Wg { .. } | Style::Efeo { .. } | Style::Lessing)
    }
}

/// How the syllables of one word are joined.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Join {
    /// The scheme's own rule: pinyin joined (apostrophe before a/o/e), Wade–Giles hyphenated.
    Native,
    /// Hyphenated, later syllables lowercase (Jin-ping).
    Hyphen,
    /// Separate capitalised syllables (Jin Ping).
    Space,
}

/// Where the tone mark goes: on the main vowel (Scheme for the Chinese Phonetic Alphabet, 1958, §4),
/// found by the usual rule — a or e, else the o of ou, else the last vowel; m/n in syllabic nasals.
fn tone_target(p: &str) -> Option<usize> {
    if let Some(i) = p.find(['a', 'e', 'ê']) {
        return Some(i);
    }
    if let Some(i) = p.find("ou") {
        return Some(i);
    }
    if let Some(i) = p.rfind(['i', 'o', 'u', 'ü']) {
        return Some(i);
    }
    p.find(['m', 'n'])
}

fn push_marked(out: &mut String, c: char, tone: u8) {
    const ROWS: [(char, [char; 4]); 6] = [
        ('a', ['ā', 'á', 'ǎ', 'à']),
        ('e', ['ē', 'é', 'ě', 'è']),
        ('i', ['ī', 'í', 'ǐ', 'ì']),
        ('o', ['ō', 'ó', 'ǒ', 'ò']),
        ('u', ['ū', 'ú', 'ǔ', 'ù']),
        ('ü', ['ǖ', 'ǘ', 'ǚ', 'ǜ']),
    ];
    let t = usize::from(tone.saturating_sub(1));
    if let Some(m) = ROWS
        .iter()
        .find(|r| r.0 == c)
        .and_then(|r| r.1.get(t).copied())
    {
        out.push(m);
        return;
    }
    let precomposed = match (c, tone) {
        ('ê', 2) => Some('ế'),
        ('ê', 4) => Some('ề'),
        ('m', 2) => Some('ḿ'),
        ('n', 2) => Some('ń'),
        ('n', 3) => Some('ň'),
        ('n', 4) => Some('ǹ'),
        _ => None,
    };
    if let Some(m) = precomposed {
        out.push(m);
        return;
    }
    // Unicode has no precomposed letter for the other tones of ê, m, n: combining marks.
    out.push(c);
    if let Some(&m) = ['\u{304}', '\u{301}', '\u{30C}', '\u{300}'].get(t) {
        out.push(m);
    }
}

fn push_syl(out: &mut String, style: Style, s: Syl) {
    let Some(&(p, w, _)) = syl_entry(s.idx) else {
        return;
    };
    match style {
        Style::Marks => {
            let target = if (1..=4).contains(&s.tone) {
                tone_target(p)
            } else {
                None
            };
            for (i, c) in p.char_indices() {
                if Some(i) == target {
                    push_marked(out, c, s.tone);
                } else {
                    out.push(c);
                }
            }
        }
        Style::Numbers => {
            out.push_str(p);
            out.push(char::from(b'0' + s.tone.min(5)));
        }
        Style::Plain(u) => {
            for c in p.chars() {
                match (c, u) {
                    ('ü', Umlaut::Yu) => out.push_str("yu"),
                    ('ü', Umlaut::U) => out.push('u'),
                    ('ü', Umlaut::V) => out.push('v'),
                    ('ê', _) => out.push('e'),
                    _ => out.push(c),
                }
            }
        }
        Style::Wg { apostrophe } => {
            for c in w.chars().filter(|&c| apostrophe || c != '\'') {
                out.push(c);
            }
        }
        Style::Efeo { jian } => {
            let e = system_spelling(EFEO, s.idx, p);
            // The jian reading of j/q/x: k -> ts, k' -> ts', h -> s (tsiang, ts'ing, siao).
            let tail = if jian && p.starts_with(['j', 'q', 'x']) {
                match e.strip_prefix('k') {
                    Some(rest) => {
                        out.push_str("ts");
                        rest
                    }
                    None => {
                        out.push('s');
                        e.strip_prefix('h').unwrap_or(e)
                    }
                }
            } else {
                e
            };
            out.push_str(tail);
        }
        Style::Lessing => out.push_str(system_spelling(LESSING, s.idx, p)),
    }
}

/// A syllable's spelling in a table kept in `SYLLABLES` order (EFEO, Lessing–Othmer); by binary search
/// should the orders ever differ, the pinyin itself as a last resort.
fn system_spelling(
    table: &'static [(&'static str, &'static str)],
    idx: u16,
    p: &'static str,
) -> &'static str {
    match table.get(usize::from(idx)) {
        Some(&(k, v)) if k == p => v,
        _ => table
            .binary_search_by(|e| e.0.cmp(p))
            .ok()
            .and_then(|i| table.get(i))
            .map_or(p, |e| e.1),
    }
}

fn capitalise_at(out: &mut String, start: usize) {
    let Some(c) = out.get(start..).and_then(|s| s.chars().next()) else {
        return;
    };
    if !c.is_lowercase() {
        return;
    }
    let mut upper = Buf::new();
    for u in c.to_uppercase() {
        upper.push(u.encode_utf8(&mut [0; 4]));
    }
    out.replace_range(start..start + c.len_utf8(), upper.as_str());
}

/// Output under construction, with the spacing rule: a romanised word is separated by a space from
/// any adjacent letter or digit (GB/T 16159-2012 writes words separately).
pub(super) struct Out {
    pub(super) s: String,
    pub(super) style: Style,
    /// The last thing written was a romanised word.
    pub(super) roman_tail: bool,
}

impl Out {
    pub(super) fn new(style: Style, cap: usize) -> Self {
        Out {
            s: String::with_capacity(cap),
            style,
            roman_tail: false,
        }
    }

    pub(super) fn push_text(&mut self, c: char) {
        if self.roman_tail && c.is_alphanumeric() {
            self.s.push(' ');
        }
        self.s.push(c);
        self.roman_tail = false;
    }

    pub(super) fn word(&mut self, units: &[Unit], cap: bool, join: Join) {
        if units.is_empty() {
            return;
        }
        if self
            .s
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
        {
            self.s.push(' ');
        }
        let mut prev_syl = false;
        for (i, u) in units.iter().enumerate() {
            match *u {
                Unit::Raw(c) => {
                    if i > 0 && join == Join::Space {
                        self.s.push(' ');
                    }
                    self.s.push(c);
                    prev_syl = false;
                }
                Unit::Syl(s) => {
                    if i > 0 {
                        match join {
                            Join::Space => self.s.push(' '),
                            Join::Hyphen => self.s.push('-'),
                            Join::Native if self.style.is_wg() => {
                                if prev_syl {
                                    self.s.push('-');
                                }
                            }
                            // Apostrophe before a/o/e-initial syllables inside a word (Scheme for the
                            // Chinese Phonetic Alphabet, 1958, §5; GB/T 16159-2012): Xī'ān, pí'ǎo.
                            Join::Native => {
                                let vowel_initial = syl_entry(s.idx)
                                    .is_some_and(|e| e.0.starts_with(['a', 'o', 'e', 'ê']));
                                if prev_syl && vowel_initial {
                                    self.s.push('\'');
                                }
                            }
                        }
                    }
                    let start = self.s.len();
                    push_syl(&mut self.s, self.style, s);
                    if cap && (i == 0 || join == Join::Space) {
                        capitalise_at(&mut self.s, start);
                    }
                    prev_syl = true;
                }
            }
        }
        self.roman_tail = true;
    }

    /// A reading from the word table: words separated by spaces, capitalised unless common.
    pub(super) fn reading(&mut self, reading: &str, kind: WordKind, buf: &mut Vec<Unit>) {
        for w in reading.split(' ') {
            buf.clear();
            if parse_word(w, buf) {
                self.word(buf, kind != WordKind::Common, Join::Native);
            }
        }
    }

    /// A run in text mode; `caps` capitalises every word (a multi-word name).
    pub(super) fn text_run(&mut self, run: &str, caps: bool, buf: &mut Vec<Unit>) {
        let mut rest = run;
        let mut after_place = false;
        while let Some(c) = rest.chars().next() {
            if let Some((len, e)) = longest_word(rest) {
                let kind = if caps { WordKind::Proper } else { e.2 };
                self.reading(e.1, kind, buf);
                after_place = e.2 == WordKind::Place;
                rest = rest.get(len..).unwrap_or("");
                continue;
            }
            let cap = caps || (after_place && GENERIC.contains(&c));
            self.word(&[char_unit(c)], cap, Join::Native);
            after_place = false;
            rest = rest.get(c.len_utf8()..).unwrap_or("");
        }
    }

    /// A run in name mode. `single_word`: a part of a transcribed foreign name (joined by a middle
    /// dot) or a given name written apart from its surname — one capitalised word.
    pub(super) fn name_run(&mut self, run: &str, single_word: bool, buf: &mut Vec<Unit>) {
        let shape = shape(run);
        if let Shape::Proper(e) = shape {
            self.reading(e.1, e.2, buf);
            return;
        }
        if single_word {
            buf.clear();
            push_units_greedy(run, buf);
            self.word(buf, true, Join::Native);
            return;
        }
        if shape == Shape::Phrase {
            self.text_run(run, true, buf);
            return;
        }
        let n = split_name(run, buf);
        let (sur, given) = buf.split_at(n.min(buf.len()));
        self.word(sur, true, Join::Native);
        self.word(given, true, Join::Native);
    }
}

pub(super) fn render(style: Style, text: &str, name: bool) -> String {
    let mut out = Out::new(style, text.len() * 2);
    let mut buf: Vec<Unit> = Vec::new();
    let foreign = name && text.contains(['·', '・', '‧', '•', '･']);
    // In name mode a run after another run with only whitespace between is a given name.
    let mut after_run = false;
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if is_han(c) {
            let end = rest.find(|ch: char| !is_han(ch)).unwrap_or(rest.len());
            let (run, tail) = rest.split_at(end);
            if name {
                out.name_run(run, foreign || after_run, &mut buf);
            } else {
                out.text_run(run, false, &mut buf);
            }
            after_run = true;
            rest = tail;
        } else {
            if !c.is_whitespace() {
                after_run = false;
            }
            out.push_text(c);
            rest = rest.get(c.len_utf8()..).unwrap_or("");
        }
    }
    out.s
}
