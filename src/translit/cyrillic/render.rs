//! Writing Cyrillic text under a system: the text is split once into pass-through text and
//! Cyrillic words ([`Parsed`]), so that `name_variants` can romanise it under many systems without
//! reading it again; each word is written letter by letter by its system's function ([`map`]),
//! with the case rules of digraphs (ЩУКА → SHCHUKA, Щука → Shchuka), name mode (every part
//! capitalised) and the stress marks of the input kept after their letter (except in Spanish,
//! which writes stress by its own rules, see `stress.rs`).

use super::english::{press, wikipedia, Press};
use super::iso9::iso9;
use super::letters::{
    compose, is_apostrophe, is_combining, is_cyr_letter, is_cyr_mark, is_cyrillic, lower, Unit,
};
use super::press::{de, es, fr, nl, pl};
use super::schemes::{alalc, bgn, gost_b, icao, scientific, ungegn};
use super::stress::{es_accent, es_stress};
use super::ukrainian::APOSTROPHE;
use super::{belarusian as be, ukrainian as uk, BeScheme, RuScheme, UkScheme};

/// The internal systems: the public schemes of Russian, Ukrainian and Belarusian, plus the
/// parametrised English press forms and the ASCII form of BGN/PCGN used by `name_variants`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Sys {
    Std(RuScheme),
    Press(Press),
    BgnAscii,
    Uk(UkScheme),
    Be(BeScheme),
}

impl Sys {
    /// Does the language write an apostrophe inside words (Ukrainian Знам'янка, Belarusian
    /// Вераб'ёва)? Then ' ’ ʼ between Cyrillic letters belong to the word.
    fn apostrophes(self) -> bool {
        matches!(self, Sys::Uk(_) | Sys::Be(_))
    }
}

fn map(sys: Sys, w: &[Unit], i: usize) -> &'static str {
    match sys {
        Sys::Std(s) => match s {
            RuScheme::BgnPcgn => bgn(w, i, false),
            RuScheme::Iso9 => iso9(w[i].c),
            RuScheme::Gost779B => gost_b(w, i),
            RuScheme::Icao => icao(w[i].c),
            RuScheme::AlaLc => alalc(w[i].c),
            RuScheme::Scientific => scientific(w[i].c),
            RuScheme::Wikipedia => wikipedia(w, i),
            RuScheme::Ungegn1987 => ungegn(w[i].c),
            RuScheme::De => de(w, i),
            RuScheme::Fr => fr(w, i),
            RuScheme::Pl => pl(w, i),
            RuScheme::Es => es(w, i),
            RuScheme::Nl => nl(w, i),
        },
        Sys::Press(p) => press(w, i, p),
        Sys::BgnAscii => bgn(w, i, true),
        Sys::Uk(s) => match s {
            UkScheme::National | UkScheme::BgnPcgn => uk::national(w, i),
            UkScheme::BgnPcgn1965 => uk::bgn1965(w, i),
            UkScheme::AlaLc => uk::alalc(w, i),
            UkScheme::Iso9 => uk::iso(w, i),
            UkScheme::Scientific => uk::scientific(w, i),
            UkScheme::De => uk::de(w, i),
            UkScheme::Fr => uk::fr(w, i),
            UkScheme::Pl => uk::pl(w, i),
            UkScheme::Es => uk::es(w, i),
        },
        Sys::Be(s) => match s {
            BeScheme::National => be::national(w, i),
            BeScheme::BgnPcgn => be::bgn1979(w, i),
            BeScheme::AlaLc => be::alalc(w, i),
            BeScheme::Iso9 => be::iso(w, i),
            BeScheme::Lacinka => be::lacinka(w, i),
        },
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CaseMode {
    Lower,
    Title,
    Upper,
}

/// Write `s` in `mode`. An ALA-LC tied pair in title case takes the capital on its first letter
/// only, as the tables print it (Юлия I͡ulii͡a, Цех T͡sekh).
fn push_cased(out: &mut String, s: &str, mode: CaseMode) {
    match mode {
        CaseMode::Lower => out.push_str(s),
        CaseMode::Upper => {
            for c in s.chars() {
                out.extend(c.to_uppercase());
            }
        }
        CaseMode::Title => {
            let mut done = false;
            for c in s.chars() {
                if !done && c.is_lowercase() {
                    out.extend(c.to_uppercase());
                    done = true;
                } else {
                    out.push(c);
                }
            }
        }
    }
}

/// A capital inside a word of capitals is written in capitals (ЩУКА ->
/// SHCHUKA); a capital followed by a small letter only capitalises its first
/// Latin letter (Щука -> Shchuka). A lone capital at the end of a word follows
/// the letter before it.
fn case_mode(w: &[Unit], i: usize) -> CaseMode {
    if !w[i].upper {
        return CaseMode::Lower;
    }
    match w.get(i + 1) {
        Some(n) if n.upper => CaseMode::Upper,
        Some(_) => CaseMode::Title,
        None => {
            if i > 0 && w[i - 1].upper {
                CaseMode::Upper
            } else {
                CaseMode::Title
            }
        }
    }
}

fn emit_word(sys: Sys, text: &str, w: &[Unit], name: bool, out: &mut String) {
    let spanish = sys == Sys::Std(RuScheme::Es);
    let stressed_unit = if spanish { es_stress(w) } else { None };
    let word_start = out.len();
    let mut stressed_byte: Option<usize> = None;
    let mut cap_pending = name;
    for i in 0..w.len() {
        let s = map(sys, w, i);
        let mode = if name {
            if cap_pending && s.chars().any(char::is_lowercase) {
                cap_pending = false;
                CaseMode::Title
            } else {
                CaseMode::Lower
            }
        } else {
            case_mode(w, i)
        };
        let before = out.len();
        push_cased(out, s, mode);
        if stressed_unit == Some(i) {
            stressed_byte = out
                .get(before..)
                .and_then(|seg| {
                    seg.char_indices().rev().find(|&(_, c)| {
                        matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
                    })
                })
                .map(|(b, _)| before + b);
        }
        if !spanish {
            let (ms, me) = w[i].marks;
            if let Some(marks) = text.get(ms..me) {
                out.extend(marks.chars().filter(|&m| !is_cyr_mark(m)));
            }
        }
    }
    if let Some(sb) = stressed_byte {
        es_accent(out, word_start, sb);
    }
}

/// A letter of the Russian alphabet in its two cases, without a Unicode table
/// look-up: (lower-case letter, is upper case).
fn fast_case(c: char) -> Option<(char, bool)> {
    match c {
        'а'..='я' | 'ё' => Some((c, false)),
        'А'..='Я' => char::from_u32(c as u32 + 0x20).map(|l| (l, true)),
        'Ё' => Some(('ё', true)),
        _ => None,
    }
}

/// The input split once into pass-through text and Cyrillic words, so that
/// `name_variants` can romanise it under many systems without re-reading it.
pub(super) struct Parsed {
    units: Vec<Unit>,
    segs: Vec<Seg>,
}

enum Seg {
    /// Byte range of the input copied unchanged.
    Pass(usize, usize),
    /// Range of `Parsed::units` forming one word.
    Word(usize, usize),
}

pub(super) fn parse(text: &str) -> Parsed {
    parse_with(text, false)
}

/// Split `text` into words; with `apostrophes`, an apostrophe between two Cyrillic letters is a
/// unit of the word ([`APOSTROPHE`]).
pub(super) fn parse_with(text: &str, apostrophes: bool) -> Parsed {
    let mut units: Vec<Unit> = Vec::with_capacity(text.len() / 2);
    let mut segs: Vec<Seg> = Vec::new();
    let mut it = text.char_indices().peekable();
    while let Some(&(pos, ch)) = it.peek() {
        let letter = fast_case(ch).is_some() || is_cyr_letter(ch);
        if !letter {
            it.next();
            // Cyrillic signs and marks outside words are dropped; everything
            // else passes through unchanged.
            if !is_cyrillic(ch) {
                let end = pos + ch.len_utf8();
                match segs.last_mut() {
                    Some(Seg::Pass(_, e)) if *e == pos => *e = end,
                    _ => segs.push(Seg::Pass(pos, end)),
                }
            }
            continue;
        }
        let first_unit = units.len();
        while let Some(&(p, c)) = it.peek() {
            let (lc, upper) = match fast_case(c) {
                Some(x) => x,
                None if is_cyr_letter(c) => (lower(c), c.is_uppercase()),
                None if apostrophes
                    && is_apostrophe(c)
                    && units.len() > first_unit
                    && text
                        .get(p + c.len_utf8()..)
                        .and_then(|r| r.chars().next())
                        .is_some_and(|n| fast_case(n).is_some() || is_cyr_letter(n)) =>
                {
                    let upper = units.last().is_some_and(|u: &Unit| u.upper);
                    (APOSTROPHE, upper)
                }
                None => break,
            };
            it.next();
            let mut u = Unit {
                c: lc,
                upper,
                stress: false,
                marks: (0, 0),
            };
            let mut mstart = p + c.len_utf8();
            let mut mend = mstart;
            let mut first = true;
            while let Some(&(q, m)) = it.peek() {
                if !is_combining(m) {
                    break;
                }
                it.next();
                if first {
                    first = false;
                    if let Some(comp) = compose(u.c, m) {
                        u.c = comp;
                        mstart = q + m.len_utf8();
                        mend = mstart;
                        continue;
                    }
                }
                if m == '\u{301}' {
                    u.stress = true;
                }
                mend = q + m.len_utf8();
            }
            u.marks = (mstart, mend);
            units.push(u);
        }
        segs.push(Seg::Word(first_unit, units.len()));
    }
    Parsed { units, segs }
}

pub(super) fn emit(sys: Sys, text: &str, parsed: &Parsed, name: bool) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 2);
    for seg in &parsed.segs {
        match *seg {
            Seg::Pass(a, b) => out.push_str(text.get(a..b).unwrap_or("")),
            Seg::Word(a, b) => {
                if let Some(w) = parsed.units.get(a..b) {
                    emit_word(sys, text, w, name, &mut out);
                }
            }
        }
    }
    out
}

pub(super) fn run(sys: Sys, text: &str, name: bool) -> String {
    emit(sys, text, &parse_with(text, sys.apostrophes()), name)
}
