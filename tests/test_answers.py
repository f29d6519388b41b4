"""Questions about the bundled release get the sentence that answers them; others fall back."""

from __future__ import annotations

import time

import pytest

import innovis

IN_SCOPE = [
    ("What is the San Tin Technopole?", "establishing a “San Tin Technopole”"),
    ("What was discussed at the Legislative Council meeting?", "new Legislative Council term"),
    ("What is the Innovation and Technology Bureau renamed to?", "re-titling of the Innovation"),
    ("How will HKSTP attract talent?", "attracting top talent"),
    ("what about the expansion of science park", "expansion plan for Pak Shek Kok"),
    ("Which national plan brings abundant opportunities?", "14th Five-Year Plan"),
    ("What does HKSTP want for the Greater Bay Area?", "international hub for technological"),
    ("How will Hong Kong and Shenzhen collaborate?", "synergy between Hong Kong and Shenzhen"),
    ("When will the consultancy study start?", "consultancy study to be commenced soon"),
    ("What will promote I&T driven production?", "I&T driven production"),
    ("Does HKSTP support the government plan?", "expresses its full support"),
    ("What industries will be developed for medical research?", "life science related"),
    ("young people opportunities", "helping local young people"),
    ("hi! what is the Northern Metropolis strategy?", "Northern Metropolis Development"),
]

OUT_OF_SCOPE = [
    "What is the capital of France?",
    "How do I bake a chocolate cake?",
    "Who won the World Cup in 2018?",
    "Recommend a good restaurant in Paris",
    "what is the stock price of Tencent",
    "Who is the chairman of HKSTP?",
]


@pytest.mark.parametrize(("question", "expected"), IN_SCOPE)
def test_question_is_answered_with_the_right_sentence(
    assistant: innovis.Assistant, question: str, expected: str
) -> None:
    reply = assistant.ask(question)
    assert reply.kind == "answer"
    assert expected in reply.passages[0].text
    assert expected in reply.text
    assert "12 Jan 2022" in reply.text and "HKSTP Fully Supports" in reply.text


@pytest.mark.parametrize("question", OUT_OF_SCOPE)
def test_out_of_scope_question_falls_back(assistant: innovis.Assistant, question: str) -> None:
    reply = assistant.ask(question)
    assert reply.kind == "fallback"
    assert reply.passages == ()
    assert reply.text.startswith("Sorry, I couldn't find an answer")
    assert "HKSTP Fully Supports" in reply.text  # it says what it can answer instead
    assert reply.confidence < 0.4


def test_fallback_names_the_words_the_corpus_lacks(assistant: innovis.Assistant) -> None:
    assert "“france”" in assistant.ask("What is the capital of France?").text


@pytest.mark.parametrize(
    ("message", "kind", "words"),
    [
        ("Hi", "greeting", "I’m INNOVIS, and I'm here to help"),
        ("Good morning, INNOVIS!", "greeting", "Please let me know what you're looking for"),
        ("thank you so much", "thanks", "You're welcome"),
        ("Thanks!", "thanks", "anything else"),
        ("bye", "farewell", "Goodbye"),
        ("thanks, goodbye", "farewell", "Goodbye"),
        ("what can you do?", "help", "quoting the sentences"),
        ("help", "help", "Tell me about"),
    ],
)
def test_small_talk(assistant: innovis.Assistant, message: str, kind: str, words: str) -> None:
    reply = assistant.ask(message)
    assert (reply.kind, reply.passages) == (kind, ())
    assert words in reply.text


def test_greeting_is_the_website_assistants(assistant: innovis.Assistant) -> None:
    assert assistant.ask("hello").text == (
        "Hi! I’m INNOVIS, and I'm here to help. Please let me know what you're looking for."
    )


def test_sentence_that_leans_back_is_quoted_with_the_one_before(
    assistant: innovis.Assistant,
) -> None:
    reply = assistant.ask("What will promote I&T driven production?")
    passage = reply.passages[0]
    assert passage.text.startswith("HKSTP believes this will strengthen")
    assert passage.text.endswith("to a higher level.")
    assert f"“{passage.text}”" in reply.text


@pytest.mark.parametrize("message", ["", "   \n\t", "?!...;", "the of and is"])
def test_messages_without_words_get_a_helpful_fallback(
    assistant: innovis.Assistant, message: str
) -> None:
    reply = assistant.ask(message)
    assert reply.kind == "fallback"
    assert "Please ask me a question" in reply.text


def test_very_long_question_is_answered_quickly(assistant: innovis.Assistant) -> None:
    question = ("What is the San Tin Technopole? " * 4000)[:100_000]
    started = time.perf_counter()
    reply = assistant.ask(question)
    # Generous bound: a hang or quadratic blow-up fails, a slow machine does not.
    assert time.perf_counter() - started < 10
    assert reply.kind == "answer"


def test_more_shows_the_next_passages_of_the_last_question(assistant: innovis.Assistant) -> None:
    conversation = assistant.conversation()
    first = conversation.ask("What will HKSTP do for I&T in Hong Kong?")
    following = conversation.ask("more")
    assert first.kind == following.kind == "answer"
    assert not {p.start for p in first.passages} & {p.start for p in following.passages}
    for _ in range(20):
        last = conversation.ask("more")
    assert last.kind == "fallback" and "That's all" in last.text


def test_more_without_a_question_explains_itself(assistant: innovis.Assistant) -> None:
    reply = assistant.conversation().ask("more")
    assert reply.kind == "help" and "Ask me a question first" in reply.text
