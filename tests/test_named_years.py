"""A year that modifies a name ("the 2019 harbour plan") names that thing: a later release that
speaks of it answers, while a question about another year's edition still falls back."""

from __future__ import annotations

import datetime

import pytest
from releases import release

import innovis
from innovis.answering.kinds.periods import names_month, names_only, read_time

TODAY = datetime.date(2025, 3, 10)


ARCHIVE = [
    release(
        "2019-03-02",
        "Mayor Opens the Quayside Makerspace",
        "The Mayor opened the Quayside Makerspace, where forty students build robots.",
    ),
    release(
        "2020-05-14",
        "Mayor Reviews a Year of Laboratories",
        "In her 2019 Harbour Plan, the Mayor set aside KB$4 billion for shared laboratories.",
        "Eleven laboratories have opened since then.",
    ),
    release(
        "2023-02-01",
        "Makerspace Grows",
        "The number of members of the Quayside Makerspace has grown from around 150 in 2019 to "
        "420 today.",
        "Ms Rhea Tolland, a member of the makerspace board since 2019, chairs its finance "
        "committee.",
    ),
    release(
        "2022-06-27",
        "Makerspace Names Two Board Members",
        "Mr Ansel Brook and Ms Wen Corr are appointed to the makerspace board for two years "
        "from July 1, 2022.",
    ),
    release(
        "2021-10-20",
        "Quayside Expo 2021 Draws Record Crowds",
        "The Quayside Expo 2021 drew 5,000 visitors, twice as many as the 2019 expo.",
    ),
]


@pytest.fixture(scope="module")
def quayside() -> innovis.Assistant:
    return innovis.Assistant.from_documents(ARCHIVE, today=TODAY)


def test_a_later_release_that_names_the_year_answers(quayside: innovis.Assistant) -> None:
    reply = quayside.ask("how much money did the 2019 harbour plan set aside?")
    assert reply.kind == "answer"
    assert "KB$4 billion" in reply.passages[0].text


def test_a_year_the_archive_writes_before_a_name_names_it_without_an_article(
    quayside: innovis.Assistant,
) -> None:
    # Visitors drop the article: the archive writes "2019 Harbour Plan", so the year names it.
    reply = quayside.ask("how much did the mayor set aside for labs in 2019 harbour plan")
    assert reply.kind == "answer"
    assert "KB$4 billion" in reply.passages[0].text


def test_another_years_edition_does_not_answer(quayside: innovis.Assistant) -> None:
    assert quayside.ask("how many visitors came to the 2019 expo?").kind == "fallback"


def test_a_year_that_says_when_still_keeps_to_its_releases(quayside: innovis.Assistant) -> None:
    reply = quayside.ask("what did the mayor open in 2019?")
    assert reply.kind == "answer" and "Makerspace" in reply.passages[0].text
    assert quayside.ask("how many visitors came to the expo in 2019?").kind == "fallback"


def test_a_later_release_tells_what_was_so_in_the_year(quayside: innovis.Assistant) -> None:
    reply = quayside.ask("how many members did the makerspace have in 2019?")
    assert reply.kind == "answer" and "around 150 in 2019" in reply.passages[0].text


def test_a_state_that_began_in_the_year_does_not_tell_it(quayside: innovis.Assistant) -> None:
    reply = quayside.ask("who chaired the finance committee in 2019?")
    assert reply.kind == "fallback"


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("how much did the 2019 harbour plan set aside", True),
        ("what was the theme of its 2023 graduation party", True),
        ("who was chairman in 2019", False),
        ("what did the mayor open in 2019", False),
        ("news from 2024", False),
    ],
)
def test_a_year_before_a_name_names_it(question: str, named: bool) -> None:
    frame = read_time(question, TODAY)
    assert frame.named is named and frame.start is not None
    assert (frame.start.year in (2019, 2023, 2024)) and (
        str(frame.start.year) in frame.rest
    ) is named


@pytest.mark.parametrize(
    ("sentence", "answers"),
    [
        ("In her 2019 Harbour Plan, the Mayor set aside KB$4 billion.", True),
        ("The Expo 2021 drew twice as many visitors as the 2019 expo.", False),
        ("The plan set aside KB$4 billion.", False),
    ],
)
def test_names_only(sentence: str, answers: bool) -> None:
    assert names_only(sentence, 2019) is answers


@pytest.mark.parametrize(
    ("sentence", "answers"),
    [
        ("Members grew from around 150 in 2019 to 420 today.", True),
        ("She has been a member of the board since 2019.", False),
        ("It plans to double its members to 300 by 2019-20.", True),
    ],
)
def test_names_only_as_the_time(sentence: str, answers: bool) -> None:
    assert names_only(sentence, 2019, as_time=True) is answers


def test_an_earlier_release_tells_the_target_set_for_the_year() -> None:
    archive = [
        *ARCHIVE,
        release(
            "2018-08-16",
            "Makerspace Chief Lays Out Plans",
            "The makerspace chief laid out an ambitious plan to double its members from 150 to "
            "300 by 2021-22.",
            "She said each member would need tools, time and teachers.",
        ),
    ]
    assistant = innovis.Assistant.from_documents(archive, today=TODAY)
    reply = assistant.ask("makerspace member target 2021")
    assert reply.kind == "answer", reply.text
    assert "300 by 2021-22" in reply.passages[0].text


def test_a_release_that_tells_ahead_what_takes_effect_in_a_month_answers(
    quayside: innovis.Assistant,
) -> None:
    # No release is of July 2022; the one of June names it as the start of the appointments.
    reply = quayside.ask("makerspace board appointments in july 2022")
    assert reply.kind == "answer", reply.text
    assert "Ansel Brook" in reply.passages[0].text


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("for two years from July 1, 2022.", True),
        ("on 1 July 2022", True),
        ("in Jul. 2022", True),
        ("in July 2021", False),
        ("on 1 June 2022", False),
    ],
)
def test_a_month_is_named_with_or_without_a_day(sentence: str, named: bool) -> None:
    assert names_month(sentence, 2022, 7) is named


def test_a_release_of_the_year_tells_the_year_that_names_a_thing() -> None:
    archive = [
        release(
            "2019-11-05",
            "Mayor Sets Out Harbour Plan",
            "The Mayor set out her harbour plan in the council chamber on Tuesday.",
            "This year's plan sets aside KB$2 billion for the ferry fleet.",
        ),
        release(
            "2020-05-14",
            "Ferry Fleet Grows",
            "The ferry fleet grew to 30 boats, the council said on 14 May 2020.",
        ),
        release(
            "2021-02-03",
            "Council Reviews Harbour Plans",
            "The council reviewed the 2019 and 2020 harbour plans on Monday.",
        ),
    ]
    assistant = innovis.Assistant.from_documents(archive, today=TODAY)
    # "This year's plan", in a release of 2019, is the 2019 harbour plan.
    reply = assistant.ask("how much did the 2019 harbour plan give the ferry fleet")
    assert reply.kind == "answer", reply.text
    assert "KB$2 billion" in reply.passages[0].text
