"""Regular expressions compiled on first use, and tried only on text that could match them.

Python compiles a regular expression in Python: a pattern of a few hundred characters takes a
millisecond or more, and compiling every pattern of the answering stage at import was a fifth of
what `innovis ask` spends. A question needs few of them: a `Pattern` is compiled the first time
it is used, and one given `needles` (`|`-separated strings of which every text it matches holds
at least one) is neither tried nor compiled on a text that holds none of them.

The needles of a pattern that ignores case are looked for in the text in lower case, and only
in a text all ASCII: there, and only there, ignoring case is ASCII's upper and lower case (`re`
also matches "k" to the Kelvin sign and "s" to the long s).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator


class Pattern:
    """A regular expression compiled on first use; with `needles`, tried only on text holding
    one of them (so every text the pattern can match must hold one: list them with care)."""

    __slots__ = ("_compiled", "_flags", "_fold", "_needles", "_source")

    def __init__(self, source: str, flags: int = 0, needles: str = "") -> None:
        """Raises ValueError for needles of a pattern that ignores case that are not lower-case
        ASCII."""
        self._source = source
        self._flags = flags
        self._needles = tuple(needles.split("|")) if needles else ()
        self._fold = bool(flags & re.IGNORECASE)
        if self._fold and not (needles.isascii() and needles == needles.lower()):
            raise ValueError("needles of a pattern that ignores case must be lower-case ASCII")
        self._compiled: re.Pattern[str] | None = None

    @property
    def pattern(self) -> str:
        """Return the expression's source, as `re.Pattern.pattern` does."""
        return self._source

    @property
    def needles(self) -> tuple[str, ...]:
        """Return the strings one of which every text the expression matches holds (none: no
        such strings are known)."""
        return self._needles

    @property
    def ignores_case(self) -> bool:
        """Return whether the expression ignores case (`re.IGNORECASE`)."""
        return self._fold

    @property
    def compiled(self) -> re.Pattern[str]:
        """Return the compiled expression (compiling it the first time)."""
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return self._compiled

    def _may_match(self, text: str) -> bool:
        if not self._needles:
            return True
        if self._fold:
            if not text.isascii():
                return True
            text = text.lower()
        return any(needle in text for needle in self._needles)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """Return `re.Pattern.search`'s match, or None."""
        return self.compiled.search(text, pos, endpos) if self._may_match(text) else None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """Return `re.Pattern.match`'s match, or None."""
        return self.compiled.match(text, pos, endpos) if self._may_match(text) else None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """Return `re.Pattern.fullmatch`'s match, or None."""
        return self.compiled.fullmatch(text, pos, endpos) if self._may_match(text) else None

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        """Return `re.Pattern.sub`'s text: `text` itself when the pattern cannot match."""
        return self.compiled.sub(repl, text, count) if self._may_match(text) else text

    def findall(self, text: str) -> list[str]:
        """Return `re.Pattern.findall`'s list (for a pattern of at most one group)."""
        return self.compiled.findall(text) if self._may_match(text) else []

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Return `re.Pattern.finditer`'s matches."""
        return self.compiled.finditer(text) if self._may_match(text) else iter(())
