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

// Item 2: `check --fix` never writes over what it did not read.

#[test]
fn fix_keeps_lines_appended_while_it_runs() {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;
    let t = Sandbox::new();
    // Big enough that the run takes a while; the appender writes until canonym has exited.
    let body = "KIM JONG-UN visited Pyong-yang. Nothing else here at all.\n".repeat(60_000);
    let path = t.write("big.txt", &body);
    let done = Arc::new(AtomicBool::new(false));
    let appender = {
        let (done, path) = (Arc::clone(&done), path.clone());
        std::thread::spawn(move || {
            let mut n = 0usize;
            while !done.load(Ordering::SeqCst) {
                let mut f = std::fs::OpenOptions::new()
                    .append(true)
                    .open(&path)
                    .expect("open for append");
                writeln!(f, "appended line {n}").expect("append");
                n += 1;
                std::thread::sleep(Duration::from_millis(1));
            }
            n
        })
    };
    let out = t.canonym(["check", "--fix", "big.txt"]).run();
    done.store(true, Ordering::SeqCst);
    let appended = appender.join().expect("appender");
    let after = String::from_utf8(t.read("big.txt")).expect("UTF-8");
    // Whatever happened, no appended line is lost.
    let kept: std::collections::HashSet<&str> = after
        .lines()
        .filter_map(|l| l.strip_prefix("appended line "))
        .collect();
    for k in 0..appended {
        assert!(
            kept.contains(k.to_string().as_str()),
            "line {k} of {appended} lost"
        );
    }
    if out.code == 2 {
        assert!(
            out.err().contains("big.txt: changed since it was read"),
            "{}",
            out.err()
        );
        assert!(after.starts_with(&body), "a refused fix wrote something");
    } else {
        out.code(1);
    }
}

// Item 3: guesses are written only when asked for.

#[test]
fn fix_does_not_apply_misspelling_suggestions_unless_asked() {
    let t = Sandbox::new();
    let text = "Dmitri Medvedv met KIM JONG-UN.\n";
    t.write("m.txt", text);
    let out = t
        .canonym(["check", "--format", "json", "--fix", "m.txt"])
        .run();
    out.code(1);
    // Reported, as before...
    assert_eq!(out.json_lines().len(), 2);
    // ...but only the certain fix is written.
    assert_eq!(t.read("m.txt"), b"Dmitri Medvedv met Kim Jong Un.\n");
    let out = t.canonym(["check", "--diff", "m.txt"]).run();
    assert!(!out.out().contains("Dmitry"), "{}", out.out());
    t.write("m.txt", text);
    let out = t.canonym(["check", "--diff", "--fix-fuzzy", "m.txt"]).run();
    assert!(
        out.out().contains("+Dmitry Medvedev met Kim Jong Un."),
        "{}",
        out.out()
    );
    t.canonym(["check", "--fix", "--fix-fuzzy", "m.txt"])
        .run()
        .code(1);
    assert_eq!(t.read("m.txt"), b"Dmitry Medvedev met Kim Jong Un.\n");
    let out = t.canonym(["check", "--fix-fuzzy", "m.txt"]).run();
    out.code(2);
    assert!(out
        .one_error_line()
        .contains("--fix-fuzzy goes with --fix or --diff"));
}

// Item 4: the file is edited, not replaced by another one.

#[cfg(unix)]
#[test]
fn fix_follows_a_symlink_and_keeps_it() {
    let t = Sandbox::new();
    t.write("real.txt", TEXT);
    std::os::unix::fs::symlink("real.txt", t.join("link.txt")).expect("symlink");
    t.canonym(["check", "--fix", "link.txt"]).run().code(1);
    let meta = std::fs::symlink_metadata(t.join("link.txt")).expect("lstat");
    assert!(meta.file_type().is_symlink(), "the link became a file");
    assert_eq!(t.read("real.txt"), FIXED.as_bytes());
}

#[cfg(unix)]
#[test]
fn fix_keeps_hard_links() {
    use std::os::unix::fs::MetadataExt;
    let t = Sandbox::new();
    t.write("a.txt", TEXT);
    std::fs::hard_link(t.join("a.txt"), t.join("b.txt")).expect("link");
    let ino = std::fs::metadata(t.join("a.txt")).expect("stat").ino();
    t.canonym(["check", "--fix", "a.txt"]).run().code(1);
    assert_eq!(t.read("b.txt"), FIXED.as_bytes());
    assert_eq!(std::fs::metadata(t.join("a.txt")).expect("stat").ino(), ino);
    assert_eq!(std::fs::metadata(t.join("b.txt")).expect("stat").nlink(), 2);
    assert_eq!(t.listing(""), ["a.txt", "b.txt"]);
}

#[cfg(unix)]
#[test]
fn fix_never_rewrites_a_read_only_file_or_a_fifo() {
    use std::os::unix::fs::PermissionsExt;
    let t = Sandbox::new();
    let p = t.write("ro.txt", TEXT);
    t.write("rw.txt", TEXT);
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o444)).expect("chmod");
    let out = t.canonym(["check", "--fix", "ro.txt", "rw.txt"]).run();
    out.code(2);
    assert!(
        out.one_error_line()
            .contains("ro.txt: read-only; not rewritten"),
        "{}",
        out.err()
    );
    assert_eq!(t.read("ro.txt"), TEXT.as_bytes());
    assert_eq!(t.read("rw.txt"), FIXED.as_bytes());
    let mode = std::fs::metadata(&p).expect("stat").permissions().mode() & 0o777;
    assert_eq!(mode, 0o444);

    let (_, err, code) = bash(t.path(), r#""$BIN" check --fix <(printf 'KIM JONG-UN.\n')"#);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("not a regular file; not rewritten"), "{err}");
}

#[cfg(target_os = "linux")]
#[test]
fn fix_keeps_owner_group_mode_and_extended_attributes() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let t = Sandbox::new();
    let p = t.write("x.txt", TEXT);
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o604)).expect("chmod");
    let xattr = rustix::fs::setxattr(&p, "user.canonym", b"kept", rustix::fs::XattrFlags::empty());
    let uid = rustix::process::geteuid().as_raw();
    // Another owner when this test may give one (root); else the file stays this user's.
    let other = if uid == 0 { 4321 } else { uid };
    let _ = std::os::unix::fs::chown(&p, Some(other), Some(other));
    let before = std::fs::metadata(&p).expect("stat");
    t.canonym(["check", "--fix", "x.txt"]).run().code(1);
    assert_eq!(t.read("x.txt"), FIXED.as_bytes());
    let after = std::fs::metadata(&p).expect("stat");
    assert_eq!((after.uid(), after.gid()), (before.uid(), before.gid()));
    assert_eq!(after.permissions().mode() & 0o7777, 0o604);
    if xattr.is_ok() {
        let mut value = [0u8; 16];
        let n = rustix::fs::getxattr(&p, "user.canonym", &mut value[..]).expect("xattr kept");
        assert_eq!(&value[..n], b"kept");
    }
}

// Item 6: record mode passes through every byte it does not own.

#[test]
fn records_keep_every_byte_outside_the_field() {
    let t = Sandbox::new();
    let lines = [
        r#"{"big": 123456789012345678901234567890, "z": -0, "e": 1E2, "t" : "KIM JONG-UN", "d": 1, "d": 2}"#,
        r#"{ "t":"no names \u00e9", "n":{"t":1.50} }"#,
        r#"{"t":"first","t":"Pyong-yang",  "tail":[1.0,-0.0]}"#,
    ];
    let out = t
        .canonym(["normalize", "--jsonl-field", "t"])
        .stdin(format!("{}\r\n{}\n{}", lines[0], lines[1], lines[2]))
        .run();
    out.code(0);
    let text = out.out();
    let got: Vec<&str> = text.split_inclusive('\n').collect();
    assert_eq!(got.len(), 3, "{text}");
    let first = got[0];
    assert!(
        first.starts_with(r#"{"big": 123456789012345678901234567890, "z": -0, "e": 1E2, "t" : "Kim Jong Un", "d": 1, "d": 2,"canonym_matches":[{"#),
        "{first}"
    );
    assert!(first.ends_with("}]}\r\n"), "{first:?}");
    // Unchanged text keeps its escapes; white space inside and around the object stays.
    assert!(
        got[1].starts_with(r#"{ "t":"no names \u00e9", "n":{"t":1.50},"canonym_matches":[] }"#),
        "{}",
        got[1]
    );
    // Of duplicate keys, the last is the field (as JSON parsers read it); the first stays.
    assert!(
        got[2].starts_with(
            r#"{"t":"first","t":"Pyongyang",  "tail":[1.0,-0.0],"canonym_matches":[{"#
        ),
        "{}",
        got[2]
    );
    assert!(!got[2].ends_with('\n'), "no newline was added");
}

#[test]
fn an_existing_matches_field_is_never_overwritten() {
    let t = Sandbox::new();
    let line = r#"{"t":"KIM JONG-UN","canonym_matches":"mine"}"#;
    let out = t
        .canonym(["normalize", "--jsonl-field", "t"])
        .stdin(format!("{line}\n"))
        .run();
    out.code(0);
    assert_eq!(out.out(), format!("{line}\n"));
    assert!(
        out.err()
            .contains("1: already has a field `canonym_matches`"),
        "{}",
        out.err()
    );
    let out = t
        .canonym(["normalize", "--jsonl-field", "t", "--strict"])
        .stdin(format!("{line}\n"))
        .run();
    out.code(2);
    assert!(out.stdout.is_empty());
}

#[test]
fn a_clash_of_field_names_is_an_error_before_any_work() {
    let t = Sandbox::new();
    for (field, matches) in [("t", "t"), ("body.text", "body")] {
        let out = t
            .canonym([
                "normalize",
                "--jsonl-field",
                field,
                "--matches-field",
                matches,
            ])
            .stdin("{\"t\":\"KIM JONG-UN\",\"body\":{\"text\":\"x\"}}\n")
            .run();
        out.code(2);
        assert!(out.stdout.is_empty());
        assert!(out
            .one_error_line()
            .contains("would overwrite the field being normalised"));
    }
}

// Item 7: --strict writes every record before the bad one.

#[test]
fn strict_writes_every_record_before_the_bad_one() {
    let t = Sandbox::new();
    let mut input = String::new();
    for k in 0..10 {
        input.push_str(&format!("{{\"id\":{k},\"t\":\"KIM JONG-UN\"}}\n"));
    }
    input.push_str("not json\n{\"id\":11,\"t\":\"x\"}\n");
    for threads in ["1", "2"] {
        let out = t
            .canonym(["normalize", "--jsonl-field", "t", "--strict", "-j", threads])
            .stdin(&input)
            .run();
        out.code(2);
        let recs = out.json_lines();
        assert_eq!(recs.len(), 10, "-j {threads}: {}", out.out());
        assert_eq!(recs[9]["id"], 9);
        assert!(
            out.one_error_line().contains("<stdin>:11: not valid JSON"),
            "{}",
            out.err()
        );
    }
}

// Item 15 and the smaller things.

#[test]
fn threads_are_validated_with_a_clear_usage_error() {
    let t = Sandbox::new();
    for n in ["0", "100000", "18446744073709551615", "x"] {
        let out = t.canonym(["normalize", "-j", n]).stdin("x\n").run();
        out.code(2);
        let err = out.err();
        assert!(
            err.contains("expected a number of threads from 1 to 1024"),
            "-j {n}: {err}"
        );
        assert!(!err.contains("panicked"), "{err}");
    }
    t.canonym(["normalize", "-j", "1024"])
        .stdin("x\n")
        .run()
        .code(0);
}

#[test]
fn errors_writing_stdout_name_it() {
    let t = Sandbox::new();
    t.write("in.txt", TEXT);
    for script in [
        r#""$BIN" --help > /dev/full"#,
        r#""$BIN" --version > /dev/full"#,
        r#""$BIN" normalize in.txt > /dev/full"#,
        r#""$BIN" check --format json in.txt > /dev/full"#,
        r#""$BIN" lookup Putin > /dev/full"#,
    ] {
        let (_, err, code) = bash(t.path(), script);
        assert_eq!(code, 2, "{script}: {err}");
        assert!(
            err.contains("cannot write to stdout: No space left on device"),
            "{script}: {err}"
        );
    }
}

#[test]
fn lint_takes_the_glossary_from_g_or_the_environment() {
    let t = Sandbox::new();
    t.write("g.toml", "[[entry]]\ncanonical = \"Foo Bar\"\n");
    let out = t.canonym(["-g", "g.toml", "glossary", "lint"]).run();
    out.code(0);
    assert_eq!(out.out(), "g.toml: ok, 1 entries\n");
    let out = t
        .canonym(["glossary", "lint"])
        .env("CANONYM_GLOSSARY", "g.toml")
        .run();
    out.code(0);
    assert_eq!(out.out(), "g.toml: ok, 1 entries\n");
    let out = t.canonym(["glossary", "lint"]).run();
    out.code(2);
    assert!(out.one_error_line().contains("needs a PATH"));
}

#[test]
fn normalize_on_a_pipe_writes_each_line_as_it_arrives() {
    use std::io::{BufRead, BufReader};
    let t = Sandbox::new();
    let mut child = t
        .canonym(["normalize"])
        .command()
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start canonym");
    let mut stdin = child.stdin.take().expect("stdin");
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
    // Each line comes back while stdin is still open (this blocked until end of input before);
    // a line that ends in a word (a name could run on into the next line) once the input pauses.
    let (tx, rx) = std::sync::mpsc::channel();
    let reader = std::thread::spawn(move || {
        for _ in 0..2 {
            let mut line = String::new();
            stdout.read_line(&mut line).expect("read a line");
            tx.send(line).expect("send");
        }
        stdout
    });
    let mut lines = Vec::new();
    for sent in [
        &b"KIM JONG-UN spoke.\n"[..],
        b"then Kim Jong-un met Putin\n",
    ] {
        stdin.write_all(sent).expect("write a line");
        stdin.flush().expect("flush");
        lines.push(rx.recv_timeout(Duration::from_secs(30)));
    }
    drop(stdin);
    let status = child.wait().expect("wait");
    let _ = reader.join();
    assert_eq!(
        lines,
        [
            Ok("Kim Jong Un spoke.\n".to_string()),
            Ok("then Kim Jong Un met Putin\n".to_string())
        ]
    );
    assert!(status.success());
}

/// A live stdin read whole (Markdown) that pauses longer than the line wait: the pause is no error
/// and no cut, the document comes out whole.
#[test]
fn a_pausing_pipe_read_as_a_whole_document_is_read_on() {
    let t = Sandbox::new();
    let mut child = t
        .canonym(["normalize", "--stdin-filename", "a.md"])
        .command()
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("start canonym");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(b"# Visit\n\nKim Jong-").expect("write");
    stdin.flush().expect("flush");
    std::thread::sleep(Duration::from_millis(700));
    stdin.write_all(b"un and `Kim Jong-un`\n").expect("write");
    drop(stdin);
    let out = child.wait_with_output().expect("wait");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "# Visit\n\nKim Jong Un and `Kim Jong-un`\n"
    );
}

#[test]
fn glued_words_do_not_match_the_name_they_make_apart() {
    let t = Sandbox::new();
    let out = t
        .canonym(["normalize", "--format", "jsonl"])
        .stdin("Jong UnKim met KimJong Un, then Jong Un Kim.\n")
        .run();
    out.code(0);
    let texts: Vec<String> = out
        .json_lines()
        .iter()
        .map(|m| s(m, "text").to_string())
        .collect();
    assert_eq!(texts, ["Jong Un Kim"]);
}

// Fuzzing that stays: normalize is idempotent, also where names stand side by side or a
// replacement lands next to other letters (the property test in src/properties.rs found these).

/// `normalize` of `text` on stdin in `t`, which must exit 0; its stdout.
fn normalized(t: &Sandbox, text: &str) -> String {
    let out = t.canonym(["normalize"]).stdin(text).run();
    out.code(0);
    out.out()
}

#[test]
fn normalize_twice_is_normalize_once_for_adjacent_names() {
    let t = Sandbox::new();
    let normalize = |text: &str| normalized(&t, text);
    let cases = [
        // A replacement beside a given name: "Jong-un Kim" (given name first) must not win over
        // the longer or better-spelt "Kim Jong Un" that it overlaps.
        ("Jong-un 김정은\n", "Jong-un Kim Jong Un\n"),
        ("Jong Un 김정은\n", "Jong Un Kim Jong Un\n"),
        ("김정은 Kim\n", "Kim Jong Un Kim\n"),
        ("Vladimir Putin Vladimir\n", "Vladimir Putin Vladimir\n"),
        // A Hangul name glued to Latin letters is no name standing as a word.
        ("평양S.\n", "평양S.\n"),
        // Digits are no glue: the day after a name in Chinese and Korean news ("习近平5日"), and
        // the romanised name before them is no numbered pinyin for a second run.
        (
            "国家主席习近平5日在北京会见。김정은2일 평양에서.\n",
            "国家主席Xi Jinping5日在Beijing会见。Kim Jong Un2일 Pyongyang에서.\n",
        ),
        (
            "Xi Jinping met Xi2 Jin4ping2; 习近平5日.\n",
            "Xi Jinping met Xi Jinping; Xi Jinping5日.\n",
        ),
        // A capital S after small letters, or after Cyrillic ones, is no plural.
        ("ПутинS.\n", "ПутинS.\n"),
        // A surname written out in full mentions its person for the short forms after it.
        ("Лавров, Lavrov\u{301}.\n", "Sergei Lavrov, Lavrov.\n"),
        // Initials name the same person in either script.
        ("Путин V.Путин\n", "Vladimir Putin Vladimir Putin\n"),
        ("S. Лавров\n", "Sergei Lavrov\n"),
        // The word before a place is read back across any number of spaces: what a replacement
        // puts before them ("Kim Jong Un") is read as the name it replaced.
        (
            "김정은   Jong Pyong-yang\n",
            "Kim Jong Un   Jong Pyong-yang\n",
        ),
        // A surname whose replacement would make a name with the given name or initial before
        // it (at a sentence's start, across a line break) is left as it is.
        (
            "Лавров S. Sergey Лавров\n",
            "Sergei Lavrov S. Sergey Лавров\n",
        ),
        (
            "Лавров Sergey \n Лавров\n",
            "Sergei Lavrov Sergey \n Лавров\n",
        ),
        ("Путин V. \n Путина\n", "Vladimir Putin V. \n Путина\n"),
        // A spaced dash or quotation mark is no joiner inside a name: the second run does not
        // join the replaced name to the word before it.
        (
            "Путин Vladimir - Путин\n",
            "Vladimir Putin Vladimir - Putin\n",
        ),
        (
            "Путин Vladimir ' Путин\n",
            "Vladimir Putin Vladimir ' Putin\n",
        ),
        ("Vladimir - Putin\n", "Vladimir - Putin\n"),
        // Stray combining marks between hyphens are a gap no name crosses.
        (
            "김정은-\u{301}-김정은\n",
            "Kim Jong Un-\u{301}-Kim Jong Un\n",
        ),
    ];
    for (text, want) in cases {
        let once = normalize(text);
        assert_eq!(once, want, "{text:?}");
        assert_eq!(normalize(&once), once, "normalising {text:?} twice");
    }
}

/// A piece of a large input is read with the end of the piece before it as context: a rule that
/// looks at the text before a name (here: whether `Sergei` opens a sentence, which decides
/// whether the place after it is part of a personal name) answers as for the whole input, also
/// where the piece boundary falls right before the name (the input is cut at the line end after
/// `<` near its first MiB).
#[test]
fn a_rule_reads_the_text_before_a_piece_as_a_whole_run_does() {
    let tail = "<\nSergei Pyong-yang and Jong-un.\n";
    let short = format!("Intro.\n{tail}");
    let filler_line = "Some words of filler text here.\n";
    let mut big = String::new();
    while big.len() + filler_line.len() < (1 << 20) - 12 {
        big.push_str(filler_line);
    }
    big.push_str(tail);
    let t = Sandbox::new();
    let run = |input: &str| normalized(&t, input);
    let whole = run(&short);
    let expected_tail = whole
        .strip_prefix("Intro.\n")
        .expect("the first line stays");
    let streamed = run(&big);
    assert!(
        streamed.ends_with(expected_tail),
        "the tail after a piece boundary: {:?} vs whole {:?}",
        &streamed[streamed.len() - tail.len() - 8..],
        expected_tail
    );
}
