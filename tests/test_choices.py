"""Alternative questions: "can I apply anytime, or is there a deadline?" is answered by a
release that answers the first guess."""

from __future__ import annotations

import datetime

import pytest
from releases import release

import innovis
from innovis.answering.question.choices import first_choice

ARCHIVE = [
    release(
        "2024-02-02",
        "Harbour Incubator Doubles Its Bench Space",
        "Founders of hardware startups can apply to the Harbour Incubator for bench space"
        " and mentoring from its engineers.",
        "Applications from founders to the Harbour Incubator are open throughout the year.",
    ),
    release(
        "2023-03-01",
        "Larchmont Park Counts Its Companies",
        "Larchmont Park counted 320 member companies at the end of 2022.",
    ),
]


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("Can I apply anytime, or is there a deadline?", "Can I apply anytime?"),
        (
            "can i apply for incubation anytime or is there a deadline",
            "can i apply for incubation anytime",
        ),
        ("do founders pay rent or do they get bench space free", "do founders pay rent"),
        # One question with "or" inside a clause asks about either thing, not two guesses.
        ("is the fund open or closed", "is the fund open or closed"),
        ("does the park or the council run the fund", "does the park or the council run the fund"),
        # Not a yes/no question: "or" joins what is asked of.
        ("who chairs the board or is there none", "who chairs the board or is there none"),
    ],
)
def test_the_second_guess_of_an_alternative_question_is_left_out(question: str, first: str) -> None:
    assert first_choice(question) == first


def test_an_alternative_question_is_answered_by_its_first_guess() -> None:
    # No release says "deadline": the question used to fall back ("They never mention
    # deadline"), though the release tells when one may apply.
    assistant = innovis.Assistant.from_documents(ARCHIVE, today=datetime.date(2025, 3, 10))
    reply = assistant.ask(
        "can founders apply to the harbour incubator anytime or is there a deadline"
    )
    assert reply.kind == "answer", reply.text
    assert "throughout the year" in reply.passages[0].text


def test_the_words_an_archive_lacks_are_those_of_the_first_guess() -> None:
    # The second guess is not searched, so its words are no words the archive lacks: the
    # fallback used to say it never mentions "zebra".
    assistant = innovis.Assistant.from_documents(ARCHIVE, today=datetime.date(2025, 3, 10))
    reply = assistant.ask("did the harbour incubator double its founders or is there a zebra")
    assert reply.kind == "fallback"
    assert "zebra" not in reply.text
