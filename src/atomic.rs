//! Replacing a file so that no reader ever sees half of it: the one way canonym writes a file
//! (`check --fix` rewriting a user's file, the index cache).
//!
//! The new contents go to a temporary file created beside the target (same directory, so the
//! same file system), which is flushed to disk and then renamed over the target: a reader sees the
//! old file or the new one, never a mix, and a crash or a failed write leaves the old file as it
//! was. The temporary file is created exclusively under an unpredictable name (a planted file or
//! symbolic link at that name is never opened) and removed when anything fails.
//!
//! A user's file ([`AtomicWrite::user_file`], `check --fix`) is edited, not replaced by a
//! different file: a symbolic link is followed and its target rewritten (the link stays); the
//! owner, group, mode and extended attributes are kept; a file that is read-only, not a regular
//! file, or changed since it was read ([`AtomicWrite::unchanged_since`]: size, modification time,
//! device and inode compared just before the rename) is not written at all. When the rename would
//! lose something (the file has other hard links, or its owner, group or extended attributes
//! cannot be given to the new file, or the directory is not writable), the new contents are
//! written back into the file itself instead: the file keeps everything, but that write is not
//! atomic.

use std::fs::{File, Metadata, OpenOptions, Permissions};
use std::hash::{BuildHasher, Hasher};
use std::io::{self, BufWriter, Write};
#[cfg(unix)]
use std::os::unix::fs::MetadataExt;
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
    user_file: bool,
    expect: Option<Snapshot>,
}

/// What a file was when it was read (size, modification time, device and inode), to tell
/// before replacing it whether someone changed it since.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Snapshot {
    len: u64,
    modified: Option<std::time::SystemTime>,
    dev: u64,
    ino: u64,
}

impl Snapshot {
    /// The snapshot of a file's metadata (take it from the open file before reading it).
    pub fn of(meta: &Metadata) -> Snapshot {
        #[cfg(unix)]
        let (dev, ino) = (meta.dev(), meta.ino());
        #[cfg(not(unix))]
        let (dev, ino) = (0, 0);
        Snapshot {
            len: meta.len(),
            modified: meta.modified().ok(),
            dev,
            ino,
        }
    }
}

impl<'a> AtomicWrite<'a> {
    /// Replace `path` (flushed to disk before the rename unless [`AtomicWrite::sync`] says not).
    pub fn new(path: &'a Path) -> Self {
        AtomicWrite {
            path,
            sync: true,
            user_file: false,
            expect: None,
        }
    }

    /// The file is a user's: follow a symbolic link to its target, refuse a file that is not a
    /// regular file or is read-only (no write permission bit, or not writable by this user),
    /// keep the owner, group, mode, extended attributes and hard links (see the module
    /// documentation).
    pub fn user_file(mut self) -> Self {
        self.user_file = true;
        self
    }

    /// Write nothing, and fail with [`io::ErrorKind::Other`] naming the change, if the file is
    /// no longer what `snapshot` saw.
    pub fn unchanged_since(mut self, snapshot: Snapshot) -> Self {
        self.expect = Some(snapshot);
        self
    }

    /// Whether to flush the new contents to disk before the rename. Skip it only for files that
    /// can be made again (a cache): after a crash, such a file may be empty.
    pub fn sync(mut self, sync: bool) -> Self {
        self.sync = sync;
        self
    }

    /// Write the new contents with `write` and put them in place.
    pub fn write(self, write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
        if self.user_file {
            return self.write_user_file(write);
        }
        let target = self.path;
        let permissions: Option<Permissions> = match std::fs::metadata(target) {
            Ok(m) => Some(m.permissions()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(e) => return Err(e),
        };
        let (tmp, file) = create_temporary(parent(target), target)?;
        let result = (|| {
            let mut out = BufWriter::with_capacity(1 << 16, file);
            write(&mut out)?;
            let file = out.into_inner().map_err(io::IntoInnerError::into_error)?;
            if let Some(p) = permissions {
                file.set_permissions(p)?;
            }
            self.finish(file)?;
            self.check_unchanged(target)?;
            std::fs::rename(&tmp, target)
        })();
        if result.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        result
    }

    /// [`AtomicWrite::write`] for a user's file.
    fn write_user_file(
        self,
        write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
    ) -> io::Result<()> {
        if !std::fs::metadata(self.path)?.is_file() {
            return Err(io::Error::other("not a regular file; not rewritten"));
        }
        // The link's target is the file; the link itself stays as it is.
        let target = std::fs::canonicalize(self.path)?;
        let meta = std::fs::metadata(&target)?;
        if read_only(&target, &meta) {
            return Err(io::Error::new(
                io::ErrorKind::PermissionDenied,
                "read-only; not rewritten (make it writable to have it fixed)",
            ));
        }
        self.check_unchanged(&target)?;
        let mut contents = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
        write(&mut contents)?;
        if !keeps_hard_links(&meta) {
            return self.write_in_place(&target, &contents);
        }
        let (tmp, file) = match create_temporary(parent(&target), &target) {
            Ok(t) => t,
            // A directory this user cannot write: the file itself may still be writable.
            Err(e) if e.kind() == io::ErrorKind::PermissionDenied => {
                return self.write_in_place(&target, &contents)
            }
            Err(e) => return Err(e),
        };
        let mut file = file;
        let result = (|| {
            file.write_all(&contents)?;
            if !keep_owner_and_attributes(&target, &meta, &file) {
                return Ok(false);
            }
            // After the owner: changing it clears the set-user-ID and set-group-ID bits.
            file.set_permissions(meta.permissions())?;
            self.finish(file)?;
            self.check_unchanged(&target)?;
            std::fs::rename(&tmp, &target).map(|()| true)
        })();
        match result {
            Ok(true) => Ok(()),
            Ok(false) => {
                let _ = std::fs::remove_file(&tmp);
                self.write_in_place(&target, &contents)
            }
            Err(e) => {
                let _ = std::fs::remove_file(&tmp);
                Err(e)
            }
        }
    }

    /// Write `contents` into the file itself (it keeps its inode, so every hard link, its owner
    /// and its attributes), once it is known to be unchanged.
    fn write_in_place(&self, target: &Path, contents: &[u8]) -> io::Result<()> {
        let mut file = OpenOptions::new().write(true).open(target)?;
        self.check_unchanged(target)?;
        file.write_all(contents)?;
        file.set_len(contents.len() as u64)?;
        if self.sync {
            file.sync_all()?;
        }
        Ok(())
    }

    /// Flush the new file to disk if asked, and close it.
    fn finish(&self, file: File) -> io::Result<()> {
        if self.sync {
            file.sync_all()?;
        }
        Ok(())
    }

    /// Fail if the target is no longer what [`AtomicWrite::unchanged_since`] saw.
    fn check_unchanged(&self, target: &Path) -> io::Result<()> {
        let Some(expected) = self.expect else {
            return Ok(());
        };
        let now = std::fs::metadata(target).map(|m| Snapshot::of(&m));
        if now.as_ref().ok() == Some(&expected) {
            return Ok(());
        }
        Err(io::Error::other(
            "changed since it was read (size, modification time or inode); not rewritten, run canonym again",
        ))
    }
}

/// The directory of `path` (`.` for a bare name).
fn parent(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

/// No write permission bit at all, or not writable by this user.
fn read_only(path: &Path, meta: &Metadata) -> bool {
    if meta.permissions().readonly() {
        return true;
    }
    #[cfg(unix)]
    {
        rustix::fs::access(path, rustix::fs::Access::WRITE_OK).is_err()
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        false
    }
}

/// Whether replacing the file keeps its hard links: only when it has none besides its name.
fn keeps_hard_links(meta: &Metadata) -> bool {
    #[cfg(unix)]
    {
        meta.nlink() <= 1
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        true
    }
}

/// Give `file` the owner, group and extended attributes of `target` (as `meta` describes it);
/// `false` when that is not permitted.
#[cfg(unix)]
fn keep_owner_and_attributes(target: &Path, meta: &Metadata, file: &File) -> bool {
    let Ok(mine) = file.metadata() else {
        return false;
    };
    if (mine.uid(), mine.gid()) != (meta.uid(), meta.gid())
        && std::os::unix::fs::fchown(file, Some(meta.uid()), Some(meta.gid())).is_err()
    {
        return false;
    }
    copy_xattrs(target, file).is_ok()
}

#[cfg(not(unix))]
fn keep_owner_and_attributes(_target: &Path, _meta: &Metadata, _file: &File) -> bool {
    true
}

/// Copy every extended attribute of `from` to `to`. A file system without extended attributes
/// has none to copy.
#[cfg(unix)]
fn copy_xattrs(from: &Path, to: &File) -> io::Result<()> {
    use rustix::fs::{fsetxattr, getxattr, getxattr_query, listxattr, listxattr_query, XattrFlags};
    let unsupported = |e: rustix::io::Errno| e == rustix::io::Errno::NOTSUP;
    let size = match listxattr_query(from) {
        Ok(n) => n,
        Err(e) if unsupported(e) => return Ok(()),
        Err(e) => return Err(e.into()),
    };
    if size == 0 {
        return Ok(());
    }
    let mut names = vec![0u8; size];
    let n = listxattr(from, &mut names[..])?;
    for name in names[..n.min(size)]
        .split(|&b| b == 0)
        .filter(|n| !n.is_empty())
    {
        let name = <std::ffi::OsStr as std::os::unix::ffi::OsStrExt>::from_bytes(name);
        let len = getxattr_query(from, name)?;
        let mut value = vec![0u8; len];
        let got = if len == 0 {
            0
        } else {
            getxattr(from, name, &mut value[..])?
        };
        fsetxattr(to, name, &value[..got.min(len)], XattrFlags::empty())?;
    }
    Ok(())
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

    #[test]
    fn a_file_changed_since_it_was_read_is_not_written() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "old\n").unwrap();
        let snapshot = Snapshot::of(&std::fs::metadata(&path).unwrap());
        // Someone appends after it was read.
        let mut f = OpenOptions::new().append(true).open(&path).unwrap();
        f.write_all(b"appended\n").unwrap();
        drop(f);
        for user_file in [false, true] {
            let mut w = AtomicWrite::new(&path).unchanged_since(snapshot);
            if user_file {
                w = w.user_file();
            }
            let err = w.write(|w| w.write_all(b"new\n")).unwrap_err();
            assert!(
                err.to_string().contains("changed since it was read"),
                "{err}"
            );
            assert_eq!(std::fs::read_to_string(&path).unwrap(), "old\nappended\n");
            assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        }
        // Unchanged: written.
        let snapshot = Snapshot::of(&std::fs::metadata(&path).unwrap());
        AtomicWrite::new(&path)
            .user_file()
            .unchanged_since(snapshot)
            .write(|w| w.write_all(b"new\n"))
            .unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new\n");
    }

    #[cfg(unix)]
    #[test]
    fn a_user_file_keeps_its_links_and_refuses_when_read_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.txt");
        std::fs::write(&real, "old").unwrap();
        let link = dir.path().join("link.txt");
        std::os::unix::fs::symlink("real.txt", &link).unwrap();
        let hard = dir.path().join("hard.txt");
        std::fs::hard_link(&real, &hard).unwrap();
        AtomicWrite::new(&link)
            .user_file()
            .write(|w| w.write_all(b"new"))
            .unwrap();
        assert!(std::fs::symlink_metadata(&link).unwrap().is_symlink());
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "new");
        assert_eq!(std::fs::read_to_string(&hard).unwrap(), "new");
        std::fs::set_permissions(&real, Permissions::from_mode(0o444)).unwrap();
        let err = AtomicWrite::new(&real)
            .user_file()
            .write(|w| w.write_all(b"newer"))
            .unwrap_err();
        assert!(err.to_string().contains("read-only"), "{err}");
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "new");
    }
}
