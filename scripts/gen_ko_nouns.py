#!/usr/bin/env python3
"""The common nouns of Korean that canonym uses to tell a Hangul name from an ordinary word
(src/matcher/homographs.rs): the nouns of the National Institute of Korean Language's learners'
vocabulary list (국립국어원, 한국어 학습용 어휘 목록, 2003; the revision of 2019-05-30), as the npm
package `pd-korean-noun-list-for-wordles` (version 0.4.0, CC0-1.0) extracts them into
`src/CommonNouns.js`.

Two steps, run during development only (never by the build):

  scripts/gen_ko_nouns.py txt JS   extract data/korean/common-nouns.txt from that CommonNouns.js
                                   (`npm pack pd-korean-noun-list-for-wordles@0.4.0` fetches it),
                                   then write the .rs
  scripts/gen_ko_nouns.py rs       write src/translit/hangul/common_nouns.rs from the .txt only

The test `hangul::common_nouns::tests::generated_file_is_fresh` fails when the .rs does not hold
exactly the words of the .txt.
"""

import pathlib
import re
import sys

from gen_table import write_table

ROOT = pathlib.Path(__file__).resolve().parent.parent
TXT = ROOT / "data" / "korean" / "common-nouns.txt"
RS = ROOT / "src" / "translit" / "hangul" / "common_nouns.rs"


def txt(js_path):
    src = open(js_path, encoding="utf-8").read()
    words = sorted(set(re.findall(r"'([\uac00-\ud7a3]+)'", src)), key=lambda w: w.encode())
    with open(TXT, "w", encoding="utf-8", newline="\n") as f:
        f.write("# 국립국어원 한국어 학습용 어휘 목록 (2003, rev. 2019-05-30): its nouns, from the npm package\n")
        f.write("# pd-korean-noun-list-for-wordles 0.4.0 (CC0-1.0), src/CommonNouns.js. One a line, sorted.\n")
        for w in words:
            f.write(w + "\n")


def words():
    out = []
    for line in open(TXT, encoding="utf-8"):
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return sorted(set(out), key=lambda w: w.encode())


def rs():
    ws = words()
    write_table(RS, "gen_ko_nouns.py", [
        "The common nouns of Korean (%d), from data/korean/common-nouns.txt: the nouns of the" % len(ws),
        "National Institute of Korean Language's learners' vocabulary list (한국어 학습용 어휘 목록,",
        "2003, rev. 2019), as the npm package pd-korean-noun-list-for-wordles 0.4.0 (CC0-1.0) lists",
        "them. Sorted, for a binary search.",
    ], "The nouns, sorted.", "NOUNS", ws)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "txt":
        txt(sys.argv[2])
        rs()
    elif len(sys.argv) == 2 and sys.argv[1] == "rs":
        rs()
    else:
        sys.exit(__doc__)
