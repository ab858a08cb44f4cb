//! canonym's JSON, defined once: the result types (borrowing from the matcher and the text, so
//! making one costs no copies) and the JSON Lines formats that print them, one object a line.
//! Field names and order are those the README documents; `None` fields print as `null` unless
//! marked as left out.

use super::{Answer, Document, Format, Piece};
use crate::check::{Finding, Reason};
use crate::error::Diagnostic;
use crate::glossary::Entry;
use crate::matcher::{Match, Matcher};
use serde::Serialize;
use std::io::{self, Write};

/// A match: `{"path", "start", "end", "text", "id", "canonical", "match"}`, and `candidates`
/// (entry ids) for an ambiguous one. Spans are byte offsets into the document.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MatchRecord<'a> {
    /// The document, when there are several (left out in record mode: the record is the
    /// document).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<&'a str>,
    /// Byte offset of the match in the document.
    pub start: usize,
    /// End of the span (exclusive).
    pub end: usize,
    /// The text as written.
    pub text: &'a str,
    /// The entry's id; `null` when ambiguous.
    pub id: Option<&'a str>,
    /// The entry's canonical form; `null` when ambiguous.
    pub canonical: Option<&'a str>,
    /// How it matched ([`crate::MatchKind::as_str`]).
    #[serde(rename = "match")]
    pub kind: &'static str,
    /// The ids of the candidates of an ambiguous match (left out when there are none).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub candidates: Option<Vec<&'a str>>,
}

impl<'a> MatchRecord<'a> {
    /// Match `m` found in `text`, a piece of its document that starts at byte `base`.
    pub fn new(matcher: &'a Matcher, m: &Match, text: &'a str, base: usize) -> Self {
        let entry = m.entry.map(|e| matcher.entry(e));
        MatchRecord {
            path: None,
            start: m.start,
            end: m.end,
            text: &text[m.start - base..m.end - base],
            id: entry.map(|e| e.id.as_str()),
            canonical: entry.map(|e| e.canonical.as_str()),
            kind: m.kind.as_str(),
            candidates: (!m.candidates.is_empty()).then(|| {
                m.candidates
                    .iter()
                    .map(|&c| matcher.entry(c).id.as_str())
                    .collect()
            }),
        }
    }

    /// The same, naming the document it is in.
    pub fn in_document(mut self, path: &'a str) -> Self {
        self.path = Some(path);
        self
    }
}

/// A finding: `{"path", "line", "column", "end_line", "end_column", "start", "end", "found",
/// "replacement", "id", "reason"}`; lines and columns 1-based, columns in characters.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FindingRecord<'a> {
    /// The document.
    pub path: &'a str,
    /// 1-based line of the start.
    pub line: usize,
    /// 1-based column of the start, in characters.
    pub column: usize,
    /// 1-based line of the end.
    pub end_line: usize,
    /// 1-based column of the end (exclusive), in characters.
    pub end_column: usize,
    /// Byte offset of the start.
    pub start: usize,
    /// Byte offset of the end (exclusive).
    pub end: usize,
    /// The text as written.
    pub found: &'a str,
    /// The house-style spelling.
    pub replacement: &'a str,
    /// The entry's id.
    pub id: &'a str,
    /// Why it was reported.
    pub reason: Reason,
}

impl<'a> FindingRecord<'a> {
    /// Finding `f` of document `path`.
    pub fn new(matcher: &'a Matcher, path: &'a str, f: &'a Finding) -> Self {
        FindingRecord {
            path,
            line: f.line,
            column: f.column,
            end_line: f.end_line,
            end_column: f.end_column,
            start: f.start,
            end: f.end,
            found: &f.found,
            replacement: &f.replacement,
            id: &matcher.entry(f.entry).id,
            reason: f.reason,
        }
    }
}

/// A lookup: `{"query", "matches": [...]}`, best match first; and `"ambiguous": true` with the
/// `candidates` (entry ids) when the query is a spelling that several entries share, written
/// exactly as none of them lists it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LookupAnswer<'a> {
    /// The query as given.
    pub query: &'a str,
    /// Its matches, best first.
    pub matches: Vec<LookupMatch<'a>>,
    /// `true` when the query is ambiguous (left out otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ambiguous: Option<bool>,
    /// The ids of the entries an ambiguous query may name (left out otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub candidates: Option<Vec<&'a str>>,
}

/// One match of a lookup: `{"id", "canonical", "kind", "lang", "match", "score"}`, and with
/// `explain` also `spelling` and `rule`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LookupMatch<'a> {
    /// The entry's id.
    pub id: &'a str,
    /// The entry's canonical form.
    pub canonical: &'a str,
    /// What the entry names.
    pub kind: &'static str,
    /// The entry's language.
    pub lang: &'a str,
    /// How it matched: `exact`, `variant`, `translit` or `fuzzy`.
    #[serde(rename = "match")]
    pub how: &'static str,
    /// Confidence in [0, 1], rounded to three decimals.
    pub score: f64,
    /// The spelling that met the query (with `explain`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spelling: Option<&'a str>,
    /// Where that spelling came from (with `explain`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<&'a str>,
}

impl<'a> LookupAnswer<'a> {
    /// The answer to `answer.query`; `explain` adds each match's spelling and rule.
    pub fn new(matcher: &'a Matcher, answer: &Answer<'a>, explain: bool) -> Self {
        let matches = answer
            .hits
            .iter()
            .map(|h| {
                let e = matcher.entry(h.entry);
                LookupMatch {
                    id: &e.id,
                    canonical: &e.canonical,
                    kind: e.kind.as_str(),
                    lang: &e.lang,
                    how: h.kind.as_str(),
                    score: (h.score * 1000.0).round() / 1000.0,
                    spelling: explain.then_some(h.spelling.as_str()),
                    rule: explain.then_some(h.source.as_str()),
                }
            })
            .collect();
        let candidates: Vec<&str> = answer
            .hits
            .iter()
            .filter(|h| h.ambiguous)
            .map(|h| matcher.entry(h.entry).id.as_str())
            .collect();
        let ambiguous = !candidates.is_empty();
        LookupAnswer {
            query: answer.query,
            matches,
            ambiguous: ambiguous.then_some(true),
            candidates: ambiguous.then_some(candidates),
        }
    }
}

/// A glossary entry: `{"id", "canonical", "kind", "lang", "native", "variants", "short", "note",
/// "source"}`, `source` being `path:line:col`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EntryRecord<'a> {
    /// Unique id.
    pub id: &'a str,
    /// The house-style spelling.
    pub canonical: &'a str,
    /// What the entry names.
    pub kind: &'static str,
    /// Language of origin.
    pub lang: &'a str,
    /// Spellings in the original script.
    pub native: &'a [String],
    /// Further known spellings.
    pub variants: &'a [String],
    /// Short forms.
    pub short: &'a [String],
    /// A free note, or `null`.
    pub note: Option<&'a str>,
    /// Where the entry was written.
    pub source: String,
}

impl<'a> EntryRecord<'a> {
    /// The record of `e`.
    pub fn new(e: &'a Entry) -> Self {
        EntryRecord {
            id: &e.id,
            canonical: &e.canonical,
            kind: e.kind.as_str(),
            lang: &e.lang,
            native: &e.native,
            variants: &e.variants,
            short: &e.short,
            note: e.note.as_deref(),
            source: e.origin.to_string(),
        }
    }
}

/// A glossary problem: `{"path", "line", "column", "severity", "message", "help"}` (as
/// `glossary lint --format json` prints it); line and column are 0 when the problem concerns the
/// whole file, `help` is `null` when there is nothing to add.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DiagnosticRecord<'a> {
    /// The glossary file.
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// `error` (the glossary does not load) or `warning`.
    pub severity: &'static str,
    /// The problem.
    pub message: &'a str,
    /// How to fix it.
    pub help: Option<&'a str>,
}

impl<'a> DiagnosticRecord<'a> {
    /// The record of `d`, an `error` or a `warning` (`severity`).
    pub fn new(d: &'a Diagnostic, severity: &'static str) -> Self {
        DiagnosticRecord {
            path: d.path().display().to_string(),
            line: d.line(),
            column: d.column(),
            severity,
            message: d.message(),
            help: d.help_text(),
        }
    }
}

/// Write `value` as one line of JSON.
fn line(out: &mut impl Write, value: &impl Serialize) -> io::Result<()> {
    serde_json::to_writer(&mut *out, value)?;
    out.write_all(b"\n")
}

/// `normalize --format jsonl`: one [`MatchRecord`] a line.
pub struct MatchLines<'m, W: Write> {
    out: W,
    matcher: &'m Matcher,
}

impl<'m, W: Write> MatchLines<'m, W> {
    /// Matches of `matcher` to `out`.
    pub fn new(out: W, matcher: &'m Matcher) -> Self {
        MatchLines { out, matcher }
    }
}

impl<W: Write> Format<Piece<'_>> for MatchLines<'_, W> {
    fn item(&mut self, doc: &Document<'_>, piece: &Piece<'_>) -> io::Result<()> {
        for m in piece.matches {
            let record = MatchRecord::new(self.matcher, m, piece.text, piece.base);
            line(&mut self.out, &record.in_document(doc.name()))?;
        }
        Ok(())
    }

    fn end_run(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// `check --format json`: one [`FindingRecord`] a line.
pub struct FindingLines<'m, W: Write> {
    out: W,
    matcher: &'m Matcher,
}

impl<'m, W: Write> FindingLines<'m, W> {
    /// Findings of `matcher` to `out`.
    pub fn new(out: W, matcher: &'m Matcher) -> Self {
        FindingLines { out, matcher }
    }
}

impl<W: Write> Format<Finding> for FindingLines<'_, W> {
    fn item(&mut self, doc: &Document<'_>, f: &Finding) -> io::Result<()> {
        line(
            &mut self.out,
            &FindingRecord::new(self.matcher, doc.name(), f),
        )
    }

    fn end_run(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// `lookup --json`: one [`LookupAnswer`] a line.
pub struct LookupLines<'m, W: Write> {
    out: W,
    matcher: &'m Matcher,
    explain: bool,
}

impl<'m, W: Write> LookupLines<'m, W> {
    /// Answers of `matcher` to `out`; `explain` adds spellings and rules.
    pub fn new(out: W, matcher: &'m Matcher, explain: bool) -> Self {
        LookupLines {
            out,
            matcher,
            explain,
        }
    }
}

impl<W: Write> Format<Answer<'_>> for LookupLines<'_, W> {
    fn item(&mut self, _doc: &Document<'_>, answer: &Answer<'_>) -> io::Result<()> {
        line(
            &mut self.out,
            &LookupAnswer::new(self.matcher, answer, self.explain),
        )
    }

    fn end_run(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}
