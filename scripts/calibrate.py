"""Calibrating the fallback threshold on SQuAD: questions whose article is in the corpus must
be answered with the right sentence, questions whose article was left out must fall back.

    python scripts/calibrate.py ../shared/data/squad-dev-v1.1-part-a.json

For each article in turn, the assistant is built over the other articles; that article's
questions are then unanswerable, and as many questions drawn from the other articles are
answerable. Prints JSON: for each threshold, the share of answerable questions answered right
and of unanswerable ones that fell back, and the threshold that handles most right.
"""

from __future__ import annotations

import argparse
import json
import random

from squad import Question, load_squad, rank_of_answer

from innovis import Assistant

THRESHOLDS = [round(0.05 * i, 2) for i in range(1, 15)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", help="a SQuAD v1.1-format JSON file")
    parser.add_argument("--per-article", type=int, default=60, help="questions drawn per article")
    args = parser.parse_args()
    documents, questions = load_squad(args.path)
    rng = random.Random(0)
    seen: list[tuple[float, bool]] = []  # (confidence, answered right) for answerable questions
    unseen: list[float] = []  # confidence for unanswerable questions
    for left_out in documents:
        others = [d for d in documents if d.id != left_out.id]
        assistant = Assistant.from_documents(others, threshold=0.0)
        inside: list[Question] = [q for q in questions if q.doc_id != left_out.id]
        outside: list[Question] = [q for q in questions if q.doc_id == left_out.id]
        for question in rng.sample(outside, min(args.per_article, len(outside))):
            reply = assistant.ask(question.text)
            unseen.append(reply.confidence if reply.kind == "answer" else 0.0)
        for question in rng.sample(inside, min(args.per_article, len(inside))):
            reply = assistant.ask(question.text)
            hits = [(p.doc_id, p.start, p.end) for p in reply.passages]
            seen.append(
                (reply.confidence, reply.kind == "answer" and bool(rank_of_answer(hits, question)))
            )
    table = []
    for threshold in THRESHOLDS:
        answered = sum(right and c >= threshold for c, right in seen) / len(seen)
        fell_back = sum(c < threshold for c in unseen) / len(unseen)
        table.append(
            {
                "threshold": threshold,
                "answered_right": round(answered, 3),
                "unanswerable_fell_back": round(fell_back, 3),
                "handled_right": round((answered + fell_back) / 2, 3),
            }
        )
    best = max(table, key=lambda row: row["handled_right"])
    print(
        json.dumps(
            {"answerable": len(seen), "unanswerable": len(unseen), "best": best, "table": table},
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
