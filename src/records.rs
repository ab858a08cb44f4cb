//! Record-stream mode for indexing pipelines: JSON Lines in, the same records out, in input order,
//! with the string at one field normalised and the matches added under another field.
//!
//! Records are processed in batches on all cores. A malformed record (not JSON, not an object, the
//! field missing or not a string, not UTF-8) is reported with its line number and passed through
//! unchanged, or, in strict mode, stops the run. Nothing is ever dropped.

use crate::matcher::{Matcher, Mentions, Tokens};
use crate::parallel::Pool;
use crate::report::MatchRecord;
use crate::stream::{Input, StreamError};
use serde_json::{Map, Value};
use std::fmt;
use std::io::{self, BufRead, BufReader, Write};

/// Options of [`normalize_records`].
#[derive(Clone, Debug)]
pub struct RecordOptions {
    /// Path of the text field, one key per level (`["body", "text"]`).
    pub field: Vec<String>,
    /// Field of the record that receives the matches.
    pub matches_field: String,
    /// Replace fuzzy matches too.
    pub fuzzy: bool,
    /// Stop at the first malformed record.
    pub strict: bool,
    /// Worker threads.
    pub threads: usize,
}

/// A malformed record.
#[derive(Clone, Debug)]
pub struct Warning {
    /// 1-based line of the record.
    pub line: usize,
    /// What is wrong with it.
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.line, self.message)
    }
}

/// A record stream failed.
#[derive(Debug)]
#[non_exhaustive]
pub enum RecordError {
    /// The input could not be opened or read.
    Read {
        /// The input, as reports name it.
        input: String,
        /// What failed.
        source: io::Error,
    },
    /// The input is not UTF-8.
    InvalidUtf8 {
        /// The input.
        input: String,
        /// Offset of the first invalid byte.
        offset: usize,
    },
    /// The output could not be written.
    Write {
        /// The input being written out.
        input: String,
        /// What failed.
        source: io::Error,
    },
    /// A malformed record in strict mode.
    Malformed {
        /// The input.
        input: String,
        /// The record and what is wrong with it.
        warning: Warning,
    },
}

impl RecordError {
    /// The I/O error behind this one, if any.
    pub fn io_error(&self) -> Option<&io::Error> {
        match self {
            RecordError::Read { source, .. } | RecordError::Write { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RecordError::Read { input, source } => write!(f, "{input}: cannot read: {source}"),
            RecordError::InvalidUtf8 { input, offset } => write!(
                f,
                "{input}: invalid UTF-8 at byte {offset} (canonym reads UTF-8 text; convert the input first, e.g. with iconv)"
            ),
            RecordError::Write { input, source } => {
                write!(f, "{input}: cannot write the output: {source}")
            }
            RecordError::Malformed { input, warning } => write!(f, "{input}:{warning}"),
        }
    }
}

impl std::error::Error for RecordError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.io_error().map(|e| e as _)
    }
}

impl From<StreamError> for RecordError {
    fn from(e: StreamError) -> Self {
        match e {
            StreamError::Read { input, source } => RecordError::Read { input, source },
            StreamError::Write { input, source } => RecordError::Write { input, source },
            StreamError::InvalidUtf8 { input, offset } => {
                RecordError::InvalidUtf8 { input, offset }
            }
        }
    }
}

/// A batch of lines, read together and handed to one worker.
struct Batch {
    first_line: usize,
    lines: Vec<Vec<u8>>,
}

/// The records of a batch, normalised, and its malformed records.
struct Done {
    records: usize,
    out: Vec<u8>,
    warnings: Vec<Warning>,
}

/// Batches of at most 4,096 lines or about 1 MiB.
struct Batches<R> {
    input: R,
    line: usize,
}

impl<R: BufRead> Iterator for Batches<R> {
    type Item = io::Result<Batch>;

    fn next(&mut self) -> Option<Self::Item> {
        let mut lines = Vec::new();
        let mut size = 0;
        while size < (1 << 20) && lines.len() < 4096 {
            let mut line = Vec::new();
            match self.input.read_until(b'\n', &mut line) {
                Ok(0) => break,
                Ok(n) => size += n,
                Err(e) => return Some(Err(e)),
            }
            lines.push(line);
        }
        if lines.is_empty() {
            return None;
        }
        let first_line = self.line;
        self.line += lines.len();
        Some(Ok(Batch { first_line, lines }))
    }
}

/// Normalise the records of `input` and write them to `out`, in input order, on
/// [`RecordOptions::threads`] threads; returns the number of records. Malformed records go to
/// `on_warning` and are passed through, or in strict mode stop the run (the batch holding the
/// malformed record is not written). Errors follow [`crate::Pool`]'s rule.
pub fn normalize_records(
    matcher: &Matcher,
    input: Input<'_>,
    out: &mut dyn Write,
    options: &RecordOptions,
    on_warning: &mut dyn FnMut(Warning),
) -> Result<usize, RecordError> {
    let (name, reader) = input.open()?;
    let batches = Batches {
        input: BufReader::with_capacity(1 << 20, reader),
        line: 1,
    };
    let mut count = 0;
    Pool::new(options.threads).run(
        batches.map(|b| {
            b.map_err(|source| RecordError::Read {
                input: name.clone(),
                source,
            })
        }),
        Tokens::default,
        |tokens, batch| {
            let mut buf = Vec::with_capacity(batch.lines.iter().map(|l| l.len() + 64).sum());
            let mut warnings = Vec::new();
            for (k, line) in batch.lines.iter().enumerate() {
                if let Err(message) = record(matcher, line, options, tokens, &mut buf) {
                    warnings.push(Warning {
                        line: batch.first_line + k,
                        message,
                    });
                    buf.extend_from_slice(line);
                }
            }
            Ok(Done {
                records: batch.lines.len(),
                out: buf,
                warnings,
            })
        },
        |done| {
            if let (true, Some(w)) = (options.strict, done.warnings.first()) {
                return Err(RecordError::Malformed {
                    input: name.clone(),
                    warning: w.clone(),
                });
            }
            done.warnings.into_iter().for_each(&mut *on_warning);
            out.write_all(&done.out)
                .map_err(|source| RecordError::Write {
                    input: name.clone(),
                    source,
                })?;
            count += done.records;
            Ok(())
        },
    )?;
    Ok(count)
}

/// Normalise one record (a line with its newline, if any) into `buf`.
fn record(
    matcher: &Matcher,
    line: &[u8],
    options: &RecordOptions,
    tokens: &mut Tokens,
    buf: &mut Vec<u8>,
) -> Result<(), String> {
    let newline = line.ends_with(b"\n");
    let body = line.strip_suffix(b"\n").unwrap_or(line);
    let crlf = newline && body.ends_with(b"\r");
    let body = body.strip_suffix(b"\r").unwrap_or(body);
    if body.iter().all(u8::is_ascii_whitespace) {
        buf.extend_from_slice(line);
        return Ok(());
    }
    let text = std::str::from_utf8(body)
        .map_err(|e| format!("invalid UTF-8 at byte {}", e.valid_up_to()))?;
    let mut value: Value =
        serde_json::from_str(text).map_err(|e| format!("not valid JSON ({e})"))?;
    let obj = value.as_object_mut().ok_or("not a JSON object")?;
    let field = field_mut(obj, &options.field)
        .ok_or_else(|| format!("no string at field `{}`", options.field.join(".")))?;
    let original = std::mem::take(field);
    let mut matches = Vec::new();
    matcher.scan(&original, 0, tokens, &mut matches);
    if options.fuzzy {
        matcher.scan_fuzzy(&original, tokens, 0, 0, &mut matches);
    }
    matcher.resolve(&mut matches, &mut Mentions::default());
    *field = matcher.apply(&original, &matches, options.fuzzy);
    let list: Vec<MatchRecord<'_>> = matches
        .iter()
        .map(|m| MatchRecord {
            // Record mode has never listed the candidates of an ambiguous match; kept so.
            candidates: None,
            ..MatchRecord::new(matcher, m, &original, 0)
        })
        .collect();
    let list = serde_json::to_value(list).map_err(|e| e.to_string())?;
    obj.insert(options.matches_field.clone(), list);
    serde_json::to_writer(&mut *buf, &value).map_err(|e| e.to_string())?;
    if crlf {
        buf.push(b'\r');
    }
    if newline {
        buf.push(b'\n');
    }
    Ok(())
}

fn field_mut<'a>(obj: &'a mut Map<String, Value>, path: &[String]) -> Option<&'a mut String> {
    let (last, parents) = path.split_last()?;
    let mut cur = obj;
    for p in parents {
        cur = cur.get_mut(p)?.as_object_mut()?;
    }
    match cur.get_mut(last)? {
        Value::String(s) => Some(s),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Glossary, MatcherOptions};

    fn options(strict: bool, threads: usize) -> RecordOptions {
        RecordOptions {
            field: vec!["t".to_string()],
            matches_field: "m".to_string(),
            fuzzy: false,
            strict,
            threads,
        }
    }

    #[test]
    fn errors_name_the_input_and_the_line() {
        let matcher = Matcher::new(Glossary::bundled().unwrap(), &MatcherOptions::default());
        let input = "{\"t\": \"KIM JONG-UN\"}\n[1]\n";
        for threads in [1, 2] {
            let mut out = Vec::new();
            let mut warnings = Vec::new();
            let err = normalize_records(
                &matcher,
                Input::new("in.jsonl", input.as_bytes()),
                &mut out,
                &options(true, threads),
                &mut |w| warnings.push(w),
            )
            .unwrap_err();
            assert_eq!(err.to_string(), "in.jsonl:2: not a JSON object");
            assert!(matches!(err, RecordError::Malformed { .. }));
            // Passed through, with a warning, when not strict.
            let mut out = Vec::new();
            let n = normalize_records(
                &matcher,
                Input::new("in.jsonl", input.as_bytes()),
                &mut out,
                &options(false, threads),
                &mut |w| warnings.push(w),
            )
            .unwrap();
            assert_eq!(n, 2);
            let out = String::from_utf8(out).unwrap();
            assert!(
                out.starts_with("{\"t\":\"Kim Jong Un\",\"m\":[{\"start\":0,"),
                "{out}"
            );
            assert!(out.ends_with("\n[1]\n"), "{out}");
            assert_eq!(
                warnings.pop().map(|w| w.to_string()).as_deref(),
                Some("2: not a JSON object")
            );
        }
    }
}
