//! The vectors of `tests/data/translit/xscript.tsv` for the cross-script transcriptions
//! (Chinese in Hangul, Russian in Hangul, in Han characters and in katakana, Korean in katakana),
//! run by one loop. Each line is `table<TAB>input<TAB>expected`; a `#` line above each block
//! names its source.

use super::{cyrillic, hangul, hanzi};

const VECTORS: &str = include_str!("../../tests/data/translit/xscript.tsv");

/// What `table` gives for `input`: every form it generates.
fn run(table: &str, input: &str) -> Option<Vec<String>> {
    let one = |s: String| Some(vec![s]);
    match table {
        "pinyin-hangul" => Some(
            hanzi::pinyin_syllable_to_hangul(input)
                .map(str::to_string)
                .into_iter()
                .collect(),
        ),
        "zh-hangul" => Some(hanzi::chinese_to_hangul(input)),
        "ru-hangul" => one(cyrillic::russian_to_hangul(input)),
        "ru-han" => one(cyrillic::russian_to_han(input)),
        "ru-kana" => one(cyrillic::russian_to_katakana(input)),
        "ko-kana" => one(hangul::korean_to_katakana(input, true)),
        "ko-kana-place" => one(hangul::korean_to_katakana(input, false)),
        _ => None,
    }
}

#[test]
fn xscript_vectors() {
    let mut failures = Vec::new();
    let mut counts: Vec<(&str, usize)> = Vec::new();
    let mut cited = false;
    for (i, line) in VECTORS.lines().enumerate() {
        if line.starts_with('#') {
            cited = true;
            continue;
        }
        if line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        let [table, input, expected] = f[..] else {
            panic!("xscript.tsv:{}: malformed vector {line:?}", i + 1);
        };
        assert!(
            cited,
            "xscript.tsv:{}: vector before any source comment",
            i + 1
        );
        let Some(got) = run(table, input) else {
            panic!("xscript.tsv:{}: unknown table {table}", i + 1);
        };
        match counts.iter_mut().find(|c| c.0 == table) {
            Some(c) => c.1 += 1,
            None => counts.push((table, 1)),
        }
        if !got.iter().any(|g| g == expected) {
            failures.push(format!(
                "{}: {table} {input} -> {got:?}, want {expected}",
                i + 1
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing vectors:\n{}",
        failures.len(),
        failures.join("\n")
    );
    for (table, min) in [
        ("zh-hangul", 46),
        ("ru-hangul", 44),
        ("ru-han", 42),
        ("ru-kana", 30),
        ("ko-kana", 30),
    ] {
        let n = counts.iter().find(|c| c.0 == table).map_or(0, |c| c.1);
        assert!(n >= min, "{table}: {n} vectors, want at least {min}");
    }
}
