"""Cutting a release's text into blocks: the paragraphs, headings and list items a page shows.

A blank line always ends a block, and so does a single line break unless it falls inside a
sentence: after a line that looks hard-wrapped (as long as the text's longest lines, which are
short enough to be a wrapping width, and not ending in sentence punctuation), after a comma or a
word such as "and" or "of", before a line that starts in lower case, or between a chemical
symbol and its subscript digit ("CO\\n2", as web pages lose <sub>). So a heading, a subtitle or a
caption line, which has no full stop, is a block of its own unless the text is hard-wrapped and
the line fills the width; a line that opens as a caption does ("Photo 1:") always starts one.
A list item is always one, and so is the greeting that opens a speech ("Professor X,
distinguished guests, ladies and gentlemen,"), though it ends with a comma.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .kinds import CAPTION_OPENING

_WRAP_WIDTH = 60  # a line shorter than this is never taken for a hard-wrapped one
_WIDEST_WRAP = 120  # a text with longer lines is not hard-wrapped: one line a paragraph
_SENTENCE_END = re.compile(r"[.!?:;\"'”’)\]]\s*$")
LIST_ITEM = re.compile(r"\s*(?:[-*+•·▪●◦‣]|\d{1,3}[.)]|\(\d{1,3}\)|\(?[a-z][.)]|\([ivx]{1,4}\))\s")
_FORMULA_END = re.compile(r"(?<![A-Za-z])(?:[A-Z][a-z]?\d*)+$")
# The guests a speech greets, which end its opening line ("…, ladies and gentlemen,").
SALUTATION = re.compile(
    r"(?:ladies and gentlemen|distinguished guests|hono(?:u)?red guests|dear (?:friends|colleagues)"
    r"|(?:friends|colleagues) and guests)\s*[,:]?\s*$",
    re.IGNORECASE,
)
# A line of marks, maybe around a closing word: "-----", "- End -", "-30-".
_MARKS = re.compile(r"[\W_\d]*(?:ends?|end of (?:press )?release)?[\W_\d]*", re.IGNORECASE)
# A word alone on its line, in lower case and without punctuation: what a page's code left
# behind ("none", "logo"), not the end of a sentence.
_STRAY = re.compile(r"[a-z]+\s*")
# A line that ends like this goes on in the next one.
_OPEN_END = re.compile(
    r"(?:[,–—-]|\b(?:and|or|of|the|a|an|to|in|on|at|for|with|by|from|as|its|their|our))\s*$"
)


def _wrap_width(lines: list[str]) -> int | None:
    """Return the width a text seems hard-wrapped at (its longest line), or None if it is not."""
    widest = max(map(len, lines), default=0)
    return widest if _WRAP_WIDTH <= widest <= _WIDEST_WRAP else None


def _continues(line: str, following: str, width: int | None, then: str = "") -> bool:
    """Return whether the line break between `line` and `following` falls inside a sentence,
    in a text hard-wrapped at `width` (None if it is not); `then` is the line after
    `following`."""
    if not line.strip() or not following.strip() or _SENTENCE_END.search(line):
        return False
    if _MARKS.fullmatch(line):  # a rule or a closing mark ("- End -") goes on in nothing
        return False
    if following[0].isdigit() and _FORMULA_END.search(line):
        return True
    if LIST_ITEM.match(following):
        return False
    if _STRAY.fullmatch(following) and not then.lstrip()[:1].islower():
        return False  # a word a page's code left on a line of its own ("none", "logo")
    if following[0].islower():
        return True
    if CAPTION_OPENING.match(following):  # "Photo 1: …" opens a caption of its own
        return False
    if SALUTATION.search(line):  # a speech's greeting stands apart from its first words
        return False
    if _OPEN_END.search(line):
        return True
    return width is not None and len(line) >= max(_WRAP_WIDTH, width - 25)


def block_spans(text: str) -> Iterator[tuple[int, int]]:
    """Yield the (start, end) spans of the blocks of `text`, in order, without outer blank lines.

    A span may still begin or end with spaces; it never begins or ends with a line break.
    """
    start = 0
    lines = text.split("\n")
    width = _wrap_width(lines)
    position = 0
    for number, line in enumerate(lines):
        end = position + len(line)
        following = lines[number + 1] if number + 1 < len(lines) else ""
        then = lines[number + 2] if number + 2 < len(lines) else ""
        if not _continues(line, following, width, then):
            if text[start:end].strip():
                yield start, end
            start = end + 1
        position = end + 1


def marker_end(block: str) -> int:
    """Return where a list item's text starts after its marker (0 when it has none)."""
    match = LIST_ITEM.match(block)
    return match.end() if match else 0
