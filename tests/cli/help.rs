//! `--help` and `--version` of the binary and of every subcommand: the clap definitions live in
//! the binary, so `Cli::command().debug_assert()` cannot run here; rendering every help page is
//! the next best check that the definitions are consistent.

use crate::util::Sandbox;

#[test]
fn every_help_page_renders() {
    let t = Sandbox::new();
    let pages: [&[&str]; 9] = [
        &["--help"],
        &["help"],
        &["lookup", "--help"],
        &["normalize", "--help"],
        &["check", "--help"],
        &["glossary", "--help"],
        &["glossary", "lint", "--help"],
        &["glossary", "list", "--help"],
        &["translit", "--help"],
    ];
    for args in pages {
        let out = t.canonym(args.iter().copied()).run();
        out.code(0);
        let text = out.out();
        assert!(text.contains("Usage:"), "{args:?}: {text}");
        assert!(out.stderr.is_empty(), "{args:?}: {}", out.err());
    }
}

#[test]
fn top_level_help_lists_the_commands() {
    let t = Sandbox::new();
    let out = t.canonym(["--help"]).run();
    out.code(0);
    let text = out.out();
    for cmd in ["lookup", "normalize", "check", "glossary"] {
        assert!(text.contains(cmd), "{cmd} missing from --help:\n{text}");
    }
}

#[test]
fn version_names_the_program() {
    let t = Sandbox::new();
    let out = t.canonym(["--version"]).run();
    out.code(0);
    assert!(out.out().starts_with("canonym "), "{}", out.out());
}

#[test]
fn no_command_is_a_usage_error() {
    let t = Sandbox::new();
    let out = t.canonym(Vec::<&str>::new()).run();
    out.code(2);
    assert!(out.err().contains("Usage"), "{}", out.err());
}
