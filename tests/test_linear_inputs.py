"""Work on a question, a release or a Markdown line grows with its length, not its square.

These tests use modest sizes and count work rather than time it; scripts/hostile_inputs.py
measures the full-size cases.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

import innovis
from innovis.answering.conversation import intents
from innovis.answering.conversation.intents import classify
from innovis.answering.question.query import MAX_MENDED, Query
from innovis.reading.exports import parse_jsonl
from innovis.reading.html import parse_html
from innovis.reading.readers import parse_markdown, parse_plain_text
from innovis.text import sentences as sentence_splitting
from innovis.text.sentences import split_sentences
from innovis.text.spelling import Speller


class CountingPattern:
    """A compiled pattern that records the text of each `sub` it is asked for."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.texts: list[str] = []

    def sub(self, replacement: Any, text: str) -> str:
        self.texts.append(text)
        return self.pattern.sub(replacement, text)


def test_a_repeated_misspelling_is_looked_up_and_mended_once(
    assistant: innovis.Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    looked_up: list[str] = []
    real = Speller.correct

    def counting(self: Speller, word: str, misspelt: bool = True) -> str | None:
        looked_up.append(word)
        return real(self, word, misspelt)

    monkeypatch.setattr(Speller, "correct", counting)
    reply = assistant.ask("Where is the Tecnopole? " + "tecnopole " * 2_000 + "TECNOPOLE")
    assert set(looked_up) == {"tecnopole"} and len(looked_up) <= 2  # once per reading
    assert reply.suggestion is not None
    assert reply.suggestion.startswith("Where is the Technopole? technopole technopole")
    assert reply.suggestion.endswith("TECHNOPOLE")


def test_mending_is_one_pass_over_the_question(monkeypatch: pytest.MonkeyPatch) -> None:
    counting = CountingPattern(re.compile(r"\w+"))
    monkeypatch.setattr("innovis.answering.question.query._WORD", counting)
    query = Query(terms=("x",), corrections=(("tecnopole", "technopole"), ("scince", "science")))
    question = "Tecnopole scince! " * 500 + "tecnopole's park"
    mended = query.corrected(question)
    assert len(counting.texts) == 1
    assert mended == "Technopole science! " * 500 + "technopole's park"


def test_only_so_many_distinct_words_are_spell_checked(
    assistant: innovis.Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    looked_up: list[str] = []
    monkeypatch.setattr(Speller, "correct", lambda self, word, **_: looked_up.append(word))
    words = [f"zzq{chr(97 + i % 26)}{chr(97 + i // 26)}x" for i in range(200)]
    assistant.ask(" ".join(words))
    assert len(looked_up) == MAX_MENDED


def test_only_so_many_distinct_words_are_looked_up_as_clipped_names(
    assistant: innovis.Assistant, monkeypatch: pytest.MonkeyPatch
) -> None:
    looked_up: list[str] = []

    def counting(word: str, *rest: Any) -> None:
        looked_up.append(word)

    monkeypatch.setattr("innovis.answering.ranking.questions.unclipped", counting)
    words = [f"zzq{chr(97 + i % 26)}{chr(97 + i // 26)}x" for i in range(200)]
    assistant.ask(" ".join(words))
    assert 0 < len(looked_up) <= 8


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("hi " * 5_000, "greeting"),
        ("thanks " * 5_000, "thanks"),
        ("hi there, " * 2_000 + "what is the GBA? " + "thank you so much! " * 2_000, "question"),
        ("bye, " * 5_000, "farewell"),
    ],
)
def test_long_runs_of_small_talk_are_read_by_position(
    message: str, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    counting = CountingPattern(intents._FILLER)
    monkeypatch.setattr(intents, "_FILLER", counting)
    intent = classify(message, lambda text: "gba" in text)
    assert intent.kind == kind
    assert len(counting.texts) <= 2  # once after the first phrase, once for the content check


@pytest.mark.parametrize("unit", ["*a ", "_a ", "[a", "![a", "<a", "[a](", "*a*a ", "_a *b [c <d "])
def test_a_long_markdown_line_of_marks_that_never_close_is_kept(unit: str) -> None:
    line = unit * (60_000 // len(unit))  # quadratic before: about a minute at this size
    document = parse_markdown("d", "# Title\n\n" + line + "\n")
    assert document.title == "Title"
    assert document.text == line.strip() or len(document.text) >= len(line) // 2


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("A *b* and _c_ and **d** and __e__.", "A b and c and d and e."),
        ("See [the page](https://example.org/Foo_(bar)) now.", "See the page now."),
        ('An ![a chart](chart.png "Sales") here.', "An a chart here."),
        ("A [wrapped\nlink](u) and <b>bold</b> and `code`.", "A wrapped\nlink and bold and code."),
        ("snake_case names and 2*3*4 stay.", "snake_case names and 2*3*4 stay."),
        ("## A heading ##\nBody.", "A heading\nBody."),
    ],
)
def test_markdown_is_still_reduced_to_text(markdown: str, text: str) -> None:
    assert parse_markdown("d", "---\ntitle: T\n---\n" + markdown).text == text


def test_leading_blank_lines_are_taken_off_one_by_one_cheaply() -> None:
    document = parse_plain_text("d", "\n" * 300_000 + "12 Jan 2022\nThe Title\n\nThe body.")
    assert (document.title, document.text) == ("The Title", "The body.")


def test_a_long_paragraph_goes_to_punkt_in_bounded_pieces_cut_at_sentence_ends(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sentences = [f"The park opened laboratory number {n} in May." for n in range(2_000)]
    text = " ".join(sentences)  # one line of about 90,000 characters
    tokenizer = sentence_splitting._tokenizer()
    lengths: list[int] = []
    real = tokenizer.span_tokenize

    def recording(piece: str) -> Any:
        lengths.append(len(piece))
        return real(piece)

    monkeypatch.setattr(tokenizer, "span_tokenize", recording)
    spans = split_sentences(text)
    assert max(lengths) <= sentence_splitting.PIECE and len(lengths) >= len(text) // 10_000
    assert [text[start:end] for start, end in spans] == sentences


def test_a_paragraph_without_spaces_is_cut_where_it_must_be() -> None:
    text = "x" * 25_000 + " end."
    spans = split_sentences(text)
    assert "".join(text[start:end] for start, end in spans) == text
    assert [end - start for start, end in spans] == [10_000, 10_000, 5_005]


def test_an_export_line_nested_too_deep_is_skipped_with_a_message() -> None:
    warnings: list[str] = []
    text = "[" * 100_000 + "]" * 100_000 + '\n{"title": "T", "text": "The lab opened."}'
    documents = parse_jsonl("cms", text, "cms.jsonl", warnings.append)
    assert [d.text for d in documents] == ["The lab opened."]
    assert warnings and "cms.jsonl line 1 is not JSON" in warnings[0]


def test_an_export_text_of_tags_never_closed_is_read_as_text() -> None:
    body = "<a [a *a " * 20_000  # quadratic before: the tag pattern scanned to the end each time
    documents = parse_jsonl("cms", json.dumps({"title": "T", "text": body}), "cms.jsonl")
    assert documents[0].text == body.strip()


def test_a_page_whose_json_ld_is_nested_too_deep_is_still_read() -> None:
    page = (
        "<html><head><script type='application/ld+json'>"
        + "[" * 50_000
        + "]" * 50_000
        + "</script></head><body><article><p>The drone lab opened in May.</p></article>"
        "</body></html>"
    )
    assert parse_html("lab", page.encode(), "lab.html").text == "The drone lab opened in May."
