//! How a word can start a spelling: the filter in front of everything the scan does.

use super::super::bytes::{room, Reader, Writer};
use super::super::words::hash_str;
use rustc_hash::FxHashMap;

/// A flag of [`Starts`]: the word is the whole first token of a spelling.
pub(crate) const WHOLE: u8 = 1;
/// A flag of [`Starts`]: the word is a strict prefix of the first token of a spelling.
pub(crate) const PREFIX: u8 = 2;
/// A flag of [`Starts`]: the word is a whole first token followed by an `s` (a plural or
/// possessive: "Pyongyangs").
pub(crate) const PLURAL: u8 = 4;
/// A flag of [`Starts`]: [`SOLO`] and [`GOES_ON`] are known for this word (the index is finished).
/// They answer for a window of the word alone what the Bloom filter would, without its false
/// positives and without touching it.
pub(crate) const EXACT: u8 = 8;
/// A flag of [`Starts`]: the word's fold is a whole key.
pub(crate) const SOLO: u8 = 16;
/// A flag of [`Starts`]: the word's fold is a proper prefix of a key.
pub(crate) const GOES_ON: u8 = 32;

/// The filter in front of everything: by the [`hash_str`] of a folded word, how it can start a
/// spelling. Hashes of every prefix of every spelling's first token, and of every first token
/// with an `s`. A bit set over the hashes that start a name without a joiner after them (whole
/// tokens and plurals) answers for nearly every word of running text from the first cache levels.
///
/// In front of the hash, a smaller filter by the shape of an ASCII word: its first two bytes and
/// its length. It holds the shapes of the ASCII whole first tokens and their plurals, and lets
/// most lowercase words of running text go without being hashed.
#[derive(Debug, Default)]
pub(crate) struct Starts {
    map: FxHashMap<u64, u8>,
    bits: Vec<u64>,
    shift: u32,
    /// The shape filter: a bit per [`shape`] (empty: every shape may start a name).
    shapes: Vec<u64>,
    /// [`Starts::shapes`] as the scan asks it: every bit, set for every shape when there is no
    /// filter.
    shape_bits: ShapeBits,
    /// Scratch space for building.
    buf: String,
}

/// Bits of the shape filter.
const SHAPES: usize = 1 << 14;

/// The shape filter of the scan: a fixed-size table, so that a look-up checks no bounds.
#[derive(Debug)]
struct ShapeBits(Box<[u64; SHAPES / 64]>);

impl Default for ShapeBits {
    /// Every shape may start a name.
    fn default() -> ShapeBits {
        ShapeBits(Box::new([u64::MAX; SHAPES / 64]))
    }
}

/// The shape of an ASCII word of `len` bytes that starts with `b0`, `b1` (`b1` is ignored for a
/// word of one byte): the low five bits of each (which a letter shares with its capital) and the
/// length up to 15.
#[inline]
fn shape(b0: u8, b1: u8, len: usize) -> usize {
    let b1 = if len > 1 { b1 } else { 0 };
    usize::from(b0 & 31) | usize::from(b1 & 31) << 5 | len.min(15) << 10
}

/// Note in `shapes` the shape of an ASCII word that may start a spelling.
fn add_shape(shapes: &mut Vec<u64>, word: &[u8]) {
    if let [b0, rest @ ..] = word {
        if shapes.is_empty() {
            *shapes = vec![0; SHAPES / 64];
        }
        let s = shape(*b0, rest.first().copied().unwrap_or(0), word.len());
        shapes[s / 64] |= 1 << (s % 64);
    }
}

impl Starts {
    /// Can the ASCII word of `len` bytes that starts with `b0`, `b1` start a spelling when no
    /// joiner follows it? False means certainly not (see [`Starts::may_start`]).
    #[inline]
    pub fn may_start_shape(&self, b0: u8, b1: u8, len: usize) -> bool {
        let s = shape(b0, b1, len) % SHAPES;
        self.shape_bits.0[s / 64] >> (s % 64) & 1 != 0
    }

    /// Add the first token of a spelling.
    pub(super) fn insert(&mut self, first: &str) {
        // Spellings of one entry mostly share their first word: it is in already.
        if self.buf.len() == first.len() + 1 && self.buf.starts_with(first) {
            return;
        }
        let buf = &mut self.buf;
        for (i, c) in first.char_indices() {
            let end = i + c.len_utf8();
            let flag = if end == first.len() { WHOLE } else { PREFIX };
            *self.map.entry(hash_str(&first[..end])).or_insert(0) |= flag;
        }
        buf.clear();
        buf.push_str(first);
        buf.push('s');
        *self.map.entry(hash_str(buf)).or_insert(0) |= PLURAL;
        if first.is_ascii() {
            add_shape(&mut self.shapes, first.as_bytes());
            add_shape(&mut self.shapes, self.buf.as_bytes());
        }
    }

    /// Mark every word [`EXACT`]: [`SOLO`] and [`GOES_ON`] are about to be noted for all of them
    /// (see [`Starts::note`]).
    pub(super) fn all_exact(&mut self) {
        self.map.values_mut().for_each(|f| *f |= EXACT);
    }

    /// Add `flag` to the word whose hash is `h`, if it can start a spelling.
    #[inline]
    pub(super) fn note(&mut self, h: u64, flag: u8) {
        if let Some(f) = self.map.get_mut(&h) {
            *f |= flag;
        }
    }

    /// Build the bit set from the map.
    pub(super) fn derive(&mut self) {
        let n = self
            .map
            .values()
            .filter(|&&f| f & (WHOLE | PLURAL) != 0)
            .count();
        self.shape_bits = ShapeBits::default();
        if self.shapes.len() == SHAPES / 64 {
            self.shape_bits.0.copy_from_slice(&self.shapes);
        }
        let bits = (n * 16).next_power_of_two().max(1 << 12);
        self.shift = 64 - bits.trailing_zeros();
        self.bits = vec![0; bits / 64];
        for (&h, &f) in &self.map {
            if f & (WHOLE | PLURAL) != 0 {
                let b = h >> self.shift;
                self.bits[(b / 64) as usize] |= 1 << (b % 64);
            }
        }
    }

    /// Can the word whose hash is `h` start a spelling when no joiner follows it? False means
    /// certainly not.
    #[inline]
    pub fn may_start(&self, h: u64) -> bool {
        let b = h.checked_shr(self.shift).unwrap_or(0);
        let word = self
            .bits
            .get((b / 64) as usize)
            .copied()
            .unwrap_or(u64::MAX);
        word >> (b % 64) & 1 != 0
    }

    /// [`WHOLE`] and [`PREFIX`] of the folded word whose hash is `h`.
    #[inline]
    pub fn flags(&self, h: u64) -> u8 {
        self.map.get(&h).copied().unwrap_or(0) & (WHOLE | PREFIX)
    }

    /// How a word of running text can start a spelling: [`WHOLE`] (also for a plural of a first
    /// token), [`PREFIX`] (only when a joiner follows the word, as in "P'yongyang"), or 0; with
    /// [`EXACT`], [`SOLO`] and [`GOES_ON`] when the index knows them.
    #[inline]
    pub fn of_word(&self, h: u64, joiner_next: bool) -> u8 {
        if !joiner_next && !self.may_start(h) {
            return 0;
        }
        let f = self.map.get(&h).copied().unwrap_or(0);
        let exact = f & (EXACT | SOLO | GOES_ON);
        match f & (WHOLE | PREFIX) {
            0 if f & PLURAL != 0 => WHOLE | exact,
            0 => 0,
            PREFIX if !joiner_next => 0,
            flags => flags | exact,
        }
    }

    /// Write the filter: its words' hashes with their flags, then the shape filter.
    pub(super) fn write(&self, w: &mut Writer) {
        w.len(self.map.len());
        for (&h, &f) in &self.map {
            w.u64(h);
            w.u8(f);
        }
        w.len(self.shapes.len());
        self.shapes.iter().for_each(|&x| w.u64(x));
    }

    /// Read a filter written by [`Starts::write`], ready for use.
    pub(super) fn read(r: &mut Reader) -> Option<Starts> {
        let n = r.len()?;
        let mut map = FxHashMap::with_capacity_and_hasher(room::<(u64, u8)>(n), Default::default());
        for _ in 0..n {
            map.insert(r.u64()?, r.u8()?);
        }
        let n = r.len()?;
        let shapes = (0..n).map(|_| r.u64()).collect::<Option<Vec<u64>>>()?;
        let mut starts = Starts {
            map,
            shapes,
            ..Starts::default()
        };
        starts.derive();
        Some(starts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_shapes_let_through_every_first_token_and_its_plural() {
        let mut starts = Starts::default();
        assert!(
            starts.may_start_shape(b'x', b'y', 3),
            "an empty filter rules out nothing"
        );
        for first in ["kim", "pyongyang", "o", "vladimirovichovski", "ли"] {
            starts.insert(first);
        }
        starts.derive();
        let shape_of = |w: &str| {
            let b = w.as_bytes();
            starts.may_start_shape(b[0], b.get(1).copied().unwrap_or(0), b.len())
        };
        for w in [
            "kim",
            "Kim",
            "KIMS",
            "pyongyang",
            "Pyongyangs",
            "o",
            "os",
            "vladimirovichovskis",
        ] {
            assert!(shape_of(w), "{w}");
        }
        for w in ["the", "kimberly", "ki", "pyonyang", "a", "said"] {
            assert!(!shape_of(w), "{w}");
        }
    }
}
