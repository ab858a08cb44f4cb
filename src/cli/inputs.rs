//! Input paths: FILE arguments expanded (directories walked like ripgrep, honouring .gitignore),
//! `-` as stdin, whole files read as UTF-8 text with errors that name the file and byte offset.

use super::args::MarkupChoice;
use super::settings::Settings;
use anyhow::{anyhow, Context, Result};
use canonym::prose::Markup;
use canonym::stream::Input;
use canonym::Snapshot;
use std::io::Read;
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

/// The stream input of a FILE argument: stdin, or the file (opened when its turn comes), with
/// its markup.
pub fn stream_input(path: &Path, markup: &MarkupPlan) -> Input<'static> {
    let input = if is_stdin(path) {
        Input::new("<stdin>", std::io::stdin())
    } else {
        Input::file(path)
    };
    input.with_markup(markup.of(path))
}

/// How the markup of each input is chosen: `--markup` (else auto) and `--stdin-filename`.
#[derive(Clone, Debug)]
pub struct MarkupPlan {
    /// The markup named on the command line or in the configuration; `None` for auto.
    pub fixed: Option<Markup>,
    /// The path that stdin stands for.
    pub stdin_filename: Option<PathBuf>,
}

impl MarkupPlan {
    /// The plan of `--markup` (else the configuration's `markup`) and `--stdin-filename`.
    pub fn new(
        choice: Option<MarkupChoice>,
        settings: &Settings,
        stdin_filename: Option<&Path>,
    ) -> MarkupPlan {
        let fixed = match choice {
            None => settings.markup.value,
            Some(MarkupChoice::Auto) => None,
            Some(MarkupChoice::Plain) => Some(Markup::Plain),
            Some(MarkupChoice::Markdown) => Some(Markup::Markdown),
            Some(MarkupChoice::Html) => Some(Markup::Html),
        };
        MarkupPlan {
            fixed,
            stdin_filename: stdin_filename.map(Path::to_path_buf),
        }
    }

    /// The markup of the input `path` (`-` is stdin).
    pub fn of(&self, path: &Path) -> Markup {
        if let Some(m) = self.fixed {
            return m;
        }
        if is_stdin(path) {
            return self
                .stdin_filename
                .as_deref()
                .map_or(Markup::Plain, Markup::of_path);
        }
        Markup::of_path(path)
    }
}

/// Read a whole input (a file, or stdin for `-`) once, as UTF-8; invalid UTF-8 is an error naming
/// the input and the byte offset. For a file, also what it was when it was opened (to tell,
/// before rewriting it, that nobody changed it since).
pub fn read_text(path: &Path) -> Result<(String, Option<Snapshot>)> {
    let name = display_name(path);
    let (bytes, snapshot) = if is_stdin(path) {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .with_context(|| format!("{name}: cannot read"))?;
        (bytes, None)
    } else {
        let mut file = std::fs::File::open(path).with_context(|| format!("{name}: cannot read"))?;
        // Taken before reading: whatever is added from now on makes it differ.
        let snapshot = file.metadata().ok().map(|m| Snapshot::of(&m));
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes)
            .with_context(|| format!("{name}: cannot read"))?;
        (bytes, snapshot)
    };
    let text = String::from_utf8(bytes).map_err(|e| {
        anyhow!(
            "{name}: invalid UTF-8 at byte {} (canonym reads UTF-8 text; convert the file first, e.g. with iconv)",
            e.utf8_error().valid_up_to()
        )
    })?;
    Ok((text, snapshot))
}

/// Does stdin arrive as it is written (a pipe, a socket, a terminal), rather than being a file
/// that is all there?
pub fn stdin_is_live() -> bool {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        use std::os::unix::fs::FileTypeExt;
        let Ok(fd) = std::io::stdin().as_fd().try_clone_to_owned() else {
            return false;
        };
        std::fs::File::from(fd).metadata().is_ok_and(|m| {
            let t = m.file_type();
            t.is_fifo() || t.is_socket() || t.is_char_device()
        })
    }
    #[cfg(not(unix))]
    {
        false
    }
}

/// Number of worker threads: the flag, else every core.
pub fn threads(flag: Option<usize>) -> usize {
    flag.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1)
}
