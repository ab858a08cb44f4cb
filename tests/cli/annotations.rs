//! `check --format github`: GitHub Actions workflow commands (GitHub Docs, "Workflow commands for
//! GitHub Actions", `warning`: `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::…`).
//! Each command is parsed back the way the runner reads it (split at the first `::` after the
//! parameters, parameters at `,`, names from values at the first `=`, then unescaped, as
//! actions/toolkit `@actions/core` escapes: `%25`, `%0D`, `%0A` in the message, and `%3A`, `%2C`
//! too in values), and compared with the same findings from `check --format json`.

use crate::util::{n, s, Sandbox};
use std::collections::BTreeMap;

/// A parsed workflow command: its name, parameters and message, unescaped.
#[derive(Debug)]
struct Command {
    name: String,
    params: BTreeMap<String, String>,
    message: String,
}

/// The runner's unescaping: `%3A` and `%2C` (parameter values only), then CR, LF, and `%` last.
fn unescape(s: &str, property: bool) -> String {
    let mut s = s.to_string();
    if property {
        s = s.replace("%3A", ":").replace("%2C", ",");
    }
    s.replace("%0D", "\r")
        .replace("%0A", "\n")
        .replace("%25", "%")
}

#[track_caller]
fn parse(line: &str) -> Command {
    let rest = line
        .strip_prefix("::")
        .unwrap_or_else(|| panic!("not a command: {line}"));
    let (head, message) = rest
        .split_once("::")
        .unwrap_or_else(|| panic!("no message: {line}"));
    let (name, params) = head.split_once(' ').unwrap_or((head, ""));
    let params = params
        .split(',')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or_else(|| panic!("{p} in {line}"));
            (k.to_string(), unescape(v, true))
        })
        .collect();
    Command {
        name: name.to_string(),
        params,
        message: unescape(message, false),
    }
}

#[test]
fn one_warning_per_finding_at_the_findings_place() {
    let t = Sandbox::new();
    t.write(
        "docs/notes.txt",
        "KIM JONG-UN met Wladimir Putin.\nThey spoke of Pyong-yang and 김정은.\n",
    );
    t.write("docs/clean.txt", "Kim Jong Un.\n");
    let out = t.canonym(["check", "--format", "github", "docs"]).run();
    out.code(1);
    assert!(out.stderr.is_empty(), "{}", out.err());
    let json = t.canonym(["check", "--format", "json", "docs"]).run();
    let findings = json.json_lines();
    let text = out.out();
    let commands: Vec<Command> = text.lines().map(parse).collect();
    assert_eq!(commands.len(), findings.len(), "{text}");
    assert!(findings.len() >= 4);
    for (c, f) in commands.iter().zip(&findings) {
        assert_eq!(c.name, "warning");
        let p = |k: &str| c.params[k].parse::<usize>().expect(k);
        assert_eq!(c.params["file"], s(f, "path"));
        assert_eq!(p("line"), n(f, "line"));
        assert_eq!(p("col"), n(f, "column"));
        assert_eq!(p("endLine"), n(f, "end_line"));
        assert_eq!(p("endColumn"), n(f, "end_column"));
        assert_eq!(c.params["title"], format!("canonym {}", s(f, "reason")));
        let replacement = s(f, "replacement");
        assert!(c.message.contains(&format!("\"{replacement}\"")), "{c:?}");
        assert!(c.message.contains(s(f, "id")), "{c:?}");
    }
}

#[test]
fn paths_and_messages_are_escaped_as_the_runner_unescapes_them() {
    // A file name with every character that needs escaping in a parameter value (`,`, `:`, `%`),
    // and a glossary whose canonical form has `%`, `:` and `,` (escaped in the message only as
    // far as data needs: `%`).
    let t = Sandbox::new();
    t.write(
        "names.toml",
        "[[entry]]\nid = \"acme\"\ncanonical = \"ACME: 100%, Inc\"\nlang = \"en\"\nkind = \"organization\"\n\
         variants = [\"Acme Hundred Inc\"]\n",
    );
    t.write("a,b:c%25.txt", "We met Acme Hundred Inc today.\n");
    let out = t
        .canonym([
            "-g",
            "names.toml",
            "check",
            "--format",
            "github",
            "a,b:c%25.txt",
        ])
        .run();
    out.code(1);
    let line = out.out();
    let line = line.trim_end_matches('\n');
    assert!(!line.contains('\n'), "one line: {line:?}");
    assert!(
        line.starts_with("::warning file=a%2Cb%3Ac%2525.txt,line=1,col=8,"),
        "{line}"
    );
    assert!(
        line.contains("::\"Acme Hundred Inc\": house style is \"ACME: 100%25, Inc\""),
        "{line}"
    );
    let c = parse(line);
    assert_eq!(c.params["file"], "a,b:c%25.txt");
    assert!(c.message.contains("\"ACME: 100%, Inc\""), "{c:?}");
}

#[test]
fn a_name_across_two_lines_has_no_columns() {
    // GitHub's annotations take a column range on one line only.
    let t = Sandbox::new();
    t.write("a.txt", "The delegates of KIM JONG\nUN arrived.\n");
    let out = t.canonym(["check", "--format", "github", "a.txt"]).run();
    out.code(1);
    let c = parse(out.out().trim_end());
    assert_eq!(c.params["line"], "1");
    assert_eq!(c.params["endLine"], "2");
    assert!(!c.params.contains_key("col") && !c.params.contains_key("endColumn"));
    assert!(c.message.starts_with("\"KIM JONG UN\""), "{c:?}");
}

#[test]
fn a_short_form_names_the_canonical_form_too() {
    let t = Sandbox::new();
    t.write("a.txt", "Kim Jong Un arrived. Then KIM spoke.\n");
    let out = t.canonym(["check", "--format", "github", "a.txt"]).run();
    out.code(1);
    let c = parse(out.out().trim_end());
    assert_eq!(
        c.message,
        "\"KIM\": house style is \"Kim\" (Kim Jong Un) [kim-jong-un]"
    );
}
