"""canonym: multilingual name glossaries, transliteration and normalisation of variant spellings.

The command line's library, in-process::

    import canonym
    m = canonym.Matcher()                                # the bundled glossaries
    m.normalize("Kim Chŏng-ŭn met Wladimir Putin")       # 'Kim Jong Un met Vladimir Putin'
    m.find("KIM JONG-UN in Pyong-yang")                  # matches, as `normalize --format jsonl`
    canonym.translit("김정은", lang="ko", scheme="mr", name=True)   # 'Kim Chŏng-ŭn'

Results use the command line's JSON field names; spans are Python string indices. Errors raise
:class:`canonym.Error` (a ``ValueError``) with the command line's messages. :mod:`canonym.spark`
runs a Matcher over a PySpark DataFrame column.
"""

from ._canonym import Error, Matcher, __version__, schemes, translit

__all__ = ["Error", "Matcher", "schemes", "translit", "__version__"]
