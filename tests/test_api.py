"""The library contract: names, types, immutability, spans, errors and threads."""

from __future__ import annotations

import datetime
from concurrent.futures import ThreadPoolExecutor

import pytest

import innovis


def test_public_names() -> None:
    for name in ["Assistant", "Conversation", "Document", "Passage", "Reply", "InnovisError"]:
        assert name in innovis.__all__ and hasattr(innovis, name)


def test_search_returns_passages_whose_span_is_the_sentence(
    assistant: innovis.Assistant,
) -> None:
    passages = assistant.search("Science Park expansion", k=3)
    assert 1 <= len(passages) <= 3
    assert [p.score for p in passages] == sorted((p.score for p in passages), reverse=True)
    texts = {d.id: d.text for d in assistant.documents}
    for passage in passages:
        assert texts[passage.doc_id][passage.start : passage.end] == passage.text
        assert passage.date == datetime.date(2022, 1, 12)


def test_values_are_frozen(assistant: innovis.Assistant) -> None:
    reply = assistant.ask("What is the San Tin Technopole?")
    with pytest.raises(AttributeError):
        reply.kind = "fallback"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        reply.passages[0].score = 0.0  # type: ignore[misc]
    with pytest.raises(TypeError):
        reply.passages[0] = reply.passages[0]  # type: ignore[index]


def test_from_documents_answers_from_those_documents() -> None:
    documents = [
        innovis.Document(
            "lab",
            "The drone lab opened in June. It tests delivery drones.",
            title="Drone Lab",
            date=datetime.date(2023, 3, 3),
        ),
        innovis.Document(
            "fund",
            "A new fund backs biotech start-ups. It holds HK$1 billion.",
            title="Biotech Fund",
        ),
        innovis.Document("park", "The park adds two buildings. Tenants move in next year."),
    ]
    assistant = innovis.Assistant.from_documents(documents)
    reply = assistant.ask("Which start-ups does the new fund back?")
    assert reply.kind == "answer"
    assert reply.passages[0].doc_id == "fund"
    assert "Biotech Fund" in reply.text


def test_from_path_reads_a_folder(write_corpus, release: str) -> None:
    assistant = innovis.Assistant.from_path(write_corpus({"drone.txt": release}))
    reply = assistant.ask("What delivery drones will the laboratory test?")
    assert reply.kind == "answer"
    assert "delivery drones for hospitals" in reply.passages[0].text


@pytest.mark.parametrize(
    ("documents", "error", "words"),
    [
        ([], innovis.EmptyCorpusError, "add press releases"),
        ([innovis.Document("a", "   ")], innovis.EmptyCorpusError, "no sentences"),
        (
            [innovis.Document("a", "One."), innovis.Document("a", "Two.")],
            innovis.InvalidArgumentError,
            "give each a different id",
        ),
    ],
)
def test_bad_corpora_raise_errors_a_person_can_act_on(documents, error, words) -> None:
    with pytest.raises(error, match=words):
        innovis.Assistant.from_documents(documents)


def test_errors_share_one_base_class(tmp_path) -> None:
    with pytest.raises(innovis.InnovisError):
        innovis.Assistant.from_path(tmp_path / "missing")


@pytest.mark.parametrize("k", [0, -1, 2.5, True])
def test_bad_k_is_refused(assistant: innovis.Assistant, k) -> None:
    with pytest.raises(innovis.InvalidArgumentError, match="at least 1"):
        assistant.search("talent", k=k)


def test_replies_turn_into_json_ready_data(assistant: innovis.Assistant) -> None:
    data = assistant.ask("talent").to_dict()
    assert data["kind"] == "answer"
    assert data["passages"][0]["date"] == "2022-01-12"


def test_many_threads_get_the_same_answers(assistant: innovis.Assistant) -> None:
    questions = ["What is the San Tin Technopole?", "hi", "talent", "capital of France"] * 25
    expected = [assistant.ask(q) for q in questions]
    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(assistant.ask, questions)) == expected


def test_library_never_prints(assistant: innovis.Assistant, capsys) -> None:
    conversation = assistant.conversation()
    for message in ["hi", "What is the GBA?", "more", "nonsense xyzzy", "bye"]:
        conversation.ask(message)
    assert capsys.readouterr() == ("", "")


@pytest.mark.parametrize("bm25", ["BM25Okapi", "BM25L", "BM25Plus"])
def test_every_bm25_answers_and_falls_back(bm25: str) -> None:
    assistant = innovis.Assistant(bm25=bm25)
    reply = assistant.ask("What is the San Tin Technopole?")
    assert reply.kind == "answer" and "San Tin Technopole" in reply.passages[0].text
    assert assistant.ask("How do I bake a chocolate cake?").kind == "fallback"


def test_unknown_bm25_is_refused() -> None:
    with pytest.raises(innovis.InvalidArgumentError, match="BM25Okapi, BM25L, BM25Plus"):
        innovis.Assistant(bm25="TF-IDF")


@pytest.mark.parametrize("question", [None, 42, b"bytes"])
def test_questions_that_are_not_text_are_refused(assistant: innovis.Assistant, question) -> None:
    with pytest.raises(innovis.InvalidArgumentError, match="must be a string"):
        assistant.ask(question)
    with pytest.raises(innovis.InvalidArgumentError, match="must be a string"):
        assistant.search(question)
    with pytest.raises(innovis.InvalidArgumentError, match="must be a string"):
        assistant.conversation().ask(question)


@pytest.mark.parametrize("question", ["什麼是科技園？", "🙂🙂", "ǅ ﬁ Ⅻ", "\x00\x01"])
def test_unusual_text_gets_a_reply(assistant: innovis.Assistant, question: str) -> None:
    assert assistant.ask(question).kind in {"fallback", "answer"}
