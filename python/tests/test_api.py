"""The Python API itself: the issue's example, errors with the command line's messages, pickling
(also into worker processes), batches equal to one-by-one calls, string indices."""

import multiprocessing
import pickle

import pytest

import canonym
from conftest import ROOT


def test_the_example(bundled):
    assert bundled.normalize("Kim Chŏng-ŭn met Wladimir Putin") == "Kim Jong Un met Vladimir Putin"
    assert canonym.translit("김정은", lang="ko", scheme="mr", name=True) == "Kim Chŏng-ŭn"
    assert any(s["id"] == "mr" for s in canonym.schemes())
    assert bundled.lookup("Hsi Chin-p'ing")[0]["id"] == "xi-jinping"


def test_spans_are_string_indices(bundled):
    text = "김정은 위원장은 — KIM JONG-UN’s visit; Ким Чен Ыну"
    found = bundled.find(text)
    assert [m["id"] for m in found] == ["kim-jong-un"] * 3
    for m in found:
        assert text[m["start"] : m["end"]] == m["text"]
    for f in bundled.check(text):
        assert text[f["start"] : f["end"]] == f["found"]


def test_batches_equal_single_calls(bundled):
    texts = ["Wladimir Putin", "", "nothing here", "KIM JONG-UN in Pyong-yang"] * 50
    assert bundled.normalize_batch(texts) == [bundled.normalize(t) for t in texts]
    assert bundled.normalize_batch(texts, threads=1) == bundled.normalize_batch(texts, threads=2)
    assert bundled.find_batch(texts) == [bundled.find(t) for t in texts]
    assert bundled.normalize_batch([]) == []


def test_errors_carry_the_cli_messages(cli, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[entry]]\ncanonical = "A"\nbogus = 1\n')
    p = cli("-g", bad, "--no-cache", "lookup", "A", ok=(2,))
    want = p.stderr.decode("utf-8").strip()
    assert want.startswith("canonym: error: ")
    with pytest.raises(canonym.Error) as e:
        canonym.Matcher(glossaries=[bad], cache=False)
    assert str(e.value) == want[len("canonym: error: ") :]
    assert isinstance(e.value, ValueError)
    p = cli("translit", "--lang", "xx", "a", ok=(2,))
    with pytest.raises(canonym.Error) as e:
        canonym.translit("a", lang="xx")
    assert "canonym: error: " + str(e.value) == p.stderr.decode("utf-8").strip()


def test_glossaries_and_options(cli, tmp_path, cache_dir):
    g = tmp_path / "g.toml"
    g.write_text('[[entry]]\ncanonical = "Kim Jong Un"\nkind = "person"\nlang = "ko"\nnative = ["김정은"]\n')
    m = canonym.Matcher(glossaries=[str(g)], cache_dir=cache_dir)
    assert m.entry_count == 1
    assert m.normalize("Kim Chŏng-ŭn") == "Kim Jong Un"
    listed = canonym.Matcher(glossaries=[g], generate=False, cache_dir=cache_dir)
    text = "Kim Chŏng-ŭn, Ким Чен Ын, Gim Jeong-eun"
    want = cli("-g", g, "--no-generate", "--no-cache", "normalize", stdin=text).stdout.decode()
    assert listed.normalize(text) == want != m.normalize(text)
    assert listed.spelling_count < m.spelling_count
    with pytest.raises(TypeError):
        canonym.Matcher(glossaries=str(g))  # a list of paths, not one string


def _normalize_in_worker(args):
    matcher, text = args
    return matcher.normalize(text)


def test_pickles_and_runs_in_worker_processes(tmp_path, cache_dir):
    g = tmp_path / "g.toml"
    g.write_text('[[entry]]\ncanonical = "Vladimir Putin"\nvariants = ["Wladimir Putin"]\n')
    m = canonym.Matcher(glossaries=[g], generate=False, cache_dir=cache_dir)
    copy = pickle.loads(pickle.dumps(m))
    assert repr(copy) == repr(m)
    assert copy.glossaries == m.glossaries and copy.glossaries[0].is_absolute()
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        out = pool.map(_normalize_in_worker, [(m, "Wladimir Putin said")] * 4)
    assert out == ["Vladimir Putin said"] * 4
