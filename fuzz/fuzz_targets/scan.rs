//! The scanner over the bundled glossaries, as `normalize` and `check` use it: any text gives
//! matches on character boundaries, in order and not overlapping; the fixes apply; and the
//! streamed output (in small pieces) is the whole-document output.
#![no_main]

use canonym::report::NormalizedText;
use canonym::stream::{normalize, Input, StreamOptions};
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
    let Ok(text) = std::str::from_utf8(data) else {
        // Not UTF-8: the stream refuses it without a panic.
        let mut out = Vec::new();
        let mut report = NormalizedText::new(&mut out, m, false);
        let options = StreamOptions {
            threads: 1,
            ..StreamOptions::default()
        };
        let _ = normalize(m, [Input::new("fuzz", data)], &mut report, &options);
        return;
    };
    let found = m.find_all(text, true);
    let mut end = 0;
    for x in &found {
        assert!(x.start >= end && x.start < x.end && x.end <= text.len());
        assert!(text.is_char_boundary(x.start) && text.is_char_boundary(x.end));
        end = x.end;
    }
    let findings = canonym::check::findings(m, text, &found);
    let _ = canonym::check::fix(text, &findings);

    let whole = m.apply(text, &m.find(text), false);
    let mut out = Vec::new();
    let options = StreamOptions {
        threads: 1,
        ..StreamOptions::default()
    };
    let mut report = NormalizedText::new(&mut out, m, false);
    normalize(m, [Input::new("fuzz", data)], &mut report, &options).expect("UTF-8 text streams");
    assert_eq!(String::from_utf8(out).expect("UTF-8 out"), whole);
});
