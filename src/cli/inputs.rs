//! Input paths: FILE arguments expanded (directories walked like ripgrep, honouring .gitignore),
//! `-` as stdin, whole files read as UTF-8 text with errors that name the file and byte offset.

use anyhow::{anyhow, Context, Result};
use canonym::stream::Input;
use std::path::{Path, PathBuf};

/// Expand FILE arguments: files stay, directories become their files (sorted, .gitignore honoured).
/// A FILE argument that does not exist is an error; what cannot be read inside a directory (a
/// subdirectory without permission) is a problem returned beside the files, and the walk goes
/// on.
pub fn expand(paths: &[PathBuf]) -> Result<(Vec<PathBuf>, Vec<String>)> {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for p in paths {
        if is_stdin(p) {
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
                match entry {
                    Ok(entry) if entry.file_type().is_some_and(|t| t.is_file()) => {
                        files.push(entry.into_path());
                    }
                    Ok(_) => {}
                    Err(e) => problems.push(format!("{}: {e}", p.display())),
                }
            }
            out.extend(files);
        } else {
            out.push(p.clone());
        }
    }
    Ok((out, problems))
}

/// Is this FILE argument stdin (`-`)?
pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// How reports name an input: its path as given, `<stdin>` for `-`.
pub fn display_name(path: &Path) -> String {
    if is_stdin(path) {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    }
}

/// The stream input of a FILE argument: stdin, or the file (opened when its turn comes).
pub fn stream_input(path: &Path) -> Input<'static> {
    if is_stdin(path) {
        Input::new("<stdin>", std::io::stdin())
    } else {
        Input::file(path)
    }
}

/// Read a whole input (a file, or stdin for `-`) as UTF-8; invalid UTF-8 is an error naming the
/// input and the byte offset.
pub fn read_text(path: &Path) -> Result<String> {
    if is_stdin(path) {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)
            .context("<stdin>: not UTF-8 text")?;
        return Ok(s);
    }
    let bytes = std::fs::read(path).with_context(|| format!("{}: cannot read", path.display()))?;
    String::from_utf8(bytes).map_err(|e| {
        anyhow!(
            "{}: invalid UTF-8 at byte {} (canonym reads UTF-8 text; convert the file first, e.g. with iconv)",
            path.display(),
            e.utf8_error().valid_up_to()
        )
    })
}

/// Number of worker threads: the flag, else every core.
pub fn threads(flag: Option<usize>) -> usize {
    flag.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1)
}
