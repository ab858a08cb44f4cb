//! The last line of a run for a person at a terminal: how many findings in how many files
//! (`3 findings in 2 files`, `no findings in 5 files`). A wrapper around any format of findings:
//! it counts what passes through, and writes its line on its own stream (stderr, so that stdout
//! stays the report) when the run ends.

use super::{Document, Format};
use crate::check::Finding;
use std::fmt;
use std::io::{self, Write};

/// `format`'s output, then one summary line on `out` at the end of the run.
pub struct Summary<F, W: Write> {
    format: F,
    out: W,
    tally: Tally,
    in_document: usize,
}

impl<F, W: Write> Summary<F, W> {
    /// Count `format`'s findings; summarise on `out`.
    pub fn new(format: F, out: W) -> Self {
        Summary {
            format,
            out,
            tally: Tally::default(),
            in_document: 0,
        }
    }

    /// Say what was fixed (`check --fix`): the line then counts what [`Summary::fixes`] was told
    /// was written, not what was found.
    pub fn fixing(mut self, fixing: bool) -> Self {
        self.tally.fixes = fixing.then(Fixes::default);
        self
    }

    /// Of one document's findings, `fixes` says how many were written, left alone as guesses, or
    /// not written because writing the file failed.
    pub fn fixes(&mut self, fixes: Fixes) {
        if let Some(all) = &mut self.tally.fixes {
            all.written += fixes.written;
            all.guesses += fixes.guesses;
            all.failed += fixes.failed;
        }
    }
}

impl<F: Format<Finding>, W: Write> Format<Finding> for Summary<F, W> {
    fn begin_document(&mut self, doc: &Document<'_>) -> io::Result<()> {
        self.tally.files += 1;
        self.in_document = 0;
        self.format.begin_document(doc)
    }

    fn item(&mut self, doc: &Document<'_>, f: &Finding) -> io::Result<()> {
        self.tally.findings += 1;
        self.in_document += 1;
        self.format.item(doc, f)
    }

    fn end_document(&mut self, doc: &Document<'_>) -> io::Result<()> {
        self.tally.with_findings += usize::from(self.in_document > 0);
        self.format.end_document(doc)
    }

    fn end_run(&mut self) -> io::Result<()> {
        self.format.end_run()?;
        writeln!(self.out, "{}", self.tally)?;
        self.out.flush()
    }
}

/// What became of the findings of `check --fix`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Fixes {
    /// Fixes written to their files.
    pub written: usize,
    /// Misspelling suggestions (guesses) reported but not applied (no `--fix-fuzzy`).
    pub guesses: usize,
    /// Fixes not written because their file could not be rewritten (reported as an error).
    pub failed: usize,
}

/// The counts of a run: `findings` in `with_findings` of `files` files, and under `check --fix`
/// what was written. Its `Display` is the summary line.
///
/// ```
/// use canonym::report::{Fixes, Tally};
///
/// let tally = |findings, with_findings, files, fixes| Tally { findings, with_findings, files, fixes };
/// assert_eq!(tally(3, 2, 2, None).to_string(), "3 findings in 2 files");
/// assert_eq!(tally(3, 2, 10, None).to_string(), "3 findings in 2 files (10 checked)");
/// assert_eq!(tally(0, 0, 5, None).to_string(), "no findings in 5 files");
/// let all = Fixes { written: 1, guesses: 0, failed: 0 };
/// assert_eq!(tally(1, 1, 1, Some(all)).to_string(), "1 finding fixed in 1 file");
/// let some = Fixes { written: 3, guesses: 1, failed: 0 };
/// assert_eq!(
///     tally(4, 2, 2, Some(some)).to_string(),
///     "4 findings in 2 files: 3 fixed, 1 possible misspelling not fixed (use --fix-fuzzy)"
/// );
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Findings reported.
    pub findings: usize,
    /// Files with at least one finding.
    pub with_findings: usize,
    /// Files checked.
    pub files: usize,
    /// `check --fix`: what was written.
    pub fixes: Option<Fixes>,
}

impl fmt::Display for Tally {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.findings == 0 {
            return write!(f, "no findings in {}", count(self.files, "file"));
        }
        let all_fixed = self
            .fixes
            .is_some_and(|x| x.written == self.findings && x.guesses == 0 && x.failed == 0);
        write!(
            f,
            "{}{} in {}",
            count(self.findings, "finding"),
            if all_fixed { " fixed" } else { "" },
            count(self.with_findings, "file")
        )?;
        if self.files != self.with_findings {
            write!(f, " ({} checked)", self.files)?;
        }
        match self.fixes {
            Some(x) if !all_fixed => {
                write!(f, ": {} fixed", x.written)?;
                if x.guesses > 0 {
                    write!(
                        f,
                        ", {} not fixed (use --fix-fuzzy)",
                        count(x.guesses, "possible misspelling")
                    )?;
                }
                if x.failed > 0 {
                    write!(f, ", {} not written (see the errors above)", x.failed)?;
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }
}

/// `n` and the noun, singular for one.
fn count(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_lines_count_in_english() {
        // Singular for exactly one, plural otherwise (including zero files); under --fix, only
        // what was written counts as fixed.
        let fixes = |written, guesses, failed| {
            Some(Fixes {
                written,
                guesses,
                failed,
            })
        };
        let cases: &[(usize, usize, usize, Option<Fixes>, &str)] = &[
            (0, 0, 0, None, "no findings in 0 files"),
            (0, 0, 1, None, "no findings in 1 file"),
            (0, 0, 5, None, "no findings in 5 files"),
            (1, 1, 1, None, "1 finding in 1 file"),
            (3, 2, 2, None, "3 findings in 2 files"),
            (3, 1, 4, None, "3 findings in 1 file (4 checked)"),
            (2, 2, 2, fixes(2, 0, 0), "2 findings fixed in 2 files"),
            (0, 0, 3, fixes(0, 0, 0), "no findings in 3 files"),
            (
                1,
                1,
                1,
                fixes(0, 1, 0),
                "1 finding in 1 file: 0 fixed, 1 possible misspelling not fixed (use --fix-fuzzy)",
            ),
            (
                5,
                2,
                3,
                fixes(1, 2, 2),
                "5 findings in 2 files (3 checked): 1 fixed, 2 possible misspellings not fixed \
                 (use --fix-fuzzy), 2 not written (see the errors above)",
            ),
        ];
        for &(findings, with_findings, files, fixes, want) in cases {
            let tally = Tally {
                findings,
                with_findings,
                files,
                fixes,
            };
            assert_eq!(tally.to_string(), want);
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
