//! Plain-text formats: the normalised text itself, and lookup answers for people (in colour on
//! request: the canonical form green, the entry id faint, "not in the glossary" yellow).

use super::style::{Paint, Style};
use super::{Answer, Document, Format, Piece};
use crate::matcher::{MatchKind, Matcher};
use std::io::{self, Write};

/// `normalize`: the text with every match replaced by its house-style form (fuzzy matches only
/// when asked), everything else byte for byte.
pub struct NormalizedText<'m, W: Write> {
    out: W,
    matcher: &'m Matcher,
    fuzzy: bool,
    replaced: usize,
}

impl<'m, W: Write> NormalizedText<'m, W> {
    /// Normalised text to `out`; `fuzzy` replaces near misses too.
    pub fn new(out: W, matcher: &'m Matcher, fuzzy: bool) -> Self {
        NormalizedText {
            out,
            matcher,
            fuzzy,
            replaced: 0,
        }
    }

    /// How many matches were replaced so far.
    pub fn replaced(&self) -> usize {
        self.replaced
    }
}

impl<W: Write> Format<Piece<'_>> for NormalizedText<'_, W> {
    fn item(&mut self, _doc: &Document<'_>, piece: &Piece<'_>) -> io::Result<()> {
        let (text, base) = (piece.text, piece.base);
        let mut last = 0;
        for m in piece.matches {
            let (s, e) = (m.start - base, m.end - base);
            if let Some(r) = self
                .matcher
                .rewrite(&text[s..e], m, self.fuzzy, piece.markup)
            {
                self.out.write_all(&text.as_bytes()[last..s])?;
                self.out.write_all(r.as_bytes())?;
                last = e;
                self.replaced += 1;
            }
        }
        self.out.write_all(&text.as_bytes()[last..])
    }

    fn end_run(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// `lookup`: each query with the entries it resolves to (`query → Canonical [id] kind, lang
/// (match, score)`), or `not in the glossary` and the near misses.
pub struct LookupText<'m, W: Write> {
    out: W,
    matcher: &'m Matcher,
    explain: bool,
    paint: Paint,
}

impl<'m, W: Write> LookupText<'m, W> {
    /// Answers of `matcher` to `out`; `explain` adds the spelling, rule and note of each.
    pub fn new(out: W, matcher: &'m Matcher, explain: bool) -> Self {
        LookupText {
            out,
            matcher,
            explain,
            paint: Paint::default(),
        }
    }

    /// The same, in colour when `color` (ANSI SGR sequences, for a terminal).
    pub fn with_color(mut self, color: bool) -> Self {
        self.paint = Paint::new(color);
        self
    }
}

impl<W: Write> Format<Answer<'_>> for LookupText<'_, W> {
    fn item(&mut self, _doc: &Document<'_>, answer: &Answer<'_>) -> io::Result<()> {
        let (q, hits, out) = (answer.query, answer.hits, &mut self.out);
        let paint = self.paint;
        if !hits.iter().any(|h| h.kind != MatchKind::Fuzzy) {
            write!(
                out,
                "{q}: {}",
                paint.paint(Style::Warning, "not in the glossary")
            )?;
            if hits.is_empty() {
                return writeln!(out);
            }
            let names: Vec<_> = hits
                .iter()
                .map(|h| self.matcher.entry(h.entry).canonical.as_str())
                .collect();
            return writeln!(
                out,
                "; did you mean {}?",
                paint.paint(Style::Good, names.join(", "))
            );
        }
        for h in hits.iter().filter(|h| h.kind != MatchKind::Fuzzy) {
            let e = self.matcher.entry(h.entry);
            writeln!(
                out,
                "{q} → {} {} {}, {} ({}, {:.2})",
                paint.paint(Style::Good, &e.canonical),
                paint.paint(Style::Dim, format_args!("[{}]", e.id)),
                e.kind,
                e.lang,
                h.kind.as_str(),
                h.score
            )?;
            if self.explain {
                writeln!(out, "    via \"{}\": {}", h.spelling, h.source)?;
                if let Some(note) = &e.note {
                    writeln!(out, "    {note}")?;
                }
            }
        }
        Ok(())
    }

    fn end_run(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}
