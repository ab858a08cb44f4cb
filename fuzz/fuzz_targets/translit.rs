//! Every transliteration scheme, on any text: no panic, and the output is valid UTF-8 by
//! construction (a `String`).
#![no_main]

use canonym::translit::Scheme;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for scheme in Scheme::all() {
        let _ = scheme.apply(text);
        let _ = scheme.apply_name(text);
    }
});
