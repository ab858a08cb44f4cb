//! `.pre-commit-hooks.yaml`: the hook definitions that pre-commit reads (pre-commit.com, "Creating
//! new hooks": `id`, `name`, `entry`, `language` required; the rest optional with the types
//! given there). The file is parsed as YAML, its keys checked against that list, and each hook's
//! `entry` is run as pre-commit would: the entry, then the staged file names.

use crate::util::{Sandbox, MANIFEST_DIR};
use serde::Deserialize;
use std::path::Path;

/// One hook, with the keys pre-commit documents for `.pre-commit-hooks.yaml`; any other key is
/// an error.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)] // Read by serde to check the file's shape; not every field is asserted on.
struct Hook {
    id: String,
    name: String,
    entry: String,
    language: String,
    files: Option<String>,
    exclude: Option<String>,
    types: Option<Vec<String>>,
    types_or: Option<Vec<String>>,
    exclude_types: Option<Vec<String>>,
    always_run: Option<bool>,
    verbose: Option<bool>,
    pass_filenames: Option<bool>,
    require_serial: Option<bool>,
    description: Option<String>,
    language_version: Option<String>,
    minimum_pre_commit_version: Option<String>,
    args: Option<Vec<String>>,
    stages: Option<Vec<String>>,
}

fn hooks() -> Vec<Hook> {
    let path = Path::new(MANIFEST_DIR).join(".pre-commit-hooks.yaml");
    let text = std::fs::read_to_string(&path).expect("read .pre-commit-hooks.yaml");
    serde_norway::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn the_hooks_file_defines_check_and_fix() {
    let hooks = hooks();
    let ids: Vec<&str> = hooks.iter().map(|h| h.id.as_str()).collect();
    assert_eq!(ids, ["canonym-check", "canonym-fix"]);
    for h in &hooks {
        // `language: rust` installs the repository's binaries with `cargo install --bins`; the
        // entry must name one of them. `system` would need canonym on PATH already.
        assert!(["rust", "system"].contains(&h.language.as_str()), "{h:?}");
        assert!(h.entry.starts_with("canonym check"), "{h:?}");
        assert_ne!(
            h.pass_filenames,
            Some(false),
            "check needs the file names: {h:?}"
        );
        assert!(!h.name.is_empty() && h.description.as_deref().is_some_and(|d| !d.is_empty()));
    }
    assert_eq!(hooks[0].entry, "canonym check");
    assert_eq!(hooks[1].entry, "canonym check --fix");
    let manifest = std::fs::read_to_string(Path::new(MANIFEST_DIR).join("Cargo.toml")).unwrap();
    assert!(
        manifest.contains("[[bin]]\nname = \"canonym\""),
        "the binary is canonym"
    );
}

#[test]
fn each_entry_runs_as_pre_commit_runs_it() {
    // pre-commit runs `entry args... FILES...` and fails the hook on a non-zero exit or on a
    // changed file.
    for h in hooks() {
        let t = Sandbox::new();
        t.write("a.md", "We met KIM JONG-UN.\n");
        t.write("b.txt", "Kim Jong Un.\n");
        let mut words: Vec<String> = h
            .entry
            .split_whitespace()
            .skip(1)
            .map(String::from)
            .collect();
        words.extend(h.args.iter().flatten().cloned());
        words.extend(["a.md".to_string(), "b.txt".to_string()]);
        let out = t.canonym(&words).run();
        out.code(1);
        let fixed = t.read("a.md") == b"We met Kim Jong Un.\n";
        assert_eq!(fixed, h.id == "canonym-fix", "{}", h.id);
        // Run again: the fix hook has nothing left to do, and passes.
        let again = t.canonym(&words).run();
        again.code(if h.id == "canonym-fix" { 0 } else { 1 });
    }
}
