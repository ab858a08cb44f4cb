//! The Bloom filter of the index: which windows of text may be a key, and which may be the start
//! of a longer one, answered from one cache line.

use super::super::bytes::{Reader, Writer};
use super::super::words::hash_str;
use super::prefetch;

/// The filter's answer for a window: it may be a key.
pub(crate) const MAY_BE_KEY: u8 = 1;
/// The filter's answer for a window: it may be the start of a longer key.
pub(crate) const MAY_GO_ON: u8 = 2;

/// One cache line of the Bloom filter.
#[derive(Clone, Copy, Debug, Default)]
#[repr(align(64))]
struct Block([u64; 8]);

/// A blocked Bloom filter (one cache line per query) over the keys and over every proper prefix
/// of every key. Each hash sets two bits for "is a key" and two for "goes on" in one block.
#[derive(Clone, Debug, Default)]
pub(crate) struct Bloom {
    blocks: Vec<Block>,
}

/// Bits of filter per distinct key or prefix (about 2.5% false positives for each answer).
const BLOOM_BITS_PER_ITEM: usize = 12;

impl Bloom {
    /// An empty filter sized for `n` keys and prefixes.
    pub(super) fn with_items(n: usize) -> Bloom {
        Bloom {
            blocks: vec![Block::default(); (n * BLOOM_BITS_PER_ITEM).div_ceil(512).max(1)],
        }
    }

    /// The block of `h`.
    #[inline]
    fn block(&self, h: u64) -> usize {
        (((h >> 32) * self.blocks.len() as u64) >> 32) as usize
    }

    /// The block of `h`, and the bit positions of its two answers.
    #[inline]
    fn place(&self, h: u64) -> (usize, [u32; 4]) {
        let g = (h ^ (h >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        let bit = |s: u32| ((g >> s) & 511) as u32;
        (self.block(h), [bit(0), bit(9), bit(18), bit(27)])
    }

    /// Ask the memory system for the block of `h`, without waiting for it (see [`prefetch`]).
    #[inline]
    pub fn prefetch(&self, h: u64) {
        if let Some(b) = self.blocks.get(self.block(h)) {
            prefetch(b);
        }
    }

    /// Note that the window whose [`hash_str`] is `h` is a key ([`MAY_BE_KEY`]) or the start of
    /// one ([`MAY_GO_ON`]).
    pub(super) fn insert(&mut self, h: u64, what: u8) {
        let (b, bits) = self.place(h);
        let pair = if what == MAY_BE_KEY {
            &bits[..2]
        } else {
            &bits[2..]
        };
        for &p in pair {
            self.blocks[b].0[(p / 64) as usize] |= 1 << (p % 64);
        }
    }

    /// The [`hash_str`] of `key` and what the filter says of it.
    #[inline]
    pub fn ask(&self, key: &str) -> (u64, u8) {
        let h = hash_str(key);
        (h, self.query(h))
    }

    /// What the window whose [`hash_str`] is `h` may be: [`MAY_BE_KEY`] and/or [`MAY_GO_ON`]
    /// (0: certainly neither).
    #[inline]
    pub fn query(&self, h: u64) -> u8 {
        let Some(_) = self.blocks.first() else {
            return MAY_BE_KEY | MAY_GO_ON;
        };
        let (b, bits) = self.place(h);
        let block = &self.blocks[b].0;
        let set = |p: u32| block[(p / 64) as usize] >> (p % 64) & 1;
        ((set(bits[0]) & set(bits[1])) | ((set(bits[2]) & set(bits[3])) << 1)) as u8
    }

    /// Write the filter: its block count, then every block as eight `u64`s.
    pub(super) fn write(&self, w: &mut Writer) {
        w.len(self.blocks.len());
        for b in &self.blocks {
            b.0.iter().for_each(|&x| w.u64(x));
        }
    }

    /// Read a filter written by [`Bloom::write`].
    pub(super) fn read(r: &mut Reader) -> Option<Bloom> {
        let n = r.len()?;
        let raw = r.take(n.checked_mul(64)?)?;
        let blocks = raw
            .chunks_exact(64)
            .map(|c| {
                let mut b = Block::default();
                for (x, w) in b.0.iter_mut().zip(c.chunks_exact(8)) {
                    *x = u64::from_le_bytes(w.try_into().unwrap_or_default());
                }
                b
            })
            .collect();
        Some(Bloom { blocks })
    }
}
