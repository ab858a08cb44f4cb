//! Reports: what canonym found, as data and as output.
//!
//! **Result types** serialise (with `serde`) to canonym's JSON, each defined once, with the field
//! names the README documents: [`MatchRecord`] (a match, as `normalize --format jsonl` and record
//! mode print it), [`FindingRecord`] (a finding, as `check --format json` prints it),
//! [`LookupAnswer`] (as `lookup --json` prints it) and [`EntryRecord`] (`glossary list --json`).
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
//! | [`LookupText`]      | [`Answer`]   | `lookup`                         |
//! | [`LookupLines`]     | [`Answer`]   | `lookup --json`                  |
//!
//! A format that writes one document for the whole run (SARIF) collects in [`Format::item`] and
//! writes in [`Format::end_run`]; one that reports per document (an editor's diagnostics) does so
//! in [`Format::end_document`]; one that writes a line per finding (CI annotations) writes in
//! [`Format::item`].
//!
//! [`Finding`]: crate::check::Finding

mod diff;
mod human;
mod json;
mod text;

use crate::lines::LineIndex;
use crate::matcher::Match;
use std::io;

pub use diff::UnifiedDiff;
pub use human::Diagnostics;
pub use json::{
    EntryRecord, FindingLines, FindingRecord, LookupAnswer, LookupLines, LookupMatch, MatchLines,
    MatchRecord,
};
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
}

/// One lookup query and its hits, best first: what `lookup` reports.
#[derive(Clone, Copy, Debug)]
pub struct Answer<'a> {
    /// The query as given.
    pub query: &'a str,
    /// Its hits, best first (as [`crate::Matcher::lookup`] returns them).
    pub hits: &'a [crate::Hit],
}
