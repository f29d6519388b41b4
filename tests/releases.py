"""Invented press releases for tests: a Document from its date, title and paragraphs."""

from __future__ import annotations

import innovis


def release(day: str, title: str, *paragraphs: str) -> innovis.Document:
    """Return the release of ISO date `day` titled `title`, one paragraph a line of text (its id
    the date and the title's start, so two releases of a day stay apart)."""
    return innovis.Document(
        id=f"{day}-{title[:12]}", title=title, date=day, text="\n\n".join(paragraphs)
    )
