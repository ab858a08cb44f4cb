//! `canonym normalize`: the text with every recognised spelling replaced (or the matches as JSON
//! Lines), from files, directories or stdin; and the record-stream mode for JSON Lines pipelines.

use super::args::{NormalizeArgs, NormalizeFormat};
use super::inputs::{expand, ordered, threads, validate_utf8};
use anyhow::{anyhow, Context, Result};
use canonym::stream::{self, Output, StreamError, StreamOptions, TextOutput};
use canonym::{Match, Matcher};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

/// Writes one JSON object per match.
struct JsonlOutput<'p, W: Write> {
    out: W,
    path: &'p str,
}

impl<W: Write> Output for JsonlOutput<'_, W> {
    fn piece(
        &mut self,
        matcher: &Matcher,
        base: usize,
        text: &str,
        matches: &[Match],
    ) -> io::Result<usize> {
        for m in matches {
            let found = &text[m.start - base..m.end - base];
            let entry = m.entry.map(|e| matcher.entry(e));
            let mut v = serde_json::json!({
                "path": self.path, "start": m.start, "end": m.end, "text": found,
                "id": entry.map(|e| e.id.as_str()), "canonical": entry.map(|e| e.canonical.as_str()),
                "match": m.kind.as_str(),
            });
            if !m.candidates.is_empty() {
                v["candidates"] = m
                    .candidates
                    .iter()
                    .map(|&c| matcher.entry(c).id.clone())
                    .collect();
            }
            serde_json::to_writer(&mut self.out, &v)?;
            self.out.write_all(b"\n")?;
        }
        Ok(0)
    }
}

pub fn run(matcher: &Matcher, args: &NormalizeArgs) -> Result<u8> {
    let threads = threads(args.threads);
    if let Some(field) = &args.jsonl_field {
        return super::normalize::records(matcher, args, field, threads);
    }
    let files = expand(&args.files)?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    if files.is_empty() {
        run_one(matcher, args, io::stdin(), "<stdin>", threads, &mut out)?;
    } else if files.len() == 1 {
        let (reader, name) = open(&files[0])?;
        run_one(matcher, args, reader, &name, threads, &mut out)?;
    } else {
        // Many files: one file per worker, output in argument order.
        ordered(
            &files,
            threads,
            |p: &PathBuf| -> Result<Vec<u8>> {
                let (reader, name) = open(p)?;
                let mut buf = Vec::new();
                run_one(matcher, args, reader, &name, 1, &mut buf)?;
                Ok(buf)
            },
            |r| {
                out.write_all(&r?)?;
                Ok(())
            },
        )?;
    }
    out.flush()?;
    Ok(0)
}

fn open(path: &Path) -> Result<(Box<dyn Read + Send>, String)> {
    if path.as_os_str() == "-" {
        return Ok((Box::new(io::stdin()), "<stdin>".into()));
    }
    // Validate first so that a bad file produces an error and no partial output.
    validate_utf8(path)?;
    let f =
        std::fs::File::open(path).with_context(|| format!("{}: cannot read", path.display()))?;
    Ok((Box::new(f), path.display().to_string()))
}

fn run_one<R: Read + Send>(
    matcher: &Matcher,
    args: &NormalizeArgs,
    reader: R,
    name: &str,
    threads: usize,
    out: &mut dyn Write,
) -> Result<()> {
    let options = StreamOptions {
        threads,
        fuzzy: args.fuzzy,
        ..StreamOptions::default()
    };
    let result = match args.format {
        NormalizeFormat::Text => stream::normalize(
            matcher,
            reader,
            &mut TextOutput {
                out,
                fuzzy: args.fuzzy,
            },
            &options,
        ),
        NormalizeFormat::Jsonl => stream::normalize(
            matcher,
            reader,
            &mut JsonlOutput { out, path: name },
            &options,
        ),
    };
    result.map(|_| ()).map_err(|e| match e {
        StreamError::InvalidUtf8 { offset } => anyhow!(
            "{name}: invalid UTF-8 at byte {offset} (canonym reads UTF-8 text; convert the input first, e.g. with iconv)"
        ),
        StreamError::Io(io) => anyhow::Error::new(io).context(format!("{name}: cannot read or write")),
    })
}

/// Record-stream mode: JSON Lines in, the same records out with the field normalised and the matches added.
pub fn records(matcher: &Matcher, args: &NormalizeArgs, field: &str, threads: usize) -> Result<u8> {
    let files = expand(&args.files)?;
    let mut out = io::BufWriter::with_capacity(1 << 16, io::stdout().lock());
    let options = canonym::records::RecordOptions {
        field: field.split('.').map(str::to_string).collect(),
        matches_field: args.matches_field.clone(),
        fuzzy: args.fuzzy,
        strict: args.strict,
        threads,
    };
    let report = |w: canonym::records::Warning, name: &str| {
        eprintln!(
            "canonym: warning: {name}:{}: {}; record passed through unchanged",
            w.line, w.message
        );
    };
    let mut bad = 0usize;
    let inputs: Vec<(Box<dyn Read + Send>, String)> = if files.is_empty() {
        vec![(Box::new(io::stdin()), "<stdin>".to_string())]
    } else {
        files.iter().map(|p| open(p)).collect::<Result<_>>()?
    };
    for (reader, name) in inputs {
        let r =
            canonym::records::normalize_records(matcher, reader, &mut out, &options, &mut |w| {
                bad += 1;
                report(w, &name)
            });
        match r {
            Ok(_) => {}
            Err(canonym::records::RecordError::Malformed(w)) => {
                return Err(anyhow!(
                    "{name}:{}: {} (--strict stops at the first malformed record)",
                    w.line,
                    w.message
                ))
            }
            Err(canonym::records::RecordError::Io(e)) => {
                return Err(anyhow::Error::new(e).context(format!("{name}: cannot read or write")))
            }
        }
    }
    out.flush()?;
    Ok(0)
}
