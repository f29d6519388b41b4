"""What each ranking idea gives on SQuAD, and the weights chosen by cross-validation by article.

    python scripts/tune_ranking.py ../shared/data/squad-dev-v1.1-part-a.json

Adds one idea at a time to INNOVIS's retriever and prints MRR@10, R@1 and R@5 for each step
(the table in scripts/README.md). The blend weights (sentence k1, paragraph, cue) are then
chosen on three quarters of the articles and measured on the held-out quarter, four times over:
the cross-validated line is what to expect on articles never tuned on.
"""

from __future__ import annotations

import argparse
import itertools
import json

from squad import Question, figures, load_squad, rank_of_answer

from innovis import Document
from innovis.bm25 import BM25Parameters
from innovis.indexing import build_index
from innovis.ranking import RankingConfig
from innovis.retrieval import Retriever

K = 10
FOLDS = 4


def ranks(documents: list[Document], questions: list[Question], config: RankingConfig):
    retriever = Retriever(build_index(documents, config))
    result = []
    for question in questions:
        hits = retriever.hits(retriever.read(question.text), K)
        passages = [retriever.passage(hit) for hit in hits]
        result.append(rank_of_answer([(p.doc_id, p.start, p.end) for p in passages], question))
    return result


def mrr(values: list[int | None]) -> float:
    return sum(1 / r for r in values if r) / max(len(values), 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", help="a SQuAD v1.1-format JSON file")
    args = parser.parse_args()
    documents, questions = load_squad(args.path)
    plain = RankingConfig(
        sentence=BM25Parameters(), paragraph_weight=0.0, title_weight=0.0, cue_weight=0.0
    )
    steps = [
        ("analyser, acronyms, spelling; sentence BM25 (k1 1.5, b 0.75)", plain),
        ("+ title field (0.3)", plain._replace(title_weight=0.3)),
        (
            "+ k1 0.5, b 0.4 for sentences",
            plain._replace(title_weight=0.3, sentence=RankingConfig().sentence),
        ),
        ("+ paragraph context (0.5)", RankingConfig()._replace(cue_weight=0.0)),
        ("+ answer-type cues (3.0) = INNOVIS", RankingConfig()),
    ]
    table = []
    for name, config in steps:
        table.append({"idea": name, **figures(ranks(documents, questions, config))})
        print(json.dumps(table[-1]), flush=True)
    default = RankingConfig()
    grid = {
        (k1, p, c): ranks(
            documents,
            questions,
            default._replace(
                sentence=default.sentence._replace(k1=k1), paragraph_weight=p, cue_weight=c
            ),
        )
        for k1, p, c in itertools.product((0.5, 0.7, 0.9), (0.3, 0.5, 0.7), (0.0, 2.0, 3.0, 4.0))
    }
    articles = sorted({d.id for d in documents})
    held_out: list[int | None] = []
    chosen = []
    for fold in range(FOLDS):
        test = set(articles[fold::FOLDS])
        train_at = [i for i, q in enumerate(questions) if q.doc_id not in test]
        test_at = [i for i, q in enumerate(questions) if q.doc_id in test]
        best = max(grid, key=lambda key: mrr([grid[key][i] for i in train_at]))
        chosen.append(best)
        held_out.extend(grid[best][i] for i in test_at)
    cross = {
        "idea": "cross-validated by article (weights chosen per fold)",
        **figures(held_out),
        "chosen (sentence k1, paragraph, cue)": chosen,
    }
    print(json.dumps(cross))


if __name__ == "__main__":
    main()
