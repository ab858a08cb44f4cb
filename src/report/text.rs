//! Plain-text formats: the normalised text itself, and lookup answers for people.

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
            if let Some(r) = self.matcher.replacement(&text[s..e], m, self.fuzzy) {
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
}

/// `lookup`: each query with the entries it resolves to (`query → Canonical [id] kind, lang
/// (match, score)`), or `not in the glossary` and the near misses.
pub struct LookupText<'m, W: Write> {
    out: W,
    matcher: &'m Matcher,
    explain: bool,
}

impl<'m, W: Write> LookupText<'m, W> {
    /// Answers of `matcher` to `out`; `explain` adds the spelling, rule and note of each.
    pub fn new(out: W, matcher: &'m Matcher, explain: bool) -> Self {
        LookupText {
            out,
            matcher,
            explain,
        }
    }
}

impl<W: Write> Format<Answer<'_>> for LookupText<'_, W> {
    fn item(&mut self, _doc: &Document<'_>, answer: &Answer<'_>) -> io::Result<()> {
        let (q, hits, out) = (answer.query, answer.hits, &mut self.out);
        if !hits.iter().any(|h| h.kind != MatchKind::Fuzzy) {
            write!(out, "{q}: not in the glossary")?;
            if hits.is_empty() {
                return writeln!(out);
            }
            let names: Vec<_> = hits
                .iter()
                .map(|h| self.matcher.entry(h.entry).canonical.as_str())
                .collect();
            return writeln!(out, "; did you mean {}?", names.join(", "));
        }
        for h in hits.iter().filter(|h| h.kind != MatchKind::Fuzzy) {
            let e = self.matcher.entry(h.entry);
            writeln!(
                out,
                "{q} → {} [{}] {}, {} ({}, {:.2})",
                e.canonical,
                e.id,
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
