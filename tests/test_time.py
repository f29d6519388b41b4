"""Time in questions: periods keep to releases of their dates, "now" prefers the newest release,
"earliest" the oldest, and "what's new?" lists releases by date."""

from __future__ import annotations

import datetime

import pytest
from releases import release

import innovis
from innovis.answering.kinds.periods import read_time

TODAY = datetime.date(2025, 3, 10)


ARCHIVE = [
    release(
        "2014-05-02",
        "Board Appoints Ms Alma Rieger as Chair",
        "Ms Alma Rieger was appointed chair of the Harbourside Robotics Guild today.",
        "The guild counted 120 member companies at the end of the year.",
    ),
    release(
        "2016-09-12",
        "Guild Opens a Test Pool for Underwater Drones",
        "The guild opened a test pool where members can try underwater drones.",
        "The pool is twenty metres long.",
    ),
    release(
        "2019-06-20",
        "Guild Appoints Mr Tobiah Lunde as Chair",
        "Mr Tobiah Lunde was appointed chair of the Harbourside Robotics Guild today.",
        "The guild counted 310 member companies at the end of the year.",
    ),
    release(
        "2024-02-14",
        "Guild Names Dr Esme Varga Chair",
        "Dr Esme Varga was appointed chair of the Harbourside Robotics Guild today.",
        "She succeeds Mr Tobiah Lunde, who led the guild for five years.",
        "The guild counted 560 member companies at the end of the year.",
    ),
    release(
        "2024-11-05",
        "Drone Race Draws Crowds",
        "Four thousand people watched the guild's underwater drone race in the harbour.",
    ),
]


@pytest.fixture(scope="module")
def guild() -> innovis.Assistant:
    return innovis.Assistant.from_documents(ARCHIVE, today=TODAY)


def quoted(reply: innovis.Reply) -> str:
    assert reply.kind == "answer", reply.text
    return reply.passages[0].text


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("who is the chair of the guild?", "Varga"),
        ("who chairs the guild now", "Varga"),
        ("current chair of the guild", "Varga"),
        ("who was the earliest chair of the guild?", "Rieger"),
        ("who was chair of the guild in 2019", "Lunde"),
        ("who was chair of the guild in 2021?", "Lunde"),
        ("who was chair of the guild in 2015?", "Rieger"),
        ("who was chair back in 2015", "Rieger"),
        ("who was appointed chair last year?", "Varga"),
        ("guild chair 2021", "Lunde"),
        ("chair 2015", "Rieger"),
    ],
)
def test_who_holds_a_post_depends_on_when(
    guild: innovis.Assistant, question: str, name: str
) -> None:
    assert name in quoted(guild.ask(question))


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("how many member companies does the guild have?", "560"),
        ("latest member companies", "560"),
        ("how many member companies were there in 2014", "120"),
        ("member companies before 2020", "310"),
    ],
)
def test_yearly_figures_follow_the_period_asked(
    guild: innovis.Assistant, question: str, figure: str
) -> None:
    assert figure in quoted(guild.ask(question))


def test_a_successor_is_found_in_the_newer_release(guild: innovis.Assistant) -> None:
    reply = guild.ask("who succeeded Mr Lunde as chair?")
    assert reply.kind == "answer"
    assert reply.passages[0].title == "Guild Names Dr Esme Varga Chair"


def test_the_newest_release_must_hold_the_kind_of_answer_asked_for() -> None:
    cheering = release(
        "2025-01-20",
        "Guild Members Cheer",
        "Member companies of the guild cheered the winners of the drone race.",
    )
    assistant = innovis.Assistant.from_documents([*ARCHIVE, cheering], today=TODAY)
    # The newest release names the guild's member companies but does not count them.
    assert "560" in quoted(assistant.ask("how many member companies does the guild have?"))


def test_the_answer_shows_the_date_of_what_it_quotes(guild: innovis.Assistant) -> None:
    reply = guild.ask("who was chair of the guild in 2019")
    assert "20 Jun 2019" in reply.text
    assert reply.passages[0].date == datetime.date(2019, 6, 20)


def test_a_period_without_releases_falls_back_and_says_so(guild: innovis.Assistant) -> None:
    reply = guild.ask("what did the guild open in 2022?")
    assert reply.kind == "fallback"
    assert "none of them is from 2022" in reply.text
    assert "test pool" in quoted(guild.ask("what did the guild open in 2016?"))


def test_an_event_of_another_year_is_not_quoted_for_the_year_asked(
    guild: innovis.Assistant,
) -> None:
    assert guild.ask("how many people watched the drone race in 2016").kind == "fallback"
    assert "Four thousand" in quoted(guild.ask("how many people watched the drone race in 2024"))


def test_a_year_still_to_come_is_searched_for_not_a_period() -> None:
    plan = release(
        "2022-04-01",
        "Guild Publishes Its Plan",
        "The guild's 2030 blueprint aims at 1,000 member companies.",
    )
    assistant = innovis.Assistant.from_documents([*ARCHIVE, plan], today=TODAY)
    assert "1,000" in quoted(assistant.ask("what does the 2030 blueprint aim at?"))


def test_without_dates_a_year_is_a_word_to_search_for() -> None:
    undated = [
        innovis.Document("a", "The harbour festival of 1998 drew large crowds to the quays."),
        innovis.Document("b", "The harbour festival of 2004 was cancelled because of storms."),
        innovis.Document("c", "The ferry pier was rebuilt with stone from the old fort."),
    ]
    assistant = innovis.Assistant.from_documents(undated, today=TODAY)
    assert "cancelled" in quoted(assistant.ask("what about the harbour festival in 2004?"))
    assert "crowds" in quoted(assistant.ask("what about the harbour festival in 1998?"))


def test_relative_periods_are_read_against_the_injected_date() -> None:
    later = innovis.Assistant.from_documents(ARCHIVE, today=datetime.date(2017, 1, 3))
    assert "test pool" in quoted(later.ask("what did the guild open last year?"))
    ticking = innovis.Assistant.from_documents(ARCHIVE, today=lambda: datetime.date(2025, 1, 3))
    assert "drone race" in quoted(ticking.ask("what did people watch last year?"))


@pytest.mark.parametrize(
    "question", ["What's new?", "latest news", "list the releases", "whats new", "any news?"]
)
def test_whats_new_lists_releases_newest_first(guild: innovis.Assistant, question: str) -> None:
    reply = guild.ask(question)
    assert reply.kind == "answer"
    lines = [line for line in reply.text.splitlines() if line.startswith("•")]
    assert lines[0] == "• 5 Nov 2024 — Drone Race Draws Crowds"
    assert lines[-1] == "• 2 May 2014 — Board Appoints Ms Alma Rieger as Chair"
    assert reply.passages[0].title == "Drone Race Draws Crowds"


def test_any_news_after_a_quote_lists_releases_and_which_release_names_its_source(
    guild: innovis.Assistant,
) -> None:
    chat = guild.conversation()
    chat.ask("who chaired the guild in 2014?")
    assert chat.ask("any news?").text.startswith("The newest press releases")
    chat.ask("who chaired the guild in 2014?")
    assert chat.ask("which release?").kind == "source"


@pytest.mark.parametrize("question", ["news from 2024", "what was new in 2024?"])
def test_news_from_a_year_lists_only_that_year(guild: innovis.Assistant, question: str) -> None:
    reply = guild.ask(question)
    assert "Guild Names Dr Esme Varga Chair" in reply.text
    assert "Drone Race" in reply.text and "Rieger" not in reply.text
    empty = guild.ask("any news from 2012?")
    assert empty.kind == "fallback" and "2012" in empty.text


@pytest.mark.parametrize("question", ["what did the guild do in 2016", "the guild in 2016"])
def test_a_period_and_only_the_archives_own_name_asks_for_its_news(
    guild: innovis.Assistant, question: str
) -> None:
    reply = guild.ask(question)
    assert reply.text.startswith("Press releases from 2016"), reply.text
    assert "Test Pool" in reply.text


@pytest.mark.parametrize(
    ("question", "start", "end"),
    [
        ("who was ceo in 2014?", "2014-01-01", "2014-12-31"),
        ("what happened in March 2023", "2023-03-01", "2023-03-31"),
        ("figures since 2020", "2020-01-01", None),
        ("who led the board before 2019", None, "2018-12-31"),
        ("releases between 2015 and 2017", "2015-01-01", "2017-12-31"),
        ("what opened last year", "2024-01-01", "2024-12-31"),
        ("news this month", "2025-03-01", "2025-03-31"),
        ("who won three years ago", "2022-01-01", "2022-12-31"),
        ("who is the chairman", None, None),
        ("how many of the 250 startups", None, None),
        ("what does the 2030 blueprint say", None, None),
    ],
)
def test_periods_are_read_from_questions(question: str, start: str | None, end: str | None) -> None:
    frame = read_time(question.lower(), TODAY)
    expected = tuple(datetime.date.fromisoformat(d) if d else None for d in (start, end))
    assert (frame.start, frame.end) == expected


@pytest.mark.parametrize(
    ("question", "order"),
    [
        ("who is the chairman?", "newest"),
        ("how many companies are there", "newest"),
        ("latest figures", "newest"),
        ("who was the first chairman", "oldest"),
        ("what was the grant originally", "oldest"),
        ("who was ceo before ms varga", "oldest"),
        ("who succeeded ms rieger as chair", "newest"),
        ("what is the test pool", None),
        ("how many startups joined", None),
        ("what was the theme of the 2019 summit", None),
        ("which directors left the board last time", "newest"),
    ],
)
def test_newest_or_oldest_is_read_from_questions(question: str, order: str | None) -> None:
    assert read_time(question, TODAY).order == order


@pytest.mark.parametrize(
    ("question", "as_of"),
    [
        ("guild chair 2021", True),
        ("hkstp ceo 2017", True),
        ("summit theme 2019", False),  # no post: the 2018 summit's theme is not 2019's
        ("who opened the pool in 2019", False),  # an event, not how things stood
    ],
)
def test_a_few_words_naming_a_post_and_a_year_ask_who_held_it_then(
    question: str, as_of: bool
) -> None:
    assert read_time(question, TODAY).as_of is as_of


def test_time_words_are_not_searched_for() -> None:
    assert read_time("who is the chairman now?", TODAY).rest == "who is the chairman?"
    assert read_time("who was chairman in 2019", TODAY).rest == "who was chairman"
    assert read_time("who was chairman back in 2019", TODAY).rest == "who was chairman"


def test_a_bad_clock_is_refused() -> None:
    with pytest.raises(innovis.InvalidArgumentError, match="today"):
        innovis.Assistant.from_documents(ARCHIVE, today="yesterday")  # type: ignore[arg-type]


EVENTS = [
    release(
        "2016-04-11",
        "Mayor Visits the Guild",
        "The Mayor, Mr Oren Vask, toured the guild's drone workshop this morning.",
        "The visit began with a briefing by the guild's Chair, Ms Alma Rieger.",
        "He then met young engineers.",
    ),
    release(
        "2019-06-20",
        "Guild Appoints Mr Tobiah Lunde as Chair",
        "Mr Tobiah Lunde was appointed chair of the Harbourside Robotics Guild today.",
    ),
    release(
        "2021-02-02",
        "Guild Opens a Test Pool",
        "The guild opened a test pool for underwater drones.",
        "The pool is twenty metres long.",
    ),
]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # The event picks the release; the sentence answers what is asked of it.
        ("who was chair when the mayor toured the workshop", "Ms Alma Rieger"),
        ("who was chair when mayor vask toured the guild", "Ms Alma Rieger"),
        # The release of the event never says who was chair.
        ("who was chair when the pool opened", None),
    ],
)
def test_a_question_that_says_when_by_an_event(question: str, said: str | None) -> None:
    reply = innovis.Assistant.from_documents(EVENTS, today=TODAY).ask(question)
    if said is None:
        assert reply.kind == "fallback", reply.text
    else:
        assert said in quoted(reply)
