""" "What did X do before joining?" is answered by the sentence of the release that names X and
tells the post held just before, though it says "he" and shares no word with the question."""

from __future__ import annotations

import datetime

import pytest

import innovis
from innovis.answering.kinds.succession import tells_background, tells_previous_post

ARCHIVE = [
    innovis.Document(
        "ceo",
        "The Tamsin Valley Science Trust has appointed Osric Pennell as chief executive, "
        "starting on 1 May.\n"
        "He will bring 25 years of leadership, having held senior roles in Europe and Asia.\n"
        "Most recently, he ran the harbour tunnel programme at the Eastgate Transport "
        "Authority.\n"
        "The trust's chair said the board was delighted.",
        title="Science Trust Names a New Chief Executive",
        date=datetime.date(2025, 3, 3),
    ),
    innovis.Document(
        "cfo",
        "Ms Lowri Castellan is currently finance director at Brackwater Mills, and joins the "
        "trust as chief financial officer in June.",
        title="Science Trust Names a Finance Chief",
        date=datetime.date(2025, 4, 4),
    ),
]


@pytest.fixture(scope="module")
def trust() -> innovis.Assistant:
    return innovis.Assistant.from_documents(ARCHIVE)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("what did osric pennell do before joining?", "harbour tunnel programme"),
        ("where did lowri castellan work before joining the trust?", "Brackwater Mills"),
        # Keywords: "previous job" only asks for the career, which the sentence tells.
        ("osric pennell previous job eastgate", "harbour tunnel programme"),
    ],
)
def test_the_post_held_just_before_is_quoted(
    trust: innovis.Assistant, question: str, said: str
) -> None:
    reply = trust.ask(question)
    assert reply.kind == "answer"
    assert said in reply.passages[0].text


@pytest.mark.parametrize(
    ("sentence", "previous", "career"),
    [
        ("Most recently, he ran the harbour tunnel programme.", True, True),
        ("She is currently finance director at Brackwater Mills.", True, True),
        ("He has held senior roles in Europe and Asia.", False, True),
        ("Ms Castellan is an accountant with rich experience in public finance.", False, True),
        ("He shone in his most recent role as head of the model shop.", True, True),
        ("The trust's chair said the board was delighted.", False, False),
    ],
)
def test_tells_previous_post(sentence: str, previous: bool, career: bool) -> None:
    assert tells_previous_post(sentence) is previous
    assert tells_background(sentence) is career


def test_a_background_is_told_by_the_sentence_of_a_career() -> None:
    # Sentences that name Ms Castellan in full outrank the one that tells her background.
    archive = [
        ARCHIVE[0],
        innovis.Document(
            "quote",
            "Ms Lowri Castellan, finance chief of the trust, said the accounts were sound "
            "against a background of rising costs.",
            title="Science Trust Publishes Its Accounts",
            date=datetime.date(2025, 9, 9),
        ),
        innovis.Document(
            "board",
            "The trust appointed Ms Lowri Castellan to its audit board.\n"
            "Ms Castellan is an accountant with rich experience in public finance.",
            title="Science Trust Names Its Audit Board",
            date=datetime.date(2025, 5, 5),
        ),
    ]
    reply = innovis.Assistant.from_documents(archive).ask("lowri castellan background")
    assert reply.kind == "answer", reply.text
    assert "rich experience" in reply.passages[0].text


@pytest.mark.parametrize(
    "question",
    ["what was dr vasko's role before becoming chief design officer", "imre vasko job before"],
)
def test_a_role_before_a_new_post_is_the_most_recent_one(question: str) -> None:
    appointed = innovis.Document(
        "cdo",
        "The Tamsin Valley Science Trust today named Dr Imre Vasko as its chief design officer.\n"
        "Dr Vasko joined the trust in 2009 and has since served in several teams.\n"
        "He showed his flair for design in his most recent role as head of the model shop.",
        title="Science Trust Names a Chief Design Officer",
        date=datetime.date(2025, 6, 6),
    )
    reply = innovis.Assistant.from_documents([*ARCHIVE, appointed]).ask(question)
    assert reply.kind == "answer", reply.text
    assert "head of the model shop" in reply.passages[0].text
