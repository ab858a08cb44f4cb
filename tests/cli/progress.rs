//! `--progress never|auto|always` on `normalize` and `check` (issue 16 §5): a bar on stderr with
//! the bytes done, the rate and the time left; the output on stdout is the same bytes with or
//! without it, and stderr stays empty unless asked, when it is not a terminal (as here: the
//! tests' stderr is a pipe, so `auto` must stay quiet; when `auto` shows the bar is tested beside
//! the code).

use crate::util::Sandbox;

/// A document of `lines` lines, each with names to rewrite.
fn document(lines: usize) -> String {
    "KIM JONG-UN met Kim Chong-un and Vladimir Putin in Pyong-yang.\n".repeat(lines)
}

/// A sandbox with `docs/` holding three documents (one Markdown) and a JSON Lines file.
fn sandbox() -> Sandbox {
    let t = Sandbox::new();
    t.mkdir("docs");
    t.write("docs/a.txt", document(2000));
    t.write("docs/b.md", format!("# KIM JONG-UN\n\n{}", document(300)));
    t.write("docs/c.txt", document(10));
    let records: String = (0..500)
        .map(|i| format!("{{\"id\": {i}, \"body\": \"KIM JONG-UN, day {i}\"}}\n"))
        .collect();
    t.write("r.jsonl", records);
    t
}

/// Run `args` with `--progress always`, `never` and `auto` (and without the flag): stdout and the
/// exit code are the same every time; the bar is on stderr only with `always`. Returns stderr
/// of `always`.
fn compare(t: &Sandbox, args: &[&str], stdin: Option<&str>) -> String {
    let run = |progress: Option<&str>| {
        let mut a: Vec<&str> = args.to_vec();
        if let Some(p) = progress {
            a.insert(1, "--progress");
            a.insert(2, p);
        }
        let run = t.canonym(&a);
        match stdin {
            Some(s) => run.stdin(s).run(),
            None => run.run(),
        }
    };
    let plain = run(None);
    let shown = run(Some("always"));
    assert_eq!(shown.stdout, plain.stdout, "{args:?}: stdout changed");
    assert_eq!(shown.code, plain.code, "{args:?}");
    for quiet in [Some("never"), Some("auto"), None] {
        let out = run(quiet);
        assert_eq!(out.stdout, plain.stdout, "{args:?} {quiet:?}");
        assert_eq!(
            out.err(),
            "",
            "{args:?} --progress {quiet:?}: stderr not empty"
        );
    }
    shown.err()
}

#[test]
fn normalize_shows_bytes_rate_and_time_left_only_when_asked() {
    let t = sandbox();
    // Files of known size: done of total, a bar, the rate, the time left.
    let err = compare(&t, &["normalize", "docs/a.txt"], None);
    let size = document(2000).len();
    assert!(err.contains("KiB/"), "{err}");
    assert!(
        err.contains(&format!("{:.2} KiB", size as f64 / 1024.0)),
        "{err}"
    );
    assert!(
        err.contains("/s") && err.contains("left") && err.contains("[="),
        "{err}"
    );
    // A directory: the files are counted too.
    let err = compare(&t, &["normalize", "docs"], None);
    assert!(err.contains("of 3 files"), "{err}");
    // A stream of unknown length (a pipe): bytes and rate, no total.
    let err = compare(&t, &["normalize"], Some(&document(50)));
    assert!(err.contains("KiB") && err.contains("/s"), "{err}");
    assert!(!err.contains("left"), "{err}");
}

#[test]
fn records_count_as_they_are_written() {
    let t = sandbox();
    let err = compare(&t, &["normalize", "--jsonl-field", "body", "r.jsonl"], None);
    assert!(err.contains("(500 records)"), "{err}");
    let input = String::from_utf8(t.read("r.jsonl")).unwrap();
    let err = compare(&t, &["normalize", "--jsonl-field", "body"], Some(&input));
    assert!(err.contains("(500 records)"), "{err}");
}

#[test]
fn check_shows_files_done() {
    let t = sandbox();
    let err = compare(&t, &["check", "--no-fuzzy", "docs"], None);
    assert!(err.contains("(3 of 3 files)"), "{err}");
    let err = compare(&t, &["check", "--format", "json", "docs/a.txt"], None);
    assert!(
        err.contains("(1 of 1 files)") && err.contains("left"),
        "{err}"
    );
    // --fix writes the same files with the bar as without it.
    let fixed = |progress: &str| {
        let t = sandbox();
        let out = t
            .canonym(["check", "--fix", "--progress", progress, "docs"])
            .run();
        out.code(1);
        ["docs/a.txt", "docs/b.md", "docs/c.txt"].map(|f| t.read(f))
    };
    assert_eq!(fixed("always"), fixed("never"));
}

#[test]
fn a_bad_choice_is_a_usage_error() {
    let t = Sandbox::new();
    let out = t.canonym(["normalize", "--progress", "sometimes"]).run();
    out.code(2);
    assert!(out.err().contains("--progress"), "{}", out.err());
}
