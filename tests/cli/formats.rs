//! Every output format on one fixed input, as snapshots (`insta`; the `.snap` files beside this
//! module are the expected output, reviewed when they change): the normalised text, the matches
//! as JSON Lines, record mode, `check`'s diagnostics, JSON findings and diff, `lookup` as text and
//! JSON, and `glossary list --json`. The glossary is written here, so that the snapshots depend on
//! nothing but the format and the matching rules.

use crate::util::Sandbox;

const GLOSSARY: &str = r#"[glossary]
name = "snapshot names"

[[entry]]
id = "kim-jong-un"
canonical = "Kim Jong Un"
lang = "ko"
kind = "person"
native = ["김정은"]
short = ["Kim"]
note = "Leader of North Korea since 2011"

[[entry]]
id = "kim-yo-jong"
canonical = "Kim Yo Jong"
lang = "ko"
kind = "person"
short = ["Kim"]

[[entry]]
id = "vladimir-putin"
canonical = "Vladimir Putin"
lang = "ru"
kind = "person"
native = ["Владимир Путин"]
variants = ["Wladimir Putin"]
short = ["Putin"]

[[entry]]
id = "pyongyang"
canonical = "Pyongyang"
lang = "ko"
kind = "place"
native = ["평양"]
"#;

/// A first line, a name broken across lines, a short form after two entries that share it
/// (ambiguous), a misspelling, native script, CRLF, and a last line without a line end.
const NOTES: &str = "Pyong-yang, Saturday. KIM JONG-UN met Wladimir Putin.\n\
Kim greeted Putin. Kim Yo Jong watched; Kim waved.\n\
김정은 위원장은 평양에서 연설했다.\r\n\
The delegates of KIM JONG\nUN arrived.\n\
\n\
Later, Vladimir Puttin spoke of Pyongyang";

const SECOND: &str = "Wladimir Putin and Kim Yo-jong.\n";

/// A sandbox with the glossary and the two inputs.
fn sandbox() -> Sandbox {
    let t = Sandbox::new();
    t.write("names.toml", GLOSSARY);
    t.write("notes.txt", NOTES);
    t.write("second.txt", SECOND);
    t
}

/// Run canonym with the test glossary and no cache; stdout, after checking the exit code.
fn run(t: &Sandbox, args: &[&str], code: i32) -> String {
    let mut all = vec!["-g", "names.toml", "--no-cache"];
    all.extend(args);
    let out = t.canonym(all).run();
    out.code(code);
    out.out()
}

#[test]
fn normalized_text() {
    let t = sandbox();
    let out = run(&t, &["normalize", "notes.txt", "second.txt"], 0);
    insta::assert_snapshot!(out);
}

#[test]
fn match_lines() {
    let t = sandbox();
    let out = run(
        &t,
        &["normalize", "--format", "jsonl", "notes.txt", "second.txt"],
        0,
    );
    insta::assert_snapshot!(out);
}

#[test]
fn records() {
    let t = sandbox();
    let records: String = [NOTES, SECOND]
        .iter()
        .enumerate()
        .map(|(i, text)| format!("{}\n", serde_json::json!({"id": i, "body": {"text": text}})))
        .collect();
    let mut all = vec!["-g", "names.toml", "--no-cache"];
    all.extend(["normalize", "--jsonl-field", "body.text"]);
    let out = t.canonym(all).stdin(records).run();
    out.code(0);
    insta::assert_snapshot!(out.out());
}

#[test]
fn diagnostics() {
    let t = sandbox();
    let out = run(&t, &["check", "notes.txt", "second.txt"], 1);
    insta::assert_snapshot!(out);
}

#[test]
fn finding_lines() {
    let t = sandbox();
    let out = run(
        &t,
        &["check", "--format", "json", "notes.txt", "second.txt"],
        1,
    );
    insta::assert_snapshot!(out);
}

#[test]
fn unified_diff() {
    let t = sandbox();
    let out = run(&t, &["check", "--diff", "notes.txt", "second.txt"], 1);
    insta::assert_snapshot!(out);
}

#[test]
fn lookup_text() {
    let t = sandbox();
    let queries = [
        "lookup",
        "--explain",
        "Kim Jong-un",
        "Владимир Путин",
        "Vladimir Puttin",
        "Nobody",
    ];
    insta::assert_snapshot!(run(&t, &queries, 1));
}

#[test]
fn lookup_lines() {
    let t = sandbox();
    let queries = [
        "lookup",
        "--json",
        "--explain",
        "Kim Jong-un",
        "Vladimir Puttin",
        "Nobody",
    ];
    insta::assert_snapshot!(run(&t, &queries, 1));
}

#[test]
fn entry_lines() {
    let t = sandbox();
    insta::assert_snapshot!(run(&t, &["glossary", "list", "--json"], 0));
}
