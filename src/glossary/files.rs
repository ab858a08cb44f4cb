//! Which files a glossary path names, read once: the one way a directory of glossaries is listed
//! (its `*.toml` files, sorted by name, not recursive) and a glossary file is read.

use super::{GlossaryBuilder, BUNDLED};
use crate::error::{Diagnostic, Error, ErrorKind};
use crate::Glossary;
use std::path::{Path, PathBuf};

/// The glossary files named by paths (files, or directories of `*.toml` files), each read once,
/// with the problems met on the way (a path that cannot be read, a directory without glossaries)
/// kept in order among them, to be reported when the glossary is built.
///
/// What a program (the command line, a binding) resolves first, then builds from, or looks up a
/// cached index for ([`crate::Matcher::from_sources`] takes [`GlossaryFiles::files`]).
///
/// ```
/// use canonym::GlossaryFiles;
///
/// let files = GlossaryFiles::bundled();
/// assert!(files.is_complete());
/// let glossary = files.build().unwrap();
/// assert!(glossary.entries().len() > 100);
/// ```
#[derive(Clone, Debug, Default)]
pub struct GlossaryFiles {
    files: Vec<(PathBuf, Vec<u8>)>,
    /// Each problem, after how many files it was met.
    problems: Vec<(usize, Diagnostic)>,
}

impl GlossaryFiles {
    /// The glossaries bundled with canonym (named `glossaries/NAME.toml`).
    pub fn bundled() -> Self {
        GlossaryFiles {
            files: BUNDLED
                .iter()
                .map(|(name, text)| (PathBuf::from(name), text.as_bytes().to_vec()))
                .collect(),
            problems: Vec::new(),
        }
    }

    /// The paths in `$CANONYM_GLOSSARY`, separated as `PATH` is (empty parts left out).
    pub fn env_paths() -> Vec<PathBuf> {
        std::env::var_os("CANONYM_GLOSSARY")
            .map(|env| {
                std::env::split_paths(&env)
                    .filter(|p| !p.as_os_str().is_empty())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The glossaries a program uses when given `paths` (its `-g` options): those paths; else the
    /// paths in `$CANONYM_GLOSSARY` (separated as `PATH` is); else the bundled glossaries.
    pub fn resolve<P: AsRef<Path>>(paths: &[P]) -> Self {
        if !paths.is_empty() {
            return GlossaryFiles::read(paths);
        }
        let from_env = GlossaryFiles::env_paths();
        if from_env.is_empty() {
            GlossaryFiles::bundled()
        } else {
            GlossaryFiles::read(&from_env)
        }
    }

    /// The files that `paths` name, read.
    pub fn read<P: AsRef<Path>>(paths: &[P]) -> Self {
        let mut files = GlossaryFiles::default();
        for p in paths {
            files.add_path(p.as_ref());
        }
        files
    }

    /// Add a glossary file, or every `*.toml` file of a directory (sorted by name, not recursive).
    pub fn add_path(&mut self, path: &Path) {
        if !path.is_dir() {
            self.add_file(path);
            return;
        }
        let mut files: Vec<PathBuf> = match std::fs::read_dir(path) {
            Ok(rd) => rd
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "toml") && p.is_file())
                .collect(),
            Err(e) => {
                let message = format!("cannot read directory: {e}");
                self.problem(Diagnostic::new(ErrorKind::Io, path, message));
                return;
            }
        };
        if files.is_empty() {
            self.problem(
                Diagnostic::new(
                    ErrorKind::Io,
                    path,
                    "directory holds no *.toml glossary files",
                )
                .help("give a glossary file, or a directory that contains some"),
            );
        }
        files.sort();
        for f in files {
            self.add_file(&f);
        }
    }

    fn add_file(&mut self, path: &Path) {
        match std::fs::read(path) {
            Ok(bytes) => self.files.push((path.to_path_buf(), bytes)),
            Err(e) => {
                let help = if e.kind() == std::io::ErrorKind::NotFound {
                    "check the path given to -g/--glossary or CANONYM_GLOSSARY"
                } else {
                    "check the file's permissions"
                };
                let message = format!("cannot read glossary: {e}");
                self.problem(Diagnostic::new(ErrorKind::Io, path, message).help(help));
            }
        }
    }

    fn problem(&mut self, d: Diagnostic) {
        self.problems.push((self.files.len(), d));
    }

    /// Every file read, as (path, contents), in order.
    pub fn files(&self) -> &[(PathBuf, Vec<u8>)] {
        &self.files
    }

    /// Whether every path could be read (else [`GlossaryFiles::build`] reports why not).
    pub fn is_complete(&self) -> bool {
        self.problems.is_empty()
    }

    /// Add the files to `builder`, problems in their place among them.
    pub(crate) fn add_to(&self, builder: &mut GlossaryBuilder) {
        let mut problems = self.problems.iter().peekable();
        for k in 0..=self.files.len() {
            while let Some((_, d)) = problems.next_if(|(at, _)| *at == k) {
                builder.diagnostics.push(d.clone());
            }
            if let Some((path, bytes)) = self.files.get(k) {
                builder.add_bytes(path, bytes);
            }
        }
    }

    /// Parse and check every file into a glossary, or report every problem, those met reading
    /// the files included.
    pub fn build(&self) -> Result<Glossary, Error> {
        self.build_with(false)
    }

    /// [`GlossaryFiles::build`]; with `strict_homonyms`, a spelling shared by two entries is an
    /// error in every file (see [`GlossaryBuilder::strict_homonyms`]).
    pub fn build_with(&self, strict_homonyms: bool) -> Result<Glossary, Error> {
        let mut builder = GlossaryBuilder::new();
        builder.strict_homonyms(strict_homonyms);
        self.add_to(&mut builder);
        builder.build()
    }
}
