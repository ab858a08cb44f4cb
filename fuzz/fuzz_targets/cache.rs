//! The index cache decoder, on any bytes (the checksum that guards real files is bypassed: the
//! decoder alone must hold): it reads a matcher or refuses, and a matcher it reads answers
//! scans and look-ups without a panic.
#![no_main]

use canonym::fuzzing::read_cache;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Some(m) = read_cache(data) {
        for x in m.find_all(
            "Kim Jong-un met Sergei Lavrov; Kim Jong Um, Lavorv. 김정은.",
            true,
        ) {
            if let Some(e) = x.entry {
                let _ = m.entry(e);
            }
        }
        for q in [
            "Kim Jong Un",
            "S. V. Lavrov",
            "Lavrov Sergei",
            "Kim Chong Un",
        ] {
            for h in m.lookup(q, &Default::default()) {
                let _ = m.entry(h.entry);
            }
        }
    }
});
