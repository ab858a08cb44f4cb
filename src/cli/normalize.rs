//! `canonym normalize`: the text with every recognised spelling replaced (or the matches as JSON
//! Lines), from files, directories or stdin; and the record-stream mode for JSON Lines pipelines.

use super::args::{NormalizeArgs, NormalizeFormat};
use super::inputs::{is_stdin, stdin_is_live, stream_input};
use super::plan::Job;
use super::progress::Progress;
use anyhow::{bail, Result};
use canonym::records::{normalize_records, RecordError, RecordOptions};
use canonym::report::{MatchLines, NormalizedText};
use canonym::stream::{self, Input, StreamError, StreamOptions};
use canonym::Matcher;
use std::io::{self, Write};
use std::path::Path;

/// How long a line of live input that ends in a word waits for the next line (a name may run on
/// across the break) before it is written anyway.
const QUIET: std::time::Duration = std::time::Duration::from_millis(200);

pub fn run(matcher: &Matcher, args: &NormalizeArgs, job: &Job) -> Result<u8> {
    let out = io::BufWriter::with_capacity(1 << 16, super::stdout());
    let progress = Progress::new(args.progress, &args.files, &job.inputs, "files");
    // Text arriving on a pipe or a terminal goes out line by line (behind `tail -f`); a line that
    // ends in a word waits for the next one, at most a moment (`QUIET`).
    let only_stdin = job.inputs.iter().all(|p| is_stdin(p));
    let eager = only_stdin && stdin_is_live();
    let inputs: Vec<Input<'static>> = if eager {
        let stdin = Input::new("<stdin>", stream::LiveReader::new(io::stdin(), QUIET))
            .with_markup(job.markup.of(Path::new("-")));
        vec![progress.input(stdin, 0)]
    } else if job.inputs.is_empty() {
        vec![progress.input(stream_input(Path::new("-"), &job.markup), 0)]
    } else {
        job.inputs
            .iter()
            .enumerate()
            .map(|(i, p)| progress.input(stream_input(p, &job.markup), i))
            .collect()
    };
    let options = StreamOptions {
        threads: job.threads,
        fuzzy: args.fuzzy,
        eager,
        ..StreamOptions::default()
    };
    // A bad input is reported when its turn comes, and the run goes on (exit 2 at the end).
    let mut report = |e: StreamError| {
        progress.suspend(|| eprintln!("canonym: error: {e}"));
        Ok(())
    };
    let stats = match args.format {
        NormalizeFormat::Text => {
            let mut text = NormalizedText::new(out, matcher, args.fuzzy);
            stream::normalize_each(matcher, inputs, &mut text, &options, &mut report)?
        }
        NormalizeFormat::Jsonl => stream::normalize_each(
            matcher,
            inputs,
            &mut MatchLines::new(out, matcher),
            &options,
            &mut report,
        )?,
    };
    progress.finish();
    Ok(job.exit_code(stats.failed > 0, 0))
}

/// Record-stream mode: JSON Lines in, the same records out with the field normalised and the
/// matches added.
pub fn records(
    matcher: &Matcher,
    args: &NormalizeArgs,
    field: Vec<String>,
    job: &Job,
) -> Result<u8> {
    let progress = Progress::new(args.progress, &args.files, &job.inputs, "records");
    let mut out = Records {
        out: io::BufWriter::with_capacity(1 << 16, super::stdout()),
        progress: &progress,
        records: 0,
    };
    let options = RecordOptions {
        field,
        matches_field: args.matches_field.clone(),
        fuzzy: args.fuzzy,
        strict: args.strict,
        threads: job.threads,
        // A record's field is plain text unless the markup is named.
        markup: job.markup.fixed.unwrap_or_default(),
    };
    // Each input is opened when its turn comes; one that cannot be opened or read is reported,
    // and the run goes on with the next (exit 2 at the end).
    let inputs: Vec<Input<'static>> = if job.inputs.is_empty() {
        vec![progress.input(Input::new("<stdin>", io::stdin()), 0)]
    } else {
        job.inputs
            .iter()
            .enumerate()
            .map(|(i, p)| progress.input(stream_input(p, &job.markup), i))
            .collect()
    };
    let mut failed = false;
    for input in inputs {
        let name = input.name().to_string();
        let result = normalize_records(matcher, input, &mut out, &options, &mut |w| {
            progress.suspend(|| {
                eprintln!("canonym: warning: {name}:{w}; record passed through unchanged")
            });
        });
        match result {
            Ok(_) => {}
            Err(e @ RecordError::Malformed { .. }) => {
                out.flush()?;
                bail!("{e} (--strict stops at the first malformed record)")
            }
            Err(e @ (RecordError::Read { .. } | RecordError::InvalidUtf8 { .. })) => {
                out.flush()?;
                progress.suspend(|| eprintln!("canonym: error: {e}"));
                failed = true;
            }
            Err(e) => return Err(e.into()),
        }
    }
    out.flush()?;
    progress.finish();
    Ok(job.exit_code(failed, 0))
}

/// The output of record mode, counting the records written (one a line) for the progress bar.
struct Records<'p, W: Write> {
    out: W,
    progress: &'p Progress,
    records: usize,
}

impl<W: Write> Write for Records<'_, W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.out.write(buf)?;
        let lines = memchr::memchr_iter(b'\n', &buf[..n]).count();
        if lines > 0 {
            self.records += lines;
            self.progress.records(self.records);
        }
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}
