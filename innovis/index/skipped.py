"""What reading a corpus left out, kept beside its cached index so that an ask answered from the
cache tells it as the first ask did."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from ..errors import IndexFormatError
from ..reading.files import Listing, skip_summary
from ..tuples import NamedTuple

# The file beside a cached index that keeps it.
SKIPPED = "skipped.json"
Warn = Callable[[str], None]


class Skipped(NamedTuple):
    """What reading a corpus left out (see the module docstring).

    Only what follows from the corpus's content is kept: the messages of files and records
    that could not be read (a file's key covers its bytes) and how many files could not be
    read. What follows from the folder alone (files of other kinds, FIFOs, names that are not
    UTF-8) is told again from each run's own listing, and the summary is made again from both.
    Messages name files as the corpus path was given when they were kept (`corpus`); given
    another way, that part of each path is put as it is given now.
    """

    corpus: str
    unreadable: int
    messages: list[str]

    @classmethod
    def from_json(cls, content: object, folder: Path) -> Skipped:
        """Return what `content`, the kept file of `folder` (None: none), says. Raises
        IndexFormatError when it is not what `side` writes."""
        if content is None:
            return cls("", 0, [])
        if (
            isinstance(content, dict)
            and isinstance(corpus := content.get("corpus"), str)
            and type(unreadable := content.get("unreadable")) is int
            and unreadable >= 0
            and isinstance(messages := content.get("messages"), list)
            and all(isinstance(message, str) for message in messages)
        ):
            return cls(corpus, unreadable, messages)
        raise IndexFormatError(f"{folder / SKIPPED} is not a list of skipped files.")

    def side(self) -> dict[str, object] | None:
        """Return the side file to save with the index, None when nothing was left out."""
        if not self.unreadable and not self.messages:
            return None
        return {SKIPPED: self._asdict()}

    def tell(self, corpus: str, read: int, listing: Listing, warn: Warn) -> None:
        """Tell `warn` the kept messages, then the summary of a corpus given as `corpus` from
        which `read` releases were read, listed now as `listing` (its files of other kinds and
        what it refused count as skipped)."""
        for message in self.messages:
            warn(_respelt(message, self.corpus, corpus) if corpus != self.corpus else message)
        unreadable = self.unreadable + listing.refused
        if summary := skip_summary(read, unreadable, listing.others):
            warn(summary)


def _respelt(message: str, old: str, new: str) -> str:
    """Return `message` with the paths in it that start with the corpus path `old` (a whole
    word, followed by a separator, a colon, a space or the end) starting with `new` instead."""
    pattern = r"(?<!\S)" + re.escape(old) + r"(?=[/:\s]|\Z)"
    return re.sub(pattern, lambda _: new, message)
