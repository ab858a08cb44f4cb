//! `check --format github`: findings as GitHub Actions workflow commands, which the runner turns
//! into annotations on the pull request's files:
//!
//! ```text
//! ::warning file=notes.txt,line=3,col=8,endLine=3,endColumn=19,title=canonym style::"Kim Jong-un": house style is "Kim Jong Un" [kim-jong-un]
//! ```
//!
//! The command syntax and its parameters (`file`, `line`, `col`, `endLine`, `endColumn`,
//! `title`) are GitHub's "Workflow commands for GitHub Actions" (`warning`); a column pair is
//! given only for a finding on one line, as GitHub's annotations take columns on one line only.
//! Escaping, as the runner reads it back (actions/toolkit `@actions/core`, `escapeData` and
//! `escapeProperty`): `%`, CR and LF in the message; those and `:` and `,` in parameter values.
//! Paths are relative to the working directory (the checkout) with `/` between their parts.

use super::{normalize, Document, Format, STDIN};
use crate::check::Finding;
use crate::matcher::Matcher;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// `check --format github`: one `::warning` command per finding.
pub struct Annotations<'m, W: Write> {
    out: W,
    matcher: &'m Matcher,
    root: PathBuf,
    /// The current document's `file=` parameter, escaped (empty for standard input).
    file: String,
}

impl<'m, W: Write> Annotations<'m, W> {
    /// Annotations of `matcher`'s findings to `out`; paths are written relative to `root` (the
    /// working directory, an absolute path) when they are inside it.
    pub fn new(out: W, matcher: &'m Matcher, root: &Path) -> Self {
        Annotations {
            out,
            matcher,
            root: normalize(root, Path::new("")),
            file: String::new(),
        }
    }
}

/// `%`, CR and LF escaped, as in a workflow command's message.
fn escape_data(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            _ => out.push(c),
        }
    }
    out
}

/// A workflow command's parameter value: escaped as data, and `:` and `,` too.
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

impl<W: Write> Format<Finding> for Annotations<'_, W> {
    fn begin_document(&mut self, doc: &Document<'_>) -> io::Result<()> {
        let name = doc.name();
        self.file = if name == STDIN {
            String::new()
        } else {
            let path = super::relative_parts(name, &self.root)
                .map_or_else(|| name.to_string(), |parts| parts.join("/"));
            format!("file={},", escape_property(&path))
        };
        Ok(())
    }

    fn item(&mut self, _doc: &Document<'_>, f: &Finding) -> io::Result<()> {
        write!(self.out, "::warning {}line={}", self.file, f.line)?;
        if f.end_line == f.line {
            write!(self.out, ",col={}", f.column)?;
        }
        write!(self.out, ",endLine={}", f.end_line)?;
        if f.end_line == f.line {
            write!(self.out, ",endColumn={}", f.end_column)?;
        }
        let title = format!("canonym {}", f.reason.as_str());
        writeln!(
            self.out,
            ",title={}::{}",
            escape_property(&title),
            escape_data(&super::message(self.matcher, f))
        )
    }

    fn end_run(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workflow_command_values_are_escaped() {
        // Source: actions/toolkit, packages/core/src/command.ts (escapeData, escapeProperty), and
        // GitHub Docs, "Workflow commands for GitHub Actions": `%` first, so that the escapes of
        // the other characters are not escaped again.
        let cases: &[(&str, &str, &str)] = &[
            ("plain", "plain", "plain"),
            ("100%", "100%25", "100%25"),
            ("%0A", "%250A", "%250A"),
            ("a\r\nb", "a%0D%0Ab", "a%0D%0Ab"),
            ("a:b,c", "a:b,c", "a%3Ab%2Cc"),
            ("C:\\x,y%\n", "C:\\x,y%25%0A", "C%3A\\x%2Cy%25%0A"),
            ("Ким: 김정은, 金", "Ким: 김정은, 金", "Ким%3A 김정은%2C 金"),
        ];
        for &(raw, data, property) in cases {
            assert_eq!(escape_data(raw), data, "data {raw:?}");
            assert_eq!(escape_property(raw), property, "property {raw:?}");
        }
    }
}
