"""Calibrating the fallback threshold on press rooms: how many questions each threshold handles
right on the press-room fixture's tuning questions, its held-out ones, the bundled ones, and
any press room of your own.

    python scripts/calibrate_pressroom.py
    python scripts/calibrate_pressroom.py --also my_questions.jsonl my_releases/
    python scripts/calibrate_pressroom.py --json

The threshold is chosen on the tuning questions, the bundled ones and those given with --also
together (the most handled right, marked; among ties, the one nearest the current default),
looking at its neighbours too; the held-out column is printed to check the choice, never used
to make it. Each threshold is run in full (not read off the confidences at threshold 0), since
the threshold also decides which hits are "confident" enough for the newest-release preference
and the checks of what a question asks for to choose among. After the table come each set's
answer accuracy, fallback precision and recall at the chosen threshold: a threshold separates
well when precision and recall are both high there.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from innovis import Assistant
from innovis.answering.conversation.dialogue import FALLBACK_THRESHOLD
from innovis.evaluation import evaluate, read_cases

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
THRESHOLDS = [round(0.30 + 0.02 * i, 2) for i in range(16)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the table as JSON")
    parser.add_argument(
        "--also",
        nargs=2,
        action="append",
        default=[],
        metavar=("QUESTIONS", "CORPUS"),
        help="another question file and the releases it asks about, to choose on too",
    )
    args = parser.parse_args()
    pressroom = Assistant.from_path(DATA / "pressroom", warn=lambda message: None)
    bundled = Assistant()
    sets = {
        "tuning": (pressroom, read_cases(DATA / "pressroom_questions_tuning.jsonl")),
        "held_out": (pressroom, read_cases(DATA / "pressroom_questions_heldout.jsonl")),
        "bundled": (bundled, read_cases(DATA / "bundled_questions.jsonl")),
    }
    for number, (questions, corpus) in enumerate(args.also, start=1):
        own = Assistant.from_path(corpus, warn=lambda message: None)
        sets[f"also_{number}"] = (own, read_cases(questions))
    chosen_on = [name for name in sets if name != "held_out"]
    table = []
    for threshold in THRESHOLDS:
        row: dict[str, float | int] = {"threshold": threshold}
        for name, (assistant, cases) in sets.items():
            report = evaluate(assistant.with_threshold(threshold), cases)
            row[name] = report.right
            row[f"{name}_accuracy"] = round(report.accuracy, 3)
            row[f"{name}_precision"] = round(report.fallback_precision, 3)
            row[f"{name}_recall"] = round(report.fallback_recall, 3)
        table.append(row)
    best = max(
        table,
        key=lambda r: (
            sum(r[name] for name in chosen_on),
            -abs(r["threshold"] - FALLBACK_THRESHOLD),
        ),
    )
    counts = {name: len(cases) for name, (_, cases) in sets.items()}
    if args.json:
        print(json.dumps({"questions": counts, "table": table, "best": best}, indent=2))
        return
    print(
        "questions: "
        + ", ".join(f"{name} {count}" for name, count in counts.items())
        + f"; default threshold {FALLBACK_THRESHOLD}"
    )
    for number, (questions, corpus) in enumerate(args.also, start=1):
        print(f"also_{number}: {questions} on {corpus}")
    print("threshold  " + "  ".join(f"{name:>8}" for name in sets) + "   (handled right)")
    for row in table:
        mark = f"  <- most right on {' + '.join(chosen_on)}" if row is best else ""
        print(f"{row['threshold']:9.2f}  " + "  ".join(f"{row[name]:8}" for name in sets) + mark)
    print(f"at {best['threshold']:.2f}:  accuracy  precision  recall")
    for name in sets:
        print(
            f"  {name:10} {best[f'{name}_accuracy']:8.3f}  {best[f'{name}_precision']:9.3f}"
            f"  {best[f'{name}_recall']:6.3f}"
        )


if __name__ == "__main__":
    main()
