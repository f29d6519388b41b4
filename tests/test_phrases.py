"""A programme or post named by common words the archive never writes together is something it
never mentions: INNOVIS falls back rather than quote a sentence that has each word apart
(invented text)."""

from __future__ import annotations

import datetime

import pytest
from releases import release

import innovis
from innovis.answering.words.phrases import unwritten_names, writes_together

ARCHIVE = [
    release(
        "2024-03-01",
        "Marlow Park Opens Its Startup Acceleration Programme",
        "Marlow Park opened its Startup Acceleration Programme, which gives each startup "
        "200,000 dollars and a year of mentoring.",
        "The park joined a global network of science parks in 2023.",
    ),
    release(
        "2024-05-10",
        "Marlow Park Names a Chief Operating Officer",
        "Marlow Park appointed Ms Wren Castell as Chief Operating Officer.",
        "Ms Castell led the technology team of a bank for ten years.",
        "Marlow Park hosts 40 tech firms.",
        "Its Startup Technology Scheme lends lab equipment to young firms.",
    ),
]


@pytest.fixture(scope="module")
def park() -> innovis.Assistant:
    return innovis.Assistant.from_documents(ARCHIVE, today=datetime.date(2025, 1, 1))


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("what does the global acceleration programme give startups", "global acceleration"),
        ("who is the chief technology officer of marlow park", "chief technology officer"),
    ],
)
def test_a_name_of_words_never_written_together_falls_back(
    park: innovis.Assistant, question: str, missing: str
) -> None:
    reply = park.ask(question)
    assert reply.kind == "fallback"
    assert missing in reply.text


@pytest.mark.parametrize(
    ("question", "expect"),
    [
        ("what does the startup acceleration programme give startups", "200,000 dollars"),
        # "New" tells which one, not its name.
        ("what does the new acceleration programme give", "200,000 dollars"),
        ("what does the larger acceleration programme give startups", "200,000 dollars"),
        ("who is the chief operating officer", "Wren Castell"),
    ],
)
def test_a_name_the_archive_writes_is_answered(
    park: innovis.Assistant, question: str, expect: str
) -> None:
    reply = park.ask(question)
    assert reply.kind == "answer", reply.text
    assert expect in reply.passages[0].text


def test_words_are_together_in_order_with_one_word_between_at_most() -> None:
    def together(first: str, second: str, text: str) -> bool:
        return writes_together(first, second, lambda words: [text], lambda word: True)

    assert together("global", "acceleration", "The Global Startup Acceleration Programme.")
    assert together("startup", "acceleration", "The Global Startup Acceleration Programme.")
    assert not together("acceleration", "global", "The Global Startup Acceleration Programme.")
    assert not together("global", "goal", "Global growth and local reach: our goal.")
    assert not together("technology", "chief", "Technology, the chief said, matters.")
    # A "+" joins the parts of a name.
    assert together("stem", "e", "The STEM+E Competition 2022 drew 400 students.")


def test_only_the_two_words_before_a_kind_of_thing_are_a_name() -> None:
    def never(first: str, second: str) -> bool:
        return False

    assert unwritten_names("who runs the chief technology office", never) == [
        "chief technology office"
    ]
    # Describing words, names (rare words) and questions without a kind of thing: no name.
    assert unwritten_names("what is the latest incubation programme", never) == []
    # A comparative tells it against another: "which broader city initiative" names none.
    assert unwritten_names("which broader city initiative was the lab set up for", never) == []
    # A word of totality tells how big the fund is, wherever it stands: "orchard total fund"
    # asks the size of the Orchard fund, not of a "total" one.
    assert unwritten_names("orchard total fund size", never) == []
    assert unwritten_names("overall orchard fund size", never) == []
    assert unwritten_names("what will the hku pasteur centre research", never) == []
    assert unwritten_names("how fast is global acceleration", never) == []
    # A plural asks about a sort of thing, which releases name one by one: no name.
    assert unwritten_names("which government talent schemes does it back", never) == []


def test_a_visitors_word_for_a_release_word_is_looked_for_in_the_releases_words(
    park: innovis.Assistant,
) -> None:
    # "tech" is an abbreviation releases spell out: the archive writes "Startup Technology".
    reply = park.ask("what does the startup tech scheme lend")
    assert reply.kind == "answer", reply.text
    assert "lab equipment" in reply.passages[0].text
    assert "bank tech scheme" in park.ask("what does the bank tech scheme lend").text


def test_two_words_held_by_more_texts_than_are_read_count_as_written_together() -> None:
    many = ["Global reach; acceleration."] * 2001

    def together(texts: list[str]) -> bool:
        return writes_together("global", "acceleration", lambda words: texts, lambda word: True)

    assert together(many)
    assert not together(many[:10])
