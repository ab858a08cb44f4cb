//! What is generated from the clap definitions and the build: shell completions for each shell
//! clap_complete knows, the man page (roff), and `--version` naming the git revision.

use crate::util::{Sandbox, MANIFEST_DIR};
use std::process::Command;

/// Every subcommand, as `canonym --help` lists them.
const COMMANDS: &[&str] = &[
    "lookup",
    "normalize",
    "check",
    "glossary",
    "translit",
    "export",
    "completions",
    "man",
];

#[test]
fn every_shell_gets_a_completion_script_with_every_command() {
    let t = Sandbox::new();
    // What each shell's script looks like, from the shell's own completion mechanism: bash's
    // `complete -F`, zsh's `#compdef`, fish's `complete -c`, PowerShell's
    // `Register-ArgumentCompleter`, elvish's `edit:completion:arg-completer`.
    let shells: &[(&str, &str)] = &[
        ("bash", "complete -F"),
        ("zsh", "#compdef canonym"),
        ("fish", "complete -c canonym"),
        ("powershell", "Register-ArgumentCompleter"),
        ("elvish", "edit:completion:arg-completer"),
    ];
    for &(shell, marker) in shells {
        let out = t.canonym(["completions", shell]).run();
        out.code(0);
        let script = out.out();
        assert!(script.contains(marker), "{shell}: no {marker:?}");
        for cmd in COMMANDS {
            assert!(script.contains(cmd), "{shell}: {cmd} missing");
        }
        for flag in ["glossary", "color", "no-cache"] {
            assert!(script.contains(flag), "{shell}: {flag} missing");
        }
        // The shells that complete values complete the new formats.
        if ["bash", "zsh", "fish"].contains(&shell) {
            assert!(
                script.contains("sarif") && script.contains("github"),
                "{shell}"
            );
        }
        assert!(out.stderr.is_empty(), "{}", out.err());
    }
    let out = t.canonym(["completions", "tcsh"]).run();
    out.code(2);
    assert!(
        out.err().contains("bash"),
        "lists the shells: {}",
        out.err()
    );
}

#[test]
fn the_man_page_is_roff_with_every_command() {
    let t = Sandbox::new();
    let out = t.canonym(["man"]).run();
    out.code(0);
    let page = out.out();
    // man-pages(7) / groff_man(7): the title macro, then the sections.
    assert!(
        page.starts_with(".ie \\n(.g .ds Aq") || page.starts_with(".TH"),
        "{page}"
    );
    assert!(page.contains(".TH canonym 1"), "{page}");
    for section in [".SH NAME", ".SH SYNOPSIS", ".SH DESCRIPTION", ".SH OPTIONS"] {
        assert!(page.contains(section), "{section} missing");
    }
    assert!(page.contains("SUBCOMMANDS"), "{page}");
    for cmd in COMMANDS {
        assert!(
            page.contains(&format!("canonym\\-{cmd}(1)")),
            "{cmd} missing"
        );
    }
    assert!(page.contains("\\-\\-color"), "{page}");
}

#[test]
fn every_command_has_the_page_canonym_1_names() {
    let t = Sandbox::new();
    let mut paths: Vec<Vec<&str>> = COMMANDS.iter().map(|c| vec![*c]).collect();
    paths.extend([vec!["glossary", "lint"], vec!["glossary", "list"]]);
    for path in paths {
        let out = t
            .canonym(std::iter::once("man").chain(path.iter().copied()))
            .run();
        out.code(0);
        let page = out.out();
        let title = format!(".TH canonym-{} 1 ", path.join("-"));
        assert!(page.contains(&title), "{path:?}: {page}");
        let synopsis = format!("\\fBcanonym {}\\fR", path.join(" "));
        assert!(page.contains(&synopsis), "{path:?}: {page}");
        // The global options are on every page.
        assert!(page.contains("\\-\\-glossary"), "{path:?}");
    }
    let check = t.canonym(["man", "check"]).run();
    assert!(check.out().contains("sarif") && check.out().contains("github"));
    for (args, names) in [
        (&["man", "bogus"][..], "lookup, normalize, check"),
        (&["man", "check", "x"], "`canonym check`"),
    ] {
        let out = t.canonym(args.iter().copied()).run();
        out.code(2);
        let err = out.one_error_line();
        assert!(err.contains(names), "{err}");
    }
}

/// The revision of the checkout, as git sees it, when the tests run in one with git at hand.
fn git_head() -> Option<String> {
    let out = Command::new("git")
        .args(["-C", MANIFEST_DIR, "rev-parse", "HEAD"])
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

#[test]
fn version_names_the_revision_of_a_checkout() {
    let t = Sandbox::new();
    let out = t.canonym(["--version"]).run();
    out.code(0);
    let line = out.out();
    // `canonym X.Y.Z`, then ` (REV DATE)` or ` (REV)` when built from a checkout.
    let rest = line
        .strip_prefix(&format!("canonym {}", env!("CARGO_PKG_VERSION")))
        .and_then(|r| r.strip_suffix('\n'))
        .unwrap_or_else(|| panic!("{line:?}"));
    let semver = env!("CARGO_PKG_VERSION").split('.').collect::<Vec<_>>();
    assert!(semver.len() == 3 && semver.iter().all(|p| p.parse::<u64>().is_ok()));
    if rest.is_empty() {
        assert!(git_head().is_none(), "built in a checkout, but no revision");
        return;
    }
    let inner = rest
        .strip_prefix(" (")
        .and_then(|r| r.strip_suffix(')'))
        .unwrap_or_else(|| panic!("{line:?}"));
    let (rev, date) = inner.split_once(' ').unwrap_or((inner, ""));
    assert!(rev.len() >= 7, "{line:?}");
    assert!(
        rev.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')),
        "{line:?}"
    );
    if !date.is_empty() {
        let parts: Vec<&str> = date.split('-').collect();
        let lens: Vec<usize> = parts.iter().map(|p| p.len()).collect();
        assert_eq!(lens, [4, 2, 2], "{line:?}");
        assert!(parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())));
    }
    if let Some(head) = git_head() {
        assert!(head.starts_with(rev), "built at {rev}, checkout at {head}");
    }
}
