"""Reading saved web pages: a release's text and what the page says about it.

trafilatura finds the main content of a page and reads its metadata from the places publishers
put it (JSON-LD `NewsArticle`, `og:` and `article:published_time` meta tags, `<time>`, the
canonical link), in a fixed order of trust. We ask it for XML rather than plain text because XML
keeps the structure the clean-up stage needs: every heading, paragraph, list item and table row
becomes a line of its own, blocks are separated by blank lines, list items keep a bullet, and
line breaks inside a paragraph (a contact block's `<br>`) stay line breaks. Figures and their
captions are left out by trafilatura; labels and furniture it keeps are left to the clean-up.

trafilatura's own guess at a date also searches the page's footer, where "© 2023" would date
every page 1 January 2023; that search is turned off here, and a page without a dated tag is
dated by the first date in its text (its dateline) instead.

trafilatura (and lxml under it) is imported only when a page is read, never to answer.
"""

from __future__ import annotations

import datetime
import json
import re
from functools import cache
from typing import TYPE_CHECKING, Any

from ..errors import CorpusReadError
from ..models import Document
from .dates import find_date, read_date

if TYPE_CHECKING:
    from configparser import ConfigParser

_SPACES = re.compile(r"[^\S\n]+")
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")


@cache
def _config() -> ConfigParser:
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "extensive_date_search", "off")
    # Short releases are still releases: do not fall back to a whole-page dump below 250 chars.
    config.set("DEFAULT", "min_extracted_size", "1")
    return config


def _text_of(element: Any) -> str:
    """Return an element's text with runs of spaces made one and `<lb/>` read as a line break."""
    parts: list[str] = []
    if element.text:
        parts.append(element.text)
    for child in element:
        if child.tag == "lb":
            parts.append("\n")
        else:
            parts.append(_text_of(child))
        if child.tail:
            parts.append(child.tail)
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _blocks(element: Any) -> list[str]:
    """Return the blocks of trafilatura's XML `<main>`, each as the text a reader sees."""
    blocks: list[str] = []
    for child in element:
        if child.tag == "list":
            items = [_text_of(item) for item in child.iter("item")]
            blocks.append("\n".join(f"• {item}" for item in items if item))
        elif child.tag == "table":
            blocks.extend(_table_blocks(child))
        elif child.tag in ("quote", "div", "section") and len(child):
            blocks.extend(_blocks(child))
        else:
            blocks.append(_text_of(child))
    return [block for block in blocks if block]


_BLOCK_TAGS = frozenset({"p", "head", "list", "table", "quote"})


def _table_blocks(table: Any) -> list[str]:
    """Return the blocks of a table: a row of data is one line, cells joined by ` | `; a
    layout table, whose cells hold paragraphs of their own, gives those paragraphs."""
    blocks: list[str] = []
    rows: list[str] = []
    for row in table.iter("row"):
        cells = list(row.iter("cell"))
        if any(child.tag in _BLOCK_TAGS for cell in cells for child in cell):
            blocks.append("\n".join(rows))
            rows = []
            for cell in cells:
                if cell.text and cell.text.strip():
                    blocks.append(_SPACES.sub(" ", cell.text).strip())
                blocks.extend(_blocks(cell))
        else:
            rows.append(" | ".join(text for cell in cells if (text := _text_of(cell))))
    blocks.append("\n".join(row for row in rows if row))
    return [block for block in blocks if block]


def _page_title(tree: Any, title: str | None, blocks: list[str]) -> str | None:
    """Return the release's title: trafilatura's, unless the page's <title> holds a longer
    heading near the top ("Press Releases - <the release's title>" gives "Press Releases")."""
    element = tree.find(".//title")
    whole = _SPACES.sub(" ", element.text_content() if element is not None else "").strip()
    for block in blocks[:6]:
        heading = _SPACES.sub(" ", block).strip()
        if len(heading) > len(title or "") and "\n" not in block and heading in whole:
            return heading
    return title


def _language(tree: Any) -> str | None:
    """Return the page's language: `<html lang>`, a content-language or og:locale meta tag,
    or JSON-LD `inLanguage`, in that order; None when the page does not say."""
    candidates = [tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang")]
    for meta in tree.iter("meta"):
        name = (meta.get("http-equiv") or meta.get("property") or meta.get("name") or "").lower()
        if name in ("content-language", "og:locale", "language"):
            candidates.append(meta.get("content"))
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            candidates.append(_json_ld_language(script.text))
    for candidate in candidates:
        if candidate and (match := _LANGUAGE.fullmatch(candidate.strip())):
            return match.group(0).replace("_", "-").lower()
    return None


def _json_ld_language(text: str) -> str | None:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: nested too deep
        return None
    for item in data if isinstance(data, list) else [data]:
        if isinstance(item, dict) and isinstance(item.get("inLanguage"), str):
            language: str = item["inLanguage"]
            return language
    return None


def html_to_text(data: bytes | str, source: str) -> tuple[str, dict[str, str]]:
    """Return the main text of a page or HTML fragment and its metadata (title, date, url, lang).

    Raises CorpusReadError, naming `source`, when no main text can be found.
    """
    import trafilatura
    from lxml import etree

    tree = trafilatura.load_html(data)
    if tree is None:
        raise CorpusReadError(f"{source} cannot be parsed as HTML; save the page again as HTML.")
    language = _language(tree)
    xml = trafilatura.extract(
        tree,
        output_format="xml",
        with_metadata=True,
        favor_recall=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        config=_config(),
    )
    document = etree.fromstring(xml.encode()) if xml else None
    main = document.find("main") if document is not None else None
    blocks = _blocks(main) if main is not None else []
    if document is None or not blocks:
        raise CorpusReadError(f"{source} has no main text that could be found; is it a release?")
    metadata = {
        key: value for key in ("title", "date", "url") if (value := document.get(key, "").strip())
    }
    if title := _page_title(tree, metadata.get("title"), blocks):
        metadata["title"] = title
    if language:
        metadata["lang"] = language
    if title := metadata.get("title"):  # the page's <h1> repeats the title near the top
        key = _SPACES.sub(" ", title).casefold()
        blocks = [
            block
            for number, block in enumerate(blocks)
            if number >= 6 or _SPACES.sub(" ", block).casefold() != key
        ]
    return "\n\n".join(blocks), metadata


def parse_html(doc_id: str, data: bytes, source: str) -> Document:
    """Return the Document a saved web page holds (see the module docstring).

    Raises CorpusReadError when the page has no main text.
    """
    text, metadata = html_to_text(data, source)
    date: datetime.date | None = None
    if metadata.get("date"):
        date = read_date(metadata["date"])
    return Document(
        id=doc_id,
        text=text,
        title=metadata.get("title"),
        date=date or find_date(text),
        url=metadata.get("url"),
        lang=metadata.get("lang"),
    )
