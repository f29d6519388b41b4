"""How the retriever weighs the title and the evidence of an answer, seen in what it ranks first."""

from __future__ import annotations

import innovis
from innovis.answering.kinds.cues import counts
from innovis.answering.ranking.evidence import Evidence
from innovis.answering.ranking.retrieval import Retriever
from innovis.index.build import build_index
from innovis.index.ranking import RankingConfig

TUNNEL = innovis.Document(
    "tunnel",
    "The Harbour Tunnel links the harbour's two shores under the Harbour Tunnel road. "
    "Tolls for the tunnel rose to twenty dollars in 2019. "
    "Engineers inspect the tunnel every night.",
    title="Harbour Tunnel",
)
OTHER = innovis.Document(
    "ferry", "Ferry fares stay the same. The pier reopens in May.", title="Ferries"
)


def best(config: RankingConfig, question: str, documents: list[innovis.Document]) -> str:
    retriever = Retriever(build_index(documents, config))
    hits = retriever.hits(retriever.read(question), 1)
    return retriever.text(hits[0].sentence)


def test_title_words_count_less_inside_the_document_they_title() -> None:
    question = "What are the tolls of the harbour tunnel?"
    documents = [TUNNEL, OTHER]
    assert best(RankingConfig(), question, documents).startswith("Tolls for the tunnel")
    counted_in_full = RankingConfig(titled_term_weight=1.0)
    assert best(counted_in_full, question, documents).startswith("The Harbour Tunnel links")


def test_words_in_the_question_order_and_exact_form_rank_first() -> None:
    document = innovis.Document(
        "anthem",
        "The national team sang the anthem of the league.\n\nLady Gaga sang the national anthem.",
    )
    question = "Who sang the national anthem?"
    without = RankingConfig(bigram_weight=0.0, exact_weight=0.0, cue_weight=0.0)
    assert best(without, question, [document]).startswith("The national team")
    assert best(RankingConfig(cue_weight=0.0), question, [document]).startswith("Lady Gaga")


def test_evidence_counts_pairs_exact_words_and_the_answer_kind() -> None:
    retriever = Retriever(build_index([TUNNEL], RankingConfig()))
    config = RankingConfig(bigram_weight=10.0, exact_weight=1.0, cue_weight=100.0)
    evidence = Evidence(retriever.read("When did tolls rise?"), config, retriever.reader.term)
    assert evidence.bonus("Tolls rise.") == 10 + 2
    assert evidence.bonus("The fare went up.") == 0
    assert evidence.bonus("The fare went up in 2019.") == 100
    # "rose" is read as "rise": the pair, though not the exact words.
    assert evidence.bonus("The toll rose.") == 10


def test_how_many_prefers_the_sentence_that_counts_what_is_asked() -> None:
    document = innovis.Document(
        "city",
        "Students came to the universities of the city, and the city's University grew in 1963."
        "\n\nThe city has two universities.",
    )
    question = "How many universities does the city have?"
    assert best(RankingConfig(cue_weight=0.0), question, [document]).startswith("Students")
    assert best(RankingConfig(), question, [document]) == "The city has two universities."


def test_counts_needs_a_number_just_before_the_counted_term() -> None:
    words = ["city", "two", "public", "universities", "1963"]
    terms = ["citi", "two", "public", "univers", "1963"]
    assert counts(words, terms, "univers")
    assert not counts(words, terms, "citi")
    assert not counts(["universities", "1963"], ["univers", "1963"], "univers")
