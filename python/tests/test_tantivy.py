"""One real engine end to end: tantivy (a Lucene-architecture engine, through its Python package)
indexes the same small news corpus twice, raw and normalised by canonym, and each glossary name is
queried by its canonical form (a phrase query). Recall before and after, per class of spelling,
is printed as the README's table (run with `-s` to see it)."""

import collections
import random

import pytest

tantivy = pytest.importorskip("tantivy")

from conftest import ROOT


def cases():
    """(class, spelling, entry id) of the development set, names only."""
    out = []
    for line in (ROOT / "tests" / "data" / "devset" / "cases.tsv").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            cls, spelling, expected = line.split("\t")[:3]
            if expected != "none":
                out.append((cls, spelling, expected))
    return sorted(out, key=lambda c: c[0])


def index(texts):
    sb = tantivy.SchemaBuilder()
    sb.add_integer_field("doc", stored=True, indexed=True)
    sb.add_text_field("body", stored=False)
    ix = tantivy.Index(sb.build())
    w = ix.writer()
    for i, t in enumerate(texts):
        w.add_document(tantivy.Document(doc=i, body=t))
    w.commit()
    ix.reload()
    return ix


def hits(ix, phrase, n):
    searcher = ix.searcher()
    query = ix.parse_query('"' + phrase.replace('"', " ") + '"', ["body"])
    return {searcher.doc(a)["doc"][0] for _, a in searcher.search(query, n).hits}


def test_recall_raw_and_normalised(devset):
    rng = random.Random(5)
    filler = ["officials said on Monday that", "in a statement,", "according to state media,"]
    docs = cases()
    texts = [f"{rng.choice(filler)} {spelling} arrived for the talks." for _, spelling, _ in docs]
    canonical = {}
    for line in (ROOT / "tests" / "data" / "devset" / "glossary.toml").read_text("utf-8").splitlines():
        if line.startswith("id = "):
            current = line.split('"')[1]
        elif line.startswith("canonical = "):
            canonical[current] = line.split('"')[1]
    indexes = {
        "raw": index(texts),
        "canonym": index(devset.normalize_batch(texts)),
        "fuzzy": index(devset.normalize_batch(texts, fuzzy=True)),
    }
    by_entry = collections.defaultdict(set)
    for i, (_, _, entry) in enumerate(docs):
        by_entry[entry].add(i)
    found = {name: set() for name in indexes}
    for entry, want in by_entry.items():
        for name, ix in indexes.items():
            found[name] |= hits(ix, canonical[entry], len(texts)) & want
    per_class = collections.defaultdict(lambda: [0, 0, 0, 0])
    for i, (cls, _, _) in enumerate(docs):
        row = per_class[cls]
        row[0] += 1
        for k, name in enumerate(indexes, 1):
            row[k] += i in found[name]
    per_class["all"] = [sum(col) for col in zip(*per_class.values())]
    print("\n| spellings | documents | raw | normalised | normalised, `fuzzy=True` |")
    print("|---|---|---|---|---|")
    for cls, (n, *recall) in per_class.items():
        print(f"| {cls} | {n} | " + " | ".join(f"{r / n:.0%}" for r in recall) + " |")
    n, raw, norm, fuzzy = per_class["all"]
    assert raw < norm <= fuzzy
    assert norm / n > 0.7, (raw, norm, n)
