//! Streaming normalisation: large inputs in bounded memory, on all cores, with output identical to
//! normalising the whole input at once.
//!
//! The input is read in blocks and cut only where no name can span: right after a punctuation
//! character or at a paragraph break (a name never continues across either). Workers scan the
//! pieces in parallel; a single writer puts them back in input order, resolves short forms against
//! the entries mentioned earlier in the document, and writes the output.

use crate::matcher::Tokens;
use crate::matcher::{Match, Matcher, Mentions};
use std::collections::BTreeMap;
use std::fmt;
use std::io::{self, Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Mutex};

/// Tunables of a streaming run.
#[derive(Clone, Debug)]
pub struct StreamOptions {
    /// Worker threads (1 = scan on the calling thread).
    pub threads: usize,
    /// Target size of one piece in bytes.
    pub chunk: usize,
    /// Replace fuzzy matches too.
    pub fuzzy: bool,
}

impl Default for StreamOptions {
    fn default() -> Self {
        StreamOptions {
            threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
            chunk: 1 << 20,
            fuzzy: false,
        }
    }
}

/// A streaming run failed.
#[derive(Debug)]
pub enum StreamError {
    /// Reading or writing failed.
    Io(io::Error),
    /// The input is not UTF-8; the byte offset of the first bad byte.
    InvalidUtf8 {
        /// Offset of the first invalid byte from the start of the input.
        offset: usize,
    },
}

impl fmt::Display for StreamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StreamError::Io(e) => write!(f, "{e}"),
            StreamError::InvalidUtf8 { offset } => write!(f, "invalid UTF-8 at byte {offset}"),
        }
    }
}

impl std::error::Error for StreamError {}

impl From<io::Error> for StreamError {
    fn from(e: io::Error) -> Self {
        StreamError::Io(e)
    }
}

/// What a run saw.
#[derive(Clone, Copy, Debug, Default)]
pub struct Stats {
    /// Bytes read.
    pub bytes: usize,
    /// Matches found.
    pub matches: usize,
    /// Matches replaced.
    pub replaced: usize,
}

/// One piece of the input handed to a worker.
struct Piece {
    seq: usize,
    base: usize,
    text: String,
}

/// Where a piece may end: after an ASCII punctuation byte or a paragraph break, never inside a
/// name. Searches backwards from the end of `buf`; returns the cut offset.
fn safe_cut(buf: &[u8]) -> Option<usize> {
    let window = buf.len().saturating_sub(1 << 16);
    let mut i = buf.len();
    while i > window.max(1) {
        i -= 1;
        let b = buf[i - 1];
        let cut = match b {
            b'.' | b',' | b';' | b':' | b'!' | b'?' | b'"' | b'(' | b')' | b'[' | b']' | b'{'
            | b'}' | b'<' | b'>' | b'/' | b'|' => true,
            b'\n' => i >= 2 && buf[i - 2] == b'\n',
            _ => false,
        };
        if cut {
            return Some(i);
        }
    }
    None
}

/// Reads `input` in pieces cut at safe places and hands them to `sink` in order.
fn read_pieces<R: Read>(
    mut input: R,
    chunk: usize,
    mut sink: impl FnMut(Piece) -> Result<(), StreamError>,
) -> Result<usize, StreamError> {
    let mut buf: Vec<u8> = Vec::with_capacity(chunk * 2);
    let mut base = 0usize;
    let mut seq = 0usize;
    let mut eof = false;
    while !eof || !buf.is_empty() {
        if !eof && buf.len() < chunk {
            // `take` + `read_to_end` fills without zeroing the buffer first.
            let want = chunk - buf.len();
            eof = input.by_ref().take(want as u64).read_to_end(&mut buf)? < want;
        }
        // Cut at a safe place; when a block has none (a huge unpunctuated line), grow the block up
        // to a hard bound and then cut after white space.
        let cut = if eof {
            buf.len()
        } else {
            match safe_cut(&buf) {
                Some(c) => c,
                None if buf.len() < chunk * 64 => {
                    eof = input.by_ref().take(chunk as u64).read_to_end(&mut buf)? < chunk;
                    continue;
                }
                None => buf
                    .iter()
                    .rposition(|b| b.is_ascii_whitespace())
                    .map_or(buf.len(), |p| p + 1),
            }
        };
        let mut rest = Vec::with_capacity(chunk + (buf.len() - cut));
        rest.extend_from_slice(&buf[cut..]);
        buf.truncate(cut);
        let bytes = std::mem::replace(&mut buf, rest);
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                let good = e.utf8_error().valid_up_to();
                // A character split by a forced cut is completed by the next read.
                let incomplete = e.utf8_error().error_len().is_none();
                if incomplete && !eof && good > 0 {
                    let mut bytes = e.into_bytes();
                    let tail = bytes.split_off(good);
                    let mut rest = tail;
                    rest.extend_from_slice(&buf);
                    buf = rest;
                    String::from_utf8(bytes).map_err(|_| StreamError::InvalidUtf8 {
                        offset: base + good,
                    })?
                } else {
                    return Err(StreamError::InvalidUtf8 {
                        offset: base + good,
                    });
                }
            }
        };
        let len = text.len();
        if len == 0 && buf.is_empty() {
            break;
        }
        sink(Piece { seq, base, text })?;
        seq += 1;
        base += len;
    }
    Ok(base)
}

/// How the normalised text or the matches are written.
pub trait Output {
    /// Write one piece of the input (starting at byte `base` of the document) and its resolved matches.
    fn piece(
        &mut self,
        matcher: &Matcher,
        base: usize,
        text: &str,
        matches: &[Match],
    ) -> io::Result<usize>;
}

/// Writes the text with every match replaced by its house-style form.
pub struct TextOutput<W: Write> {
    /// The destination.
    pub out: W,
    /// Replace fuzzy matches too.
    pub fuzzy: bool,
}

impl<W: Write> Output for TextOutput<W> {
    fn piece(
        &mut self,
        matcher: &Matcher,
        base: usize,
        text: &str,
        matches: &[Match],
    ) -> io::Result<usize> {
        let mut last = 0;
        let mut replaced = 0;
        for m in matches {
            let (s, e) = (m.start - base, m.end - base);
            if let Some(r) = matcher.replacement(&text[s..e], m, self.fuzzy) {
                self.out.write_all(&text.as_bytes()[last..s])?;
                self.out.write_all(r.as_bytes())?;
                last = e;
                replaced += 1;
            }
        }
        self.out.write_all(&text.as_bytes()[last..])?;
        Ok(replaced)
    }
}

/// Normalise the document read from `input`, writing pieces to `output` in input order.
pub fn normalize<R: Read + Send>(
    matcher: &Matcher,
    input: R,
    output: &mut dyn Output,
    options: &StreamOptions,
) -> Result<Stats, StreamError> {
    let mut stats = Stats::default();
    let mut mentions = Mentions::default();
    let mut emit = |matcher: &Matcher,
                    p: Piece,
                    matches: &mut Vec<Match>,
                    stats: &mut Stats|
     -> Result<(), StreamError> {
        matcher.resolve(matches, &mut mentions);
        stats.matches += matches.len();
        stats.replaced += output.piece(matcher, p.base, &p.text, matches)?;
        Ok(())
    };
    if options.threads <= 1 {
        let mut tokens = Tokens::default();
        // One list of matches, reused piece after piece.
        let mut matches = Vec::new();
        stats.bytes = read_pieces(input, options.chunk, |p| {
            matches.clear();
            matcher.scan(&p.text, p.base, &mut tokens, &mut matches);
            if options.fuzzy {
                matcher.scan_fuzzy(&p.text, &mut tokens, p.base, 0, &mut matches);
            }
            emit(matcher, p, &mut matches, &mut stats)
        })?;
        return Ok(stats);
    }
    let workers = options.threads;
    let (work_tx, work_rx) = mpsc::sync_channel::<Piece>(workers * 2);
    let stop = AtomicBool::new(false);
    let work_rx = Mutex::new(work_rx);
    std::thread::scope(|scope| -> Result<Stats, StreamError> {
        let (done_tx, done_rx) = mpsc::sync_channel::<(Piece, Vec<Match>)>(workers * 2);
        let work_rx = &work_rx;
        for _ in 0..workers {
            let done_tx = done_tx.clone();
            scope.spawn(move || {
                let mut tokens = Tokens::default();
                loop {
                    let piece = match work_rx.lock() {
                        Ok(rx) => rx.recv(),
                        Err(_) => return,
                    };
                    let Ok(piece) = piece else { return };
                    let mut matches = Vec::with_capacity(piece.text.len() / 256);
                    matcher.scan(&piece.text, piece.base, &mut tokens, &mut matches);
                    if options.fuzzy {
                        matcher.scan_fuzzy(&piece.text, &mut tokens, piece.base, 0, &mut matches);
                    }
                    if done_tx.send((piece, matches)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(done_tx);
        let stop = &stop;
        let reader = scope.spawn(move || {
            read_pieces(input, options.chunk, |p| {
                let closed =
                    || StreamError::Io(io::Error::new(io::ErrorKind::BrokenPipe, "output closed"));
                if stop.load(Ordering::Relaxed) {
                    return Err(closed());
                }
                work_tx.send(p).map_err(|_| closed())
            })
        });
        let mut pending: BTreeMap<usize, (Piece, Vec<Match>)> = BTreeMap::new();
        let mut next = 0usize;
        let mut result = Ok(());
        for (piece, matches) in done_rx.iter() {
            pending.insert(piece.seq, (piece, matches));
            while let Some((p, mut m)) = pending.remove(&next) {
                next += 1;
                if result.is_ok() {
                    result = emit(matcher, p, &mut m, &mut stats);
                }
            }
            if result.is_err() {
                // Stop the reader, and let the workers finish what is queued so nobody blocks.
                stop.store(true, Ordering::Relaxed);
                pending.clear();
            }
        }
        drop(done_rx);
        let read = reader
            .join()
            .unwrap_or_else(|_| Err(StreamError::Io(io::Error::other("reader thread failed"))));
        result?;
        stats.bytes = read?;
        Ok(stats)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_never_split_a_name() {
        assert_eq!(safe_cut(b"Kim Jong\nUn met. Mr"), Some(16));
        assert_eq!(safe_cut(b"Kim Jong\nUn met Mr"), None);
        assert_eq!(safe_cut(b"a\n\nb"), Some(3));
    }

    #[test]
    fn pieces_cover_the_input_exactly() {
        let text = "Ким, 김정은. 習近平; ".repeat(5000);
        let mut got = String::new();
        let n = read_pieces(text.as_bytes(), 1000, |p| {
            assert_eq!(p.base, got.len());
            got.push_str(&p.text);
            Ok(())
        })
        .unwrap();
        assert_eq!(n, text.len());
        assert_eq!(got, text);
    }

    #[test]
    fn invalid_utf8_names_the_offset() {
        let mut bytes = b"abc. def".to_vec();
        bytes.push(0xff);
        let err = read_pieces(&bytes[..], 4, |_| Ok(())).unwrap_err();
        assert!(
            matches!(err, StreamError::InvalidUtf8 { offset: 8 }),
            "{err:?}"
        );
    }
}
