//! Project configuration: `canonym.toml` / `.canonym.toml` found by walking up from the working
//! directory, `--config PATH`, `--no-config`; every key; strict reading (an unknown key is an error
//! naming the file, line and column); `canonym config` names where each value came from.

use crate::util::{s, Output, Sandbox};
use std::path::Path;

/// A project glossary whose one entry is in no bundled glossary.
const NAMES: &str = "[[entry]]\ncanonical = \"Yun Pong Hak\"\nnative = [\"윤봉학\"]\n";

/// Prose with: a generated spelling, a style variant, a misspelling (of the project's entry),
/// and a bundled name in a variant spelling.
const TEXT: &str = "Yun Bong-hak, YUN PONG-HAK and Yun Pong Hag met KIM JONG-UN.\n";

/// A project in `t`: `canonym.toml` (as given), the glossary, and `docs/a.txt`.
fn project(t: &Sandbox, config: &str) {
    t.write("canonym.toml", config);
    t.write("names/house.toml", NAMES);
    t.write("docs/a.txt", TEXT);
}

/// `canonym check --format json` of `docs/a.txt`, run in `dir` (relative to the sandbox).
fn check_in(t: &Sandbox, dir: &str, extra: &[&str]) -> Output {
    let file = if dir == "docs" { "a.txt" } else { "docs/a.txt" };
    let mut args = vec!["check", "--format", "json"];
    args.extend(extra);
    args.push(file);
    t.canonym(&args).in_dir(&t.join(dir)).run()
}

/// The texts found, in order.
fn found(out: &Output) -> Vec<String> {
    out.json_lines()
        .iter()
        .map(|f| format!("{}:{}", s(f, "found"), s(f, "reason")))
        .collect()
}

#[test]
fn a_project_is_checked_from_a_subfolder_with_its_glossaries() {
    let t = Sandbox::new();
    project(&t, "glossaries = [\"names/\"]\n");
    let out = check_in(&t, "docs", &[]);
    out.code(1);
    // The project glossary replaces the bundled ones: KIM JONG-UN is nobody here.
    assert_eq!(
        found(&out),
        [
            "Yun Bong-hak:translit",
            "YUN PONG-HAK:style",
            "Yun Pong Hag:misspelling"
        ]
    );
    // `.canonym.toml` works the same.
    std::fs::rename(t.join("canonym.toml"), t.join(".canonym.toml")).unwrap();
    assert_eq!(found(&check_in(&t, "docs", &[])).len(), 3);
}

#[test]
fn bundled_true_adds_the_bundled_glossaries() {
    let t = Sandbox::new();
    project(&t, "glossaries = [\"names/house.toml\"]\nbundled = true\n");
    let out = check_in(&t, "docs", &[]);
    assert!(
        found(&out).contains(&"KIM JONG-UN:style".to_string()),
        "{:?}",
        found(&out)
    );
    // bundled = false and no glossaries of its own: nothing to match.
    project(&t, "bundled = false\nglossaries = []\n");
    check_in(&t, "docs", &[]).code(0);
}

#[test]
fn generate_false_matches_listed_spellings_only() {
    let t = Sandbox::new();
    project(&t, "glossaries = [\"names/\"]\ngenerate = false\n");
    let out = check_in(&t, ".", &[]);
    // Not a generated spelling any more (at most a near miss).
    assert!(
        !found(&out).contains(&"Yun Bong-hak:translit".to_string()),
        "{:?}",
        found(&out)
    );
    assert!(found(&out).contains(&"YUN PONG-HAK:style".to_string()));
}

#[test]
fn markup_applies_to_files_of_any_extension() {
    let t = Sandbox::new();
    project(&t, "glossaries = [\"names/\"]\nmarkup = \"markdown\"\n");
    t.write("docs/a.txt", "`YUN PONG-HAK` and YUN PONG-HAK\n");
    let out = check_in(&t, "docs", &[]);
    let all = out.json_lines();
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0]["column"], 20);
    // The flag wins over the file.
    let out = check_in(&t, "docs", &["--markup", "plain"]);
    assert_eq!(out.json_lines().len(), 2);
}

#[test]
fn check_accept_exclude_and_fuzzy() {
    let t = Sandbox::new();
    project(
        &t,
        "glossaries = [\"names/\"]\n[check]\naccept = [\"YUN PONG-HAK\"]\nfuzzy = false\nexclude = [\"vendor/**\", \"*.min.txt\", \"/names\"]\n",
    );
    t.write("vendor/lib/b.txt", TEXT);
    t.write("docs/c.min.txt", TEXT);
    let out = t
        .canonym(["check", "--format", "json", "."])
        .in_dir(&t.join("docs"))
        .run();
    out.code(1);
    // Only docs/a.txt (c.min.txt is excluded); the accepted spelling and the misspelling are
    // not reported.
    assert_eq!(found(&out), ["Yun Bong-hak:translit"]);
    let out = t.canonym(["check", "--format", "json", "."]).run();
    let paths: Vec<String> = out
        .json_lines()
        .iter()
        .map(|f| s(f, "path").to_string())
        .collect();
    assert_eq!(paths, ["./docs/a.txt"], "{paths:?}");
    // An excluded file named on the command line is left out too.
    t.canonym(["check", "vendor/lib/b.txt"]).run().code(0);
}

#[test]
fn an_unknown_key_is_an_error_with_its_line_and_column() {
    let t = Sandbox::new();
    project(&t, "glossaries = [\"names/\"]\n[check]\nacept = [\"x\"]\n");
    let out = check_in(&t, "docs", &[]);
    out.code(2);
    let err = out.one_error_line();
    let want = format!(
        "{}:3:1: unknown field `acept`",
        t.join("canonym.toml").display()
    );
    assert!(err.contains(&want), "{err}");
    // A bad value is an error too, where it stands.
    project(&t, "markup = \"rst\"\n");
    let err = check_in(&t, "docs", &[]).one_error_line();
    assert!(
        err.contains("canonym.toml:1:10: unknown markup `rst`"),
        "{err}"
    );
    project(&t, "[lsp]\nseverity = \"loud\"\n");
    let err = check_in(&t, "docs", &[]).one_error_line();
    assert!(
        err.contains("canonym.toml:2:12: unknown severity `loud`"),
        "{err}"
    );
    // --no-config ignores it; commands that need no configuration do not read it.
    check_in(&t, "docs", &["--no-config"]).code(1);
    t.canonym(["translit", "--lang", "ko", "윤봉학"])
        .run()
        .code(0);
}

#[test]
fn config_and_no_config_flags() {
    let t = Sandbox::new();
    project(&t, "bundled = false\nglossaries = []\n");
    t.write("other/canonym.toml", "glossaries = [\"../names/\"]\n");
    // The discovered file matches nothing; --config names another; --no-config goes back to
    // the bundled glossaries.
    check_in(&t, "docs", &[]).code(0);
    let other = t.join("other/canonym.toml");
    let out = check_in(&t, "docs", &["--config", other.to_str().unwrap()]);
    assert_eq!(found(&out).len(), 3);
    let out = check_in(&t, "docs", &["--no-config"]);
    assert_eq!(found(&out), ["KIM JONG-UN:style"]);
    // A --config that does not exist is an error naming it.
    let out = check_in(&t, "docs", &["--config", "nowhere.toml"]);
    out.code(2);
    assert!(
        out.one_error_line().contains("nowhere.toml: cannot read"),
        "{}",
        out.err()
    );
    t.canonym(["check", "--config", "a", "--no-config", "x"])
        .run()
        .code(2);
}

#[test]
fn canonym_config_prints_each_value_and_its_origin() {
    let t = Sandbox::new();
    project(
        &t,
        "glossaries = [\"names/\"]\n[check]\naccept = [\"YUN PONG-HAK\"]\n[lsp]\nseverity = \"hint\"\n",
    );
    let out = t.canonym(["config"]).in_dir(&t.join("docs")).run();
    out.code(0);
    let text = out.out();
    let file = t.join("canonym.toml");
    let file = file.display();
    let names = Path::new(&t.join("names/")).display().to_string();
    for line in [
        format!("# configuration file: {file}"),
        format!("glossaries = [\"{names}\"]  # {file}"),
        "bundled = false  # default".to_string(),
        "generate = true  # default".to_string(),
        "markup = \"auto\"  # default".to_string(),
        format!("accept = [\"YUN PONG-HAK\"]  # {file}"),
        "fuzzy = true  # default".to_string(),
        "fix_fuzzy = false  # default".to_string(),
        format!("severity = \"hint\"  # {file}"),
    ] {
        assert!(text.lines().any(|l| l == line), "{line:?} missing:\n{text}");
    }
    // Flags win, and say so; the output is TOML.
    let out = t
        .canonym(["--no-generate", "-g", "names/house.toml", "config"])
        .run();
    let text = out.out();
    assert!(
        text.contains("generate = false  # command line (--no-generate)"),
        "{text}"
    );
    assert!(text.contains("# command line (-g)"), "{text}");
    let parsed: toml::Value = toml::from_str(&text).expect("canonym config prints TOML");
    assert!(parsed.get("check").is_some_and(toml::Value::is_table));
    let out = t.canonym(["--no-config", "config"]).run();
    assert!(
        out.out().starts_with("# configuration file: none\n"),
        "{}",
        out.out()
    );
}

#[test]
fn fix_fuzzy_in_the_config_applies_the_guesses() {
    let t = Sandbox::new();
    let text = "Dmitri Medvedv met KIM JONG-UN.\n";
    t.write("canonym.toml", "[check]\nfix_fuzzy = true\n");
    t.write("m.txt", text);
    // The key makes --fix and --diff apply the misspelling suggestion, as --fix-fuzzy does...
    let out = t.canonym(["check", "--diff", "m.txt"]).run();
    out.code(1);
    assert!(
        out.out().contains("+Dmitry Medvedev met Kim Jong Un."),
        "{}",
        out.out()
    );
    t.canonym(["check", "--fix", "m.txt"]).run().code(1);
    assert_eq!(t.read("m.txt"), b"Dmitry Medvedev met Kim Jong Un.\n");
    // ...and does not make a plain check an error (it is about fixing).
    t.write("m.txt", text);
    t.canonym(["check", "m.txt"]).run().code(1);
    assert_eq!(t.read("m.txt"), text.as_bytes());
    // The flags win: --no-fuzzy reports no guess, so none is written; --no-config drops the key.
    t.canonym(["check", "--fix", "--no-fuzzy", "m.txt"])
        .run()
        .code(1);
    assert_eq!(t.read("m.txt"), b"Dmitri Medvedv met Kim Jong Un.\n");
    t.write("m.txt", text);
    t.canonym(["--no-config", "check", "--fix", "m.txt"])
        .run()
        .code(1);
    assert_eq!(t.read("m.txt"), b"Dmitri Medvedv met Kim Jong Un.\n");
    // `canonym config` says where the value came from; false in the file keeps guesses out.
    let out = t.canonym(["config"]).run();
    let file = t.join("canonym.toml");
    assert!(
        out.out()
            .lines()
            .any(|l| l == format!("fix_fuzzy = true  # {}", file.display())),
        "{}",
        out.out()
    );
    t.write("canonym.toml", "[check]\nfix_fuzzy = false\n");
    t.write("m.txt", text);
    t.canonym(["check", "--fix", "m.txt"]).run().code(1);
    assert_eq!(t.read("m.txt"), b"Dmitri Medvedv met Kim Jong Un.\n");
    t.canonym(["check", "--fix", "--fix-fuzzy", "m.txt"])
        .run()
        .code(1);
    assert_eq!(t.read("m.txt"), b"Dmitry Medvedev met Kim Jong Un.\n");
    t.canonym(["check", "--fix", "m.txt"]).run().code(0);
    let out = t.canonym(["config"]).run();
    assert!(
        out.out()
            .lines()
            .any(|l| l == format!("fix_fuzzy = false  # {}", file.display())),
        "{}",
        out.out()
    );
}
