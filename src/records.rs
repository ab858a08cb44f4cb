//! Record-stream mode for indexing pipelines: JSON Lines in, the same records out, in input order,
//! with the string at one field normalised and the matches added under another field.
//!
//! Records are processed in batches on all cores. A malformed record (not JSON, not an object, the
//! field missing or not a string, not UTF-8) is reported with its line number and passed through
//! unchanged, or, in strict mode, stops the run. Nothing is ever dropped.

use crate::matcher::{Matcher, Mentions, Tokens};
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Mutex};

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

/// A record stream failed.
#[derive(Debug)]
pub enum RecordError {
    /// Reading or writing failed.
    Io(io::Error),
    /// A malformed record in strict mode.
    Malformed(Warning),
}

impl From<io::Error> for RecordError {
    fn from(e: io::Error) -> Self {
        RecordError::Io(e)
    }
}

struct Batch {
    seq: usize,
    first_line: usize,
    lines: Vec<Vec<u8>>,
}

type Done = (usize, Vec<u8>, Vec<Warning>);

/// Normalise the records read from `input` and write them to `out`; returns the number of records.
pub fn normalize_records<R: Read + Send>(
    matcher: &Matcher,
    input: R,
    out: &mut dyn Write,
    options: &RecordOptions,
    on_warning: &mut dyn FnMut(Warning),
) -> Result<usize, RecordError> {
    let workers = options.threads.max(1);
    let (work_tx, work_rx) = mpsc::sync_channel::<Batch>(workers * 2);
    let stop = AtomicBool::new(false);
    let stop = &stop;
    let work_rx = Mutex::new(work_rx);
    std::thread::scope(|scope| -> Result<usize, RecordError> {
        let (done_tx, done_rx) = mpsc::sync_channel::<Done>(workers * 2);
        let work_rx = &work_rx;
        for _ in 0..workers {
            let done_tx = done_tx.clone();
            scope.spawn(move || {
                let mut tokens = Tokens::default();
                loop {
                    let batch = match work_rx.lock() {
                        Ok(rx) => rx.recv(),
                        Err(_) => return,
                    };
                    let Ok(batch) = batch else { return };
                    let mut buf =
                        Vec::with_capacity(batch.lines.iter().map(|l| l.len() + 64).sum());
                    let mut warnings = Vec::new();
                    for (k, line) in batch.lines.iter().enumerate() {
                        if let Err(message) = record(matcher, line, options, &mut tokens, &mut buf)
                        {
                            warnings.push(Warning {
                                line: batch.first_line + k,
                                message,
                            });
                            buf.extend_from_slice(line);
                        }
                    }
                    if done_tx.send((batch.seq, buf, warnings)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(done_tx);
        let reader = scope.spawn(move || -> io::Result<usize> {
            let mut input = BufReader::with_capacity(1 << 20, input);
            let (mut seq, mut line_no, mut count) = (0, 1, 0);
            loop {
                let mut lines = Vec::new();
                let mut size = 0;
                while size < (1 << 20) && lines.len() < 4096 {
                    let mut line = Vec::new();
                    if input.read_until(b'\n', &mut line)? == 0 {
                        break;
                    }
                    size += line.len();
                    lines.push(line);
                }
                if lines.is_empty() || stop.load(Ordering::Relaxed) {
                    return Ok(count);
                }
                count += lines.len();
                let n = lines.len();
                if work_tx
                    .send(Batch {
                        seq,
                        first_line: line_no,
                        lines,
                    })
                    .is_err()
                {
                    return Ok(count);
                }
                seq += 1;
                line_no += n;
            }
        });
        let mut pending: BTreeMap<usize, (Vec<u8>, Vec<Warning>)> = BTreeMap::new();
        let mut next = 0;
        let mut result: Result<(), RecordError> = Ok(());
        for (seq, buf, warnings) in done_rx.iter() {
            if result.is_err() {
                // Draining: the reader has been told to stop; the workers finish what is queued.
                continue;
            }
            pending.insert(seq, (buf, warnings));
            while let Some((buf, warnings)) = pending.remove(&next) {
                next += 1;
                if let (true, Some(w)) = (options.strict, warnings.first()) {
                    result = Err(RecordError::Malformed(w.clone()));
                } else {
                    warnings.into_iter().for_each(&mut *on_warning);
                    if let Err(e) = out.write_all(&buf) {
                        result = Err(e.into());
                    }
                }
                if result.is_err() {
                    stop.store(true, Ordering::Relaxed);
                    pending.clear();
                    break;
                }
            }
        }
        drop(done_rx);
        let count = reader
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("reader thread failed")));
        result?;
        Ok(count?)
    })
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
    let list: Vec<Value> = matches
        .iter()
        .map(|m| {
            let e = m.entry.map(|e| matcher.entry(e));
            serde_json::json!({
                "start": m.start, "end": m.end, "text": &original[m.start..m.end],
                "id": e.map(|e| e.id.as_str()), "canonical": e.map(|e| e.canonical.as_str()),
                "match": m.kind.as_str(),
            })
        })
        .collect();
    obj.insert(options.matches_field.clone(), Value::Array(list));
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
