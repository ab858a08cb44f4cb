//! Progress of long runs (`--progress`): a bar on stderr for `normalize` and `check` over large
//! inputs, with the bytes done (of the total, when the inputs' sizes are known), the rate, the
//! time left and the files or records done.
//!
//! `auto` shows it only where a person watches it and nothing else writes there: stderr is a
//! terminal, stdout is not (normalised text or findings scrolling on the same terminal would tear
//! the bar), and the run is large (a directory, a stream of unknown length, or at least
//! [`LARGE`] bytes). `always` draws it on stderr whatever stderr is (a log then holds the escape
//! sequences of the redraws, and the final state); `never` never does. The bar is drawn by the
//! thread that advances it (indicatif's rate-limited draw, no ticker thread).

use super::args::ProgressChoice;
use super::inputs::is_stdin;
use canonym::stream::Input;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::path::PathBuf;

/// From this many bytes of input on, a run is long enough for a bar under `auto` (a few seconds
/// in a debug build, well under one in a release build: not worth a bar below it).
const LARGE: u64 = 4 << 20;

/// Redraws a second at most.
const HZ: u8 = 10;

/// The progress of one run: a bar, or nothing.
pub struct Progress {
    bar: Option<ProgressBar>,
    /// What is counted besides bytes: "files" or "records".
    unit: &'static str,
    /// The number of inputs, when it is more than one.
    inputs: usize,
}

/// What is known of a run's inputs before it starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Size {
    /// Their total size, when every one of them has a size (regular files).
    total: Option<u64>,
    /// A directory was among the FILE arguments.
    directory: bool,
}

/// Should the bar be shown?
fn shown(choice: ProgressChoice, stderr_tty: bool, stdout_tty: bool, size: Size) -> bool {
    match choice {
        ProgressChoice::Never => false,
        ProgressChoice::Always => true,
        ProgressChoice::Auto => {
            let large = size.directory || size.total.is_none_or(|t| t >= LARGE);
            stderr_tty && !stdout_tty && large
        }
    }
}

/// The size of `inputs` (directories expanded; `-` is stdin), and whether `arguments` (the FILE
/// arguments as given) name a directory.
fn size_of(arguments: &[PathBuf], inputs: &[PathBuf]) -> Size {
    let mut total = Some(0u64);
    let stdin = [PathBuf::from("-")];
    let inputs = if inputs.is_empty() {
        &stdin[..]
    } else {
        inputs
    };
    for p in inputs {
        let len = if is_stdin(p) {
            stdin_len()
        } else {
            std::fs::metadata(p)
                .ok()
                .filter(|m| m.is_file())
                .map(|m| m.len())
        };
        total = total.zip(len).map(|(t, l)| t + l);
    }
    Size {
        total,
        directory: arguments.iter().any(|p| !is_stdin(p) && p.is_dir()),
    }
}

/// The size of stdin when it is a regular file (`< file`), else unknown.
fn stdin_len() -> Option<u64> {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        let fd = std::io::stdin().as_fd().try_clone_to_owned().ok()?;
        let meta = std::fs::File::from(fd).metadata().ok()?;
        meta.is_file().then_some(meta.len())
    }
    #[cfg(not(unix))]
    {
        None
    }
}

impl Progress {
    /// The progress of a run over `inputs` (the FILE arguments `arguments`, directories
    /// expanded; none: stdin), counting `unit` ("files", "records") besides bytes.
    pub fn new(
        choice: ProgressChoice,
        arguments: &[PathBuf],
        inputs: &[PathBuf],
        unit: &'static str,
    ) -> Progress {
        let none = Progress {
            bar: None,
            unit,
            inputs: inputs.len(),
        };
        if choice == ProgressChoice::Never {
            return none;
        }
        let size = size_of(arguments, inputs);
        let (stderr_tty, stdout_tty) = (
            std::io::stderr().is_terminal(),
            std::io::stdout().is_terminal(),
        );
        if !shown(choice, stderr_tty, stdout_tty, size) {
            return none;
        }
        let template = match size.total {
            Some(_) => "{bytes}/{total_bytes} [{wide_bar}] {bytes_per_sec}, {eta} left {msg}",
            None => "{spinner} {bytes} {bytes_per_sec} {elapsed} {msg}",
        };
        // The templates are constants: they parse.
        let style = ProgressStyle::with_template(template)
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> ");
        // Drawn on stderr whatever it is (`always` asks for it on a file or a pipe too).
        let target = ProgressDrawTarget::term_like_with_hz(Box::new(console::Term::stderr()), HZ);
        let bar = ProgressBar::with_draw_target(size.total, target).with_style(style);
        Progress {
            bar: Some(bar),
            ..none
        }
    }

    /// `input`, counting its bytes as they are read (stream runs: `normalize`).
    pub fn input<'a>(&self, input: Input<'a>, index: usize) -> Input<'a> {
        let Some(bar) = self.bar.clone() else {
            return input;
        };
        let (unit, inputs) = (self.unit, self.inputs);
        let mut first = true;
        input.with_progress(move |n| {
            if first && inputs > 1 {
                first = false;
                bar.set_message(format!("({} of {inputs} {unit})", index + 1));
            }
            bar.inc(n as u64);
        })
    }

    /// One more input (`check`) of `bytes` done.
    pub fn done(&self, bytes: usize, done: usize) {
        if let Some(bar) = &self.bar {
            bar.set_message(format!("({done} of {} {})", self.inputs, self.unit));
            bar.inc(bytes as u64);
        }
    }

    /// Records done (record mode): shown beside the bytes.
    pub fn records(&self, records: usize) {
        if let Some(bar) = &self.bar {
            bar.set_message(format!("({records} {})", self.unit));
        }
    }

    /// Run `f` (which writes to stderr) with the bar out of its way.
    pub fn suspend<R>(&self, f: impl FnOnce() -> R) -> R {
        match &self.bar {
            Some(bar) => bar.suspend(f),
            None => f(),
        }
    }

    /// The run is over: the bar is drawn a last time, in its final state, and left there on a
    /// line of its own (what follows on stderr, such as `check`'s summary, starts below it).
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish();
            eprintln!();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ProgressChoice::{Always, Auto, Never};

    #[test]
    fn auto_shows_the_bar_to_a_person_on_large_runs_only() {
        let small = Size {
            total: Some(1000),
            directory: false,
        };
        let large = Size {
            total: Some(LARGE),
            directory: false,
        };
        let stream = Size {
            total: None,
            directory: false,
        };
        let dir = Size {
            total: Some(10),
            directory: true,
        };
        // (choice, stderr a terminal, stdout a terminal, size, shown)
        let cases = [
            (Never, true, false, large, false),
            (Always, false, false, small, true),
            (Auto, true, false, large, true),
            (Auto, true, false, stream, true),
            (Auto, true, false, dir, true),
            (Auto, true, false, small, false),
            (Auto, false, false, large, false),
            (Auto, true, true, large, false),
        ];
        for (choice, err, out, size, want) in cases {
            assert_eq!(
                shown(choice, err, out, size),
                want,
                "{choice:?} {err} {out} {size:?}"
            );
        }
    }

    #[test]
    fn sizes_add_up_and_directories_are_seen() {
        let dir = std::env::temp_dir().join(format!("canonym-progress-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let (a, b) = (dir.join("a"), dir.join("b"));
        std::fs::write(&a, "12345").unwrap();
        std::fs::write(&b, "678").unwrap();
        let size = size_of(&[a.clone(), b.clone()], &[a.clone(), b.clone()]);
        assert_eq!(size.total, Some(8));
        assert!(!size.directory);
        let size = size_of(std::slice::from_ref(&dir), &[a, b]);
        assert!(size.directory);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
