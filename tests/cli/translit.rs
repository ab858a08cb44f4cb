//! Table-driven vectors for every transliteration standard (tests/data/translit/{ru,ko,zh,uk,be}.tsv:
//! `scheme<TAB>mode<TAB>input<TAB>expected`), run through the library in one loop (the only place they are checked), a sample of them
//! through the real binary, and the `translit` command's own contract (`--list`, errors, stdin).

use crate::util::Sandbox;
use canonym::translit::Scheme;
use std::collections::BTreeMap;
use std::path::Path;

struct Vector {
    file: &'static str,
    line: usize,
    scheme: String,
    name: bool,
    input: String,
    expected: String,
}

fn vectors() -> Vec<Vector> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/translit");
    let mut out = Vec::new();
    for (file, lang) in [
        ("ru.tsv", "ru"),
        ("ko.tsv", "ko"),
        ("zh.tsv", "zh"),
        ("uk.tsv", "uk"),
        ("be.tsv", "be"),
    ] {
        let text = std::fs::read_to_string(root.join(file)).expect("vector file is readable");
        for (i, l) in text.lines().enumerate() {
            if l.trim().is_empty() || l.starts_with('#') {
                continue;
            }
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), 4, "{file}:{}: malformed vector {l:?}", i + 1);
            // Lines whose first column is not a scheme name a rule of the name-variant generator
            // (e.g. zh `efeo`, `lessing`): their expected spelling must be among its outputs.
            if Scheme::find(lang, Some(f[0])).is_err() {
                assert_eq!(lang, "zh", "{file}:{}: unknown scheme {}", i + 1, f[0]);
                let variants = canonym::translit::hanzi::name_variants(f[2]);
                assert!(
                    variants
                        .iter()
                        .any(|(v, label)| v == f[3] && *label == f[0]),
                    "{file}:{}: {} not among the {} variants of {}: {variants:?}",
                    i + 1,
                    f[3],
                    f[0],
                    f[2]
                );
                continue;
            }
            out.push(Vector {
                file,
                line: i + 1,
                scheme: format!("{lang}:{}", f[0]),
                name: f[1] == "name",
                input: f[2].to_string(),
                expected: f[3].to_string(),
            });
        }
    }
    out
}

fn scheme(id: &str) -> Scheme {
    let (lang, s) = id.split_once(':').expect("lang:scheme");
    Scheme::find(lang, Some(s)).expect("scheme exists")
}

#[test]
fn every_published_vector_holds() {
    let vectors = vectors();
    assert!(vectors.len() >= 600, "{} vectors", vectors.len());
    let mut per_scheme: BTreeMap<&str, usize> = BTreeMap::new();
    let mut failures = Vec::new();
    for v in &vectors {
        *per_scheme.entry(&v.scheme).or_default() += 1;
        let s = scheme(&v.scheme);
        let got = if v.name {
            s.apply_name(&v.input)
        } else {
            s.apply(&v.input)
        };
        if got != v.expected {
            failures.push(format!(
                "{}:{} {} {:?}: expected {:?}, got {:?}",
                v.file, v.line, v.scheme, v.input, v.expected, got
            ));
        }
    }
    for s in Scheme::all() {
        let id = format!("{}:{}", s.lang().code(), s.id());
        // Russian schemes carry their standards' tables and the press forms: 25 each at least;
        // the Ukrainian national system its 40-odd official examples, the other new schemes 20.
        let floor = match (s.lang().code(), s.id()) {
            ("ru", _) => 25,
            ("uk", "national") => 40,
            ("uk" | "be", _) => 20,
            _ => 10,
        };
        let n = per_scheme.get(id.as_str()).copied().unwrap_or(0);
        assert!(
            n >= floor,
            "scheme {id} has {n} vectors, fewer than {floor}"
        );
    }
    assert!(
        failures.is_empty(),
        "{} of {} vectors fail:\n{}",
        failures.len(),
        vectors.len(),
        failures.join("\n")
    );
}

#[test]
fn russian_output_is_pure_latin() {
    for s in Scheme::all().filter(|s| s.lang().code() == "ru") {
        for word in [
            "Ёлкин",
            "ЩУКА",
            "Объединённая Россия",
            "Подъезд",
            "ёж",
            "Ѣ ѳ і ѵ ў є ї ґ",
        ] {
            let out = s.apply(word);
            assert!(
                !out.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)),
                "{}: {word} -> {out}",
                s.id()
            );
        }
    }
}

#[test]
fn iso9_round_trips() {
    let iso = Scheme::find("ru", Some("iso9")).expect("iso9");
    for word in [
        "Щука",
        "Объект",
        "Ёлкин",
        "Подъезд",
        "Хрущёв",
        "Южно-Сахалинск",
        "Санкт-Петербург",
    ] {
        assert_eq!(
            canonym::translit::cyrillic::iso9_to_cyrillic(&iso.apply(word)),
            word
        );
    }
}

#[test]
fn binary_prints_the_issue_examples() {
    let cases: &[(&[&str], &str)] = &[
        (&["--lang", "ru", "--scheme", "de", "Брежнев"], "Breschnew"),
        (&["--lang", "ru", "--scheme", "fr", "Брежнев"], "Brejnev"),
        (&["--lang", "ru", "--scheme", "pl", "Брежнев"], "Breżniew"),
        (&["--lang", "ru", "--scheme", "es", "Брежнев"], "Brézhnev"),
        (&["--lang", "ru", "--scheme", "bgn-pcgn", "ЩУКА"], "SHCHUKA"),
        (&["--lang", "ko", "--scheme", "rr", "종로"], "jongno"),
        (&["--lang", "ko", "--scheme", "mr", "평양"], "p'yŏngyang"),
        (
            &["--lang", "ko", "--scheme", "mr", "--name", "김일성"],
            "Kim Il-sŏng",
        ),
        (
            &["--lang", "ko", "--scheme", "rr", "--name", "한복남"],
            "Han Boknam",
        ),
        (
            &["--lang", "zh", "--scheme", "pinyin", "--name", "曾庆红"],
            "Zēng Qìnghóng",
        ),
        (
            &["--lang", "zh", "--scheme", "wade-giles", "--name", "习近平"],
            "Hsi Chin-p'ing",
        ),
        (&["--lang", "zh", "--scheme", "pinyin", "西安"], "Xī'ān"),
    ];
    for (args, expected) in cases {
        let mut a = vec!["translit"];
        a.extend_from_slice(args);
        let r = Sandbox::new().canonym(a).run();
        r.code(0);
        assert_eq!(r.out().trim_end(), *expected, "{args:?}");
    }
}

#[test]
fn list_shows_every_scheme() {
    let r = Sandbox::new().canonym(["translit", "--list"]).run();
    r.code(0);
    let out = r.out();
    for id in [
        "bgn-pcgn",
        "iso9",
        "gost-7.79-b",
        "icao",
        "ala-lc",
        "scientific",
        "wikipedia",
        "ungegn-1987",
        "de",
        "fr",
        "pl",
        "es",
        "rr",
        "mr",
        "nk",
        "pinyin",
        "pinyin-numbers",
        "pinyin-ascii",
        "wade-giles",
    ] {
        assert!(
            out.lines().any(|l| l.split('\t').nth(1) == Some(id)),
            "--list lacks {id}:\n{out}"
        );
    }
}

#[test]
fn bad_lang_or_scheme_is_one_line_listing_valid_ids() {
    let r = Sandbox::new()
        .canonym(["translit", "--lang", "xx", "a"])
        .run();
    r.code(2);
    assert!(r.err().contains("ru, ko, zh"), "{}", r.err());
    let r = Sandbox::new()
        .canonym(["translit", "--lang", "ru", "--scheme", "isoo", "a"])
        .run();
    r.code(2);
    assert_eq!(r.err().lines().count(), 1, "{}", r.err());
    assert!(
        r.err().contains("iso9") && r.err().contains("bgn-pcgn"),
        "{}",
        r.err()
    );
}

#[test]
fn stdin_lines_and_pass_through() {
    let r = Sandbox::new()
        .canonym(["translit", "--lang", "ru", "--scheme", "wikipedia"])
        .stdin("Путин, 2024 г., Kremlin\nГорбачёв\n")
        .run();
    r.code(0);
    // WP:RUS writes ё yo in every position (the media's Gorbachev is a name's own spelling).
    assert_eq!(r.out(), "Putin, 2024 g., Kremlin\nGorbachyov\n");
}

#[test]
fn russian_press_forms_of_chinese_and_korean_names() {
    use canonym::translit::hangul::korean_to_cyrillic;
    use canonym::translit::hanzi::{chinese_to_cyrillic, pinyin_to_palladius};
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/translit/cjk_cyrillic.tsv");
    let text = std::fs::read_to_string(path).expect("vector file is readable");
    let mut n = 0;
    for (i, l) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let f: Vec<&str> = l.split('\t').collect();
        assert_eq!(
            f.len(),
            4,
            "cjk_cyrillic.tsv:{}: malformed vector {l:?}",
            i + 1
        );
        let ok = match f[0] {
            "pinyin_to_palladius" => pinyin_to_palladius(f[2]) == Some(f[3]),
            "chinese_to_cyrillic" => chinese_to_cyrillic(f[2]).iter().any(|s| s == f[3]),
            "korean_to_cyrillic" => korean_to_cyrillic(f[2], f[1] == "name")
                .iter()
                .any(|s| s == f[3]),
            other => panic!("cjk_cyrillic.tsv:{}: unknown function {other}", i + 1),
        };
        assert!(
            ok,
            "cjk_cyrillic.tsv:{}: {} {:?} does not give {:?}",
            i + 1,
            f[0],
            f[2],
            f[3]
        );
        n += 1;
    }
    assert!(n >= 150, "{n} vectors");
}
