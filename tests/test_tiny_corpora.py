"""Tiny corpora: one release, one sentence, or releases sharing their words still answer, and
confidence still tells answers from unrelated questions."""

from __future__ import annotations

import pytest

import innovis

LAB = innovis.Document(id="lab", text="The drone lab opened in June.", title="Drone Lab")


@pytest.mark.parametrize("bm25", ["BM25Okapi", "BM25L", "BM25Plus"])
def test_the_readme_library_example_answers(bm25: str) -> None:
    assistant = innovis.Assistant.from_documents([LAB], bm25=bm25)
    reply = assistant.ask("When did the drone lab open?")
    assert reply.kind == "answer" and reply.confidence > 0.9
    assert reply.passages[0].text == "The drone lab opened in June."
    assert assistant.search("drone lab", k=5)[0].score > 0


@pytest.mark.parametrize("question", ["What is the capital of France?", "Who won the match?"])
def test_one_sentence_corpus_still_falls_back(question: str) -> None:
    reply = innovis.Assistant.from_documents([LAB]).ask(question)
    assert reply.kind == "fallback" and reply.confidence < 0.2


def test_one_release_of_a_few_sentences() -> None:
    text = "The drone lab opened in June. It tests delivery drones. Ten engineers work there."
    assistant = innovis.Assistant.from_documents([LAB._replace(text=text)])
    reply = assistant.ask("How many engineers work there?")
    assert reply.kind == "answer" and "Ten engineers" in reply.passages[0].text


def test_releases_that_share_their_words_are_told_apart() -> None:
    june = innovis.Document("june", "The drone lab opened in June.", title="Drone Lab")
    july = innovis.Document("july", "The drone lab opened in July.", title="Drone Lab")
    assistant = innovis.Assistant.from_documents([june, july])
    reply = assistant.ask("Did the drone lab open in July?", k=1)
    assert reply.kind == "answer" and reply.passages[0].doc_id == "july"
    assert assistant.ask("What is the capital of France?").kind == "fallback"


def test_confidence_ranks_full_matches_above_partial_ones() -> None:
    assistant = innovis.Assistant.from_documents([LAB])
    full = assistant.ask("When did the drone lab open?").confidence
    partial = assistant.ask("When did the drone lab win a prize?").confidence
    assert full > partial
