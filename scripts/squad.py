"""Reading SQuAD v1.1 files as INNOVIS documents and sentence-retrieval questions (ReQA-style).

One Document per article: the title with `_` as spaces, the paragraphs joined by one blank line.
A question's answers are the offsets in that text where its answers start; a retrieved sentence
is right when it belongs to the question's article and its span holds one of those offsets.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from innovis import Document


@dataclass(frozen=True, slots=True)
class Question:
    """A question, the id of its article and where its answers start in the article's text."""

    text: str
    doc_id: str
    starts: tuple[int, ...]


def load_squad(path: str | Path) -> tuple[list[Document], list[Question]]:
    """Return the articles of a SQuAD v1.1 file as Documents, and its questions."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))["data"]
    documents, questions = [], []
    for article in data:
        doc_id = article["title"]
        parts, offset = [], 0
        for paragraph in article["paragraphs"]:
            context = paragraph["context"]
            for qa in paragraph["qas"]:
                starts = tuple(sorted({offset + a["answer_start"] for a in qa["answers"]}))
                questions.append(Question(qa["question"], doc_id, starts))
            parts.append(context)
            offset += len(context) + 2
        text = "\n\n".join(parts)
        documents.append(Document(id=doc_id, text=text, title=doc_id.replace("_", " ")))
    return documents, questions


def rank_of_answer(hits: list[tuple[str, int, int]], question: Question) -> int | None:
    """Return the 1-based rank of the first (doc_id, start, end) hit that holds an answer."""
    for rank, (doc_id, start, end) in enumerate(hits, start=1):
        if doc_id == question.doc_id and any(start <= a < end for a in question.starts):
            return rank
    return None


def figures(ranks: list[int | None]) -> dict[str, float]:
    """Return MRR@10, R@1 and R@5 of the answer ranks of a question set."""
    n = len(ranks) or 1
    return {
        "mrr@10": round(sum(1 / r for r in ranks if r and r <= 10) / n, 4),
        "r@1": round(sum(1 for r in ranks if r == 1) / n, 4),
        "r@5": round(sum(1 for r in ranks if r and r <= 5) / n, 4),
    }
