"""The Python results equal the command line's: on the bundled sample (README-example.txt), on
the cross-romanisation development set, and on a generated corpus of a few thousand records."""

import json

import canonym
from conftest import ROOT, corpus, devset_spellings

SAMPLE = ROOT / "README-example.txt"


def str_indices(text, records):
    """CLI records with byte offsets -> string indices, and without `path`."""
    data = text.encode("utf-8")
    out = []
    for r in records:
        r = dict(r)
        r.pop("path", None)
        r["start"] = len(data[: r["start"]].decode("utf-8"))
        r["end"] = len(data[: r["end"]].decode("utf-8"))
        out.append(r)
    return out


def jsonl(stdout):
    return [json.loads(l) for l in stdout.decode("utf-8").splitlines() if l.strip()]


def test_sample_normalize_equals_cli(cli, bundled):
    text = SAMPLE.read_text("utf-8")
    assert bundled.normalize(text) == cli("normalize", SAMPLE).stdout.decode("utf-8")


def test_sample_find_equals_cli(cli, bundled):
    text = SAMPLE.read_text("utf-8")
    want = str_indices(text, jsonl(cli("normalize", "--format", "jsonl", SAMPLE).stdout))
    got = bundled.find(text)
    assert got == want
    assert [list(m) for m in got] == [list(m) for m in want], "field order"
    for m in got:
        assert text[m["start"] : m["end"]] == m["text"]


def test_sample_check_equals_cli(cli, bundled):
    text = SAMPLE.read_text("utf-8")
    want = str_indices(text, jsonl(cli("check", "--format", "json", SAMPLE, ok=(1,)).stdout))
    got = bundled.check(text)
    assert got == want and len(got) > 5
    assert bundled.check(text, fuzzy=False) == str_indices(
        text,
        jsonl(cli("check", "--no-fuzzy", "--format", "json", SAMPLE, ok=(1,)).stdout),
    )


def test_lookup_equals_cli(cli, bundled):
    queries = ["Kim Chŏng-ŭn", "Vladimir Poutine", "S. V. Lavrov", "Mao Zedung", "Hsi Chin-p'ing", "Nobody"]
    answers = jsonl(cli("lookup", "--json", *queries, ok=(0, 1)).stdout)
    for q, a in zip(queries, answers):
        assert a["query"] == q
        assert bundled.lookup(q) == a["matches"], q
    explained = jsonl(cli("lookup", "--json", "--explain", "Kim Chŏng-ŭn").stdout)[0]
    assert bundled.lookup("Kim Chŏng-ŭn", explain=True) == explained["matches"]


def test_devset_lookup_and_normalize_equal_cli(cli, devset):
    spellings = devset_spellings()
    assert len(spellings) > 800
    g = ROOT / "tests" / "data" / "devset" / "glossary.toml"
    answers = jsonl(cli("-g", g, "lookup", "--json", *spellings, ok=(0, 1)).stdout)
    assert len(answers) == len(spellings)
    for s, a in zip(spellings, answers):
        assert devset.lookup(s) == a["matches"], s
    records = "".join(json.dumps({"body": s}) + "\n" for s in spellings)
    out = jsonl(cli("-g", g, "normalize", "--jsonl-field", "body", stdin=records).stdout)
    assert devset.normalize_batch(spellings) == [r["body"] for r in out]
    found = devset.find_batch(spellings)
    for s, matches, r in zip(spellings, found, out):
        assert matches == str_indices(s, r["canonym_matches"]), s


def test_generated_corpus_equals_cli_record_by_record(cli, devset):
    texts = corpus(3000)
    g = ROOT / "tests" / "data" / "devset" / "glossary.toml"
    records = "".join(json.dumps({"id": i, "body": t}) + "\n" for i, t in enumerate(texts))
    out = jsonl(cli("-g", g, "normalize", "--jsonl-field", "body", stdin=records).stdout)
    assert [r["id"] for r in out] == list(range(len(texts)))
    normalized = devset.normalize_batch(texts)
    assert normalized == [r["body"] for r in out]
    assert normalized != texts
    for t, matches, r in zip(texts, devset.find_batch(texts, threads=2), out):
        assert matches == str_indices(t, r["canonym_matches"])


def test_translit_and_schemes_equal_cli(cli):
    assert canonym.translit("김정은", lang="ko", scheme="mr", name=True) == "Kim Chŏng-ŭn"
    for lang, scheme, name, text in [
        ("ko", "mr", True, "김일성"),
        ("ru", "de", False, "Леонид Брежнев"),
        ("zh", None, True, "习近平"),
        ("ru", None, False, "Щёлково"),
    ]:
        args = ["translit", "--lang", lang] + (["--scheme", scheme] if scheme else []) + (["--name"] if name else [])
        want = cli(*args, text).stdout.decode("utf-8").rstrip("\n")
        assert canonym.translit(text, lang=lang, scheme=scheme, name=name) == want
    listed = [l.split("\t") for l in cli("translit", "--list").stdout.decode("utf-8").splitlines()]
    got = [[s["lang"], s["id"], str(s["year"]), s["name"]] for s in canonym.schemes()]
    assert got == listed
