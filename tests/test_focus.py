"""What a question asks for: when the archive never writes it, no sentence answers, however
well the rest of the question matches."""

from __future__ import annotations

import datetime

import pytest
from releases import release

import innovis
from innovis.answering.question.focus import focus
from innovis.answering.words.specific import inflections

ARCHIVE = [
    release(
        "2022-04-05",
        "Quayside Works Appoints Chief Executive",
        "Mr Anselm Tregarth will become Chief Executive Officer of Quayside Works in June.",
        "He led the harbour's ferry company for nine years.",
        "Ms Ines Vardy, Vice-President of Harrowgate University, joins the board.",
        "Quayside Works won the Blue Anchor medal for harbour design.",
    ),
    release(
        "2023-02-14",
        "Quayside Park Opens North Hall",
        "The North Hall adds 6,000 square metres of workshops to the park.",
        "Tenants of the hall pay reduced rent for their first year.",
        "Visitors can park in the east car park.",
        "The hall's open day drew 3,000 visitors.",
    ),
    release(
        "2024-10-01",
        "Quayside Works Annual Figures",
        "Quayside Works counted 140 tenant companies, which employ 2,600 staff.",
        "Tenants raised 85 million dollars of funding from investors.",
        "Two tenants took design prizes.",
        "Buyers come to the quay market every Friday.",
    ),
    release(
        "2024-11-02",
        "Quayside Works Launches Harbour Explorers for Schools",
        "Quayside Works launched Harbour Explorers, a programme for secondary school pupils.",
        "Over the year, Harbour Explorers will hold activities in twelve schools.",
        "With Tidewell Robotics, Harbour Explorers will run a drone racing league for the pupils.",
    ),
]


@pytest.fixture(scope="module")
def works() -> innovis.Assistant:
    return innovis.Assistant.from_documents(ARCHIVE, today=datetime.date(2025, 1, 1))


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("what's the salary of the chief executive at Quayside Works?", "salary"),
        ("what salary does the chief executive get", "salary"),
        ("is there parking at the park?", "parking"),
        ("does the north hall have a canteen", "canteen"),
        ("what is the population of the harbour?", "population"),
        # A question of keywords asks for the head of its first noun phrase.
        ("quayside works ceo salary", "salary"),
        ("north hall parking fees per month", "fees"),
        # ... and a phrase of "N of ...", for N.
        ("cost of the north hall workshops", "cost"),
    ],
)
def test_what_the_archive_never_writes_falls_back(
    works: innovis.Assistant, question: str, asked: str
) -> None:
    reply = works.ask(question)
    assert reply.kind == "fallback", reply.text
    assert f"“{asked}”" in reply.text


@pytest.mark.parametrize(
    ("question", "expect"),
    [
        ("how many staff do the tenant companies employ", "2,600 staff"),
        ("what rent do tenants of the north hall pay", "reduced rent"),
        ("how much funding did tenants raise", "85 million dollars"),
        ("who is the chief executive of Quayside Works", "Anselm Tregarth"),
        ("who's the CEO of Quayside Works", "Anselm Tregarth"),
        ("how big is the north hall", "6,000 square metres"),
        # A measure asked for is answered by the measure: no release need say "size"; and a
        # description by what the release says of it: none need say "purpose".
        ("what is the size of the north hall", "6,000 square metres"),
        ("what is the purpose of the north hall", "workshops"),
        # A shell noun ("rationale", "gist", "timeline") asks for what a release tells of a
        # thing in words of its own.
        ("what is the rationale for the north hall", "workshops"),
        ("what's the gist of the quayside works figures", "140 tenant companies"),
        # A general noun ("stuff", "things") stands for whatever the rest asks about.
        ("quayside works stuff for harbour design", "Blue Anchor medal"),
        # So does the general noun of doing: "activity" asks what the named ones do.
        ("harbour explorers tidewell activity", "drone racing league"),
        ("what activities does harbour explorers run with tidewell", "drone racing league"),
        ("what is the north hall housing", "workshops"),
        ("what is the title of Anselm Tregarth", "Chief Executive Officer"),
        # "people" is too common a word to be what a sentence must name.
        ("how many people came to the hall's open day", "3,000 visitors"),
        # One of its kind answers "which prize": the sentence need not say "prize".
        ("which prize did Quayside Works win for harbour design", "Blue Anchor medal"),
    ],
)
def test_what_the_archive_writes_is_answered(
    works: innovis.Assistant, question: str, expect: str
) -> None:
    reply = works.ask(question)
    assert reply.kind == "answer", reply.text
    assert expect in reply.passages[0].text


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("what's the salary of the chief executive?", "salary"),
        ("how many staff does it employ", "staff"),
        ("how much is rent per square metre at the hall", "rent"),
        ("what sectors does the fund invest in", "sectors"),
        ("who is the president of the university", "president"),
        ("is there a shuttle bus to the campus?", "bus"),
        ("does the park have a kindergarten", "kindergarten"),
        ("who is the chief executive now", "executive"),
        ("what is Quayside Works?", None),
        ("what did the chief executive do before", None),
        ("when did the hall open", None),
        # "What" asks for the thing offered; the tenants are whom it is offered to.
        ("what does the hall offer tenants", None),
        ("does the hall offer tenants a canteen", "canteen"),
        # A question in the progressive asks what is done; its verb is no thing asked for.
        ("what is the north hall housing", None),
        ("how much is the foundation putting into the fund", None),
        # A preposition ends the phrase asked for: the story, not the hall.
        ("what is the story behind the north hall", "story"),
        # "have to", "be able to" say what must or can be done, as "must" and "can" do.
        ("do tenants have to pay rent", None),
        ("who is able to use the hall", None),
    ],
)
def test_the_word_a_question_asks_for(question: str, asked: str | None) -> None:
    found = focus(question)
    assert (found and found.word) == asked


def test_inflections_are_forms_derivations_are_other_words() -> None:
    assert {"fund", "funds", "funded", "funding"} <= inflections("funded")
    assert {"company", "companies"} <= inflections("companies")
    assert "product" not in inflections("productivity")
    assert "park" not in inflections("parking")


def test_a_sentence_that_never_names_what_is_asked_does_not_answer(
    works: innovis.Assistant,
) -> None:
    # The archive names staff elsewhere, but nothing near the North Hall's sentence does: its
    # 6,000 square metres do not tell who its staff are.
    reply = works.ask("who are the staff of the north hall")
    assert reply.kind == "fallback", reply.text


def test_another_role_is_not_the_one_asked_for(works: innovis.Assistant) -> None:
    # A vice-president is not the president; asked for, the vice-president is answered.
    assert works.ask("who is the president of Harrowgate University").kind == "fallback"
    reply = works.ask("who is the vice-president of Harrowgate University")
    assert reply.kind == "answer", reply.text
    assert "Ines Vardy" in reply.passages[0].text


def test_a_framing_verb_the_archive_uses_does_not_lower_confidence(
    works: innovis.Assistant,
) -> None:
    # The archive writes "come" elsewhere; the open day's sentence answers without it.
    came = works.ask("how many people came to the open day")
    were = works.ask("how many people were at the open day")
    assert came.kind == were.kind == "answer"
    assert came.passages == were.passages
    assert came.confidence == pytest.approx(were.confidence)


def test_last_in_how_long_only_frames_the_question(works: innovis.Assistant) -> None:
    # The archive never writes "last": it asks for a duration, as "how long" does.
    last = works.ask("how long does the reduced rent last")
    pay = works.ask("how long do tenants pay reduced rent")
    assert last.kind == pay.kind == "answer"
    assert "first year" in last.passages[0].text
    assert last.confidence == pytest.approx(pay.confidence)


MARKET = [
    release(
        "2023-05-02",
        "Quay Market Turns Five",
        "The quay market opened in 2018 and now draws 40 stalls every Friday.",
        "Only registered fishing cooperatives may sell at the market.",
    ),
]


@pytest.mark.parametrize(
    ("question", "expect"),
    [
        # Semi-modals ("be able to", "be allowed to") ask what can be done, as "can" does.
        ("who will be able to sell at the market", "registered fishing cooperatives"),
        ("who is allowed to sell at the market", "registered fishing cooperatives"),
        ("who is required to register at the market", "registered fishing cooperatives"),
        # The verb of "how long has … been …ing" only says that something went on.
        ("how long has the quay market been running", "opened in 2018"),
    ],
)
def test_modal_and_aspect_verbs_are_not_what_is_asked(question: str, expect: str) -> None:
    market = innovis.Assistant.from_documents(MARKET, today=datetime.date(2024, 1, 1))
    reply = market.ask(question)
    assert reply.kind == "answer", reply.text
    assert expect in reply.passages[0].text


def test_a_shell_noun_the_archive_writes_elsewhere_is_not_asked_of_the_answer() -> None:
    archive = [
        release(
            "2023-01-10",
            "Harbour Museum Reopens",
            "The Harbour Museum tells the history of the port in twelve rooms.",
        ),
        release("2023-03-02", "Ferry Pier Repaired", "The east ferry pier reopened after repairs."),
        release(
            "2023-08-19", "Quay Fair Returns", "The quay fair drew 4,000 visitors this summer."
        ),
        release(
            "2024-05-06",
            "Kelvane Lab Turns Five",
            "The Kelvane Lab opened in 2019 with four researchers beside the harbour.",
            "It now grows kelp for three seaweed farms.",
        ),
    ]
    assistant = innovis.Assistant.from_documents(archive, today=datetime.date(2025, 1, 1))
    reply = assistant.ask("what is the history of the kelvane lab")
    assert reply.kind == "answer", reply.text
    assert "opened in 2019" in reply.passages[0].text


def test_the_problem_asked_of_a_thing_is_told_in_a_releases_own_words() -> None:
    # "Problem" is a shell noun too: what a release says went wrong is the answer.
    data = [
        *ARCHIVE,
        release(
            "2021-06-30",
            "Quayside Works Chief Speaks on Harbour Data",
            "Ships send huge amounts of sensor data every hour, but little of it is shared with "
            "the port's planners, Mr Anselm Tregarth said.",
        ),
    ]
    works = innovis.Assistant.from_documents(data, today=datetime.date(2025, 1, 1))
    reply = works.ask("What was the problem with the huge amounts of sensor data ships send?")
    assert reply.kind == "answer", reply.text
    assert "little of it is shared" in reply.passages[0].text
    assert works.ask("what was the problem with the ferry pier").kind == "fallback"


@pytest.mark.parametrize(
    "question", ["blue anchor medal winner", "who is the blue anchor medal winner"]
)
def test_an_agent_noun_of_an_irregular_verb_is_written_as_its_past(
    works: innovis.Assistant, question: str
) -> None:
    # The archive writes "won", not "winner" nor "win": the winner is who won.
    assert "won the Blue Anchor medal" in works.ask(question).passages[0].text


def test_what_kind_of_thing_is_answered_by_one_of_its_kind() -> None:
    # "Entity" names the category asked; the release gives one: "a public trust".
    data = [
        *ARCHIVE,
        release(
            "2024-11-05",
            "Quayside Works Launches a Harbour Fund",
            "Quayside Works launched a Harbour Fund of 50 million dollars for tenant companies.",
            "The Harbour Fund launched by Quayside Works is managed by a public trust.",
        ),
    ]
    works = innovis.Assistant.from_documents(data, today=datetime.date(2025, 1, 1))
    reply = works.ask("What kind of entity manages the Harbour Fund that Quayside Works launched?")
    assert reply.kind == "answer", reply.text
    assert "a public trust" in reply.passages[0].text


def test_keywords_ask_for_the_head_of_their_phrase() -> None:
    # "annual revenue" asks for revenue, which the archive writes only of startups: the
    # sentence on the trust's annual regatta holds every other word but tells no revenue.
    assistant = innovis.Assistant.from_documents(
        [
            release(
                "2023-06-01",
                "Harbourline Trust Holds Regatta",
                "Harbourline Trust held its annual regatta on the bay, drawing 40 boats.",
                "Sailors from six clubs raced for the Bay Cup.",
            ),
            release(
                "2024-02-01",
                "Harbourline Trust Backs Startups",
                "Startups with revenue under one million dollars may apply for grants.",
                "The trust also runs a mentoring scheme for founders.",
            ),
        ]
    )
    reply = assistant.ask("harbourline trust annual revenue")
    assert reply.kind == "fallback", reply.text
    assert "40 boats" in first_quote(assistant, "harbourline trust annual regatta")


def first_quote(assistant: innovis.Assistant, question: str) -> str:
    reply = assistant.ask(question)
    assert reply.kind == "answer", reply.text
    return reply.passages[0].text


@pytest.mark.parametrize(
    "question",
    [
        "quayside works reaction to the harbour plan",
        "what was the response of quayside works to the harbour plan",
        "quayside works stance on harbour plan",
    ],
)
def test_a_stance_asked_is_told_by_what_the_party_says(question: str) -> None:
    archive = [
        *ARCHIVE,
        release(
            "2024-12-05",
            "Quayside Works Welcomes the Harbour Plan",
            "Quayside Works welcomes the measures for startups in the city's Harbour Plan.",
            "The plan sets aside land for two more workshops by the quay.",
        ),
    ]
    assistant = innovis.Assistant.from_documents(archive, today=datetime.date(2025, 1, 1))
    # What a party thinks of a thing, its release tells by a verb ("welcomes"), not "reaction".
    reply = assistant.ask(question)
    assert reply.kind == "answer", reply.text
    assert "welcomes the measures" in reply.passages[0].text
