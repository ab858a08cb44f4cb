//! The key table of the index: every key once, with what it resolves to.

use super::super::bytes::{Reader, Writer};
use super::super::words::{hash_str, same_bytes};
use super::{prefetch, Target};

/// The key table: every key once, each with its target. Open addressing with linear probing
/// over slots whose place is the high bits of the key's [`hash_str`], which the scan has already
/// computed for the Bloom filter: the address of a key's slot is known from its hash alone, so
/// the scan can ask for it ([`Table::prefetch`]) while it still consults the filter, and the two
/// cache misses overlap. A key of up to [`INLINE`] bytes (nearly all) is kept in its slot, so a
/// look-up reads one slot; longer ones are kept in one text buffer.
///
/// [`Table::iter`] gives the keys in the order of their slots. Inserted in that order into a
/// table with fewer slots, they would arrive faster than one per slot and pile up into one run
/// that every later insertion walks: a table that is filled from another's keys is made at its
/// final size first ([`Table::with_capacity`]), as [`Table::read`] does.
#[derive(Debug, Default)]
pub(crate) struct Table {
    /// A power of two of slots (or none), at most [`MAX_LOAD`] full.
    slots: Vec<Option<Slot>>,
    /// 64 minus the base-two log of the slot count: `h >> shift` is a key's home slot.
    shift: u32,
    len: usize,
    /// Keys longer than [`INLINE`] bytes.
    long: String,
}

/// Longest key kept in its slot.
const INLINE: usize = 22;

/// Most slots in use, in tenths: linear probing stays short below this.
const MAX_LOAD: usize = 7;

/// One slot of the key table.
#[derive(Debug)]
struct Slot {
    target: Target,
    /// The key's bytes (a short key), or its start and end in [`Table::long`] as two
    /// little-endian `u32`s.
    key: [u8; INLINE],
    /// Its length, or `u16::MAX` when it is in [`Table::long`].
    len: u16,
}

impl Slot {
    #[inline]
    fn key<'a>(&'a self, long: &'a str) -> &'a [u8] {
        if self.len == u16::MAX {
            let at = |i: usize| {
                let mut b = [0u8; 4];
                b.copy_from_slice(&self.key[i..i + 4]);
                u32::from_le_bytes(b) as usize
            };
            long.as_bytes().get(at(0)..at(4)).unwrap_or_default()
        } else {
            &self.key[..usize::from(self.len)]
        }
    }
}

impl Table {
    /// Room for `n` keys without growing.
    pub fn with_capacity(n: usize) -> Table {
        let mut table = Table::default();
        table.resize((n * 10 / MAX_LOAD + 1).next_power_of_two());
        table
    }

    /// Number of keys.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Number of slots.
    #[cfg(test)]
    pub fn slot_count(&self) -> usize {
        self.slots.len()
    }

    /// The home slot of hash `h`.
    #[inline]
    fn home(&self, h: u64) -> usize {
        h.checked_shr(self.shift).unwrap_or(0) as usize
    }

    /// The slot of `key`, whose [`hash_str`] is `h`, if it is in the table.
    #[inline]
    fn find(&self, h: u64, key: &[u8]) -> Option<usize> {
        let mask = self.slots.len().checked_sub(1)?;
        let mut i = self.home(h);
        // The table is never full, so an empty slot ends every search.
        loop {
            let slot = self.slots.get(i)?.as_ref()?;
            if same_bytes(slot.key(&self.long), key) {
                return Some(i);
            }
            i = (i + 1) & mask;
        }
    }

    /// The target of `key`, whose [`hash_str`] is `h`.
    #[inline]
    pub fn get(&self, h: u64, key: &str) -> Option<&Target> {
        let i = self.find(h, key.as_bytes())?;
        self.slots[i].as_ref().map(|s| &s.target)
    }

    /// The target of `key`, whose [`hash_str`] is `h`, to change it.
    pub fn get_mut(&mut self, h: u64, key: &str) -> Option<&mut Target> {
        let i = self.find(h, key.as_bytes())?;
        self.slots[i].as_mut().map(|s| &mut s.target)
    }

    /// Ask the memory system for the slot where a look-up of hash `h` starts, without waiting
    /// for it (see [`prefetch`]).
    #[inline]
    pub fn prefetch(&self, h: u64) {
        if let Some(slot) = self.slots.get(self.home(h)) {
            prefetch(slot);
        }
    }

    /// Make the table `count` slots (a power of two) long, placing the keys again.
    fn resize(&mut self, count: usize) {
        let count = count.max(16);
        let old = std::mem::take(&mut self.slots);
        self.slots = Vec::with_capacity(count);
        self.slots.resize_with(count, || None);
        self.shift = 64 - count.trailing_zeros();
        for slot in old.into_iter().flatten() {
            let h = hash_str(std::str::from_utf8(slot.key(&self.long)).unwrap_or_default());
            self.place(h, slot);
        }
    }

    /// Put `slot`, whose key is not in the table and hashes to `h`, in the first free slot from
    /// its home.
    fn place(&mut self, h: u64, slot: Slot) {
        let mask = self.slots.len() - 1;
        let mut i = self.home(h);
        while self.slots[i].is_some() {
            i = (i + 1) & mask;
        }
        self.slots[i] = Some(slot);
    }

    /// Add `key`, which is not in the table yet.
    pub fn insert_new(&mut self, h: u64, key: &str, target: Target) {
        if (self.len + 1) * 10 > self.slots.len() * MAX_LOAD {
            self.resize(self.slots.len() * 2);
        }
        let mut slot = Slot {
            target,
            key: [0; INLINE],
            len: u16::MAX,
        };
        if key.len() <= INLINE {
            slot.key[..key.len()].copy_from_slice(key.as_bytes());
            slot.len = key.len() as u16;
        } else {
            let start = self.long.len() as u32;
            self.long.push_str(key);
            slot.key[..4].copy_from_slice(&start.to_le_bytes());
            slot.key[4..8].copy_from_slice(&(self.long.len() as u32).to_le_bytes());
        }
        self.place(h, slot);
        self.len += 1;
    }

    /// Every key with its target.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Target)> {
        self.slots.iter().flatten().map(|e| {
            (
                std::str::from_utf8(e.key(&self.long)).unwrap_or_default(),
                &e.target,
            )
        })
    }

    /// Write the table: its key count, then every key followed by its target, written by `put`.
    pub(super) fn write(&self, w: &mut Writer, put: impl Fn(&mut Writer, &Target)) {
        w.len(self.len());
        for (k, t) in self.iter() {
            w.str(k);
            put(w, t);
        }
    }

    /// Read a table written by [`Table::write`], each target read by `get`; `None` also when a
    /// key comes twice.
    pub(super) fn read(
        r: &mut Reader,
        mut get: impl FnMut(&mut Reader) -> Option<Target>,
    ) -> Option<Table> {
        // The table is made at its final size before the keys arrive: they come in the order of
        // their slots in the table that wrote them (see `Table`). Each key takes at least nine
        // bytes of the file, which bounds a damaged count.
        let n = r.len()?;
        let mut table = Table::with_capacity(n.min(r.size() / 9));
        let mut k = String::new();
        for _ in 0..n {
            k.clear();
            k.push_str(r.str()?);
            let t = get(r)?;
            let h = hash_str(&k);
            if table.get(h, &k).is_some() {
                return None;
            }
            table.insert_new(h, &k, t);
        }
        Some(table)
    }
}

#[cfg(test)]
mod tests {
    use super::super::Single;
    use super::*;

    /// A target of one spelling, numbered `id`.
    fn target(id: u32) -> Target {
        Target::One(Single {
            id,
            entry: id,
            first_len: 3,
            needs_upper: false,
            rank: 0,
            canon: (0, 0),
        })
    }

    #[test]
    fn the_key_table_grows_and_finds_every_key() {
        let mut table = Table::default();
        let key = |n: usize| format!("key{n}").repeat(1 + n % 5);
        for n in 0..20_000 {
            let k = key(n);
            assert!(table.get(hash_str(&k), &k).is_none());
            table.insert_new(hash_str(&k), &k, target(n as u32));
        }
        assert_eq!(table.len(), 20_000);
        assert!(table.slots.len() * MAX_LOAD >= table.len() * 10);
        assert!(table.slots.len() <= 4 * table.len());
        for n in 0..20_000 {
            let k = key(n);
            assert!(
                matches!(table.get(hash_str(&k), &k), Some(Target::One(s)) if s.id == n as u32),
                "{k}"
            );
            let missing = format!("{k}x");
            assert!(table.get(hash_str(&missing), &missing).is_none());
        }
        assert_eq!(table.iter().count(), 20_000);
        // A table sized up front holds its keys without growing.
        let sized = Table::with_capacity(1000);
        assert!(sized.slots.len() * MAX_LOAD >= 1000 * 10);
    }

    #[test]
    fn keys_in_their_slot_and_in_the_long_buffer() {
        let mut table = Table::default();
        let short = "kimjongun";
        let long = "владимирвладимировичпутин";
        assert!(long.len() > INLINE);
        table.insert_new(hash_str(short), short, target(1));
        table.insert_new(hash_str(long), long, target(2));
        let id = |k: &str| match table.get(hash_str(k), k) {
            Some(Target::One(s)) => Some(s.id),
            _ => None,
        };
        assert_eq!(id(short), Some(1));
        assert_eq!(id(long), Some(2));
        assert_eq!(id("kimjongil"), None);
        let mut all: Vec<&str> = table.iter().map(|(k, _)| k).collect();
        all.sort_unstable();
        assert_eq!(all, [short, long]);
    }
}
