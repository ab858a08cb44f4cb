//! The cross-romanisation development set (tests/data/devset): every spelling is looked up with
//! `canonym lookup --json` against a glossary of canonical and native forms only, and accuracy is
//! reported per class. Negatives must all resolve to nothing; every other class must reach 95%.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

struct Case {
    class: String,
    spelling: String,
    expected: Option<String>,
}

fn cases(root: &Path) -> Vec<Case> {
    let text = std::fs::read_to_string(root.join("tests/data/devset/cases.tsv"))
        .expect("cases.tsv is readable");
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), 3, "malformed case line: {l:?}");
            Case {
                class: f[0].to_string(),
                spelling: f[1].to_string(),
                expected: (f[2] != "none").then(|| f[2].to_string()),
            }
        })
        .collect()
}

/// What a lookup resolved to: the single best non-fuzzy entry (a tie at the top is no answer),
/// or for typos the best entry of any kind.
fn resolved(v: &serde_json::Value, allow_fuzzy: bool) -> Option<String> {
    let matches = v["matches"].as_array()?;
    let usable: Vec<&serde_json::Value> = matches
        .iter()
        .filter(|m| allow_fuzzy || m["match"] != "fuzzy")
        .collect();
    let top = usable.first()?;
    let tie = usable
        .iter()
        .skip(1)
        .any(|m| m["score"] == top["score"] && m["id"] != top["id"]);
    if tie {
        return None;
    }
    top["id"].as_str().map(str::to_string)
}

#[test]
fn devset_accuracy_per_class() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cases = cases(root);
    assert!(
        cases.len() >= 400,
        "the development set has {} cases",
        cases.len()
    );
    let out = Command::new(env!("CARGO_BIN_EXE_canonym"))
        .env_remove("CANONYM_GLOSSARY")
        .arg("-g")
        .arg(root.join("tests/data/devset/glossary.toml"))
        .args(["lookup", "--json", "--explain"])
        .args(cases.iter().map(|c| &c.spelling))
        .output()
        .expect("canonym runs");
    let stdout = String::from_utf8(out.stdout).expect("UTF-8 output");
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    assert_eq!(
        lines.len(),
        cases.len(),
        "one line per query; stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );

    let mut per_class: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut misses: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for (c, v) in cases.iter().zip(&lines) {
        assert_eq!(v["query"], c.spelling.as_str());
        let got = if c.class == "negative" {
            // A negative must not resolve to anything but suggestions.
            v["matches"]
                .as_array()
                .into_iter()
                .flatten()
                .find(|m| m["match"] != "fuzzy")
                .map(|m| m["id"].to_string())
        } else {
            resolved(v, c.class == "typo")
        };
        let ok = got == c.expected;
        let e = per_class.entry(&c.class).or_default();
        e.0 += 1;
        e.1 += ok as usize;
        if !ok {
            misses.entry(&c.class).or_default().push(format!(
                "    {:?} expected {:?}, got {:?}: {}",
                c.spelling, c.expected, got, v["matches"]
            ));
        }
    }
    println!(
        "\ncross-romanisation development set ({} cases)",
        cases.len()
    );
    println!(
        "{:<18} {:>6} {:>8} {:>9}",
        "class", "cases", "correct", "accuracy"
    );
    let mut failed = Vec::new();
    for (class, (n, ok)) in &per_class {
        let acc = *ok as f64 / *n as f64 * 100.0;
        println!("{class:<18} {n:>6} {ok:>8} {acc:>8.1}%");
        let floor = if *class == "negative" { 100.0 } else { 95.0 };
        if acc < floor {
            failed.push(format!("{class}: {acc:.1}% < {floor}%"));
        }
    }
    for (class, m) in &misses {
        println!("misses in {class}:");
        for line in m.iter().take(40) {
            println!("{line}");
        }
    }
    assert!(failed.is_empty(), "classes below their floor: {failed:?}");
}
