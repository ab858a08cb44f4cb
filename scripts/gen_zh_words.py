#!/usr/bin/env python3
"""The common words of Chinese that canonym uses to tell a Han name from the words around it
(src/translit/hanzi/overlap.rs), from jieba's dictionary:

- the two-character entries with a frequency of at least 2,000, proper nouns left out (tags nr*,
  ns, nt, nz: names of persons, places, organisations and other proper nouns), into
  data/jieba/two-char-words.tsv and src/translit/hanzi/common_words.rs;
- the set phrases of three and four characters: the entries tagged `i` (idiom, 成语) or `l`
  (fixed expression, 习用语) that jieba counted in its corpus, a frequency above 3 (159,318 of its
  349,046 entries have exactly 3, the count it gives an entry it lists without having seen it:
  中国围棋, 平壤之战), into data/jieba/set-phrases.tsv and src/translit/hanzi/set_phrases.rs. A
  name inside one of them (一片汪洋, 大田作物) is a word of it.

Two steps, run during development only (never by the build):

  scripts/gen_zh_words.py tsv DICT   extract data/jieba/two-char-words.tsv from jieba's dict.txt
                                     (one `word frequency tag` line per word), then write the .rs
  scripts/gen_zh_words.py rs         write src/translit/hanzi/common_words.rs from the TSV only

DICT is `jieba/dict.txt` of the jieba package (version 0.42.1, MIT licence; `pip download
jieba==0.42.1` fetches its source). The test `hanzi::overlap::tests::generated_file_is_fresh`
fails when the .rs does not hold exactly the words of the TSV.
"""

import pathlib
import sys

from gen_table import write_table

ROOT = pathlib.Path(__file__).resolve().parent.parent
TSV = ROOT / "data" / "jieba" / "two-char-words.tsv"
RS = ROOT / "src" / "translit" / "hanzi" / "common_words.rs"
PHRASES_TSV = ROOT / "data" / "jieba" / "set-phrases.tsv"
PHRASES_RS = ROOT / "src" / "translit" / "hanzi" / "set_phrases.rs"
PHRASE_TAGS = ("i", "l")
PHRASE_MIN_FREQ = 4
MIN_FREQ = 2000
PROPER = ("nr", "ns", "nt", "nz")


def han(word):
    return all("\u4e00" <= c <= "\u9fff" for c in word)


def tsv(dict_path):
    rows = []
    phrases = []
    for line in open(dict_path, encoding="utf-8"):
        parts = line.split()
        if len(parts) != 3:
            continue
        word, freq, tag = parts[0], int(parts[1]), parts[2]
        if len(word) in (3, 4) and tag in PHRASE_TAGS and freq >= PHRASE_MIN_FREQ and han(word):
            phrases.append((word, freq, tag))
        if len(word) != 2 or freq < MIN_FREQ or tag.startswith(PROPER):
            continue
        if not han(word):
            continue
        rows.append((word, freq, tag))
    rows.sort()
    with open(TSV, "w", encoding="utf-8", newline="\n") as f:
        f.write("# word\tfrequency\ttag (jieba 0.42.1 dict.txt; frequency >= %d, no proper nouns)\n" % MIN_FREQ)
        for w, n, t in rows:
            f.write("%s\t%d\t%s\n" % (w, n, t))
    phrases.sort()
    with open(PHRASES_TSV, "w", encoding="utf-8", newline="\n") as f:
        f.write("# word\tfrequency\ttag (jieba 0.42.1 dict.txt; 3 or 4 Han characters, tag i or l, frequency >= %d)\n" % PHRASE_MIN_FREQ)
        for w, n, t in phrases:
            f.write("%s\t%d\t%s\n" % (w, n, t))


def words(path=TSV):
    out = []
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        out.append(line.split("\t")[0])
    return sorted(set(out))


def rs():
    ws = words()
    write_table(RS, "gen_zh_words.py", [
        "The common two-character words of Chinese (%d), from data/jieba/two-char-words.tsv: the" % len(ws),
        "two-character entries of jieba's dictionary (jieba 0.42.1, MIT licence) with a frequency of",
        "at least %d, proper nouns left out. Sorted, for a binary search." % MIN_FREQ,
    ], "The words, sorted.", "WORDS", ws)
    ps = words(PHRASES_TSV)
    write_table(PHRASES_RS, "gen_zh_words.py", [
        "The set phrases of Chinese of three and four characters (%d), from" % len(ps),
        "data/jieba/set-phrases.tsv: the entries of jieba's dictionary (jieba 0.42.1, MIT licence)",
        "tagged as idioms (`i`) or fixed expressions (`l`) with a frequency of at least %d. Sorted," % PHRASE_MIN_FREQ,
        "for a binary search.",
    ], "The phrases, sorted.", "PHRASES", ps, per_line=8)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "tsv":
        tsv(sys.argv[2])
        rs()
    elif len(sys.argv) == 2 and sys.argv[1] == "rs":
        rs()
    else:
        sys.exit(__doc__)
