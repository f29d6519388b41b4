"""Definition questions quote the sentence that defines the term."""

from __future__ import annotations

import pytest

import innovis

TEXT = (
    "The Harbour Robotics Lab works on marine drones. "
    "It was founded by the Ocean Research Institute (ORI) in 2019. "
    "Every year ORI sends ten engineers to the lab. "
    "ORI also funds two scholarships."
)


@pytest.fixture(scope="module")
def harbour() -> innovis.Assistant:
    other = innovis.Document("park", "The park adds two buildings next year.", title="Park")
    return innovis.Assistant.from_documents([innovis.Document("lab", TEXT, "Lab"), other])


@pytest.mark.parametrize(
    "question",
    [
        "What does ORI stand for?",
        "what is ORI?",
        "What does ORI mean?",
        "What is the Ocean Research Institute?",
        "define ORI",
    ],
)
def test_definition_questions_quote_the_defining_sentence(
    harbour: innovis.Assistant, question: str
) -> None:
    reply = harbour.ask(question)
    assert reply.kind == "answer"
    assert "Ocean Research Institute (ORI)" in reply.passages[0].text


def test_a_term_the_corpus_does_not_define_is_searched_as_usual(
    harbour: innovis.Assistant,
) -> None:
    reply = harbour.ask("What is the Harbour Robotics Lab?")
    assert reply.passages[0].text.startswith("The Harbour Robotics Lab works")


def test_bundled_corpus_definitions(assistant: innovis.Assistant) -> None:
    for question, defined in [
        ("What does HKSTP stand for?", "Corporation (HKSTP)"),
        ("What is I&T?", "innovation and technology (I&T)"),
        ("What does GBA mean?", "Greater Bay Area (GBA)"),
    ]:
        assert defined in assistant.ask(question).passages[0].text


def test_a_short_form_asked_after_other_words_is_answered_by_its_definition(
    harbour: innovis.Assistant,
) -> None:
    reply = harbour.ask("harbour lab funding: what does ORI stand for?")
    assert reply.kind == "answer", reply.text
    assert "Ocean Research Institute (ORI)" in reply.passages[0].text


def test_a_short_form_no_release_spells_out_falls_back_and_says_so(
    harbour: innovis.Assistant,
) -> None:
    # No release writes "MDX" in full: a sentence that only mentions a short form does not
    # say what it stands for.
    assistant = innovis.Assistant.from_documents(
        [innovis.Document("kit", "Every MDX kit holds two marine drones and a charger.", "Kits")]
    )
    for question in ("mdx kits, what does mdx stand for", "what does MDX stand for in MDX kit?"):
        reply = assistant.ask(question)
        assert reply.kind == "fallback"
        assert "never say what “MDX” stands for" in reply.text
    assert "stands for" not in harbour.ask("who stands for election at the lab").text


def test_what_is_an_acronym_quotes_the_sentence_that_says_what_it_is() -> None:
    releases = [
        innovis.Document(
            "visit",
            "The minister toured the Harbour Robotics Institute (HRI) on Monday. She met staff.",
            "Minister Visits",
        ),
        innovis.Document(
            "birthday", "The Harbour Robotics Institute (HRI) is celebrating ten years.", "Ten"
        ),
        innovis.Document(
            "about",
            "The Harbour Robotics Institute (HRI) is a public research body founded in 2001.",
            "About",
        ),
    ]
    assistant = innovis.Assistant.from_documents(releases)
    for question in ("what is hri", "What does HRI stand for?"):
        assert "is a public research body" in assistant.ask(question).passages[0].text
