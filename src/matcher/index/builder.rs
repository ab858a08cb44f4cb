//! Building an [`Index`]: every spelling is added (its record, its text, its key in the table);
//! what a key resolves to is kept in a growable form while spellings arrive, and written into the
//! table's plain-number payloads (and one list of numbers) when the index is finished, with the
//! filters derived from all the keys.

use super::{
    Bloom, Index, Payload, Record, SpellingSource, Table, GOES_ON, MANY, MAY_BE_KEY, MAY_GO_ON,
    NEEDS_UPPER, ONE, SHARED, SHORT_LOWER, SHORT_UPPER, SOLO,
};
use crate::fold::spelling_key;
use crate::matcher::words::{hash_str, prefix_hashes};
use rustc_hash::FxHashSet;

/// What a key resolves to while the index is built (see [`super::Target`], its final form).
#[derive(Clone, Debug)]
enum Building {
    /// One spelling (or several of one entry: the best is kept).
    One(u32),
    /// Spellings of different entries, or split differently.
    Many(Vec<u32>),
    /// Only short forms: these entries; whether the text must be capitalised.
    Short(Vec<u32>, bool),
    /// Spellings as in `Many`, then the listed spellings of several entries with this key.
    Shared(Vec<u32>, Vec<u32>),
}

/// [`Payload::tag`] of a key whose target is still [`Building`], number `a` of
/// [`IndexBuilder::targets`].
const BUILDING: u8 = u8::MAX;

/// [`Payload::tag`] of a key that one spelling (or several of one entry, the best kept), number
/// `a`, resolves to so far: most keys, which need no [`Building`] of their own while the index is
/// built (a target for each of two million keys was the build's largest transient).
const BUILDING_ONE: u8 = u8::MAX - 1;

/// Builds an [`Index`]: every spelling of every entry is added, then the filters are derived
/// from them all.
#[derive(Debug)]
pub(crate) struct IndexBuilder {
    index: Index,
    /// The key of the spelling being added.
    key: String,
    /// What each key resolves to, by the number its payload holds.
    targets: Vec<Building>,
    /// The hash of the key of every listed spelling (canonical, variant, native), and its id:
    /// keys that several entries list are found among them.
    listed: Vec<(u64, u32)>,
    /// The text of every short form, once.
    short_texts: FxHashSet<Box<str>>,
}

impl IndexBuilder {
    /// A builder for the entries whose canonical forms are `canonical` (by entry), with room for
    /// about `spellings` spellings.
    pub fn new<'a>(canonical: impl IntoIterator<Item = &'a str>, spellings: usize) -> IndexBuilder {
        let mut index = Index {
            // Spellings of an entry mostly fold alike in pairs or threes: room for about seven
            // keys in ten spellings spares the key table growing again and again (it grows
            // beyond that if it must).
            table: Table::with_capacity(spellings * 7 / 10),
            ..Index::default()
        };
        for c in canonical {
            index.canonical.push(c);
        }
        IndexBuilder {
            index,
            key: String::new(),
            targets: Vec::new(),
            listed: Vec::new(),
            short_texts: FxHashSet::default(),
        }
    }

    /// Make room for about `records` more spellings with `bytes` of text in all.
    pub fn reserve(&mut self, records: usize, bytes: usize) {
        self.index.spellings.reserve(records);
        self.index.texts.reserve(records, bytes);
    }

    /// Add `text`, a spelling of entry `entry` from `source`; its id, or `None` when it folds to
    /// nothing (it is not indexed) or is a short form (a short form has no record: its key
    /// resolves to the list of the entries that have it, and its text is kept once, however many
    /// entries share it).
    pub fn add(&mut self, entry: u32, text: &str, source: SpellingSource) -> Option<u32> {
        let shape = spelling_key(text, &mut self.key);
        let key = self.key.as_str();
        let first = &key[..shape.first];
        if first.is_empty() {
            return None;
        }
        let ix = &mut self.index;
        // A spelling of one word of a space-separated script, capitalised.
        let upper = shape.words == 1 && shape.capitalised;
        ix.max_key = ix.max_key.max(key.len());
        ix.max_words = ix.max_words.max(shape.words);
        ix.starts.insert(first);
        let h = hash_str(key);
        if source == SpellingSource::Short {
            ix.short_count += 1;
            if !self.short_texts.contains(text) {
                self.short_texts.insert(text.into());
            }
            match ix.table.get(h, key) {
                None => self.insert(h, Building::Short(vec![entry], upper)),
                Some(p) => {
                    let target = self
                        .targets
                        .get_mut(p.a as usize)
                        .filter(|_| p.tag == BUILDING);
                    if let Some(Building::Short(entries, _)) = target {
                        // Entries arrive in order, so an entry already in is nearly always the
                        // last one: a surname that thousands of entries share is not searched
                        // for each of its spellings.
                        let last = entries.last().copied();
                        if last != Some(entry) && (last < Some(entry) || !entries.contains(&entry))
                        {
                            entries.push(entry);
                        }
                    }
                    // A full spelling of some entry always beats a short form.
                }
            }
            return None;
        }
        let id = ix.spellings.len() as u32;
        ix.texts.push(text);
        let label = match source {
            SpellingSource::Generated(l) => ix.label(l),
            _ => 0,
        };
        ix.spellings.push(Record {
            entry,
            kind: source.code() | if upper { NEEDS_UPPER } else { 0 },
            label,
            first_len: first.len().min(u16::MAX as usize) as u16,
        });
        if matches!(
            source,
            SpellingSource::Canonical | SpellingSource::Variant | SpellingSource::Native
        ) {
            self.listed.push((h, id));
        }
        match ix.table.get_mut(h, key) {
            None => {
                let p = Payload {
                    tag: BUILDING_ONE,
                    a: id,
                    ..Payload::default()
                };
                ix.table.insert_new(h, key, p);
            }
            Some(p) if p.tag == BUILDING_ONE => {
                let mut t = Building::One(p.a);
                merge(&mut t, &ix.spellings, id);
                match t {
                    Building::One(best) => p.a = best,
                    t => {
                        *p = Payload {
                            tag: BUILDING,
                            a: self.targets.len() as u32,
                            ..Payload::default()
                        };
                        self.targets.push(t);
                    }
                }
            }
            Some(p) => merge(&mut self.targets[p.a as usize], &ix.spellings, id),
        }
        Some(id)
    }

    /// Put the new key of the spelling being added (whose hash is `h`) in the table, resolving
    /// to `t`.
    fn insert(&mut self, h: u64, t: Building) {
        let p = Payload {
            tag: BUILDING,
            a: self.targets.len() as u32,
            ..Payload::default()
        };
        self.targets.push(t);
        self.index.table.insert_new(h, &self.key, p);
    }

    /// The keys that the listed spellings of several entries share become shared ones (see
    /// [`super::Target::Shared`]).
    fn mark_shared(&mut self) {
        let mut listed = std::mem::take(&mut self.listed);
        listed.sort_unstable();
        let ix = &mut self.index;
        let mut key = String::new();
        let mut other = String::new();
        for group in listed.chunk_by(|a, b| a.0 == b.0) {
            let entry = |&(_, s): &(u64, u32)| ix.spellings[s as usize].entry;
            let e0 = entry(&group[0]);
            if group.iter().all(|g| entry(g) == e0) {
                continue;
            }
            // One hash, most likely one key: confirmed spelling by spelling.
            let h = group[0].0;
            spelling_key(ix.texts.get(group[0].1 as usize).unwrap_or(""), &mut key);
            let ids: Vec<u32> = group
                .iter()
                .map(|g| g.1)
                .filter(|&s| {
                    spelling_key(ix.texts.get(s as usize).unwrap_or(""), &mut other);
                    other == key
                })
                .collect();
            let Some(p) = ix.table.get(h, &key).filter(|p| p.tag == BUILDING) else {
                continue;
            };
            let t = &mut self.targets[p.a as usize];
            if let Building::Many(many) = t {
                *t = Building::Shared(std::mem::take(many), ids);
            }
        }
    }

    /// The index, with what is derived from all its keys.
    pub fn finish(mut self) -> Index {
        self.mark_shared();
        let targets = std::mem::take(&mut self.targets);
        let mut ix = self.index;
        ix.payloads(targets);
        ix.table.shrink_to_fit();
        ix.starts.derive();
        let mut shorts: Vec<Box<str>> = std::mem::take(&mut self.short_texts).into_iter().collect();
        shorts.sort_unstable();
        shorts.iter().for_each(|s| ix.short_texts.push(s));
        // In sorted order, the prefixes a key shares with the key before it are already in:
        // only the rest are new (as in counting the nodes of a trie). That sizes the filter by the
        // distinct prefixes, far fewer than all (most keys share a surname or a first name), so
        // that it stays in the second-level cache.
        // Sorted by the first eight bytes as a number first (zero-padded: keys hold no NUL), which
        // is their order and spares most comparisons of whole strings.
        // Each key by its slot (16 bytes a key, not a string slice's 24: with two million keys
        // this list is the build's last transient peak).
        let table = &ix.table;
        let mut sorted: Vec<(u64, u32)> = Vec::with_capacity(table.len());
        sorted.extend(table.slots_in_use().map(|(slot, k)| {
            let mut b = [0u8; 8];
            let n = k.len().min(8);
            b[..n].copy_from_slice(&k.as_bytes()[..n]);
            (u64::from_be_bytes(b), slot)
        }));
        sorted.sort_unstable_by(|a, b| {
            a.0.cmp(&b.0)
                .then_with(|| table.key_bytes_at(a.1).cmp(table.key_bytes_at(b.1)))
        });
        // Where each key's new prefixes start (a key is short: `u32` is room enough, and this
        // list and the sorted keys are the build's last transient peak).
        let mut from: Vec<u32> = Vec::with_capacity(sorted.len());
        let mut items = sorted.len();
        let mut prev = "";
        for k in sorted.iter().map(|&(_, slot)| table.key_at(slot)) {
            let common = prev
                .bytes()
                .zip(k.bytes())
                .take_while(|(a, b)| a == b)
                .count();
            // A key that is all of the key before it is a prefix it has not been yet.
            let first_new = if common == prev.len() && common > 0 {
                common
            } else {
                common + 1
            };
            items += k
                .char_indices()
                .filter(|&(i, _)| i >= first_new.max(1))
                .count();
            from.push(first_new as u32);
            prev = k;
        }
        let mut bloom = Bloom::with_items(items);
        // The words that can start a name learn, exactly, whether they are a key themselves and
        // whether a longer key starts with them (see [`EXACT`]).
        let starts = &mut ix.starts;
        starts.all_exact();
        for (k, &first_new) in sorted
            .iter()
            .map(|&(_, slot)| table.key_at(slot))
            .zip(&from)
        {
            let h = hash_str(k);
            bloom.insert(h, MAY_BE_KEY);
            starts.note(h, SOLO);
            prefix_hashes(k, first_new as usize, |h| {
                bloom.insert(h, MAY_GO_ON);
                starts.note(h, GOES_ON);
            });
        }
        ix.bloom = bloom;
        ix
    }
}

/// Merge spelling `id` into an existing target. Spellings of one entry with the same first word
/// keep the most authoritative; everything else is kept for resolution at match time.
fn merge(t: &mut Building, spellings: &[Record], id: u32) {
    let new = &spellings[id as usize];
    let same = |o: u32| {
        let o = &spellings[o as usize];
        o.entry == new.entry && o.first_len == new.first_len
    };
    let better = |o: u32| new.rank() < spellings[o as usize].rank();
    match t {
        Building::Short(..) => *t = Building::One(id),
        Building::One(old) => {
            if same(*old) {
                if better(*old) {
                    *old = id;
                }
            } else {
                *t = Building::Many(vec![*old, id]);
            }
        }
        Building::Shared(..) => {}
        Building::Many(ids) => match ids.iter().position(|&o| same(o)) {
            Some(k) => {
                if better(ids[k]) {
                    ids[k] = id;
                }
            }
            None => ids.push(id),
        },
    }
}

impl Index {
    /// Write what every key resolves to into its payload, the lists one after the other in
    /// [`Index::lists`].
    fn payloads(&mut self, mut targets: Vec<Building>) {
        let (spellings, lists) = (&self.spellings, &mut self.lists);
        lists.reserve_exact(
            targets
                .iter()
                .map(|t| match t {
                    Building::One(_) => 0,
                    Building::Many(l) | Building::Short(l, _) => l.len(),
                    Building::Shared(l, m) => l.len() + m.len(),
                })
                .sum(),
        );
        for p in self.table.payloads_mut() {
            if p.tag == BUILDING_ONE {
                let s = &spellings[p.a as usize];
                *p = Payload {
                    tag: ONE,
                    a: p.a,
                    b: s.entry,
                    c: u32::from(s.first_len)
                        | u32::from(s.rank()) << 16
                        | u32::from(s.needs_upper()) << 24,
                };
                continue;
            }
            let Some(t) = targets.get_mut(p.a as usize).filter(|_| p.tag == BUILDING) else {
                continue;
            };
            let mut list = |l: &[u32]| {
                let from = lists.len() as u32;
                lists.extend_from_slice(l);
                (from, l.len() as u32)
            };
            *p = match std::mem::replace(t, Building::One(0)) {
                Building::One(id) => {
                    let s = &spellings[id as usize];
                    Payload {
                        tag: ONE,
                        a: id,
                        b: s.entry,
                        c: u32::from(s.first_len)
                            | u32::from(s.rank()) << 16
                            | u32::from(s.needs_upper()) << 24,
                    }
                }
                Building::Many(ids) => {
                    let (a, b) = list(&ids);
                    Payload {
                        tag: MANY,
                        a,
                        b,
                        c: 0,
                    }
                }
                Building::Short(entries, upper) => {
                    let (a, b) = list(&entries);
                    let tag = if upper { SHORT_UPPER } else { SHORT_LOWER };
                    Payload { tag, a, b, c: 0 }
                }
                Building::Shared(ids, listed) => {
                    let (a, b) = list(&ids);
                    let (_, c) = list(&listed);
                    Payload {
                        tag: SHARED,
                        a,
                        b,
                        c,
                    }
                }
            };
        }
    }
}
