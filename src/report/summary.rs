//! The last line of a run for a person at a terminal: how many findings in how many files
//! (`3 findings in 2 files`, `no findings in 5 files`). A wrapper around any format of findings:
//! it counts what passes through, and writes its line on its own stream (stderr, so that stdout
//! stays the report) when the run ends.

use super::{Document, Format};
use crate::check::Finding;
use std::io::{self, Write};

/// `format`'s output, then one summary line on `out` at the end of the run.
pub struct Summary<F, W: Write> {
    format: F,
    out: W,
    fixed: bool,
    findings: usize,
    files: usize,
    files_with_findings: usize,
    in_document: usize,
}

impl<F, W: Write> Summary<F, W> {
    /// Count `format`'s findings; summarise on `out`.
    pub fn new(format: F, out: W) -> Self {
        Summary {
            format,
            out,
            fixed: false,
            findings: 0,
            files: 0,
            files_with_findings: 0,
            in_document: 0,
        }
    }

    /// Say that the findings were fixed (`check --fix`).
    pub fn fixed(mut self, fixed: bool) -> Self {
        self.fixed = fixed;
        self
    }
}

impl<F: Format<Finding>, W: Write> Format<Finding> for Summary<F, W> {
    fn begin_document(&mut self, doc: &Document<'_>) -> io::Result<()> {
        self.files += 1;
        self.in_document = 0;
        self.format.begin_document(doc)
    }

    fn item(&mut self, doc: &Document<'_>, f: &Finding) -> io::Result<()> {
        self.findings += 1;
        self.in_document += 1;
        self.format.item(doc, f)
    }

    fn end_document(&mut self, doc: &Document<'_>) -> io::Result<()> {
        self.files_with_findings += usize::from(self.in_document > 0);
        self.format.end_document(doc)
    }

    fn end_run(&mut self) -> io::Result<()> {
        self.format.end_run()?;
        let line = summary_line(
            self.findings,
            self.files_with_findings,
            self.files,
            self.fixed,
        );
        writeln!(self.out, "{line}")?;
        self.out.flush()
    }
}

/// `n` and the noun, singular for one.
fn count(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}

/// The summary of a run: `findings` in `with_findings` of `files` files.
///
/// ```
/// use canonym::report::summary_line;
///
/// assert_eq!(summary_line(3, 2, 2, false), "3 findings in 2 files");
/// assert_eq!(summary_line(3, 2, 10, false), "3 findings in 2 files (10 checked)");
/// assert_eq!(summary_line(0, 0, 5, false), "no findings in 5 files");
/// assert_eq!(summary_line(1, 1, 1, true), "1 finding fixed in 1 file");
/// ```
pub fn summary_line(findings: usize, with_findings: usize, files: usize, fixed: bool) -> String {
    if findings == 0 {
        return format!("no findings in {}", count(files, "file"));
    }
    let mut line = format!(
        "{}{} in {}",
        count(findings, "finding"),
        if fixed { " fixed" } else { "" },
        count(with_findings, "file")
    );
    if files != with_findings {
        line.push_str(&format!(" ({files} checked)"));
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_lines_count_in_english() {
        // Singular for exactly one, plural otherwise (including zero files).
        let cases: &[(usize, usize, usize, bool, &str)] = &[
            (0, 0, 0, false, "no findings in 0 files"),
            (0, 0, 1, false, "no findings in 1 file"),
            (0, 0, 5, false, "no findings in 5 files"),
            (1, 1, 1, false, "1 finding in 1 file"),
            (3, 2, 2, false, "3 findings in 2 files"),
            (3, 1, 4, false, "3 findings in 1 file (4 checked)"),
            (2, 2, 2, true, "2 findings fixed in 2 files"),
        ];
        for &(n, with, files, fixed, want) in cases {
            assert_eq!(summary_line(n, with, files, fixed), want);
        }
    }

    #[test]
    fn the_summary_follows_the_wrapped_formats_output() {
        struct Count(usize, bool);
        impl Format<Finding> for Count {
            fn item(&mut self, _: &Document<'_>, _: &Finding) -> io::Result<()> {
                self.0 += 1;
                Ok(())
            }
            fn end_run(&mut self) -> io::Result<()> {
                self.1 = true;
                Ok(())
            }
        }
        let f = Finding {
            start: 0,
            end: 1,
            line: 1,
            column: 1,
            end_line: 1,
            end_column: 2,
            found: "x".into(),
            replacement: "y".into(),
            entry: 0,
            reason: crate::check::Reason::Style,
        };
        let mut err = Vec::new();
        let mut s = Summary::new(Count(0, false), &mut err);
        for (name, n) in [("a", 2), ("b", 0), ("c", 1)] {
            let doc = Document::streamed(name);
            s.begin_document(&doc).unwrap();
            for _ in 0..n {
                s.item(&doc, &f).unwrap();
            }
            s.end_document(&doc).unwrap();
        }
        s.end_run().unwrap();
        assert_eq!((s.format.0, s.format.1), (3, true));
        assert_eq!(
            String::from_utf8(err).unwrap(),
            "3 findings in 2 files (3 checked)\n"
        );
    }
}
