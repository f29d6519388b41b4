"""Measuring an assistant on questions with known answers, and finding its best threshold.

A case is a question and the text its quoted sentence must contain, or None when the corpus
cannot answer it and INNOVIS must fall back. Files of cases are JSON lines:
`{"question": "...", "expect": "substring"}`, `{"question": "...", "expect": null}`, or
`{"question": "...", "expect_any": ["substring", "another"]}` when either of two releases (or
sentences) answers; other keys (a `"doc"` naming the release, notes) are ignored.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from .assistant import Assistant
from .errors import EvaluationFileError
from .models import Reply
from .text.analysis import normalise


class Case(NamedTuple):
    """A question and the substring its answer must quote (None: it must fall back).

    `expect_any` holds every substring that would do, `expect` among them; `expect` alone is
    enough to build a case by hand.
    """

    question: str
    expect: str | None
    expect_any: tuple[str, ...] = ()

    @property
    def wanted(self) -> tuple[str, ...]:
        """Return the substrings any one of which the answer must quote (none: fall back)."""
        if self.expect is None:
            return ()
        return self.expect_any or (self.expect,)


class Outcome(NamedTuple):
    """How the assistant handled one case."""

    case: Case
    reply: Reply
    right: bool


class Report(NamedTuple):
    """The figures of an evaluation run.

    `accuracy` is the share of answerable questions answered with the right sentence;
    `fallback_precision` the share of fallbacks that were due, `fallback_recall` the share of
    unanswerable questions that fell back. `best_threshold` is the fallback threshold that
    would have handled the most cases right (`best_right` of them; `right` at `threshold`).
    """

    outcomes: tuple[Outcome, ...]
    threshold: float
    accuracy: float
    fallback_precision: float
    fallback_recall: float
    right: int
    best_threshold: float
    best_right: int

    @property
    def failures(self) -> list[Outcome]:
        """Return the cases handled wrongly."""
        return [outcome for outcome in self.outcomes if not outcome.right]


def read_cases(path: str | Path) -> list[Case]:
    """Return the cases of a JSON-lines file. Raises EvaluationFileError naming the bad line."""
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise EvaluationFileError(f"Cannot read {path}: {error}.") from error
    cases = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            cases.append(_case(json.loads(line)))
        except (ValueError, KeyError, TypeError, RecursionError) as error:  # deep nesting
            raise EvaluationFileError(
                f"{path}, line {number}: expected "
                '{"question": "...", "expect": "text the answer quotes" or null} '
                'or {"question": "...", "expect_any": ["text", "other text"]}.'
            ) from error
    if not cases:
        raise EvaluationFileError(f"{path} holds no questions.")
    return cases


def _case(data: object) -> Case:
    """Return the case one JSON line holds. Raises KeyError, TypeError or ValueError."""
    if not isinstance(data, dict):
        raise TypeError
    question = data["question"]
    if not isinstance(question, str):
        raise TypeError
    wanted: list[str] = []
    if "expect_any" in data:
        any_of = data["expect_any"]
        if not isinstance(any_of, list) or not all(isinstance(t, str) and t for t in any_of):
            raise TypeError
        if not any_of:
            raise ValueError
        wanted = list(any_of)
    if "expect" in data or not wanted:
        expect = data["expect"]
        if expect is None:
            if wanted:
                raise ValueError  # null and alternatives at once: which is meant?
            return Case(question, None)
        if not isinstance(expect, str):
            raise TypeError
        wanted.insert(0, expect)
    return Case(question, wanted[0], tuple(dict.fromkeys(wanted)))


def quotes(reply: Reply, expect: str) -> bool:
    """Return whether an answer quotes `expect` (quotes, dashes and case aside)."""
    wanted = normalise(expect)
    return reply.kind == "answer" and any(wanted in normalise(p.text) for p in reply.passages)


def quotes_any(reply: Reply, case: Case) -> bool:
    """Return whether an answer quotes any of the texts `case` would accept."""
    return any(quotes(reply, wanted) for wanted in case.wanted)


def _handled(case: Case, reply: Reply) -> bool:
    if case.expect is None:
        return reply.kind == "fallback"
    return quotes_any(reply, case)


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def best_threshold(cases: Sequence[Case], open_replies: Sequence[Reply]) -> tuple[float, int]:
    """Return the threshold that handles most cases right, and how many it handles right.

    `open_replies` are the replies at threshold 0: what INNOVIS would quote if it always
    answered, with its confidence. Among equally good thresholds, the middle of the widest
    gap between confidences is taken, so that it does not sit on one question's edge.
    """
    points = sorted({0.0, 1.0, *(r.confidence for r in open_replies if r.kind == "answer")})
    gaps = [(0.0, 0.0)] + [((a + b) / 2, b - a) for a, b in itertools.pairwise(points)]

    def handled(threshold: float) -> int:
        right = 0
        for case, reply in zip(cases, open_replies, strict=True):
            answered = reply.kind == "answer" and reply.confidence >= threshold
            right += (not answered) if case.expect is None else answered and quotes_any(reply, case)
        return right

    scored = [(handled(threshold), gap, threshold) for threshold, gap in gaps]
    right, _, threshold = max(scored)
    return round(threshold, 3), right


def evaluate(assistant: Assistant, cases: Sequence[Case]) -> Report:
    """Return how `assistant` handles `cases`, and the threshold that would serve best."""
    outcomes = []
    for case in cases:
        reply = assistant.ask(case.question)
        outcomes.append(Outcome(case, reply, _handled(case, reply)))
    always = assistant.with_threshold(0.0)
    threshold, best_right = best_threshold(cases, [always.ask(c.question) for c in cases])
    answerable = [o for o in outcomes if o.case.expect is not None]
    fallbacks = [o for o in outcomes if o.reply.kind == "fallback"]
    due = [o for o in fallbacks if o.case.expect is None]
    unanswerable = len(outcomes) - len(answerable)
    return Report(
        outcomes=tuple(outcomes),
        threshold=assistant.threshold,
        accuracy=_ratio(sum(o.right for o in answerable), len(answerable)),
        fallback_precision=_ratio(len(due), len(fallbacks)),
        fallback_recall=_ratio(len(due), unanswerable),
        right=sum(o.right for o in outcomes),
        best_threshold=threshold,
        best_right=best_right,
    )
