"""A release saved cut short ends in a paragraph without its full stop: that paragraph is still
body text, quoted as readily as any other, not discounted as a heading (invented text)."""

from __future__ import annotations

import datetime

from releases import release

import innovis

ARCHIVE = [
    release(
        "2025-04-08",
        "Larch Park Launches the Larch Growth Fund",
        "Larch Park today launched the Larch Growth Fund, the city's first public-private fund "
        "for young technology companies, managed by a subsidiary of the park, and named its "
        "first four partners.",
        # The page was saved cut short: its last paragraph stops mid-sentence.
        "Focusing on three sectors, robotics, marine sensors and batteries, the fund sets off on "
        "a mission to invest with its visionary partners in young companies at the seed and early",
    ),
    release(
        "2023-02-01",
        "Larch Park Annual Review",
        "Larch Park grew to 300 companies in 2022.",
        "Its startups raised money from investors in many sectors.",
    ),
    release(
        "2022-02-01",
        "Larch Park Opens a Lab",
        "Larch Park opened a battery lab for startups.",
        "The lab has ten benches.",
    ),
]


def test_the_last_paragraph_of_a_page_cut_short_answers() -> None:
    assistant = innovis.Assistant.from_documents(ARCHIVE, today=datetime.date(2025, 6, 1))
    reply = assistant.ask("what sectors does the larch growth fund invest in")
    assert reply.kind == "answer"
    assert "robotics, marine sensors and batteries" in reply.passages[0].text
