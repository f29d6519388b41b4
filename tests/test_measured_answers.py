"""A question that asks for a measure ("how tall") is answered by the release that gives it,
in the sentence quoted or the one after it, over one that only mentions the thing measured
(invented text)."""

from __future__ import annotations

import datetime

from releases import release

import innovis


def test_the_release_that_gives_the_height_answers_how_tall() -> None:
    assistant = innovis.Assistant.from_documents(
        [
            release(
                "2019-06-18",
                "Corran Tower Tops Out at Ashgrove Park",
                "Ashgrove Parks held a topping-out ceremony for Corran Tower today. The "
                "18-storey building will add laboratories for robotics to the park.",
                "The tower will open in the spring of 2020.",
            ),
            release(
                "2024-09-17",
                "Pellow Labs Opens Its Centre at Corran Tower",
                "Pellow Labs, a maker of medical sensors, today opened its research centre on "
                "three floors of Corran Tower at Ashgrove Park.",
                "The centre will employ 120 engineers by 2027.",
            ),
        ],
        today=datetime.date(2025, 3, 10),
    )
    reply = assistant.ask("how tall is corran tower?")
    assert reply.kind == "answer"
    assert "18-storey" in reply.passages[0].text
