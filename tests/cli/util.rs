//! Shared helpers for the CLI tests: a fresh temporary directory per test, files written into it,
//! and the real `canonym` binary run inside it with chosen arguments, stdin and environment.
//!
//! The environment is controlled so that no test depends on the machine it runs on:
//! `CANONYM_GLOSSARY` is always removed (a test sets it explicitly when it wants it), and every
//! run has a deadline so that a hang shows up as a failure instead of a stuck suite.

use std::ffi::OsString;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The binary under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_canonym");

/// The repository root (for the bundled glossaries and the shared samples next to it).
pub const MANIFEST_DIR: &str = env!("CARGO_MANIFEST_DIR");

/// How long any one run may take before the test fails as hung.
const DEFAULT_DEADLINE: Duration = Duration::from_secs(180);

/// A temporary directory that lives as long as the test.
pub struct Sandbox {
    dir: tempfile::TempDir,
}

impl Sandbox {
    /// A fresh, empty directory.
    pub fn new() -> Sandbox {
        Sandbox {
            dir: tempfile::Builder::new()
                .prefix("canonym-cli-")
                .tempdir()
                .expect("create a temporary directory"),
        }
    }

    /// The directory itself.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// `name` inside the directory.
    pub fn join(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Write `contents` to `name` (parent directories created) and return its full path.
    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create parent directories");
        }
        std::fs::write(&path, contents).expect("write a test file");
        path
    }

    /// Create the directory `name` (and its parents).
    pub fn mkdir(&self, name: &str) -> PathBuf {
        let path = self.join(name);
        std::fs::create_dir_all(&path).expect("create a directory");
        path
    }

    /// The bytes of `name`.
    pub fn read(&self, name: &str) -> Vec<u8> {
        std::fs::read(self.join(name)).expect("read a test file")
    }

    /// The names of the entries directly inside `name` ("" for the directory itself), sorted.
    pub fn listing(&self, name: &str) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.join(name))
            .expect("list a directory")
            .map(|e| {
                e.expect("directory entry")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        names.sort();
        names
    }

    /// A run of `canonym` with `args`, in this directory.
    pub fn canonym<I, S>(&self, args: I) -> Run
    where
        I: IntoIterator<Item = S>,
        S: Into<OsString>,
    {
        Run {
            dir: self.path().to_path_buf(),
            args: args.into_iter().map(Into::into).collect(),
            stdin: Vec::new(),
            env: Vec::new(),
            deadline: DEFAULT_DEADLINE,
        }
    }
}

/// A configured run of the binary.
pub struct Run {
    dir: PathBuf,
    args: Vec<OsString>,
    stdin: Vec<u8>,
    env: Vec<(OsString, OsString)>,
    deadline: Duration,
}

impl Run {
    /// Run in `dir` instead of the sandbox itself.
    pub fn in_dir(mut self, dir: &Path) -> Run {
        self.dir = dir.to_path_buf();
        self
    }

    /// Feed `input` on stdin (by default stdin is empty, never the terminal).
    pub fn stdin(mut self, input: impl AsRef<[u8]>) -> Run {
        self.stdin = input.as_ref().to_vec();
        self
    }

    /// Set an environment variable for this run.
    pub fn env(mut self, key: impl Into<OsString>, value: impl Into<OsString>) -> Run {
        self.env.push((key.into(), value.into()));
        self
    }

    /// Fail the test (as hung) if the run takes longer than `limit`.
    pub fn deadline(mut self, limit: Duration) -> Run {
        self.deadline = limit;
        self
    }

    /// The command, with the sandbox's rules applied.
    pub fn command(&self) -> Command {
        let mut cmd = Command::new(BIN);
        cmd.args(&self.args)
            .current_dir(&self.dir)
            .env_remove("CANONYM_GLOSSARY")
            .env("RUST_BACKTRACE", "0");
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        cmd
    }

    /// Run to completion (failing the test if it outlives the deadline) and collect the output.
    pub fn run(self) -> Output {
        let mut child = self
            .command()
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start canonym");
        let mut stdin = child.stdin.take().expect("stdin pipe");
        let input = self.stdin;
        // Write stdin on its own thread: the binary may not read it all (or at all), and a
        // large input must not deadlock against a full stdout pipe.
        let writer = std::thread::spawn(move || {
            let _ = stdin.write_all(&input);
        });
        let out = reader(child.stdout.take().expect("stdout pipe"));
        let err = reader(child.stderr.take().expect("stderr pipe"));
        let code = wait_or_kill(&mut child, self.deadline, &self.args);
        let _ = writer.join();
        Output {
            stdout: out.join().expect("stdout reader"),
            stderr: err.join().expect("stderr reader"),
            code,
        }
    }
}

fn reader<R: Read + Send + 'static>(mut r: R) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = r.read_to_end(&mut buf);
        buf
    })
}

/// Wait for `child`; past `deadline`, kill it and fail the test naming the command.
pub fn wait_or_kill(child: &mut Child, deadline: Duration, args: &[OsString]) -> i32 {
    let start = Instant::now();
    loop {
        match child.try_wait().expect("wait for canonym") {
            Some(status) => {
                return status.code().unwrap_or_else(|| {
                    panic!("canonym {args:?} was killed by a signal: {status:?}")
                })
            }
            None if start.elapsed() > deadline => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("canonym {args:?} did not finish within {deadline:?} (hang?)");
            }
            None => std::thread::sleep(Duration::from_millis(5)),
        }
    }
}

/// What a run produced.
pub struct Output {
    /// Raw stdout.
    pub stdout: Vec<u8>,
    /// Raw stderr.
    pub stderr: Vec<u8>,
    /// Exit code.
    pub code: i32,
}

impl Output {
    /// stdout as UTF-8 (the test fails if it is not).
    pub fn out(&self) -> String {
        String::from_utf8(self.stdout.clone()).expect("stdout is UTF-8")
    }

    /// stderr, lossily decoded.
    pub fn err(&self) -> String {
        String::from_utf8_lossy(&self.stderr).into_owned()
    }

    /// Fail unless the exit code is `code`, showing both streams.
    #[track_caller]
    pub fn code(&self, code: i32) -> &Output {
        assert_eq!(
            self.code,
            code,
            "unexpected exit code\n--- stdout\n{}\n--- stderr\n{}",
            String::from_utf8_lossy(&self.stdout),
            self.err()
        );
        self
    }

    /// stdout parsed as JSON Lines (one object per non-empty line).
    #[track_caller]
    pub fn json_lines(&self) -> Vec<serde_json::Value> {
        self.out()
            .lines()
            .filter(|l| !l.is_empty())
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l:?}")))
            .collect()
    }

    /// Fail unless stderr is exactly one line starting `canonym: error:`.
    #[track_caller]
    pub fn one_error_line(&self) -> String {
        let err = self.err();
        let lines: Vec<&str> = err.lines().collect();
        assert_eq!(lines.len(), 1, "expected one stderr line, got:\n{err}");
        assert!(
            lines[0].starts_with("canonym: error:"),
            "stderr does not start with `canonym: error:`: {err}"
        );
        assert!(!err.contains("panicked"), "panic: {err}");
        lines[0].to_string()
    }
}

/// A string field of a JSON object (fails the test when absent or not a string).
#[track_caller]
pub fn s<'a>(v: &'a serde_json::Value, key: &str) -> &'a str {
    v[key]
        .as_str()
        .unwrap_or_else(|| panic!("`{key}` is not a string in {v}"))
}

/// An unsigned integer field of a JSON object.
#[track_caller]
pub fn n(v: &serde_json::Value, key: &str) -> usize {
    let x = v[key]
        .as_u64()
        .unwrap_or_else(|| panic!("`{key}` is not an unsigned integer in {v}"));
    usize::try_from(x).expect("fits in usize")
}

/// The keys of a JSON object, in order.
#[track_caller]
pub fn keys(v: &serde_json::Value) -> Vec<&str> {
    v.as_object()
        .unwrap_or_else(|| panic!("not an object: {v}"))
        .keys()
        .map(String::as_str)
        .collect()
}

/// Check that every normalize-jsonl match points at its text: `input[start..end] == text`.
#[track_caller]
pub fn assert_spans(input: &str, matches: &[serde_json::Value]) {
    for m in matches {
        let (start, end) = (n(m, "start"), n(m, "end"));
        let got = input
            .get(start..end)
            .unwrap_or_else(|| panic!("span {start}..{end} is not a char-boundary slice: {m}"));
        assert_eq!(got, s(m, "text"), "span {start}..{end} of the input: {m}");
    }
}

/// `(text, id)` of every resolved match of `normalize --format jsonl` on `input`, with the
/// glossary `glossary` (TOML) as the only one; the spans are checked against the input.
#[track_caller]
pub fn resolved(glossary: &str, input: &str) -> Vec<(String, String)> {
    let t = Sandbox::new();
    t.write("g.toml", glossary);
    let out = t
        .canonym(["-g", "g.toml", "normalize", "--format", "jsonl"])
        .stdin(input)
        .run();
    out.code(0);
    let ms = out.json_lines();
    assert_spans(input, &ms);
    ms.iter()
        .filter(|m| m["id"].is_string())
        .map(|m| (s(m, "text").to_string(), s(m, "id").to_string()))
        .collect()
}

/// `(text, id)` pairs written as string slices, to compare with [`resolved`].
pub fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

/// The project's shared folder (the samples, the benchmark's generator): `$CANONYM_SHARED` when
/// set, else `../shared` beside the checkout, else `/work/shared`. A test that needs it fails
/// when it is missing, naming where it looked, instead of passing without having run.
#[track_caller]
pub fn shared(relative: &str) -> PathBuf {
    let candidates: Vec<PathBuf> = match std::env::var_os("CANONYM_SHARED") {
        Some(dir) => vec![PathBuf::from(dir)],
        None => vec![
            Path::new(MANIFEST_DIR).join("../shared"),
            PathBuf::from("/work/shared"),
        ],
    };
    let found = candidates
        .iter()
        .map(|d| d.join(relative))
        .find(|p| p.exists());
    found.unwrap_or_else(|| {
        panic!(
            "{relative} is not in the shared folder (looked in {}); set CANONYM_SHARED to it",
            candidates
                .iter()
                .map(|d| d.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        )
    })
}

/// The bundled glossary directory of the repository.
pub fn bundled_dir() -> PathBuf {
    Path::new(MANIFEST_DIR).join("glossaries")
}

/// What a measured run left: its exit code, stdout, stderr, peak resident size in KiB and CPU
/// time (user and system) in seconds (each `None` where it cannot be measured).
pub struct Measured {
    pub code: i32,
    pub out: Vec<u8>,
    pub err: String,
    pub peak_kib: Option<u64>,
    pub cpu_s: Option<f64>,
}

/// Run `canonym args` in `t` with stdout and stderr in files, measuring its peak memory and CPU
/// time: with `/usr/bin/time` where it exists, else the peak only, from the high-water mark
/// (`VmHWM`) in `/proc` while the run lasts.
pub fn measured(t: &Sandbox, args: &[&str]) -> Measured {
    let time = Path::new("/usr/bin/time");
    let with_time = time.exists();
    let mut cmd = if with_time {
        let mut cmd = Command::new(time);
        cmd.args(["-f", "%M %U %S", "-o"])
            .arg(t.join("peak"))
            .arg(BIN);
        cmd
    } else {
        Command::new(BIN)
    };
    let file = |name| std::fs::File::create(t.join(name)).expect("create an output file");
    cmd.args(args)
        .current_dir(t.path())
        .env_remove("CANONYM_GLOSSARY")
        .stdin(Stdio::null())
        .stdout(file("stdout"))
        .stderr(file("stderr"));
    let mut child = cmd.spawn().expect("start canonym");
    let status = format!("/proc/{}/status", child.id());
    let mut hwm = None;
    let code = if with_time || !Path::new(&status).exists() {
        wait_or_kill(&mut child, Duration::from_secs(300), &[])
    } else {
        // No `time`: poll the high-water mark, which only grows, until the run ends.
        let start = std::time::Instant::now();
        loop {
            if let Some(k) = std::fs::read_to_string(&status)
                .ok()
                .and_then(|s| vm_hwm(&s))
            {
                hwm = hwm.max(Some(k));
            }
            if let Some(s) = child.try_wait().expect("wait for canonym") {
                break s.code().expect("canonym exits");
            }
            assert!(
                start.elapsed() < Duration::from_secs(300),
                "canonym {args:?} hangs"
            );
            std::thread::sleep(Duration::from_millis(2));
        }
    };
    // The last line holds the figures (a line before it may say that the command failed).
    let figures: Vec<String> = if with_time {
        let peak = String::from_utf8(t.read("peak")).expect("time writes text");
        let last = peak.lines().last().unwrap_or_default();
        last.split_whitespace().map(str::to_string).collect()
    } else {
        Vec::new()
    };
    let peak_kib = figures.first().and_then(|k| k.parse().ok()).or(hwm);
    let seconds = |i: usize| figures.get(i).and_then(|s| s.parse::<f64>().ok());
    let cpu_s = seconds(1)
        .zip(seconds(2))
        .map(|(user, system)| user + system);
    if peak_kib.is_none() {
        eprintln!("memory: cannot measure peak memory here (no /usr/bin/time, no /proc); bounds not checked");
    }
    Measured {
        code,
        out: t.read("stdout"),
        err: String::from_utf8_lossy(&t.read("stderr")).into_owned(),
        peak_kib,
        cpu_s,
    }
}

/// The `VmHWM` line of a `/proc/PID/status`, in KiB.
fn vm_hwm(status: &str) -> Option<u64> {
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
