//! Reports: what canonym found, as data and as output.
//!
//! **Result types** serialise (with `serde`) to canonym's JSON, each defined once, with the field
//! names the README documents: [`MatchRecord`] (a match, as `normalize --format jsonl` and record
//! mode print it), [`FindingRecord`] (a finding, as `check --format json` prints it),
//! [`LookupAnswer`] (as `lookup --json` prints it), [`EntryRecord`] (`glossary list --json`) and
//! [`DiagnosticRecord`] (`glossary lint --format json`).
//!
//! **Output formats** are one trait, [`Format`], with a hook for the start of a document, each
//! item, the end of a document and the end of the run, and one implementation per format:
//!
//! | format              | items        | command                          |
//! |---------------------|--------------|----------------------------------|
//! | [`NormalizedText`]  | [`Piece`]    | `normalize`                      |
//! | [`MatchLines`]      | [`Piece`]    | `normalize --format jsonl`       |
//! | [`Diagnostics`]     | [`Finding`]  | `check` (compiler-style, caret)  |
//! | [`FindingLines`]    | [`Finding`]  | `check --format json`            |
//! | [`UnifiedDiff`]     | [`Finding`]  | `check --diff`                   |
//! | [`Sarif`]           | [`Finding`]  | `check --format sarif`           |
//! | [`Annotations`]     | [`Finding`]  | `check --format github`          |
//! | [`LookupText`]      | [`Answer`]   | `lookup`                         |
//! | [`LookupLines`]     | [`Answer`]   | `lookup --json`                  |
//!
//! A format that writes one document for the whole run (SARIF) collects in [`Format::item`] and
//! writes in [`Format::end_run`]; one that reports per document (an editor's diagnostics) does so
//! in [`Format::end_document`]; one that writes a line per finding (CI annotations) writes in
//! [`Format::item`].
//!
//! [`Summary`] wraps any format of findings and ends the run with one line for people
//! (`3 findings in 2 files`), on another stream. The formats for people take a colour switch
//! (`with_color`); whether to colour is the caller's decision.
//!
//! [`Finding`]: crate::check::Finding

mod diff;
mod github;
mod human;
mod json;
mod sarif;
mod style;
mod summary;
mod text;

use crate::check::{Finding, Reason};
use crate::lines::LineIndex;
use crate::matcher::{Match, Matcher};
use crate::prose::Markup;
use std::borrow::Cow;
use std::io;
use std::path::{Path, PathBuf};

pub use diff::UnifiedDiff;
pub use github::Annotations;
pub use human::Diagnostics;
pub use json::{
    DiagnosticRecord, EntryRecord, FindingLines, FindingRecord, LookupAnswer, LookupLines,
    LookupMatch, MatchLines, MatchRecord,
};
pub use sarif::Sarif;
pub use summary::{Fixes, Summary, Tally};
pub use text::{LookupText, NormalizedText};

/// An output format for items of type `Item` (pieces of normalised text, findings, lookup
/// answers).
///
/// The driver calls, in this order: for each document, [`Format::begin_document`], then
/// [`Format::item`] for each of its items in document order, then [`Format::end_document`]; and
/// [`Format::end_run`] once after the last document, also when there was none. A document with
/// no items still gets its begin and end. [`crate::stream::normalize`] drives formats of
/// [`Piece`]s; a caller drives formats of findings and answers the same way.
pub trait Format<Item: ?Sized> {
    /// A document starts.
    fn begin_document(&mut self, doc: &Document<'_>) -> io::Result<()> {
        let _ = doc;
        Ok(())
    }

    /// One item of the current document.
    fn item(&mut self, doc: &Document<'_>, item: &Item) -> io::Result<()>;

    /// The current document ends.
    fn end_document(&mut self, doc: &Document<'_>) -> io::Result<()> {
        let _ = doc;
        Ok(())
    }

    /// The run ends: nothing more will come. Formats that buffer write out here (and flush).
    fn end_run(&mut self) -> io::Result<()> {
        Ok(())
    }

    /// Write out what has been given so far (a stream read as it arrives hands each piece on
    /// at once).
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// A boxed format is a format (so that wrappers such as [`Summary`] take a format chosen at run
/// time).
impl<Item: ?Sized, F: Format<Item> + ?Sized> Format<Item> for Box<F> {
    fn begin_document(&mut self, doc: &Document<'_>) -> io::Result<()> {
        (**self).begin_document(doc)
    }

    fn item(&mut self, doc: &Document<'_>, item: &Item) -> io::Result<()> {
        (**self).item(doc, item)
    }

    fn end_document(&mut self, doc: &Document<'_>) -> io::Result<()> {
        (**self).end_document(doc)
    }

    fn end_run(&mut self) -> io::Result<()> {
        (**self).end_run()
    }

    fn flush(&mut self) -> io::Result<()> {
        (**self).flush()
    }
}

/// How the command line names standard input among documents.
const STDIN: &str = "<stdin>";

/// `path` made absolute against `base` and normalised without touching the file system: `.`
/// dropped, `..` taking back the part before it (never above the root).
fn normalize(path: &Path, base: &Path) -> PathBuf {
    use std::path::Component;
    let mut out = PathBuf::new();
    for c in base.join(path).components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                if matches!(out.components().next_back(), Some(Component::Normal(_))) {
                    out.pop();
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// The parts of document `name`'s path below `root` (an absolute, normalised directory), when the
/// document is inside it; `name` is taken relative to `root` unless it is absolute.
fn relative_parts(name: &str, root: &Path) -> Option<Vec<String>> {
    let path = normalize(Path::new(name), root);
    let parts: Vec<String> = path
        .strip_prefix(root)
        .ok()?
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    (!parts.is_empty()).then_some(parts)
}

/// The text of a finding on one line: a name broken across lines has its line break (and any
/// run of white space) shown as one space.
fn one_line(found: &str) -> Cow<'_, str> {
    if !found.contains(char::is_whitespace) {
        return Cow::Borrowed(found);
    }
    Cow::Owned(found.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// What a finding says about the house style, by its reason.
fn verdict(reason: Reason) -> &'static str {
    match reason {
        Reason::Misspelling => "possible misspelling of",
        _ => "house style is",
    }
}

/// A finding in one line of text, for the formats read by tools that show a message (CI
/// annotations, SARIF): `"KIM JONG-UN": house style is "Kim Jong Un" [kim-jong-un]`. When the
/// replacement is not the entry's canonical form (a short form), the canonical form follows it:
/// `"KIM": house style is "Kim" (Kim Jong Un) [kim-jong-un]`.
fn message(matcher: &Matcher, f: &Finding) -> String {
    let e = matcher.entry(f.entry);
    let mut text = format!(
        "\"{}\": {} \"{}\"",
        one_line(&f.found),
        verdict(f.reason),
        f.replacement
    );
    if e.canonical != f.replacement {
        text.push_str(&format!(" ({})", e.canonical));
    }
    text.push_str(&format!(" [{}]", e.id));
    text
}

/// The document that items belong to: its name, and its whole text when the driver has it.
#[derive(Clone, Copy, Debug)]
pub struct Document<'a> {
    name: &'a str,
    lines: Option<&'a LineIndex<'a>>,
}

impl<'a> Document<'a> {
    /// A document whose text arrives in pieces (streamed): only its name is known.
    pub fn streamed(name: &'a str) -> Self {
        Document { name, lines: None }
    }

    /// A document whose whole text is at hand, with its line index.
    pub fn whole(name: &'a str, lines: &'a LineIndex<'a>) -> Self {
        Document {
            name,
            lines: Some(lines),
        }
    }

    /// How reports name the document: its path as given, or `<stdin>`.
    pub fn name(&self) -> &'a str {
        self.name
    }

    /// The whole text, for a document that is not streamed.
    pub fn text(&self) -> Option<&'a str> {
        self.lines.map(LineIndex::text)
    }

    /// The line index of the whole text, for a document that is not streamed.
    pub fn lines(&self) -> Option<&'a LineIndex<'a>> {
        self.lines
    }
}

/// A piece of a document and its matches (short forms resolved): what `normalize` reports.
#[derive(Clone, Copy, Debug)]
pub struct Piece<'a> {
    /// Where the piece starts in its document (bytes).
    pub base: usize,
    /// The text of the piece.
    pub text: &'a str,
    /// The matches in the piece, in text order; their spans are offsets into the document.
    pub matches: &'a [Match],
    /// How the document is marked up (a replacement is written the way the document spells it:
    /// see [`Markup::respell`]).
    pub markup: Markup,
}

/// One lookup query and its hits, best first: what `lookup` reports.
#[derive(Clone, Copy, Debug)]
pub struct Answer<'a> {
    /// The query as given.
    pub query: &'a str,
    /// Its hits, best first (as [`crate::Matcher::lookup`] returns them).
    pub hits: &'a [crate::Hit],
}
