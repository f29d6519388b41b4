"""The list of a corpus's releases (`innovis docs`, `/docs` in the chat): id, date, title, URL."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..models import Document
from ..text.printable import printable, printable_json

_HEADINGS = ("ID", "DATE", "TITLE", "URL")


def newest_first(documents: Iterable[Document]) -> list[Document]:
    """Return the documents newest first; undated ones last; ties in order of id."""
    by_id = sorted(documents, key=lambda d: d.id)
    return sorted(by_id, key=lambda d: d.date.toordinal() if d.date else 0, reverse=True)


def _row(document: Document) -> tuple[str, str, str, str]:
    date = document.date.isoformat() if document.date else "-"
    # One release a line: a title read from a file may hold a line break.
    title = " ".join((document.title or "").split()) or "-"
    return document.id, date, title, document.url or "-"


def releases_text(documents: Sequence[Document]) -> str:
    """Return the releases as aligned columns under a heading, with a count at the end."""
    rows = [_HEADINGS, *(_row(d) for d in newest_first(documents))]
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    lines = [
        "  ".join([*(cell.ljust(width) for cell, width in zip(row, widths, strict=False)), row[3]])
        for row in rows
    ]
    count = len(documents)
    lines.append(f"{count:,} release" + ("" if count == 1 else "s"))
    return printable("\n".join(lines))


def releases_list(documents: Sequence[Document]) -> str:
    """Return the releases as a bulleted list that wraps well in a chat: one bullet a release
    (date, title, URL, then its id in brackets), newest first."""
    count = len(documents)
    lines = [f"I answer from {count:,} release" + (":" if count == 1 else "s, newest first:")]
    for document in newest_first(documents):
        _, date, title, url = _row(document)
        parts = [part for part in (date, title, url) if part != "-"]
        lines.append(f"• {' · '.join(parts)} [{document.id}]")
    return printable("\n".join(lines))


def releases_json(documents: Sequence[Document]) -> str:
    """Return the releases as a JSON array of {"id", "date", "title", "url"} objects."""
    return printable_json(
        [
            {
                "id": d.id,
                "date": d.date.isoformat() if d.date else None,
                "title": d.title,
                "url": d.url,
            }
            for d in newest_first(documents)
        ],
    )
