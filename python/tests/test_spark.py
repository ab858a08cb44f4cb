"""canonym.spark on a real Spark session (local[2]): the normalised column and the matches equal
the command line's `normalize --jsonl-field` output record by record."""

import json
import os
import sys

import pytest

pyspark = pytest.importorskip("pyspark")
pytest.importorskip("pyarrow")

import canonym
from canonym.spark import normalize_column
from conftest import ROOT, corpus
from test_cli_parity import jsonl, str_indices


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    # The executors' Python is this one (with canonym installed).
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("canonym-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate()
    )
    yield session
    session.stop()


def test_normalize_column_equals_cli_record_by_record(spark, cli, cache_dir):
    texts = corpus(3000, seed=11)
    texts[5] = None  # a null stays null
    g = ROOT / "tests" / "data" / "devset" / "glossary.toml"
    df = spark.createDataFrame(
        [(i, t, i % 7) for i, t in enumerate(texts)], "id long, body string, other int"
    ).repartition(4)
    matcher = canonym.Matcher(glossaries=[g], cache_dir=cache_dir)
    out = normalize_column(df, "body", output_col="body_norm", matches_col="names", matcher=matcher)
    assert out.columns == ["id", "body", "other", "body_norm", "names"]
    rows = sorted(out.collect(), key=lambda r: r["id"])
    assert len(rows) == len(texts)

    records = "".join(json.dumps({"id": i, "body": t}) + "\n" for i, t in enumerate(texts) if t is not None)
    want = {r["id"]: r for r in jsonl(cli("-g", g, "normalize", "--jsonl-field", "body", stdin=records).stdout)}
    changed = 0
    for row in rows:
        i = row["id"]
        assert row["other"] == i % 7 and row["body"] == texts[i]
        if texts[i] is None:
            assert row["body_norm"] is None and row["names"] is None
            continue
        assert row["body_norm"] == want[i]["body"], i
        got = [{k: v for k, v in m.asDict(recursive=True).items() if not (k == "candidates" and v is None)} for m in row["names"]]
        assert got == str_indices(texts[i], want[i]["canonym_matches"]), i
        changed += row["body_norm"] != texts[i]
    assert changed > 1000


def test_in_place_and_errors(spark, cache_dir):
    df = spark.createDataFrame([("Wladimir Putin in Pyong-yang",), (None,)], "body string")
    out = normalize_column(df, "body", matcher=canonym.Matcher(cache_dir=cache_dir))
    assert out.columns == ["body"]
    assert [r["body"] for r in out.collect()] == ["Vladimir Putin in Pyongyang", None]
    with pytest.raises(ValueError, match="no column `text`"):
        normalize_column(df, "text")
    with pytest.raises(TypeError, match="not a string"):
        normalize_column(spark.createDataFrame([(1,)], "n int"), "n")
