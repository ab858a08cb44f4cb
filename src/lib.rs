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

pub mod check;
mod error;
mod fold;
mod glossary;
mod matcher;
mod parallel;
pub mod records;
pub mod stream;
pub mod translit;

pub use error::{Diagnostic, Error, ErrorKind, Position};
pub use fold::{fold, slug};
pub use glossary::{Entry, Glossary, GlossaryBuilder, Kind, Origin, Source, BUNDLED};
pub use matcher::{
    Hit, LookupOptions, Match, MatchKind, Matcher, MatcherOptions, Mentions, SpellingSource,
};
