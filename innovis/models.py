"""The values the library hands out: documents in, passages and replies out.

All are typed named tuples: immutable and quick to define, which keeps `innovis ask` starting
fast. (A frozen dataclass costs about seven times as much to define, and importing dataclasses
takes nearly as long as Python's own start-up.)
"""

from __future__ import annotations

import datetime
from typing import Any, Literal, NamedTuple

ReplyKind = Literal["answer", "greeting", "thanks", "farewell", "help", "fallback"]


class Document(NamedTuple):
    """One press release: `text` is its body; `title`, `date` and `url` describe it."""

    id: str
    text: str
    title: str | None = None
    date: datetime.date | None = None
    url: str | None = None


class Passage(NamedTuple):
    """A sentence of a document that matches a query.

    `document.text[start:end] == text`; `score` is the ranking score (higher is better).
    """

    doc_id: str
    title: str | None
    date: datetime.date | None
    text: str
    start: int
    end: int
    score: float

    def to_dict(self) -> dict[str, Any]:
        """Return the passage as JSON-ready data (the date as ISO 8601)."""
        return {
            "doc_id": self.doc_id,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "score": self.score,
        }


class Reply(NamedTuple):
    """What INNOVIS says to one message.

    `text` is plain text for a person; `passages` (best first) are the quoted sentences and are
    empty unless `kind == "answer"`; `confidence` runs from 0 (no idea) to 1 (sure).
    `suggestion` is the question as INNOVIS read it when it mended its spelling ("Did you
    mean …?"), else None.
    """

    kind: ReplyKind
    text: str
    passages: tuple[Passage, ...] = ()
    confidence: float = 1.0
    suggestion: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the reply as JSON-ready data."""
        return {
            "kind": self.kind,
            "text": self.text,
            "passages": [p.to_dict() for p in self.passages],
            "confidence": self.confidence,
            "suggestion": self.suggestion,
        }
