#!/usr/bin/env bash
# Byte-identity harness for refactors: runs every command of a canonym binary on fixed inputs and
# prints one line per run, "<sha256 of stdout> <sha256 of stderr> <exit code> <name>". Compare the
# output of two binaries (before and after a change) with diff.
#
#   scripts/golden.sh BIN [BENCH_DIR] > after.txt
#
# BENCH_DIR holds gen_corpus.py's glossary.toml and corpus.txt (optional: the large runs are skipped
# without it). Needs ../shared (or $CANONYM_SHARED) for the parade.
set -uo pipefail
BIN=$(realpath "$1")
BENCH=${2:-}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${CANONYM_SHARED:-$ROOT/../shared}
[ -d "$SHARED" ] || SHARED=/work/shared
PARADE=$SHARED/samples/parade.txt
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cd "$ROOT"
export CANONYM_CACHE_DIR=$TMP/cache
unset CANONYM_GLOSSARY

run() { # name, then the command
  local name=$1; shift
  "$@" >"$TMP/out" 2>"$TMP/err" </dev/null
  local rc=$?
  # Temporary paths differ between runs: mask them.
  sed -i "s#$TMP#TMP#g" "$TMP/out" "$TMP/err"
  echo "$(sha256sum <"$TMP/out" | cut -c1-16) $(sha256sum <"$TMP/err" | cut -c1-16) $rc $name"
}
runin() { # name, stdin file, command
  local name=$1 input=$2; shift 2
  "$@" <"$input" >"$TMP/out" 2>"$TMP/err"
  local rc=$?
  sed -i "s#$TMP#TMP#g" "$TMP/out" "$TMP/err"
  echo "$(sha256sum <"$TMP/out" | cut -c1-16) $(sha256sum <"$TMP/err" | cut -c1-16) $rc $name"
}

DEV=tests/data/devset/glossary.toml
for f in README-example.txt "$PARADE" tests/data/devset/cases.tsv; do
  b=$(basename "$f")
  run "normalize $b" "$BIN" normalize "$f"
  run "normalize -j1 $b" "$BIN" normalize -j 1 "$f"
  run "normalize jsonl $b" "$BIN" normalize --format jsonl "$f"
  run "normalize fuzzy $b" "$BIN" normalize --fuzzy "$f"
  runin "normalize stdin $b" "$f" "$BIN" normalize
  run "check $b" "$BIN" check "$f"
  run "check json $b" "$BIN" check --format json "$f"
  run "check diff $b" "$BIN" check --diff "$f"
  run "normalize devset-glossary $b" "$BIN" -g "$DEV" normalize --format jsonl "$f"
  run "normalize no-generate $b" "$BIN" --no-generate normalize --format jsonl "$f"
  run "check devset-glossary $b" "$BIN" -g "$DEV" check --format json "$f"
done
# Every devset spelling and every word of the parade as a lookup query.
cut -f1 tests/data/devset/cases.tsv | head -400 >"$TMP/q"
mapfile -t Q <"$TMP/q"
run "lookup devset" "$BIN" -g "$DEV" lookup --json --explain "${Q[@]}"
run "lookup bundled" "$BIN" lookup --json --explain "${Q[@]}"
run "lookup text" "$BIN" lookup "${Q[@]}"
run "glossary list" "$BIN" glossary list
run "glossary list json" "$BIN" glossary list --json
run "glossary lint" "$BIN" glossary lint glossaries/*.toml "$DEV"
run "translit list" "$BIN" translit --list
for lang in ru ko zh; do
  t=tests/data/translit/$lang.tsv
  grep -v '^#' "$t" | cut -f3 | grep -v '^$' >"$TMP/words"
  for s in $(grep -v '^#' "$t" | cut -f1 | grep -v '^$' | sort -u); do
    runin "translit $lang $s" "$TMP/words" "$BIN" translit --lang "$lang" --scheme "$s"
    runin "translit name $lang $s" "$TMP/words" "$BIN" translit --lang "$lang" --scheme "$s" --name
  done
done
# Records.
python3 - "$PARADE" >"$TMP/rec.jsonl" <<'PY'
import json, sys
for i, line in enumerate(open(sys.argv[1], encoding="utf-8")):
    print(json.dumps({"id": i, "body": {"text": line.rstrip("\n")}, "n": 1.5}, ensure_ascii=False))
print("not json")
PY
runin "records" "$TMP/rec.jsonl" "$BIN" normalize --jsonl-field body.text
runin "records strict" "$TMP/rec.jsonl" "$BIN" normalize --jsonl-field body.text --strict
# Errors.
run "error missing" "$BIN" normalize /nonexistent
run "error bad lang" "$BIN" translit --lang xx abc
printf '[[entry]]\ncanonical = "A"\nbogus = 1\n' >"$TMP/bad.toml"
run "error bad glossary" "$BIN" -g "$TMP/bad.toml" lookup A
if [ -n "$BENCH" ]; then
  run "bench normalize" "$BIN" -g "$BENCH/glossary.toml" normalize "$BENCH/corpus.txt"
  run "bench normalize cached" "$BIN" -g "$BENCH/glossary.toml" normalize "$BENCH/corpus.txt"
  run "bench normalize -j1" "$BIN" -g "$BENCH/glossary.toml" normalize -j 1 "$BENCH/corpus.txt"
  head -c 20000000 "$BENCH/corpus.txt" >"$TMP/c20"
  run "bench jsonl" "$BIN" -g "$BENCH/glossary.toml" normalize --format jsonl "$TMP/c20"
  head -c 3000000 "$BENCH/corpus.txt" >"$TMP/c3"
  run "bench check json" "$BIN" -g "$BENCH/glossary.toml" check --format json "$TMP/c3"
fi
