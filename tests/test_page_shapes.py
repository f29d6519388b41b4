"""Shapes seen on real press pages: captions closed by a photo credit, and headlines or decks
that repeat the question while the sentence under them answers (invented text)."""

from __future__ import annotations

import datetime

import pytest
from releases import release

import innovis
from innovis.cleaning.kinds import is_caption


@pytest.mark.parametrize(
    "block",
    [
        "Ms Ada Kerrow will take over as director from 1 March. Photo: Teal Studio",
        "Guests at the opening of the glass lab. Photo by Ben Orr",
        "Image credits: Harbourline, Press Office",
        "The new hall seen from the lake. (Photo/Rowan Pike)",
        "Finalists pose on stage with the judges. (PROVIDED TO THE DAILY LEDGER)",
    ],
)
def test_a_block_closed_by_a_photo_credit_is_a_caption(block: str) -> None:
    assert is_caption(block)


@pytest.mark.parametrize(
    "block",
    [
        "Visitors can view images: maps, plans and drawings.",
        "The photo exhibition opens on Monday.",
        "The prize was presented by the mayor.",
    ],
)
def test_sentences_about_photos_are_not_captions(block: str) -> None:
    assert not is_caption(block)


ARCHIVE = [
    release(
        "2023-06-09",
        "Quarry Park Celebrates Its Graduates",
        # A newswire deck without a full stop, repeating the question's words.
        "Incubation Graduation Ceremony 2023 celebrates the startups of Quarry Park",
        "QUARRY CITY - Wirenews - 9 June 2023 - Quarry Park today celebrated 212 graduates of "
        "its incubation programme, a record.",
        "Most of them will stay at the park as tenants.",
    ),
    release(
        "2024-02-01",
        "Fenwick Labs Names New Director",
        "Fenwick Labs has named Ms Ada Kerrow as its director, succeeding Mr Io Brand.",
        "Ms Ada Kerrow will lead Fenwick Labs as director from 1 March. Photo: Teal Studio",
        "She previously ran a glassworks in Orlin for twelve years.",
    ),
    release(
        "2022-04-03",
        "Quarry Park Opens a Sensor Hall",
        "Quarry Park opened a sensor hall with forty benches.",
        "The hall is open to students on Saturdays.",
    ),
    release(
        "2021-09-12",
        "Quarry Park Signs with Two Universities",
        "Quarry Park signed agreements with two universities on joint research.",
        "Students will work on projects at the park.",
    ),
]


@pytest.fixture(scope="module")
def parks() -> innovis.Assistant:
    return innovis.Assistant.from_documents(ARCHIVE, today=datetime.date(2025, 1, 1))


def test_a_credited_caption_is_not_quoted_where_the_body_answers(parks: innovis.Assistant) -> None:
    reply = parks.ask("who will lead Fenwick Labs as director")
    assert reply.kind == "answer"
    assert reply.passages[0].text.startswith("Fenwick Labs has named Ms Ada Kerrow")


def test_the_sentence_under_a_deck_answers_rather_than_the_deck(parks: innovis.Assistant) -> None:
    reply = parks.ask("how many startups graduated from the incubation programme?")
    assert reply.kind == "answer"
    assert "212 graduates" in reply.passages[0].text
