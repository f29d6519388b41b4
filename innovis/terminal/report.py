"""Printing an evaluation report for a person, or as JSON for a script."""

from __future__ import annotations

from ..evaluation import Outcome, Report
from ..text.printable import printable, printable_json

_QUOTE_CHARS = 90


def _got(outcome: Outcome) -> str:
    reply = outcome.reply
    if reply.kind != "answer":
        return f"{reply.kind} (confidence {reply.confidence:.2f})"
    passage = reply.passages[0]
    text = passage.text
    text = text if len(text) <= _QUOTE_CHARS else text[: _QUOTE_CHARS - 1] + "…"
    dated = f", {passage.date.isoformat()}" if passage.date else ""
    return f"“{text}” (confidence {reply.confidence:.2f}) from {passage.doc_id}{dated}"


def report_lines(report: Report) -> list[str]:
    """Return the report as lines of text."""
    total = len(report.outcomes)
    answerable = sum(o.case.expect is not None for o in report.outcomes)
    lines = [
        f"{total} questions: {answerable} answerable, {total - answerable} to fall back on; "
        f"threshold {report.threshold:.2f}",
        f"answer accuracy      {report.accuracy:.3f}",
        f"fallback precision   {report.fallback_precision:.3f}",
        f"fallback recall      {report.fallback_recall:.3f}",
        f"handled right        {report.right}/{total}",
        f"best threshold       {report.best_threshold:.3f} "
        f"(would handle {report.best_right}/{total} right)",
    ]
    if report.failures:
        lines.append("failures:")
    for outcome in report.failures:
        wanted = " or ".join(f"“{text}”" for text in outcome.case.wanted) or "a fallback"
        lines.append(f"  {outcome.case.question}")
        lines.append(f"    wanted {wanted}, got {_got(outcome)}")
    return lines


def report_data(report: Report) -> dict[str, object]:
    """Return the report as JSON-ready data."""
    return {
        "questions": len(report.outcomes),
        "threshold": report.threshold,
        "accuracy": round(report.accuracy, 4),
        "fallback_precision": round(report.fallback_precision, 4),
        "fallback_recall": round(report.fallback_recall, 4),
        "right": report.right,
        "best_threshold": report.best_threshold,
        "best_right": report.best_right,
        "failures": [
            {
                "question": o.case.question,
                "expect": o.case.expect,
                "expect_any": list(o.case.wanted),
                "quoted_from": [p.doc_id for p in o.reply.passages],
                "reply": o.reply.to_dict(),
            }
            for o in report.failures
        ],
    }


def print_report(report: Report, as_json: bool = False) -> None:
    """Print the report to standard output."""
    if as_json:
        print(printable_json(report_data(report)))
    else:
        print(printable("\n".join(report_lines(report))))
