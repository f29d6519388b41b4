"""Reading CMS exports: JSON Lines (`.jsonl`) and CSV (`.csv`) files, one release a record.

A record's fields are found by name, in any case: the text from `text`, `body`, `content` (or
`article`, `html`, `description`, `summary`), the title from `title` or `headline`, the date
from `date`, `published`, `published_at`, `datePublished` and the like, the address from `url`
or `link`, the language from `lang` or `language`. A text that holds HTML markup is read as a
web page fragment. A record's document id is the file's id, `#`, and its `id` field when it has
one, else its record number (from 1).

A record that cannot be used (a line that is not a JSON object, a record without text) is left
out and reported through `warn`; the file's other records are still read.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..errors import CorpusReadError
from ..models import Document
from .dates import find_date, read_date

Warn = Callable[[str], None]

_FIELDS = {
    "text": ("text", "body", "content", "article", "html", "body_html", "description", "summary"),
    "title": ("title", "headline", "name", "subject"),
    "date": (
        "date",
        "published",
        "published_at",
        "publish_date",
        "publication_date",
        "datepublished",
        "pubdate",
        "created",
        "created_at",
    ),
    "url": ("url", "link", "permalink", "canonical_url", "href"),
    "lang": ("lang", "language", "locale", "inlanguage"),
    "id": ("id", "_id", "record_id", "uuid", "guid", "slug"),
}
# [^<>]: a tag ends before the next "<", so a text of "<a " never closed is read in linear time.
_MARKUP = re.compile(r"<(?:p|br|div|h[1-6]|ul|ol|li|span|a|strong|em|b|i|table)\b[^<>]*>", re.I)


def _field(record: dict[str, str], name: str) -> str | None:
    for key in _FIELDS[name]:
        value = record.get(key)
        if value and value.strip():
            return value.strip()
    return None


def _document(file_id: str, number: int, record: dict[str, Any], source: str) -> Document:
    """Return the Document of one record. Raises CorpusReadError when it has no text."""
    fields = {
        str(key).strip().lower(): str(value)
        for key, value in record.items()
        if isinstance(value, str | int | float) and not isinstance(value, bool)
    }
    text = _field(fields, "text")
    if text is None:
        names = ", ".join(sorted(fields)) or "none"
        raise CorpusReadError(
            f"{source} record {number} has no text (its fields: {names}); "
            "give it a text, body or content field."
        )
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    metadata: dict[str, str] = {}
    if _MARKUP.search(text):
        from .html import html_to_text

        text, metadata = html_to_text(text, f"{source} record {number}")
    date_field = _field(fields, "date")
    record_id = _field(fields, "id")
    return Document(
        id=f"{file_id}#{record_id or number}",
        text=text.strip(),
        title=_field(fields, "title") or metadata.get("title"),
        date=(read_date(date_field) if date_field else None) or find_date(text),
        url=_field(fields, "url"),
        lang=(_field(fields, "lang") or metadata.get("lang") or "").lower() or None,
    )


def _documents(
    file_id: str, records: Iterable[tuple[int, Any]], source: str, warn: Warn | None
) -> list[Document]:
    documents: list[Document] = []
    seen: set[str] = set()
    for number, record in records:
        try:
            if not isinstance(record, dict):
                raise CorpusReadError(f"{source} record {number} is not an object of fields.")
            document = _document(file_id, number, record, source)
        except CorpusReadError as error:
            if warn:
                warn(f"skipped: {error}")
            continue
        if document.id in seen:  # two records with one id: tell them apart by number
            document = document._replace(id=f"{file_id}#{number}")
        seen.add(document.id)
        documents.append(document)
    return documents


def _json_lines(text: str, source: str, warn: Warn | None) -> Iterator[tuple[int, Any]]:
    number = 0
    for line_number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        number += 1
        try:
            yield number, json.loads(line)
        except (ValueError, RecursionError) as error:  # RecursionError: nested too deep
            if warn:
                warn(f"skipped: {source} line {line_number} is not JSON ({error.args[0]}).")


def parse_jsonl(file_id: str, text: str, source: str, warn: Warn | None = None) -> list[Document]:
    """Return the Documents of a JSON Lines export, one a line; bad lines are reported."""
    return _documents(file_id, _json_lines(text, source, warn), source, warn)


def parse_csv(file_id: str, text: str, source: str, warn: Warn | None = None) -> list[Document]:
    """Return the Documents of a CSV export with a header row, one a row.

    Raises CorpusReadError when the file is not CSV that can be parsed.
    """
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, len(text) + 1))  # a release's body is longer than 128 kB
    try:
        rows = list(csv.DictReader(io.StringIO(text, newline="")))
    except csv.Error as error:
        raise CorpusReadError(f"{source} is not CSV that can be read: {error}.") from error
    finally:
        csv.field_size_limit(limit)
    records = (
        (number, {key: value for key, value in row.items() if isinstance(key, str)})
        for number, row in enumerate(rows, start=1)
    )
    return _documents(file_id, records, source, warn)
