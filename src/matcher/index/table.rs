//! The key table of the index: every key once, with what it resolves to, in slots of plain
//! numbers that a cache file holds as they are.

use super::super::bytes::{Reader, Writer};
use super::super::words::{hash_str, same_bytes};
use super::prefetch;

/// The key table: every key once, each with a [`Payload`] that the index gives its meaning to.
/// Open addressing with linear probing over slots whose place is given by the key's
/// [`hash_str`], which the scan has already computed for the Bloom filter: the address of a key's
/// slot is known from its hash alone, so the scan can ask for it ([`Table::prefetch`]) while it
/// still consults the filter, and the two cache misses overlap. A key of up to [`INLINE`] bytes
/// (nearly all) is kept in its slot, so a look-up reads one slot; longer ones are kept in one
/// text buffer.
///
/// The home slot of a hash is the hash scaled to the slot count (`h * n / 2^64`), so the slot
/// count need not be a power of two: the table is sized to the keys it holds, not to the next
/// power of two. A slot is 36 bytes of numbers and nothing else, so that a table is written to a
/// cache file as it is (the used slots, a bit for each slot) and read back slot by slot, without
/// hashing or placing a key again.
#[derive(Debug, Default)]
pub(crate) struct Table {
    /// The slots, at most [`MAX_LOAD`] full (and never all).
    slots: Vec<Slot>,
    len: usize,
    /// Keys longer than [`INLINE`] bytes.
    long: String,
}

/// Longest key kept in its slot.
const INLINE: usize = 22;

/// [`Slot::len`] of a key kept in [`Table::long`].
const LONG: u8 = u8::MAX;

/// Most slots in use, in tenths: linear probing stays short below this.
const MAX_LOAD: usize = 7;

/// What a slot holds besides its key: a kind and three numbers, whose meaning the index alone
/// knows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Payload {
    pub tag: u8,
    pub a: u32,
    pub b: u32,
    pub c: u32,
}

/// One slot of the key table.
#[derive(Clone, Copy, Debug, Default)]
struct Slot {
    /// The key's bytes (a short key), or its start and end in [`Table::long`] as two
    /// little-endian `u32`s.
    key: [u8; INLINE],
    /// Its length; [`LONG`] when it is in [`Table::long`]; 0 for an empty slot (no key is empty).
    len: u8,
    payload: Payload,
}

impl Slot {
    #[inline]
    fn key<'a>(&'a self, long: &'a str) -> &'a [u8] {
        if self.len == LONG {
            let at = |i: usize| {
                let mut b = [0u8; 4];
                b.copy_from_slice(&self.key[i..i + 4]);
                u32::from_le_bytes(b) as usize
            };
            long.as_bytes().get(at(0)..at(4)).unwrap_or_default()
        } else {
            &self.key[..usize::from(self.len).min(INLINE)]
        }
    }

    fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl Table {
    /// Room for `n` keys without growing.
    pub fn with_capacity(n: usize) -> Table {
        let mut table = Table::default();
        table.resize(n * 10 / MAX_LOAD + 1);
        table
    }

    /// Make the table as small as its keys allow with room to spare (at most six slots in ten
    /// used), when it was made larger: a table sized before its keys were known is written to the
    /// cache slot for slot, empty ones included.
    pub fn shrink_to_fit(&mut self) {
        let fit = self.len * 10 / 6 + 1;
        if self.slots.len() > fit + fit / 8 {
            self.resize(fit);
        }
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

    /// The home slot of hash `h`: `h` scaled to the slot count.
    #[inline]
    fn home(&self, h: u64) -> usize {
        ((u128::from(h) * self.slots.len() as u128) >> 64) as usize
    }

    /// The slot of `key`, whose [`hash_str`] is `h`, if it is in the table.
    #[inline]
    fn find(&self, h: u64, key: &[u8]) -> Option<usize> {
        let n = self.slots.len();
        let mut i = self.home(h);
        // The table is never full, so an empty slot ends every search.
        loop {
            let slot = self.slots.get(i)?;
            if slot.is_empty() {
                return None;
            }
            if same_bytes(slot.key(&self.long), key) {
                return Some(i);
            }
            i += 1;
            if i == n {
                i = 0;
            }
        }
    }

    /// The payload of `key`, whose [`hash_str`] is `h`.
    #[inline]
    pub fn get(&self, h: u64, key: &str) -> Option<Payload> {
        let i = self.find(h, key.as_bytes())?;
        Some(self.slots[i].payload)
    }

    /// The payload of `key`, whose [`hash_str`] is `h`, to change it.
    pub fn get_mut(&mut self, h: u64, key: &str) -> Option<&mut Payload> {
        let i = self.find(h, key.as_bytes())?;
        Some(&mut self.slots[i].payload)
    }

    /// Ask the memory system for the slot where a look-up of hash `h` starts, without waiting
    /// for it (see [`prefetch`]).
    #[inline]
    pub fn prefetch(&self, h: u64) {
        if let Some(slot) = self.slots.get(self.home(h)) {
            prefetch(slot);
        }
    }

    /// Make the table `count` slots long (at least 16), placing the keys again.
    fn resize(&mut self, count: usize) {
        let old = std::mem::replace(&mut self.slots, vec![Slot::default(); count.max(16)]);
        for slot in old.into_iter().filter(|s| !s.is_empty()) {
            let h = hash_str(std::str::from_utf8(slot.key(&self.long)).unwrap_or_default());
            self.place(h, slot);
        }
    }

    /// Put `slot`, whose key is not in the table and hashes to `h`, in the first free slot from
    /// its home.
    fn place(&mut self, h: u64, slot: Slot) {
        let n = self.slots.len();
        let mut i = self.home(h);
        while !self.slots[i].is_empty() {
            i = if i + 1 == n { 0 } else { i + 1 };
        }
        self.slots[i] = slot;
    }

    /// Add `key` (not empty), which is not in the table yet.
    pub fn insert_new(&mut self, h: u64, key: &str, payload: Payload) {
        if (self.len + 1) * 10 > self.slots.len() * MAX_LOAD {
            self.resize(self.slots.len().max(16) * 2);
        }
        let mut slot = Slot {
            key: [0; INLINE],
            len: LONG,
            payload,
        };
        if key.len() <= INLINE {
            slot.key[..key.len()].copy_from_slice(key.as_bytes());
            slot.len = key.len() as u8;
        } else {
            let start = self.long.len() as u32;
            self.long.push_str(key);
            slot.key[..4].copy_from_slice(&start.to_le_bytes());
            slot.key[4..8].copy_from_slice(&(self.long.len() as u32).to_le_bytes());
        }
        self.place(h, slot);
        self.len += 1;
    }

    /// Every key with its payload.
    #[cfg(test)]
    pub fn iter(&self) -> impl Iterator<Item = (&str, Payload)> {
        self.slots.iter().filter(|s| !s.is_empty()).map(|s| {
            (
                std::str::from_utf8(s.key(&self.long)).unwrap_or_default(),
                s.payload,
            )
        })
    }

    /// Every key with the number of its slot (see [`Table::key_at`]).
    pub fn slots_in_use(&self) -> impl Iterator<Item = (u32, &str)> {
        self.slots
            .iter()
            .enumerate()
            .filter(|(_, s)| !s.is_empty())
            .map(|(i, s)| {
                let key = std::str::from_utf8(s.key(&self.long)).unwrap_or_default();
                (i as u32, key)
            })
    }

    /// The key in slot number `slot` (empty for an empty slot).
    pub fn key_at(&self, slot: u32) -> &str {
        std::str::from_utf8(self.key_bytes_at(slot)).unwrap_or_default()
    }

    /// The bytes of [`Table::key_at`] (as a string's, they sort in its order).
    #[inline]
    pub fn key_bytes_at(&self, slot: u32) -> &[u8] {
        self.slots
            .get(slot as usize)
            .map(|s| s.key(&self.long))
            .unwrap_or_default()
    }

    /// Every payload, to change them all.
    pub fn payloads_mut(&mut self) -> impl Iterator<Item = &mut Payload> {
        self.slots
            .iter_mut()
            .filter(|s| !s.is_empty())
            .map(|s| &mut s.payload)
    }

    /// Write the table: its long keys, its counts, which slots are used (one bit each), then
    /// each used slot as it is, its key's bytes only as long as the key.
    pub(crate) fn write(&self, w: &mut Writer) {
        w.str(&self.long);
        w.len(self.len);
        w.len(self.slots.len());
        for chunk in self.slots.chunks(8) {
            let bits = chunk
                .iter()
                .enumerate()
                .fold(0u8, |b, (i, s)| b | (u8::from(!s.is_empty()) << i));
            w.u8(bits);
        }
        for s in self.slots.iter().filter(|s| !s.is_empty()) {
            w.u8(s.len);
            w.u8(s.payload.tag);
            w.u32(s.payload.a);
            w.u32(s.payload.b);
            w.u32(s.payload.c);
            let n = if s.len == LONG { 8 } else { usize::from(s.len) };
            w.put(&s.key[..n.min(INLINE)]);
        }
    }

    /// Read a table written by [`Table::write`], each payload checked by `valid`; `None` when
    /// the bytes are not one: a count that does not add up, a long key out of its buffer or
    /// not text, a table with no empty slot (a search would not end), or a payload `valid`
    /// refuses. Keys are put back in the slots they were written from, without hashing them; a
    /// key in a slot other than the one its hash leads to is not found, as in any damaged file,
    /// but cannot make a search fail to end.
    pub(crate) fn read(r: &mut Reader, valid: impl Fn(&Payload) -> bool) -> Option<Table> {
        let long = r.string()?;
        let len = r.len()?;
        let n = r.len()?;
        // Each slot takes a bit of the file, each key at least 15 bytes.
        if n / 8 > r.size() || len > r.size() / 15 || len >= n.max(1) {
            return None;
        }
        let mut used = Vec::with_capacity(n.div_ceil(8));
        let mut left = n.div_ceil(8);
        while left > 0 {
            let k = left.min(1 << 16);
            used.extend_from_slice(r.take(k)?);
            left -= k;
        }
        // Slot after slot, each written once: a table zeroed first would be written twice
        // (most of a cached load's time is the first touch of fresh memory).
        let mut slots = Vec::with_capacity(n);
        let mut count = 0;
        for at in 0..n {
            if used[at / 8] & (1 << (at % 8)) == 0 {
                slots.push(Slot::default());
                continue;
            }
            let head = r.take(14)?;
            let word =
                |i: usize| u32::from_le_bytes([head[i], head[i + 1], head[i + 2], head[i + 3]]);
            let mut slot = Slot {
                key: [0; INLINE],
                len: head[0],
                payload: Payload {
                    tag: head[1],
                    a: word(2),
                    b: word(6),
                    c: word(10),
                },
            };
            let k = match slot.len {
                LONG => 8,
                l if (1..=INLINE as u8).contains(&l) => usize::from(l),
                _ => return None,
            };
            slot.key[..k].copy_from_slice(r.take(k)?);
            let key = slot.key(&long);
            // Nearly every key is ASCII, which is text without a call to the full check.
            if key.is_empty()
                || !(key.is_ascii() || std::str::from_utf8(key).is_ok())
                || !valid(&slot.payload)
            {
                return None;
            }
            slots.push(slot);
            count += 1;
        }
        (count == len).then_some(Table { slots, len, long })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::bytes::Writer;

    /// A payload numbered `id`.
    fn payload(id: u32) -> Payload {
        Payload {
            tag: 0,
            a: id,
            b: id,
            c: 3,
        }
    }

    #[test]
    fn the_key_table_grows_and_finds_every_key() {
        let mut table = Table::default();
        let key = |n: usize| format!("key{n}").repeat(1 + n % 5);
        for n in 0..20_000 {
            let k = key(n);
            assert!(table.get(hash_str(&k), &k).is_none());
            table.insert_new(hash_str(&k), &k, payload(n as u32));
        }
        assert_eq!(table.len(), 20_000);
        assert!(table.slots.len() * MAX_LOAD >= table.len() * 10);
        assert!(table.slots.len() <= 4 * table.len());
        for n in 0..20_000 {
            let k = key(n);
            assert_eq!(table.get(hash_str(&k), &k), Some(payload(n as u32)), "{k}");
            let missing = format!("{k}x");
            assert!(table.get(hash_str(&missing), &missing).is_none());
        }
        assert_eq!(table.iter().count(), 20_000);
        // A table sized up front holds its keys without growing, in about as many slots as
        // the load allows (not the next power of two).
        let sized = Table::with_capacity(1000);
        assert!(sized.slots.len() * MAX_LOAD >= 1000 * 10);
        assert!(sized.slots.len() < 1000 * 10 / MAX_LOAD + 2);
    }

    #[test]
    fn keys_in_their_slot_and_in_the_long_buffer() {
        let mut table = Table::default();
        let short = "kimjongun";
        let long = "владимирвладимировичпутин";
        assert!(long.len() > INLINE);
        table.insert_new(hash_str(short), short, payload(1));
        table.insert_new(hash_str(long), long, payload(2));
        let id = |t: &Table, k: &str| t.get(hash_str(k), k).map(|p| p.a);
        assert_eq!(id(&table, short), Some(1));
        assert_eq!(id(&table, long), Some(2));
        assert_eq!(id(&table, "kimjongil"), None);
        let mut all: Vec<&str> = table.iter().map(|(k, _)| k).collect();
        all.sort_unstable();
        assert_eq!(all, [short, long]);
        // Read back slot for slot.
        let mut bytes = Vec::new();
        let mut w = Writer::new(&mut bytes);
        table.write(&mut w);
        w.finish().unwrap();
        let size = bytes.len();
        let mut src = bytes.as_slice();
        let read = Table::read(&mut Reader::new(&mut src, size), |_| true).unwrap();
        assert_eq!(id(&read, short), Some(1));
        assert_eq!(id(&read, long), Some(2));
        assert_eq!(read.slots.len(), table.slots.len());
        // A payload the index refuses, or a table with no empty slot, is not a table.
        let mut src = bytes.as_slice();
        assert!(Table::read(&mut Reader::new(&mut src, size), |p| p.a != 2).is_none());
        let full = Table {
            slots: vec![table.slots.iter().find(|s| !s.is_empty()).copied().unwrap(); 16],
            len: 16,
            long: table.long.clone(),
        };
        let mut bytes = Vec::new();
        let mut w = Writer::new(&mut bytes);
        full.write(&mut w);
        w.finish().unwrap();
        let size = bytes.len();
        let mut src = bytes.as_slice();
        assert!(Table::read(&mut Reader::new(&mut src, size), |_| true).is_none());
    }
}
