"""The values the library hands out: documents in, passages and replies out.

All are typed named tuples: immutable and quick to define, which keeps `innovis ask` starting
fast. (A frozen dataclass costs about seven times as much to define, and importing dataclasses
takes nearly as long as Python's own start-up.)
"""

from __future__ import annotations

import datetime
from typing import Any, Literal, NamedTuple

ReplyKind = Literal[
    "answer", "source", "greeting", "thanks", "acknowledgement", "farewell", "help", "fallback"
]


class Document(NamedTuple):
    """One press release: `text` is its body; `title`, `date`, `url` and `lang` (the language
    its page declares, such as `en` or `zh-hk`) describe it."""

    id: str
    text: str
    title: str | None = None
    date: datetime.date | None = None
    url: str | None = None
    lang: str | None = None


class Passage(NamedTuple):
    """A span of a document that matches a query: one sentence, or in a reply the sentence with
    the one before it when it leans on that one ("This will …").

    `document.text[start:end] == text`, and in a reply `text` is exactly what is quoted;
    `score` is the ranking score (higher is better); `url` is the document's, if it has one.
    """

    doc_id: str
    title: str | None
    date: datetime.date | None
    text: str
    start: int
    end: int
    score: float
    url: str | None = None

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
            "url": self.url,
        }


class Reply(NamedTuple):
    """What INNOVIS says to one message.

    `text` is plain text for a person; `passages` (best first) are the quoted passages of an
    "answer", exactly as quoted, or for a "source" reply (to "when?", "source", "link") the
    passages last quoted, whose release it describes; they are empty for other kinds;
    `confidence` runs from 0 (no idea) to 1 (sure).
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
