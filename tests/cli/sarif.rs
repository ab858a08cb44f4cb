//! `check --format sarif`: one SARIF 2.1.0 log per run, validated against the OASIS schema
//! (`tests/data/sarif/`, see its README for the source) and checked against what GitHub code
//! scanning requires (GitHub Docs, "SARIF support for code scanning": `$schema`, `version`,
//! `tool.driver.name` and `rules` with `id`, `shortDescription.text`, `fullDescription.text`,
//! `help.text`; results with `message.text`, a location with `artifactLocation.uri` and a region
//! with start and end line and column, `partialFingerprints`). Every result is compared with the
//! same finding in `check --format json`, which is tested on its own.

use crate::util::{n, s, shared, Output, Sandbox, MANIFEST_DIR};
use serde_json::Value;
use std::collections::HashSet;
use std::ffi::OsString;
use std::path::Path;

/// The OASIS SARIF 2.1.0 schema (Errata 01), as checked in.
fn schema() -> Value {
    let path = Path::new(MANIFEST_DIR).join("tests/data/sarif/sarif-schema-2.1.0.json");
    let text = std::fs::read_to_string(&path).expect("the SARIF schema is checked in");
    serde_json::from_str(&text).expect("the SARIF schema is JSON")
}

/// The schema's complaints about `log`, one per line (empty when valid).
fn schema_errors(log: &Value) -> Vec<String> {
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema())
        .expect("the SARIF schema compiles");
    validator
        .iter_errors(log)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect()
}

/// stdout parsed as one JSON document, valid against the schema.
#[track_caller]
fn valid_log(out: &Output) -> Value {
    let log: Value = serde_json::from_str(&out.out())
        .unwrap_or_else(|e| panic!("not one JSON document ({e}):\n{}", out.out()));
    let errors = schema_errors(&log);
    assert!(errors.is_empty(), "invalid SARIF:\n{}", errors.join("\n"));
    log
}

/// `check --format sarif PATH` in `t`, exiting with `code`: its log, valid against the schema.
#[track_caller]
fn sarif(t: &Sandbox, path: &str, code: i32) -> Value {
    let out = t.canonym(["check", "--format", "sarif", path]).run();
    out.code(code);
    valid_log(&out)
}

/// A result's region: start line, start column, end line, end column.
#[track_caller]
fn region(result: &Value) -> [usize; 4] {
    let g = &result["locations"][0]["physicalLocation"]["region"];
    [
        n(g, "startLine"),
        n(g, "startColumn"),
        n(g, "endLine"),
        n(g, "endColumn"),
    ]
}

/// The non-empty string at `pointer`.
#[track_caller]
fn text<'a>(v: &'a Value, pointer: &str) -> &'a str {
    let t = v
        .pointer(pointer)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("no string at {pointer} in {v}"));
    assert!(!t.is_empty(), "empty {pointer} in {v}");
    t
}

/// The parts GitHub requires, and canonym's own promises, checked on the whole log.
#[track_caller]
fn check_shape(log: &Value) {
    assert_eq!(log["version"], "2.1.0");
    assert!(text(log, "/$schema").starts_with("https://"));
    let runs = log["runs"].as_array().expect("runs");
    assert_eq!(runs.len(), 1, "one run per log");
    let run = &runs[0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "canonym");
    assert!(text(driver, "/version").starts_with(env!("CARGO_PKG_VERSION")));
    let rules = driver["rules"].as_array().expect("rules");
    let ids: Vec<&str> = rules.iter().map(|r| text(r, "/id")).collect();
    assert_eq!(ids, ["style", "variant", "translit", "misspelling"]);
    for r in rules {
        for p in [
            "/shortDescription/text",
            "/fullDescription/text",
            "/help/text",
        ] {
            assert!(text(r, p).len() <= 1024, "GitHub's limit: {p} of {r}");
        }
        let level = text(r, "/defaultConfiguration/level");
        assert!(["note", "warning", "error"].contains(&level), "{r}");
    }
    let srcroot = text(run, "/originalUriBaseIds/%SRCROOT%/uri");
    assert!(srcroot.starts_with("file:///") && srcroot.ends_with('/'));
    for r in run["results"].as_array().expect("results") {
        let index = n(r, "ruleIndex");
        assert_eq!(r["ruleId"], rules[index]["id"], "{r}");
        assert_eq!(r["level"], rules[index]["defaultConfiguration"]["level"]);
        text(r, "/message/text");
        text(r, "/partialFingerprints/primaryLocationLineHash");
        let locations = r["locations"].as_array().expect("locations");
        assert_eq!(locations.len(), 1);
        let physical = &locations[0]["physicalLocation"];
        text(physical, "/artifactLocation/uri");
        let region = &physical["region"];
        for k in ["startLine", "startColumn", "endLine", "endColumn"] {
            assert!(n(region, k) >= 1, "{k} of {r}");
        }
        let change = &r["fixes"][0]["artifactChanges"][0];
        assert_eq!(change["artifactLocation"], physical["artifactLocation"]);
        assert_eq!(change["replacements"][0]["deletedRegion"], *region);
    }
}

/// Each result against the JSON finding at the same position: the same file, region,
/// replacement and reason; the message names the house-style form and the entry.
#[track_caller]
fn same_as_json(log: &Value, findings: &[Value], uri_of: impl Fn(&str) -> String) {
    let results = log["runs"][0]["results"].as_array().expect("results");
    assert_eq!(results.len(), findings.len(), "one result per finding");
    for (r, f) in results.iter().zip(findings) {
        let physical = &r["locations"][0]["physicalLocation"];
        assert_eq!(
            physical["artifactLocation"]["uri"],
            uri_of(s(f, "path")),
            "{r}"
        );
        assert_eq!(physical["artifactLocation"]["uriBaseId"], "%SRCROOT%");
        let want = [
            n(f, "line"),
            n(f, "column"),
            n(f, "end_line"),
            n(f, "end_column"),
        ];
        assert_eq!(region(r), want, "{r}\n{f}");
        assert_eq!(r["ruleId"], f["reason"]);
        let replacement = s(f, "replacement");
        let inserted = &r["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"];
        assert_eq!(inserted["text"], replacement);
        let message = text(r, "/message/text");
        assert!(message.contains(&format!("\"{replacement}\"")), "{message}");
        assert!(message.contains(s(f, "id")), "{message}");
    }
}

/// No two results share a file and a fingerprint.
#[track_caller]
fn fingerprints_unique(log: &Value) {
    let mut seen = HashSet::new();
    for r in log["runs"][0]["results"].as_array().expect("results") {
        let key = (
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].to_string(),
            text(r, "/partialFingerprints/primaryLocationLineHash").to_string(),
        );
        assert!(seen.insert(key.clone()), "duplicate fingerprint {key:?}");
    }
}

#[test]
fn the_schema_rejects_what_it_should() {
    // Without this, a validator that accepted everything would pass every test below.
    let t = Sandbox::new();
    t.write("a.txt", "We met KIM JONG-UN.\n");
    let log = sarif(&t, "a.txt", 1);
    let broken: [(&str, Value); 3] = [
        ("/version", Value::from("2.0.0")),
        (
            "/runs/0/results/0/locations/0/physicalLocation/region/startLine",
            Value::from(0),
        ),
        ("/runs/0/columnKind", Value::from("bytes")),
    ];
    for (pointer, value) in broken {
        let mut bad = log.clone();
        *bad.pointer_mut(pointer).expect(pointer) = value;
        assert!(!schema_errors(&bad).is_empty(), "{pointer} accepted");
    }
}

/// The parade with its names spelt as other systems and other papers spell them (each checked
/// with `canonym lookup` to resolve to the parade's own entry).
fn respelled_parade() -> String {
    let parade = std::fs::read_to_string(shared("samples/parade.txt")).expect("read the parade");
    let pairs = [
        ("Kim Jong Un", "Kim Chŏng-ŭn"),
        ("Vladimir Putin", "Wladimir Putin"),
        ("Pyongyang", "P'yŏngyang"),
        ("Xi Jinping", "Hsi Chin-p'ing"),
        ("Kim Il Sung", "KIM IL-SUNG"),
        ("Moscow", "Moskva"),
        ("Beijing", "Peking"),
    ];
    let mut text = parade.clone();
    for (from, to) in pairs {
        assert!(parade.contains(from), "the parade names {from}");
        text = text.replace(from, to);
    }
    text
}

#[test]
fn the_parade_with_the_bundled_glossaries_is_a_valid_log() {
    let t = Sandbox::new();
    // As written, the parade is house style: a log with no results.
    let parade = std::fs::read(shared("samples/parade.txt")).expect("read the parade");
    t.write("parade.txt", &parade);
    let log = sarif(&t, "parade.txt", 0);
    check_shape(&log);
    assert_eq!(log["runs"][0]["results"], Value::Array(Vec::new()));
    // Respelled, every name is a result.
    t.write("parade.txt", respelled_parade());
    let log = sarif(&t, "parade.txt", 1);
    check_shape(&log);
    let json = t.canonym(["check", "--format", "json", "parade.txt"]).run();
    json.code(1);
    let findings = json.json_lines();
    assert!(
        findings.len() >= 9,
        "the parade has many names: {findings:?}"
    );
    same_as_json(&log, &findings, str::to_string);
    fingerprints_unique(&log);
    let reasons: HashSet<&str> = findings.iter().map(|f| s(f, "reason")).collect();
    assert!(reasons.len() >= 2, "{reasons:?}");
}

#[test]
fn a_directory_of_several_files_is_one_log_with_encoded_relative_uris() {
    let t = Sandbox::new();
    t.write("docs/a b.txt", "Kim Jong-un spoke.\n");
    t.write("docs/ru/Путин.md", "Wladimir Putin and KIM JONG UN.\n");
    t.write("docs/clean.txt", "Nothing to see.\n");
    t.write("docs/100%.txt", "Hsi Chin-p'ing\n");
    let log = sarif(&t, "docs", 1);
    check_shape(&log);
    let json = t.canonym(["check", "--format", "json", "docs"]).run();
    let findings = json.json_lines();
    // RFC 3986 §2.1: a space is %20, `%` is %25, each UTF-8 byte of Cyrillic is %XX.
    let encoded = |path: &str| {
        path.replace('%', "%25")
            .replace(' ', "%20")
            .replace("Путин", "%D0%9F%D1%83%D1%82%D0%B8%D0%BD")
    };
    same_as_json(&log, &findings, encoded);
    let uris: HashSet<&str> = log["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|r| text(r, "/locations/0/physicalLocation/artifactLocation/uri"))
        .collect();
    let want: HashSet<&str> = [
        "docs/a%20b.txt",
        "docs/ru/%D0%9F%D1%83%D1%82%D0%B8%D0%BD.md",
        "docs/100%25.txt",
    ]
    .into();
    assert_eq!(uris, want);
    fingerprints_unique(&log);
}

#[test]
fn columns_count_code_points_in_every_script() {
    // SARIF 2.1.0 §3.14.25 (columnKind unicodeCodePoints): an emoji (two UTF-16 units, four
    // bytes), Hangul (three bytes) and a combining mark (its own code point) each count one.
    let t = Sandbox::new();
    let line = "😀 김정은 e\u{301} — KIM JONG-UN";
    t.write("notes.txt", format!("first\n{line}\n"));
    let log = sarif(&t, "notes.txt", 1);
    let regions: Vec<[usize; 4]> = log["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(region)
        .collect();
    let at = |needle: &str| line[..line.find(needle).expect(needle)].chars().count() + 1;
    let kim = at("KIM");
    assert!(
        regions.contains(&[2, at("김정은"), 2, at("김정은") + 3]),
        "{regions:?}"
    );
    assert!(
        regions.contains(&[2, kim, 2, kim + "KIM JONG-UN".len()]),
        "{regions:?}"
    );
}

#[test]
fn a_clean_run_is_a_log_with_no_results() {
    let t = Sandbox::new();
    t.write("clean.txt", "Kim Jong Un met Vladimir Putin.\n");
    let log = sarif(&t, "clean.txt", 0);
    check_shape(&log);
    assert_eq!(log["runs"][0]["results"], Value::Array(Vec::new()));
}

#[test]
fn fingerprints_survive_lines_moving_and_tell_repeats_apart() {
    let t = Sandbox::new();
    let body = "We met KIM JONG-UN.\nWe met KIM JONG-UN.\nKIM JONG-UN, KIM JONG-UN.\n";
    t.write("a.txt", body);
    let prints = |t: &Sandbox| -> Vec<String> {
        let log = sarif(t, "a.txt", 1);
        fingerprints_unique(&log);
        log["runs"][0]["results"]
            .as_array()
            .expect("results")
            .iter()
            .map(|r| text(r, "/partialFingerprints/primaryLocationLineHash").to_string())
            .collect()
    };
    let before = prints(&t);
    assert_eq!(before.len(), 4);
    // The same line twice: the same hash, told apart by its occurrence.
    let hash = |p: &str| p.split_once(':').expect("hash:occurrence").0.to_string();
    assert_eq!(hash(&before[0]), hash(&before[1]));
    assert_ne!(before[0], before[1]);
    assert_ne!(hash(&before[0]), hash(&before[2]));
    t.write("a.txt", format!("A new first line.\n\n{body}"));
    assert_eq!(prints(&t), before, "lines moved down; identities stay");
}

#[test]
fn files_outside_the_working_directory_get_absolute_file_uris() {
    // Two sandboxes: the run's working directory, and another directory beside it.
    let (work, elsewhere) = (Sandbox::new(), Sandbox::new());
    let outside = elsewhere.write("x y.txt", "KIM JONG-UN\n");
    let args: [OsString; 4] = [
        "check".into(),
        "--format".into(),
        "sarif".into(),
        outside.into(),
    ];
    let out = work.canonym(args).run();
    out.code(1);
    let log = valid_log(&out);
    let location = &log["runs"][0]["results"][0]["locations"][0]["physicalLocation"];
    let uri = text(location, "/artifactLocation/uri");
    let name = elsewhere
        .path()
        .file_name()
        .expect("a name")
        .to_string_lossy();
    assert!(uri.starts_with("file:///"), "{uri}");
    assert!(uri.ends_with(&format!("/{name}/x%20y.txt")), "{uri}");
    assert!(location["artifactLocation"].get("uriBaseId").is_none());
}

#[test]
fn standard_input_has_no_uri_but_a_description() {
    let t = Sandbox::new();
    let out = t
        .canonym(["check", "--format", "sarif", "-"])
        .stdin("KIM JONG-UN\n")
        .run();
    out.code(1);
    let log = valid_log(&out);
    let artifact =
        &log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"];
    assert!(artifact.get("uri").is_none(), "{artifact}");
    text(artifact, "/description/text");
}
