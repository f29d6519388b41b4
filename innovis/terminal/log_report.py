"""Printing a question log's summary (`innovis report FILE`) for a corpus owner, or as JSON.

Not to be confused with `report.py`, which prints `innovis eval`'s figures. Questions come from
visitors: they are shown with control characters made visible, never as terminal codes.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..question_summary import LogSummary, QuestionGroup
from ..text.printable import printable_json

_SHOWN_CHARS = 100
# Tells whether the corpus never uses a word (None: the corpus is not known).
Unused = Callable[[str], bool] | None
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069]")


def _clean(text: str) -> str:
    """Return visitor text safe to print on one line: no control characters, not too long."""
    text = _CONTROL.sub("�", text)
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 1] + "…"


def _percent(part: int, whole: int) -> str:
    return f"{part / whole:.0%}" if whole else "0%"


def _unused(group: QuestionGroup, unused: Unused) -> list[str]:
    return [term for term in group.terms if unused(term)] if unused else []


def _group_lines(number: int, group: QuestionGroup, unsure: bool, unused: Unused) -> list[str]:
    words = ", ".join(_clean(term) for term in group.terms)
    times = "once" if group.asked == 1 else f"{group.asked} times"
    lines = [f"{number:>3}. {words}  ({times}, last {group.last[:10] or 'unknown'})"]
    for question, count in group.questions:
        lines.append(f"       “{_clean(question)}”" + (f" ×{count}" if count > 1 else ""))
    if unsure and group.releases:
        quoted = "; ".join(_clean(title) for title in group.releases[:2])
        lines.append(f"       quoted {quoted} (confidence at best {group.confidence:.2f})")
    if missing := _unused(group, unused):
        lines.append("       the releases never use: " + ", ".join(map(_clean, missing)))
    return lines


def summary_text(summary: LogSummary, name: str, unused: Unused = None) -> str:
    """Return the summary as lines for a person, naming the log file `name`; with `unused`,
    each group also names its words the corpus never uses."""
    total, name = summary.total, _CONTROL.sub("�", name)
    if not total:
        return f"{name}: no questions logged yet."
    span = f"{summary.first[:10]} to {summary.last[:10]}" if summary.first else "undated"
    lines = [
        f"{name}: {total:,} messages, {span}",
        f"  answered              {summary.answered:>6,}  {_percent(summary.answered, total)}",
        f"  not answered          {summary.unanswered:>6,}  {_percent(summary.unanswered, total)}",
        f"  answered, unsure      {summary.unsure:>6,}  (confidence below {summary.below:.2f})",
        f"  small talk and other  {summary.other:>6,}",
    ]
    sections = (
        ("Most asked without an answer (add releases that answer these):", False),
        ("Answered, but unsure (check these answers):", True),
    )
    for (heading, unsure), groups in zip(
        sections, (summary.unanswered_groups, summary.unsure_groups), strict=True
    ):
        lines.append("")
        lines.append(heading)
        if not groups:
            lines.append("  none")
        for number, group in enumerate(groups, 1):
            lines.extend(_group_lines(number, group, unsure, unused))
    return "\n".join(lines)


def summary_json(summary: LogSummary, unused: Unused = None) -> str:
    """Return the summary as JSON, groups as objects with their fields' names (and, with
    `unused`, "unused_words": the group's words the corpus never uses)."""

    def groups(found: tuple[QuestionGroup, ...]) -> list[dict[str, object]]:
        return [
            {
                **group._asdict(),
                "questions": [{"question": q, "count": c} for q, c in group.questions],
                **({"unused_words": _unused(group, unused)} if unused else {}),
            }
            for group in found
        ]

    data = {
        **summary._asdict(),
        "unanswered_groups": groups(summary.unanswered_groups),
        "unsure_groups": groups(summary.unsure_groups),
    }
    return printable_json(data)
