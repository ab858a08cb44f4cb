"""canonym on Spark: normalise a DataFrame column with one Matcher per executor process.

    from canonym.spark import normalize_column
    out = normalize_column(df, "body", output_col="body_norm", matches_col="names")

The column is normalised through ``DataFrame.mapInArrow``: each Arrow batch of a partition goes
to the Matcher in one call. The Matcher travels to the executors as its glossary paths and
options (not as an index); each Python worker process builds it once, from the index cache, and
keeps it for every task it runs after that. The glossary paths must therefore be readable on the
executors (a shared file system, or files shipped with ``--files``/``SparkContext.addFile`` at
the same path), as must the cache directory if it is to be shared.

Needs ``pyspark`` and ``pyarrow`` (``pip install 'canonym[spark]'`` declares them).
"""

from typing import Any, Dict, Iterator, Optional, Tuple

from ._canonym import Matcher

__all__ = ["normalize_column", "MATCH_FIELDS"]

#: The fields of one match in the matches column, as `Matcher.find` returns them (string
#: indices), with their Spark SQL types.
MATCH_FIELDS = (
    ("start", "long"),
    ("end", "long"),
    ("text", "string"),
    ("id", "string"),
    ("canonical", "string"),
    ("match", "string"),
    ("candidates", "array<string>"),
)

# The Matchers of this process, by the arguments that build them: one per executor process.
_MATCHERS: Dict[Tuple[Any, ...], Matcher] = {}


def _matcher(spec: Tuple[Any, ...]) -> Matcher:
    """The Matcher of `spec` (see `_spec`), built once per process."""
    m = _MATCHERS.get(spec)
    if m is None:
        glossaries, generate, cache_dir, cache = spec
        m = _MATCHERS[spec] = Matcher(
            list(glossaries) if glossaries is not None else None, generate, cache_dir, cache
        )
    return m


def _spec(matcher: Matcher) -> Tuple[Any, ...]:
    """The arguments that rebuild `matcher` (what it pickles as), as a hashable tuple."""
    glossaries, generate, cache_dir, cache = matcher.__reduce__()[1]
    return (
        tuple(str(p) for p in glossaries) if glossaries is not None else None,
        generate,
        str(cache_dir) if cache_dir is not None else None,
        cache,
    )


def normalize_column(
    df,
    column: str,
    output_col: Optional[str] = None,
    matches_col: Optional[str] = None,
    matcher: Optional[Matcher] = None,
    fuzzy: bool = False,
):
    """`df` with the string column `column` normalised (as `canonym normalize --jsonl-field`).

    The normalised text goes to `output_col` (default: `column` itself, replaced in place); with
    `matches_col`, the matches of each row go there as an array of structs with the fields of
    :data:`MATCH_FIELDS` (`start` and `end` are string indices into the original text;
    `candidates` is null unless the match is ambiguous). A null text stays null, with no matches.
    Other columns pass through unchanged. `matcher` defaults to ``Matcher()`` (the bundled
    glossaries); it is built on the driver first, so that a glossary error is raised here.
    """
    from pyspark.sql.types import ArrayType, StringType, StructType, _parse_datatype_string

    if column not in df.columns:
        raise ValueError(f"no column `{column}` in the DataFrame (columns: {', '.join(df.columns)})")
    if not isinstance(df.schema[column].dataType, StringType):
        raise TypeError(f"column `{column}` is {df.schema[column].dataType.simpleString()}, not a string")
    if matcher is None:
        matcher = Matcher()
    spec = _spec(matcher)
    output_col = output_col or column
    match_type = _parse_datatype_string(
        "struct<" + ",".join(f"`{n}`:{t}" for n, t in MATCH_FIELDS) + ">"
    )
    fields = [f for f in df.schema.fields if f.name != output_col]
    if matches_col is not None:
        fields = [f for f in fields if f.name != matches_col]
    schema = StructType(fields)
    schema.add(output_col, StringType(), True)
    if matches_col is not None:
        schema.add(matches_col, ArrayType(match_type, False), True)
    names = [f.name for f in schema.fields]

    def run(batches: Iterator[Any]) -> Iterator[Any]:
        import pyarrow as pa

        m = _matcher(spec)
        for batch in batches:
            texts = batch.column(batch.schema.get_field_index(column)).to_pylist()
            present = [t for t in texts if t is not None]
            # Spark runs a task per core: one thread per task.
            normalized = iter(m.normalize_batch(present, fuzzy=fuzzy, threads=1))
            found = iter(m.find_batch(present, fuzzy=fuzzy, threads=1) if matches_col else ())
            text_type = batch.schema.field(column).type
            out_text, out_matches = [], []
            for t in texts:
                if t is None:
                    out_text.append(None)
                    out_matches.append(None)
                else:
                    out_text.append(next(normalized))
                    if matches_col:
                        out_matches.append(next(found))
            columns = {n: batch.column(i) for i, n in enumerate(batch.schema.names)}
            columns[output_col] = pa.array(out_text, type=text_type)
            if matches_col:
                struct = pa.struct(
                    [
                        pa.field("start", pa.int64()),
                        pa.field("end", pa.int64()),
                        pa.field("text", text_type),
                        pa.field("id", text_type),
                        pa.field("canonical", text_type),
                        pa.field("match", text_type),
                        pa.field("candidates", pa.list_(text_type)),
                    ]
                )
                columns[matches_col] = pa.array(out_matches, type=pa.list_(pa.field("element", struct, False)))
            yield pa.RecordBatch.from_arrays([columns[n] for n in names], names=names)

    return df.mapInArrow(run, schema)
