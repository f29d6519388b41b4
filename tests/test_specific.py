"""Questions naming something the archive never mentions fall back, however well their common
words match; common abbreviations and framing words do not stop an answer."""

from __future__ import annotations

import datetime

import pytest

import innovis
from innovis.answering.specific import capitalised, is_specific


def release(day: str, title: str, *body: str) -> innovis.Document:
    date = datetime.date.fromisoformat(day)
    return innovis.Document(id=day, text="\n".join(body), title=title, date=date)


ARCHIVE = [
    release(
        "2021-03-02",
        "Harbour Lab Names Chief Executive Officer",
        "Ms Petra Quillon will become Chief Executive Officer of the Harbour Lab in May.",
        "She was chief executive of a shipping company for six years.",
    ),
    release(
        "2022-06-14",
        "Harbour Lab Opens Sensor Workshop",
        "The Harbour Lab opened a sensor workshop for startups and students.",
        "The workshop holds forty benches and a clean room.",
    ),
    release(
        "2023-09-20",
        "Harbour Lab Grows",
        "The Harbour Lab counted 85 member companies at the end of the year.",
        "Member companies raised 30 million dollars from investors.",
    ),
]


@pytest.fixture(scope="module")
def lab() -> innovis.Assistant:
    return innovis.Assistant.from_documents(ARCHIVE, today=datetime.date(2024, 1, 1))


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("who is the chief executive of Vantrell Shipping?", "vantrell"),
        ("who is the chief executive of vantrell shipping", "vantrell"),
        ("how many member companies does the Tidegate Council have?", "tidegate"),
        ("who chairs the Productivity Council of the harbour lab?", "productivity"),
    ],
)
def test_a_name_the_archive_never_uses_falls_back(
    lab: innovis.Assistant, question: str, named: str
) -> None:
    reply = lab.ask(question)
    assert reply.kind == "fallback"
    assert f"“{named}”" in reply.text


@pytest.mark.parametrize(
    ("question", "expect"),
    [
        ("who is the CEO of the harbour lab?", "Petra Quillon"),
        ("what does the workshop hold", "forty benches"),
        ("number of member companies at the end of the year", "85 member companies"),
        ("What do you think the sensor workshop holds?", "forty benches"),
    ],
)
def test_common_words_abbreviations_and_framing_words_still_answer(
    lab: innovis.Assistant, question: str, expect: str
) -> None:
    reply = lab.ask(question)
    assert reply.kind == "answer", reply.text
    assert expect in reply.passages[0].text


def test_names_are_told_from_common_words() -> None:
    assert is_specific("vantrell") and is_specific("sethi-blake")
    assert not is_specific("think") and not is_specific("r&d")
    assert is_specific("productivity", capitalised=True)
    assert not is_specific("productivity") and not is_specific("world", capitalised=True)
    assert capitalised("Who chairs the Quarry Council? And Tom?") == {"quarry", "council", "tom"}
    assert capitalised("What is new. Thanks") == set()
