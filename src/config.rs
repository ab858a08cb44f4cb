//! Project configuration: `canonym.toml` or `.canonym.toml`, found by walking up from a folder
//! (the working directory, or for the language server each document's folder), like `typos.toml`
//! and `.vale.ini`.
//!
//! The format is strict like the glossary format: an unknown key, a value of the wrong type or an
//! unknown name is an error naming the file, line and column. Paths in it are relative to the
//! file. Every key is optional; [`Config`] keeps only what the file says, and the command line
//! decides what wins (flags over the file over the defaults).
//!
//! ```toml
//! glossaries = ["names/", "house.toml"]   # replace the bundled ones unless bundled = true
//! bundled = false
//! generate = true
//! markup = "auto"                         # auto | plain | markdown | html
//! [check]
//! accept = ["Kim Jong-un"]                # spellings accepted as written in this project
//! exclude = ["vendor/**", "*.min.js"]     # gitignore-style globs, relative to this file
//! fuzzy = true                            # report likely misspellings
//! fix_fuzzy = false                       # --fix and --diff apply them too (they are guesses)
//! [lsp]
//! severity = "warning"                    # error | warning | information | hint
//! ```

use crate::lines::LineIndex;
use crate::prose::Markup;
use ignore::gitignore::{Gitignore, GitignoreBuilder};
use serde::Deserialize;
use std::fmt;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// The names a configuration file may have, in the order they are looked for in each folder.
pub const FILE_NAMES: [&str; 2] = ["canonym.toml", ".canonym.toml"];

/// Largest configuration file read (a configuration is a few lines).
const MAX_BYTES: u64 = 1 << 20;

/// The file as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileModel {
    glossaries: Option<Vec<Spanned<String>>>,
    bundled: Option<bool>,
    generate: Option<bool>,
    markup: Option<Spanned<String>>,
    check: Option<CheckModel>,
    lsp: Option<LspModel>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct CheckModel {
    accept: Option<Vec<String>>,
    exclude: Option<Vec<Spanned<String>>>,
    fuzzy: Option<bool>,
    fix_fuzzy: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct LspModel {
    severity: Option<Spanned<String>>,
}

/// How an editor shows a finding (`[lsp] severity`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Severity {
    /// An error.
    Error,
    /// A warning (the default).
    #[default]
    Warning,
    /// Information.
    Information,
    /// A hint.
    Hint,
}

impl Severity {
    /// The names accepted in the file.
    pub const NAMES: [&'static str; 4] = ["error", "warning", "information", "hint"];

    /// The severity named `name`.
    pub fn parse(name: &str) -> Option<Severity> {
        Some(match name {
            "error" => Severity::Error,
            "warning" => Severity::Warning,
            "information" => Severity::Information,
            "hint" => Severity::Hint,
            _ => return None,
        })
    }

    /// Its name.
    pub fn as_str(self) -> &'static str {
        Severity::NAMES[self as usize]
    }

    /// Its number in the Language Server Protocol (`DiagnosticSeverity`: 1 error … 4 hint).
    pub fn lsp(self) -> u8 {
        self as u8 + 1
    }
}

/// A project configuration, as read from one file: every key that the file sets.
#[derive(Clone, Debug)]
pub struct Config {
    /// The file.
    pub path: PathBuf,
    /// `glossaries`, resolved against the file's folder.
    pub glossaries: Option<Vec<PathBuf>>,
    /// `bundled`.
    pub bundled: Option<bool>,
    /// `generate`.
    pub generate: Option<bool>,
    /// `markup`; `Some(None)` is `"auto"`.
    pub markup: Option<Option<Markup>>,
    /// `[check] accept`.
    pub accept: Option<Vec<String>>,
    /// `[check] exclude`, as written.
    pub exclude: Option<Vec<String>>,
    /// `[check] fuzzy`.
    pub fuzzy: Option<bool>,
    /// `[check] fix_fuzzy`.
    pub fix_fuzzy: Option<bool>,
    /// `[lsp] severity`.
    pub severity: Option<Severity>,
    excluded: Gitignore,
}

/// A configuration file could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    /// The file.
    pub path: PathBuf,
    /// 1-based line and column of the problem (0 when it is the whole file).
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// What is wrong, and how to fix it.
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.path.display(), self.message)
        } else {
            write!(
                f,
                "{}:{}:{}: {}",
                self.path.display(),
                self.line,
                self.column,
                self.message
            )
        }
    }
}

impl std::error::Error for ConfigError {}

impl Config {
    /// The configuration file that applies in `dir`: the first `canonym.toml` or
    /// `.canonym.toml` in it or a folder above it.
    pub fn discover(dir: &Path) -> Option<PathBuf> {
        dir.ancestors()
            .flat_map(|d| FILE_NAMES.iter().map(move |n| d.join(n)))
            .find(|p| p.is_file())
    }

    /// Read the configuration at `path`.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let error = |message: String| ConfigError {
            path: path.to_path_buf(),
            line: 0,
            column: 0,
            message,
        };
        let meta = std::fs::metadata(path).map_err(|e| error(format!("cannot read: {e}")))?;
        if meta.len() > MAX_BYTES {
            return Err(error(format!(
                "{} bytes is too large for a configuration (at most {MAX_BYTES})",
                meta.len()
            )));
        }
        let bytes = std::fs::read(path).map_err(|e| error(format!("cannot read: {e}")))?;
        let text = String::from_utf8(bytes).map_err(|e| {
            error(format!(
                "invalid UTF-8 at byte {}",
                e.utf8_error().valid_up_to()
            ))
        })?;
        Config::parse(path, &text)
    }

    /// The configuration in `text`, read from `path`.
    pub fn parse(path: &Path, text: &str) -> Result<Config, ConfigError> {
        let lines = LineIndex::new(text);
        let at = |offset: usize, message: String| {
            let p = lines.position(offset);
            ConfigError {
                path: path.to_path_buf(),
                line: p.line,
                column: p.column,
                message,
            }
        };
        let model: FileModel = toml::from_str(text).map_err(|e| {
            let offset = e.span().map_or(0, |s| s.start);
            let message = e.message().trim().replace('\n', "; ");
            at(
                offset,
                format!("{message} (see `canonym config --help` for the keys)"),
            )
        })?;
        let root = path.parent().unwrap_or(Path::new("."));
        let markup = match model.markup {
            None => None,
            Some(m) if m.get_ref() == "auto" => Some(None),
            Some(m) => match Markup::parse(m.get_ref()) {
                Some(markup) => Some(Some(markup)),
                None => {
                    return Err(at(
                        m.span().start,
                        format!(
                            "unknown markup `{}` (expected auto, {})",
                            m.get_ref(),
                            Markup::NAMES.join(", ")
                        ),
                    ))
                }
            },
        };
        let check = model.check.unwrap_or_default();
        let severity = match model.lsp.and_then(|l| l.severity) {
            None => None,
            Some(s) => Some(Severity::parse(s.get_ref()).ok_or_else(|| {
                at(
                    s.span().start,
                    format!(
                        "unknown severity `{}` (expected {})",
                        s.get_ref(),
                        Severity::NAMES.join(", ")
                    ),
                )
            })?),
        };
        let mut excluded = GitignoreBuilder::new(root);
        for glob in check.exclude.iter().flatten() {
            excluded.add_line(None, glob.get_ref()).map_err(|e| {
                at(
                    glob.span().start,
                    format!("bad glob `{}`: {e}", glob.get_ref()),
                )
            })?;
        }
        let excluded = excluded
            .build()
            .map_err(|e| at(0, format!("bad exclude globs: {e}")))?;
        Ok(Config {
            path: path.to_path_buf(),
            glossaries: model
                .glossaries
                .map(|g| g.iter().map(|p| root.join(p.get_ref())).collect()),
            bundled: model.bundled,
            generate: model.generate,
            markup,
            accept: check.accept,
            exclude: check
                .exclude
                .map(|g| g.into_iter().map(Spanned::into_inner).collect()),
            fuzzy: check.fuzzy,
            fix_fuzzy: check.fix_fuzzy,
            severity,
            excluded,
        })
    }

    /// The folder the file is in (paths and globs are relative to it).
    pub fn root(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new("."))
    }

    /// Is `path` excluded by `[check] exclude`? A path outside the project never is.
    pub fn is_excluded(&self, path: &Path) -> bool {
        let abs = if path.is_absolute() {
            path.to_path_buf()
        } else {
            std::env::current_dir()
                .map(|d| d.join(path))
                .unwrap_or_else(|_| path.to_path_buf())
        };
        let abs = normalize(&abs);
        let root = normalize(&absolute(self.root()));
        match abs.strip_prefix(&root) {
            Ok(rel) => self
                .excluded
                .matched_path_or_any_parents(rel, false)
                .is_ignore(),
            Err(_) => false,
        }
    }

    /// Is `found`, a spelling as written, accepted by `[check] accept` (runs of white space are
    /// one space)?
    pub fn accepts(&self, found: &str) -> bool {
        let squeeze = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let found = squeeze(found);
        self.accept.iter().flatten().any(|a| squeeze(a) == found)
    }
}

/// `path` made absolute against the working directory.
fn absolute(path: &Path) -> PathBuf {
    if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()
            .map(|d| d.join(path))
            .unwrap_or_else(|_| path.to_path_buf())
    }
}

/// `path` without `.` and with `..` taken back (no file system look-up).
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_keys_and_values_name_the_line_and_column() {
        let p = Path::new("/p/canonym.toml");
        let err = Config::parse(p, "bundled = true\n[check]\nfuzy = true\n").unwrap_err();
        assert_eq!((err.line, err.column), (3, 1), "{err}");
        assert!(
            err.to_string()
                .starts_with("/p/canonym.toml:3:1: unknown field `fuzy`"),
            "{err}"
        );
        let err = Config::parse(p, "markup = \"rst\"\n").unwrap_err();
        assert_eq!((err.line, err.column), (1, 10), "{err}");
        let err = Config::parse(p, "[lsp]\nseverity = \"loud\"\n").unwrap_err();
        assert_eq!(err.line, 2, "{err}");
        let err = Config::parse(p, "bundled = \"yes\"\n").unwrap_err();
        assert_eq!(err.line, 1, "{err}");
    }

    #[test]
    fn paths_are_relative_to_the_file() {
        let c = Config::parse(
            Path::new("/p/canonym.toml"),
            "glossaries = [\"names/\", \"house.toml\"]\nmarkup = \"auto\"\n[check]\nexclude = [\"vendor/**\", \"*.min.js\"]\naccept = [\"Kim  Jong-un\"]\n",
        )
        .unwrap();
        assert_eq!(
            c.glossaries.clone().unwrap(),
            [PathBuf::from("/p/names/"), PathBuf::from("/p/house.toml")]
        );
        assert_eq!(c.markup, Some(None));
        assert!(c.is_excluded(Path::new("/p/vendor/a/b.txt")));
        assert!(c.is_excluded(Path::new("/p/x/app.min.js")));
        assert!(!c.is_excluded(Path::new("/p/src/a.txt")));
        assert!(!c.is_excluded(Path::new("/q/vendor/a.txt")));
        assert!(c.accepts("Kim Jong-un"));
        assert!(!c.accepts("Kim Jong Un"));
    }
}
