"""Understanding questions: acronyms either way, misspellings, and answers from two releases."""

from __future__ import annotations

import pytest

import innovis
from innovis.text.acronyms import find_definitions
from innovis.text.spelling import Speller, edit_distance


def test_acronym_definitions_are_found_in_the_corpus(assistant: innovis.Assistant) -> None:
    (document,) = assistant.documents
    assert dict(find_definitions(document.text)) == {
        "HKSTP": "Hong Kong Science and Technology Parks Corporation",
        "I&T": "innovation and technology",
        "HSITP": "Hong Kong-Shenzhen Innovation and Technology Park",
        "GBA": "Greater Bay Area",
    }


ACRONYM_CORPUS = [
    innovis.Document(
        "a", "The Greater Bay Area (GBA) is a region. Parks grow fast across Asia these days."
    ),
    innovis.Document("b", "Funding for the GBA rose sharply this year, officials said."),
    innovis.Document("c", "The Advanced Manufacturing Centre (AMC) opens soon in Tseung Kwan O."),
    innovis.Document("d", "Visitors to the AMC will see robots at work on the production line."),
    innovis.Document("e", "Nothing else of note happened in the week before the holiday."),
]


@pytest.mark.parametrize(
    ("question", "doc_id"),
    [("the Greater Bay Area", "b"), ("the Advanced Manufacturing Centre", "d")],
)
def test_long_form_finds_sentences_with_only_the_acronym(question: str, doc_id: str) -> None:
    passages = innovis.Assistant.from_documents(ACRONYM_CORPUS).search(question, k=5)
    assert doc_id in {p.doc_id for p in passages}


HYPHENATED = [
    innovis.Document(
        "report",
        "The Deep-Learning Computing (DLC) centre served forty member companies last year. "
        "Member companies can book time on the machines from April.",
        title="Larchmont Park Reports on Its Year",
    ),
    innovis.Document(
        "course",
        "Larchmont Park started a quantum course for students. "
        "The DLC centre stands in the east wing of Block 5, beside the clean room.",
        title="Larchmont Park Starts a Quantum Course",
    ),
    innovis.Document(
        "count",
        "Larchmont Park counted 320 member companies at the end of 2023.",
        title="Larchmont Park Counts Its Companies",
    ),
]


@pytest.mark.parametrize(
    "question",
    [
        "what stands beside the deep learning computing centre",
        "what stands beside the deep-learning computing centre",
    ],
)
def test_a_sentence_with_only_the_acronym_answers_as_well_as_one_with_both_forms(
    question: str,
) -> None:
    # The long form, typed with or without its hyphen, and the acronym name one thing: the
    # sentence that writes both says it once, and tells nothing of what stands beside it.
    reply = innovis.Assistant.from_documents(HYPHENATED).ask(question)
    assert reply.kind == "answer", reply.text
    assert "course" in {passage.doc_id for passage in reply.passages}, reply.text


def test_acronym_finds_the_long_form(assistant: innovis.Assistant) -> None:
    reply = assistant.ask("What does the HSITP consolidate?")
    assert "Hong Kong-Shenzhen Innovation and Technology Park (HSITP)" in reply.passages[0].text


def test_edit_distance_counts_swaps_as_one() -> None:
    assert edit_distance("shenzen", "shenzhen", 2) == 1
    assert edit_distance("talnet", "talent", 2) == 1
    assert edit_distance("france", "finance", 1) == 2


def test_speller_leaves_short_and_known_words_alone() -> None:
    speller = Speller({"science": 3, "sciences": 1, "park": 2})
    assert speller.correct("scince") == "science"
    assert speller.correct("park") is None
    assert speller.correct("prak") is None  # too short to guess safely


@pytest.mark.parametrize(
    ("typed", "read_as"),
    [
        ("startupp", "startup"),  # a letter doubled
        ("acelleration", "acceleration"),  # two slips, apart
        ("startmeup", None),  # "me" added: a coined name, no slip
        ("investhk", None),  # "hk" added at the end
        ("accelerationlab", None),
    ],
)
def test_a_word_with_a_block_of_letters_added_is_a_coined_name_not_a_slip(
    typed: str, read_as: str | None
) -> None:
    speller = Speller({"startup": 5, "invest": 3, "acceleration": 2})
    assert speller.correct(typed) == read_as


@pytest.mark.parametrize(
    ("typed", "read_as"),
    [
        # The one a verb is done to is not the one who does it: another word, no slip.
        ("incubatee", None),
        ("incubatees", None),
        ("trainee", None),
        ("incubatr", "incubator"),  # a letter dropped is a slip still
    ],
)
def test_a_word_for_the_one_acted_on_is_not_a_slip_for_the_one_who_acts(
    typed: str, read_as: str | None
) -> None:
    speller = Speller({"incubator": 4, "incubators": 2, "trainer": 3})
    assert speller.correct(typed) == read_as


def test_a_coined_name_the_archive_never_writes_falls_back() -> None:
    archive = [
        innovis.Document("a", "The Harbour Fund will invest in each startup of its programme."),
        innovis.Document("b", "The park opened a new wing for startups in May."),
    ]
    reply = innovis.Assistant.from_documents(archive).ask("what does the startmeup programme do")
    assert reply.kind == "fallback", reply.text
    assert "startmeup" in reply.text


CLIPPING_ARCHIVE = [
    innovis.Document(
        "a",
        "Thirty-one graduates of the Kestrel Incubator stayed on as tenants of the harbour campus."
        " The executive committee of the campus met twice in spring."
        " Their graduation was held in June.",
    ),
    innovis.Document(
        "b",
        "A professor and a professional designer gave instructions to the new tenants."
        " Every instruction was printed in two languages.",
    ),
    innovis.Document("c", "The harbour campus opened a canteen for its tenants in May."),
    innovis.Document(
        "d",
        "A tenant whose review ends in failure leaves the harbour campus."
        " The campus hosts an international design fair.",
    ),
]


def test_a_clipped_word_is_read_as_the_word_it_shortens() -> None:
    # "grads" is no English word the archive writes, and rare: it used to fall back outright.
    assistant = innovis.Assistant.from_documents(CLIPPING_ARCHIVE)
    reply = assistant.ask("how many kestrel grads stayed on")
    assert reply.kind == "answer", reply.text
    assert reply.suggestion == "how many kestrel graduates stayed on"
    assert "Thirty-one graduates" in reply.passages[0].text


def test_a_clipping_drops_a_syllable_of_the_word_not_of_its_ending() -> None:
    # "talents" is "talent" and an ending: "tale" drops two letters of it, no syllable. It
    # used to be offered back as "Did you mean “what is the talents of the design fair”".
    reply = innovis.Assistant.from_documents(
        [innovis.Document("a", "The design fair crowned twelve young talents.", "Fair")]
    ).ask("what is the tale of the design fair")
    assert reply.suggestion is None, reply.suggestion
    assert "Did you mean" not in reply.text


CONTRACTION_ARCHIVE = [
    innovis.Document(
        "a",
        "The four buildings of the harbour campus took three years to build."
        " The president of the tenants' council thanked the builders.",
    ),
    innovis.Document("b", "The campus celebrated its tenth birthday with an open day in May."),
]


@pytest.mark.parametrize(
    ("question", "suggestion"),
    [
        ("how many yrs did the campus bldgs take", "how many years did the campus buildings take"),
        ("when was the campus bday", "when was the campus birthday"),
    ],
)
def test_a_contraction_typed_on_a_phone_is_read_as_the_word_it_contracts(
    question: str, suggestion: str
) -> None:
    # "yrs", "bldgs" and "bday" keep a word's first and last letters and drop vowels: they
    # used to be names the archive never mentions, and the question fell back outright.
    reply = innovis.Assistant.from_documents(CONTRACTION_ARCHIVE).ask(question)
    assert reply.kind == "answer", reply.text
    assert reply.suggestion == suggestion


def test_a_common_word_is_no_contraction() -> None:
    # "pest" keeps a vowel and is a word of its own: it is not read as "president".
    reply = innovis.Assistant.from_documents(CONTRACTION_ARCHIVE).ask(
        "who is the pest of the council"
    )
    assert (reply.kind, reply.suggestion) == ("fallback", None), reply.suggestion


@pytest.mark.parametrize(
    "question",
    [
        "how many times did the prof speak",  # professor or professional: no one word
        "who will instruct the tenants",  # instruction is instruct with a suffix: derivation
    ],
)
def test_a_short_word_is_no_clipping_when_it_cuts_no_one_word(question: str) -> None:
    reply = innovis.Assistant.from_documents(CLIPPING_ARCHIVE).ask(question)
    assert reply.suggestion is None, reply.suggestion


@pytest.mark.parametrize(
    "question",
    [
        # "fails" is a form of "fail", whose "failed" is commoner in English than "failure".
        "what happens if a tenant fails the review",
        "when does a tenant fail the review",
        # A plural clips a plural: the archive writes "international" with no -s.
        "do interns stay on the harbour campus",
    ],
)
def test_a_form_of_a_word_of_its_own_is_no_clipping(question: str) -> None:
    # They used to be offered back as "Did you mean … a tenant failure the review" and
    # "… do international stay on …", a correctly spelt question "corrected" into nonsense.
    reply = innovis.Assistant.from_documents(CLIPPING_ARCHIVE).ask(question)
    assert reply.suggestion is None, reply.suggestion
    assert not reply.text.startswith("Did you mean"), reply.text


@pytest.mark.parametrize(
    ("question", "suggestion", "expected"),
    [
        (
            "What is Shenzen doing with Hong Kong?",
            "What is Shenzhen doing with Hong Kong?",
            "synergy between Hong Kong and Shenzhen",
        ),
        ("scince park second phase", "science park second phase", "second phase of Science Park"),
        ("goverment vision", "government vision", "vision and determination"),
        # The question word, mistyped too, is offered as meant.
        (
            "Whta is the Nortern Metropolis?",
            "What is the Northern Metropolis?",
            "Northern Metropolis Development Strategy",
        ),
    ],
)
def test_misspelt_questions_are_answered_with_did_you_mean(
    assistant: innovis.Assistant, question: str, suggestion: str, expected: str
) -> None:
    reply = assistant.ask(question)
    assert reply.kind == "answer"
    assert reply.suggestion == suggestion
    assert reply.text.startswith(f"Did you mean “{suggestion}”")
    assert "?”?" not in reply.text
    assert any(expected in p.text for p in reply.passages)


def test_correct_questions_carry_no_suggestion(assistant: innovis.Assistant) -> None:
    assert assistant.ask("What is the San Tin Technopole?").suggestion is None


def test_a_word_of_english_is_no_slip_for_another_corpus_word() -> None:
    speller = Speller({"seed": 3, "rankings": 2})
    assert speller.correct("speed") == "seed"  # a slip, for all the speller knows
    assert speller.correct("speed", misspelt=False) is None  # a word of its own
    assert speller.correct("ranking", misspelt=False) == "rankings"  # another ending of it
    reply = innovis.Assistant.from_documents(
        [
            innovis.Document("a", "Seed funding for startups doubled this year.", "Seed"),
            innovis.Document("b", "The park opened a robotics centre.", "Robotics"),
        ]
    ).ask("what will speed up startups?")
    assert reply.suggestion is None and "seed" not in reply.text.lower().split("“")[0]


@pytest.mark.parametrize(
    ("typed", "word"),
    [("apple", "apply"), ("plane", "plan"), ("guess", "guest"), ("internal", "internet")],
)
def test_a_word_of_english_is_no_other_ending_of_a_corpus_word(typed: str, word: str) -> None:
    # They differ only in their endings, but are two words, not two forms of one.
    assert Speller({word: 3}).correct(typed, misspelt=False) is None


def test_a_word_of_english_is_not_offered_back_as_another() -> None:
    # "apple" used to be offered back as "Did you mean “can an apply farm apply …”".
    reply = innovis.Assistant.from_documents(
        [innovis.Document("a", "Startups and farms can apply for the harbour grant.", "Grants")]
    ).ask("can an apple farm apply for the harbour grant")
    assert reply.suggestion is None, reply.suggestion
    assert "Did you mean" not in reply.text


def test_close_answers_from_two_releases_are_both_quoted() -> None:
    documents = [
        innovis.Document(
            "lab", "The drone lab opened at Science Park on Monday.", title="Drone Lab Opens"
        ),
        innovis.Document(
            "hub", "The robotics hub opened at Science Park on Monday.", title="Robotics Hub Opens"
        ),
        innovis.Document("other", "Tenants praised the new canteen. Rents stay the same."),
    ]
    reply = innovis.Assistant.from_documents(documents).ask("What opened at Science Park?")
    assert {p.doc_id for p in reply.passages} == {"lab", "hub"}
    assert reply.text.startswith("2 releases speak to this:")
    assert "Drone Lab Opens" in reply.text and "Robotics Hub Opens" in reply.text


def test_close_answers_from_one_release_are_both_quoted_under_one_source() -> None:
    documents = [
        innovis.Document(
            "lab",
            "The drone lab opened at Science Park on Monday.\n\n"
            "Its first tenants are three start-ups.\n\n"
            "The robotics hub opened at Science Park on Tuesday.",
            title="Two New Facilities",
            date="2024-03-04",
        ),
        innovis.Document("other", "Tenants praised the new canteen. Rents stay the same."),
    ]
    reply = innovis.Assistant.from_documents(documents).ask("What opened at Science Park?")
    assert [p.doc_id for p in reply.passages] == ["lab", "lab"]
    assert reply.text.startswith("Here's what I found:")
    assert "drone lab opened" in reply.text and "robotics hub opened" in reply.text
    assert reply.text.count("— Two New Facilities") == 1
    assert reply.text.endswith("Tuesday.”\n— Two New Facilities · 4 Mar 2024")


def test_a_distant_runner_up_is_not_quoted() -> None:
    documents = [
        innovis.Document(
            "lab",
            "The drone lab at Science Park opened on Monday.\n\nA canteen opened on Tuesday.",
            title="Two New Facilities",
        ),
        innovis.Document("other", "Tenants praised the new canteen. Rents stay the same."),
    ]
    reply = innovis.Assistant.from_documents(documents).ask("When did the drone lab open?")
    assert [p.text for p in reply.passages] == ["The drone lab at Science Park opened on Monday."]


def test_a_place_typed_short_is_read_as_written_out() -> None:
    lab = (
        "The drone lab is the first of its kind in Hong Kong.\n\n"
        "Fitting out the lab cost HK$5 million."
    )
    documents = [
        innovis.Document("lab", lab, title="Drone Lab Opens"),
        innovis.Document("pool", "The guild opened a test pool for drones in Macau.", title="Pool"),
        innovis.Document("other", "Tenants praised the new canteen. Rents stay the same."),
    ]
    assistant = innovis.Assistant.from_documents(documents)
    for question in ("drone lab hk", "is the drone lab the first in hk"):
        reply = assistant.ask(question)
        assert reply.passages[0].text.endswith("in Hong Kong."), question  # not "HK$5 million"
        assert reply.confidence > 0.9, question


def test_an_acronym_defined_in_quotes_is_defined() -> None:
    # Releases often write the short form in quotes: "the Tolland Harbour Works Authority
    # (“THWA”)". "What is THWA?" is then answered by the sentence that spells it out.
    text = (
        "THWA judged forty entries this year. "
        "THWA members met in the east hall. "
        "The award was given at a dinner hosted by the Tolland Harbour Works Authority (“THWA”), "
        "a body of harbour engineers."
    )
    assert list(find_definitions(text)) == [("THWA", "Tolland Harbour Works Authority")]
    documents = [
        innovis.Document("award", text, title="Harbour Yard Wins an Award"),
        *ACRONYM_CORPUS,
    ]
    reply = innovis.Assistant.from_documents(documents).ask("what is thwa")
    assert reply.kind == "answer", reply.text
    assert "Tolland Harbour Works Authority" in reply.passages[0].text


def test_a_ranking_asked_for_is_told_by_the_place_taken() -> None:
    # "Ranking" says what kind of answer is wanted, a place, which releases give in words of
    # their own ("came first in Asia").
    reply = innovis.Assistant.from_documents(
        [
            innovis.Document(
                "a", "Our city came first in Asia in the Harbour Startup Index 2024.", "Index"
            ),
            innovis.Document("b", "The park opened a robotics centre.", "Robotics"),
        ]
    ).ask("harbour startup index ranking")
    assert reply.kind == "answer" and "came first in Asia" in reply.passages[0].text
