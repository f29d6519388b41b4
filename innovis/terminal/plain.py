"""Plain-text replies, for pipes, dumb terminals and `--plain`: no box, no colour and no line
breaks of our own, each quotation whole on one line, so that a quote copied or grepped from the
output is the release's own words. Imports nothing heavy: a piped `innovis ask` prints through
it."""

from __future__ import annotations

import os
import re
import sys

from ..models import Reply
from ..text.printable import printable

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TextIO

# A quoted block of an answer: the quotation, which may run over several lines, then its
# source line ("— Title · date"), or the next quotation of the same release.
_QUOTE_BLOCK = re.compile(r"^“.*?”$(?=\n— |\n\n“)", re.MULTILINE | re.DOTALL)


def wants_plain(flag: bool, stream: TextIO | None = None) -> bool:
    """Return whether to print plain text: when asked to, when `stream` (standard output by
    default) is not a terminal, or when the terminal says it is dumb."""
    stream = stream or sys.stdout
    return flag or not stream.isatty() or os.environ.get("TERM") == "dumb"


def plain_text(reply: Reply) -> str:
    """Return the reply's text with each quotation on one line: a line break inside a quoted
    passage (the release's own, or between its sentences) becomes a space."""
    if not reply.passages:
        return reply.text
    return _QUOTE_BLOCK.sub(lambda match: " ".join(match.group(0).split()), reply.text)


class PlainScreen:
    """Prints replies and notes as plain text to a stream (standard output by default)."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream

    @property
    def stream(self) -> TextIO:
        """Return the stream printed to (looked up at each use, as pytest swaps it)."""
        return self._stream or sys.stdout

    def show(self, reply: Reply, question: str = "") -> None:
        """Print a reply, then a blank line, so that replies read from a pipe stay apart."""
        print(printable(plain_text(reply)) + "\n", file=self.stream, flush=True)

    def note(self, text: str, style: str = "") -> None:
        """Print a line of the chat's own (`style` is for terminals that show styles)."""
        print(printable(text), file=self.stream, flush=True)
