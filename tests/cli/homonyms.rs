//! Homonyms and look-alikes: entries that share a spelling (listed, or folding alike: Kim Yong-su
//! 김용수 and Kim Yŏng-su 김영수, Кузнецев and Кузнецёв, 胡波 and 胡博 both Hu Bo) load with one
//! warning per group; text written exactly as one entry lists a spelling resolves to it, other
//! text is ambiguous (left alone by `normalize`, not reported by `check`, every candidate listed by
//! `lookup`); `homonyms = "error"` and `glossary lint --strict` forbid them again. And glossary
//! diagnostics that scale: at most 20 on stderr for a command, all of them for `glossary lint`,
//! as JSON Lines with `--format json`.

use crate::util::{keys, s, Sandbox};
use serde_json::Value;

/// Korean look-alikes (McCune–Reischauer 용 yong and 영 yŏng), Russian ё written е, and two
/// Chinese people romanised alike.
const LOOKALIKES: &str = r#"[glossary]
lang = "ko"

[[entry]]
id = "kim-yong-su"
canonical = "Kim Yong-su"
native = "김용수"
variants = ["Kim Yong Su"]
kind = "person"

[[entry]]
id = "kim-yong-su-2"
canonical = "Kim Yŏng-su"
native = "김영수"
kind = "person"

[[entry]]
id = "kuznetsev"
canonical = "Кузнецев"
lang = "ru"
kind = "person"

[[entry]]
id = "kuznetsyov"
canonical = "Кузнецёв"
lang = "ru"
kind = "person"

[[entry]]
id = "hu-bo"
canonical = "Hu Bo"
native = "胡波"
lang = "zh"
kind = "person"

[[entry]]
id = "hu-bo-2"
canonical = "Hu Bo"
native = "胡博"
lang = "zh"
kind = "person"
"#;

/// A sandbox holding the look-alike glossary as `names.toml`.
fn sandbox() -> Sandbox {
    let t = Sandbox::new();
    t.write("names.toml", LOOKALIKES);
    t
}

/// The matches of `text` as `normalize --format jsonl` prints them: (text, id or the sorted
/// candidates, match).
fn matches(t: &Sandbox, text: &str) -> Vec<(String, String, String)> {
    let out = t
        .canonym(["-g", "names.toml", "normalize", "--format", "jsonl"])
        .stdin(text)
        .run();
    out.code(0);
    out.json_lines()
        .iter()
        .map(|m| {
            let who = match m["candidates"].as_array() {
                Some(c) => c
                    .iter()
                    .map(|v| v.as_str().unwrap_or("?"))
                    .collect::<Vec<_>>()
                    .join(" "),
                None => s(m, "id").to_string(),
            };
            (s(m, "text").into(), who, s(m, "match").into())
        })
        .collect()
}

fn m(text: &str, who: &str, how: &str) -> (String, String, String) {
    (text.into(), who.into(), how.into())
}

#[test]
fn lookalikes_load_with_one_warning_per_group() {
    let t = sandbox();
    let out = t.canonym(["glossary", "lint", "names.toml"]).run();
    out.code(0);
    let err = out.err();
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 3, "{err}");
    // Each names both places.
    assert!(lines[0].starts_with("warning: names.toml:13:13:"), "{err}");
    assert!(lines[0].contains("names.toml:6:13"), "{err}");
    assert!(
        lines[1].contains("Кузнецёв") && lines[1].contains("Кузнецев"),
        "{err}"
    );
    assert!(
        lines[2].contains("`hu-bo`") && lines[2].contains("`hu-bo-2`"),
        "{err}"
    );
    assert!(
        out.out().contains("names.toml: ok, 6 entries"),
        "{}",
        out.out()
    );
}

#[test]
fn text_written_as_one_entry_lists_it_is_that_entry() {
    let t = sandbox();
    let got = matches(
        &t,
        "Kim Yong-su met Kim Yŏng-su and Kim Yong Su. Кузнецев, Кузнецёв. 胡波, 胡博.\n",
    );
    assert_eq!(
        got,
        [
            m("Kim Yong-su", "kim-yong-su", "exact"),
            m("Kim Yŏng-su", "kim-yong-su-2", "exact"),
            m("Kim Yong Su", "kim-yong-su", "variant"),
            m("Кузнецев", "kuznetsev", "exact"),
            m("Кузнецёв", "kuznetsyov", "exact"),
            m("胡波", "hu-bo", "variant"),
            m("胡博", "hu-bo-2", "variant"),
        ]
    );
    // NFC decides, not the bytes as typed: ŏ as o + combining breve is Kim Yŏng-su.
    let got = matches(&t, "Kim Yo\u{306}ng-su\n");
    assert_eq!(got, [m("Kim Yo\u{306}ng-su", "kim-yong-su-2", "exact")]);
}

#[test]
fn other_text_is_ambiguous_and_left_alone() {
    let t = sandbox();
    let text = "KIM YONG-SU, kim yŏngsu, Kuznetsev? КУЗНЕЦЕВ and Hu Bo.\n";
    let got = matches(&t, text);
    assert_eq!(
        got,
        [
            m("KIM YONG-SU", "kim-yong-su kim-yong-su-2", "ambiguous"),
            m("kim yŏngsu", "kim-yong-su kim-yong-su-2", "ambiguous"),
            m("КУЗНЕЦЕВ", "kuznetsev kuznetsyov", "ambiguous"),
            // The true homonym is ambiguous even written exactly: two entries list it.
            m("Hu Bo", "hu-bo hu-bo-2", "ambiguous"),
        ]
    );
    // normalize leaves them alone, check reports nothing.
    let out = t
        .canonym(["-g", "names.toml", "normalize"])
        .stdin(text)
        .run();
    out.code(0);
    assert_eq!(out.out(), text);
    t.write("in.txt", text);
    let out = t
        .canonym(["-g", "names.toml", "check", "--format", "json", "in.txt"])
        .run();
    out.code(0);
    assert!(out.out().is_empty(), "{}", out.out());
    // A variant written exactly as listed is replaced by its own entry's canonical form.
    let out = t
        .canonym(["-g", "names.toml", "normalize"])
        .stdin("Kim Yong Su\n")
        .run();
    assert_eq!(out.out(), "Kim Yong-su\n");
}

/// The entries of a `lookup --json` line, with their scores.
fn hits(v: &Value) -> Vec<(String, f64)> {
    v["matches"]
        .as_array()
        .expect("matches")
        .iter()
        .map(|m| (s(m, "id").to_string(), m["score"].as_f64().expect("score")))
        .collect()
}

#[test]
fn lookup_lists_every_candidate_exact_first() {
    let t = sandbox();
    let out = t
        .canonym([
            "-g",
            "names.toml",
            "lookup",
            "--json",
            "Kim Yŏng-su",
            "Kim Yong-su",
            "KIM YONG SU",
            "Hu Bo",
        ])
        .run();
    out.code(0);
    let lines = out.json_lines();
    assert_eq!(lines.len(), 4);
    // Exact: that entry first, the look-alike after it, lower.
    for (line, first, second) in [
        (&lines[0], "kim-yong-su-2", "kim-yong-su"),
        (&lines[1], "kim-yong-su", "kim-yong-su-2"),
    ] {
        let h = hits(line);
        assert_eq!(h.len(), 2, "{line}");
        assert_eq!(
            (h[0].0.as_str(), h[1].0.as_str()),
            (first, second),
            "{line}"
        );
        assert!(h[0].1 > h[1].1, "{line}");
        assert_eq!(keys(line), ["query", "matches"], "{line}");
    }
    // Neither exact: both, with equal scores, and the answer says it is ambiguous.
    for (line, want) in [
        (&lines[2], ["kim-yong-su", "kim-yong-su-2"]),
        (&lines[3], ["hu-bo", "hu-bo-2"]),
    ] {
        let h = hits(line);
        assert_eq!(h.len(), 2, "{line}");
        assert_eq!(h[0].1, h[1].1, "{line}");
        assert_eq!(
            keys(line),
            ["query", "matches", "ambiguous", "candidates"],
            "{line}"
        );
        assert_eq!(line["ambiguous"], Value::Bool(true));
        assert_eq!(line["candidates"], serde_json::json!(want), "{line}");
    }
    // The text report lists both, the exact one first.
    let out = t
        .canonym(["-g", "names.toml", "lookup", "Kim Yŏng-su"])
        .run();
    let text = out.out();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(lines[0].contains("[kim-yong-su-2]"), "{text}");
    assert!(lines[1].contains("[kim-yong-su]"), "{text}");
}

#[test]
fn homonyms_error_in_the_file_or_strict_lint_forbids_them() {
    let t = Sandbox::new();
    let strict = LOOKALIKES.replace("lang = \"ko\"\n", "lang = \"ko\"\nhomonyms = \"error\"\n");
    t.write("strict.toml", &strict);
    let out = t.canonym(["glossary", "lint", "strict.toml"]).run();
    out.code(2);
    let err = out.err();
    let problems: Vec<&str> = err
        .lines()
        .filter(|l| !l.starts_with("canonym: "))
        .collect();
    assert_eq!(problems.len(), 3, "{err}");
    // Both locations.
    assert!(problems[0].starts_with("strict.toml:14:13:"), "{err}");
    assert!(problems[0].contains("strict.toml:7:13"), "{err}");
    // A command refuses it too.
    let out = t
        .canonym(["-g", "strict.toml", "normalize"])
        .stdin("Kim Yong-su\n")
        .run();
    out.code(2);
    assert!(out.err().contains("3 problems"), "{}", out.err());
    // `--strict` says the same of a file that allows them.
    let t = sandbox();
    let out = t
        .canonym(["glossary", "lint", "--strict", "names.toml"])
        .run();
    out.code(2);
    assert!(out.err().contains("names.toml:13:13:"), "{}", out.err());
    assert!(out.err().contains("names.toml:6:13"), "{}", out.err());
    // And duplicate ids stay errors.
    t.write(
        "dup.toml",
        "[[entry]]\nid = \"hu-bo\"\ncanonical = \"Hu Bo\"\n[[entry]]\nid = \"hu-bo\"\ncanonical = \"Hu Bo\"\n",
    );
    let out = t.canonym(["glossary", "lint", "dup.toml"]).run();
    out.code(2);
    assert!(out.err().contains("duplicate id `hu-bo`"), "{}", out.err());
}

/// A glossary of `n` entries, each with an invalid language tag (one problem each).
fn many_problems(n: usize) -> String {
    let mut text = String::new();
    for i in 0..n {
        text.push_str(&format!(
            "[[entry]]\nid = \"name-{i}\"\ncanonical = \"Name {i}\"\nlang = \"Korean\"\n\n"
        ));
    }
    text
}

#[test]
fn thousands_of_problems_print_twenty_then_how_many_more() {
    let t = Sandbox::new();
    t.write("big.toml", many_problems(3000));
    let out = t
        .canonym(["-g", "big.toml", "normalize"])
        .stdin("Name 1\n")
        .run();
    out.code(2);
    let err = out.err();
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 22, "{}", &err[..err.len().min(2000)]);
    assert_eq!(
        lines[0],
        "canonym: error: cannot load the glossary: 3000 problems"
    );
    for (k, l) in lines[1..21].iter().enumerate() {
        let want = format!("big.toml:{}:8: invalid language tag `Korean`", 5 * k + 4);
        assert!(l.starts_with(&want), "{l}");
    }
    assert_eq!(
        lines[21],
        "... and 2980 more (canonym glossary lint big.toml lists them all)"
    );
    // `glossary lint` lists them all, one a line.
    let out = t.canonym(["glossary", "lint", "big.toml"]).run();
    out.code(2);
    let err = out.err();
    assert_eq!(err.lines().count(), 3001);
    assert!(err
        .lines()
        .take(3000)
        .all(|l| l.starts_with("big.toml:") && l.contains("Korean")));
    assert_eq!(
        err.lines().last(),
        Some("canonym: error: 3000 problems found")
    );
}

#[test]
fn lint_json_lines() {
    let t = sandbox();
    t.write("big.toml", many_problems(50));
    let out = t
        .canonym([
            "glossary",
            "lint",
            "--format",
            "json",
            "big.toml",
            "names.toml",
        ])
        .run();
    out.code(2);
    let lines = out.json_lines();
    assert_eq!(lines.len(), 53, "{}", out.out());
    for l in &lines {
        assert_eq!(
            keys(l),
            ["path", "line", "column", "severity", "message", "help"],
            "{l}"
        );
    }
    let first = &lines[0];
    assert_eq!(
        (
            s(first, "path"),
            first["line"].as_u64(),
            first["column"].as_u64()
        ),
        ("big.toml", Some(4), Some(8))
    );
    assert_eq!(s(first, "severity"), "error");
    assert!(s(first, "message").contains("Korean"), "{first}");
    assert!(s(first, "help").contains("BCP 47"), "{first}");
    // The warnings of the other file follow, as warnings.
    let warnings: Vec<&Value> = lines
        .iter()
        .filter(|l| s(l, "severity") == "warning")
        .collect();
    assert_eq!(warnings.len(), 3);
    assert!(warnings.iter().all(|w| s(w, "path") == "names.toml"));
    // Valid files: warnings only, exit 0.
    let out = t
        .canonym(["glossary", "lint", "--format", "json", "names.toml"])
        .run();
    out.code(0);
    assert_eq!(out.json_lines().len(), 3);
    assert!(out.err().is_empty(), "{}", out.err());
}
