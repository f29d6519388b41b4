"""'Who chairs X?', 'who designed X?' ask who did something to X: a sentence about X that tells
no such doing does not answer, however well it matches X (invented text)."""

from __future__ import annotations

import datetime

import pytest
from releases import release

import innovis
from innovis.answering.question.predicates import asked_doing

ARCHIVE = [
    release(
        "2023-02-01",
        "Harbour Park Opens East Wing",
        "The east wing of Harbour Park opens in May with 40 lab benches for young companies.",
        "Orrin Works built the east wing in fourteen months.",
    ),
    release(
        "2023-06-12",
        "Harbour Park Welcomes Tenants",
        "Harbour Park welcomed 30 tenants this spring.",
        "The tenants share a workshop and a cafe on the ground floor.",
        "Students of the city's art school designed the cafe.",
    ),
    release(
        "2023-11-20",
        "Harbour Park Shows Sensors",
        "Engineers of the park designed a tide sensor.",
        "Mr Ivo Bell chairs the park's audit committee.",
    ),
    release(
        "2024-03-03",
        "Harbour Park Names Board",
        "Ms Ada Quist chairs the board of Harbour Park from April.",
        "Her firm designed the park's new logo.",
    ),
]


@pytest.fixture(scope="module")
def park() -> innovis.Assistant:
    return innovis.Assistant.from_documents(ARCHIVE, today=datetime.date(2025, 1, 1))


@pytest.mark.parametrize(
    ("question", "expect"),
    [
        ("who built the east wing", "Orrin Works"),
        ("who chairs the board", "Ada Quist"),
        ("who did Orrin Works build for", "Orrin Works built"),
    ],
)
def test_who_did_it_is_answered_by_a_sentence_that_tells_the_doing(
    park: innovis.Assistant, question: str, expect: str
) -> None:
    reply = park.ask(question)
    assert reply.kind == "answer", reply.text
    assert expect in reply.passages[0].text


@pytest.mark.parametrize("question", ["who designed the east wing", "who chairs the workshop"])
def test_a_sentence_about_the_thing_that_tells_no_such_doing_is_no_answer(
    park: innovis.Assistant, question: str
) -> None:
    assert park.ask(question).kind == "fallback"


@pytest.mark.parametrize(
    ("question", "doing"),
    [
        ("Who chairs the Productivity Council?", "chairs"),
        ("who designed it", "designed"),
        ("who is the chairman", None),
        ("who did she replace", None),
        ("whom did they appoint", None),
        ("when did it open", None),
    ],
)
def test_the_doing_asked_is_the_verb_after_who(question: str, doing: str | None) -> None:
    assert asked_doing(question) == doing


def test_a_noun_of_the_verbs_stem_tells_no_deed() -> None:
    archive = [
        release(
            "2024-06-01",
            "Harbour Park Opens a Reading Room",
            "The new reading room of Harbour Park has twelve design features, including rain "
            "beds and shade walls.",
            "Students can book its tables from June.",
        ),
        release(
            "2024-08-12",
            "Harbour Park Opens a Tea House",
            "The tea house of Harbour Park was designed by the architects of Fenn Studio.",
            "The mayor paid a visit to the tea house in August.",
        ),
        release(
            "2023-02-01",
            "Harbour Park Opens East Wing",
            "The east wing of Harbour Park opens in May with 40 lab benches for young companies.",
        ),
    ]
    park = innovis.Assistant.from_documents(archive, today=datetime.date(2025, 1, 1))
    assert park.ask("who designed the reading room").kind == "fallback"
    assert "Fenn Studio" in park.ask("who designed the tea house").passages[0].text
    # A noun of the deed with what it was done to tells it: "a visit to the tea house".
    assert "The mayor" in park.ask("who visited the tea house").passages[0].text


def test_a_things_doer_after_by_tells_the_deed_without_its_verb() -> None:
    archive = [
        *ARCHIVE,
        release(
            "2024-06-06",
            "Harbour Park Opens a Data Hall",
            "The data hall is equipped with a cooling system by a Finnish engineering firm.",
            "Tenants can book it from July.",
        ),
    ]
    park = innovis.Assistant.from_documents(archive, today=datetime.date(2025, 1, 1))
    reply = park.ask("who designed the cooling system of the data hall")
    assert reply.kind == "answer", reply.text
    assert "a Finnish engineering firm" in reply.passages[0].text
    # "By" after another word names no doer of what is asked.
    assert park.ask("who designed the data hall's booking desk").kind == "fallback"


def test_a_light_verb_leaves_the_deed_to_its_noun() -> None:
    archive = [
        *ARCHIVE,
        release(
            "2024-09-09",
            "Harbour Park Hosts the Tidewater Forum",
            "Harbour Park hosted the Tidewater Forum for 200 founders on Monday.",
            "Ms Ada Quist opened the forum, followed by Dr Ivo Bell, Dean of Marine Studies, "
            "who delivered the keynote speech.",
            "The park gave each founder a pass to its labs.",
        ),
    ]
    park = innovis.Assistant.from_documents(archive, today=datetime.date(2025, 1, 1))
    # "Gave" only supports "the keynote": the release delivers it.
    reply = park.ask("who gave the keynote at the tidewater forum")
    assert reply.kind == "answer", reply.text
    assert "Ivo Bell" in reply.passages[0].text
    # Nor does the light verb ask anything of the answer: it is as sure as the question
    # with "did", which says nothing.
    bare = park.ask("who did the keynote at the tidewater forum")
    assert reply.confidence == pytest.approx(bare.confidence)
