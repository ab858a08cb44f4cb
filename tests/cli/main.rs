//! Integration tests: drive the real `canonym` binary.
//!
//! Every test runs the built binary in a fresh temporary directory (see [`util`]), so nothing on
//! disk or in the environment (`CANONYM_GLOSSARY`) is picked up by accident. One module per
//! command; modules added by others (`translit`, `devset`) are declared here too.

mod util;

mod adversarial;
mod annotations;
mod cache;
mod check;
mod config;
mod crossscript;
mod devset;
mod errors;
mod export;
mod formats;
mod generated;
mod glossary;
mod hardening;
mod help;
mod homonyms;
mod inflection;
mod lookup;
mod lsp;
mod markup;
mod memory;
mod normalize;
mod parade;
mod precision;
mod precommit;
mod progress;
mod records;
mod reliability;
mod sarif;
mod terminal;
mod textset;
mod translit;
mod ukrainian;
