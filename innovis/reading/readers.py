"""Turning corpus files into Documents.

Two text layouts are read here, both UTF-8 with or without a byte-order mark:

* plain text (`.txt`): a date line, a title line, then the paragraphs of the release; an
  optional `URL: https://…` line may follow the title; without a date line, the first date in
  the opening lines (the dateline) dates the release; a body line that repeats the title (as
  pages saved as text do), even with a rule of marks after it, is left out, and so are the
  few short lines before its first repeat, which are the site's header ("Skip to main
  content", a language menu, a pop-up's "Kindly bear with us."), not the release;
* Markdown (`.md`): an optional front-matter block between `---` lines with `title`, `date` and
  `url`, then the release in Markdown, which is reduced to plain text.

Saved web pages (`.html`, `.htm`) are read by `html.py`, CMS exports (`.jsonl`, `.csv`) by
`exports.py`. A document's id is its path relative to the corpus folder, without the suffix,
so it stays the same however often the corpus is read.
"""

from __future__ import annotations

import datetime
import re
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from ..errors import CorpusReadError, EmptyCorpusError
from ..models import Document
from .dates import find_date, parse_date, read_date
from .files import Listing, list_corpus, read_bytes, skip_summary

_URL_LINE = re.compile(r"(?:(?:url|source|link)\s*:\s*)?(https?://\S+)", re.IGNORECASE)


def _read_text(path: Path) -> str:
    data = read_bytes(path)
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
    rest = deque(line.rstrip() for line in lines)  # popped from the left: O(1) each
    while rest and not rest[0].strip():
        rest.popleft()
    date = parse_date(rest[0]) if rest else None
    if date is not None:
        rest.popleft()
    while rest and not rest[0].strip():
        rest.popleft()
    title = rest.popleft().strip() if rest else None
    if date is None and rest and (date := parse_date(rest[0])) is not None:
        rest.popleft()  # the date may also follow the title
    url = None
    if rest and (match := _URL_LINE.fullmatch(rest[0].strip())):
        url = match.group(1)
        rest.popleft()
    return title, date, url, list(rest)


# A rule of marks before or after a line ("Title ******"), which does not change what it says.
_RULE = re.compile(r"^\s*[*=_~#-]{3,}|[*=_~#-]{3,}\s*$")


# A site's header, before the title is printed again: at most this many lines, none longer.
_HEADER_LINES = 6
_HEADER_WIDTH = 120


def _line_key(line: str) -> str:
    """Return a line as compared with the title: its words, in one case and spacing."""
    return " ".join(_RULE.sub("", line).casefold().split())


def _without_site_header(body: list[str], key: str) -> list[str]:
    """Return the body lines from the first that repeats the title (its `key`), when the lines
    before it are a site's header: a few short ones; else all of them."""
    first = next((n for n, line in enumerate(body) if _line_key(line) == key), None)
    if first is None:
        return body
    header = [line for line in body[:first] if line.strip()]
    if len(header) > _HEADER_LINES or any(len(line) > _HEADER_WIDTH for line in header):
        return body
    return body[first:]


def parse_plain_text(doc_id: str, text: str) -> Document:
    """Return the Document a plain-text release holds (see the module docstring)."""
    title, date, url, body = _take_header(text.split("\n"))
    key = _line_key(title or "")
    if date is None:  # the header's lines may date the page
        date = find_date("\n".join(body).strip())
    if key:  # pages saved as text print the title again in the body, maybe with a rule
        body = [line for line in _without_site_header(body, key) if _line_key(line) != key]
    text = "\n".join(body).strip()
    return Document(id=doc_id, text=text, title=title, date=date, url=url)


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
# Each pattern stops at the next opening mark it could start again from ([ ( < * _), so that a
# line of marks that never close ("*a *a *a …", "[a[a[a …") is read in linear time: with `.+?`,
# every opening mark scanned to the end of the line, which made such a line quadratic.
_HEADING = re.compile(r"^#{1,6}[ \t]+(.*)$", re.MULTILINE)  # closing #s are taken off after
_TARGET = r"\((?:[^()]|\([^()]*\))*\)"  # a link's (url "title"), allowing one (…) inside
_IMAGE = re.compile(r"!\[([^\[\]]*)\]" + _TARGET)
_LINK = re.compile(r"\[([^\[\]]+)\]" + _TARGET)
_EMPHASIS = re.compile(
    r"(?P<mark>\*\*|__)(?P<strong>.+?)(?P=mark)"
    r"|(?<!\w)\*(?!\s)(?P<star>[^*\n]+?)(?<!\s)\*(?!\w)"
    r"|(?<!\w)_(?!\s)(?P<under>[^_\n]+?)(?<!\s)_(?!\w)"
)
_CODE = re.compile(r"`([^`]*)`")
_LIST_MARKER = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+", re.MULTILINE)
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")


def _front_matter(block: str) -> dict[str, str]:
    fields = {}
    for line in block.split("\n"):
        key, sep, value = line.partition(":")
        if sep:
            fields[key.strip().lower()] = value.strip().strip("\"'")
    return fields


def _heading_text(heading: re.Match[str]) -> str:
    return heading.group(1).rstrip(" \t#")


def _markdown_to_text(markdown: str) -> str:
    text = _IMAGE.sub(r"\1", markdown)
    text = _LINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    text = _HTML_TAG.sub("", text)
    text = _EMPHASIS.sub(lambda m: m.group("strong") or m.group("star") or m.group("under"), text)
    text = _HEADING.sub(_heading_text, text)
    return _LIST_MARKER.sub("", text)


def parse_markdown(doc_id: str, text: str) -> Document:
    """Return the Document a Markdown release holds; the body is reduced to plain text."""
    fields: dict[str, str] = {}
    if match := _FRONT_MATTER.match(text):
        fields = _front_matter(match.group(1))
        text = text[match.end() :]
    title = fields.get("title") or None
    if title is None and (heading := _HEADING.search(text)) and not text[: heading.start()].strip():
        title = _heading_text(heading).strip()
        text = text[heading.end() :]
    date = read_date(fields["date"]) if fields.get("date") else None
    text = _markdown_to_text(text).strip()
    return Document(
        id=doc_id,
        text=text,
        title=title,
        date=date or find_date(text),
        url=fields.get("url") or None,
    )


Warn = Callable[[str], None]


def _text_file(parser: Callable[[str, str], Document]) -> Callable[..., list[Document]]:
    def read(path: Path, doc_id: str, warn: Warn | None) -> list[Document]:
        return [parser(doc_id, _read_text(path))]

    return read


def _html_file(path: Path, doc_id: str, warn: Warn | None) -> list[Document]:
    from .html import parse_html

    return [parse_html(doc_id, read_bytes(path), str(path))]


def _export_file(path: Path, doc_id: str, warn: Warn | None) -> list[Document]:
    from .exports import parse_csv, parse_jsonl

    parse = parse_csv if path.suffix.lower() == ".csv" else parse_jsonl
    return parse(doc_id, _read_text(path), str(path), warn)


_READERS: dict[str, Callable[[Path, str, Warn | None], list[Document]]] = {
    ".txt": _text_file(parse_plain_text),
    ".md": _text_file(parse_markdown),
    ".markdown": _text_file(parse_markdown),
    ".html": _html_file,
    ".htm": _html_file,
    ".jsonl": _export_file,
    ".csv": _export_file,
}


def read_file(path: Path, doc_id: str | None = None, warn: Warn | None = None) -> list[Document]:
    """Return the Documents in one file: one for a release or page, one a record for an export.

    The id defaults to the file name without suffix (an export's records add `#` and their id
    or number). `warn` hears of records of an export that had to be left out.
    Raises CorpusReadError when the file cannot be read, is not UTF-8, has no main text (a web
    page) or has no known suffix.
    """
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(_READERS))
        raise CorpusReadError(f"{path} is not a press release file: use one of {known}.")
    return reader(path, doc_id or path.stem, warn)


class CorpusRead(NamedTuple):
    """What reading a corpus gave: its documents, and how many release files could not be
    read (each told to `warn` as it was met)."""

    documents: list[Document]
    unreadable: int


def read_corpus(
    path: str | Path, warn: Warn | None = None, listing: Listing | None = None
) -> CorpusRead:
    """Return the Documents of a corpus file, or of every release file below a folder, and
    how many files could not be read; `listing` is the corpus's listing when it was already
    made (`list_corpus(path, warn)` otherwise).

    In a folder, a file that cannot be read (bad encoding, a page without main text, an
    export record without text, a file that vanished since it was listed) is left out and
    reported through `warn`, one message each, and so are files of other kinds, counted in a
    last summary message (`skip_summary`), and what cannot be read at all (see `list_corpus`).
    Files and folders whose names start with `.` or `_` are skipped silently, and so are
    empty files.
    Raises CorpusNotFoundError; CorpusReadError for a single file that cannot be read, or a
    folder none of whose files can; EmptyCorpusError when no file has text.
    """
    root = Path(path)
    listing = listing or list_corpus(root, warn)
    documents: list[Document] = []
    problems: list[str] = []
    if listing.folder is not None:
        for file in listing.releases:
            try:
                documents += read_file(
                    file, file.relative_to(root).with_suffix("").as_posix(), warn
                )
            except CorpusReadError as error:
                problems.append(str(error))
                if warn:
                    warn(f"skipped: {error}")
    else:
        documents = read_file(root, warn=warn)
    documents = [doc for doc in documents if doc.text or doc.title]
    summary = skip_summary(len(documents), len(problems) + listing.refused, listing.others)
    if warn and summary:
        warn(summary)
    if not documents and problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise CorpusReadError(f"No release in {root} could be read: {problems[0]}{more}")
    if not documents:
        raise EmptyCorpusError(
            f"No press releases with text in {root}: add .txt, .md or .html files "
            "(a date line, a title line, then paragraphs), or .jsonl/.csv exports."
        )
    return CorpusRead(documents, len(problems))


def load_corpus(path: str | Path, warn: Warn | None = None) -> list[Document]:
    """Return the Documents of `read_corpus(path, warn)`. Raises what it raises."""
    return read_corpus(path, warn).documents
