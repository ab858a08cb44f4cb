//! Input files: expands directories (walked like ripgrep, honouring .gitignore), reads files as
//! UTF-8 with errors that name the file and the byte offset, and runs per-file work on all cores
//! with results in a stable order.

use anyhow::{anyhow, bail, Context, Result};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Mutex};

/// Expand FILE arguments: files stay, directories become their files (sorted, .gitignore honoured).
pub fn expand(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(p.clone());
            continue;
        }
        let meta = std::fs::metadata(p).with_context(|| format!("{}: cannot open", p.display()))?;
        if meta.is_dir() {
            let mut files = Vec::new();
            for entry in ignore::WalkBuilder::new(p)
                .require_git(false)
                .sort_by_file_name(|a, b| a.cmp(b))
                .build()
            {
                let entry = entry.map_err(|e| anyhow!("{}: {e}", p.display()))?;
                if entry.file_type().is_some_and(|t| t.is_file()) {
                    files.push(entry.into_path());
                }
            }
            out.extend(files);
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

/// Read a whole file as UTF-8; invalid UTF-8 is an error naming the file and byte offset.
pub fn read_text(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).with_context(|| format!("{}: cannot read", path.display()))?;
    String::from_utf8(bytes).map_err(|e| {
        anyhow!(
            "{}: invalid UTF-8 at byte {} (canonym reads UTF-8 text; convert the file first, e.g. with iconv)",
            path.display(),
            e.utf8_error().valid_up_to()
        )
    })
}

/// Check that a file is UTF-8 without holding it in memory.
pub fn validate_utf8(path: &Path) -> Result<()> {
    use std::io::Read;
    let mut f =
        std::fs::File::open(path).with_context(|| format!("{}: cannot read", path.display()))?;
    let mut buf = vec![0u8; 1 << 20];
    let mut carry = 0usize;
    let mut offset = 0usize;
    loop {
        let n = f
            .read(&mut buf[carry..])
            .with_context(|| format!("{}: cannot read", path.display()))?;
        let len = carry + n;
        match std::str::from_utf8(&buf[..len]) {
            Ok(_) => {
                if n == 0 {
                    return Ok(());
                }
                offset += len;
                carry = 0;
            }
            Err(e) if e.error_len().is_none() && n > 0 => {
                let good = e.valid_up_to();
                buf.copy_within(good..len, 0);
                offset += good;
                carry = len - good;
            }
            Err(e) => bail!(
                "{}: invalid UTF-8 at byte {} (canonym reads UTF-8 text; convert the file first, e.g. with iconv)",
                path.display(),
                offset + e.valid_up_to()
            ),
        }
    }
}

/// Run `work` on every item on `threads` threads and hand the results to `emit` in item order.
pub fn ordered<T: Sync, R: Send>(
    items: &[T],
    threads: usize,
    work: impl Fn(&T) -> R + Sync,
    mut emit: impl FnMut(R) -> Result<()>,
) -> Result<()> {
    if threads <= 1 || items.len() <= 1 {
        for it in items {
            emit(work(it))?;
        }
        return Ok(());
    }
    let next = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        let (tx, rx) = mpsc::sync_channel::<(usize, R)>(threads * 2);
        let rx = Mutex::new(rx);
        for _ in 0..threads.min(items.len()) {
            let tx = tx.clone();
            let (next, work) = (&next, &work);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= items.len() || tx.send((i, work(&items[i]))).is_err() {
                    return;
                }
            });
        }
        drop(tx);
        let rx = rx.into_inner().map_err(|_| anyhow!("worker failed"))?;
        let mut pending = std::collections::BTreeMap::new();
        let mut want = 0;
        for (i, r) in rx.iter() {
            pending.insert(i, r);
            while let Some(r) = pending.remove(&want) {
                want += 1;
                if let Err(e) = emit(r) {
                    // Stop the workers: they see the closed channel.
                    next.store(items.len(), Ordering::Relaxed);
                    return Err(e);
                }
            }
        }
        Ok(())
    })
}

/// Number of worker threads: the flag, else every core.
pub fn threads(flag: Option<usize>) -> usize {
    flag.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1)
}
