//! Nothing lost (issue 12): every input is read exactly once (pipes, FIFOs, process
//! substitution, `/dev/stdin`), a bad input among many is reported and the others still done,
//! `check --fix` never writes over what it did not read and keeps the file what it was (link,
//! owner, mode, extended attributes), record mode passes every byte it does not own through.

use crate::util::{s, Sandbox, BIN};
use std::io::Write;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

const TEXT: &str = "KIM JONG-UN visited Pyong-yang.\nNothing else.\n";
const FIXED: &str = "Kim Jong Un visited Pyongyang.\nNothing else.\n";

/// Run `script` with bash in `dir` (`$BIN` is the binary); stdout, stderr, exit code.
fn bash(dir: &Path, script: &str) -> (Vec<u8>, String, i32) {
    let out = Command::new("bash")
        .arg("-c")
        .arg(script)
        .current_dir(dir)
        .env("BIN", BIN)
        .env_remove("CANONYM_GLOSSARY")
        .output()
        .expect("run bash");
    (
        out.stdout,
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

fn mkfifo(path: &Path) {
    let ok = Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("run mkfifo")
        .success();
    assert!(ok, "mkfifo {}", path.display());
}

// Item 1: a file argument is read once.

#[test]
fn process_substitution_and_dev_stdin_are_read_once() {
    let t = Sandbox::new();
    t.write("in.txt", TEXT);
    let (out, err, code) = bash(t.path(), r#""$BIN" normalize <(cat in.txt)"#);
    assert_eq!(
        (code, String::from_utf8_lossy(&out).as_ref()),
        (0, FIXED),
        "{err}"
    );
    let (out, err, code) = bash(t.path(), r#"cat in.txt | "$BIN" normalize /dev/stdin"#);
    assert_eq!(
        (code, String::from_utf8_lossy(&out).as_ref()),
        (0, FIXED),
        "{err}"
    );
    let (out, err, code) = bash(t.path(), r#""$BIN" check --format json <(cat in.txt)"#);
    assert_eq!(code, 1, "{err}");
    assert_eq!(String::from_utf8_lossy(&out).lines().count(), 2);
    t.write("in.jsonl", "{\"t\":\"KIM JONG-UN\"}\n");
    let (out, err, code) = bash(
        t.path(),
        r#""$BIN" normalize --jsonl-field t <(cat in.jsonl)"#,
    );
    assert_eq!(code, 0, "{err}");
    let rec: serde_json::Value = serde_json::from_slice(&out).expect("one JSON record");
    assert_eq!(s(&rec, "t"), "Kim Jong Un");
}

#[test]
fn a_named_fifo_is_read_once_and_does_not_hang() {
    let t = Sandbox::new();
    for args in [
        &["normalize", "fifo"][..],
        &["check", "--format", "json", "fifo"],
        &["normalize", "--jsonl-field", "t", "fifo"],
    ] {
        let fifo = t.join("fifo");
        let _ = std::fs::remove_file(&fifo);
        mkfifo(&fifo);
        let jsonl = args.contains(&"t");
        let writer = std::thread::spawn(move || {
            // Opening blocks until canonym opens the FIFO for reading.
            let mut f = std::fs::OpenOptions::new()
                .write(true)
                .open(&fifo)
                .expect("open the FIFO");
            let body = if jsonl {
                "{\"t\":\"KIM JONG-UN\"}\n"
            } else {
                TEXT
            };
            f.write_all(body.as_bytes()).expect("write the FIFO");
        });
        let out = t
            .canonym(args.iter().copied())
            .deadline(Duration::from_secs(20))
            .run();
        writer.join().expect("writer");
        let text = out.out();
        match args[0] {
            "check" => {
                out.code(1);
                assert_eq!(text.lines().count(), 2, "{text}");
            }
            _ if jsonl => {
                out.code(0);
                assert!(text.contains("\"t\":\"Kim Jong Un\""), "{text}");
            }
            _ => {
                out.code(0);
                assert_eq!(text, FIXED);
            }
        }
    }
}

#[test]
fn invalid_utf8_in_a_pipe_names_its_offset_and_keeps_what_came_before() {
    let t = Sandbox::new();
    // Three pieces' worth of good text, then a bad byte: the pieces before it are written.
    let good = "Pyong-yang. ".repeat(300_000);
    let mut bytes = good.clone().into_bytes();
    bytes.extend_from_slice(b"\xffKIM JONG-UN.\n");
    t.write("bad.txt", &bytes);
    let (out, err, code) = bash(t.path(), r#"cat bad.txt | "$BIN" normalize /dev/stdin"#);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains(&format!("/dev/stdin: invalid UTF-8 at byte {}", good.len())),
        "{err}"
    );
    let out = String::from_utf8(out).expect("UTF-8 output");
    assert!(!out.is_empty() && out.len() < good.len(), "{}", out.len());
    assert!("Pyongyang. ".repeat(300_000).starts_with(&out));
}

// Item 5: a bad file among many is reported; the others are done; exit 2 at the end.

/// A directory with a good file, a file that is not UTF-8, and another good file.
fn mixed_dir(t: &Sandbox) {
    t.write("d/a.txt", TEXT);
    t.write("d/b.txt", b"Seoul \xff\n");
    t.write("d/c.txt", TEXT);
}

#[test]
fn a_bad_file_in_a_directory_does_not_stop_normalize() {
    let t = Sandbox::new();
    mixed_dir(&t);
    let out = t.canonym(["normalize", "d"]).run();
    out.code(2);
    assert_eq!(out.out(), format!("{FIXED}{FIXED}"));
    let line = out.one_error_line();
    assert!(line.contains("b.txt: invalid UTF-8 at byte 6"), "{line}");

    let out = t.canonym(["normalize", "--format", "jsonl", "d"]).run();
    out.code(2);
    assert_eq!(out.json_lines().len(), 4);
    out.one_error_line();

    // A FILE argument that does not exist is caught before any work.
    let out = t.canonym(["normalize", "d", "missing.txt"]).run();
    out.code(2);
    assert!(out.stdout.is_empty());
}

#[test]
fn a_bad_file_in_a_directory_does_not_stop_check() {
    let t = Sandbox::new();
    mixed_dir(&t);
    let out = t.canonym(["check", "--format", "json", "d"]).run();
    out.code(2);
    let paths: Vec<String> = out
        .json_lines()
        .iter()
        .map(|f| s(f, "path").to_string())
        .collect();
    assert_eq!(paths, ["d/a.txt", "d/a.txt", "d/c.txt", "d/c.txt"]);
    assert!(out
        .one_error_line()
        .contains("d/b.txt: invalid UTF-8 at byte 6"));

    let out = t.canonym(["check", "--fix", "d"]).run();
    out.code(2);
    assert!(out.one_error_line().contains("d/b.txt"));
    assert_eq!(t.read("d/a.txt"), FIXED.as_bytes());
    assert_eq!(t.read("d/b.txt"), b"Seoul \xff\n");
    assert_eq!(t.read("d/c.txt"), FIXED.as_bytes());
}

#[test]
fn an_input_that_cannot_be_opened_is_reported_and_the_others_done() {
    let t = Sandbox::new();
    t.write("a.jsonl", "{\"t\":\"KIM JONG-UN\"}\n");
    t.write("c.jsonl", "{\"t\":\"Pyong-yang\"}\n");
    // A socket exists (the listing takes it) but cannot be opened for reading, even by root.
    let _socket = std::os::unix::net::UnixListener::bind(t.join("sock")).expect("bind a socket");
    let out = t
        .canonym([
            "normalize",
            "--jsonl-field",
            "t",
            "a.jsonl",
            "sock",
            "c.jsonl",
        ])
        .run();
    out.code(2);
    let texts: Vec<String> = out
        .json_lines()
        .iter()
        .map(|r| s(r, "t").to_string())
        .collect();
    assert_eq!(texts, ["Kim Jong Un", "Pyongyang"]);
    assert!(
        out.one_error_line().contains("sock: cannot read"),
        "{}",
        out.err()
    );

    let out = t.canonym(["normalize", "a.jsonl", "sock", "c.jsonl"]).run();
    out.code(2);
    assert_eq!(out.out().lines().count(), 2);
    assert!(out.one_error_line().contains("sock"), "{}", out.err());

    let out = t
        .canonym(["check", "--format", "json", "a.jsonl", "sock", "c.jsonl"])
        .run();
    out.code(2);
    assert_eq!(out.json_lines().len(), 2);
    assert!(out.one_error_line().contains("sock"), "{}", out.err());

    // A directory walk lists regular files only: a FIFO in it is skipped, not waited on.
    t.write("r/a.jsonl", "{\"t\":\"KIM JONG-UN\"}\n");
    mkfifo(&t.join("r/b.jsonl"));
    let out = t
        .canonym(["normalize", "--jsonl-field", "t", "r"])
        .deadline(Duration::from_secs(20))
        .run();
    out.code(0);
    assert_eq!(out.json_lines().len(), 1);
}
