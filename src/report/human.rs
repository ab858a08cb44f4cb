//! Findings for people, like a compiler's diagnostics: `path:line:col`, what was found and what
//! the house style is, the source line with a caret under the span, and the fix.
//!
//! ```text
//! notes.txt:3:8: "Kim Jong-un": house style is "Kim Jong Un" [kim-jong-un, style]
//!   |
//! 3 | We met Kim Jong-un in May.
//!   |        ^^^^^^^^^^^ help: Kim Jong Un
//! ```

use super::{Document, Format};
use crate::check::{Finding, Reason};
use crate::matcher::Matcher;
use std::io::{self, Write};

/// `check`: one diagnostic per finding, followed by an empty line.
pub struct Diagnostics<'m, W: Write> {
    out: W,
    matcher: &'m Matcher,
}

impl<'m, W: Write> Diagnostics<'m, W> {
    /// Diagnostics of `matcher`'s findings to `out`.
    pub fn new(out: W, matcher: &'m Matcher) -> Self {
        Diagnostics { out, matcher }
    }
}

impl<W: Write> Format<Finding> for Diagnostics<'_, W> {
    fn item(&mut self, doc: &Document<'_>, f: &Finding) -> io::Result<()> {
        let out = &mut self.out;
        let e = self.matcher.entry(f.entry);
        let what = match f.reason {
            Reason::Misspelling => "possible misspelling of",
            _ => "house style is",
        };
        writeln!(
            out,
            "{}:{}:{}: \"{}\": {what} \"{}\" [{}, {}]",
            doc.name(),
            f.line,
            f.column,
            f.found.split_whitespace().collect::<Vec<_>>().join(" "),
            f.replacement,
            e.id,
            f.reason.as_str()
        )?;
        let src = doc
            .lines()
            .map_or("", |l| l.line_text(f.line.saturating_sub(1)))
            .trim_end_matches('\r');
        let num = f.line.to_string();
        let pad = " ".repeat(num.len());
        // A span that goes on to the next line is underlined to the end of its first line.
        let width = if f.end_line == f.line {
            f.end_column.saturating_sub(f.column)
        } else {
            (src.chars().count() + 1).saturating_sub(f.column)
        };
        writeln!(out, "{pad} |")?;
        writeln!(out, "{num} | {src}")?;
        writeln!(
            out,
            "{pad} | {}{} help: {}",
            " ".repeat(f.column.saturating_sub(1)),
            "^".repeat(width.max(1)),
            f.replacement
        )?;
        writeln!(out)
    }

    fn end_run(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}
