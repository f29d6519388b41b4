"""Questions naming something the archive never mentions fall back, however well their common
words match; common abbreviations and framing words do not stop an answer."""

from __future__ import annotations

import datetime
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from releases import release

import innovis
from innovis.answering.words.abbreviations import COMMON, expands, long_form, spelled_out
from innovis.answering.words.specific import (
    capitalised,
    coined,
    is_specific,
    specific_unknowns,
    underived,
    unknown_weight,
)

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
        "Their products range from buoys to harbour cranes.",
        "Its new Signal House is a 12-storey building beside the quay.",
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
        ("what does HarbourX do for startups?", "harbourx"),
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


@pytest.mark.parametrize("question", ["explain the workshop", "describe the workshop"])
def test_a_request_to_explain_asks_what_it_is(question: str) -> None:
    # The archive writes "explain" and "describe" elsewhere: they only ask for a description.
    archive = [
        *ARCHIVE,
        release(
            "2023-11-11",
            "Harbour Lab Briefing",
            "The chief executive will explain the budget and describe the new quay at a briefing.",
        ),
    ]
    reply = innovis.Assistant.from_documents(archive, today=datetime.date(2024, 1, 1)).ask(question)
    assert reply.kind == "answer", reply.text
    assert "workshop" in reply.passages[0].text


def test_names_are_told_from_common_words() -> None:
    assert is_specific("vantrell") and is_specific("sethi-blake")
    assert not is_specific("think") and not is_specific("r&d")
    assert is_specific("productivity", capitalised=True)
    assert not is_specific("productivity") and not is_specific("world", capitalised=True)
    assert capitalised("Who chairs the Quarry Council? And Tom?") == {"quarry", "council", "tom"}
    assert capitalised("What is new. Thanks") == set()


@pytest.mark.parametrize(
    "question",
    [
        "how many member companies did the lab get",
        "how many member companies came to the lab",
        "how tall is Signal House?",
    ],
)
def test_loose_verbs_and_what_how_measures_do_not_count_against_an_answer(
    lab: innovis.Assistant, question: str
) -> None:
    reply = lab.ask(question)
    assert reply.kind == "answer", reply.text
    assert reply.confidence > 0.8


def test_a_rare_form_of_a_common_word_is_no_name() -> None:
    # "teaming" is rarer in English than names are, but it is "team" with an ending.
    words = ["teaming", "partnering", "fernhollow", "quillsteps"]
    assert specific_unknowns(words, lambda word: False) == ["fernhollow", "quillsteps"]


@pytest.mark.parametrize(
    "question",
    [
        "can students use a printer at the sensor workshop",
        "can students use printers in the sensor workshop",
    ],
)
def test_a_fairly_rare_word_the_archive_lacks_weighs_against_an_answer(
    lab: innovis.Assistant, question: str
) -> None:
    # The rest of the question matches the workshop's sentence; printers are never mentioned.
    assert lab.ask("can students use the sensor workshop").kind == "answer"
    assert lab.ask(question).kind == "fallback"


def test_a_loose_common_word_weighs_once_a_rarer_one_more() -> None:
    assert unknown_weight("people") == unknown_weight("discussed") == 1.0
    assert 1.0 < unknown_weight("salary") < unknown_weight("printer")
    assert unknown_weight("printers") == unknown_weight("printer")


def test_every_abbreviation_is_one_run_of_word_characters() -> None:
    # spelled_out finds them by looking up each run of word characters and ampersands.
    assert all(re.fullmatch(r"[\w&]+", short) for short in COMMON)


@given(
    st.lists(
        st.sampled_from([*COMMON, "the", "r", "d", "ceos", "ces", "x&ceo", "CEO", "ceo-", "é"])
        | st.sampled_from([" ", "&", "-", "'", ", ", "?", "_", "1"]),
        max_size=12,
    ).map("".join)
)
def test_abbreviations_are_spelled_out_where_a_pattern_of_them_all_would_find_them(
    question: str,
) -> None:
    uses = {"chief", "executive", "officer", "ceo", "research", "development", "champion"}
    # A run inside a hyphenated word ("tech" of "incu-tech") is part of a name: never spelled out.
    # A plural ("ceos") is read as its singular's long form, unless "ce" or "ic".
    alternatives = "|".join(map(re.escape, COMMON))
    plurals = "|".join(re.escape(short) for short in COMMON if short not in ("ce", "ic"))
    words = re.compile(r"(?<![\w&-])((?:" + alternatives + r"|(?:" + plurals + r")s))(?![\w&]|-\w)")

    def add(match: re.Match[str]) -> str:
        short = match.group(1)
        long = long_form(short)
        if long is None or not expands(short, uses.__contains__):
            return short
        return f"{short} {long}" if short in uses else long

    assert spelled_out(question, uses.__contains__) == words.sub(add, question)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Who runs InvestKB and the InnoLab?", {"investkb", "innolab"}),
        ("What is the San Tin Technopole?", set()),
        ("iPhone sales at eBay’S", {"iphone", "ebay’s"}),
        ("ALL CAPS and lower", set()),
    ],
)
def test_coined_names_are_words_with_a_capital_inside(text: str, names: set[str]) -> None:
    assert coined(text) == names


def test_a_fallback_names_what_is_missing_not_the_framing_words(lab: innovis.Assistant) -> None:
    reply = lab.ask("how do I get to the sensor workshop by ferry?")
    assert reply.kind == "fallback"
    assert "“ferry”" in reply.text
    assert "“get”" not in reply.text


GARDEN = [
    release(
        "2024-04-09",
        "Harbour Lab Opens Roof Garden",
        "The Harbour Lab opened a roof garden planted with green walls and olive trees.",
        "Young inventors from eight schools will show their robots in the garden.",
    ),
]


@pytest.mark.parametrize(
    ("question", "expect"),
    [
        # An ordinary word derived from one a release uses ("greenery" of "green",
        # "youngsters" of "young") is said there in its base's form: no name it lacks.
        ("is there any greenery in the roof garden", "green walls"),
        ("how many youngsters will show robots in the garden", "Young inventors"),
        ("tell me about the greenery's walls", "green walls"),
    ],
)
def test_a_derived_word_is_read_as_the_word_a_release_uses(question: str, expect: str) -> None:
    garden = innovis.Assistant.from_documents(GARDEN, today=datetime.date(2025, 1, 1))
    reply = garden.ask(question)
    assert reply.kind == "answer", reply.text
    assert expect in reply.passages[0].text


def test_derivations_are_rarer_than_their_base() -> None:
    uses = {"green", "sign", "park", "sum", "busy", "tenant"}.__contains__
    assert underived("greenery", uses) == "green"
    assert underived("signage", uses) == "sign"
    assert underived("attendees", {"attend"}.__contains__) == "attend"
    assert underived("finalists", {"final"}.__contains__) == "final"
    # A relation or a status is not its holder: a tenancy is no tenant.
    assert underived("tenancy", uses) is None
    # "-ability" is "-able" and "-ity": "walkability" of "walkable", of "walk".
    assert underived("walkability", {"walk"}.__contains__) == "walk"
    # "Parking" is no park, nor is a word commoner than its look-alike derived from it.
    assert underived("parking", uses) is None
    assert underived("summer", uses) is None
    assert underived("business", uses) is None


BUDGET = [
    release(
        "2024-02-21",
        "Harbour Lab Budget Backs Robotics",
        "Earmarking $80 million for the Harbour Lab to help schools teach robotics.",
        "The lab will also open a second workshop in Kowloon.",
    ),
]


def test_a_phrasal_verbs_particle_is_no_word_the_archive_lacks() -> None:
    # "Set aside" says what "earmarking" says: a release that never writes "aside" answers.
    lab = innovis.Assistant.from_documents(BUDGET, today=datetime.date(2025, 1, 1))
    reply = lab.ask("how much was set aside to help schools teach robotics")
    assert reply.kind == "answer", reply.text
    assert "$80 million" in reply.passages[0].text
    # The particle is only a particle: what the question names still has to be there.
    assert lab.ask("how much was set aside for the ferry pier").kind == "fallback"


MOU = [
    release(
        "2024-10-02",
        "Harbour Lab Signs with Two Universities",
        "The Harbour Lab and two universities signed a memorandum in Lisbon to set up a joint "
        "marine sensing laboratory.",
        "The lab's chairman thanked the universities.",
    ),
    release("2024-12-12", "Harbour Lab Hires", "The lab hired 40 engineers for its workshops."),
]


def test_a_catenative_verb_the_corpus_never_uses_is_no_word_it_lacks() -> None:
    # "Agreed to set up" asks what was set up: "signed a memorandum to set up" tells it.
    lab = innovis.Assistant.from_documents(MOU, today=datetime.date(2025, 1, 1))
    reply = lab.ask("What did the Harbour Lab and the universities agree to set up?")
    assert reply.kind == "answer", reply.text
    assert "marine sensing laboratory" in reply.passages[0].text


SPEECH = [
    release(
        "2023-05-04",
        "Minister Welcomes New Board of the Harbour Lab",
        "The Minister for Industry welcomed the new board of the Harbour Lab today.",
        '"Over the years, the Harbour Lab has built a record as a cradle of marine sensing '
        'companies," the Minister for Industry said.',
    ),
    release("2024-12-12", "Harbour Lab Hires", "The lab hired 40 engineers for its workshops."),
    release("2024-06-01", "Harbour Lab Opens a Pool", "The lab opened a test pool for drones."),
    release("2024-03-15", "Harbour Lab Trains Pilots", "The lab trained 60 drone pilots."),
]


@pytest.mark.parametrize(
    "question",
    [
        "How did the Minister for Industry characterise the Harbour Lab's record?",
        "How did the Minister for Industry characterize the Harbour Lab's record?",
        "How did the Minister for Industry describe the Harbour Lab's record?",
    ],
)
def test_a_verb_of_saying_the_corpus_never_uses_is_no_word_it_lacks(question: str) -> None:
    # A release quotes what was said without "characterise" or "describe".
    lab = innovis.Assistant.from_documents(SPEECH, today=datetime.date(2025, 1, 1))
    reply = lab.ask(question)
    assert reply.kind == "answer", reply.text
    assert "cradle of marine sensing companies" in reply.passages[0].text


def test_a_verb_of_saying_leaves_what_is_asked_to_be_matched() -> None:
    lab = innovis.Assistant.from_documents(SPEECH, today=datetime.date(2025, 1, 1))
    assert lab.ask("how did the minister characterise the ferry pier").kind == "fallback"


SUMMITS = [
    release(
        "2019-05-03",
        "First Harbour Summit Draws 600",
        "The first Harbour Summit took place on 3 May 2019 at the Quay Hall.",
        "Some 600 engineers attended.",
    ),
    release(
        "2021-05-04",
        "Harbour Lab Holds Its Third Summit",
        "The Harbour Lab held its third summit online, with talks on ocean sensing.",
    ),
    release("2022-06-01", "Harbour Lab Opens a Pool", "The lab opened a test pool for drones."),
]


def test_held_only_says_an_event_took_place() -> None:
    # "Held" is a light verb: a sentence saying when the summit took place answers, though
    # another release says "held".
    lab = innovis.Assistant.from_documents(SUMMITS, today=datetime.date(2025, 1, 1))
    reply = lab.ask("when was the first harbour summit held")
    assert reply.kind == "answer", reply.text
    assert "3 May 2019" in reply.passages[0].text


PLANS = [
    release(
        "2024-02-02",
        "Mayor Sets Out Harbour Plan",
        "The Mayor announced a harbour renewal plan in her budget speech.",
    ),
    release(
        "2024-09-09",
        "Guild Opens Diving School",
        "In response to the Mayor's budget speech, the guild opened a diving school for teens.",
        "The school trains 40 divers a year.",
    ),
    release("2022-06-01", "Guild Opens a Pool", "The guild opened a test pool for drones."),
]


def test_a_ment_noun_of_a_verb_the_corpus_writes_is_no_word_it_lacks() -> None:
    # "Announcement" names what "announced" tells.
    guild = innovis.Assistant.from_documents(PLANS, today=datetime.date(2025, 1, 1))
    reply = guild.ask("Which announcement was the diving school opened in response to?")
    assert reply.kind == "answer", reply.text
    assert "budget speech" in reply.passages[0].text
    # One of a verb the corpus never writes is still a word it lacks.
    assert guild.ask("which enrolment form do divers sign").kind == "fallback"


def test_compare_only_frames_a_question_the_corpus_answers_in_its_own_words() -> None:
    # "How does X compare to Y" asks for what a release tells of the two ("three times").
    archive = [
        release(
            "2023-04-04",
            "North Quay Campus Planned",
            "With a site three times that of the Harbour Campus, the North Quay Campus will "
            "host 200 labs.",
        ),
        release("2022-06-01", "Guild Opens a Pool", "The guild opened a test pool for drones."),
        release("2021-03-03", "Guild Hires Staff", "The guild hired 40 engineers."),
    ]
    guild = innovis.Assistant.from_documents(archive, today=datetime.date(2025, 1, 1))
    reply = guild.ask("how does the north quay campus compare in size to the harbour campus")
    assert reply.kind == "answer", reply.text
    assert "three times that of the Harbour Campus" in reply.passages[0].text
