//! The compiled-index cache: a built [`Matcher`] written to disk and read back, so that a large
//! glossary (or the bundled one, for an instant `lookup`) is not parsed and indexed on every run.
//!
//! A cache file is named by a hash of everything the index depends on: canonym's version and
//! executable, the matcher options, and the path and bytes of every glossary file. Any change gives a new name, so
//! a stale file is never read; a file that does not read back cleanly is ignored and rebuilt.
//! Files are written to a temporary name and renamed, so a reader never sees half a file.
//!
//! A file holds the glossary, then the index (whose layout [`super::index`] alone knows:
//! [`Index::write`], [`Index::read`]), then the romanisation keys, in the encoding of
//! [`super::bytes`].

use super::bytes::{room, Reader, Writer};
use super::index::Index;
use super::keys::{KeyTarget, LangKeys};
use super::{Matcher, MatcherOptions};
use crate::error::Position;
use crate::glossary::{Entry, Glossary, Kind, Origin, Source};
use std::hash::{Hash, Hasher};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

const MAGIC: &[u8; 8] = b"CNYMIDX7";

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

/// Serialise a matcher into bytes.
#[cfg(test)]
pub fn to_bytes(m: &Matcher) -> Vec<u8> {
    let mut out = Vec::new();
    write_to(m, &mut out).expect("writing to memory does not fail");
    out
}

/// Serialise a matcher to `out`.
pub fn write_to(m: &Matcher, out: &mut dyn Write) -> io::Result<()> {
    let mut w = Writer::new(out);
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
        w.u8(e.implied_shorts as u8);
        w.len(p);
        w.len(e.origin.pos.line);
        w.len(e.origin.pos.column);
    }
    m.index.write(&mut w);
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
    w.finish()
}

/// Read a matcher back; `None` if the bytes are not a complete cache file of this version.
#[cfg(test)]
pub fn from_bytes(mut bytes: &[u8]) -> Option<Matcher> {
    let size = bytes.len();
    from_reader(&mut bytes, size)
}

/// Read a cached matcher from `src`, a file of `size` bytes; `None` when the file is not one, is
/// cut short or does not read back.
pub fn from_reader(src: &mut dyn io::Read, size: usize) -> Option<Matcher> {
    let mut r = Reader::new(src, size);
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
        let implied_shorts = r.u8()? == 1;
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
            implied_shorts,
            origin: Origin { path, pos },
        });
    }
    let index = Index::read(&mut r, entries.iter().map(|e| e.canonical.as_str()))?;
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
    if !r.at_end() {
        return None;
    }
    let glossary = Glossary {
        entries,
        sources,
        warnings: Vec::new(),
    };
    Some(Matcher::assemble(glossary, index, lk))
}

/// Write the index file at `path` atomically (see [`crate::AtomicWrite`]; a cache can be made
/// again, so it is not flushed to disk first), then prune the directory's older index files.
pub fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    crate::AtomicWrite::new(path).sync(false).write(write)?;
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
        // at its final size, not grown as they came (see `Table`).
        assert!(read.index.table().slot_count() >= built.index.table().slot_count());
        assert!(read.index.table().slot_count() <= 2 * built.index.table().slot_count());
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
