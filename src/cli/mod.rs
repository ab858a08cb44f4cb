//! The command line: clap arguments ([`args`]) become a checked [`plan::Plan`] before any work,
//! the plan runs the library, and the reports go to stdout through the library's formats.
//! Exit codes: 0 clean / found, 1 findings / not found, 2 error.

mod args;
mod check;
mod completions;
mod export;
mod inputs;
mod lookup;
mod lsp;
mod normalize;
mod plan;
mod progress;
mod settings;
mod terminal;
mod translit;

use anyhow::{Context, Result};
pub use args::Cli;
use args::LintFormat;
use canonym::report::{DiagnosticRecord, EntryRecord};
use canonym::{Glossary, GlossaryFiles, Matcher};
use plan::Plan;
use std::io::Write;
use std::process::ExitCode;
use terminal::Terminal;

/// The most problems of a glossary that a command other than `glossary lint` prints.
const MAX_PROBLEMS: usize = 20;

/// Run the command line and end the process's work: the exit code, errors on stderr.
pub fn main() -> ExitCode {
    let code = match run() {
        Ok(code) => ExitCode::from(code),
        // A closed output pipe (`canonym ... | head`) is not an error for a CLI.
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            match err
                .chain()
                .find_map(|e| e.downcast_ref::<canonym::Error>())
                .filter(|g| g.diagnostics().len() > 1)
            {
                // Many problems of a glossary: one a line, at most `MAX_PROBLEMS`.
                Some(g) => eprint!(
                    "canonym: error: {err}: {} problems\n{}",
                    g.diagnostics().len(),
                    g.capped(MAX_PROBLEMS)
                ),
                None => eprintln!("canonym: error: {}", one_line(&err)),
            }
            ExitCode::from(2)
        }
    };
    report_peak_rss();
    code
}

/// Parse, plan, run; the exit code on success.
fn run() -> Result<u8> {
    let cli = match <Cli as clap::Parser>::try_parse() {
        Ok(cli) => cli,
        // A usage error: clap's message on stderr, exit code 2.
        Err(e) if e.use_stderr() => e.exit(),
        // `--help`, `--version`: on stdout, and a failure to write them is an error.
        Err(e) => {
            e.print()
                .and_then(|()| std::io::stdout().flush())
                .map_err(stdout_error)?;
            return Ok(0);
        }
    };
    let term = Terminal::detect(cli.color);
    match Plan::new(&cli)? {
        Plan::Translit(args) => translit::run(args),
        Plan::Completions(shell) => completions::completions(shell),
        Plan::Man(command) => completions::man(command),
        Plan::Lsp => lsp::run(&cli),
        Plan::Config(settings) => {
            let mut out = std::io::stdout().lock();
            settings.print(&mut out)?;
            Ok(0)
        }
        Plan::Lint {
            glossary,
            strict,
            format,
        } => lint(&glossary, strict, format),
        Plan::List { glossary, json } => {
            list(&glossary.build().context("cannot load the glossary")?, json)
        }
        Plan::Export { index, args } => with_matcher(index.build()?, |m| export::run(m, args)),
        Plan::Lookup { index, args } => {
            with_matcher(index.build()?, |m| lookup::run(m, args, term))
        }
        Plan::Normalize { index, args, job } => {
            let matcher = index.build()?;
            job.report_problems();
            with_matcher(matcher, |m| normalize::run(m, args, &job))
        }
        Plan::Records {
            index,
            args,
            field,
            job,
        } => {
            let matcher = index.build()?;
            job.report_problems();
            with_matcher(matcher, |m| normalize::records(m, args, field, &job))
        }
        Plan::Check { index, args, job } => {
            let matcher = index.build()?;
            job.report_problems();
            with_matcher(matcher, |m| check::run(m, args, &job, term))
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

/// `glossary lint`: every problem, one a line on stderr (text) or one JSON object a line on
/// stdout (`--format json`); exit 2 when there are errors.
fn lint(files: &GlossaryFiles, strict: bool, format: LintFormat) -> Result<u8> {
    let (errors, warnings, sources) = match files.build_with(strict) {
        Ok(g) => (Vec::new(), g.warnings().to_vec(), g.sources().to_vec()),
        Err(e) => (e.diagnostics().to_vec(), e.warnings().to_vec(), Vec::new()),
    };
    if format == LintFormat::Json {
        let mut out = std::io::BufWriter::new(stdout());
        for (d, severity) in errors
            .iter()
            .map(|d| (d, "error"))
            .chain(warnings.iter().map(|d| (d, "warning")))
        {
            serde_json::to_writer(&mut out, &DiagnosticRecord::new(d, severity))?;
            writeln!(out)?;
        }
        out.flush()?;
        return Ok(if errors.is_empty() { 0 } else { 2 });
    }
    let mut err = std::io::BufWriter::new(std::io::stderr().lock());
    for w in &warnings {
        writeln!(err, "warning: {w}")?;
    }
    for d in &errors {
        writeln!(err, "{d}")?;
    }
    if !errors.is_empty() {
        let n = errors.len();
        writeln!(
            err,
            "canonym: error: {n} problem{} found",
            if n == 1 { "" } else { "s" }
        )?;
        err.flush()?;
        return Ok(2);
    }
    err.flush()?;
    let mut out = stdout();
    for s in &sources {
        writeln!(out, "{}: ok, {} entries", s.path.display(), s.entries)?;
    }
    Ok(0)
}

fn list(g: &Glossary, json: bool) -> Result<u8> {
    let mut out = std::io::BufWriter::new(stdout());
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

/// Standard output for reports: an error writing it says that it was stdout that failed (a full
/// disk, a closed pipe), keeping the kind of error.
struct Stdout(std::io::StdoutLock<'static>);

/// Standard output (see [`Stdout`]).
fn stdout() -> Stdout {
    Stdout(std::io::stdout().lock())
}

impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.write(buf).map_err(stdout_error)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush().map_err(stdout_error)
    }
}

fn stdout_error(e: std::io::Error) -> std::io::Error {
    std::io::Error::new(e.kind(), format!("cannot write to stdout: {e}"))
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
