"""What each ranking idea gives on SQuAD, and the weights chosen by cross-validation by article.

    python scripts/tune_ranking.py ../shared/data/squad-dev-v1.1-part-a.json

Adds one idea at a time to INNOVIS's retriever and prints MRR@10, R@1 and R@5 for each step
(the table in scripts/README.md). The weights of the title and of the evidence (cue, word
pairs, exact words) are then chosen on three quarters of the articles and measured on the
held-out quarter, four times over: the cross-validated line is what to expect on articles never
tuned on. (Sentence k1 0.5 and paragraph weight 0.5 were chosen the same way before; they
stay fixed here to keep the grid small.)
"""

from __future__ import annotations

import argparse
import itertools
import json
from multiprocessing import Pool

from squad import Question, figures, load_squad, rank_of_answer

from innovis import Document
from innovis.answering.ranking.retrieval import Retriever
from innovis.index.bm25 import BM25Parameters
from innovis.index.build import build_index
from innovis.index.corpus_index import CorpusIndex
from innovis.index.ranking import RankingConfig

K = 10
FOLDS = 4
# (title, titled term, cue, word pairs, exact words)
GRID = list(
    itertools.product((1.0, 1.5), (0.2, 0.35), (2.0, 3.0), (0.3, 0.5, 0.7), (0.4, 0.7, 1.0))
)

_documents: list[Document] = []
_questions: list[Question] = []
_indexes: dict[tuple[BM25Parameters, BM25Parameters], CorpusIndex] = {}


def ranks(config: RankingConfig) -> list[int | None]:
    """Return the rank of the first right sentence for each question (None: not in the top K)."""
    fields = (config.sentence, config.paragraph)
    if fields not in _indexes:  # Only the BM25 parameters shape the index itself.
        _indexes[fields] = build_index(_documents, config)
    retriever = Retriever(_indexes[fields]._replace(config=config))
    result = []
    for question in _questions:
        hits = retriever.hits(retriever.read(question.text), K)
        passages = [retriever.passage(hit) for hit in hits]
        result.append(rank_of_answer([(p.doc_id, p.start, p.end) for p in passages], question))
    return result


def grid_ranks(key: tuple[float, ...]) -> list[int | None]:
    title, titled, cue, pairs, exact = key
    return ranks(
        RankingConfig(
            title_weight=title,
            titled_term_weight=titled,
            cue_weight=cue,
            bigram_weight=pairs,
            exact_weight=exact,
        )
    )


def mrr(values: list[int | None]) -> float:
    return sum(1 / r for r in values if r) / max(len(values), 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", help="a SQuAD v1.1-format JSON file")
    parser.add_argument("--jobs", type=int, default=2, help="processes for the grid (default 2)")
    args = parser.parse_args()
    documents, questions = load_squad(args.path)
    _documents.extend(documents)
    _questions.extend(questions)
    default = RankingConfig()
    plain = RankingConfig(
        sentence=BM25Parameters(),
        paragraph_weight=0.0,
        title_weight=0.0,
        titled_term_weight=1.0,
        cue_weight=0.0,
        bigram_weight=0.0,
        exact_weight=0.0,
    )
    titled = plain._replace(title_weight=0.3)
    short = titled._replace(sentence=default.sentence)
    context = short._replace(paragraph_weight=default.paragraph_weight)
    cues = context._replace(cue_weight=default.cue_weight)
    title = cues._replace(
        title_weight=default.title_weight, titled_term_weight=default.titled_term_weight
    )
    pairs = title._replace(bigram_weight=default.bigram_weight)
    exact = pairs._replace(exact_weight=default.exact_weight)  # every default weight
    steps = [
        ("analyser, acronyms, spelling; sentence BM25 (k1 1.5, b 0.75)", plain),
        ("+ title field (0.3)", titled),
        ("+ k1 0.5, b 0.4 for sentences", short),
        ("+ paragraph context (0.5)", context),
        ("+ answer-type cues (3.0)", cues),
        ("+ title 1.5, titled terms 0.2 in sentences and paragraphs", title),
        ("+ word pairs (0.5)", pairs),
        ("+ exact words (0.7) = INNOVIS", exact),
    ]
    for name, config in steps:
        print(json.dumps({"idea": name, **figures(ranks(config))}), flush=True)
    ranks(default)  # Build the index once, before the workers fork.
    with Pool(args.jobs) as pool:
        grid = dict(zip(GRID, pool.map(grid_ranks, GRID), strict=True))
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
        "chosen (title, titled term, cue, word pairs, exact words)": chosen,
    }
    print(json.dumps(cross))


if __name__ == "__main__":
    main()
