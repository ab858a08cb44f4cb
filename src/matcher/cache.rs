//! The compiled-index cache: a built [`Matcher`] written to disk and read back, so that a large
//! glossary (or the bundled one, for an instant `lookup`) is not parsed and indexed on every run.
//!
//! A cache directory may be shared, and a cache file may be damaged or planted, so nothing in it
//! is believed until it has proved itself ([`load`]):
//! - the file must be a regular file (opened without following a symbolic link and without
//!   waiting on a FIFO), owned by the user running canonym and writable by nobody else;
//! - its header names what it was built from: a hash ([`provenance`]) of canonym's version and
//!   executable, the matcher options, and the path and bytes of every glossary file; it must be
//!   the one this run expects (the file name is made of the same hash, so a stale file is
//!   normally not even opened);
//! - its trailer holds the length and a 64-bit checksum (XXH3) of everything before it, checked
//!   as the file is read; the decoder itself checks every count and every index it reads.
//!
//! Any failure means the index is built again (and the file replaced). Files are written to a
//! temporary file created exclusively under an unpredictable name (mode 0600), then renamed into
//! place; the directory, when canonym creates it, is 0700. Only files that start with canonym's
//! own header, are regular and owned by the user are ever pruned.
//!
//! Layout: `MAGIC`, the 16-byte provenance, the payload, then the payload's length and the
//! checksum (two little-endian `u64`). The payload holds the glossary, then the index (whose
//! layout [`super::index`] alone knows: [`Index::write`], [`Index::read`]), then the romanisation
//! keys ([`LangKeys::write`], [`LangKeys::read`]), in the encoding of [`super::bytes`]. The large
//! parts (spelling records and texts, key tables, lists of numbers) are blocks of plain numbers
//! read back as they are, a block at a time: no key is hashed or placed again and no spelling is
//! an allocation of its own, and every number is checked against the counts it indexes.

use super::bytes::{room, Reader, Writer};
use super::index::Index;
use super::keys::LangKeys;
use super::{Matcher, MatcherOptions};
use crate::error::Position;
use crate::glossary::{Entry, Glossary, Kind, Origin, Source};
use std::fs::File;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use xxhash_rust::xxh3::Xxh3;

/// The header of a cache file of this version.
const MAGIC: &[u8; 8] = b"CNYMIDXA";
/// What every canonym index file starts with, whatever its version: how [`prune`] knows its own.
const FAMILY: &[u8; 7] = b"CNYMIDX";
/// The bytes before the payload: `MAGIC` and the provenance.
const HEADER: usize = 8 + 16;
/// The bytes after the payload: its length and the checksum.
const TRAILER: usize = 16;
/// How many index files of a directory are kept (the most recently written).
const KEEP: usize = 8;

/// What an index is built from, hashed: canonym's version, its executable (a rebuilt program may
/// have other tables and rules), the options, and the path and bytes of every glossary file.
pub fn provenance(sources: &[(PathBuf, Vec<u8>)], options: &MatcherOptions) -> [u8; 16] {
    let mut h = Xxh3::new();
    let mut field = |b: &[u8]| {
        h.update(&(b.len() as u64).to_le_bytes());
        h.update(b);
    };
    field(env!("CARGO_PKG_VERSION").as_bytes());
    field(MAGIC);
    field(executable_identity().as_bytes());
    field(&[options.generate as u8]);
    for (path, bytes) in sources {
        field(path.as_os_str().as_encoded_bytes());
        field(bytes);
    }
    h.digest128().to_le_bytes()
}

/// The running executable as the file system sees it: size, modification time and (on Unix)
/// device and inode. Empty when it cannot be found.
fn executable_identity() -> String {
    let Some(meta) = std::env::current_exe()
        .ok()
        .and_then(|p| std::fs::metadata(p).ok())
    else {
        return String::new();
    };
    let modified = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos());
    #[cfg(unix)]
    let node = {
        use std::os::unix::fs::MetadataExt;
        (meta.dev(), meta.ino())
    };
    #[cfg(not(unix))]
    let node = (0u64, 0u64);
    format!("{} {} {} {}", meta.len(), modified, node.0, node.1)
}

/// The cache file for an index of this provenance, in `dir`.
pub fn cache_path(dir: &Path, provenance: &[u8; 16]) -> PathBuf {
    let hex: String = provenance.iter().map(|b| format!("{b:02x}")).collect();
    dir.join(format!("{hex}.idx"))
}

/// The matcher cached at `path`, when the file is one canonym can trust (see the module
/// documentation) and was built from exactly `provenance`; `None` otherwise.
pub fn load(path: &Path, provenance: &[u8; 16]) -> Option<Matcher> {
    let (mut file, size) = open_trusted(path)?;
    let payload = size.checked_sub((HEADER + TRAILER) as u64)?;
    let mut header = [0u8; HEADER];
    file.read_exact(&mut header).ok()?;
    if &header[..8] != MAGIC || header[8..] != provenance[..] {
        return None;
    }
    let mut sum = Xxh3::new();
    sum.update(&header);
    let mut body = Hashing {
        inner: (&mut file).take(payload),
        sum: &mut sum,
    };
    let m = from_reader(&mut body, usize::try_from(payload).ok()?)?;
    let mut trailer = [0u8; TRAILER];
    file.read_exact(&mut trailer).ok()?;
    let ok = trailer[..8] == payload.to_le_bytes()
        && trailer[8..] == sum.digest().to_le_bytes()
        && matches!(file.read(&mut [0u8; 1]), Ok(0));
    ok.then_some(m)
}

/// A reader that hashes what it reads.
struct Hashing<'a, R> {
    inner: R,
    sum: &'a mut Xxh3,
}

impl<R: Read> Read for Hashing<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.sum.update(&buf[..n]);
        Ok(n)
    }
}

impl<W: Write> Write for Hashing<'_, W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.sum.update(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Open `path` for reading if it is a regular file that only its owner, the user running
/// canonym, can write; with its size. A symbolic link is not followed and a FIFO is not waited on.
#[cfg(unix)]
fn open_trusted(path: &Path) -> Option<(File, u64)> {
    use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
    let flags = rustix::fs::OFlags::NOFOLLOW | rustix::fs::OFlags::NONBLOCK;
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(flags.bits() as i32)
        .open(path)
        .ok()?;
    let meta = file.metadata().ok()?;
    let trusted = meta.file_type().is_file()
        && meta.uid() == rustix::process::geteuid().as_raw()
        && meta.mode() & 0o022 == 0;
    trusted.then_some((file, meta.len()))
}

/// Open `path` for reading if it is a regular file; with its size.
#[cfg(not(unix))]
fn open_trusted(path: &Path) -> Option<(File, u64)> {
    let meta = std::fs::symlink_metadata(path).ok()?;
    if !meta.file_type().is_file() {
        return None;
    }
    let file = File::open(path).ok()?;
    let size = file.metadata().ok()?.len();
    Some((file, size))
}

/// Write the index file of `m` at `path` (built from `provenance`), through a new temporary file
/// renamed into place, then prune the directory's older index files. Not flushed to disk: a cache
/// can be made again, and one cut short by a crash fails its checksum.
pub fn save(path: &Path, provenance: &[u8; 16], m: &Matcher) -> io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    make_dir(dir)?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".canonym-")
        .suffix(".idx.tmp")
        .tempfile_in(dir)?;
    private(tmp.as_file())?;
    let mut sum = Xxh3::new();
    let mut out = Hashing {
        inner: tmp.as_file_mut(),
        sum: &mut sum,
    };
    out.write_all(MAGIC)?;
    out.write_all(provenance)?;
    let mut counted = Counting {
        inner: &mut out,
        n: 0,
    };
    write_to(m, &mut counted)?;
    let payload = counted.n;
    let mut trailer = [0u8; TRAILER];
    trailer[..8].copy_from_slice(&payload.to_le_bytes());
    trailer[8..].copy_from_slice(&sum.digest().to_le_bytes());
    tmp.as_file_mut().write_all(&trailer)?;
    tmp.persist(path).map_err(|e| e.error)?;
    prune(dir, KEEP);
    Ok(())
}

/// A writer that counts what it writes.
struct Counting<W> {
    inner: W,
    n: u64,
}

impl<W: Write> Write for Counting<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.n += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Create the cache directory `dir` (and its parents) if it is not there, readable by its owner
/// alone (0700 whatever the umask). A directory that is there already is left as it is.
fn make_dir(dir: &Path) -> io::Result<()> {
    if std::fs::symlink_metadata(dir).is_ok() {
        return Ok(());
    }
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
        b.mode(0o700);
        b.create(dir)?;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
    }
    #[cfg(not(unix))]
    b.create(dir)
}

/// Make a new cache file readable and writable by its owner alone (0600 whatever the umask).
fn private(file: &File) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(0o600))
    }
    #[cfg(not(unix))]
    {
        let _ = file;
        Ok(())
    }
}

/// Keep the `keep` most recently written of canonym's own index files in `dir`; older ones belong
/// to glossaries or builds of canonym that have changed since. A file is canonym's when it is
/// named `*.idx`, is a regular file that [`open_trusted`] accepts (owned by this user) and starts
/// with canonym's header: nobody else's file is ever removed.
fn prune(dir: &Path, keep: usize) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut files: Vec<(std::time::SystemTime, PathBuf)> = rd
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "idx"))
        .filter_map(|p| {
            let (mut f, _) = open_trusted(&p)?;
            let mut head = [0u8; FAMILY.len()];
            f.read_exact(&mut head).ok()?;
            (&head == FAMILY).then_some((f.metadata().ok()?.modified().ok()?, p))
        })
        .collect();
    files.sort_by_key(|f| std::cmp::Reverse(f.0));
    for (_, p) in files.into_iter().skip(keep) {
        let _ = std::fs::remove_file(p);
    }
}

/// Serialise a matcher into bytes.
#[cfg(any(test, fuzzing))]
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
    w.u8(m.options.generate as u8);
    m.index.write(&mut w);
    m.keys.write(&mut w);
    w.finish()
}

/// Read a matcher back; `None` if the bytes are not a complete cache file of this version.
#[cfg(any(test, fuzzing))]
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
    let options = MatcherOptions {
        generate: r.u8()? == 1,
    };
    let index = Index::read(&mut r, entries.iter().map(|e| e.canonical.as_str()))?;
    let lk = LangKeys::read(&mut r, entries.len(), index.spelling_count())?;
    if !r.at_end() {
        return None;
    }
    let glossary = Glossary {
        entries,
        sources,
        warnings: Vec::new(),
    };
    Some(Matcher::assemble(glossary, index, lk, options))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Words of names, Latin and native, for glossaries made up by the property test.
    const WORDS: &[&str] = &[
        "Kim",
        "Jong",
        "Un",
        "Il",
        "Sung",
        "Lee",
        "Park",
        "Sergei",
        "Lavrov",
        "Putin",
        "Xi",
        "Jinping",
        "Moon",
        "Jae-in",
        "김정은",
        "박",
        "Путин",
        "习近平",
        "O'Neill",
    ];

    /// A glossary of one to five entries made of [`WORDS`], and a text of the same words.
    fn glossary_and_text() -> impl Strategy<Value = (String, String)> {
        let name =
            prop::collection::vec(prop::sample::select(WORDS), 1..4).prop_map(|w| w.join(" "));
        let entry = (name.clone(), prop::collection::vec(name, 0..3));
        let text =
            prop::collection::vec(prop::sample::select(WORDS), 0..30).prop_map(|w| w.join(" "));
        (prop::collection::vec(entry, 1..6), text).prop_map(|(entries, text)| {
            let toml: String = entries
                .iter()
                .enumerate()
                .map(|(i, (canonical, variants))| {
                    let variants: Vec<String> = variants.iter().map(|v| format!("{v:?}")).collect();
                    format!(
                        "[[entry]]\nid = \"e{i}\"\ncanonical = {canonical:?}\nvariants = [{}]\n",
                        variants.join(", ")
                    )
                })
                .collect();
            (toml, text)
        })
    }

    proptest! {
        #![proptest_config(crate::properties::config())]

        #[test]
        fn a_cached_matcher_equals_a_fresh_one((toml, text) in glossary_and_text()) {
            let mut b = crate::GlossaryBuilder::new();
            b.add_source(Path::new("g.toml"), &toml);
            // Made-up glossaries may claim one spelling twice: those are refused, not cached.
            let Ok(g) = b.build() else { return Ok(()) };
            let fresh = Matcher::new(g, &MatcherOptions::default());
            let cached = from_bytes(&to_bytes(&fresh)).expect("a cache reads back");
            prop_assert_eq!(fresh.find_all(&text, true), cached.find_all(&text, true));
            for q in text.split(' ').collect::<Vec<_>>().windows(2) {
                let q = q.join(" ");
                prop_assert_eq!(fresh.lookup(&q, &Default::default()), cached.lookup(&q, &Default::default()));
            }
        }
    }

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
        // The key table is read back slot for slot, as it was written.
        assert_eq!(
            read.index.table().slot_count(),
            built.index.table().slot_count()
        );
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

    /// The matcher of a glossary of two entries, one with a native form and a short form.
    fn two_entries() -> Matcher {
        let mut b = crate::GlossaryBuilder::new();
        b.add_source(
            Path::new("g.toml"),
            "[[entry]]\ncanonical = \"Kim Jong Un\"\nlang = \"ko\"\nkind = \"person\"\n\
             native = [\"김정은\"]\nshort = [\"Kim\"]\n\
             [[entry]]\ncanonical = \"Sergey Lavrov\"\nlang = \"ru\"\nkind = \"person\"\n",
        );
        Matcher::new(
            b.build().expect("glossary builds"),
            &MatcherOptions::default(),
        )
    }

    /// The seed of the cache fuzz target is a cache of this version (else the fuzzer starts from
    /// bytes the decoder refuses at once); `CANONYM_BLESS=1` writes it again.
    #[test]
    fn the_fuzz_seed_is_a_cache_of_this_version() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/cache/two-entries.bin");
        if std::env::var_os("CANONYM_BLESS").is_some() {
            std::fs::write(&path, to_bytes(&two_entries())).expect("seed written");
        }
        let seed = std::fs::read(&path).expect("seed read");
        assert!(
            from_bytes(&seed).is_some(),
            "{} is stale: CANONYM_BLESS=1 cargo test --lib fuzz_seed",
            path.display()
        );
    }

    #[test]
    fn damaged_counts_and_bytes_are_read_without_a_panic() {
        // Every four bytes of a small glossary's cache in turn set to the largest count: the read
        // ends (with a matcher or without) instead of reserving what the count says.
        let bytes = to_bytes(&two_entries());
        for at in 0..bytes.len().saturating_sub(3) {
            for fill in [0xff, 0x00] {
                let mut bad = bytes.clone();
                bad[at..at + 4].fill(fill);
                if let Some(m) = from_bytes(&bad) {
                    let _ = m.find_all("Kim Jong-un met Sergei Lavrov. Kim Jong Um, Lavorv.", true);
                    for q in ["S. V. Lavrov", "Kim Chong Un"] {
                        for h in m.lookup(q, &Default::default()) {
                            let _ = m.entry(h.entry);
                        }
                    }
                }
            }
        }
    }
}
