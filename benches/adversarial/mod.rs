//! The third workload: adversarial text against ordinary text (issue 12, item 14: within 10×).
//!
//! With the bundled glossaries, `normalize` on one thread reads a few megabytes of ordinary,
//! name-dense text (the shared folder's `samples/parade.txt`, repeated) and as much text of each
//! shape that makes the scan try many windows: random capitalised words, `Kim Kim …`, `Kim Jong
//! Kim Jong …`, every word of a name repeated, and runs of the glossaries' own first and last
//! names. The runs are interleaved by round (ordinary text, then each shape), and each shape's
//! figure is the median of its rounds' ratios to the ordinary text of the same round.
//!
//! Environment: CANONYM_BENCH_ADV_MB (3).

pub mod shapes;

use super::{env_or, median, shared, time, Row};
use canonym::report::NormalizedText;
use canonym::stream::{normalize, Input, StreamOptions};
use canonym::{Glossary, Matcher, MatcherOptions};
use shapes::shapes;
use std::path::Path;
use std::time::Duration;

/// The most a shape may cost, as a multiple of ordinary text (issue 12, item 14).
const TARGET: f64 = 10.0;

/// Run the workload: its title, rows and target checks.
pub fn run(root: &Path, runs: usize) -> (String, Vec<Row>, Vec<(String, bool)>) {
    let size = env_or("CANONYM_BENCH_ADV_MB", 3) * 1_000_000;
    let bundled = Glossary::bundled().expect("bundled glossaries load");
    let matcher = Matcher::new(bundled.clone(), &MatcherOptions::default());
    let parade = std::fs::read_to_string(shared(root, "samples/parade.txt"))
        .expect("samples/parade.txt is readable");
    let ordinary = parade.repeat(size / parade.len().max(1) + 1);
    let shapes = shapes(size, &bundled);
    let run_normalize = |text: &str| {
        let mut out = NormalizedText::new(std::io::sink(), &matcher, false);
        let opts = StreamOptions {
            threads: 1,
            ..StreamOptions::default()
        };
        let input = Input::new("text", text.as_bytes());
        normalize(&matcher, [input], &mut out, &opts).expect("normalize runs");
    };
    // Warm the caches of the scan once, as a long run would have them.
    run_normalize(&ordinary);
    let rounds = runs.max(5);
    let mut base: Vec<Duration> = Vec::new();
    let mut ratios: Vec<Vec<f64>> = vec![Vec::new(); shapes.len()];
    let mut times: Vec<Vec<Duration>> = vec![Vec::new(); shapes.len()];
    for _ in 0..rounds {
        let b = time(1, || run_normalize(&ordinary)).0;
        base.push(b);
        for (k, (_, text)) in shapes.iter().enumerate() {
            let t = time(1, || run_normalize(text)).0;
            ratios[k].push(t.as_secs_f64() / b.as_secs_f64());
            times[k].push(t);
        }
    }
    let mb = ordinary.len() as f64 / 1e6;
    let mut rows: Vec<Row> = vec![(
        "ordinary text (parade sample repeated)".into(),
        format!("{:.3} s", median(base).as_secs_f64()),
        format!("{mb:.1} MB, 1 thread"),
    )];
    let mut checks = Vec::new();
    for (k, (name, _)) in shapes.iter().enumerate() {
        let r = &mut ratios[k];
        r.sort_by(f64::total_cmp);
        let ratio = r[r.len() / 2];
        rows.push((
            (*name).to_string(),
            format!("{ratio:.1}x"),
            format!(
                "{:.3} s; rounds {:.1}x to {:.1}x",
                median(std::mem::take(&mut times[k])).as_secs_f64(),
                r[0],
                r[r.len() - 1]
            ),
        ));
        checks.push((
            format!("{name} <= {TARGET}x ordinary text"),
            ratio <= TARGET,
        ));
    }
    let title = format!(
        "adversarial text, bundled glossaries, 1 thread, median ratio of {rounds} interleaved rounds"
    );
    (title, rows, checks)
}
