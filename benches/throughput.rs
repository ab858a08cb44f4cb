//! The throughput benchmark: canonym against raw multi-pattern search on the same data, in one run.
//!
//! `cargo bench` generates the data if it is missing (`bench/gen_corpus.py` of the shared folder: a 100,000-name
//! glossary and a 100 MB corpus, into `target/bench-data`), then prints one table: glossary load and
//! index build, `normalize` throughput on one and on all cores, peak memory of a whole `normalize`
//! run, `lookup` latency as a whole process, `translit` names per second, and the same data through
//! the `aho-corasick` crate (leftmost-longest, exact spellings) and `rg -F -f` where ripgrep is
//! installed. Every time is the median of several runs; canonym's figures are also given as ratios
//! to the baselines measured in the same run.
//!
//! A second workload ([`native`]) measures a glossary whose entries carry native forms, when its
//! data can be made (it needs three PyPI romanisers; it is skipped with a message otherwise).
//!
//! A third ([`adversarial`]) measures text made to slow the scan down (`Kim Kim …`, random
//! capitalised words, runs of surnames) as a multiple of ordinary text, with the bundled
//! glossaries (issue 12, item 14: within 10×).
//!
//! Environment: CANONYM_BENCH_ENTRIES (100000), CANONYM_BENCH_MB (100), CANONYM_BENCH_RUNS (3),
//! CANONYM_BENCH_DIR (target/bench-data), CANONYM_BENCH_WORKLOAD (`all`, `names`, `native` or
//! `adversarial`).

mod adversarial;
mod native;

use aho_corasick::{AhoCorasick, MatchKind};
use canonym::report::NormalizedText;
use canonym::stream::{normalize, Input, StreamOptions};
use canonym::translit::Scheme;
use canonym::{Glossary, Matcher, MatcherOptions};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// One row of a table: measure, value, note.
type Row = (String, String, String);

fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut times = Vec::new();
    let mut last = None;
    for _ in 0..runs {
        let t = Instant::now();
        let r = f();
        times.push(t.elapsed());
        last = Some(r);
    }
    (median(times), last.expect("at least one run"))
}

/// A file of the project's shared folder: `$CANONYM_SHARED` when set, else `../shared` beside
/// the checkout, else `/work/shared` (the same rule as the tests); the benchmark stops when it is
/// missing.
fn shared(root: &Path, relative: &str) -> PathBuf {
    let candidates: Vec<PathBuf> = match std::env::var_os("CANONYM_SHARED") {
        Some(dir) => vec![PathBuf::from(dir)],
        None => vec![root.join("../shared"), PathBuf::from("/work/shared")],
    };
    candidates
        .iter()
        .map(|d| d.join(relative))
        .find(|p| p.exists())
        .unwrap_or_else(|| panic!("{relative} not found in {candidates:?}; set CANONYM_SHARED"))
}

fn data_dir(root: &Path, entries: usize, mb: usize) -> PathBuf {
    let dir = std::env::var_os("CANONYM_BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join(format!("target/bench-data-{entries}-{mb}")));
    if !dir.join("corpus.txt").exists() || !dir.join("glossary.toml").exists() {
        let gen = shared(root, "bench/gen_corpus.py");
        eprintln!("generating benchmark data in {} ...", dir.display());
        let status = Command::new("python3")
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
            .expect("python3 runs");
        assert!(status.success(), "{} failed", gen.display());
    }
    dir
}

fn peak_rss_kb(bin: &str, args: &[&str]) -> Option<u64> {
    let out = Command::new(bin)
        .args(args)
        .env("CANONYM_PEAK_RSS", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .ok()?;
    let err = String::from_utf8_lossy(&out.stderr);
    err.lines().find_map(|l| {
        l.strip_prefix("canonym: peak-rss-kb ")
            .and_then(|v| v.trim().parse().ok())
    })
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bin = env!("CARGO_BIN_EXE_canonym");
    let entries = env_or("CANONYM_BENCH_ENTRIES", 100_000);
    let mb = env_or("CANONYM_BENCH_MB", 100);
    let runs = env_or("CANONYM_BENCH_RUNS", 3).max(1);
    let workload = std::env::var("CANONYM_BENCH_WORKLOAD").unwrap_or_else(|_| "all".into());
    if workload == "all" || workload == "names" {
        names(root, bin, entries, mb, runs);
    }
    if workload == "all" || workload == "adversarial" {
        let (title, rows, checks) = adversarial::run(root, runs);
        print_table(&title, &rows, &checks);
    }
    if workload == "all" || workload == "native" {
        match native::run(root, bin, runs) {
            Ok((title, rows, checks)) => print_table(&title, &rows, &checks),
            Err(why) => println!("\nnative-forms workload skipped: {why}"),
        }
    }
}

/// Print a table of results and its targets.
fn print_table(title: &str, rows: &[Row], checks: &[(String, bool)]) {
    println!("\n{title}\n");
    println!("| {:<48} | {:>20} | {:<36} |", "measure", "value", "note");
    println!("|{:-<50}|{:->22}|{:-<38}|", "", "", "");
    for (a, b, c) in rows {
        println!("| {a:<48} | {b:>20} | {c:<36} |");
    }
    println!("\ntargets:");
    for (what, ok) in checks {
        println!("  [{}] {what}", if *ok { "met" } else { "MISSED" });
    }
}

/// The first workload: 100,000 names with listed variants, no native forms.
fn names(root: &Path, bin: &str, entries: usize, mb: usize, runs: usize) {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let dir = data_dir(root, entries, mb);
    let glossary_path = dir.join("glossary.toml");
    let corpus_path = dir.join("corpus.txt");
    let corpus = std::fs::read(&corpus_path).expect("corpus is readable");
    let size_mb = corpus.len() as f64 / 1e6;
    let mut rows: Vec<Row> = Vec::new();
    let mut checks: Vec<(String, bool)> = Vec::new();

    // canonym: load + build, then normalize.
    let (load, matcher) = time(runs, || {
        let g = Glossary::load(&[&glossary_path]).expect("benchmark glossary loads");
        Matcher::new(g, &MatcherOptions::default())
    });
    let spellings = matcher.spelling_count();
    rows.push((
        "glossary load + index build".into(),
        format!("{:.2} s", load.as_secs_f64()),
        format!("{spellings} spellings"),
    ));
    checks.push(("load + build <= 1.5 s".into(), load.as_secs_f64() <= 1.5));
    let cache_dir = tempfile::tempdir().expect("temp dir");
    let cached_args = |p: &Path| {
        vec![
            "-g".to_string(),
            p.display().to_string(),
            "--cache-dir".to_string(),
            cache_dir.path().display().to_string(),
            "lookup".to_string(),
            "Kim Jong Un".to_string(),
        ]
    };
    let _ = Command::new(bin)
        .args(cached_args(&glossary_path))
        .stdout(Stdio::null())
        .status();
    let (cached, _) = time(runs, || {
        Command::new(bin)
            .args(cached_args(&glossary_path))
            .stdout(Stdio::null())
            .status()
            .expect("canonym runs")
    });
    rows.push((
        "load from cached index (whole process)".into(),
        format!("{:.2} s", cached.as_secs_f64()),
        String::new(),
    ));
    checks.push(("cached load <= 0.3 s".into(), cached.as_secs_f64() <= 0.3));

    // (matches, replaced) of one run.
    let run_normalize = |threads: usize| {
        let mut out = NormalizedText::new(std::io::sink(), &matcher, false);
        let opts = StreamOptions {
            threads,
            ..StreamOptions::default()
        };
        let input = Input::new("corpus.txt", &corpus[..]);
        let stats = normalize(&matcher, [input], &mut out, &opts).expect("normalize runs");
        (stats.matches, out.replaced())
    };
    // One thread and all cores in interleaved pairs, the order alternating, for the same reason
    // as the pairs with aho-corasick below: the figure is the median pair's ratio.
    let (_, (matches, replaced)) = time(1, || run_normalize(1));
    let (mut one, mut all, mut scaling) = (Vec::new(), Vec::new(), Vec::new());
    for k in 0..runs {
        let (a, b) = if k % 2 == 0 {
            let a = time(1, || run_normalize(1)).0;
            (a, time(1, || run_normalize(cores)).0)
        } else {
            let b = time(1, || run_normalize(cores)).0;
            (time(1, || run_normalize(1)).0, b)
        };
        scaling.push(a.as_secs_f64() / b.as_secs_f64());
        one.push(a);
        all.push(b);
    }
    let (n1, nn) = (median(one), median(all));
    scaling.sort_by(f64::total_cmp);
    let scaled = scaling[scaling.len() / 2];
    let mbps = |d: Duration| size_mb / d.as_secs_f64();
    rows.push((
        "normalize, 1 thread".into(),
        format!("{:.0} MB/s", mbps(n1)),
        format!("{matches} matches, {replaced} replaced"),
    ));
    rows.push((
        format!("normalize, {cores} threads"),
        format!("{:.0} MB/s", mbps(nn)),
        format!("{scaled:.2}x one thread (median pair)"),
    ));
    if cores >= 2 {
        checks.push(("all cores >= 1.7x one thread".into(), scaled >= 1.7));
    }
    let corpus_arg = corpus_path.display().to_string();
    let glossary_arg = glossary_path.display().to_string();
    // The worst case: a first run, which builds the index and writes it to an empty cache.
    let cold = tempfile::tempdir().expect("temp dir");
    let cold_arg = cold.path().display().to_string();
    let rss = peak_rss_kb(
        bin,
        &[
            "-g",
            &glossary_arg,
            "--cache-dir",
            &cold_arg,
            "normalize",
            &corpus_arg,
        ],
    );
    if let Some(kb) = rss {
        rows.push((
            "peak memory, whole normalize run".into(),
            format!("{:.0} MB", kb as f64 / 1024.0),
            format!("{size_mb:.0} MB input, first run (index built and cached)"),
        ));
        checks.push(("peak memory <= 300 MB".into(), kb as f64 / 1024.0 <= 300.0));
    }

    // lookup latency with the bundled glossaries, as a whole process.
    let (lookup, _) = time(21, || {
        Command::new(bin)
            .env_remove("CANONYM_GLOSSARY")
            .args(["lookup", "Kim Jong Un"])
            .stdout(Stdio::null())
            .status()
            .expect("canonym runs")
    });
    rows.push((
        "lookup, one name, bundled glossaries".into(),
        format!("{:.1} ms", lookup.as_secs_f64() * 1e3),
        "whole process, median of 21".into(),
    ));
    checks.push(("lookup <= 20 ms".into(), lookup.as_secs_f64() <= 0.020));

    // translit: names per second per scheme, on the native forms of the bundled glossaries.
    let bundled = Glossary::bundled().expect("bundled glossaries load");
    for scheme in Scheme::all() {
        let names: Vec<&str> = bundled
            .entries()
            .iter()
            .filter(|e| e.lang == scheme.lang().code())
            .flat_map(|e| e.native.iter().map(String::as_str))
            .collect();
        if names.is_empty() {
            continue;
        }
        let reps = 20_000 / names.len() + 1;
        let (d, _) = time(runs, || {
            let mut n = 0usize;
            for _ in 0..reps {
                for name in &names {
                    n += scheme.apply_name(name).len();
                }
            }
            n
        });
        let per_sec = (reps * names.len()) as f64 / d.as_secs_f64();
        rows.push((
            format!("translit {} {}", scheme.lang().code(), scheme.id()),
            format!("{:.0}k names/s", per_sec / 1e3),
            String::new(),
        ));
    }

    // Baseline: aho-corasick, leftmost-longest, exact spellings.
    let tsv = std::fs::read_to_string(dir.join("variants.tsv")).expect("variants.tsv is readable");
    let (patterns, replacements): (Vec<&str>, Vec<&str>) =
        tsv.lines().filter_map(|l| l.split_once('\t')).unzip();
    let (ac_build, ac) = time(runs, || {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .expect("automaton builds")
    });
    let (ac_find, found) = time(runs, || ac.find_iter(&corpus).count());
    // The ratio that has a target is measured in interleaved pairs (canonym and aho-corasick,
    // again and again): on a shared machine, speed drifts between one series of runs and the
    // next, and a pair sees the same conditions. Its median is the figure. The order within a
    // pair alternates, so that neither side always runs right after the other (which leaves
    // its own memory behind: aho-corasick's output is a fresh 100 MB buffer every run).
    let pairs = runs.max(7);
    let mut ours = Vec::with_capacity(pairs);
    let mut theirs = Vec::with_capacity(pairs);
    let mut ratios = Vec::with_capacity(pairs);
    for k in 0..pairs {
        let theirs_first = k % 2 == 1;
        let mut a = Duration::ZERO;
        if theirs_first {
            a = time(1, || ac.replace_all_bytes(&corpus, &replacements).len()).0;
        }
        let (c, _) = time(1, || run_normalize(1));
        if !theirs_first {
            a = time(1, || ac.replace_all_bytes(&corpus, &replacements).len()).0;
        }
        ratios.push(a.as_secs_f64() / c.as_secs_f64());
        ours.push(c);
        theirs.push(a);
    }
    let ac_replace = median(theirs);
    let n1_paired = median(ours);
    ratios.sort_by(f64::total_cmp);
    rows.push((
        "aho-corasick build".into(),
        format!("{:.2} s", ac_build.as_secs_f64()),
        format!("{} patterns", patterns.len()),
    ));
    rows.push((
        "aho-corasick find_iter".into(),
        format!("{:.0} MB/s", mbps(ac_find)),
        format!("{found} matches"),
    ));
    rows.push((
        "aho-corasick replace_all".into(),
        format!("{:.0} MB/s", mbps(ac_replace)),
        format!("median of {pairs} runs, each paired with one below"),
    ));
    let ratio = ratios[ratios.len() / 2];
    rows.push((
        "normalize 1 thread, in the same pairs".into(),
        format!("{:.0} MB/s", mbps(n1_paired)),
        format!("median of {pairs} runs"),
    ));
    rows.push((
        "normalize 1 thread / aho-corasick replace_all".into(),
        format!("{ratio:.2}x"),
        format!(
            "target >= 1.5x; pairs {:.2}x to {:.2}x",
            ratios[0],
            ratios[ratios.len() - 1]
        ),
    ));
    checks.push((
        "normalize 1 thread >= 1.5x aho-corasick replace_all".into(),
        ratio >= 1.5,
    ));
    rows.push((
        "normalize 1 thread / aho-corasick find_iter".into(),
        format!("{:.2}x", ac_find.as_secs_f64() / n1_paired.as_secs_f64()),
        String::new(),
    ));
    rows.push((
        "load + build / aho-corasick build".into(),
        format!("{:.2}x", load.as_secs_f64() / ac_build.as_secs_f64()),
        "lower is faster".into(),
    ));
    drop(ac);

    // Baseline: ripgrep with the spellings as fixed strings, where installed.
    if Command::new("rg")
        .arg("--version")
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
    {
        let pat_file = cache_dir.path().join("patterns.txt");
        std::fs::write(&pat_file, patterns.join("\n")).expect("pattern file is writable");
        let (rg, _) = time(runs.min(2), || {
            Command::new("rg")
                .args(["-F", "-c", "-f"])
                .arg(&pat_file)
                .arg(&corpus_path)
                .stdout(Stdio::null())
                .status()
                .expect("rg runs")
        });
        rows.push((
            "rg -F -f (whole process)".into(),
            format!("{:.2} s", rg.as_secs_f64()),
            format!("{:.0} MB/s incl. build", mbps(rg)),
        ));
        // With the index that the peak-memory run cached, as a second run would find it.
        let whole = Instant::now();
        let _ = Command::new(bin)
            .args([
                "-g",
                &glossary_arg,
                "--cache-dir",
                &cold_arg,
                "normalize",
                &corpus_arg,
            ])
            .stdout(Stdio::null())
            .status();
        let whole = whole.elapsed();
        rows.push((
            "canonym normalize (whole process)".into(),
            format!("{:.2} s", whole.as_secs_f64()),
            format!(
                "{:.2}x rg; cached index, all cores",
                rg.as_secs_f64() / whole.as_secs_f64()
            ),
        ));
    } else {
        rows.push(("rg -F -f".into(), "not installed".into(), String::new()));
    }

    println!("\ncanonym benchmark: {entries} names, {size_mb:.0} MB corpus, {cores} cores, median of {runs} runs\n");
    println!("| {:<48} | {:>14} | {:<32} |", "measure", "value", "note");
    println!("|{:-<50}|{:->16}|{:-<34}|", "", "", "");
    for (a, b, c) in &rows {
        println!("| {a:<48} | {b:>14} | {c:<32} |");
    }
    println!("\ntargets:");
    for (what, ok) in &checks {
        println!("  [{}] {what}", if *ok { "met" } else { "MISSED" });
    }
}
