"""Shared fixtures: the repository, the `canonym` binary the results are compared with (the one
`cargo test` built, or $CANONYM_BIN), and a fresh index cache per session."""

import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def cli():
    """The command line, as a function: cli(*args, stdin=None, ok=(0,)) -> CompletedProcess."""
    binary = os.environ.get("CANONYM_BIN") or str(ROOT / "target" / "debug" / "canonym")
    if not os.path.exists(binary):
        subprocess.run(["cargo", "build", "--locked", "--quiet"], cwd=ROOT, check=True)

    def run(*args, stdin=None, ok=(0,)):
        env = {k: v for k, v in os.environ.items() if k != "CANONYM_GLOSSARY"}
        p = subprocess.run(
            [binary, *map(str, args)],
            input=stdin.encode() if stdin is not None else None,
            capture_output=True,
            env=env,
            cwd=ROOT,
        )
        assert p.returncode in ok, p.stderr.decode()
        return p

    return run


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("canonym-cache")


@pytest.fixture(scope="session")
def bundled(cache_dir):
    import canonym

    return canonym.Matcher(cache_dir=cache_dir)


@pytest.fixture(scope="session")
def devset(cache_dir):
    import canonym

    return canonym.Matcher(
        glossaries=[ROOT / "tests" / "data" / "devset" / "glossary.toml"], cache_dir=cache_dir
    )


def devset_spellings():
    """The spellings of the cross-romanisation development set, in file order."""
    out = []
    for line in (ROOT / "tests" / "data" / "devset" / "cases.tsv").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            out.append(line.split("\t")[1])
    return out


def corpus(n, seed=7):
    """`n` deterministic news-like records that mention the development set's spellings."""
    import random

    rng = random.Random(seed)
    spellings = devset_spellings()
    filler = [
        "officials said the talks would continue",
        "the ministry declined to comment",
        "analysts cautioned that the deal could fail",
        "state media carried photographs of the meeting",
        "Mr Kim and Mr Putin were not available",
        "a spokesperson confirmed the visit",
    ]
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 4)):
            parts.append(rng.choice(filler))
            parts.append(rng.choice(spellings) + rng.choice(["", "’s", ",", "."]))
        out.append(" ".join(parts))
    return out
