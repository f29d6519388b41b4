"""The dateline before a release's first sentence is cut off it: it is never quoted and its
place, wire and date never match a question (invented text)."""

from __future__ import annotations

import datetime

import pytest
from releases import release

import innovis
from innovis.cleaning.datelines import dateline_end
from innovis.cleaning.page import clean


@pytest.mark.parametrize(
    ("block", "sentence"),
    [
        ("(Harbour City, 14 March 2024) – Quarry Park opened a hall.", "Quarry Park"),
        ("(Harbour City, 14 March, 2024) — Quarry Park opened a hall.", "Quarry Park"),
        ("(Harbour City, 14 March 2024) Quarry Park opened a hall.", "Quarry Park"),
        ("HARBOUR CITY – Wirenews – 14 March 2024 – Quarry Park opened a hall.", "Quarry Park"),
        ("HARBOUR CITY SAR - Wire Desk Newswire - 14 March 2024–Quarry Park opened.", "Quarry"),
        ("HARBOUR CITY, March 14, 2024 /Wirenews/ -- Quarry Park opened a hall.", "Quarry Park"),
        ("Harbour City, Mar. 14, 2024 /Wirenews/ -- Quarry Park opened a hall.", "Quarry Park"),
        ("HARBOUR CITY, Mar 14 (Wirenews) - Quarry Park opened a hall.", "Quarry Park"),
        ("HARBOUR CITY, March 14, 2024 (WIRE DESK) — Quarry Park opened a hall.", "Quarry Park"),
        ("ORLIN, Westmark, Mar. 14 (Wirenews) -- Quarry Park opened a hall.", "Quarry Park"),
        ("HARBOUR CITY--()--Quarry Park opened a hall.", "Quarry Park"),
        ("HARBOUR CITY--Wirenews--14 March 2024--Quarry Park opened a hall.", "Quarry Park"),
        ("HARBOUR CITY: Quarry Park opened a hall.", "Quarry Park"),
        ("ORLIN (Wirenews) — Quarry Park opened a hall.", "Quarry Park"),
        ("Harbour City (14 March 2024) – Quarry Park opened a hall.", "Quarry Park"),
        ("14 March 2024, Harbour City - The hall opened.", "The hall"),
        ("date 2024-03-14 HARBOUR CITY – Wirenews – 14 March 2024–Quarry Park opened.", "Quarry"),
        ("2024-03-14 09:30 Quarry Park opened a hall.", "Quarry Park"),
    ],
)
def test_a_dateline_is_cut_off_the_sentence_it_opens(block: str, sentence: str) -> None:
    assert block[dateline_end(block) :].startswith(sentence)


@pytest.mark.parametrize(
    "block",
    [
        "Quarry Park (QP) — created to serve the city's startups — opened a hall.",
        "Lee - appointed chairman from July - said the park would grow.",
        "Dr Ada Kerrow, Chairman of QP, said: “The hall is full.”",
        "On 14 March 2024 – a Thursday – the hall opened.",
        "QP – The park opened a hall.",
        "Quarry Science Park (QSP) – The park opened a hall.",
        "Under the theme “Build Now”, the programme opened.",
        "(From left) Ms Lo and Mr Ho open the hall.",
    ],
)
def test_a_sentence_that_only_looks_like_one_keeps_its_opening(block: str) -> None:
    assert dateline_end(block) == 0


def test_the_dateline_is_a_label_and_the_sentence_after_it_is_body() -> None:
    text = "Quarry Park Opens a Hall\nHARBOUR CITY – Wirenews – 14 March 2024 – Quarry Park opened."
    found = [(block.kind, text[block.start : block.end]) for block in clean(text)]
    assert found == [
        ("heading", "Quarry Park Opens a Hall"),
        ("label", "HARBOUR CITY – Wirenews – 14 March 2024 –"),
        ("body", "Quarry Park opened."),
    ]


ARCHIVE = [
    release(
        "2024-03-14",
        "Quarry Park Opens a Sensor Hall",
        "ORLIN CITY – Wirenews Media Desk – 14 March 2024 – Quarry Park opened a sensor hall "
        "with forty benches for its startups.",
        "The hall is open to students on Saturdays.",
    ),
    release(
        "2023-09-02",
        "Orlin City Council Opens a Ferry Pier",
        "The council of Orlin City opened a ferry pier for commuters, its mayor said.",
        "Ferries will run every twenty minutes.",
    ),
]


@pytest.fixture(scope="module")
def parks() -> innovis.Assistant:
    return innovis.Assistant.from_documents(ARCHIVE, today=datetime.date(2025, 1, 1))


def test_the_answer_quotes_the_first_sentence_without_its_dateline(
    parks: innovis.Assistant,
) -> None:
    reply = parks.ask("how many benches does the sensor hall have?")
    assert reply.kind == "answer"
    assert reply.passages[0].text.startswith("Quarry Park opened a sensor hall with forty benches")
    assert "Wirenews" not in reply.text


def test_the_wire_named_in_a_dateline_is_not_what_the_release_says(
    parks: innovis.Assistant,
) -> None:
    reply = parks.ask("what does the Wirenews media desk do?")
    assert reply.kind == "fallback"


@pytest.mark.parametrize(
    "dateline",
    [
        "Harbour City (14 March 2024) –",
        "HARBOUR CITY, Mar 14 (Wirenews) -",
        "HARBOUR CITY--()--",
        "(Harbour City, 14 March 2024)",
    ],
)
def test_photo_captions_at_the_top_end_where_the_dateline_opens_the_body(dateline: str) -> None:
    text = (
        "Photos:\nGuests tour the drone depot.\nA delivery drone lands on the east pier\n"
        f"{dateline} The park opened a drone depot today. It has six pads.\n"
        "The depot cost HC$20 million."
    )
    found = [(block.kind, text[block.start : block.end]) for block in clean(text)]
    assert found[-2:] == [
        ("body", "The park opened a drone depot today. It has six pads."),
        ("body", "The depot cost HC$20 million."),
    ]
