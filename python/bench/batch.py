#!/usr/bin/env python3
"""`Matcher.normalize_batch` against the command line on the same records.

    python python/bench/batch.py --data DIR [--cli target/release/canonym] [--runs 5]

DIR holds `glossary.toml` and `corpus.txt`, as `gen_corpus.py --out DIR` of the shared folder's
`bench/` makes them (for the README's figures: `--entries 100000 --megabytes 20`). Each line of the
corpus is one record. The benchmark

- writes the records as JSON Lines (`{"text": ...}`) once, for the command line's record mode;
- warms both index caches (the extension and the binary are different executables, so each has
  its own cache file, in a temporary directory);
- checks that `normalize_batch` returns, record by record, exactly the text that
  `canonym normalize --jsonl-field text` writes (a benchmark of different work would mean nothing;
  it stops with the first differing record);
- times, in interleaved rounds (one run of each measure per round, so that drift of a shared
  machine falls on all of them alike), medians and spreads of `--runs` rounds:
  - `normalize_batch` in process (the matcher already loaded: the pipeline's steady state), on
    every core and on one thread;
  - the same as a whole Python process's work: `Matcher(...)` from the cache, the batch, plus the
    list it is handed (the records are in memory in both, as a pipeline has them);
  - the command line as a whole process: `normalize --jsonl-field text` on the JSONL file (every
    core, and `-j 1`), and `normalize` on the plain text file (every core).

Every figure is a wall-clock time; throughput is over the corpus's bytes of text.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import canonym


def median_spread(xs):
    return statistics.median(xs), min(xs), max(xs)


def run_cli(cli, args, out_path):
    with open(out_path, "wb") as out:
        t = time.perf_counter()
        subprocess.run([str(cli), *args], stdout=out, check=True)
        return time.perf_counter() - t


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", required=True, type=Path, help="directory of glossary.toml and corpus.txt")
    ap.add_argument("--cli", type=Path, default=Path("target/release/canonym"), help="the canonym binary")
    ap.add_argument("--runs", type=int, default=5, help="interleaved rounds (median and spread)")
    a = ap.parse_args()

    glossary = a.data / "glossary.toml"
    corpus = a.data / "corpus.txt"
    if not glossary.is_file() or not corpus.is_file():
        sys.exit(f"{a.data}: needs glossary.toml and corpus.txt (make them with gen_corpus.py --out {a.data})")
    if not a.cli.is_file():
        sys.exit(f"{a.cli}: no such binary (build it with `cargo build --release`, or pass --cli)")
    records = corpus.read_text("utf-8").splitlines()
    mb = sum(len(r.encode("utf-8")) for r in records) / 1e6

    with tempfile.TemporaryDirectory(prefix="canonym-batch-") as tmp:
        tmp = Path(tmp)
        jsonl = tmp / "records.jsonl"
        with open(jsonl, "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps({"text": r}, ensure_ascii=False) + "\n")
        py_cache, cli_cache = tmp / "py-cache", tmp / "cli-cache"
        base = ["-g", str(glossary), "--cache-dir", str(cli_cache), "normalize", "--progress", "never"]
        record_args = base + ["--jsonl-field", "text", str(jsonl)]
        out = tmp / "out"

        # Warm the caches and check that both do the same work.
        t = time.perf_counter()
        m = canonym.Matcher(glossaries=[str(glossary)], cache_dir=str(py_cache))
        first_load = time.perf_counter() - t
        run_cli(a.cli, record_args, out)
        got = m.normalize_batch(records)
        with open(out, encoding="utf-8") as f:
            want = [json.loads(line)["text"] for line in f]
        if len(got) != len(want):
            sys.exit(f"record count differs: Python {len(got)}, command line {len(want)}")
        for i, (g, w) in enumerate(zip(got, want)):
            if g != w:
                sys.exit(f"record {i + 1} differs:\n  python: {g!r}\n  cli:    {w!r}")
        changed = sum(g != r for g, r in zip(got, records))

        measures = {
            "normalize_batch, loaded matcher, every core": [],
            "normalize_batch, loaded matcher, threads=1": [],
            "Python: Matcher() from cache + normalize_batch": [],
            "CLI normalize --jsonl-field (whole process)": [],
            "CLI normalize --jsonl-field -j 1 (whole process)": [],
            "CLI normalize, plain text file (whole process)": [],
        }
        names = list(measures)
        for _ in range(a.runs):
            t = time.perf_counter()
            m.normalize_batch(records)
            measures[names[0]].append(time.perf_counter() - t)
            t = time.perf_counter()
            m.normalize_batch(records, threads=1)
            measures[names[1]].append(time.perf_counter() - t)
            t = time.perf_counter()
            canonym.Matcher(glossaries=[str(glossary)], cache_dir=str(py_cache)).normalize_batch(records)
            measures[names[2]].append(time.perf_counter() - t)
            measures[names[3]].append(run_cli(a.cli, record_args, out))
            measures[names[4]].append(run_cli(a.cli, record_args[:-1] + ["-j", "1", str(jsonl)], out))
            measures[names[5]].append(run_cli(a.cli, base + [str(corpus)], out))

    print(f"{len(records):,} records, {mb:.1f} MB of text, {changed:,} records changed; "
          f"outputs equal record by record; first Matcher() (build + cache): {first_load:.2f} s; "
          f"{os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f}")
    print(f"medians of {a.runs} interleaved rounds (min-max)\n")
    print(f"| {'measure':<50} | {'wall':>18} | {'MB/s':>6} |")
    print(f"|{'-' * 52}|{'-' * 20}|{'-' * 8}|")
    for name, xs in measures.items():
        med, lo, hi = median_spread(xs)
        print(f"| {name:<50} | {med:>6.3f} s ({lo:.2f}-{hi:.2f}) | {mb / med:>6.0f} |")
    ratio = statistics.median(
        c / p for c, p in zip(measures[names[3]], measures[names[2]])
    )
    print(f"\nCLI record mode / Python whole (per round, median): {ratio:.2f}x "
          f"(above 1: the Python route is faster)")


if __name__ == "__main__":
    main()
