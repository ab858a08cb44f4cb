//! The second workload: a glossary whose entries carry native forms (Hangul, Han, Cyrillic) and one
//! canonical romanisation each, and a corpus that spells the names as independent romanisers do
//! (`gen_native.py` of the shared folder's `bench/`: 100,000 entries, 30 MB). It measures what
//! generation costs: the first run (parse, build, write the cache) and its peak memory, the cache
//! file, a cached run, `normalize` on one thread against `aho-corasick`'s `replace_all` handed the
//! exact spellings the corpus uses (`variants.tsv`), and the line-exact accuracy against the
//! generator's `expected.txt`.
//!
//! The generator needs three PyPI romanisers (korean-romanizer, pypinyin, iuliia). The data is
//! read from `$CANONYM_NATIVE_DIR`, else `data/native` beside the shared folder (outside the
//! repository); when it is missing it is generated with `$CANONYM_GEN_PYTHON` (else the `genv`
//! virtual environment beside the shared folder, else `python3`) if that Python has the three
//! packages; otherwise the workload is skipped with a message saying how to enable it.
//!
//! Environment: CANONYM_NATIVE_ENTRIES (100000), CANONYM_NATIVE_MB (30).

use super::{env_or, median, peak_rss_kb, shared, time, Row};
use aho_corasick::{AhoCorasick, MatchKind};
use canonym::report::NormalizedText;
use canonym::stream::{normalize, Input, StreamOptions};
use canonym::{Glossary, Matcher, MatcherOptions};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The workload's data directory, generated if missing; `Err` says why it is not there.
fn data(root: &Path, entries: usize, mb: usize) -> Result<PathBuf, String> {
    let gen = shared(root, "bench/gen_native.py");
    let base = gen
        .parent()
        .and_then(Path::parent)
        .and_then(Path::parent)
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("/work"));
    let default_name = if (entries, mb) == (100_000, 30) {
        "native".to_string()
    } else {
        format!("native-{entries}-{mb}")
    };
    let dir = std::env::var_os("CANONYM_NATIVE_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| base.join("data").join(default_name));
    let files = [
        "glossary.toml",
        "corpus.txt",
        "expected.txt",
        "variants.tsv",
    ];
    if files.iter().all(|f| dir.join(f).exists()) {
        return Ok(dir);
    }
    let python = std::env::var_os("CANONYM_GEN_PYTHON")
        .map(PathBuf::from)
        .or_else(|| {
            let p = base.join("genv/bin/python");
            p.exists().then_some(p)
        })
        .unwrap_or_else(|| PathBuf::from("python3"));
    let has_packages = Command::new(&python)
        .args(["-c", "import korean_romanizer, pypinyin, iuliia"])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !has_packages {
        return Err(format!(
            "no data in {} and {} lacks korean-romanizer, pypinyin or iuliia; \
             `python3 -m venv {v} && {v}/bin/pip install korean-romanizer pypinyin iuliia` enables it \
             (or set CANONYM_NATIVE_DIR to data made by {})",
            dir.display(),
            python.display(),
            gen.display(),
            v = base.join("genv").display(),
        ));
    }
    eprintln!("generating the native-forms data in {} ...", dir.display());
    let status = Command::new(&python)
        .arg(&gen)
        .args([
            "--entries",
            &entries.to_string(),
            "--megabytes",
            &mb.to_string(),
            "--out",
        ])
        .arg(&dir)
        .status()
        .map_err(|e| format!("{}: {e}", python.display()))?;
    if !status.success() {
        return Err(format!("{} failed", gen.display()));
    }
    Ok(dir)
}

/// "median (min-max)" of durations, in seconds.
fn spread(v: &[Duration]) -> (f64, String) {
    let mut s: Vec<f64> = v.iter().map(Duration::as_secs_f64).collect();
    s.sort_by(f64::total_cmp);
    let m = s[s.len() / 2];
    (m, format!("{m:.2} s ({:.2}-{:.2})", s[0], s[s.len() - 1]))
}

/// "median MB (min-max)" of peak memories in kB.
fn spread_mb(v: &[u64]) -> (f64, String) {
    let mut s: Vec<f64> = v.iter().map(|&kb| kb as f64 / 1024.0).collect();
    s.sort_by(f64::total_cmp);
    let m = s[s.len() / 2];
    (m, format!("{m:.0} MB ({:.0}-{:.0})", s[0], s[s.len() - 1]))
}

/// A table: its title, its rows, its targets (met or not).
type Table = (String, Vec<Row>, Vec<(String, bool)>);

/// Run the workload: its table rows and target checks, or why it was skipped.
pub fn run(root: &Path, bin: &str, runs: usize) -> Result<Table, String> {
    let entries = env_or("CANONYM_NATIVE_ENTRIES", 100_000);
    let mb = env_or("CANONYM_NATIVE_MB", 30);
    let dir = data(root, entries, mb)?;
    let glossary = dir.join("glossary.toml").display().to_string();
    let corpus_path = dir.join("corpus.txt");
    let corpus_arg = corpus_path.display().to_string();
    let corpus = std::fs::read(&corpus_path).map_err(|e| e.to_string())?;
    let size_mb = corpus.len() as f64 / 1e6;
    let mut rows: Vec<Row> = Vec::new();
    let mut checks = Vec::new();
    // A name of the glossary, so that `lookup` resolves it (a miss would build the near-miss
    // index, which a cached run does not otherwise need).
    let text = std::fs::read_to_string(&glossary).map_err(|e| e.to_string())?;
    let name = text
        .lines()
        .find_map(|l| l.strip_prefix("canonical = \""))
        .and_then(|l| l.strip_suffix('"'))
        .unwrap_or("Kim Jong Un")
        .to_string();
    drop(text);

    // First runs: parse, build, write the cache, each into an empty cache directory; the
    // process's own peak memory (see `CANONYM_PEAK_RSS`).
    let (mut first, mut peaks, mut cache_size) = (Vec::new(), Vec::new(), 0u64);
    let cached = tempfile::tempdir().map_err(|e| e.to_string())?;
    for _ in 0..runs {
        let cold = tempfile::tempdir().map_err(|e| e.to_string())?;
        let cold_arg = cold.path().display().to_string();
        let t = Instant::now();
        let out = Command::new(bin)
            .args(["-g", &glossary, "--cache-dir", &cold_arg, "lookup", &name])
            .env("CANONYM_PEAK_RSS", "1")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .output()
            .map_err(|e| e.to_string())?;
        first.push(t.elapsed());
        let err = String::from_utf8_lossy(&out.stderr);
        if let Some(kb) = err.lines().find_map(|l| {
            l.strip_prefix("canonym: peak-rss-kb ")
                .and_then(|v| v.trim().parse::<u64>().ok())
        }) {
            peaks.push(kb);
        }
        cache_size = std::fs::read_dir(cold.path())
            .map_err(|e| e.to_string())?
            .filter_map(|e| e.ok()?.metadata().ok())
            .filter(|m| m.is_file())
            .map(|m| m.len())
            .max()
            .unwrap_or(0);
        // Keep one cache for the cached runs.
        if std::fs::read_dir(cached.path()).map_or(0, |d| d.count()) == 0 {
            for e in std::fs::read_dir(cold.path())
                .map_err(|e| e.to_string())?
                .flatten()
            {
                let _ = std::fs::copy(e.path(), cached.path().join(e.file_name()));
            }
        }
    }
    let (first_s, first_text) = spread(&first);
    rows.push((
        "first run: parse, build, write cache".into(),
        first_text,
        "whole process, all cores".into(),
    ));
    checks.push(("first run <= 2.0 s".into(), first_s <= 2.0));
    if !peaks.is_empty() {
        let (peak, text) = spread_mb(&peaks);
        rows.push(("peak memory, first run".into(), text, String::new()));
        checks.push(("peak memory, first run <= 400 MB".into(), peak <= 400.0));
    }
    let cache_mb = cache_size as f64 / 1e6;
    rows.push((
        "cache file".into(),
        format!("{cache_mb:.0} MB"),
        String::new(),
    ));
    checks.push(("cache file <= 150 MB".into(), cache_mb <= 150.0));

    // Cached runs, whole process.
    let cached_arg = cached.path().display().to_string();
    let cached_args = ["-g", &glossary, "--cache-dir", &cached_arg, "lookup", &name];
    let mut loads = Vec::new();
    for _ in 0..runs.max(5) {
        loads.push(
            time(1, || {
                Command::new(bin)
                    .args(cached_args)
                    .stdout(Stdio::null())
                    .status()
            })
            .0,
        );
    }
    let (load_s, load_text) = spread(&loads);
    rows.push((
        "cached load (whole process)".into(),
        load_text,
        format!("median of {}", loads.len()),
    ));
    checks.push(("cached load <= 0.25 s".into(), load_s <= 0.25));
    if let Some(kb) = peak_rss_kb(bin, &cached_args) {
        rows.push((
            "peak memory, cached load".into(),
            format!("{:.0} MB", kb as f64 / 1024.0),
            String::new(),
        ));
    }

    // Accuracy: the whole corpus normalised (cached index, all cores), line by line against
    // the expected output.
    let t = Instant::now();
    let out = Command::new(bin)
        .args([
            "-g",
            &glossary,
            "--cache-dir",
            &cached_arg,
            "normalize",
            &corpus_arg,
        ])
        .stderr(Stdio::null())
        .output()
        .map_err(|e| e.to_string())?;
    let whole = t.elapsed();
    let expected = std::fs::read(dir.join("expected.txt")).map_err(|e| e.to_string())?;
    let got: Vec<&[u8]> = out.stdout.split(|&b| b == b'\n').collect();
    let want: Vec<&[u8]> = expected.split(|&b| b == b'\n').collect();
    let same = got.iter().zip(&want).filter(|(a, b)| a == b).count();
    let lines = want.len().max(got.len());
    let accuracy = 100.0 * same as f64 / lines.max(1) as f64;
    rows.push((
        "line-exact accuracy vs expected.txt".into(),
        format!("{accuracy:.2} %"),
        format!("{} of {lines} lines differ", lines - same),
    ));
    checks.push(("accuracy >= 99.4 %".into(), accuracy >= 99.4));
    rows.push((
        "normalize corpus (whole process)".into(),
        format!("{:.2} s", whole.as_secs_f64()),
        format!(
            "{:.0} MB/s, cached index, all cores",
            size_mb / whole.as_secs_f64()
        ),
    ));

    // In process: normalize on one thread, paired with aho-corasick's replace_all on the exact
    // spellings (as in the first workload: the median pair's ratio).
    let g = Glossary::load(&[&glossary]).map_err(|e| e.to_string())?;
    let matcher = Matcher::new(g, &MatcherOptions::default());
    let spellings = matcher.spelling_count();
    let run_normalize = || {
        let mut out = NormalizedText::new(std::io::sink(), &matcher, false);
        let opts = StreamOptions {
            threads: 1,
            ..StreamOptions::default()
        };
        let input = Input::new("corpus.txt", &corpus[..]);
        normalize(&matcher, [input], &mut out, &opts)
            .expect("normalize runs")
            .matches
    };
    let tsv = std::fs::read_to_string(dir.join("variants.tsv")).map_err(|e| e.to_string())?;
    let (patterns, replacements): (Vec<&str>, Vec<&str>) =
        tsv.lines().filter_map(|l| l.split_once('\t')).unzip();
    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&patterns)
        .map_err(|e| e.to_string())?;
    let matches = run_normalize();
    let pairs = runs.max(7);
    let (mut ours, mut theirs, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
    for k in 0..pairs {
        let theirs_first = k % 2 == 1;
        let mut a = Duration::ZERO;
        if theirs_first {
            a = time(1, || ac.replace_all_bytes(&corpus, &replacements).len()).0;
        }
        let c = time(1, run_normalize).0;
        if !theirs_first {
            a = time(1, || ac.replace_all_bytes(&corpus, &replacements).len()).0;
        }
        ratios.push(a.as_secs_f64() / c.as_secs_f64());
        ours.push(c);
        theirs.push(a);
    }
    ratios.sort_by(f64::total_cmp);
    let ratio = ratios[ratios.len() / 2];
    let mbps = |d: Duration| size_mb / d.as_secs_f64();
    rows.push((
        "normalize, 1 thread".into(),
        format!("{:.0} MB/s", mbps(median(ours))),
        format!("{matches} matches, {spellings} spellings"),
    ));
    rows.push((
        "aho-corasick replace_all".into(),
        format!("{:.0} MB/s", mbps(median(theirs))),
        format!("{} patterns, median of {pairs}", patterns.len()),
    ));
    rows.push((
        "normalize 1 thread / aho-corasick replace_all".into(),
        format!("{ratio:.2}x"),
        format!(
            "pairs {:.2}x to {:.2}x",
            ratios[0],
            ratios[ratios.len() - 1]
        ),
    ));
    checks.push((
        "normalize 1 thread >= 1.5x aho-corasick replace_all".into(),
        ratio >= 1.5,
    ));
    let title = format!(
        "native forms: {entries} entries, {size_mb:.0} MB corpus, median of {runs} runs (min-max)"
    );
    Ok((title, rows, checks))
}
