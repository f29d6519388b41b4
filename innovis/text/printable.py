"""Making text safe to show: what a corpus or a question holds must never act on a terminal.

A press release or a question may hold control characters: ESC (`\\x1b]0;…\\x07` renames a
terminal window, `\\x1b[31m` turns it red), the one-byte CSI U+009B that many terminals obey
as ESC [, a carriage return that overwrites the line. Every face (plain text, rich, JSON, the
web) passes what it shows through one of these functions. The library's own values keep the
text as it was, so that a passage stays `document.text[start:end]`.
"""

from __future__ import annotations

import json
import re

from .patterns import Pattern

# C0 controls but tab and newline, DEL, C1 controls, the line and paragraph separators, the
# bidirectional overrides and isolates (which make text read in another order than it is
# stored), and lone surrogates (from file names that are not UTF-8), which make printing fail.
_UNSAFE = Pattern(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028-\u202e\u2066-\u2069\ud800-\udfff]")
# json.dumps escapes C0 itself; these it would pass through raw with ensure_ascii=False.
_UNSAFE_IN_JSON = Pattern(r"[\x7f-\x9f\ud800-\udfff]")
# Controls that stand for white space become a space; the rest a visible replacement mark.
_SPACES = frozenset("\x0b\x0c\r\x1c\x1d\x1e\x1f\u2028\u2029")


def _plain(text: str) -> bool:
    """Return whether `text` holds no character that is not printable but newline and tab: then
    it holds none of the unsafe ones either (every one is unprintable), and is shown as it is
    without the pattern (compiling it is most of the cost of a short text)."""
    return text.isprintable() or text.replace("\n", "").replace("\t", "").isprintable()


def _replacement(match: re.Match[str]) -> str:
    return " " if match.group(0) in _SPACES else "\ufffd"


def printable(text: str) -> str:
    """Return `text` with every control character but newline and tab replaced: those that
    stand for white space (carriage return, form feed, the line separator, …) by a space, the
    rest (ESC, BEL, the C1 controls such as U+009B, bidirectional overrides, lone surrogates)
    by U+FFFD."""
    return text if _plain(text) else _UNSAFE.sub(_replacement, text)


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group(0)):04x}"


def printable_json(
    data: object, indent: int | None = 2, separators: tuple[str, str] | None = None
) -> str:
    """Return `data` as JSON text that keeps non-ASCII letters readable but holds no raw
    control character: C1 controls, DEL and lone surrogates are written as `\\uXXXX` escapes,
    so the data reads back unchanged. `indent` and `separators` are json.dumps's."""
    dumped = json.dumps(data, ensure_ascii=False, indent=indent, separators=separators)
    return dumped if _plain(dumped) else _UNSAFE_IN_JSON.sub(_escape, dumped)
