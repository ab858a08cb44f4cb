//! The byte encoding of the index cache: little-endian numbers, strings and lists with a `u32`
//! count in front, written through a buffer that keeps the first error and read through one
//! that answers `None` at the end of the file. What is written where is decided by the types
//! that are written: the glossary and the romanisation keys in [`super::cache`], the index in
//! [`super::index`].

use rustc_hash::FxHashMap;
use std::io::{self, Read, Write};
use std::sync::Mutex;

/// The writer of a cache file: buffered in small blocks, so that writing a large index does not
/// hold a second copy of it in memory. The first error is kept and reported at the end.
pub(crate) struct Writer<'a> {
    buf: Vec<u8>,
    out: &'a mut dyn Write,
    err: Option<io::Error>,
}

impl<'a> Writer<'a> {
    /// A writer to `out`.
    pub fn new(out: &'a mut dyn Write) -> Writer<'a> {
        Writer {
            buf: Vec::with_capacity(1 << 17),
            out,
            err: None,
        }
    }

    pub fn put(&mut self, b: &[u8]) {
        self.buf.extend_from_slice(b);
        if self.buf.len() >= 1 << 16 {
            self.flush();
        }
    }

    fn flush(&mut self) {
        if self.err.is_none() {
            if let Err(e) = self.out.write_all(&self.buf) {
                self.err = Some(e);
            }
        }
        self.buf.clear();
    }

    /// Write what is buffered; the first error met while writing, if any.
    pub fn finish(mut self) -> io::Result<()> {
        self.flush();
        self.err.map_or(Ok(()), Err)
    }

    pub fn u8(&mut self, v: u8) {
        self.put(&[v]);
    }

    pub fn u32(&mut self, v: u32) {
        self.put(&v.to_le_bytes());
    }

    pub fn u64(&mut self, v: u64) {
        self.put(&v.to_le_bytes());
    }

    /// A count or a length (as a `u32`).
    pub fn len(&mut self, v: usize) {
        self.u32(v as u32);
    }

    pub fn str(&mut self, s: &str) {
        self.len(s.len());
        self.put(s.as_bytes());
    }

    pub fn strs(&mut self, v: &[String]) {
        self.len(v.len());
        v.iter().for_each(|s| self.str(s));
    }

    pub fn ids(&mut self, v: &[u32]) {
        self.len(v.len());
        v.iter().for_each(|&x| self.u32(x));
    }
}

/// A cache file being read, through a buffer of its own (the file is not read whole into
/// memory). Every read is `None` once the file ends or cannot be read.
pub(crate) struct Reader<'a> {
    b: Input<'a>,
    /// The size of the file, which bounds every count read from it.
    size: usize,
}

/// The longest rule label a cache may hold: the real ones (`mr`, `wade-giles`, `press-de`,
/// `ukrainian-national`, …) are a few dozen bytes at most.
const LABEL_MAX: usize = 64;
/// How many distinct rule labels one process keeps: the transliteration modules have a few dozen.
const LABELS_MAX: usize = 1024;

/// The rule labels read back from caches, made static once per process (not once per load): a
/// long-running process that loads caches again and again, or a cache written with made-up
/// labels, holds at most [`LABELS_MAX`] of [`LABEL_MAX`] bytes.
fn intern(s: &str) -> Option<&'static str> {
    static LABELS: Mutex<Option<FxHashMap<String, &'static str>>> = Mutex::new(None);
    if s.len() > LABEL_MAX {
        return None;
    }
    let mut labels = LABELS.lock().unwrap_or_else(|e| e.into_inner());
    let labels = labels.get_or_insert_with(FxHashMap::default);
    if let Some(l) = labels.get(s) {
        return Some(l);
    }
    if labels.len() >= LABELS_MAX {
        return None;
    }
    let l: &'static str = Box::leak(s.to_string().into_boxed_str());
    labels.insert(s.to_string(), l);
    Some(l)
}

/// The bytes of a [`Reader`].
struct Input<'a> {
    src: &'a mut dyn Read,
    buf: Vec<u8>,
    /// Where the unread bytes of `buf` start.
    pos: usize,
}

impl Input<'_> {
    /// The next `n` bytes.
    #[inline]
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        if self.buf.len() - self.pos < n {
            self.refill(n)?;
        }
        let out = self.buf.get(self.pos..self.pos + n)?;
        self.pos += n;
        Some(out)
    }

    /// Read on until at least `n` bytes are unread (and up to 64 KiB more).
    #[cold]
    fn refill(&mut self, n: usize) -> Option<()> {
        self.buf.drain(..self.pos);
        self.pos = 0;
        let want = n.max(1 << 16);
        while self.buf.len() < n {
            let have = self.buf.len();
            let read = io::Read::take(&mut *self.src, (want - have) as u64)
                .read_to_end(&mut self.buf)
                .ok()?;
            if read == 0 {
                return None;
            }
        }
        Some(())
    }

    /// The next `n` bytes in a buffer of their own: a large block (the spellings' texts) is read
    /// straight into it, not through [`Input::buf`], which would keep its size until the end of
    /// the read.
    fn take_owned(&mut self, n: usize) -> Option<Vec<u8>> {
        let have = (self.buf.len() - self.pos).min(n);
        let mut out = Vec::with_capacity(n);
        out.extend_from_slice(&self.buf[self.pos..self.pos + have]);
        self.pos += have;
        if out.len() < n {
            io::Read::take(&mut *self.src, (n - out.len()) as u64)
                .read_to_end(&mut out)
                .ok()?;
        }
        (out.len() == n).then_some(out)
    }

    #[inline]
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }

    #[inline]
    fn str(&mut self) -> Option<&str> {
        let n = usize::try_from(self.u32()?).ok()?;
        std::str::from_utf8(self.take(n)?).ok()
    }
}

impl<'a> Reader<'a> {
    /// A reader of `src`, a file of `size` bytes.
    pub fn new(src: &'a mut dyn Read, size: usize) -> Reader<'a> {
        Reader {
            b: Input {
                src,
                buf: Vec::new(),
                pos: 0,
            },
            size,
        }
    }

    /// The size of the file.
    pub fn size(&self) -> usize {
        self.size
    }

    /// The next `n` bytes.
    #[inline]
    pub fn take(&mut self, n: usize) -> Option<&[u8]> {
        self.b.take(n)
    }

    pub fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }

    #[inline]
    pub fn u32(&mut self) -> Option<u32> {
        self.b.u32()
    }

    pub fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }

    /// A count or a length.
    pub fn len(&mut self) -> Option<usize> {
        self.u32().map(|v| v as usize)
    }

    #[inline]
    pub fn str(&mut self) -> Option<&str> {
        self.b.str()
    }

    pub fn string(&mut self) -> Option<String> {
        let n = self.len()?;
        if n > self.size {
            return None;
        }
        String::from_utf8(self.b.take_owned(n)?).ok()
    }

    pub fn strs(&mut self) -> Option<Vec<String>> {
        let n = self.len()?;
        (0..n).map(|_| self.string()).collect()
    }

    /// A list of numbers (as [`Writer::ids`] writes it), read a block at a time.
    pub fn ids(&mut self) -> Option<Vec<u32>> {
        let n = self.len()?;
        if n > self.size / 4 {
            return None;
        }
        let mut v = Vec::with_capacity(n);
        let mut left = n;
        while left > 0 {
            let k = left.min(1 << 14);
            v.extend(
                self.take(k * 4)?
                    .chunks_exact(4)
                    .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]])),
            );
            left -= k;
        }
        Some(v)
    }

    /// A rule label: the labels are static strings of the transliteration modules, so each
    /// distinct one read back is made static once per process (`None` for one longer than
    /// [`LABEL_MAX`], or past [`LABELS_MAX`] distinct ones).
    pub fn label(&mut self) -> Option<&'static str> {
        intern(self.b.str()?)
    }

    /// Has the whole file been read?
    pub fn at_end(&mut self) -> bool {
        self.b.pos == self.b.buf.len() && matches!(self.b.src.read(&mut [0u8; 1]), Ok(0))
    }
}

/// Room to reserve for `n` items of type `T` whose count a cache file gives: all of them, up to
/// 64 MiB. A damaged count must not reserve memory the file cannot fill (the items are read one by
/// one, so a wrong count ends the read at the file's end); a true one beyond that grows as read.
pub(crate) fn room<T>(n: usize) -> usize {
    n.min((64 << 20) / std::mem::size_of::<T>().max(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_made_static_once_per_process_and_bounded() {
        let a = intern("press-de").unwrap();
        let b = intern("press-de").unwrap();
        assert!(std::ptr::eq(a, b), "one allocation for a label read twice");
        assert_eq!(intern(&"x".repeat(LABEL_MAX + 1)), None);
        assert_eq!(
            intern(&"x".repeat(LABEL_MAX)).map(str::len),
            Some(LABEL_MAX)
        );
    }
}
