"""Punkt's tokens, with what follows from a token's text alone worked out once per text.

Punkt looks at the words around every full stop, question and exclamation mark, building a
token for each and matching regular expressions against it (its type, whether it is an ellipsis
or an initial) every time it meets it: a third of the time a long release takes to split. Those
are functions of the token's text, and the same words come back all through a corpus, so this
token class asks NLTK's own code once per text and remembers the answer. The sentences found
are NLTK's, exactly (`tests/test_text.py` compares them). Imported only with NLTK.
"""

from __future__ import annotations

from functools import lru_cache

from nltk.tokenize.punkt import PunktToken

# Distinct token texts remembered (each cache): a corpus's common words and then some.
_REMEMBERED = 1 << 16


@lru_cache(maxsize=_REMEMBERED)
def _type(text: str) -> str:
    return str(PunktToken(text).type)


@lru_cache(maxsize=_REMEMBERED)
def _is_ellipsis(text: str) -> bool:
    return bool(PunktToken(text).is_ellipsis)


@lru_cache(maxsize=_REMEMBERED)
def _is_initial(text: str) -> bool:
    return bool(PunktToken(text).is_initial)


class RememberingToken(PunktToken):  # type: ignore[misc]  # NLTK has no type hints
    """A Punkt token whose type, and whether it is an ellipsis or an initial, are looked up
    (Punkt only tests the last two for truth)."""

    __slots__ = ()

    def _get_type(self, tok: str) -> str:
        return _type(tok)

    @property
    def is_ellipsis(self) -> bool:
        return _is_ellipsis(self.tok)

    @property
    def is_initial(self) -> bool:
        return _is_initial(self.tok)
