//! The command line: clap arguments ([`args`]) become a checked [`plan::Plan`] before any work,
//! the plan runs the library, and the reports go to stdout through the library's formats.
//! Exit codes: 0 clean / found, 1 findings / not found, 2 error.

mod args;
mod check;
mod completions;
mod export;
mod inputs;
mod lookup;
mod normalize;
mod plan;
mod settings;
mod terminal;
mod translit;

use anyhow::{Context, Result};
pub use args::Cli;
use canonym::report::EntryRecord;
use canonym::{Glossary, GlossaryFiles, Matcher};
use clap::Parser;
use plan::Plan;
use std::io::Write;
use std::process::ExitCode;
use terminal::Terminal;

/// Run the command line and end the process's work: the exit code, errors on stderr.
pub fn main() -> ExitCode {
    let code = match run() {
        Ok(code) => ExitCode::from(code),
        // A closed output pipe (`canonym ... | head`) is not an error for a CLI.
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("canonym: error: {}", one_line(&err));
            ExitCode::from(2)
        }
    };
    report_peak_rss();
    code
}

/// Parse, plan, run; the exit code on success.
fn run() -> Result<u8> {
    let cli = Cli::parse();
    let term = Terminal::detect(cli.color);
    match Plan::new(&cli)? {
        Plan::Translit(args) => translit::run(args),
        Plan::Completions(shell) => completions::completions(shell),
        Plan::Man(command) => completions::man(command),
        Plan::Config(settings) => {
            let mut out = std::io::stdout().lock();
            settings.print(&mut out)?;
            Ok(0)
        }
        Plan::Lint { glossary } => lint(&glossary),
        Plan::List { glossary, json } => {
            list(&glossary.build().context("cannot load the glossary")?, json)
        }
        Plan::Export { index, args } => with_matcher(index.build()?, |m| export::run(m, args)),
        Plan::Lookup { index, args } => {
            with_matcher(index.build()?, |m| lookup::run(m, args, term))
        }
        Plan::Normalize { index, args, job } => {
            with_matcher(index.build()?, |m| normalize::run(m, args, &job))
        }
        Plan::Records {
            index,
            args,
            field,
            job,
        } => with_matcher(index.build()?, |m| normalize::records(m, args, field, &job)),
        Plan::Check { index, args, job } => {
            with_matcher(index.build()?, |m| check::run(m, args, &job, term))
        }
    }
}

/// Run `command` with `matcher`.
fn with_matcher(matcher: Matcher, command: impl FnOnce(&Matcher) -> Result<u8>) -> Result<u8> {
    let code = command(&matcher);
    // The process ends next: the system takes a large index back at once, faster than freeing
    // its pieces one by one (freeing was about 8% of a cached run's CPU samples with a
    // 100,000-name glossary).
    std::mem::forget(matcher);
    code
}

fn lint(files: &GlossaryFiles) -> Result<u8> {
    match files.build() {
        Ok(g) => {
            for w in g.warnings() {
                eprintln!("warning: {w}");
            }
            let mut out = std::io::stdout().lock();
            for s in g.sources() {
                writeln!(out, "{}: ok, {} entries", s.path.display(), s.entries)?;
            }
            Ok(0)
        }
        Err(e) => {
            for d in e.diagnostics() {
                eprintln!("{d}");
            }
            let n = e.diagnostics().len();
            eprintln!(
                "canonym: error: {n} problem{} found",
                if n == 1 { "" } else { "s" }
            );
            Ok(2)
        }
    }
}

fn list(g: &Glossary, json: bool) -> Result<u8> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if json {
        for e in g.entries() {
            serde_json::to_writer(&mut out, &EntryRecord::new(e))?;
            writeln!(out)?;
        }
    } else {
        for s in g.sources() {
            let name = s.name.as_deref().unwrap_or("-");
            writeln!(out, "{}\t{}\t{} entries", s.path.display(), name, s.entries)?;
        }
        writeln!(
            out,
            "{} entries in {} files",
            g.entries().len(),
            g.sources().len()
        )?;
    }
    out.flush()?;
    Ok(0)
}

/// Is this error (somewhere in its chain) a closed output pipe?
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// The error and its causes on one line.
fn one_line(err: &anyhow::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    for e in err.chain() {
        let s = e.to_string().replace('\n', "; ");
        if !parts.iter().any(|p| p.contains(&s)) {
            parts.push(s);
        }
    }
    parts.join(": ")
}

/// With `CANONYM_PEAK_RSS` set (by the benchmark), the process's peak resident memory as the
/// kernel counts it, on stderr: `canonym: peak-rss-kb N`.
fn report_peak_rss() {
    if std::env::var_os("CANONYM_PEAK_RSS").is_none() {
        return;
    }
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb = status.lines().find_map(|l| {
        l.strip_prefix("VmHWM:")
            .map(|v| v.trim().trim_end_matches(" kB").to_string())
    });
    if let Some(kb) = kb {
        eprintln!("canonym: peak-rss-kb {kb}");
    }
}
