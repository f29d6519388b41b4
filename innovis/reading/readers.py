"""Turning corpus files into Documents.

Two layouts are read, both UTF-8 with or without a byte-order mark:

* plain text (`.txt`): a date line, a title line, then the paragraphs of the release; an
  optional `URL: https://…` line may follow the title;
* Markdown (`.md`): an optional front-matter block between `---` lines with `title`, `date` and
  `url`, then the release in Markdown, which is reduced to plain text.

A document's id is its path relative to the corpus folder, without the suffix, so it stays the
same however often the corpus is read.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from pathlib import Path

from ..errors import CorpusReadError, EmptyCorpusError
from ..models import Document
from .dates import parse_date
from .files import SUFFIXES, corpus_files

_URL_LINE = re.compile(r"(?:(?:url|source|link)\s*:\s*)?(https?://\S+)", re.IGNORECASE)


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise CorpusReadError(f"Cannot read {path}: {error.strerror or error}.") from error
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise CorpusReadError(
            f"{path} is not UTF-8 text (bad byte at offset {error.start}); "
            "save it as UTF-8 and try again."
        ) from error
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _take_header(
    lines: list[str],
) -> tuple[str | None, datetime.date | None, str | None, list[str]]:
    """Split the date, title and URL lines off a plain-text release; return them and the body."""
    rest = [line.rstrip() for line in lines]
    while rest and not rest[0].strip():
        rest.pop(0)
    date = parse_date(rest[0]) if rest else None
    if date is not None:
        rest.pop(0)
    while rest and not rest[0].strip():
        rest.pop(0)
    title = rest.pop(0).strip() if rest else None
    if date is None and rest and (date := parse_date(rest[0])) is not None:
        rest.pop(0)  # the date may also follow the title
    url = None
    if rest and (match := _URL_LINE.fullmatch(rest[0].strip())):
        url = match.group(1)
        rest.pop(0)
    return title, date, url, rest


def parse_plain_text(doc_id: str, text: str) -> Document:
    """Return the Document a plain-text release holds (see the module docstring)."""
    title, date, url, body = _take_header(text.split("\n"))
    return Document(id=doc_id, text="\n".join(body).strip(), title=title, date=date, url=url)


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_HEADING = re.compile(r"^#{1,6}[ \t]+(.*?)[ \t#]*$", re.MULTILINE)
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1|(?<!\w)([*_])(?!\s)(.+?)(?<!\s)\3(?!\w)")
_CODE = re.compile(r"`([^`]*)`")
_LIST_MARKER = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+", re.MULTILINE)
_HTML_TAG = re.compile(r"</?[A-Za-z][^>]*>")


def _front_matter(block: str) -> dict[str, str]:
    fields = {}
    for line in block.split("\n"):
        key, sep, value = line.partition(":")
        if sep:
            fields[key.strip().lower()] = value.strip().strip("\"'")
    return fields


def _markdown_to_text(markdown: str) -> str:
    text = _IMAGE.sub(r"\1", markdown)
    text = _LINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    text = _HTML_TAG.sub("", text)
    text = _EMPHASIS.sub(lambda m: m.group(2) or m.group(4), text)
    text = _HEADING.sub(r"\1", text)
    return _LIST_MARKER.sub("", text)


def parse_markdown(doc_id: str, text: str) -> Document:
    """Return the Document a Markdown release holds; the body is reduced to plain text."""
    fields: dict[str, str] = {}
    if match := _FRONT_MATTER.match(text):
        fields = _front_matter(match.group(1))
        text = text[match.end() :]
    title = fields.get("title") or None
    if title is None and (heading := _HEADING.search(text)) and not text[: heading.start()].strip():
        title = heading.group(1).strip()
        text = text[heading.end() :]
    date = parse_date(fields["date"]) if fields.get("date") else None
    return Document(
        id=doc_id,
        text=_markdown_to_text(text).strip(),
        title=title,
        date=date,
        url=fields.get("url") or None,
    )


_PARSERS: dict[str, Callable[[str, str], Document]] = {
    suffix: parse_plain_text if suffix == ".txt" else parse_markdown for suffix in SUFFIXES
}


def read_document(path: Path, doc_id: str | None = None) -> Document:
    """Return the Document in one file; its id defaults to the file name without suffix.

    Raises CorpusReadError when the file cannot be read, is not UTF-8 or has no known suffix.
    """
    parser = _PARSERS.get(path.suffix.lower())
    if parser is None:
        known = ", ".join(sorted(_PARSERS))
        raise CorpusReadError(f"{path} is not a press release file: use one of {known}.")
    return parser(doc_id or path.stem, _read_text(path))


def load_corpus(path: str | Path) -> list[Document]:
    """Return the Documents of a corpus file, or of every `.txt`/`.md` file below a folder.

    Files and folders whose names start with `.` or `_` are skipped, and so are empty files.
    Raises CorpusNotFoundError, CorpusReadError, or EmptyCorpusError when no file has text.
    """
    root = Path(path)
    files = corpus_files(root)
    if root.is_dir():
        documents = [
            read_document(file, file.relative_to(root).with_suffix("").as_posix()) for file in files
        ]
    else:
        documents = [read_document(root)]
    documents = [doc for doc in documents if doc.text or doc.title]
    if not documents:
        raise EmptyCorpusError(
            f"No press releases with text in {root}: add .txt or .md files "
            "(a date line, a title line, then paragraphs)."
        )
    return documents
