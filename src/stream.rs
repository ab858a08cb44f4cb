//! Streaming normalisation: large inputs in bounded memory, on all cores, with output identical to
//! normalising each whole input at once.
//!
//! Each input is read in blocks of at most [`StreamOptions::chunk`] bytes, cut where no name can
//! span: right after a punctuation character or at a paragraph break (a name never continues
//! across either). A block without such a place (a long line without punctuation) is cut by force
//! after white space and carries the 16 KiB after the cut (more for a glossary of very long
//! names): a name across the cut is found, and written, with the piece where it starts, and the
//! next piece is scanned again from the end of that name, so the output is that of the whole
//! input at once. The pieces of every
//! input, one input after the other, go through one [`Pool`]: workers scan them in parallel; the
//! calling thread takes them back in input order, resolves short forms against the entries
//! mentioned earlier in the same input, and hands them to a report [`Format`]. Memory is bounded
//! by the pool's items in flight times the piece size ([`StreamOptions::chunk`]), whatever the
//! number and size of the inputs and their lines (Markdown and HTML, read whole, aside).
//!
//! Every input is read exactly once, front to back (a pipe, a FIFO or `/dev/stdin` works like a
//! file); nothing is read ahead to check it first. Invalid UTF-8 is found in the piece that holds
//! it: that piece and the rest of the input are not written, everything before that piece has
//! been (so an input smaller than one piece writes nothing).
//!
//! Errors follow the pool's rule: the first error (reading an input, invalid UTF-8, writing the
//! output) stops the run; everything before it has been written. [`normalize_each`] instead
//! hands an input's own errors (it cannot be opened or read, it is not UTF-8) to a callback and
//! goes on with the next input.

use crate::matcher::{Match, Matcher, Mentions, Tokens};
use crate::parallel::Pool;
use crate::prose::{Markup, Prose};
use crate::report::{Document, Format, Piece};
use std::fmt;
use std::io::{self, Read};
use std::ops::Range;
use std::path::{Path, PathBuf};

/// Tunables of a streaming run.
#[derive(Clone, Debug)]
pub struct StreamOptions {
    /// Worker threads (1 = scan on the calling thread).
    pub threads: usize,
    /// Target size of one piece in bytes.
    pub chunk: usize,
    /// Look for near misses (misspellings) too.
    pub fuzzy: bool,
    /// Input arrives as it is written (a pipe or a terminal, `tail -f`): hand on the complete
    /// lines as soon as they have arrived, and flush the output after each piece, instead of
    /// waiting for a full piece. A line that ends in a letter or a hyphen waits for the next
    /// one (a name may run on across the line break), so the output is the same.
    pub eager: bool,
}

impl Default for StreamOptions {
    fn default() -> Self {
        StreamOptions {
            threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
            chunk: 1 << 20,
            fuzzy: false,
            eager: false,
        }
    }
}

/// A streaming run failed.
#[derive(Debug)]
#[non_exhaustive]
pub enum StreamError {
    /// An input could not be opened or read.
    Read {
        /// The input, as reports name it.
        input: String,
        /// What failed.
        source: io::Error,
    },
    /// The output could not be written.
    Write {
        /// The input being written out.
        input: String,
        /// What failed.
        source: io::Error,
    },
    /// An input is not UTF-8.
    InvalidUtf8 {
        /// The input, as reports name it.
        input: String,
        /// Offset of the first invalid byte from the start of the input.
        offset: usize,
    },
}

impl StreamError {
    /// The I/O error behind this one, if any (a closed output pipe is not worth reporting).
    pub fn io_error(&self) -> Option<&io::Error> {
        match self {
            StreamError::Read { source, .. } | StreamError::Write { source, .. } => Some(source),
            StreamError::InvalidUtf8 { .. } => None,
        }
    }
}

impl fmt::Display for StreamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StreamError::Read { input, source } => write!(f, "{input}: cannot read: {source}"),
            StreamError::Write { input, source } => {
                write!(f, "{input}: cannot write the output: {source}")
            }
            StreamError::InvalidUtf8 { input, offset } => write!(
                f,
                "{input}: invalid UTF-8 at byte {offset} (canonym reads UTF-8 text; convert the input first, e.g. with iconv)"
            ),
        }
    }
}

impl std::error::Error for StreamError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.io_error().map(|e| e as _)
    }
}

/// What a run saw.
#[derive(Clone, Copy, Debug, Default)]
#[non_exhaustive]
pub struct Stats {
    /// Inputs read.
    pub inputs: usize,
    /// Bytes read.
    pub bytes: usize,
    /// Matches found.
    pub matches: usize,
    /// Inputs that failed (could not be opened or read, or not UTF-8), with
    /// [`normalize_each`].
    pub failed: usize,
}

/// A boxed reader that can move to the reading thread.
pub(crate) type Reader<'a> = Box<dyn Read + Send + 'a>;

/// One input of a streaming run: a name for reports and errors, and where its bytes come from.
pub struct Input<'a> {
    name: String,
    source: InputSource<'a>,
    markup: Markup,
    /// Told the size of each read (see [`Input::with_progress`]).
    progress: Option<Progress<'a>>,
}

/// What an input tells of the bytes read from it.
type Progress<'a> = Box<dyn FnMut(usize) + Send + 'a>;

/// A reader that tells `progress` the size of each read.
struct Counted<'a> {
    inner: Reader<'a>,
    progress: Progress<'a>,
}

impl Read for Counted<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        if n > 0 {
            (self.progress)(n);
        }
        Ok(n)
    }
}

/// Text that arrives as it is written (a pipe or a terminal behind `tail -f`), read by a thread of
/// its own so that a pause can be seen: a read that finds nothing for the reader's quiet time fails
/// with [`io::ErrorKind::TimedOut`], and the next read waits again. A streaming run in eager mode
/// ([`StreamOptions::eager`]) takes that as a pause of the input and hands on every complete line
/// that has arrived, also one that ends in a letter (which it otherwise keeps until the next line,
/// in case a name runs on across the line break).
pub struct LiveReader {
    arrivals: std::sync::mpsc::Receiver<io::Result<Vec<u8>>>,
    pending: Vec<u8>,
    at: usize,
    quiet: std::time::Duration,
}

impl LiveReader {
    /// Read `input` on a thread of its own; a read that waits longer than `quiet` reports a pause.
    pub fn new(mut input: impl Read + Send + 'static, quiet: std::time::Duration) -> Self {
        let (tx, arrivals) = std::sync::mpsc::sync_channel(4);
        std::thread::spawn(move || loop {
            let mut buf = vec![0; 1 << 16];
            match input.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => {
                    buf.truncate(n);
                    if tx.send(Ok(buf)).is_err() {
                        break;
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    let _ = tx.send(Err(e));
                    break;
                }
            }
        });
        LiveReader {
            arrivals,
            pending: Vec::new(),
            at: 0,
            quiet,
        }
    }
}

impl Read for LiveReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.at == self.pending.len() {
            use std::sync::mpsc::RecvTimeoutError;
            match self.arrivals.recv_timeout(self.quiet) {
                Ok(Ok(bytes)) => {
                    self.pending = bytes;
                    self.at = 0;
                }
                Ok(Err(e)) => return Err(e),
                // The reading thread is done: the end of the input.
                Err(RecvTimeoutError::Disconnected) => return Ok(0),
                Err(RecvTimeoutError::Timeout) => {
                    return Err(io::Error::new(io::ErrorKind::TimedOut, "the input paused"))
                }
            }
        }
        let n = buf.len().min(self.pending.len() - self.at);
        buf[..n].copy_from_slice(&self.pending[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

enum InputSource<'a> {
    Reader(Reader<'a>),
    File(PathBuf),
}

impl<'a> Input<'a> {
    /// An input read from `reader`, named `name` in reports (`<stdin>`, a path).
    pub fn new(name: impl Into<String>, reader: impl Read + Send + 'a) -> Self {
        Input {
            name: name.into(),
            source: InputSource::Reader(Box::new(reader)),
            markup: Markup::Plain,
            progress: None,
        }
    }

    /// The same input, marked up as `markup` (plain text unless said otherwise). Markdown and HTML
    /// are read whole, since their parsers need the whole document.
    pub fn with_markup(mut self, markup: Markup) -> Self {
        self.markup = markup;
        self
    }

    /// The file at `path`, opened when the run reaches it and read once (it may be a pipe or a
    /// FIFO).
    pub fn file(path: &Path) -> Self {
        Input {
            name: path.display().to_string(),
            source: InputSource::File(path.to_path_buf()),
            markup: Markup::Plain,
            progress: None,
        }
    }

    /// The same input, telling `progress` the number of bytes of each read from it as the run
    /// reads it (ahead of the output by at most a piece): for a progress display, which the
    /// caller draws (the library never prints).
    pub fn with_progress(mut self, progress: impl FnMut(usize) + Send + 'a) -> Self {
        self.progress = Some(Box::new(progress));
        self
    }

    /// How reports and errors name this input.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Open the input now, to report an input that cannot be opened before any work starts.
    pub fn opened(self) -> Result<Input<'a>, StreamError> {
        let markup = self.markup;
        let (name, reader) = self.open()?;
        Ok(Input {
            name,
            source: InputSource::Reader(reader),
            markup,
            progress: None,
        })
    }

    /// Open the input: its name and its reader.
    pub(crate) fn open(self) -> Result<(String, Reader<'a>), StreamError> {
        let reader = open(&self.name, self.source)?;
        let reader = match self.progress {
            Some(progress) => Box::new(Counted {
                inner: reader,
                progress,
            }),
            None => reader,
        };
        Ok((self.name, reader))
    }
}

fn open<'a>(name: &str, source: InputSource<'a>) -> Result<Reader<'a>, StreamError> {
    match source {
        InputSource::Reader(r) => Ok(r),
        InputSource::File(path) => {
            let read_error = |source| StreamError::Read {
                input: name.to_string(),
                source,
            };
            // Opened once and read once: a FIFO or a pipe has no second reading.
            Ok(Box::new(std::fs::File::open(&path).map_err(read_error)?))
        }
    }
}

/// Where a piece may end: never inside a name, a URL, a path or an e-mail address, and where
/// possible at the end of a line. The first choice is the end of a line that ends with punctuation,
/// or a paragraph break (a name never continues across either, and the line of a `canonym:
/// ignore` stays whole); the second, right after punctuation followed by white space. The period
/// of an initial (`V. Putin`, `В.\nПутин`) is no such punctuation. Searches backwards from the end
/// of `buf`, at most 64 KiB; returns the cut offset.
fn safe_cut(buf: &[u8]) -> Option<usize> {
    let window = buf.len().saturating_sub(1 << 16);
    let punct = |b: u8| {
        matches!(
            b,
            b'.' | b','
                | b';'
                | b':'
                | b'!'
                | b'?'
                | b'"'
                | b'('
                | b')'
                | b'['
                | b']'
                | b'{'
                | b'}'
                | b'<'
                | b'>'
                | b'/'
                | b'|'
        )
    };
    let mut second = None;
    let mut i = buf.len();
    while i > window.max(2) {
        i -= 1;
        let b = buf[i - 1];
        if b == b'\n' {
            let before = if buf[i - 2] == b'\r' && i >= 3 {
                buf[i - 3]
            } else {
                buf[i - 2]
            };
            let end = i - 1 - usize::from(buf[i - 2] == b'\r');
            if before == b'\n' || punct(before) && !ends_with_initial(&buf[..end]) {
                return Some(i);
            }
        } else if second.is_none()
            && punct(b)
            && buf[i].is_ascii_whitespace()
            && !ends_with_initial(&buf[..i])
        {
            second = Some(i);
        }
    }
    second
}

/// Does `bytes` end with an initial, a word of one letter and a period (the scan reads it with the
/// name after it: see `Matcher::initials_here`)?
fn ends_with_initial(bytes: &[u8]) -> bool {
    let Some(rest) = bytes.strip_suffix(b".") else {
        return false;
    };
    // Two characters at most 8 bytes.
    let tail = &rest[rest.len().saturating_sub(8)..];
    let tail = (0..=tail.len())
        .find_map(|k| std::str::from_utf8(&tail[k..]).ok())
        .unwrap_or_default();
    let mut chars = tail.chars().rev();
    // An initial as the scan reads one (`Matcher::initials_here`): a capital letter that starts
    // a word, after anything that is no word character, punctuation included (`¡V. Putin`,
    // `(V. Putin`; not the `c.` of a path, `a.org/b/c. Mr`). A cut not made costs nothing but a
    // later cut; a cut made there loses the name.
    chars.next().is_some_and(char::is_uppercase)
        && chars
            .next()
            .is_none_or(|c| crate::fold::classify(c) != crate::fold::CharClass::Word)
}

/// Where a stream read as it arrives may end a piece: after the last line end that no name runs
/// across, that is, one not preceded by a letter (ASCII or not) or a hyphen (`Dmitry⏎Medvedev`,
/// `Khaba-⏎rovsk` are one name each).
fn line_cut(buf: &[u8]) -> Option<usize> {
    memchr::memrchr_iter(b'\n', buf).find_map(|i| {
        let before = buf[..i].strip_suffix(b"\r").unwrap_or(&buf[..i]);
        let ends_a_word = before
            .last()
            .is_some_and(|&b| b.is_ascii_alphabetic() || b == b'-' || b >= 0x80);
        (!ends_a_word).then_some(i + 1)
    })
}

/// Why reading pieces stopped.
#[derive(Debug)]
enum PieceError {
    Io(io::Error),
    InvalidUtf8(usize),
}

impl PieceError {
    fn of(self, input: &str) -> StreamError {
        let input = input.to_string();
        match self {
            PieceError::Io(source) => StreamError::Read { input, source },
            PieceError::InvalidUtf8(offset) => StreamError::InvalidUtf8 { input, offset },
        }
    }
}

impl From<io::Error> for PieceError {
    fn from(e: io::Error) -> Self {
        PieceError::Io(e)
    }
}

/// The pieces of one input ([`Chunk`]). A piece is cut at a safe place where it can; where none is
/// near (a long line without punctuation), the cut is forced at the last white space before
/// [`Pieces::chunk`] bytes, the piece carries [`Pieces::overlap`] bytes of what follows and the
/// next one the [`LOOK_BEHIND`] bytes before the cut.
struct Pieces<R> {
    input: R,
    chunk: usize,
    /// How much of the following text a piece cut by force carries.
    overlap: usize,
    eager: bool,
    /// Eager: the input paused (a [`LiveReader`] found nothing for a while).
    paused: bool,
    buf: Vec<u8>,
    base: usize,
    /// The end of the last piece, when it was cut by force: the context of the next.
    behind: String,
    eof: bool,
    done: bool,
}

/// How much of the text before a forced cut the piece after it carries: what the scan reads as the
/// context of a match at the start of the piece (whether a name is glued to a word before it).
const LOOK_BEHIND: usize = 64;

impl<R: Read> Pieces<R> {
    fn new(input: R, chunk: usize, overlap: usize) -> Self {
        Pieces {
            input,
            chunk,
            overlap,
            eager: false,
            paused: false,
            buf: Vec::with_capacity(chunk.saturating_mul(2).min(1 << 22)),
            base: 0,
            behind: String::new(),
            eof: false,
            done: false,
        }
    }

    /// Read up to `want` more bytes onto the buffer; `true` at the end of the input.
    fn fill(&mut self, want: usize) -> io::Result<bool> {
        // `take` + `read_to_end` fills without zeroing the buffer first; a pause of a live input
        // ([`LiveReader`]) only means reading on.
        let start = self.buf.len();
        loop {
            let got = self.buf.len() - start;
            match self
                .input
                .by_ref()
                .take((want - got) as u64)
                .read_to_end(&mut self.buf)
            {
                Ok(_) => return Ok(self.buf.len() - start < want),
                Err(e) if e.kind() == io::ErrorKind::TimedOut => continue,
                Err(e) => return Err(e),
            }
        }
    }

    /// One read of at most `want` bytes onto the buffer (what has arrived); `true` at the end
    /// of the input.
    fn fill_once(&mut self, want: usize) -> io::Result<bool> {
        let old = self.buf.len();
        self.buf.resize(old + want.min(1 << 20), 0);
        let got = loop {
            match self.input.read(&mut self.buf[old..]) {
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                // A pause of a live input: nothing read, not the end.
                Err(e) if e.kind() == io::ErrorKind::TimedOut && self.eager => {
                    self.paused = true;
                    break Ok(0);
                }
                other => break other,
            }
        };
        if self.paused && got.as_ref().is_ok_and(|&n| n == 0) {
            self.buf.truncate(old);
            return Ok(false);
        }
        self.buf.truncate(old + *got.as_ref().unwrap_or(&0));
        Ok(got? == 0)
    }

    fn next_piece(&mut self) -> Result<Option<Chunk>, PieceError> {
        let chunk = self.chunk;
        loop {
            if self.eof && self.buf.is_empty() {
                return Ok(None);
            }
            if !self.eof && self.buf.len() < chunk {
                let want = chunk - self.buf.len();
                self.eof = if self.eager {
                    self.fill_once(want)?
                } else {
                    self.fill(want)?
                };
            }
            // Eager: every complete line that has arrived and that no name can run on from; when
            // the input pauses, every complete line.
            let paused = std::mem::take(&mut self.paused);
            let cut = if paused {
                memchr::memrchr(b'\n', &self.buf).map(|i| i + 1)
            } else {
                line_cut(&self.buf)
            };
            let line_end = match cut {
                Some(end) if self.eager && !self.eof => Some(end),
                None if self.eager && !self.eof && self.buf.len() < chunk => continue,
                _ => None,
            };
            // Cut at a safe place; when a block has none (a long unpunctuated line), force a cut
            // and carry the text after it, so that a name across the cut is still found whole.
            let (cut, forced) = if self.eof {
                (self.buf.len(), false)
            } else if let Some(end) = line_end {
                (end, false)
            } else {
                match safe_cut(&self.buf).map(|c| (c, false)) {
                    Some(cut) => cut,
                    None => match forced_cut(&self.buf) {
                        Some(c) => (c, true),
                        None => {
                            // Less than a character (a piece size of a few bytes): read on.
                            self.eof = self.fill(4)?;
                            continue;
                        }
                    },
                }
            };
            if forced && !self.eof && self.buf.len() - cut < self.overlap {
                let want = self.overlap - (self.buf.len() - cut);
                self.eof = self.fill(want)?;
            }
            let mut rest =
                Vec::with_capacity(chunk.min(1 << 22).saturating_add(self.buf.len() - cut));
            rest.extend_from_slice(&self.buf[cut..]);
            self.buf.truncate(cut);
            let bytes = std::mem::replace(&mut self.buf, rest);
            let mut text = match String::from_utf8(bytes) {
                Ok(t) => t,
                Err(e) => {
                    let good = e.utf8_error().valid_up_to();
                    // A character split by a cut is completed by the next read.
                    let incomplete = e.utf8_error().error_len().is_none();
                    if incomplete && !self.eof && good > 0 {
                        let mut bytes = e.into_bytes();
                        let mut rest = bytes.split_off(good);
                        rest.extend_from_slice(&self.buf);
                        self.buf = rest;
                        String::from_utf8(bytes)
                            .map_err(|_| PieceError::InvalidUtf8(self.base + good))?
                    } else {
                        return Err(PieceError::InvalidUtf8(self.base + good));
                    }
                }
            };
            if text.is_empty() && self.buf.is_empty() {
                return Ok(None);
            }
            let behind = std::mem::take(&mut self.behind);
            if !behind.is_empty() {
                text.insert_str(0, &behind);
            }
            let own = behind.len()..text.len();
            // Every piece carries the last [`LOOK_BEHIND`] bytes of the input before it (of this
            // piece and, when it is shorter, of the context it carries) as its context: what the
            // rules read before a word (a given name before a place, the end of a sentence before
            // a surname) is then what a scan of the whole input reads, wherever the cut is.
            {
                let mut start = text.len().saturating_sub(LOOK_BEHIND);
                while !text.is_char_boundary(start) {
                    start += 1;
                }
                self.behind.push_str(&text[start..]);
            }
            if forced {
                // The text after the cut, up to its first invalid byte (which the next piece
                // reports).
                let ahead = &self.buf[..self.overlap.min(self.buf.len())];
                text.push_str(valid_prefix(ahead));
            }
            let base = self.base - own.start;
            self.base += own.len();
            return Ok(Some(Chunk { base, text, own }));
        }
    }
}

/// A piece of an input as read: the offset of its text in the input, the text, and which part of
/// the text is its own (before and after it, the text around a forced cut).
#[derive(Debug)]
struct Chunk {
    base: usize,
    text: String,
    own: Range<usize>,
}

/// The longest start of `bytes` that is UTF-8.
fn valid_prefix(bytes: &[u8]) -> &str {
    match std::str::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default(),
    }
}

/// Where to force a cut in `buf` (a full block, no safe cut in it): after the last white space
/// in its last 64 KiB, else after the last character there that is not a letter or a digit,
/// else at the last character boundary (`None` if the block holds no whole character). A name that runs across the cut is found by the scan of
/// the piece before it, which reads on past the cut; the next piece is scanned from the cut, where
/// a scan of the whole text would start afresh too (a word never starts inside another).
fn forced_cut(buf: &[u8]) -> Option<usize> {
    let window = buf.len().saturating_sub(1 << 16);
    if let Some(p) = buf[window..].iter().rposition(u8::is_ascii_whitespace) {
        return Some(window + p + 1);
    }
    // After the last character there that ends a word, else after the last whole character.
    let mut start = window;
    while start < buf.len() && buf[start] & 0xC0 == 0x80 {
        start += 1;
    }
    let tail = valid_prefix(&buf[start..]);
    let last = start + tail.len();
    let after_non_word = tail
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphanumeric())
        .map(|(i, c)| start + i + c.len_utf8());
    Some(after_non_word.unwrap_or(last)).filter(|&c| c > 0)
}

impl<R: Read> Iterator for Pieces<R> {
    type Item = Result<Chunk, PieceError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let next = self.next_piece().transpose();
        self.done = !matches!(next, Some(Ok(_)));
        next
    }
}

/// What goes through the pool: the inputs' boundaries and their pieces, in order.
enum Event {
    /// An input starts (its name).
    Begin(String),
    /// A piece of the current input, and (once scanned) the matches that start in its own text.
    Piece {
        base: usize,
        text: String,
        /// The piece's own text (the rest is context: the text around a forced cut).
        own: Range<usize>,
        markup: Markup,
        /// The piece starts inside a region switched off (`canonym: off`).
        off: bool,
        matches: Vec<Match>,
        /// Where the scan of the piece's own text first looked at a word, and where it would go on
        /// after it, when that is inside the text (see [`Places`]).
        places: Places,
    },
    /// The current input ends (its length).
    End(usize),
    /// The current input (begun or not) failed; the run goes on with the next one.
    Failed { error: StreamError, begun: bool },
}

/// The events of `inputs`, one after the other; an input is opened when its turn comes.
struct Events<'a, I> {
    inputs: I,
    chunk: usize,
    overlap: usize,
    eager: bool,
    current: Option<Current<'a>>,
}

/// The input being read: its name, pieces and markup, and whether a `canonym: off` region is
/// open at the next piece.
struct Current<'a> {
    name: String,
    pieces: Pieces<Reader<'a>>,
    markup: Markup,
    off: bool,
}

impl<'a, I: Iterator<Item = Input<'a>>> Iterator for Events<'a, I> {
    type Item = Result<Event, StreamError>;

    fn next(&mut self) -> Option<Self::Item> {
        let Some(current) = &mut self.current else {
            let input = self.inputs.next()?;
            let markup = input.markup;
            // Markdown and HTML are read whole: their parsers need the whole document.
            let chunk = if markup.needs_whole_document() {
                usize::MAX
            } else {
                self.chunk
            };
            return Some(Ok(match input.open() {
                Ok((name, reader)) => {
                    self.current = Some(Current {
                        name: name.clone(),
                        pieces: {
                            let mut pieces = Pieces::new(reader, chunk, self.overlap);
                            // A whole document is never cut at lines.
                            pieces.eager = self.eager && !markup.needs_whole_document();
                            pieces
                        },
                        markup,
                        off: false,
                    });
                    Event::Begin(name)
                }
                Err(error) => Event::Failed {
                    error,
                    begun: false,
                },
            }));
        };
        Some(match current.pieces.next() {
            Some(Ok(Chunk { base, text, own })) => {
                // Whether a region switched off goes on into the next piece is known only here,
                // where the pieces are in order.
                let off = current.off;
                current.off = crate::prose::still_off(&text[own.clone()], off);
                Ok(Event::Piece {
                    base,
                    text,
                    own,
                    markup: current.markup,
                    off,
                    matches: Vec::new(),
                    places: Places::default(),
                })
            }
            Some(Err(e)) => {
                let error = e.of(&current.name);
                self.current = None;
                Ok(Event::Failed { error, begun: true })
            }
            None => {
                let len = current.pieces.base;
                self.current = None;
                Ok(Event::End(len))
            }
        })
    }
}

/// How much of the following text a piece cut by force carries: enough for the longest name
/// however it is spelt (a key is folded, the text may have more white space, marks or case forms
/// than the key), and at least 16 KiB.
fn overlap(matcher: &Matcher) -> usize {
    matcher.longest_key().saturating_mul(4).max(16 << 10)
}

/// Where the scan of a piece went, in offsets of the input: where it first looked at a word, and
/// where a scan of the whole input goes on after the piece's own text (`None` where the view is not
/// the text). A scan of the next piece from there finds what a scan of the whole input finds.
#[derive(Debug, Default, Clone, Copy)]
struct Places {
    first: Option<usize>,
    next: Option<Resume>,
}

/// Where a scan goes on after a piece: at an offset of the input, or (`ran_off`) after the rest of
/// the word at that offset, the end of the text the piece carries, which the word ran past.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Resume {
    at: usize,
    ran_off: bool,
}

/// Where in `text` the word that byte `at` is inside ends: a run of characters of one class as the
/// scan reads words (`fold::classify`), which a scan of the whole input read from its start. `at`
/// itself where it starts no such rest, and a `ran_off` [`Resume`] where the word runs to the end
/// of `text`.
fn rest_of_word(text: &str, base: usize, at: usize) -> Resume {
    use crate::fold::{classify, CharClass};
    let class = text[..at].chars().next_back().map(classify);
    let word = |c: char| Some(classify(c)) == class;
    if !matches!(class, Some(CharClass::Word | CharClass::Hangul))
        || !text[at..].chars().next().is_some_and(word)
    {
        return Resume {
            at: base + at,
            ran_off: false,
        };
    }
    match text[at..].char_indices().find(|&(_, c)| !word(c)) {
        Some((n, _)) => Resume {
            at: base + at + n,
            ran_off: false,
        },
        None => Resume {
            at: base + text.len(),
            ran_off: true,
        },
    }
}

/// Where the scan of a piece with a forced cut before it starts when nothing else is known: where
/// the scan of the piece before ran off the end of its text, which starts at the same place (the
/// piece carries the [`LOOK_BEHIND`] bytes before the cut).
fn first_word(text: &str, base: usize, own: &Range<usize>) -> Resume {
    rest_of_word(text, base, own.start)
}

/// Add to `matches` the matches of `view` (the prose of a piece of an input whose text starts at
/// byte `base` of it) that start in `own`, the part of the view scanned.
fn scan_own(
    matcher: &Matcher,
    (view, base, own): (&Prose<'_>, usize, Range<usize>),
    fuzzy: bool,
    tokens: &mut Tokens,
    matches: &mut Vec<Match>,
) -> Places {
    matches.reserve(own.len() / 256);
    let len = view.view().len();
    // The matches of the context before the scanned text, from its first whole word, as the
    // matches made before: a rule that asks whether the word before a name ends another name
    // (`Kim Jong Un Pyongyang`) reads them. They are dropped with everything outside `own`.
    if own.start > 0 && view.same_offsets() {
        let text = view.view();
        let from = if base == 0 {
            0
        } else {
            text[..own.start]
                .char_indices()
                .find(|&(_, c)| c.is_whitespace())
                .map_or(own.start, |(i, c)| i + c.len_utf8())
        };
        if from < own.start {
            matcher.scan_prose_from(view, (from, own.start), base, false, tokens, matches);
            matches.retain(|m| m.end - base <= own.start);
        }
    }
    let places = matcher.scan_prose_from(view, (own.start, own.end), base, fuzzy, tokens, matches);
    // A match the scan found past the own text (in the text carried after a forced cut) is the
    // next piece's; the scan of that piece goes on where it starts, not after it.
    let beyond = matches
        .iter()
        .map(|m| m.start - base)
        .filter(|&s| s >= own.end)
        .min();
    if own != (0..len) {
        matches.retain(|m| own.contains(&(m.start - base)));
    }
    places.map_or_else(Places::default, |(first, next)| {
        let next = beyond.map_or(next, |b| b.min(next));
        Places {
            first: Some(base + first),
            next: Some(Resume {
                at: base + next,
                ran_off: next >= len,
            }),
        }
    })
}

/// Scan the piece `text` (at byte `base` of its input) from `start` (an offset of the input) to
/// the end of its own text, unless `start` is past it (then the scan goes on at `start`).
fn scan_piece(
    matcher: &Matcher,
    (text, markup, off): (&str, Markup, bool),
    (base, own): (usize, &Range<usize>),
    start: Resume,
    fuzzy: bool,
    tokens: &mut Tokens,
    matches: &mut Vec<Match>,
) -> Places {
    if start.at >= base + own.end {
        return Places {
            first: None,
            next: Some(start),
        };
    }
    let view = Prose::piece(text, markup, off).0;
    let piece = (&view, base, start.at - base..own.end);
    scan_own(matcher, piece, fuzzy, tokens, matches)
}

/// Normalise `inputs`, one after the other, writing each through `output` in input order (every
/// hook of the [`Format`] is called, [`Format::end_run`] last). Short forms are resolved within
/// each input.
///
/// ```
/// use canonym::report::NormalizedText;
/// use canonym::stream::{normalize, Input, StreamOptions};
/// use canonym::{Glossary, Matcher, MatcherOptions};
///
/// let matcher = Matcher::new(Glossary::bundled()?, &MatcherOptions::default());
/// let mut out = NormalizedText::new(Vec::new(), &matcher, false);
/// let input = Input::new("<memory>", "KIM JONG-UN visited Pyong-yang.".as_bytes());
/// normalize(&matcher, [input], &mut out, &StreamOptions::default())?;
/// assert_eq!(out.replaced(), 2);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn normalize<'a>(
    matcher: &Matcher,
    inputs: impl IntoIterator<Item = Input<'a>, IntoIter: Send>,
    output: &mut dyn for<'p> Format<Piece<'p>>,
    options: &StreamOptions,
) -> Result<Stats, StreamError> {
    normalize_each(matcher, inputs, output, options, &mut Err)
}

/// [`normalize`], going on past a bad input: an input's own error (it cannot be opened or read,
/// it is not UTF-8) goes to `on_input_error`, in input order, once everything before it has been
/// written; the run stops there if it returns an error, and otherwise goes on with the next
/// input ([`Stats::failed`] counts them). Errors writing the output always stop the run.
pub fn normalize_each<'a>(
    matcher: &Matcher,
    inputs: impl IntoIterator<Item = Input<'a>, IntoIter: Send>,
    output: &mut dyn for<'p> Format<Piece<'p>>,
    options: &StreamOptions,
    on_input_error: &mut dyn FnMut(StreamError) -> Result<(), StreamError>,
) -> Result<Stats, StreamError> {
    let events = Events {
        inputs: inputs.into_iter(),
        chunk: options.chunk.max(1),
        overlap: overlap(matcher),
        eager: options.eager,
        current: None,
    };
    let mut stats = Stats::default();
    let mut name = String::new();
    let mut mentions = Mentions::default();
    // Where the output of the current input stands: past the end of a match that ran across a
    // forced cut, which was written whole with the piece before the cut.
    let mut written = 0usize;
    // Where the scan of the current input goes on after the last piece, when that is known.
    let mut resume: Option<Resume> = None;
    let mut tokens = Tokens::default();
    let write_error = |name: &str, source| StreamError::Write {
        input: name.to_string(),
        source,
    };
    Pool::new(options.threads).run(
        events,
        Tokens::default,
        |tokens, mut event| {
            if let Event::Piece {
                base,
                text,
                own,
                markup,
                off,
                matches,
                places,
            } = &mut event
            {
                let start = first_word(text, *base, own);
                *places = scan_piece(
                    matcher,
                    (text, *markup, *off),
                    (*base, own),
                    start,
                    options.fuzzy,
                    tokens,
                    matches,
                );
            }
            Ok(event)
        },
        |event| {
            match event {
                Event::Begin(n) => {
                    name = n;
                    mentions = Mentions::default();
                    written = 0;
                    resume = None;
                    stats.inputs += 1;
                    output.begin_document(&Document::streamed(&name))
                }
                Event::Piece {
                    base,
                    text,
                    own,
                    markup,
                    off,
                    mut matches,
                    places,
                } => {
                    // The piece was scanned from the first word after the cut. A scan of the whole
                    // input goes on elsewhere where a match ran across the cut (it was written
                    // whole with the piece before), where a match or a word ended inside a word
                    // after the cut, or where the scan of the piece before ran off the end of its
                    // text inside a word: scan it again from there, unless the scan from the
                    // start went there first.
                    let from = written.saturating_sub(base).clamp(own.start, own.end);
                    let guess = first_word(&text, base, &own);
                    let at = |at| Resume { at, ran_off: false };
                    let start = match resume.take() {
                        None if base + from > guess.at => at(base + from),
                        None => guess,
                        Some(r) if r.at < base + from => at(base + from),
                        Some(r) if r.ran_off && r.at < base + own.end => {
                            rest_of_word(&text, base, r.at - base)
                        }
                        Some(r) => r,
                    };
                    let mut places = places;
                    if start != guess && places.first != Some(start.at) {
                        matches.clear();
                        places = scan_piece(
                            matcher,
                            (&text, markup, off),
                            (base, &own),
                            start,
                            options.fuzzy,
                            &mut tokens,
                            &mut matches,
                        );
                    }
                    resume = places.next;
                    // A match that runs across the cut after this piece is written whole, with
                    // the text it takes from the next piece.
                    let end = matches
                        .iter()
                        .map(|m| m.end - base)
                        .fold(own.end, usize::max);
                    written = base + end;
                    if from == end {
                        return Ok(());
                    }
                    matcher.resolve(&mut matches, &mut mentions);
                    stats.matches += matches.len();
                    let piece = Piece {
                        base: base + from,
                        text: &text[from..end],
                        matches: &matches,
                        markup,
                    };
                    output
                        .item(&Document::streamed(&name), &piece)
                        .and_then(|()| {
                            if options.eager {
                                output.flush()
                            } else {
                                Ok(())
                            }
                        })
                }
                Event::End(len) => {
                    stats.bytes += len;
                    output.end_document(&Document::streamed(&name))
                }
                Event::Failed { error, begun } => {
                    stats.failed += 1;
                    if begun {
                        output
                            .end_document(&Document::streamed(&name))
                            .map_err(|e| write_error(&name, e))?;
                    }
                    return on_input_error(error);
                }
            }
            .map_err(|e| write_error(&name, e))
        },
    )?;
    output.end_run().map_err(|e| write_error(&name, e))?;
    Ok(stats)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_never_split_a_name() {
        assert_eq!(safe_cut(b"Kim Jong\nUn met. Mr"), Some(16));
        assert_eq!(safe_cut(b"Kim Jong\nUn met Mr"), None);
        assert_eq!(safe_cut(b"a\n\nb"), Some(3));
        // Never inside a URL or a path, and at a line end when there is one.
        assert_eq!(safe_cut(b"x https://a.org/kim-jong-un/bio"), None);
        assert_eq!(safe_cut(b"Kim.\nSee https://a.org/b. Mr"), Some(5));
        assert_eq!(safe_cut(b"Kim. See https://a.org/b/c. Mr"), Some(27));
        // Never after the period of an initial: `V. Putin` is one name.
        assert_eq!(safe_cut(b"met. V. Putin"), Some(4));
        assert_eq!(safe_cut("Tak. (В.\nПутин".as_bytes()), Some(4));
        assert_eq!(safe_cut(b"Kim.\nV.\nPutin"), Some(5));
        // An initial after punctuation other than a bracket or a quote is one too.
        assert_eq!(safe_cut("KimKim¡V. Putin".as_bytes()), None);
    }

    #[test]
    fn eager_cuts_only_where_no_name_runs_on() {
        assert_eq!(line_cut(b"Seoul.\nKim Jong\nUn"), Some(7));
        assert_eq!(line_cut(b"Dmitry\nMedvedev went to Khaba-\nrovsk"), None);
        assert_eq!(line_cut(b"a.\r\nb 1\nc"), Some(8));
        assert_eq!(line_cut("메\n".as_bytes()), None);
    }

    #[test]
    fn pieces_cover_the_input_exactly() {
        let text = "Ким, 김정은. 習近平; ".repeat(5000);
        let mut got = String::new();
        for piece in Pieces::new(text.as_bytes(), 1000, 0) {
            // Each piece carries the end of the one before as its context.
            let Chunk { base, text, own } = piece.unwrap();
            assert_eq!((base + own.start, own.end), (got.len(), text.len()));
            assert!(own.start <= LOOK_BEHIND && got.ends_with(&text[..own.start]));
            got.push_str(&text[own]);
        }
        assert_eq!(got, text);
    }

    #[test]
    fn forced_cuts_are_bounded_and_carry_what_follows() {
        // No punctuation at all: every cut is forced, after white space, and the piece carries
        // the overlap after it.
        let text = "Kim Kim Jong Un ".repeat(1000);
        let mut got = String::new();
        for piece in Pieces::new(text.as_bytes(), 1000, 100) {
            let Chunk { base, text: t, own } = piece.unwrap();
            assert_eq!(base + own.start, got.len());
            assert!(own.len() <= 1000, "{own:?}");
            assert!(own.start <= LOOK_BEHIND && t.len() <= own.end + 100);
            assert_eq!(&t[..], &text[base..base + t.len()]);
            if base + own.end < text.len() {
                assert_eq!(t.len(), own.end + 100);
                assert!(t[..own.end].ends_with(' '));
            }
            got.push_str(&t[own]);
        }
        assert_eq!(got, text);
        // No white space: after the last character that is no letter, else at a character
        // boundary.
        assert_eq!(forced_cut("김정은·김정은".as_bytes()), Some(11));
        assert_eq!(forced_cut("김정은김".as_bytes()), Some(12));
        assert_eq!(forced_cut(&"김정은김".as_bytes()[..11]), Some(9));
        assert_eq!(forced_cut(&"김".as_bytes()[..2]), None);
    }

    #[test]
    fn a_name_across_a_forced_cut_is_found_once() {
        let mut glossary = crate::GlossaryBuilder::new();
        glossary.add_source(
            Path::new("t.toml"),
            "[[entry]]\ncanonical = \"Kim Jong Un\"\nshort = [\"Kim\"]\n[[entry]]\ncanonical = \"Jong Un Ri\"\n",
        );
        let matcher = Matcher::new(glossary.build().unwrap(), &Default::default());
        for shift in 0..16 {
            let text = format!(
                "{}KIM KIM JONG UN RI Kim Jong Un",
                "x ".repeat(2040 + shift)
            );
            let whole = matcher.apply(&text, &matcher.find(&text), false);
            for threads in [1, 2] {
                let mut buf = Vec::new();
                let mut out = crate::report::NormalizedText::new(&mut buf, &matcher, false);
                let options = StreamOptions {
                    chunk: 4096,
                    threads,
                    ..StreamOptions::default()
                };
                normalize(
                    &matcher,
                    [Input::new("x", text.as_bytes())],
                    &mut out,
                    &options,
                )
                .unwrap();
                let got = String::from_utf8(buf).unwrap();
                assert_eq!(got, whole, "shift {shift}");
            }
        }
    }

    #[test]
    fn progress_is_told_every_byte_read() {
        let text = "Kim Jong Un. ".repeat(10_000);
        let seen = std::sync::atomic::AtomicUsize::new(0);
        let input = Input::new("x", text.as_bytes()).with_progress(|n| {
            seen.fetch_add(n, std::sync::atomic::Ordering::Relaxed);
        });
        let mut glossary = crate::GlossaryBuilder::new();
        glossary.add_source(
            Path::new("t.toml"),
            "[[entry]]\ncanonical = \"Kim Jong Un\"\n",
        );
        let matcher = Matcher::new(glossary.build().unwrap(), &Default::default());
        let mut out = crate::report::MatchLines::new(Vec::new(), &matcher);
        let options = StreamOptions {
            chunk: 4096,
            ..StreamOptions::default()
        };
        let stats = normalize(&matcher, [input], &mut out, &options).unwrap();
        assert_eq!(stats.bytes, text.len());
        assert_eq!(seen.into_inner(), text.len());
    }

    #[test]
    fn invalid_utf8_names_the_offset() {
        let mut bytes = b"abc. def".to_vec();
        bytes.push(0xff);
        let err = Pieces::new(&bytes[..], 4, 0)
            .find_map(Result::err)
            .expect("an error");
        assert!(matches!(err, PieceError::InvalidUtf8(8)), "{err:?}");
        assert_eq!(
            err.of("x").to_string(),
            "x: invalid UTF-8 at byte 8 (canonym reads UTF-8 text; convert the input first, e.g. with iconv)"
        );
    }
}
