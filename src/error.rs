//! The library's error type for glossaries: what failed, where (`path:line:col`) and how to fix it.
//!
//! Loading a glossary collects every problem it finds rather than stopping at the first, so that
//! `canonym glossary lint` can report them all at once, like a compiler.

use std::fmt;
use std::path::{Path, PathBuf};

/// What kind of problem a [`Diagnostic`] reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The file could not be read.
    Io,
    /// The file is not valid UTF-8.
    Encoding,
    /// The file is not valid TOML.
    Syntax,
    /// The TOML is valid but does not follow the glossary format (unknown key, wrong type, missing field, bad value).
    Schema,
    /// Two entries have the same id.
    DuplicateId,
    /// Two entries claim the same spelling.
    ConflictingSpelling,
}

/// One problem found in a glossary, with its location.
#[derive(Clone, Debug)]
pub struct Diagnostic {
    kind: ErrorKind,
    path: PathBuf,
    line: usize,
    column: usize,
    message: String,
    help: Option<String>,
}

impl Diagnostic {
    pub(crate) fn new(kind: ErrorKind, path: &Path, message: impl Into<String>) -> Self {
        Diagnostic {
            kind,
            path: path.to_path_buf(),
            line: 0,
            column: 0,
            message: message.into(),
            help: None,
        }
    }

    pub(crate) fn at(mut self, pos: Position) -> Self {
        self.line = pos.line;
        self.column = pos.column;
        self
    }

    pub(crate) fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// What kind of problem this is.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The file the problem is in.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// 1-based line, or 0 when the problem concerns the whole file.
    pub fn line(&self) -> usize {
        self.line
    }

    /// 1-based column in characters, or 0 when the problem concerns the whole file.
    pub fn column(&self) -> usize {
        self.column
    }

    /// The problem, in one sentence.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// How to fix it, when there is something to say.
    pub fn help_text(&self) -> Option<&str> {
        self.help.as_deref()
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if self.line > 0 {
            write!(f, ":{}:{}", self.line, self.column)?;
        }
        write!(f, ": {}", self.message)?;
        if let Some(help) = &self.help {
            write!(f, " (help: {help})")?;
        }
        Ok(())
    }
}

/// A glossary could not be loaded: every problem found, in file order.
#[derive(Clone, Debug)]
pub struct Error {
    diagnostics: Vec<Diagnostic>,
    warnings: Vec<Diagnostic>,
}

impl Error {
    pub(crate) fn new(diagnostics: Vec<Diagnostic>) -> Self {
        Error {
            diagnostics,
            warnings: Vec::new(),
        }
    }

    pub(crate) fn with_warnings(mut self, warnings: Vec<Diagnostic>) -> Self {
        self.warnings = warnings;
        self
    }

    /// Every problem found.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// The problems that alone would not have stopped loading (see
    /// [`crate::Glossary::warnings`]).
    pub fn warnings(&self) -> &[Diagnostic] {
        &self.warnings
    }

    /// The problems for a terminal: at most `max`, one a line, then how many more there are and
    /// the command that lists them all (`... and 12 more (canonym glossary lint a.toml lists them
    /// all)`). Lines end in `\n`.
    pub fn capped(&self, max: usize) -> String {
        let mut out = String::new();
        for d in self.diagnostics.iter().take(max) {
            out.push_str(&d.to_string());
            out.push('\n');
        }
        if self.diagnostics.len() > max {
            let mut paths: Vec<String> = Vec::new();
            for d in &self.diagnostics {
                let p = shell_word(&d.path.display().to_string());
                if !paths.contains(&p) {
                    paths.push(p);
                }
            }
            out.push_str(&format!(
                "... and {} more (canonym glossary lint {} lists them all)\n",
                self.diagnostics.len() - max,
                paths.join(" ")
            ));
        }
        out
    }
}

/// `s` as one word of a POSIX shell command line: as it is when it holds only characters that
/// need no quoting, else in single quotes.
fn shell_word(s: &str) -> String {
    let plain = |c: char| c.is_alphanumeric() || "-_./+,:@%=".contains(c);
    if !s.is_empty() && s.chars().all(plain) {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

impl From<Diagnostic> for Error {
    fn from(d: Diagnostic) -> Self {
        Error::new(vec![d])
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.diagnostics.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

/// A 1-based line and column (in characters) in a text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
}

impl Position {
    /// The position of byte `offset` in `text` (clamped to the text, moved back to a character
    /// boundary). For many offsets into one text, build a [`crate::lines::LineIndex`] once.
    pub fn of_offset(text: &str, offset: usize) -> Position {
        crate::lines::LineIndex::new(text).position(offset)
    }
}
