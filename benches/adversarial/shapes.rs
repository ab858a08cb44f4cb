//! The adversarial shapes of issue 12, item 14: texts made to slow the scan down (random
//! capitalised words, `Kim Kim …`, `Kim Jong Kim Jong …`, every word of a name five times, runs of
//! the glossaries' own first and last names), made the same on every run. The throughput
//! benchmark times them in process against ordinary text; the CLI tests
//! (`tests/cli/adversarial.rs`, which includes this file) time them through the binary.

use canonym::Glossary;

/// A small deterministic generator (xorshift64*): the same text on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Lines made by `line` until the text has `size` bytes.
fn fill(size: usize, mut line: impl FnMut() -> String) -> String {
    let mut text = String::with_capacity(size + 200);
    while text.len() < size {
        text.push_str(&line());
        text.push('\n');
    }
    text
}

/// The adversarial texts of about `size` bytes each, by name.
pub fn shapes(size: usize, bundled: &Glossary) -> Vec<(&'static str, String)> {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let vocab: Vec<String> = (0..5000)
        .map(|_| {
            let n = 3 + rng.below(8);
            let mut w: String = (0..n)
                .map(|_| char::from(b'a' + rng.below(26) as u8))
                .collect();
            w[..1].make_ascii_uppercase();
            w
        })
        .collect();
    // The Latin canonical forms of several words, and their first and last words.
    let names: Vec<Vec<&str>> = bundled
        .entries()
        .iter()
        .map(|e| e.canonical.split(' ').collect::<Vec<_>>())
        .filter(|w| {
            w.len() > 1
                && w.iter()
                    .all(|w| w.chars().all(|c| c.is_ascii_alphabetic() || c == '-'))
        })
        .collect();
    let mut ends: Vec<&str> = names.iter().flat_map(|w| [w[0], w[w.len() - 1]]).collect();
    ends.sort_unstable();
    ends.dedup();
    let mut pick = |words: &[String]| words[rng.below(words.len())].clone();
    let random = fill(size, || {
        (0..10).map(|_| pick(&vocab)).collect::<Vec<_>>().join(" ")
    });
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    let repeated = fill(size, || {
        let name = &names[rng.below(names.len())];
        name.iter()
            .flat_map(|w| std::iter::repeat_n(*w, 5))
            .collect::<Vec<_>>()
            .join(" ")
    });
    let surnames = fill(size, || {
        (0..10)
            .map(|_| ends[rng.below(ends.len())])
            .collect::<Vec<_>>()
            .join(" ")
    });
    vec![
        ("random capitalised words", random),
        ("Kim Kim …", fill(size, || ["Kim"; 10].join(" "))),
        (
            "Kim Jong Kim Jong …",
            fill(size, || ["Kim Jong"; 5].join(" ")),
        ),
        ("every word of a name five times", repeated),
        ("runs of the glossaries' first and last names", surnames),
    ]
}
