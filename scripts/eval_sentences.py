"""Sentence-retrieval benchmark on SQuAD v1.1-format files: INNOVIS against plain BM25.

    python scripts/eval_sentences.py ../shared/data/squad-dev-v1.1-part-a.json

Every question goes through `Assistant.search(question, k=10)`; a hit is right when it is from
the question's article and its span holds an answer's start. The baseline, in the same run, is
rank-bm25's `BM25Okapi()` with its defaults over plain Punkt sentences (an untrained
`PunktSentenceTokenizer` on each paragraph) tokenised by `re.findall(r"\\w+", text.lower())`.
Prints JSON.
"""

from __future__ import annotations

import argparse
import json
import re
import time

import numpy as np
from nltk.tokenize.punkt import PunktSentenceTokenizer
from rank_bm25 import BM25Okapi
from squad import Question, figures, load_squad, rank_of_answer

from innovis import Assistant, Document
from innovis.text.sentences import split_sentences

K = 10


def evaluate_innovis(documents: list[Document], questions: list[Question]) -> dict[str, object]:
    started = time.perf_counter()
    assistant = Assistant.from_documents(documents)
    built = time.perf_counter() - started
    ranks = []
    for question in questions:
        passages = assistant.search(question.text, k=K)
        ranks.append(rank_of_answer([(p.doc_id, p.start, p.end) for p in passages], question))
    lengths = [e - s for d in documents for s, e in split_sentences(d.text)]
    return {
        "sentences": len(lengths),
        "mean_sentence_chars": round(float(np.mean(lengths)), 1),
        "build_seconds": round(built, 2),
        **figures(ranks),
    }


def plain_sentences(documents: list[Document]) -> list[tuple[str, int, int]]:
    """Return (doc_id, start, end) of the sentences of an untrained Punkt split per paragraph."""
    punkt = PunktSentenceTokenizer()
    sentences = []
    for document in documents:
        for paragraph in re.finditer(r"[^\n]+", document.text):
            for start, end in punkt.span_tokenize(paragraph.group(0)):
                offset = paragraph.start()
                sentences.append((document.id, offset + start, offset + end))
    return sentences


def evaluate_baseline(documents: list[Document], questions: list[Question]) -> dict[str, object]:
    texts = {d.id: d.text for d in documents}
    sentences = plain_sentences(documents)
    bm25 = BM25Okapi([re.findall(r"\w+", texts[d][s:e].lower()) for d, s, e in sentences])
    ranks = []
    for question in questions:
        scores = bm25.get_scores(re.findall(r"\w+", question.text.lower()))
        best = np.argsort(-scores, kind="stable")[:K]
        ranks.append(rank_of_answer([sentences[i] for i in best], question))
    lengths = [e - s for _, s, e in sentences]
    return {
        "sentences": len(sentences),
        "mean_sentence_chars": round(float(np.mean(lengths)), 1),
        **figures(ranks),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", help="a SQuAD v1.1-format JSON file")
    args = parser.parse_args()
    documents, questions = load_squad(args.path)
    report = {
        "questions": len(questions),
        "articles": len(documents),
        "innovis": evaluate_innovis(documents, questions),
        "baseline": evaluate_baseline(documents, questions),
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
