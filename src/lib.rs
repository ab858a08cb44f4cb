//! canonym: multilingual name glossaries, transliteration, and normalisation of variant spellings.
//!
//! Data flows one way: glossary files → [`Glossary`] (validated entries) → [`Matcher`] (an immutable
//! index of folded spelling keys) → [`Match`]es → reports. Transliteration ([`translit`]) is a leaf
//! that the matcher uses to generate spellings and that the command line exposes.
//!
//! ```
//! use canonym::{Glossary, Matcher, MatcherOptions};
//!
//! let glossary = Glossary::bundled().unwrap();
//! let matcher = Matcher::new(glossary, &MatcherOptions::default());
//! let text = "KIM JONG-UN visited Pyong-yang.";
//! let matches = matcher.find(text);
//! assert_eq!(matcher.apply(text, &matches, false), "Kim Jong Un visited Pyongyang.");
//! ```
//!
//! The library never prints and never exits; the `canonym` binary is a thin layer over it.
//!
//! Around that spine: [`stream`] and [`records`] run the matcher over large inputs on every core
//! through one ordered worker pool ([`Pool`]); [`check`] turns matches into findings; [`report`]
//! holds the result types (serialisable, one per kind of result) and the output formats, each an
//! implementation of [`report::Format`]; [`lines`] maps byte offsets to lines and columns; and
//! [`write_atomically`] is how a file is replaced; [`export`] writes every spelling the matcher
//! knows ([`Matcher::spellings`]) as synonym rules for search engines, a Vale rule or JSON Lines.

// The library never prints (its unit tests may, to explain a failure).
#![cfg_attr(not(test), warn(clippy::print_stdout, clippy::print_stderr))]

mod atomic;
pub mod check;
pub mod config;
mod error;
pub mod export;
mod fold;
mod glossary;
pub mod lines;
mod matcher;
mod parallel;
#[cfg(test)]
mod properties;
pub mod prose;
pub mod records;
pub mod report;
pub mod stream;
pub mod translit;

pub use atomic::{write_atomically, AtomicWrite, Snapshot};
pub use error::{Diagnostic, Error, ErrorKind, Position};
pub use fold::{fold, slug};
pub use glossary::{
    Entry, Glossary, GlossaryBuilder, GlossaryFiles, Kind, Origin, Source, BUNDLED,
};
pub use matcher::{
    default_cache_dir, EntrySpelling, Hit, LookupOptions, Match, MatchKind, Matcher,
    MatcherOptions, Mentions, Scratch, SpellingSource,
};
pub use parallel::Pool;

/// Entry points for the fuzz targets in `fuzz/` (built only by `cargo fuzz`, which sets
/// `--cfg fuzzing`): internals that no other caller may use.
#[cfg(fuzzing)]
#[doc(hidden)]
pub mod fuzzing {
    /// Decode the payload of an index cache file (no header, no checksum: the decoder alone).
    pub fn read_cache(bytes: &[u8]) -> Option<crate::Matcher> {
        crate::matcher::cache::from_bytes(bytes)
    }

    /// The payload of the index cache file of `matcher`.
    pub fn write_cache(matcher: &crate::Matcher) -> Vec<u8> {
        crate::matcher::cache::to_bytes(matcher)
    }
}
