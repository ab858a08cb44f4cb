//! The compiled-index cache: a built [`Matcher`] written to disk and read back, so that a large
//! glossary (or the bundled one, for an instant `lookup`) is not parsed and indexed on every run.
//!
//! A cache file is named by a hash of everything the index depends on: canonym's version and
//! executable, the matcher options, and the path and bytes of every glossary file. Any change gives a new name, so
//! a stale file is never read; a file that does not read back cleanly is ignored and rebuilt.
//! Files are written to a temporary name and renamed, so a reader never sees half a file.

use super::index::{
    Arena, Block, Bloom, Index, Keys, Single, Spelling, SpellingSource, Starts, Target,
};
use super::keys::{KeyTarget, LangKeys};
use super::words::hash_str;
use super::{Matcher, MatcherOptions};
use crate::error::Position;
use crate::glossary::{Entry, Glossary, Kind, Origin, Source};
use rustc_hash::FxHashMap;
use std::hash::{Hash, Hasher};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

const MAGIC: &[u8; 8] = b"CNYMIDX6";

/// The cache file for glossary `sources` (path, contents) under these options, in `dir`.
pub fn cache_path(dir: &Path, sources: &[(PathBuf, Vec<u8>)], options: &MatcherOptions) -> PathBuf {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    env!("CARGO_PKG_VERSION").hash(&mut h);
    MAGIC.hash(&mut h);
    // The index also depends on the code that built it (tables, rules): a rebuilt program has
    // another executable, so its size and time are part of the name.
    if let Some(meta) = std::env::current_exe()
        .ok()
        .and_then(|p| std::fs::metadata(p).ok())
    {
        meta.len().hash(&mut h);
        meta.modified().ok().hash(&mut h);
    }
    options.generate.hash(&mut h);
    for (path, bytes) in sources {
        path.hash(&mut h);
        bytes.hash(&mut h);
    }
    dir.join(format!("{:016x}.idx", h.finish()))
}

/// The writer of a cache file: buffered in small blocks, so that writing a large index does not
/// hold a second copy of it in memory. The first error is kept and reported at the end.
struct W<'a> {
    buf: Vec<u8>,
    out: &'a mut dyn Write,
    err: Option<io::Error>,
}

impl W<'_> {
    fn put(&mut self, b: &[u8]) {
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
    fn u8(&mut self, v: u8) {
        self.put(&[v]);
    }
    fn u32(&mut self, v: u32) {
        self.put(&v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.put(&v.to_le_bytes());
    }
    fn len(&mut self, v: usize) {
        self.u32(v as u32);
    }
    fn str(&mut self, s: &str) {
        self.len(s.len());
        self.put(s.as_bytes());
    }
    fn strs(&mut self, v: &[String]) {
        self.len(v.len());
        v.iter().for_each(|s| self.str(s));
    }
    fn ids(&mut self, v: &[u32]) {
        self.len(v.len());
        v.iter().for_each(|&x| self.u32(x));
    }
}

/// A cache file being read, through a buffer of its own (the file is not read whole into memory).
struct Input<'a> {
    src: &'a mut dyn io::Read,
    buf: Vec<u8>,
    /// Where the unread bytes of `buf` start.
    pos: usize,
}

impl Input<'_> {
    /// The next `n` bytes; `None` when the file ends first or cannot be read.
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

    #[inline]
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }

    #[inline]
    fn str(&mut self) -> Option<&str> {
        let n = usize::try_from(self.u32()?).ok()?;
        std::str::from_utf8(self.take(n)?).ok()
    }

    /// Has the whole file been read?
    fn at_end(&mut self) -> bool {
        self.pos == self.buf.len() && matches!(self.src.read(&mut [0u8; 1]), Ok(0))
    }
}

struct R<'a> {
    b: Input<'a>,
    labels: FxHashMap<String, &'static str>,
}

impl R<'_> {
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        self.b.take(n)
    }
    fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }
    fn u32(&mut self) -> Option<u32> {
        self.b.u32()
    }
    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
    fn len(&mut self) -> Option<usize> {
        self.u32().map(|v| v as usize)
    }
    fn str(&mut self) -> Option<&str> {
        self.b.str()
    }
    fn string(&mut self) -> Option<String> {
        self.str().map(str::to_string)
    }
    fn strs(&mut self) -> Option<Vec<String>> {
        let n = self.len()?;
        (0..n).map(|_| self.string()).collect()
    }
    fn ids(&mut self) -> Option<Vec<u32>> {
        let n = self.len()?;
        (0..n).map(|_| self.u32()).collect()
    }
    /// A rule label: the labels are static strings of the transliteration modules, so each
    /// distinct one read back is made static once per load.
    fn label(&mut self) -> Option<&'static str> {
        let s = self.b.str()?;
        if let Some(l) = self.labels.get(s) {
            return Some(l);
        }
        let l: &'static str = Box::leak(s.to_string().into_boxed_str());
        self.labels.insert(s.to_string(), l);
        Some(l)
    }
}

fn put_source(w: &mut W, s: SpellingSource) {
    match s {
        SpellingSource::Canonical => w.u8(0),
        SpellingSource::Variant => w.u8(1),
        SpellingSource::Native => w.u8(2),
        SpellingSource::Inflected => w.u8(3),
        SpellingSource::Generated(l) => {
            w.u8(4);
            w.str(l);
        }
        SpellingSource::Short => w.u8(5),
    }
}

fn get_source(r: &mut R) -> Option<SpellingSource> {
    Some(match r.u8()? {
        0 => SpellingSource::Canonical,
        1 => SpellingSource::Variant,
        2 => SpellingSource::Native,
        3 => SpellingSource::Inflected,
        4 => SpellingSource::Generated(r.label()?),
        5 => SpellingSource::Short,
        _ => return None,
    })
}

/// Serialise a matcher into bytes.
#[cfg(test)]
pub fn to_bytes(m: &Matcher) -> Vec<u8> {
    let mut out = Vec::new();
    write_to(m, &mut out).expect("writing to memory does not fail");
    out
}

/// Serialise a matcher to `out`.
pub fn write_to(m: &Matcher, out: &mut dyn Write) -> io::Result<()> {
    let mut w = W {
        buf: Vec::with_capacity(1 << 17),
        out,
        err: None,
    };
    w.put(MAGIC);
    let g = &m.glossary;
    let mut paths: Vec<Arc<Path>> = Vec::new();
    let mut path_id = |p: &Arc<Path>| match paths.iter().position(|q| q == p) {
        Some(i) => i,
        None => {
            paths.push(p.clone());
            paths.len() - 1
        }
    };
    let origins: Vec<usize> = g.entries.iter().map(|e| path_id(&e.origin.path)).collect();
    let sources: Vec<usize> = g.sources.iter().map(|s| path_id(&s.path)).collect();
    w.len(paths.len());
    paths.iter().for_each(|p| w.str(&p.to_string_lossy()));
    w.len(g.sources.len());
    for (s, &p) in g.sources.iter().zip(&sources) {
        w.len(p);
        w.u8(s.name.is_some() as u8);
        w.str(s.name.as_deref().unwrap_or(""));
        w.len(s.entries);
    }
    w.len(g.entries.len());
    for (e, &p) in g.entries.iter().zip(&origins) {
        w.str(&e.id);
        w.str(&e.canonical);
        w.str(&e.lang);
        w.u8(e.kind as u8);
        w.strs(&e.native);
        w.strs(&e.variants);
        w.strs(&e.short);
        w.u8(e.note.is_some() as u8);
        w.str(e.note.as_deref().unwrap_or(""));
        w.u8(e.generate as u8);
        w.len(p);
        w.len(e.origin.pos.line);
        w.len(e.origin.pos.column);
    }
    let ix = &m.index;
    w.len(ix.spellings.len());
    for (i, s) in ix.spellings.iter().enumerate() {
        w.u32(s.entry);
        w.str(ix.spelling_text(i as u32));
        put_source(&mut w, s.source);
        w.u32(u32::from(s.first_len));
        w.u8(s.needs_upper as u8);
    }
    w.len(ix.keys.len());
    for (k, t) in ix.keys.iter() {
        w.str(k);
        match t {
            Target::One(s) => {
                w.u8(0);
                w.u32(s.id);
            }
            Target::Many(ids) => {
                w.u8(1);
                w.ids(ids);
            }
            Target::Short(ids, upper) => {
                w.u8(2 + *upper as u8);
                w.ids(ids);
            }
        }
    }
    w.len(ix.starts.map.len());
    for (&h, &f) in &ix.starts.map {
        w.u64(h);
        w.u8(f);
    }
    w.len(ix.starts.shapes.len());
    ix.starts.shapes.iter().for_each(|&x| w.u64(x));
    w.len(ix.max_key);
    w.len(ix.max_words);
    w.len(ix.bloom.blocks.len());
    for b in &ix.bloom.blocks {
        b.0.iter().for_each(|&x| w.u64(x));
    }
    let k = &m.keys;
    for map in &k.maps {
        w.len(map.len());
        for (key, t) in map {
            w.str(key);
            w.ids(t.spellings());
            w.ids(t.entries());
        }
    }
    for set in &k.firsts {
        w.len(set.len());
        set.iter().for_each(|s| w.str(s));
    }
    w.len(k.surnames.len());
    for (s, v) in &k.surnames {
        w.str(s);
        w.len(v.len());
        for &(e, c) in v {
            w.u32(e);
            w.u32(c as u32);
        }
    }
    w.len(k.max_tokens);
    w.flush();
    w.err.map_or(Ok(()), Err)
}

/// Read a matcher back; `None` if the bytes are not a complete cache file of this version.
#[cfg(test)]
pub fn from_bytes(mut bytes: &[u8]) -> Option<Matcher> {
    let size = bytes.len();
    from_reader(&mut bytes, size)
}

/// Room to reserve for `n` items of type `T` whose count a cache file gives: all of them, up to
/// 64 MiB. A damaged count must not reserve memory the file cannot fill (the items are read one by
/// one, so a wrong count ends the read at the file's end); a true one beyond that grows as read.
fn room<T>(n: usize) -> usize {
    n.min((64 << 20) / std::mem::size_of::<T>().max(1))
}

/// Read a cached matcher from `src`, a file of `size` bytes; `None` when the file is not one, is
/// cut short or does not read back.
pub fn from_reader(src: &mut dyn io::Read, size: usize) -> Option<Matcher> {
    let mut r = R {
        b: Input {
            src,
            buf: Vec::new(),
            pos: 0,
        },
        labels: FxHashMap::default(),
    };
    if r.take(MAGIC.len())? != MAGIC {
        return None;
    }
    let n = r.len()?;
    let paths: Vec<Arc<Path>> = (0..n)
        .map(|_| r.str().map(|s| Arc::from(Path::new(s))))
        .collect::<Option<_>>()?;
    let n = r.len()?;
    let mut sources = Vec::with_capacity(room::<Source>(n));
    for _ in 0..n {
        let path = paths.get(r.len()?)?.clone();
        let has = r.u8()? == 1;
        let name = r.string()?;
        sources.push(Source {
            path,
            name: has.then_some(name),
            entries: r.len()?,
        });
    }
    let n = r.len()?;
    let mut entries = Vec::with_capacity(room::<Entry>(n));
    for _ in 0..n {
        let id = r.string()?;
        let canonical = r.string()?;
        let lang = r.string()?;
        let kind = match r.u8()? {
            0 => Kind::Person,
            1 => Kind::Place,
            2 => Kind::Organization,
            _ => Kind::Other,
        };
        let native = r.strs()?;
        let variants = r.strs()?;
        let short = r.strs()?;
        let has_note = r.u8()? == 1;
        let note = r.string()?;
        let generate = r.u8()? == 1;
        let path = paths.get(r.len()?)?.clone();
        let pos = Position {
            line: r.len()?,
            column: r.len()?,
        };
        entries.push(Entry {
            id,
            canonical,
            lang,
            kind,
            native,
            variants,
            short,
            note: has_note.then_some(note),
            generate,
            origin: Origin { path, pos },
        });
    }
    let mut canonical = Arena::default();
    for e in &entries {
        canonical.push(&e.canonical);
    }
    let n = r.len()?;
    let mut spellings = Vec::with_capacity(room::<Spelling>(n));
    let mut texts = Arena::default();
    for _ in 0..n {
        let entry = r.u32()?;
        texts.push(r.str()?);
        let source = get_source(&mut r)?;
        let first_len = u16::try_from(r.u32()?).ok()?;
        let needs_upper = r.u8()? == 1;
        if entry as usize >= entries.len() {
            return None;
        }
        spellings.push(Spelling {
            entry,
            source,
            first_len,
            needs_upper,
            canon: canonical.range(entry as usize)?,
        });
    }
    // The key table is made at its final size before the keys arrive: they come in the order of
    // their slots in the table that wrote them, and a table that grew while they arrived in that
    // order would pile them up (see `Keys`). Each key takes at least nine bytes of the file, which
    // bounds a damaged count.
    let n = r.len()?;
    let mut keys = Keys::with_capacity(n.min(size / 9));
    let mut k = String::new();
    for _ in 0..n {
        k.clear();
        k.push_str(r.str()?);
        let k = k.as_str();
        let t = match r.u8()? {
            0 => Target::One(Single::of(&spellings, r.u32()?)?),
            1 => Target::Many(r.ids()?.into_boxed_slice()),
            t @ (2 | 3) => Target::Short(r.ids()?.into_boxed_slice(), t == 3),
            _ => return None,
        };
        let h = hash_str(k);
        if keys.get(h, k).is_some() {
            return None;
        }
        keys.insert_new(h, k, t);
    }
    let n = r.len()?;
    let mut starts = FxHashMap::with_capacity_and_hasher(room::<(u64, u8)>(n), Default::default());
    for _ in 0..n {
        starts.insert(r.u64()?, r.u8()?);
    }
    let n = r.len()?;
    let shapes = (0..n).map(|_| r.u64()).collect::<Option<Vec<u64>>>()?;
    let max_key = r.len()?;
    let max_words = r.len()?;
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
    let mut index = Index {
        spellings,
        texts,
        keys,
        starts: Starts::from_map(starts, shapes),
        max_key,
        max_words,
        bloom: Bloom { blocks },
        has_shorts: false,
        canonical,
    };
    index.derive();
    let mut lk = LangKeys::default();
    for map in &mut lk.maps {
        let n = r.len()?;
        map.reserve(room::<(Box<str>, KeyTarget)>(n));
        for _ in 0..n {
            let k: Box<str> = r.str()?.into();
            let spellings = r.ids()?;
            map.insert(k, KeyTarget::new(r.ids()?, spellings)?);
        }
    }
    for set in &mut lk.firsts {
        let n = r.len()?;
        for _ in 0..n {
            set.insert(r.str()?.into());
        }
    }
    let n = r.len()?;
    for _ in 0..n {
        let s: Box<str> = r.str()?.into();
        let m = r.len()?;
        let v = (0..m)
            .map(|_| Some((r.u32()?, char::from_u32(r.u32()?)?)))
            .collect::<Option<Vec<_>>>()?;
        lk.surnames.insert(s, v);
    }
    lk.max_tokens = r.len()?;
    if !r.b.at_end() {
        return None;
    }
    let glossary = Glossary {
        entries,
        sources,
        warnings: Vec::new(),
    };
    Some(Matcher::assemble(glossary, index, lk))
}

/// Write `bytes` to `path` atomically (temporary file in the same directory, then rename).
pub fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        path.file_name().and_then(|n| n.to_str()).unwrap_or("idx"),
        std::process::id()
    ));
    let written = std::fs::File::create(&tmp).and_then(|mut f| write(&mut f));
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })?;
    prune(dir, 8);
    Ok(())
}

/// Keep the `keep` most recently written index files of `dir`; older ones belong to glossaries
/// or builds of canonym that have changed since.
fn prune(dir: &Path, keep: usize) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut files: Vec<(std::time::SystemTime, PathBuf)> = rd
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "idx"))
        .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
        .collect();
    files.sort_by_key(|f| std::cmp::Reverse(f.0));
    for (_, p) in files.into_iter().skip(keep) {
        let _ = std::fs::remove_file(p);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cached_matcher_behaves_like_the_built_one() {
        let built = Matcher::new(
            Glossary::bundled().expect("bundled glossaries load"),
            &MatcherOptions::default(),
        );
        let bytes = to_bytes(&built);
        let read = from_bytes(&bytes).expect("cache reads back");
        let text = "KIM JONG-UN met Hsi Chin-p'ing in Phyongyang; Mr Kim and Владимира Путина, 김정은이 평양에서.";
        assert_eq!(built.find(text), read.find(text));
        for q in [
            "Kim Chŏng-ŭn",
            "S. V. Lavrov",
            "Mao Zedung",
            "Geun-hye Park",
        ] {
            assert_eq!(
                built.lookup(q, &Default::default()),
                read.lookup(q, &Default::default()),
                "{q}"
            );
        }
        assert_eq!(to_bytes(&read).len(), bytes.len());
        // The keys came in the order of the written table's slots: the table read back was made
        // at its final size, not grown as they came (see `Keys`).
        assert!(read.index.keys.slot_count() >= built.index.keys.slot_count());
        assert!(read.index.keys.slot_count() <= 2 * built.index.keys.slot_count());
    }

    #[test]
    fn truncated_or_foreign_bytes_are_not_a_cache() {
        let built = Matcher::new(
            Glossary::bundled().expect("bundled glossaries load"),
            &MatcherOptions::default(),
        );
        let bytes = to_bytes(&built);
        assert!(from_bytes(&bytes[..bytes.len() / 2]).is_none());
        assert!(from_bytes(b"not a cache").is_none());
        assert!(from_bytes(&[]).is_none());
    }

    #[test]
    fn damaged_counts_and_bytes_are_read_without_a_panic() {
        // Every four bytes of a small glossary's cache in turn set to the largest count: the read
        // ends (with a matcher or without) instead of reserving what the count says.
        let mut b = crate::GlossaryBuilder::new();
        b.add_source(
            Path::new("g.toml"),
            "[[entry]]\ncanonical = \"Kim Jong Un\"\nlang = \"ko\"\nkind = \"person\"\n\
             native = [\"김정은\"]\nshort = [\"Kim\"]\n\
             [[entry]]\ncanonical = \"Sergey Lavrov\"\nlang = \"ru\"\nkind = \"person\"\n",
        );
        let built = Matcher::new(
            b.build().expect("glossary builds"),
            &MatcherOptions::default(),
        );
        let bytes = to_bytes(&built);
        for at in 0..bytes.len().saturating_sub(3) {
            for fill in [0xff, 0x00, 0x7f] {
                let mut bad = bytes.clone();
                bad[at..at + 4].fill(fill);
                if let Some(m) = from_bytes(&bad) {
                    let _ = m.find("Kim Jong-un met Sergei Lavrov.");
                }
            }
        }
    }
}
