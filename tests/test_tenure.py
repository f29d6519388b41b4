""" "How long was X CEO?" is answered by the sentence that tells the tenure and its length,
though it does not name the post."""

from __future__ import annotations

import datetime

import pytest

import innovis
from innovis.answering.kinds.succession import tells_tenure
from innovis.answering.question.query import Query
from innovis.answering.ranking.standins import with_tenure_words

ARCHIVE = [
    innovis.Document(
        "farewell",
        "The Marlow Robotics Council, set up to bring robotics firms to the harbour, should "
        "open a second test field, urges its outgoing Chief Executive Officer Dr Orla Breen.\n"
        "Breen spoke to the Harbour Courier in an interview as her five-year tenure at the "
        "council draws to a close on Friday.\n"
        "The council reviewed its strategy in 2019 and chose three new aims.",
        title="A Builder of Robot Test Fields Says Goodbye",
        date=datetime.date(2024, 3, 1),
    ),
    innovis.Document(
        "field",
        "The Marlow Robotics Council's Chief Executive Officer Dr Orla Breen opened the first "
        "robot test field, which covers two hectares.",
        title="First Robot Test Field Opens",
        date=datetime.date(2020, 6, 2),
    ),
]


@pytest.fixture(scope="module")
def council() -> innovis.Assistant:
    return innovis.Assistant.from_documents(ARCHIVE)


@pytest.mark.parametrize(
    "question", ["how long was orla breen ceo?", "how long was Dr Breen chief executive officer"]
)
def test_how_long_someone_held_a_post_quotes_the_tenure(
    council: innovis.Assistant, question: str
) -> None:
    reply = council.ask(question)
    assert reply.kind == "answer"
    assert "five-year tenure" in reply.passages[0].text


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("as her five-year tenure at the council draws to a close", True),
        ("succeeding Mrs Law, who served four years", True),
        ("During the past four years, Mrs Law steered the board", True),
        ("Mr Sethi to leave after three years as CEO", True),
        ("Her tenure ends on Friday.", False),
        ("He spent 15 years at a bank.", False),
    ],
)
def test_tells_tenure(sentence: str, told: bool) -> None:
    assert tells_tenure(sentence) is told


def test_tenure_words_join_a_post_searched_in_two_forms() -> None:
    query = Query(
        terms=("breen", "ceo", "chief", "execut", "offic"),
        words=("breen", "ceo", "chief", "executive", "officer"),
        stems=("breen", "ceo", "chief", "execut", "offic"),
        measure="length",
        alternatives=((("ceo",), ("chief", "execut", "offic")),),
    )
    read = with_tenure_words(query, lambda word: word[:5], lambda word: word != "term")
    assert read.terms[-2:] == ("tenur", "serve")
    assert read.alternatives == ((("ceo",), ("chief", "execut", "offic"), ("tenur",), ("serve",)),)


@pytest.mark.parametrize(
    "question", ["who was ceo before orla breen?", "who will replace orla breen as ceo?"]
)
def test_who_came_before_or_after_needs_a_handover(
    council: innovis.Assistant, question: str
) -> None:
    # "Its outgoing Chief Executive Officer Dr Orla Breen" says she leaves, not who came
    # before her or who follows.
    assert council.ask(question).kind == "fallback"
