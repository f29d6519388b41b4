"""A question about a plan or a target ("how many do they want to incubate?") is answered by
the sentence that tells the plan, not by a later count of what was reached."""

from __future__ import annotations

import datetime

import pytest

import innovis
from innovis.answering.kinds.targets import asks_target, tells_target

ARCHIVE = [
    innovis.Document(
        "plan",
        "Fernvale Innovation Hub chairman Mr Idris Kolbe laid out a plan to double the number of "
        "startups it incubates from 140 to 280 by 2026.\n"
        "The hub will also open a second prototyping workshop.",
        title="Fernvale Hub Sets Out Its Plans",
        date=datetime.date(2022, 3, 4),
    ),
    innovis.Document(
        "graduation",
        "The number of startups incubated at the Fernvale Innovation Hub rose to 312 this "
        "year.\n"
        "The hub now incubates startups in robotics, health and green energy.",
        title="Fernvale Hub Celebrates Its Graduates",
        date=datetime.date(2024, 7, 9),
    ),
]


@pytest.fixture(scope="module")
def fernvale() -> innovis.Assistant:
    return innovis.Assistant.from_documents(ARCHIVE)


@pytest.mark.parametrize(
    "question",
    ["how many startups do they want to incubate?", "how many startups will the hub incubate"],
)
def test_a_target_is_answered_by_the_plan(fernvale: innovis.Assistant, question: str) -> None:
    reply = fernvale.ask(question)
    assert reply.kind == "answer"
    assert "280 by 2026" in reply.passages[0].text


def test_a_count_reached_is_still_the_latest(fernvale: innovis.Assistant) -> None:
    reply = fernvale.ask("how many startups are incubated at the hub now?")
    assert reply.kind == "answer" and "312" in reply.passages[0].text


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("how many startups do they want to incubate", True),
        ("how many flats will the hall have", True),
        ("what do they plan to build by 2030", True),
        ("what did the founder want to build", False),
        ("how many startups are incubated now", False),
        ("what is the goal of the fund", False),
        ("incubatee target 2022", True),
    ],
)
def test_asks_target(question: str, asks: bool) -> None:
    assert asks_target(question) is asks


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("He laid out an ambitious plan to double the number of incubatees to 500.", True),
        ("The hall will provide at least 500 residential units.", True),
        ("The land will be made available by 2021 or earlier.", True),
        ("The hub will continue to collaborate with universities.", True),
        ("A total of 641 startups graduated this year.", False),
    ],
)
def test_tells_target(sentence: str, told: bool) -> None:
    assert tells_target(sentence) is told
