"""Type stubs of the extension module (see the docstrings in the module for the details)."""

import os
from typing import Any, Dict, List, Optional, Sequence, Tuple, Union

_Path = Union[str, "os.PathLike[str]"]

__version__: str

class Error(ValueError):
    """A glossary that does not load, an unknown language or scheme: the command line's message."""

class Matcher:
    """Every spelling of the glossary names in running text, normalised to the house style."""

    def __init__(
        self,
        glossaries: Optional[Sequence[_Path]] = None,
        generate: bool = True,
        cache_dir: Optional[_Path] = None,
        cache: bool = True,
    ) -> None: ...
    def __reduce__(self) -> Tuple[Any, Tuple[Any, ...]]: ...
    @property
    def glossaries(self) -> Optional[List[str]]: ...
    @property
    def entry_count(self) -> int: ...
    @property
    def spelling_count(self) -> int: ...
    def normalize(self, text: str, fuzzy: bool = False) -> str: ...
    def normalize_batch(
        self, texts: Sequence[str], fuzzy: bool = False, threads: Optional[int] = None
    ) -> List[str]: ...
    def find(self, text: str, fuzzy: bool = False) -> List[Dict[str, Any]]:
        """Matches: start, end (string indices), text, id, canonical, match[, candidates]."""
    def find_batch(
        self, texts: Sequence[str], fuzzy: bool = False, threads: Optional[int] = None
    ) -> List[List[Dict[str, Any]]]: ...
    def check(self, text: str, fuzzy: bool = True) -> List[Dict[str, Any]]:
        """Findings: line, column, end_line, end_column, start, end, found, replacement, id, reason."""
    def lookup(
        self, query: str, fuzzy: bool = True, explain: bool = False
    ) -> List[Dict[str, Any]]:
        """Matches: id, canonical, kind, lang, match, score[, spelling, rule]."""

def translit(
    text: str, lang: str, scheme: Optional[str] = None, name: bool = False
) -> str: ...
def schemes() -> List[Dict[str, Any]]:
    """Every scheme: lang, id, year, name."""
