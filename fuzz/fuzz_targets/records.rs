//! Record mode (JSON Lines): any input is normalised or reported record by record, never a panic.
#![no_main]

use canonym::records::{normalize_records, RecordOptions};
use canonym::stream::Input;
use canonym::{Glossary, Matcher, MatcherOptions};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn matcher() -> &'static Matcher {
    static M: OnceLock<Matcher> = OnceLock::new();
    M.get_or_init(|| {
        Matcher::new(
            Glossary::bundled().expect("bundled glossaries load"),
            &MatcherOptions::default(),
        )
    })
}

fuzz_target!(|data: &[u8]| {
    let m = matcher();
    for strict in [false, true] {
        let options = RecordOptions {
            field: vec!["text".to_string()],
            matches_field: "canonym_matches".to_string(),
            fuzzy: true,
            strict,
            threads: 1,
            markup: canonym::prose::Markup::Plain,
        };
        let mut out = Vec::new();
        let _ = normalize_records(
            m,
            Input::new("fuzz.jsonl", data),
            &mut out,
            &options,
            &mut |_| {},
        );
    }
});
