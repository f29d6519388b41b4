"""The weights with which a sentence's score blends its fields (see retrieval.py)."""

from __future__ import annotations

from ..errors import InvalidArgumentError
from ..tuples import NamedTuple
from .bm25 import BM25Parameters

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

# The BM25 variants as rank-bm25 names its classes.
VARIANTS = {"BM25Okapi": "okapi", "BM25L": "l", "BM25Plus": "plus"}


class RankingConfig(NamedTuple):
    """The BM25 of sentences and of paragraphs, and the weights of the other fields and of the
    evidence that reorders the best sentences (see retrieval.py and evidence.py).

    `titled_term_weight` is the share of its score a question term keeps in a sentence and its
    paragraph when the document's title holds it: the title field has counted it already.

    Chosen by cross-validation over SQuAD articles (scripts/tune_ranking.py).
    """

    sentence: BM25Parameters = BM25Parameters(k1=0.5, b=0.4)
    paragraph: BM25Parameters = BM25Parameters()
    paragraph_weight: float = 0.5
    title_weight: float = 1.5
    titled_term_weight: float = 0.2
    cue_weight: float = 3.0
    bigram_weight: float = 0.5
    exact_weight: float = 0.7

    @classmethod
    def for_bm25(cls, name: str) -> RankingConfig:
        """Return the default configuration scoring both fields with the BM25 `name`
        ("BM25Okapi", "BM25L" or "BM25Plus"). Raises InvalidArgumentError for another name."""
        if name not in VARIANTS:
            known = ", ".join(VARIANTS)
            raise InvalidArgumentError(f"There is no BM25 called {name!r}: use one of {known}.")
        default = cls()
        variant: Any = VARIANTS[name]
        return default._replace(
            sentence=default.sentence._replace(variant=variant),
            paragraph=default.paragraph._replace(variant=variant),
        )

    def to_dict(self) -> dict[str, Any]:
        """Return the configuration as JSON-ready data."""
        return {
            **self._asdict(),
            "sentence": self.sentence._asdict(),
            "paragraph": self.paragraph._asdict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RankingConfig:
        """Return the configuration `to_dict` gave. Raises KeyError or TypeError if malformed."""
        return cls(
            sentence=BM25Parameters(**data["sentence"]),
            paragraph=BM25Parameters(**data["paragraph"]),
            **{name: float(data[name]) for name in _WEIGHTS},
        )


# The fields of RankingConfig that are plain weights.
_WEIGHTS = [name for name in RankingConfig._fields if name not in ("sentence", "paragraph")]
