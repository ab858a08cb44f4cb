//! Command dispatch: turns parsed arguments into a plan (glossary sources, inputs), runs the library
//! and writes the reports. Exit codes: 0 clean / found, 1 findings / not found, 2 error.

mod args;
mod check;
mod inputs;
mod lookup;
mod normalize;
mod translit;

use anyhow::{Context, Result};
pub use args::Cli;
use args::{Command, GlossaryCommand};
use canonym::{Glossary, Matcher, MatcherOptions};
use clap::Parser;
use std::io::Write;
use std::path::PathBuf;

/// Run the command line; the exit code on success.
pub fn run() -> Result<u8> {
    let cli = Cli::parse();
    match cli.command {
        Command::Translit(ref a) => translit::run(a),
        Command::Glossary(GlossaryCommand::Lint { ref paths }) => lint(paths),
        Command::Glossary(GlossaryCommand::List { json }) => {
            list(&load_glossary(&cli.glossary)?, json)
        }
        Command::Lookup(ref a) => with_matcher(&cli, |m| lookup::run(m, a)),
        Command::Normalize(ref a) => with_matcher(&cli, |m| normalize::run(m, a)),
        Command::Check(ref a) => with_matcher(&cli, |m| check::run(m, a)),
    }
}

/// Build the matcher and run `command` with it.
fn with_matcher(cli: &Cli, command: impl FnOnce(&Matcher) -> Result<u8>) -> Result<u8> {
    let matcher = build_matcher(cli)?;
    let code = command(&matcher);
    // The process ends next: the system takes a large index back at once, faster than freeing
    // its pieces one by one (freeing was about 8% of a cached run's CPU samples with a
    // 100,000-name glossary).
    std::mem::forget(matcher);
    code
}

/// The glossary paths: `-g` paths, else `$CANONYM_GLOSSARY`; empty means the bundled ones.
fn glossary_paths(paths: &[PathBuf]) -> Vec<PathBuf> {
    if !paths.is_empty() {
        return paths.to_vec();
    }
    std::env::var_os("CANONYM_GLOSSARY")
        .map(|env| {
            std::env::split_paths(&env)
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        })
        .unwrap_or_default()
}

/// Load the glossaries (see [`glossary_paths`]).
fn load_glossary(paths: &[PathBuf]) -> Result<Glossary> {
    let paths = glossary_paths(paths);
    let g = if paths.is_empty() {
        Glossary::bundled()
    } else {
        Glossary::load(&paths)
    };
    g.context("cannot load the glossary")
}

fn build_matcher(cli: &Cli) -> Result<Matcher> {
    let options = MatcherOptions {
        generate: !cli.no_generate,
    };
    let cache_dir = if cli.no_cache { None } else { cache_dir(cli) };
    match glossary_sources(&cli.glossary) {
        Some(sources) => Matcher::from_sources(&sources, &options, cache_dir.as_deref())
            .context("cannot load the glossary"),
        // An unreadable path: the plain loader names it.
        None => Ok(Matcher::new(load_glossary(&cli.glossary)?, &options)),
    }
}

/// The glossary files to load as (path, contents), resolved like [`load_glossary`]; `None` when a
/// path cannot be read (the caller then reports it).
fn glossary_sources(paths: &[PathBuf]) -> Option<Vec<(PathBuf, Vec<u8>)>> {
    let paths = glossary_paths(paths);
    if paths.is_empty() {
        return Some(
            canonym::BUNDLED
                .iter()
                .map(|(name, text)| (PathBuf::from(name), text.as_bytes().to_vec()))
                .collect(),
        );
    }
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut files: Vec<PathBuf> = std::fs::read_dir(&p)
                .ok()?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| f.extension().is_some_and(|x| x == "toml") && f.is_file())
                .collect();
            if files.is_empty() {
                return None;
            }
            files.sort();
            for f in files {
                let bytes = std::fs::read(&f).ok()?;
                out.push((f, bytes));
            }
        } else {
            let bytes = std::fs::read(&p).ok()?;
            out.push((p, bytes));
        }
    }
    Some(out)
}

fn cache_dir(cli: &Cli) -> Option<PathBuf> {
    if let Some(d) = &cli.cache_dir {
        return Some(d.clone());
    }
    let env = |k: &str| {
        std::env::var_os(k)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    env("CANONYM_CACHE_DIR")
        .or_else(|| env("XDG_CACHE_HOME").map(|d| d.join("canonym")))
        .or_else(|| env("HOME").map(|d| d.join(".cache").join("canonym")))
}

fn lint(paths: &[PathBuf]) -> Result<u8> {
    match Glossary::load(paths) {
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
            let v = serde_json::json!({
                "id": e.id, "canonical": e.canonical, "kind": e.kind.as_str(), "lang": e.lang,
                "native": e.native, "variants": e.variants, "short": e.short, "note": e.note,
                "source": e.origin.to_string(),
            });
            writeln!(out, "{v}")?;
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

/// Is this error (somewhere in its chain) a closed output pipe? That is not an error for a CLI.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || e.downcast_ref::<canonym::stream::StreamError>().is_some_and(
                |s| matches!(s, canonym::stream::StreamError::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe),
            )
    })
}

/// The error and its causes on one line.
pub fn one_line(err: &anyhow::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    for e in err.chain() {
        let s = e.to_string().replace('\n', "; ");
        if !parts.iter().any(|p| p.contains(&s)) {
            parts.push(s);
        }
    }
    parts.join(": ")
}
