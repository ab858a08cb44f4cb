//! Colour and the closing summary: on a terminal, `check` and `lookup` colour their reports for
//! people and `check` ends with one line on stderr; into a pipe they write exactly what they
//! always wrote. `--color always|never` decides over everything; under `auto`, `NO_COLOR` set to
//! anything but the empty string turns colour off (https://no-color.org).
//!
//! A real terminal comes from util-linux `script`, which runs the command on a pseudo-terminal
//! and copies what the terminal shows (stdout and stderr together, lines ending in CR LF).

use crate::util::{wait_or_kill, Sandbox, BIN};
use std::ffi::OsString;
use std::process::{Command, Stdio};
use std::time::Duration;

/// The start of every SGR sequence (ECMA-48: CSI is ESC `[`).
const ESC: &str = "\x1b[";

/// A word quoted for `sh`.
fn quote(word: &str) -> String {
    format!("'{}'", word.replace('\'', r"'\''"))
}

/// What a terminal shows when `canonym args` runs on it in `t`'s directory, with `env` set (and
/// `NO_COLOR` unset unless given), CR LF made LF; and the exit code.
fn on_terminal(t: &Sandbox, args: &[&str], env: &[(&str, &str)]) -> (String, i32) {
    let line: Vec<String> = std::iter::once(BIN)
        .chain(args.iter().copied())
        .map(quote)
        .collect();
    let mut cmd = Command::new("script");
    cmd.args(["-q", "-e", "-c", &line.join(" "), "/dev/null"])
        .current_dir(t.path())
        .env_remove("CANONYM_GLOSSARY")
        .env_remove("NO_COLOR")
        .env("SHELL", "/bin/sh")
        .env("TERM", "xterm-256color")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd
        .spawn()
        .expect("run util-linux `script` (package bsdutils or util-linux) for a pseudo-terminal");
    let mut stdout = child.stdout.take().expect("stdout");
    let reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stdout, &mut buf);
        buf
    });
    let words: Vec<OsString> = args.iter().map(OsString::from).collect();
    let code = wait_or_kill(&mut child, Duration::from_secs(60), &words);
    let shown = reader.join().expect("read the terminal");
    (String::from_utf8_lossy(&shown).replace("\r\n", "\n"), code)
}

/// A sandbox with a file that has findings and one that has none.
fn sandbox() -> Sandbox {
    let t = Sandbox::new();
    t.write(
        "notes.txt",
        "We met KIM JONG-UN.\nWladimir Putin came too.\n",
    );
    t.write("clean.txt", "Kim Jong Un met Vladimir Putin.\n");
    t
}

#[test]
fn color_always_colours_even_into_a_pipe() {
    let t = sandbox();
    let out = t.canonym(["check", "--color", "always", "notes.txt"]).run();
    out.code(1);
    let text = out.out();
    assert!(
        text.contains(&format!("{ESC}1mnotes.txt:1:8:{ESC}0m")),
        "{text:?}"
    );
    assert!(
        text.contains(&format!("{ESC}32mKim Jong Un{ESC}0m")),
        "{text:?}"
    );
    // The global flag goes before the command too; a flag beats NO_COLOR.
    let out = t
        .canonym(["--color", "always", "lookup", "Kim Chong-un"])
        .env("NO_COLOR", "1")
        .run();
    out.code(0);
    assert!(
        out.out().contains(&format!("{ESC}32mKim Jong Un{ESC}0m")),
        "{}",
        out.out()
    );
}

#[test]
fn a_pipe_gets_plain_output_and_no_summary() {
    let t = sandbox();
    for args in [
        &["check", "notes.txt", "clean.txt"][..],
        &["check", "--color", "auto", "notes.txt"],
        &["check", "--format", "json", "notes.txt"],
        &["lookup", "Kim Chong-un", "nobody at all"],
    ] {
        let out = t.canonym(args.iter().copied()).run();
        assert!(!out.out().contains('\x1b'), "{args:?}: {:?}", out.out());
        assert!(out.stderr.is_empty(), "{args:?}: {}", out.err());
    }
    // The plain output is the one documented: no trace of colour handling.
    let out = t.canonym(["check", "notes.txt"]).run();
    assert!(out.out().starts_with(
        "notes.txt:1:8: \"KIM JONG-UN\": house style is \"Kim Jong Un\" [kim-jong-un, style]\n  |\n"
    ));
}

#[test]
fn a_terminal_gets_colour_and_a_summary() {
    let t = sandbox();
    let (shown, code) = on_terminal(&t, &["check", "notes.txt", "clean.txt"], &[]);
    assert_eq!(code, 1, "{shown}");
    assert!(
        shown.contains(&format!("{ESC}1mnotes.txt:1:8:{ESC}0m")),
        "{shown:?}"
    );
    assert_eq!(
        shown.trim_end().lines().last(),
        Some("2 findings in 1 file (2 checked)"),
        "{shown}"
    );
    let (shown, code) = on_terminal(&t, &["check", "clean.txt", "clean.txt"], &[]);
    assert_eq!(code, 0, "{shown}");
    assert_eq!(shown.trim_end(), "no findings in 2 files");
    let (shown, _) = on_terminal(&t, &["lookup", "Kim Chong-un"], &[]);
    assert!(
        shown.contains(&format!("{ESC}32mKim Jong Un{ESC}0m")),
        "{shown:?}"
    );
}

#[test]
fn no_color_turns_auto_off_on_a_terminal() {
    let t = sandbox();
    for (args, env, coloured) in [
        (&["check", "--color", "auto", "notes.txt"][..], "1", false),
        (&["check", "notes.txt"], "no", false),
        // Set but empty: no effect (no-color.org).
        (&["check", "notes.txt"], "", true),
        (&["check", "--color", "never", "notes.txt"], "", false),
        (&["check", "--color", "always", "notes.txt"], "1", true),
    ] {
        let (shown, code) = on_terminal(&t, args, &[("NO_COLOR", env)]);
        assert_eq!(code, 1, "{shown}");
        assert_eq!(
            shown.contains(ESC),
            coloured,
            "{args:?} NO_COLOR={env:?}: {shown:?}"
        );
        // The summary is plain text, with or without colour.
        assert_eq!(
            shown.trim_end().lines().last(),
            Some("2 findings in 1 file")
        );
    }
}

#[test]
fn the_summary_follows_every_format_and_says_what_was_fixed() {
    let t = sandbox();
    let (shown, _) = on_terminal(&t, &["check", "--format", "json", "notes.txt"], &[]);
    let lines: Vec<&str> = shown.trim_end().lines().collect();
    assert_eq!(lines.len(), 3, "{shown}");
    assert!(lines[..2]
        .iter()
        .all(|l| l.starts_with('{') && !l.contains('\x1b')));
    assert_eq!(lines[2], "2 findings in 1 file");
    let (shown, code) = on_terminal(&t, &["check", "--fix", "notes.txt"], &[]);
    assert_eq!(code, 1, "{shown}");
    assert_eq!(
        shown.trim_end().lines().last(),
        Some("2 findings fixed in 1 file")
    );
    assert_eq!(
        t.read("notes.txt"),
        b"We met Kim Jong Un.\nVladimir Putin came too.\n"
    );
}

#[test]
fn the_fix_summary_counts_only_what_was_written() {
    // A guess (`Medvedv`) is reported but not written without --fix-fuzzy; a file that cannot
    // be rewritten (read-only) has its findings reported but nothing fixed.
    let t = Sandbox::new();
    t.write("m.txt", "Dmitri Medvedv met KIM JONG-UN.\n");
    let (shown, code) = on_terminal(&t, &["check", "--fix", "m.txt"], &[]);
    assert_eq!(code, 1, "{shown}");
    assert_eq!(
        shown.trim_end().lines().last(),
        Some("2 findings in 1 file: 1 fixed, 1 possible misspelling not fixed (use --fix-fuzzy)")
    );
    assert_eq!(t.read("m.txt"), b"Dmitri Medvedv met Kim Jong Un.\n");
    let (shown, code) = on_terminal(&t, &["check", "--fix", "--fix-fuzzy", "m.txt"], &[]);
    assert_eq!(code, 1, "{shown}");
    assert_eq!(
        shown.trim_end().lines().last(),
        Some("1 finding fixed in 1 file")
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let ro = t.write("ro.txt", "We met KIM JONG-UN.\n");
        std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o444)).unwrap();
        let (shown, code) = on_terminal(&t, &["check", "--fix", "ro.txt", "m.txt"], &[]);
        assert_eq!(code, 2, "{shown}");
        assert_eq!(
            shown.trim_end().lines().last(),
            Some("1 finding in 1 file (2 checked): 0 fixed, 1 not written (see the errors above)")
        );
        assert_eq!(t.read("ro.txt"), b"We met KIM JONG-UN.\n");
    }
}
