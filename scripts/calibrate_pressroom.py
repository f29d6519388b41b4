"""Calibrating the fallback threshold on press rooms: how many questions each threshold handles
right on the press-room fixture's tuning questions, its held-out ones and the bundled ones.

    python scripts/calibrate_pressroom.py
    python scripts/calibrate_pressroom.py --json

The threshold is chosen on the tuning questions and the bundled ones together (the most
handled right, marked; among ties, the one nearest the current default), looking at its
neighbours too; the held-out column is printed to check the choice, never used to make it.
Each threshold is run in full (not read off the confidences at threshold 0), since the
threshold also decides which hits are "confident" enough for the newest-release preference to
choose among.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from innovis import Assistant
from innovis.answering.dialogue import FALLBACK_THRESHOLD
from innovis.evaluation import evaluate, read_cases

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
THRESHOLDS = [round(0.30 + 0.02 * i, 2) for i in range(16)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the table as JSON")
    args = parser.parse_args()
    pressroom = Assistant.from_path(DATA / "pressroom", warn=lambda message: None)
    bundled = Assistant()
    sets = {
        "tuning": (pressroom, read_cases(DATA / "pressroom_questions_tuning.jsonl")),
        "held_out": (pressroom, read_cases(DATA / "pressroom_questions_heldout.jsonl")),
        "bundled": (bundled, read_cases(DATA / "bundled_questions.jsonl")),
    }
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
        key=lambda r: (r["tuning"] + r["bundled"], -abs(r["threshold"] - FALLBACK_THRESHOLD)),
    )
    counts = {name: len(cases) for name, (_, cases) in sets.items()}
    if args.json:
        print(json.dumps({"questions": counts, "table": table, "best": best}, indent=2))
        return
    print(
        f"questions: tuning {counts['tuning']}, held-out {counts['held_out']}, "
        f"bundled {counts['bundled']}; default threshold {FALLBACK_THRESHOLD}"
    )
    print("threshold  tuning  held-out  bundled   (handled right)")
    for row in table:
        mark = "  <- most right on tuning + bundled" if row is best else ""
        print(
            f"{row['threshold']:9.2f}  {row['tuning']:6}  {row['held_out']:8}  "
            f"{row['bundled']:7}{mark}"
        )


if __name__ == "__main__":
    main()
