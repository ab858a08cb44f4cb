//! Findings for people, like a compiler's diagnostics: `path:line:col`, what was found and what
//! the house style is, the source line with a caret under the span, and the fix.
//!
//! ```text
//! notes.txt:3:8: "Kim Jong-un": house style is "Kim Jong Un" [kim-jong-un, style]
//!   |
//! 3 | We met Kim Jong-un in May.
//!   |        ^^^^^^^^^^^ help: Kim Jong Un
//! ```
//!
//! With colour on, the location is bold, the verdict and the caret yellow (cyan for a possible
//! misspelling), the gutter blue and the house-style spelling green; the text is the same.

use super::style::{Paint, Style};
use super::{Document, Format};
use crate::check::{Finding, Reason};
use crate::matcher::Matcher;
use std::io::{self, Write};

/// `check`: one diagnostic per finding, followed by an empty line.
pub struct Diagnostics<'m, W: Write> {
    out: W,
    matcher: &'m Matcher,
    paint: Paint,
}

impl<'m, W: Write> Diagnostics<'m, W> {
    /// Diagnostics of `matcher`'s findings to `out`, without colour.
    pub fn new(out: W, matcher: &'m Matcher) -> Self {
        Diagnostics {
            out,
            matcher,
            paint: Paint::default(),
        }
    }

    /// The same, in colour when `color` (ANSI SGR sequences, for a terminal).
    pub fn with_color(mut self, color: bool) -> Self {
        self.paint = Paint::new(color);
        self
    }
}

/// The style of a finding's verdict and caret: a near miss is less certain than the rest.
fn severity(reason: Reason) -> Style {
    match reason {
        Reason::Misspelling => Style::Note,
        _ => Style::Warning,
    }
}

impl<W: Write> Format<Finding> for Diagnostics<'_, W> {
    fn item(&mut self, doc: &Document<'_>, f: &Finding) -> io::Result<()> {
        let (out, paint) = (&mut self.out, self.paint);
        let e = self.matcher.entry(f.entry);
        let level = severity(f.reason);
        writeln!(
            out,
            "{} \"{}\": {} \"{}\" {}",
            paint.paint(
                Style::Bold,
                format_args!("{}:{}:{}:", doc.name(), f.line, f.column)
            ),
            super::one_line(&f.found),
            paint.paint(level, super::verdict(f.reason)),
            paint.paint(Style::Good, &f.replacement),
            paint.paint(
                Style::Dim,
                format_args!("[{}, {}]", e.id, f.reason.as_str())
            )
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
        let bar = paint.paint(Style::Gutter, "|");
        writeln!(out, "{pad} {bar}")?;
        writeln!(out, "{} {bar} {src}", paint.paint(Style::Gutter, &num))?;
        writeln!(
            out,
            "{pad} {bar} {}{} {} {}",
            " ".repeat(f.column.saturating_sub(1)),
            paint.paint(level, "^".repeat(width.max(1))),
            paint.paint(Style::Bold, "help:"),
            paint.paint(Style::Good, &f.replacement)
        )?;
        writeln!(out)
    }

    fn end_run(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}
