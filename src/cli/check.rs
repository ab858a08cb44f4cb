//! `canonym check`: report every spelling that is not the house style, fix it in place (atomically),
//! or show the fix as a unified diff. Exit 0 when clean, 1 when something was reported.

use super::args::{CheckArgs, CheckFormat};
use super::inputs::{expand, ordered, read_text, threads};
use anyhow::{bail, Context, Result};
use canonym::check::{findings, fix, Finding, LineIndex};
use canonym::Matcher;
use std::io::Write;
use std::path::{Path, PathBuf};

struct FileReport {
    path: PathBuf,
    text: String,
    findings: Vec<Finding>,
}

pub fn run(matcher: &Matcher, args: &CheckArgs) -> Result<u8> {
    let files = expand(&args.files)?;
    if files.iter().any(|p| p.as_os_str() == "-") && args.fix {
        bail!("--fix cannot rewrite stdin; use --diff, or give a file");
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut any = false;
    ordered(
        &files,
        threads(args.threads),
        |p: &PathBuf| -> Result<FileReport> {
            let text = if p.as_os_str() == "-" {
                let mut s = String::new();
                std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)
                    .context("<stdin>: not UTF-8 text")?;
                s
            } else {
                read_text(p)?
            };
            let matches = matcher.find_all(&text, !args.no_fuzzy);
            let found = findings(matcher, &text, &matches);
            Ok(FileReport {
                path: p.clone(),
                text,
                findings: found,
            })
        },
        |r| {
            let r = r?;
            any |= !r.findings.is_empty();
            let shown = if r.path.as_os_str() == "-" {
                "<stdin>".to_string()
            } else {
                r.path.display().to_string()
            };
            if args.diff {
                if !r.findings.is_empty() {
                    let fixed = fix(&r.text, &r.findings);
                    let diff = similar::TextDiff::from_lines(&r.text, &fixed);
                    write!(
                        out,
                        "{}",
                        diff.unified_diff()
                            .header(&format!("a/{shown}"), &format!("b/{shown}"))
                    )?;
                }
                return Ok(());
            }
            match args.format {
                CheckFormat::Json => json(&mut out, matcher, &shown, &r.findings)?,
                CheckFormat::Human => human(&mut out, matcher, &shown, &r.text, &r.findings)?,
            }
            if args.fix && !r.findings.is_empty() {
                write_atomically(&r.path, &fix(&r.text, &r.findings))?;
            }
            Ok(())
        },
    )?;
    out.flush()?;
    Ok(if any { 1 } else { 0 })
}

fn json(out: &mut dyn Write, matcher: &Matcher, path: &str, findings: &[Finding]) -> Result<()> {
    for f in findings {
        let v = serde_json::json!({
            "path": path, "line": f.line, "column": f.column, "end_line": f.end_line, "end_column": f.end_column,
            "start": f.start, "end": f.end, "found": f.found, "replacement": f.replacement,
            "id": matcher.entry(f.entry).id, "reason": f.reason.as_str(),
        });
        writeln!(out, "{v}")?;
    }
    Ok(())
}

fn human(
    out: &mut dyn Write,
    matcher: &Matcher,
    path: &str,
    text: &str,
    findings: &[Finding],
) -> Result<()> {
    let lines = LineIndex::new(text);
    for f in findings {
        let e = matcher.entry(f.entry);
        let what = match f.reason {
            canonym::check::Reason::Misspelling => "possible misspelling of",
            _ => "house style is",
        };
        writeln!(
            out,
            "{path}:{}:{}: \"{}\": {what} \"{}\" [{}, {}]",
            f.line,
            f.column,
            f.found.split_whitespace().collect::<Vec<_>>().join(" "),
            f.replacement,
            e.id,
            f.reason.as_str()
        )?;
        let src = lines.line_text(f.line);
        let num = f.line.to_string();
        let pad = " ".repeat(num.len());
        let width = if f.end_line == f.line {
            f.end_column - f.column
        } else {
            src.chars().count() + 1 - f.column
        };
        writeln!(out, "{pad} |")?;
        writeln!(out, "{num} | {src}")?;
        writeln!(
            out,
            "{pad} | {}{} help: {}",
            " ".repeat(f.column - 1),
            "^".repeat(width.max(1)),
            f.replacement
        )?;
        writeln!(out)?;
    }
    Ok(())
}

/// Replace `path` with `contents` atomically: write a temporary file beside it, copy the
/// permissions, flush to disk, rename over the original. Never a half-written file.
fn write_atomically(path: &Path, contents: &str) -> Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let perms = std::fs::metadata(path)
        .with_context(|| format!("{}: cannot stat", path.display()))?
        .permissions();
    let mut attempt = 0;
    let (tmp, mut file) = loop {
        let tmp = dir.join(format!(
            ".{name}.canonym-{}-{attempt}.tmp",
            std::process::id()
        ));
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
        {
            Ok(f) => break (tmp, f),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && attempt < 100 => {
                attempt += 1
            }
            Err(e) => {
                return Err(e)
                    .with_context(|| format!("{}: cannot create a temporary file", dir.display()))
            }
        }
    };
    let result = (|| -> std::io::Result<()> {
        file.write_all(contents.as_bytes())?;
        file.set_permissions(perms)?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(e).with_context(|| format!("{}: cannot rewrite", path.display()));
    }
    Ok(())
}
