//! The glossaries bundled with canonym: every `glossaries/*.toml` file, embedded at compile time
//! by `build.rs` so that the binary needs no data files at run time.

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));
