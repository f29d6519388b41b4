"""Property-based tests: any question, any tiny corpus, and the reply keeps its promises.

Every reply has a known kind and a confidence from 0 to 1; every passage is exactly the span
of its document it says it is; and what a face prints of it holds no control character. The
number of examples is kept small so that these run in a few seconds.
"""

from __future__ import annotations

import ast
import io
import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console

import innovis
from innovis import models
from innovis.reading.readers import parse_markdown, parse_plain_text
from innovis.terminal.render import show_reply
from innovis.text.printable import printable, printable_json
from innovis.text.sentences import split_sentences


def _reply_kinds() -> frozenset[str]:
    """Return the kinds `ReplyKind` lists (a name for type checkers only: read from the source)."""
    tree = ast.parse(Path(models.__file__).read_text(encoding="utf-8"))
    alias = next(
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "ReplyKind"
    )
    assert isinstance(alias, ast.Subscript) and isinstance(alias.slice, ast.Tuple)
    return frozenset(ast.literal_eval(element) for element in alias.slice.elts)


KINDS = _reply_kinds()
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# What rich itself writes on a terminal: colours (SGR) and hyperlinks (OSC 8) to printable URLs.
RICH_CODES = re.compile(r"\x1b\[[0-9;]*m|\x1b\]8;[^;\x00-\x1f]*;[!-~]*?\x1b\\")
# Corpus words, question words, small talk, punctuation, and what a hostile input holds.
PLAIN_WORDS = (
    "What is the GBA San Tin Technopole HKSTP Tecnopole when who how many more thanks hi bye "
    "source and drone lab park fund opened May 2022 I&T re-industrialisation Greater Bay Area "
    "Dr. A.B. Chan Co., Ltd. 1,000 3.5 ( ) ? ! . , - “ ” ’ # * _ [ ] < > ` 東 café"
).split()
HOSTILE = ["\x1b[31m", "\x1b]0;X\x07", "\x9b", "\r", "\x00", "\n", "\t", "\u2028", "\ud800"]
WORDS = [*PLAIN_WORDS, *HOSTILE]
PROPERTY_SETTINGS = settings(
    max_examples=40,
    deadline=None,
    database=None,
    derandomize=True,  # the same examples on every run: CI stays reproducible
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

phrases = st.lists(st.sampled_from(WORDS), max_size=12).map(" ".join)
questions = st.one_of(
    phrases, st.text(max_size=40), st.tuples(phrases, st.text(max_size=8)).map("".join)
)


def check_reply(reply: innovis.Reply, documents: dict[str, innovis.Document]) -> None:
    """Assert the promises every reply keeps."""
    assert reply.kind in KINDS
    assert 0.0 <= reply.confidence <= 1.0
    assert reply.passages == () or reply.kind in ("answer", "source")
    for passage in reply.passages:
        assert documents[passage.doc_id].text[passage.start : passage.end] == passage.text
    shown = printable(reply.text)
    assert not CONTROL.search(shown)
    as_json = printable_json(reply.to_dict())
    assert not CONTROL.search(as_json.replace("\n", " "))
    assert json.loads(as_json)["text"] == reply.text
    console = Console(file=io.StringIO(), width=80, force_terminal=True)
    show_reply(console, reply, reply.text)
    drawn = console.file.getvalue()  # type: ignore[attr-defined]
    assert not CONTROL.search(RICH_CODES.sub("", drawn).replace("\n", " "))


@PROPERTY_SETTINGS
@given(question=questions)
def test_any_question_gets_a_reply_that_keeps_its_promises(
    assistant: innovis.Assistant, question: str
) -> None:
    documents = {document.id: document for document in assistant.documents}
    check_reply(assistant.ask(question), documents)


@PROPERTY_SETTINGS
@given(turns=st.lists(questions, min_size=1, max_size=4))
def test_any_conversation_keeps_the_promises_turn_after_turn(
    assistant: innovis.Assistant, turns: list[str]
) -> None:
    documents = {document.id: document for document in assistant.documents}
    conversation = assistant.conversation()
    for turn in turns:
        check_reply(conversation.ask(turn), documents)


corpus_text = st.lists(st.one_of(phrases, st.text(max_size=30)), min_size=1, max_size=6).map(
    " ".join
)
documents_strategy = st.lists(
    st.builds(
        innovis.Document,
        id=st.text(min_size=1, max_size=6),
        text=corpus_text,
        title=st.one_of(st.none(), phrases),
        date=st.one_of(st.none(), st.dates().map(str)),
        url=st.one_of(st.none(), st.just("https://example.org/news"), st.text(max_size=10)),
    ),
    min_size=1,
    max_size=4,
    unique_by=lambda document: document.id,
)


@settings(PROPERTY_SETTINGS, max_examples=25)
@given(documents=documents_strategy, question=questions, data=st.data())
def test_any_tiny_corpus_answers_or_says_it_cannot(
    documents: list[innovis.Document], question: str, data: st.DataObject
) -> None:
    try:
        assistant = innovis.Assistant(documents)
    except innovis.EmptyCorpusError:
        return  # nothing to answer from: said clearly, which is the promise
    by_id = {document.id: document for document in documents}
    words = data.draw(st.sampled_from(documents)).text.split()
    start = data.draw(st.integers(0, max(len(words) - 1, 0)))
    echo = " ".join(words[start : start + 6])  # a question in the corpus's own words
    for asked in (question, echo):
        check_reply(assistant.ask(asked), by_id)
        for passage in assistant.search(asked or "x", k=3):
            assert by_id[passage.doc_id].text[passage.start : passage.end] == passage.text


@pytest.mark.parametrize("field", ["date", "text", "title"])
@PROPERTY_SETTINGS
@given(value=st.one_of(st.integers(), st.binary(max_size=4), st.floats(), st.lists(st.none())))
def test_documents_refuse_fields_of_the_wrong_type(field: str, value: object) -> None:
    with pytest.raises(innovis.InvalidArgumentError, match=f"Document {field} must be"):
        innovis.Document(**{"id": "a", "text": "Some text.", field: value})  # type: ignore[arg-type]


release_text = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from([*WORDS, "\n", "\n\n", "---", "# ", "*", "**", "[", "](", ")"])).map(
        " ".join
    ),
)


@PROPERTY_SETTINGS
@given(text=release_text)
def test_any_release_text_reads_and_splits_into_spans_of_itself(text: str) -> None:
    for parse in (parse_plain_text, parse_markdown):
        document = parse("d", text)
        assert isinstance(document.text, str)
        spans = split_sentences(document.text)
        ends = [0] + [end for _, end in spans]
        for (start, end), previous_end in zip(spans, ends, strict=False):
            assert previous_end <= start < end <= len(document.text)
            sentence = document.text[start:end]
            assert sentence == sentence.strip()
