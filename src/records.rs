//! Record-stream mode for indexing pipelines: JSON Lines in, the same records out, in input order,
//! with the string at one field normalised and the matches added under another field.
//!
//! Records are processed in batches on all cores. A malformed record (not JSON, not an object, the
//! field missing or not a string, not UTF-8, already holding the matches field, longer than
//! [`MAX_RECORD`]) is reported with its line number and passed through unchanged, or, in strict
//! mode, stops the run after every record before it has been written. Nothing is ever dropped. A
//! record over the limit is found while it is read and passed through in pieces, never held whole,
//! so memory stays bounded whatever the lines are.
//!
//! A record is edited, never re-serialised: the JSON is parsed only to find the byte span of the
//! field's string (the last one, as JSON parsers read duplicate keys), the new string is spliced
//! in there and the matches are added after the object's last member. Every other byte (numbers
//! of any size or form, duplicate keys, key order, white space, escapes) stays as it was.

use crate::matcher::{Matcher, Mentions, Tokens};
use crate::parallel::Pool;
use crate::prose::{Markup, Prose};
use crate::report::MatchRecord;
use crate::stream::{Input, StreamError};
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
    /// How the text of the field is marked up.
    pub markup: Markup,
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

/// The largest record (a line, without its line end) that is normalised, in bytes: 4 MiB. A longer
/// one is passed through unchanged with a warning (an error under `--strict`), streamed in pieces
/// of at most 1 MiB, never held whole: a record is parsed and scanned whole, at a cost of a few
/// dozen times its size, so this bounds the memory of record mode.
pub const MAX_RECORD: usize = 4 << 20;

/// The size of the pieces in which a record over [`MAX_RECORD`] is passed through.
const PASS_PIECE: usize = 1 << 20;

/// What the reader hands to the pool.
enum Work {
    /// A batch of lines, read together and handed to one worker.
    Batch {
        first_line: usize,
        lines: Vec<Vec<u8>>,
    },
    /// A piece of a record over [`MAX_RECORD`], passed through as it is; `size` (the record's
    /// length without its line end) once its last piece has been read.
    TooLong {
        line: usize,
        bytes: Vec<u8>,
        size: Option<usize>,
    },
}

/// The records of a batch, normalised, and its malformed records.
struct Done {
    records: usize,
    out: Vec<u8>,
    warnings: Vec<Warning>,
}

/// Batches of at most 4,096 lines or about 1 MiB, and the pieces of a record too long to
/// normalise.
struct Batches<R> {
    input: R,
    line: usize,
    strict: bool,
    /// The longest record normalised ([`MAX_RECORD`]).
    limit: usize,
    /// The record over the limit being passed through.
    long: Option<Long>,
}

/// A record over [`MAX_RECORD`], being read.
struct Long {
    line: usize,
    /// Read and not yet handed on.
    pending: Vec<u8>,
    /// Bytes read of it so far, its line end included.
    read: usize,
    /// Its line end (or the end of the input) has been read.
    ended: bool,
}

impl<R: BufRead> Batches<R> {
    /// Read onto `buf` up to `limit` bytes of the current line, its line end included; `true`
    /// once the line end (or the end of the input) has been reached.
    fn read_line_upto(&mut self, buf: &mut Vec<u8>, limit: usize) -> io::Result<bool> {
        loop {
            let room = limit.saturating_sub(buf.len());
            let available = match self.input.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if available.is_empty() {
                return Ok(true);
            }
            let window = &available[..room.min(available.len())];
            let (take, ended) = match memchr::memchr(b'\n', window) {
                Some(i) => (i + 1, true),
                None => (window.len(), false),
            };
            buf.extend_from_slice(&available[..take]);
            self.input.consume(take);
            if ended || buf.len() >= limit {
                return Ok(ended);
            }
        }
    }

    /// The next piece of the record over the limit, at most [`PASS_PIECE`] bytes after its head;
    /// in strict mode, where nothing of it is written, the rest of it is only counted.
    fn too_long(&mut self, mut long: Long) -> io::Result<Work> {
        while !long.ended && (self.strict || long.pending.len() < PASS_PIECE) {
            if self.strict {
                long.pending.clear();
            }
            let before = long.pending.len();
            long.ended = self.read_line_upto(&mut long.pending, before + PASS_PIECE)?;
            long.read += long.pending.len() - before;
        }
        let Long {
            line,
            pending,
            read,
            ended,
        } = long;
        if !ended {
            self.long = Some(Long {
                line,
                pending: Vec::new(),
                read,
                ended,
            });
            return Ok(Work::TooLong {
                line,
                bytes: pending,
                size: None,
            });
        }
        self.line += 1;
        let size = read - (pending.len() - body(&pending).len());
        let bytes = if self.strict { Vec::new() } else { pending };
        Ok(Work::TooLong {
            line,
            bytes,
            size: Some(size),
        })
    }
}

impl<R: BufRead> Iterator for Batches<R> {
    type Item = io::Result<Work>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(long) = self.long.take() {
            return Some(self.too_long(long));
        }
        let mut lines = Vec::new();
        let mut size = 0;
        while size < (1 << 20) && lines.len() < 4096 {
            let mut line = Vec::new();
            // One byte past the limit and a line end (`\r\n`) tell a record over it.
            match self.read_line_upto(&mut line, self.limit + 3) {
                Ok(_) if line.is_empty() => break,
                Ok(true) if body(&line).len() <= self.limit => {}
                Ok(ended) => {
                    self.long = Some(Long {
                        line: self.line + lines.len(),
                        read: line.len(),
                        pending: line,
                        ended,
                    });
                    break;
                }
                Err(e) => return Some(Err(e)),
            }
            size += line.len();
            lines.push(line);
        }
        if lines.is_empty() {
            let long = self.long.take()?;
            return Some(self.too_long(long));
        }
        let first_line = self.line;
        self.line += lines.len();
        Some(Ok(Work::Batch { first_line, lines }))
    }
}

/// A line without its line end (`\n` or `\r\n`).
fn body(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// Normalise the records of `input` and write them to `out`, in input order, on
/// [`RecordOptions::threads`] threads; returns the number of records. Malformed records go to
/// `on_warning` and are passed through, or in strict mode stop the run (every record before the
/// malformed one is written, nothing after it). Errors follow [`crate::Pool`]'s rule.
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
        strict: options.strict,
        limit: MAX_RECORD,
        long: None,
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
        |tokens, work| {
            let (first_line, lines) = match work {
                Work::Batch { first_line, lines } => (first_line, lines),
                // Passed through as it is; the warning (the error under `--strict`, where
                // `bytes` is empty) once it has all been written.
                Work::TooLong { line, bytes, size } => {
                    return Ok(Done {
                        records: usize::from(size.is_some()),
                        out: bytes,
                        warnings: size
                            .map(|n| Warning {
                                line,
                                message: format!(
                                    "record of {n} bytes exceeds the limit of {MAX_RECORD}"
                                ),
                            })
                            .into_iter()
                            .collect(),
                    })
                }
            };
            let mut buf = Vec::with_capacity(lines.iter().map(|l| l.len() + 64).sum());
            let mut warnings = Vec::new();
            for (k, line) in lines.iter().enumerate() {
                if let Err(message) = record(matcher, line, options, tokens, &mut buf) {
                    warnings.push(Warning {
                        line: first_line + k,
                        message,
                    });
                    if options.strict {
                        // The run stops here: the records before it are in `buf`.
                        break;
                    }
                    buf.extend_from_slice(line);
                }
            }
            Ok(Done {
                records: lines.len(),
                out: buf,
                warnings,
            })
        },
        |done| {
            out.write_all(&done.out)
                .map_err(|source| RecordError::Write {
                    input: name.clone(),
                    source,
                })?;
            if let (true, Some(w)) = (options.strict, done.warnings.first()) {
                return Err(RecordError::Malformed {
                    input: name.clone(),
                    warning: w.clone(),
                });
            }
            done.warnings.into_iter().for_each(&mut *on_warning);
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
    serde_json::from_str::<serde::de::IgnoredAny>(text)
        .map_err(|e| format!("not valid JSON ({e})"))?;
    let record = span::Record::parse(text).ok_or("not a JSON object")?;
    if record.has_key(&options.matches_field) {
        return Err(format!(
            "already has a field `{}` (name another with --matches-field)",
            options.matches_field
        ));
    }
    let no_field = || format!("no string at field `{}`", options.field.join("."));
    let value = record.string_at(&options.field).ok_or_else(no_field)?;
    let original: String = serde_json::from_str(&text[value.clone()]).map_err(|_| no_field())?;
    let mut matches = Vec::new();
    let prose = Prose::new(&original, options.markup);
    matcher.scan_prose(&prose, 0, options.fuzzy, tokens, &mut matches);
    matcher.resolve(&mut matches, &mut Mentions::default());
    let normalised = matcher.apply_in(&original, &matches, options.fuzzy, options.markup);
    // The same match objects as `normalize --format jsonl` (an ambiguous one with its candidates).
    let list: Vec<MatchRecord<'_>> = matches
        .iter()
        .map(|m| MatchRecord::new(matcher, m, &original, 0))
        .collect();
    let bytes = text.as_bytes();
    buf.extend_from_slice(&bytes[..value.start]);
    if normalised == original {
        buf.extend_from_slice(&bytes[value.clone()]);
    } else {
        serde_json::to_writer(&mut *buf, &normalised).map_err(|e| e.to_string())?;
    }
    buf.extend_from_slice(&bytes[value.end..record.last_member_end]);
    buf.push(b',');
    serde_json::to_writer(&mut *buf, &options.matches_field).map_err(|e| e.to_string())?;
    buf.push(b':');
    serde_json::to_writer(&mut *buf, &list).map_err(|e| e.to_string())?;
    buf.extend_from_slice(&bytes[record.last_member_end..]);
    if crlf {
        buf.push(b'\r');
    }
    if newline {
        buf.push(b'\n');
    }
    Ok(())
}

/// Byte spans in a JSON record that is known to be valid: where a member's value is, without
/// building (and so without rewriting) any value.
mod span {
    use std::ops::Range;

    /// A JSON object: its text and the members of its top level.
    pub struct Record<'t> {
        text: &'t str,
        /// `(key, value span)` of the top-level members, in order.
        members: Vec<(String, Range<usize>)>,
        /// Where the last member's value ends (the matches go right after it).
        pub last_member_end: usize,
    }

    impl<'t> Record<'t> {
        /// The top-level object of `text` (valid JSON); `None` if it is not an object.
        pub fn parse(text: &'t str) -> Option<Record<'t>> {
            let start = skip_ws(text.as_bytes(), 0);
            let members = members(text, start)?;
            let last_member_end = members.last().map_or(start + 1, |(_, v)| v.end);
            Some(Record {
                text,
                members,
                last_member_end,
            })
        }

        /// Whether the top level has `key`.
        pub fn has_key(&self, key: &str) -> bool {
            self.members.iter().any(|(k, _)| k == key)
        }

        /// The span of the string (quotes included) at `path` (one key per level, the last of
        /// duplicate keys, as JSON parsers read them).
        pub fn string_at(&self, path: &[String]) -> Option<Range<usize>> {
            let (last, parents) = path.split_last()?;
            let mut level = self.members.clone();
            for key in parents {
                let value = last_of(&level, key)?;
                level = members(self.text, value.start)?;
            }
            let value = last_of(&level, last)?;
            (self.text.as_bytes().get(value.start) == Some(&b'"')).then_some(value)
        }
    }

    fn last_of(members: &[(String, Range<usize>)], key: &str) -> Option<Range<usize>> {
        members
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
    }

    /// The members of the object starting at `at` (its `{`); `None` if there is no object there.
    fn members(text: &str, at: usize) -> Option<Vec<(String, Range<usize>)>> {
        let b = text.as_bytes();
        if b.get(at) != Some(&b'{') {
            return None;
        }
        let mut out = Vec::new();
        let mut i = skip_ws(b, at + 1);
        while b.get(i) == Some(&b'"') {
            let key_end = skip_string(b, i);
            let key: String = serde_json::from_str(text.get(i..key_end)?).ok()?;
            i = skip_ws(b, key_end);
            if b.get(i) != Some(&b':') {
                return None;
            }
            let value_start = skip_ws(b, i + 1);
            let value_end = skip_value(b, value_start);
            out.push((key, value_start..value_end));
            i = skip_ws(b, value_end);
            if b.get(i) == Some(&b',') {
                i = skip_ws(b, i + 1);
            }
        }
        Some(out)
    }

    fn skip_ws(b: &[u8], mut i: usize) -> usize {
        while b
            .get(i)
            .is_some_and(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r'))
        {
            i += 1;
        }
        i
    }

    /// The end of the string starting at `i` (its opening quote).
    fn skip_string(b: &[u8], mut i: usize) -> usize {
        i += 1;
        while let Some(&c) = b.get(i) {
            match c {
                b'\\' => i += 2,
                b'"' => return i + 1,
                _ => i += 1,
            }
        }
        b.len()
    }

    /// The end of the value starting at `i`.
    fn skip_value(b: &[u8], mut i: usize) -> usize {
        match b.get(i) {
            Some(b'"') => skip_string(b, i),
            Some(b'{' | b'[') => {
                let mut depth = 0usize;
                while let Some(&c) = b.get(i) {
                    match c {
                        b'"' => {
                            i = skip_string(b, i);
                            continue;
                        }
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth = depth.saturating_sub(1);
                            if depth == 0 {
                                return i + 1;
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
                b.len()
            }
            _ => {
                while b.get(i).is_some_and(|c| {
                    !matches!(c, b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
                }) {
                    i += 1;
                }
                i
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Glossary, MatcherOptions};

    /// What `Batches` makes of `input` with a limit of 8 bytes: `B` and the lines of a batch,
    /// `L` and the bytes of a piece of a long record with its size once known.
    fn batches(input: &str, strict: bool) -> Vec<String> {
        let batches = Batches {
            input: io::BufReader::with_capacity(4, input.as_bytes()),
            line: 1,
            strict,
            limit: 8,
            long: None,
        };
        batches
            .map(|w| match w.unwrap() {
                Work::Batch { first_line, lines } => {
                    let lines: Vec<_> = lines.iter().map(|l| String::from_utf8_lossy(l)).collect();
                    format!("B{first_line} {}", lines.concat())
                }
                Work::TooLong { line, bytes, size } => {
                    format!("L{line} {} {size:?}", String::from_utf8_lossy(&bytes))
                }
            })
            .collect()
    }

    #[test]
    fn records_over_the_limit_are_found_while_read_and_passed_on() {
        let input = "a\n123456789\r\nb\n12345678\r\n0123456789abcdef";
        assert_eq!(
            batches(input, false),
            [
                "B1 a\n",
                "L2 123456789\r\n Some(9)",
                "B3 b\n12345678\r\n",
                "L5 0123456789abcdef Some(16)",
            ]
        );
        assert_eq!(
            batches(input, true),
            [
                "B1 a\n",
                "L2  Some(9)",
                "B3 b\n12345678\r\n",
                "L5  Some(16)",
            ]
        );
    }

    fn options(strict: bool, threads: usize) -> RecordOptions {
        RecordOptions {
            field: vec!["t".to_string()],
            matches_field: "m".to_string(),
            fuzzy: false,
            strict,
            threads,
            markup: Markup::Plain,
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
                out.starts_with("{\"t\": \"Kim Jong Un\",\"m\":[{\"start\":0,"),
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
