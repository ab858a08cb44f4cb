//! Issue 12, through the binary: the index cache is neither trusted blindly nor careless with
//! other people's files (items 8–10), and hostile inputs stay within their limits (items 11–14).

use crate::util::{Sandbox, BIN};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::PathBuf;
use std::time::Duration;

/// Two entries whose spellings cannot be confused: a planted index could turn one into the other.
const GLOSSARY: &str = "[[entry]]\ncanonical = \"Kim Jong Un\"\nlang = \"ko\"\nkind = \"person\"\n\
native = \"김정은\"\nvariants = [\"Kim Jong-un\"]\nshort = [\"Kim\"]\n\
[[entry]]\ncanonical = \"Sergei Lavrov\"\nlang = \"ru\"\nkind = \"person\"\nvariants = [\"Sergey Lavrov\"]\n";

/// The same glossary, poisoned: Kim Jong Un's spellings lead to Sergei Lavrov.
const POISONED: &str =
    "[[entry]]\ncanonical = \"Sergei Lavrov\"\nlang = \"ru\"\nkind = \"person\"\n\
variants = [\"Kim Jong Un\", \"Kim Jong-un\", \"김정은\"]\n";

const TEXT: &str = "Kim Jong-un met Sergey Lavrov; 김정은 spoke. Later Kim left.\n";

/// `normalize` of [`TEXT`] with glossary `g.toml` and the cache in `dir`.
fn normalize(t: &Sandbox, dir: &str) -> crate::util::Output {
    t.canonym(["-g", "g.toml", "--cache-dir", dir, "normalize"])
        .stdin(TEXT)
        .deadline(Duration::from_secs(20))
        .run()
}

/// The index files canonym wrote in `dir` (named by the hex hash it is built from).
fn own_indexes(t: &Sandbox, dir: &str) -> Vec<PathBuf> {
    t.listing(dir)
        .into_iter()
        .filter(|f| f.len() == 36 && f.ends_with(".idx"))
        .map(|f| t.join(dir).join(f))
        .collect()
}

/// The one index file of `dir`, written by a first run.
fn the_index(t: &Sandbox, dir: &str) -> PathBuf {
    let files = own_indexes(t, dir);
    assert_eq!(files.len(), 1, "one index in {dir}: {files:?}");
    files[0].clone()
}

/// A cache built for `glossary` in `dir`, with the output of a fresh run to compare with.
fn cached(t: &Sandbox, glossary: &str, dir: &str) -> (PathBuf, String) {
    t.write("g.toml", glossary);
    let fresh = t
        .canonym(["-g", "g.toml", "--no-cache", "normalize"])
        .stdin(TEXT)
        .run();
    fresh.code(0);
    normalize(t, dir).code(0);
    (the_index(t, dir), fresh.out())
}

#[test]
fn foreign_idx_files_in_the_cache_directory_survive() {
    let t = Sandbox::new();
    t.write("g.toml", GLOSSARY);
    for i in 0..20 {
        t.write(&format!("movie{i:02}.idx"), format!("movie {i}\n"));
    }
    // Someone else's file that looks like an index name but does not start with canonym's header.
    t.write(&format!("{}.idx", "0".repeat(32)), "not an index\n");
    normalize(&t, ".").code(0);
    for i in 0..20 {
        assert_eq!(
            t.read(&format!("movie{i:02}.idx")),
            format!("movie {i}\n").as_bytes()
        );
    }
    assert_eq!(
        t.read(&format!("{}.idx", "0".repeat(32))),
        b"not an index\n"
    );
}

#[test]
fn only_canonyms_own_old_indexes_are_pruned() {
    let t = Sandbox::new();
    for i in 0..20 {
        t.write(&format!("cache/movie{i:02}.idx"), "movie\n");
    }
    for i in 0..11 {
        t.write(
            "g.toml",
            GLOSSARY.replace("Sergei Lavrov", &format!("Sergei Lavrov {i}")),
        );
        normalize(&t, "cache").code(0);
    }
    assert_eq!(
        own_indexes(&t, "cache").len(),
        8,
        "the 8 newest indexes are kept"
    );
    let movies = t
        .listing("cache")
        .iter()
        .filter(|f| f.starts_with("movie"))
        .count();
    assert_eq!(movies, 20);
}

#[test]
fn a_symbolic_link_at_the_cache_name_is_neither_read_nor_written_through() {
    let t = Sandbox::new();
    let (index, fresh) = cached(&t, GLOSSARY, "cache");
    // A valid index of the same glossary, reached through a link: still not read (the link is
    // replaced by a regular file), and a victim file behind another link is never written.
    std::fs::rename(&index, t.join("elsewhere.idx")).unwrap();
    std::os::unix::fs::symlink(t.join("elsewhere.idx"), &index).unwrap();
    let run = normalize(&t, "cache");
    run.code(0);
    assert_eq!(run.out(), fresh);
    let meta = std::fs::symlink_metadata(&index).unwrap();
    assert!(
        meta.file_type().is_file(),
        "the link was replaced, not followed"
    );

    let victim = t.write("victim.txt", "precious\n");
    std::fs::remove_file(&index).unwrap();
    std::os::unix::fs::symlink(&victim, &index).unwrap();
    let run = normalize(&t, "cache");
    run.code(0);
    assert_eq!(run.out(), fresh);
    assert_eq!(t.read("victim.txt"), b"precious\n");
    // No temporary file is left behind.
    assert!(t.listing("cache").iter().all(|f| !f.ends_with(".tmp")));
}

#[test]
fn a_planted_index_is_not_believed() {
    let t = Sandbox::new();
    // The poisoned glossary's index, under its own name.
    let (poisoned, _) = cached(&t, POISONED, "poison");
    let (index, fresh) = cached(&t, GLOSSARY, "cache");
    assert!(fresh.contains("Kim Jong Un met Sergei Lavrov"), "{fresh}");
    let planted = std::fs::read(&poisoned).unwrap();

    // As it is: its header names another glossary.
    std::fs::write(&index, &planted).unwrap();
    let run = normalize(&t, "cache");
    run.code(0);
    assert_eq!(run.out(), fresh);

    // With the expected header copied in: the checksum of the content does not match.
    let genuine = std::fs::read(&index).unwrap();
    let mut forged = planted.clone();
    forged[..24].copy_from_slice(&genuine[..24]);
    std::fs::write(&index, &forged).unwrap();
    let run = normalize(&t, "cache");
    run.code(0);
    assert_eq!(run.out(), fresh);
    assert_eq!(
        std::fs::read(&index).unwrap(),
        genuine,
        "rebuilt and replaced"
    );
}

#[test]
fn an_index_others_can_write_or_own_is_not_read() {
    let t = Sandbox::new();
    let (index, fresh) = cached(&t, GLOSSARY, "cache");
    std::fs::set_permissions(&index, std::fs::Permissions::from_mode(0o666)).unwrap();
    let run = normalize(&t, "cache");
    run.code(0);
    assert_eq!(run.out(), fresh);
    let mode = std::fs::metadata(&index).unwrap().mode() & 0o777;
    assert_eq!(mode, 0o600, "the group-writable index was replaced");

    // Owned by someone else (only root can give a file away).
    let me = std::fs::metadata(t.path()).unwrap().uid();
    if me == 0 {
        let chown = std::process::Command::new("chown")
            .arg("65534")
            .arg(&index)
            .status();
        if chown.is_ok_and(|s| s.success()) {
            let run = normalize(&t, "cache");
            run.code(0);
            assert_eq!(run.out(), fresh);
            assert_eq!(std::fs::metadata(&index).unwrap().uid(), 0, "replaced");
        }
    }
}

#[test]
fn damaged_bytes_of_a_cache_never_change_the_output() {
    let t = Sandbox::new();
    let (index, fresh) = cached(&t, GLOSSARY, "cache");
    let genuine = std::fs::read(&index).unwrap();
    let mut tried = 0;
    for at in (0..genuine.len()).step_by(97) {
        for flip in [0x01u8, 0xff] {
            let mut bad = genuine.clone();
            bad[at] ^= flip;
            std::fs::write(&index, &bad).unwrap();
            let run = normalize(&t, "cache");
            run.code(0);
            assert_eq!(run.out(), fresh, "byte {at} ^ {flip:#x}");
            tried += 1;
        }
    }
    assert!(tried >= 4, "the cache has {} bytes", genuine.len());
    // Cut short, and grown.
    for bad in [
        &genuine[..genuine.len() - 1],
        &[genuine.as_slice(), b"x"].concat()[..],
    ] {
        std::fs::write(&index, bad).unwrap();
        let run = normalize(&t, "cache");
        run.code(0);
        assert_eq!(run.out(), fresh);
    }
}

#[test]
fn a_fifo_at_the_cache_name_does_not_hang() {
    let t = Sandbox::new();
    let (index, fresh) = cached(&t, GLOSSARY, "cache");
    std::fs::remove_file(&index).unwrap();
    let made = std::process::Command::new("mkfifo").arg(&index).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo");
    let run = normalize(&t, "cache");
    run.code(0);
    assert_eq!(run.out(), fresh);
}

#[test]
fn a_link_at_the_old_predictable_temporary_name_is_never_written_through() {
    // Issue 12, item 9: the temporary file was `.<hash>.idx.<pid>.tmp`, opened through links, so
    // another user could plant a link there to a file of yours. The shell plants it with its own
    // process id, which `exec` hands on to canonym.
    let t = Sandbox::new();
    let (index, fresh) = cached(&t, GLOSSARY, "cache");
    let name = index.file_name().unwrap().to_str().unwrap().to_string();
    std::fs::remove_file(&index).unwrap();
    let victim = t.write("victim.txt", "precious\n");
    let script = format!(
        "ln -s \"$1\" \"cache/.{name}.$$.tmp\" && exec \"$0\" -g g.toml --cache-dir cache normalize"
    );
    let out = std::process::Command::new("sh")
        .current_dir(t.path())
        .env_remove("CANONYM_GLOSSARY")
        .args(["-c", &script])
        .arg(BIN)
        .arg(&victim)
        .stdin(std::fs::File::open(t.write("text.txt", TEXT)).unwrap())
        .output()
        .expect("run sh");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), fresh);
    assert_eq!(t.read("victim.txt"), b"precious\n");
    // The index was written, under its own name, as a regular file.
    assert!(std::fs::symlink_metadata(&index).unwrap().is_file());
}

#[test]
fn the_cache_directory_is_0700_and_its_files_0600_whatever_the_umask() {
    let t = Sandbox::new();
    t.write("g.toml", GLOSSARY);
    let status = std::process::Command::new("sh")
        .current_dir(t.path())
        .env_remove("CANONYM_GLOSSARY")
        .args(["-c", "umask 000; exec \"$0\" -g g.toml --cache-dir new/cache lookup 'Kim Jong Un' >/dev/null"])
        .arg(BIN)
        .status()
        .expect("run sh");
    assert!(status.success());
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().mode() & 0o777;
    assert_eq!(mode(&t.join("new/cache")), 0o700);
    let index = the_index(&t, "new/cache");
    assert_eq!(mode(&index), 0o600);
}

/// `glossary lint` of `toml`, written as `g.toml`.
fn lint(t: &Sandbox, toml: &str) -> crate::util::Output {
    t.write("g.toml", toml);
    t.canonym(["glossary", "lint", "g.toml"]).run()
}

#[test]
fn spellings_past_the_limits_are_refused_with_their_position() {
    let t = Sandbox::new();
    let entry = |field: &str, value: &str| {
        format!("[[entry]]\ncanonical = \"Kim Jong Un\"\n{field} = [\"{value}\"]\n")
    };
    let cases = [
        entry("variants", &"a".repeat(257)),
        entry("variants", &vec!["Kim"; 17].join(" ")),
        entry("short", &"b".repeat(300)),
        entry("native", &"김".repeat(3000)),
    ];
    for toml in &cases {
        let run = lint(&t, toml);
        run.code(2);
        let err = run.err();
        assert!(err.starts_with("g.toml:3:"), "{err}");
        assert!(
            err.contains("longer than") || err.contains("more than 16 words"),
            "{err}"
        );
        // The value is shown shortened: the message stays one short line.
        assert!(err.lines().next().unwrap().chars().count() < 300, "{err}");
    }
    let long_canonical = format!("[[entry]]\ncanonical = \"{}\"\n", "K".repeat(2 << 20));
    let run = lint(&t, &long_canonical);
    run.code(2);
    assert!(
        run.err().starts_with("g.toml:2:13: canonical form `KKK"),
        "{}",
        run.err()
    );
    assert!(run.err().len() < 1000);
    // At the limits, all is well.
    lint(&t, &entry("variants", &vec!["Kim"; 16].join(" "))).code(0);
    lint(&t, &entry("native", &"김".repeat(128))).code(0);
}

#[test]
fn every_command_shows_a_huge_value_shortened() {
    // Issue 12, "Smaller things": a 10 MB value once came back as one line of 26.6 MB from
    // `lookup`. Every command that loads the glossary shows the problem on one short line.
    let t = Sandbox::new();
    let huge = format!("[[entry]]\ncanonical = \"{}\"\n", "K".repeat(2 << 20));
    t.write("g.toml", &huge);
    for args in [
        &["-g", "g.toml", "lookup", "Kim"][..],
        &["-g", "g.toml", "check", "g.toml"],
        &["-g", "g.toml", "normalize"],
        &["-g", "g.toml", "glossary", "lint"],
    ] {
        let run = t.canonym(args).stdin("Kim\n").run();
        run.code(2);
        let err = run.err();
        assert!(err.contains("canonical form `KKK"), "{args:?}: {err}");
        assert!(err.len() < 1000, "{args:?}: {} bytes on stderr", err.len());
        // One problem a line (lint ends with its count of problems).
        assert!(err.lines().count() <= 2, "{args:?}: {err}");
    }
}

#[test]
fn invisible_and_control_characters_are_refused_and_shown_escaped() {
    let t = Sandbox::new();
    for (escape, shown) in [
        ("\\u0000", "\\u{0000}"),
        ("\\n", "\\u{000A}"),
        ("\\u202E", "\\u{202E}"),
        ("\\u200B", "\\u{200B}"),
        ("\\u2066", "\\u{2066}"),
        ("\\u0007", "\\u{0007}"),
    ] {
        for toml in [
            format!("[[entry]]\ncanonical = \"Kim{escape}Jong Un\"\n"),
            format!(
                "[[entry]]\ncanonical = \"Kim Jong Un\"\nvariants = [\"Kim{escape}Jong-un\"]\n"
            ),
        ] {
            let run = lint(&t, &toml);
            run.code(2);
            let err = run.err();
            assert!(err.contains(shown), "{escape}: {err}");
            assert!(
                !err.contains(['\0', '\u{202E}', '\u{200B}', '\u{2066}', '\u{7}']),
                "{err:?}"
            );
            assert!(err.lines().count() == 2, "one line and the summary: {err}");
        }
    }
}

#[test]
fn lint_reports_the_first_syntax_error() {
    let t = Sandbox::new();
    for (toml, at) in [
        (
            "[[entry]]\ncanonical = 12abc\n[[entry]]\ncanonical = \"B\" x\n",
            "g.toml:2:13:",
        ),
        (
            "[[entry]]\ncanonical = \"K\0im\"\n[[entry]]\ncanonical = \"B\" x\n",
            "g.toml:2:",
        ),
        (
            "[[entry]]\ncanonical = \"A\n[[entry]]\ncanonical = \n",
            "g.toml:2:",
        ),
    ] {
        let run = lint(&t, toml);
        run.code(2);
        assert!(run.err().starts_with(at), "{toml:?}: {}", run.err());
    }
}

/// A glossary of one entry whose `n` variants, made by `variant`, are one array on one line.
fn one_long_array(n: usize, variant: impl Fn(usize) -> String) -> String {
    let variants: Vec<String> = (0..n).map(variant).collect();
    format!(
        "[[entry]]\ncanonical = \"Kim Jong Un\"\nvariants = [{}]\n",
        variants.join(", ")
    )
}

#[test]
fn lint_is_linear_in_a_long_array() {
    let t = Sandbox::new();
    // 100,000 variants in one array took 4.9 s (quadratic in the line's length).
    let run = lint(
        &t,
        &one_long_array(100_000, |i| format!("\"Kim Jong Un {i}\"")),
    );
    run.code(0);
    // Every variant a problem: each is reported with its column on the one long line, which
    // must not be counted from the line's start again for each.
    let toml = one_long_array(200_000, |i| format!("\"Kim\\u0007 Jong Un {i}\""));
    t.write("g.toml", &toml);
    let run = t
        .canonym(["glossary", "lint", "g.toml"])
        .deadline(Duration::from_secs(30))
        .run();
    run.code(2);
    assert!(
        run.err().ends_with("200000 problems found\n"),
        "{}",
        &run.err()[run.err().len() - 200..]
    );
    assert!(run
        .err()
        .contains("g.toml:3:5488875: variant `Kim\\u{0007} Jong Un 199999`"));
}

#[test]
fn check_is_linear_on_one_long_capitalised_token() {
    let t = Sandbox::new();
    // An unwrapped DNA sequence: one capitalised word of a million letters.
    let mut seq = String::from("Kim Jong-un met ");
    let mut x: u32 = 12345;
    for _ in 0..1_000_000 {
        x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
        seq.push(['A', 'C', 'G', 'T'][(x >> 16) as usize % 4]);
    }
    seq.push('\n');
    t.write("seq.txt", &seq);
    let run = t.canonym(["check", "--format", "json", "seq.txt"]).run();
    run.code(1);
    assert_eq!(run.json_lines().len(), 1);
}

#[test]
fn check_diff_is_linear_in_lines() {
    let t = Sandbox::new();
    let text: String = (0..50_000)
        .map(|i| format!("line {i}: Kim Jong-un spoke\n"))
        .collect();
    t.write("lines.txt", &text);
    let run = t.canonym(["check", "--diff", "lines.txt"]).run();
    run.code(1);
    assert_eq!(
        run.out()
            .lines()
            .filter(|l| l.starts_with('+') && !l.starts_with("+++"))
            .count(),
        50_000
    );
}
