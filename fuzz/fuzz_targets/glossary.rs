//! The glossary reader: any bytes as a glossary file either load or are refused with diagnostics
//! (never a panic); a glossary that loads builds a matcher that can scan text.
#![no_main]

use canonym::{GlossaryBuilder, Matcher, MatcherOptions};
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let mut b = GlossaryBuilder::new();
    b.add_bytes(Path::new("fuzz.toml"), data);
    match b.build() {
        Ok(g) => {
            let m = Matcher::new(g, &MatcherOptions::default());
            let _ = m.find_all(
                "Kim Jong-un met Sergei Lavrov in Pyongyang; 김정은, 习近平.",
                true,
            );
        }
        Err(e) => {
            // Every problem names the file and fits on one line.
            for d in e.diagnostics() {
                let line = d.to_string();
                assert!(line.starts_with("fuzz.toml"), "{line}");
                assert!(!line.contains('\n'), "{line:?}");
            }
        }
    }
});
