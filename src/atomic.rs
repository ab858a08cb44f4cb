//! Replacing a file so that no reader ever sees half of it: the one way canonym writes a file
//! (`check --fix` rewriting a user's file, the index cache).
//!
//! The new contents go to a temporary file created beside the target (same directory, so the
//! same file system), which is flushed to disk and then renamed over the target: a reader sees the
//! old file or the new one, never a mix, and a crash or a failed write leaves the old file as it
//! was. The temporary file is created exclusively under an unpredictable name (a planted file or
//! symbolic link at that name is never opened) and removed when anything fails.
//!
//! Extensions planned (each a step of [`AtomicWrite::write`], marked there): write through a
//! symbolic link to its target, keep the owner, group and extended attributes, keep hard links,
//! and refuse to replace a file that changed since it was read.

use std::fs::{File, OpenOptions, Permissions};
use std::hash::{BuildHasher, Hasher};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// Replace `path` with what `write` writes, atomically, keeping the permissions of the file it
/// replaces, and flushed to disk before the rename. See [`AtomicWrite`] to skip the flush.
///
/// ```
/// let dir = tempfile::tempdir()?;
/// let path = dir.path().join("notes.txt");
/// canonym::write_atomically(&path, |w| w.write_all(b"Kim Jong Un\n"))?;
/// assert_eq!(std::fs::read_to_string(&path)?, "Kim Jong Un\n");
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    AtomicWrite::new(path).write(write)
}

/// An atomic replacement of one file, with its options: the new contents go to a temporary file
/// beside the target (created exclusively under an unpredictable name), flushed to disk, then
/// renamed over the target, keeping its permissions; anything that fails leaves the old file
/// and no temporary file.
#[derive(Clone, Debug)]
pub struct AtomicWrite<'a> {
    path: &'a Path,
    sync: bool,
}

impl<'a> AtomicWrite<'a> {
    /// Replace `path` (flushed to disk before the rename unless [`AtomicWrite::sync`] says not).
    pub fn new(path: &'a Path) -> Self {
        AtomicWrite { path, sync: true }
    }

    /// Whether to flush the new contents to disk before the rename. Skip it only for files that
    /// can be made again (a cache): after a crash, such a file may be empty.
    pub fn sync(mut self, sync: bool) -> Self {
        self.sync = sync;
        self
    }

    /// Write the new contents with `write` and put them in place.
    pub fn write(self, write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
        // Issue 12 hooks: resolve a symbolic link to its target here, and take the target's
        // metadata (size, modification time, inode) to check before the rename that it has not
        // changed since it was read.
        let target = self.path;
        let dir = match target.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let permissions: Option<Permissions> = match std::fs::metadata(target) {
            Ok(m) => Some(m.permissions()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(e) => return Err(e),
        };
        let (tmp, file) = create_temporary(dir, target)?;
        let result = (|| {
            let mut out = BufWriter::with_capacity(1 << 16, file);
            write(&mut out)?;
            let file = out.into_inner().map_err(io::IntoInnerError::into_error)?;
            // Issue 12 hook: copy owner, group and extended attributes here.
            if let Some(p) = permissions {
                file.set_permissions(p)?;
            }
            if self.sync {
                file.sync_all()?;
            }
            drop(file);
            std::fs::rename(&tmp, target)
        })();
        if result.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        result
    }
}

/// A new, empty temporary file in `dir` named after `target`: `.NAME.RANDOM.tmp`, created
/// exclusively (never an existing file, never through a symbolic link).
fn create_temporary(dir: &Path, target: &Path) -> io::Result<(PathBuf, File)> {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut attempt = 0u32;
    loop {
        // Keys of std's `RandomState` are seeded from the operating system's random source.
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u32(std::process::id());
        h.write_u32(attempt);
        let tmp = dir.join(format!(".{name}.{:016x}.tmp", h.finish()));
        match OpenOptions::new().write(true).create_new(true).open(&tmp) {
            Ok(f) => return Ok((tmp, f)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && attempt < 100 => attempt += 1,
            Err(e) => return Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_file_and_keeps_its_permissions() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "old").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, Permissions::from_mode(0o640)).unwrap();
        }
        write_atomically(&path, |w| w.write_all(b"new")).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o640);
        }
        // Nothing left beside it.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "old").unwrap();
        let err = AtomicWrite::new(&path)
            .sync(false)
            .write(|w| {
                w.write_all(b"half")?;
                Err(io::Error::other("disk full"))
            })
            .unwrap_err();
        assert_eq!(err.to_string(), "disk full");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn creates_a_file_that_did_not_exist() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new.idx");
        AtomicWrite::new(&path)
            .sync(false)
            .write(|w| w.write_all(b"x"))
            .unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"x");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1);
    }
}
