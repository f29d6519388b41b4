"""Choosing releases by their dates: those of a period, and the newest or oldest that answers.

`periods.py` reads what a question says about time; this module applies it to a corpus whose
releases carry dates. A corpus without any dates is left alone: every question reads it all.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence

from ...index.documents import DocumentInfo
from ...reading.dates import format_date
from ..kinds.periods import TimeFrame

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ..kinds.periods import Order

# A hit is preferred for its date only when its confidence is at least this share of the best
# one: a newer release must answer nearly as well, not merely mention the question's words.
# Chosen on the press-room tuning questions (0.6-0.9 tried: 0.7 handled the most right).
NEAR_CONFIDENCE = 0.7
_LISTED = 8


class Timeline:
    """The dates of a corpus's releases, by document number."""

    def __init__(self, infos: Sequence[DocumentInfo]) -> None:
        self._infos = infos
        self.dated = any(info.date is not None for info in infos)

    def within(self, frame: TimeFrame) -> frozenset[int] | None:
        """Return the documents dated within the period of `frame`; None when it names none
        (or no release has a date), meaning every document."""
        if not (self.dated and frame.bounded):
            return None
        return frozenset(n for n, info in enumerate(self._infos) if frame.holds(info.date))

    def up_to(self, end: datetime.date) -> frozenset[int]:
        """Return the documents dated on or before `end`, when the archive goes on past `end`
        (so that its newest release before then still told how things stood); else none."""
        if not any(info.date is not None and info.date > end for info in self._infos):
            return frozenset()
        return frozenset(
            n for n, info in enumerate(self._infos) if info.date is not None and info.date <= end
        )

    def listed(self, frame: TimeFrame) -> list[int]:
        """Return the documents a request for a list of releases shows, newest first (oldest
        first when the question asks for the earliest), at most a screenful."""
        chosen = self.within(frame)
        numbers = range(len(self._infos)) if chosen is None else sorted(chosen)
        oldest = frame.order == "oldest"

        def key(number: int) -> tuple[int, int]:
            date = self._infos[number].date
            ordinal = date.toordinal() if date else 0
            return (ordinal if oldest else -ordinal, number)

        return sorted(numbers, key=key)[:_LISTED]

    def line(self, number: int) -> str:
        """Return how a listed release reads: its date and title."""
        info = self._infos[number]
        title = info.title or info.id
        return f"• {format_date(info.date)} — {title}" if info.date else f"• {title}"


def prefer(
    ranked: Sequence[object],
    confidences: Sequence[float],
    dates: Sequence[datetime.date | None],
    order: Order,
) -> int:
    """Return the position, in `ranked` (most confident first), of the hit to quote first.

    Among hits whose confidence is at least `NEAR_CONFIDENCE` of the best, the newest (or
    oldest) dated one wins; undated hits and ties keep their rank.
    """
    if not ranked:
        return 0
    best = confidences[0]
    newest = order == "newest"
    chosen = 0
    for position in range(1, len(ranked)):
        date, current = dates[position], dates[chosen]
        if confidences[position] < NEAR_CONFIDENCE * best or date is None:
            continue
        if current is None or (date > current if newest else date < current):
            chosen = position
    return chosen


def listing_text(frame: TimeFrame, lines: Sequence[str]) -> str:
    """Return the reply to a request for a list of releases."""
    oldest = frame.order == "oldest"
    if frame.period:
        opening = f"Press releases from {frame.period}"
    else:
        opening = f"The {'earliest' if oldest else 'newest'} press releases I know"
    direction = "oldest first" if oldest else "newest first"
    return f"{opening}, {direction}:\n" + "\n".join(lines)


def no_period_text(frame: TimeFrame, describe: Callable[[], str], any_release: bool) -> str:
    """Return the fallback for a question about a period no release of which answers it."""
    said = "Sorry, I couldn't find an answer to that in the press releases I know: "
    if any_release:
        said += f"none of those from {frame.period} says."
    else:
        said += f"none of them is from {frame.period}."
    return said + "\n" + describe()
