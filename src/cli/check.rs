//! `canonym check`: report every spelling that is not the house style, fix it in place (atomically),
//! or show the fix as a unified diff. Exit 0 when clean, 1 when something was reported, 2 when an
//! input could not be read or fixed (the others are still checked).

use super::args::{CheckArgs, CheckFormat};
use super::inputs::{display_name, read_text};
use super::plan::Job;
use super::progress::Progress;
use super::terminal::Terminal;
use anyhow::{Context, Result};
use canonym::check::{check_document, fix, Finding, Reason};
use canonym::lines::LineIndex;
use canonym::report::{
    Annotations, Diagnostics, Document, FindingLines, Fixes, Format, Sarif, Summary, UnifiedDiff,
};
use canonym::{AtomicWrite, Matcher, Pool, Snapshot};
use std::io::Write;
use std::path::PathBuf;

/// One input, read and checked (on a worker).
struct Checked<'p> {
    path: &'p PathBuf,
    text: String,
    /// What the file was when it was read.
    snapshot: Option<Snapshot>,
    findings: Vec<Finding>,
}

pub fn run(matcher: &Matcher, args: &CheckArgs, job: &Job, term: Terminal) -> Result<u8> {
    let out = std::io::BufWriter::new(super::stdout());
    let cwd = std::env::current_dir().context("cannot read the working directory")?;
    let format: Box<dyn Format<Finding>> = match (args.diff, args.format) {
        (true, _) => Box::new(UnifiedDiff::new(out)),
        (false, CheckFormat::Json) => Box::new(FindingLines::new(out, matcher)),
        (false, CheckFormat::Sarif) => Box::new(Sarif::new(out, matcher, &cwd)),
        (false, CheckFormat::Github) => Box::new(Annotations::new(out, matcher, &cwd)),
        (false, CheckFormat::Human) => {
            Box::new(Diagnostics::new(out, matcher).with_color(term.color))
        }
    };
    // A person reads stderr: end with a one-line summary there (counted in any case, so that
    // the fixes can be told to it).
    let summary_out: Box<dyn Write> = if term.stderr {
        Box::new(std::io::stderr())
    } else {
        Box::new(std::io::sink())
    };
    let mut format = Summary::new(format, summary_out).fixing(args.fix);
    let progress = Progress::new(args.progress, &args.files, &job.inputs, "files");
    let mut done = 0;
    let mut any = false;
    let mut failed = false;
    Pool::new(job.threads).run(
        job.inputs.iter().map(Ok),
        || (),
        // An input's own failure is a value, so that the run goes on with the next input.
        |_, path| -> Result<Result<Checked>> {
            Ok(read_text(path).map(|(text, snapshot)| {
                let mut findings = check_document(matcher, &text, job.markup.of(path), job.fuzzy);
                if let Some(c) = &job.config {
                    // `[check] accept`: spellings this project writes as they are.
                    findings.retain(|f| !c.accepts(&f.found));
                }
                if args.diff && !job.fix_fuzzy {
                    // The diff shows what --fix would write: no guesses.
                    findings.retain(|f| f.reason != Reason::Misspelling);
                }
                Checked {
                    path,
                    text,
                    snapshot,
                    findings,
                }
            }))
        },
        |checked| {
            done += 1;
            let c = match checked {
                Ok(c) => c,
                Err(e) => {
                    progress.done(0, done);
                    progress.suspend(|| eprintln!("canonym: error: {}", super::one_line(&e)));
                    failed = true;
                    return Ok(());
                }
            };
            progress.done(c.text.len(), done);
            any |= !c.findings.is_empty();
            let name = display_name(c.path);
            let lines = LineIndex::new(&c.text);
            let doc = Document::whole(&name, &lines);
            format.begin_document(&doc)?;
            for f in &c.findings {
                format.item(&doc, f)?;
            }
            format.end_document(&doc)?;
            // A misspelling suggestion is a guess: written only when asked for.
            let found = c.findings.len();
            let fixes: Vec<Finding> = c
                .findings
                .into_iter()
                .filter(|f| job.fix_fuzzy || f.reason != Reason::Misspelling)
                .collect();
            if args.fix {
                let mut counts = Fixes {
                    written: fixes.len(),
                    guesses: found - fixes.len(),
                    failed: 0,
                };
                if !fixes.is_empty() {
                    let fixed = fix(&c.text, &fixes);
                    let mut write = AtomicWrite::new(c.path).user_file();
                    if let Some(snapshot) = c.snapshot {
                        write = write.unchanged_since(snapshot);
                    }
                    if let Err(e) = write.write(|w| w.write_all(fixed.as_bytes())) {
                        progress.suspend(|| eprintln!("canonym: error: {name}: {e}"));
                        failed = true;
                        counts.failed = counts.written;
                        counts.written = 0;
                    }
                }
                format.fixes(counts);
            }
            Ok(())
        },
    )?;
    progress.finish();
    format.end_run()?;
    Ok(job.exit_code(failed, u8::from(any)))
}
