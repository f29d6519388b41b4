"""Posts named in several words match only as a whole: "chief technology officer" is not the
"Chief Corporate Development Officer", and "CEO" is not the city's "Chief Executive"."""

from __future__ import annotations

import datetime

import pytest
from releases import release

import innovis
from innovis.answering.words.abbreviations import both_forms
from innovis.answering.words.roles import asked_roles, writes_role

ARCHIVE = [
    innovis.Document(
        "cdo",
        "Wavecrest Labs today named Dr Mina Sollis as Chief Product Development Officer.\n"
        "As Chief Product Development Officer, Dr Sollis will lead Wavecrest's technology "
        "and design teams.",
        title="Wavecrest Labs Names a Chief Product Development Officer",
        date=datetime.date(2023, 4, 2),
    ),
    innovis.Document(
        "mayor",
        "Since I took office as the Chief Executive of the city, I have opened three "
        "technology parks, the mayor said at the Wavecrest Labs forum.",
        title="Mayor Speaks at Technology Forum",
        date=datetime.date(2024, 1, 9),
    ),
    innovis.Document(
        "ceo",
        "Wavecrest Labs appointed Mr Jonas Peel as Chief Executive Officer of Wavecrest Labs.",
        title="New Head for Wavecrest Labs",
        date=datetime.date(2022, 5, 5),
    ),
]


PASSING = [
    innovis.Document(
        f"event-{n}",
        f"Mr Jonas Peel, CEO of Wavecrest Labs, opened the {place} with the Chief Executive "
        "Officer of the city's transit company.",
        title=f"Wavecrest Labs Opens a {place.title()}",
        date=datetime.date(2023, n, 1),
    )
    for n, place in enumerate(["sensor lab", "robot garage", "drone field"], start=1)
]
NEWER = innovis.Document(
    "new-ceo",
    "Wavecrest Labs has appointed Ms Tilde Orrin as CEO, its first change at the top in eight "
    "years.",
    title="Wavecrest Labs Changes Its Head",
    date=datetime.date(2025, 7, 1),
)


@pytest.fixture(scope="module")
def wavecrest() -> innovis.Assistant:
    return innovis.Assistant.from_documents(ARCHIVE)


def test_a_post_the_archive_never_names_falls_back(wavecrest: innovis.Assistant) -> None:
    assert wavecrest.ask("who is wavecrest's chief technology officer?").kind == "fallback"


def test_the_post_asked_for_is_quoted_not_a_shorter_one(wavecrest: innovis.Assistant) -> None:
    reply = wavecrest.ask("who is the ceo of wavecrest labs?")
    assert reply.kind == "answer" and "Jonas Peel" in reply.passages[0].text


@pytest.mark.parametrize(
    ("words", "roles"),
    [
        ("hkstp chief technology officer", ["chief technology officer"]),
        ("ceo chief executive officer", ["chief executive officer"]),
        ("chief executive visit park", ["chief executive"]),
        ("managing director acme", ["managing director"]),
        ("chief scientist", []),
    ],
)
def test_asked_roles(words: str, roles: list[str]) -> None:
    assert asked_roles(words.split()) == roles


@pytest.mark.parametrize(
    ("text", "role", "written"),
    [
        ("As Chief Corporate Development Officer, Dr Yiu", "chief technology officer", False),
        ("since I took office as the Chief Executive, I", "chief executive officer", False),
        ("Mr Albert Wong, CEO of the park", "chief executive officer", True),
        ("the Chief Executive Officer of the park", "chief executive", True),
        ("Chief-Technology Officer Ms Lo", "chief technology officer", True),
    ],
)
def test_writes_role(text: str, role: str, written: bool) -> None:
    assert writes_role(text, role) is written


def test_a_release_that_writes_only_the_abbreviation_names_the_post() -> None:
    assistant = innovis.Assistant.from_documents([*ARCHIVE, *PASSING, NEWER])
    reply = assistant.ask("who is the ceo now?")
    assert reply.kind == "answer" and "Tilde Orrin" in reply.passages[0].text


def test_an_abbreviation_and_its_long_form_are_alternatives() -> None:
    def uses(word: str) -> bool:
        return word in {"ceo", "chief", "executive", "officer", "cto", "tech"}

    assert both_forms("who is the ceo now", uses) == [("ceo", "chief executive officer")]
    # The corpus never writes "technology": the long form is not searched.
    assert both_forms("who is the cto", uses) == []
    assert both_forms("tech companies", uses) == []
    assert both_forms("tech companies", lambda word: word in {"tech", "technology"}) == [
        ("tech", "technology")
    ]
    # "Tech" of "Incu-Tech" is part of a name, no abbreviation.
    assert both_forms("incu-tech", lambda word: True) == []


def test_a_government_post_is_named_either_way_round() -> None:
    archive = [
        release(
            "2024-06-21",
            "Board Appointments at Larchmont Park",
            "The Secretary for Innovation and Industry, Professor Ada Rusk, said the board "
            "would guide the park well.",
        ),
        release(
            "2025-11-07",
            "Park Companies Join a Trade Mission",
            "Thirteen park companies joined a trade mission led by Financial Secretary Mr "
            "Otto Vane.",
        ),
        release(
            "2023-03-01",
            "Larchmont Park Counts Its Companies",
            "Larchmont Park counted 320 member companies at the end of 2022.",
        ),
    ]
    park = innovis.Assistant.from_documents(archive, today=datetime.date(2026, 1, 1))
    reply = park.ask("who is the innovation secretary now")
    assert reply.kind == "answer", reply.text
    assert "Professor Ada Rusk" in reply.passages[0].text
    assert writes_role("the Secretary for Innovation and Industry", "innovation secretary")
    assert not writes_role("Financial Secretary Mr Otto Vane", "innovation secretary")
    # Any field of the portfolio names the post, the last of a list too.
    reply = park.ask("who is the industry secretary now")
    assert reply.kind == "answer", reply.text
    assert "Professor Ada Rusk" in reply.passages[0].text
    assert writes_role("the Secretary for Arts, Sport and Culture", "culture secretary")
    assert not writes_role("the Secretary for Arts, Sport and Culture", "health secretary")
