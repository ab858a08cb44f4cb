//! `canonym glossary lint` (every kind of problem, reported as `path:line:col: message (help: ...)`,
//! exit 2) and `glossary list`, plus where glossaries come from: `-g` beats `CANONYM_GLOSSARY`
//! beats the bundled ones.

use crate::util::{bundled_dir, s, Output, Sandbox};

/// Lint `files` (written first) and return the run.
fn lint(t: &Sandbox, files: &[(&str, &[u8])]) -> Output {
    for (name, text) in files {
        t.write(name, text);
    }
    t.canonym(
        ["glossary", "lint"]
            .into_iter()
            .chain(files.iter().map(|f| f.0)),
    )
    .run()
}

/// The problem lines of a lint run (the summary line excluded), each checked for the
/// `path:line:col: message (help: ...)` shape.
#[track_caller]
fn problems(out: &Output) -> Vec<String> {
    out.code(2);
    let err = out.err();
    let lines: Vec<String> = err
        .lines()
        .filter(|l| !l.starts_with("canonym: ") && !l.starts_with("warning: "))
        .map(str::to_string)
        .collect();
    assert!(!lines.is_empty(), "no problem reported:\n{err}");
    assert!(!err.contains("panicked"), "{err}");
    for l in &lines {
        let mut parts = l.splitn(4, ':');
        let (path, line, col) = (parts.next(), parts.next(), parts.next());
        assert!(path.is_some_and(|p| p.ends_with(".toml")), "no path: {l}");
        assert!(
            line.is_some_and(|x| x.parse::<usize>().is_ok_and(|v| v > 0)),
            "no line: {l}"
        );
        assert!(
            col.is_some_and(|x| x.parse::<usize>().is_ok_and(|v| v > 0)),
            "no column: {l}"
        );
        assert!(l.contains(" (help: ") && l.ends_with(')'), "no help: {l}");
    }
    lines
}

#[test]
fn valid_file_lints_clean() {
    let t = Sandbox::new();
    let out = lint(
        &t,
        &[(
            "ok.toml",
            b"[glossary]\nname = \"Test\"\nlang = \"ko\"\n\n[[entry]]\ncanonical = \"Alpha Beta\"\nkind = \"person\"\nnative = \"\xea\xb0\x80\xeb\x82\x98\"\nvariants = [\"Alfa Beta\"]\nshort = [\"Alpha\"]\n",
        )],
    );
    out.code(0);
    assert!(out.err().is_empty(), "{}", out.err());
    assert!(out.out().contains("ok.toml"), "{}", out.out());
    assert!(out.out().contains('1'), "{}", out.out());
}

#[test]
fn bad_toml_syntax() {
    let t = Sandbox::new();
    let out = lint(
        &t,
        &[("syntax.toml", b"[[entry]]\ncanonical = \"A\"\nid = \n")],
    );
    let p = problems(&out);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].starts_with("syntax.toml:3:"), "{}", p[0]);
}

#[test]
fn unknown_key_is_named_with_its_line() {
    let t = Sandbox::new();
    let out = lint(
        &t,
        &[(
            "unknown.toml",
            b"[[entry]]\ncanonical = \"Alpha Beta\"\nvarients = [\"AB\"]\n",
        )],
    );
    let p = problems(&out);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].starts_with("unknown.toml:3:1: "), "{}", p[0]);
    assert!(p[0].contains("varients"), "{}", p[0]);
}

#[test]
fn unknown_key_in_the_header_table() {
    let t = Sandbox::new();
    let out = lint(
        &t,
        &[("hdr.toml", b"[glossary]\nname = \"X\"\nlanguage = \"ko\"\n")],
    );
    let p = problems(&out);
    assert!(p[0].starts_with("hdr.toml:3:"), "{}", p[0]);
    assert!(p[0].contains("language"), "{}", p[0]);
}

#[test]
fn wrong_type() {
    let t = Sandbox::new();
    let out = lint(
        &t,
        &[(
            "type.toml",
            b"[[entry]]\ncanonical = \"Alpha Beta\"\nvariants = 5\n",
        )],
    );
    let p = problems(&out);
    assert!(p[0].starts_with("type.toml:3:"), "{}", p[0]);
    assert!(p[0].contains("type"), "{}", p[0]);
}

#[test]
fn wrong_kind_value() {
    let t = Sandbox::new();
    let out = lint(
        &t,
        &[(
            "kind.toml",
            b"[[entry]]\ncanonical = \"Alpha Beta\"\nkind = \"city\"\n",
        )],
    );
    let p = problems(&out);
    assert!(p[0].starts_with("kind.toml:3:"), "{}", p[0]);
    assert!(p[0].contains("city"), "{}", p[0]);
}

#[test]
fn missing_canonical() {
    let t = Sandbox::new();
    let out = lint(
        &t,
        &[(
            "missing.toml",
            b"[glossary]\nname = \"x\"\n[[entry]]\nid = \"x\"\nvariants = [\"AB\"]\n",
        )],
    );
    let p = problems(&out);
    assert!(p[0].contains("canonical"), "{}", p[0]);
    assert!(p[0].starts_with("missing.toml:"), "{}", p[0]);
}

#[test]
fn duplicate_id_across_files_names_both_locations() {
    let t = Sandbox::new();
    let out = lint(
        &t,
        &[
            (
                "d1.toml",
                b"[[entry]]\nid = \"dup\"\ncanonical = \"Alpha One\"\n",
            ),
            (
                "d2.toml",
                b"\n[[entry]]\nid = \"dup\"\ncanonical = \"Beta Two\"\n",
            ),
        ],
    );
    let p = problems(&out);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].starts_with("d2.toml:3:"), "{}", p[0]);
    assert!(p[0].contains("dup"), "{}", p[0]);
    // The first definition: `d1.toml:LINE:COL` on the entry's id or canonical line.
    assert!(
        p[0].contains("d1.toml:2:") || p[0].contains("d1.toml:3:"),
        "first location not named: {}",
        p[0]
    );
}

/// Lint `files` (written first) with `--strict`: a shared spelling is an error.
fn lint_strict(t: &Sandbox, files: &[(&str, &[u8])]) -> Output {
    for (name, text) in files {
        t.write(name, text);
    }
    t.canonym(
        ["glossary", "lint", "--strict"]
            .into_iter()
            .chain(files.iter().map(|f| f.0)),
    )
    .run()
}

#[test]
fn spelling_claimed_by_two_entries() {
    let t = Sandbox::new();
    let files: &[(&str, &[u8])] = &[(
        "claim.toml",
        b"[[entry]]\ncanonical = \"Li Na\"\n[[entry]]\ncanonical = \"Lina Lee\"\nvariants = [\"LI-NA\"]\n",
    )];
    // Homonyms load, with a warning; `--strict` makes them an error.
    let out = lint(&t, files);
    out.code(0);
    assert!(
        out.err().starts_with("warning: claim.toml:5:"),
        "{}",
        out.err()
    );
    let out = lint_strict(&t, files);
    let p = problems(&out);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].starts_with("claim.toml:5:"), "{}", p[0]);
    assert!(p[0].contains("LI-NA"), "{}", p[0]);
    assert!(
        p[0].contains("claim.toml:2:"),
        "other claimant not named: {}",
        p[0]
    );
}

#[test]
fn spelling_claimed_across_files() {
    let t = Sandbox::new();
    let out = lint_strict(
        &t,
        &[
            ("a.toml", b"[[entry]]\ncanonical = \"Pyongyang\"\n"),
            (
                "b.toml",
                b"[[entry]]\ncanonical = \"Other Place\"\nvariants = [\"PYONGYANG\"]\n",
            ),
        ],
    );
    let p = problems(&out);
    assert!(p[0].starts_with("b.toml:3:"), "{}", p[0]);
    assert!(p[0].contains("a.toml:2:"), "{}", p[0]);
}

#[test]
fn invalid_language_tag() {
    let t = Sandbox::new();
    let out = lint(
        &t,
        &[
            (
                "lang.toml",
                b"[[entry]]\ncanonical = \"Alpha Beta\"\nlang = \"Korean\"\n",
            ),
            ("upper.toml", b"[glossary]\nlang = \"KO\"\n"),
        ],
    );
    let p = problems(&out);
    assert_eq!(p.len(), 2, "{p:?}");
    assert!(p[0].starts_with("lang.toml:3:"), "{}", p[0]);
    assert!(p[0].contains("Korean"), "{}", p[0]);
    assert!(p[1].starts_with("upper.toml:2:"), "{}", p[1]);
}

#[test]
fn empty_file_is_valid_with_no_entries() {
    let t = Sandbox::new();
    let out = lint(&t, &[("empty.toml", b"")]);
    out.code(0);
    assert!(out.out().contains("empty.toml"), "{}", out.out());
    assert!(out.out().contains('0'), "{}", out.out());
}

#[test]
fn invalid_utf8_glossary_names_the_byte_offset() {
    let t = Sandbox::new();
    let out = lint(
        &t,
        &[("utf.toml", b"[[entry]]\ncanonical = \"Al\xffpha\"\n")],
    );
    let p = problems(&out);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].starts_with("utf.toml:2:"), "{}", p[0]);
    assert!(p[0].contains("UTF-8"), "{}", p[0]);
    assert!(p[0].contains("byte 25"), "{}", p[0]);
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let t = Sandbox::new();
    let out = lint(
        &t,
        &[
            (
                "a.toml",
                b"[[entry]]\ncanonical = \"Alpha Beta\"\nlang = \"xx-\"\n",
            ),
            ("b.toml", b"[[entry]]\ncanonical = \"Gamma\"\nnope = 1\n"),
        ],
    );
    let p = problems(&out);
    assert_eq!(p.len(), 2, "{p:?}");
    assert!(out
        .err()
        .lines()
        .last()
        .is_some_and(|l| l.starts_with("canonym: error:")));
}

#[test]
fn a_directory_of_files() {
    let t = Sandbox::new();
    t.write("good/a.toml", "[[entry]]\ncanonical = \"Alpha Beta\"\n");
    t.write("good/b.toml", "[[entry]]\ncanonical = \"Gamma Delta\"\n");
    t.write("good/readme.txt", "not a glossary = [\n");
    let out = t.canonym(["glossary", "lint", "good"]).run();
    out.code(0);
    let text = out.out();
    assert!(text.contains("a.toml") && text.contains("b.toml"), "{text}");
    assert!(!text.contains("readme"), "{text}");

    t.write("good/c.toml", "[[entry]]\ncanonical = \"Gamma Delta\"\n");
    let out = t.canonym(["glossary", "lint", "good"]).run();
    let p = problems(&out);
    assert!(p[0].contains("c.toml"), "{}", p[0]);
}

#[test]
fn missing_path_is_an_error() {
    let t = Sandbox::new();
    let out = t.canonym(["glossary", "lint", "nope.toml"]).run();
    out.code(2);
    assert!(out.err().contains("nope.toml"), "{}", out.err());
}

#[test]
fn every_bundled_glossary_lints_clean() {
    let t = Sandbox::new();
    let dir = bundled_dir();
    let out = t
        .canonym(["glossary".as_ref(), "lint".as_ref(), dir.as_os_str()])
        .run();
    out.code(0);
    let text = out.out();
    let mut count = 0;
    for f in std::fs::read_dir(&dir).expect("glossaries/") {
        let name = f.expect("entry").file_name();
        let name = name.to_string_lossy();
        if name.ends_with(".toml") {
            count += 1;
            assert!(text.contains(&*name), "{name} not linted:\n{text}");
        }
    }
    assert!(count >= 3, "only {count} bundled glossaries");
}

fn two_glossaries(t: &Sandbox) {
    t.write(
        "flag/one.toml",
        "[glossary]\nname = \"Flag\"\n[[entry]]\ncanonical = \"Alpha Beta\"\n",
    );
    t.write(
        "env.toml",
        "[[entry]]\ncanonical = \"Gamma Delta\"\n[[entry]]\ncanonical = \"Epsilon Zeta\"\n",
    );
    t.write("env2.toml", "[[entry]]\ncanonical = \"Eta Theta\"\n");
}

/// Exit codes of looking up one name from each source.
fn resolves(t: &Sandbox, pre: &[&str], env: Option<&str>) -> [bool; 4] {
    let names = ["Alpha Beta", "Gamma Delta", "Eta Theta", "Kim Jong Un"];
    names.map(|q| {
        let mut run = t.canonym(pre.iter().copied().chain(["lookup", q]));
        if let Some(v) = env {
            run = run.env("CANONYM_GLOSSARY", v);
        }
        let out = run.run();
        assert!(out.code == 0 || out.code == 1, "{q}: {}", out.err());
        out.code == 0
    })
}

#[test]
fn flag_beats_env_beats_bundled() {
    let t = Sandbox::new();
    two_glossaries(&t);
    assert_eq!(
        resolves(&t, &["-g", "flag"], Some("env.toml")),
        [true, false, false, false],
        "-g wins over CANONYM_GLOSSARY and the bundled glossaries"
    );
    assert_eq!(
        resolves(&t, &[], Some("env.toml:env2.toml")),
        [false, true, true, false],
        "CANONYM_GLOSSARY (':'-separated) wins over the bundled glossaries"
    );
    assert_eq!(
        resolves(&t, &[], None),
        [false, false, false, true],
        "the bundled glossaries by default"
    );
    assert_eq!(
        resolves(&t, &["-g", "flag/one.toml", "-g", "env2.toml"], None),
        [true, false, true, false],
        "-g is repeatable"
    );
}

#[test]
fn list_shows_files_and_counts() {
    let t = Sandbox::new();
    two_glossaries(&t);
    let out = t
        .canonym(["-g", "flag", "-g", "env.toml", "glossary", "list"])
        .run();
    out.code(0);
    let text = out.out();
    let one = text
        .lines()
        .find(|l| l.contains("one.toml"))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(one.contains("Flag") && one.contains('1'), "{one}");
    let env = text
        .lines()
        .find(|l| l.contains("env.toml"))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(env.contains('2'), "{env}");
    assert!(text.contains('3'), "total missing: {text}");

    let env_out = t
        .canonym(["glossary", "list"])
        .env("CANONYM_GLOSSARY", "env2.toml")
        .run();
    env_out.code(0);
    assert!(env_out.out().contains("env2.toml"), "{}", env_out.out());
    assert!(!env_out.out().contains("ko.toml"), "{}", env_out.out());

    let bundled = t.canonym(["glossary", "list"]).run();
    bundled.code(0);
    for name in ["ko.toml", "ru.toml", "zh.toml"] {
        assert!(bundled.out().contains(name), "{}", bundled.out());
    }
}

#[test]
fn list_json_has_one_entry_per_line() {
    let t = Sandbox::new();
    two_glossaries(&t);
    let out = t
        .canonym(["-g", "env.toml", "glossary", "list", "--json"])
        .run();
    out.code(0);
    let entries = out.json_lines();
    let ids: Vec<&str> = entries.iter().map(|e| s(e, "id")).collect();
    assert_eq!(ids, ["gamma-delta", "epsilon-zeta"]);
}

#[test]
fn empty_env_falls_back_to_bundled() {
    let t = Sandbox::new();
    let out = t
        .canonym(["lookup", "Kim Jong Un"])
        .env("CANONYM_GLOSSARY", "")
        .run();
    out.code(0);
}
