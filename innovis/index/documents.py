"""The documents of an index: in memory, or read one at a time from a saved index."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator, Sequence

from ..models import Document
from ..tuples import NamedTuple

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, overload


class DocumentInfo(NamedTuple):
    """What describes a document, without its text."""

    id: str
    title: str | None
    date: datetime.date | None
    url: str | None
    lang: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the description as JSON-ready data."""
        return {
            "id": self.id,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "url": self.url,
            "lang": self.lang,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocumentInfo:
        """Return the description `to_dict` gave. Raises TypeError, ValueError or KeyError
        when `data` is not one."""
        identity, title, date, url = data["id"], data["title"], data["date"], data["url"]
        lang = data.get("lang")
        if not isinstance(identity, str) or not all(
            value is None or isinstance(value, str) for value in (title, date, url, lang)
        ):
            raise TypeError(f"not a document description: {data!r:.200}")
        day = datetime.date.fromisoformat(date) if date else None
        return cls(identity, title, day, url, lang)


class DocumentTable(Sequence[Document]):
    """A sequence of Documents whose texts are fetched only when asked for."""

    def __init__(self, infos: Sequence[DocumentInfo], text_of: Callable[[int], str]) -> None:
        self.infos = infos
        self._text_of = text_of

    @classmethod
    def of(cls, documents: Sequence[Document]) -> DocumentTable:
        """Return the table of documents held in memory."""
        infos = [DocumentInfo(d.id, d.title, d.date, d.url, d.lang) for d in documents]
        return cls(infos, lambda number: documents[number].text)

    def text(self, number: int) -> str:
        """Return the text of document `number`."""
        return self._text_of(number)

    def __len__(self) -> int:
        return len(self.infos)

    if TYPE_CHECKING:  # the overloads tell type checkers which index gives which

        @overload
        def __getitem__(self, index: int) -> Document: ...

        @overload
        def __getitem__(self, index: slice) -> Sequence[Document]: ...

    def __getitem__(self, index: int | slice) -> Document | Sequence[Document]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        info = self.infos[index]
        return Document(info.id, self._text_of(index), info.title, info.date, info.url, info.lang)

    def __iter__(self) -> Iterator[Document]:
        return (self[i] for i in range(len(self)))
