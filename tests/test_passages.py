"""Quoted passages: never overlapping, exactly the quoted text, with the release's URL."""

from __future__ import annotations

import io
import json
import re

import pytest
from rich.console import Console

import innovis
from innovis.terminal.cli import main
from innovis.terminal.render import render_reply

URL = "https://example.org/news/drone-lab"
LAB = innovis.Document(
    "lab",
    "The drone lab opened in June at the science park. This drone lab tests delivery drones "
    "for hospitals. Its drones fly every day. The lab hires twenty engineers.\n\n"
    "These drones carry medicine between the lab and three hospitals. The drone lab has a "
    "rooftop landing pad.",
    title="Drone Lab Opens",
    url=URL,
)
PARK = innovis.Document("park", "The science park adds two buildings next year.", title="Park")


@pytest.fixture(scope="module")
def lab() -> innovis.Assistant:
    return innovis.Assistant.from_documents([LAB, PARK])


def spans(reply: innovis.Reply) -> list[tuple[str, int, int]]:
    return [(p.doc_id, p.start, p.end) for p in reply.passages]


def assert_disjoint(found: list[tuple[str, int, int]]) -> None:
    for i, (doc, start, end) in enumerate(found):
        for other, other_start, other_end in found[i + 1 :]:
            assert doc != other or end <= other_start or other_end <= start, found


@pytest.mark.parametrize("k", [2, 3, 5])
def test_k_passages_never_overlap(lab: innovis.Assistant, k: int) -> None:
    reply = lab.ask("What does the drone lab do?", k=k)
    assert reply.kind == "answer" and len(reply.passages) >= 2
    assert_disjoint(spans(reply))


def test_more_never_quotes_a_sentence_again(lab: innovis.Assistant) -> None:
    conversation = lab.conversation()
    found = spans(conversation.ask("What does the drone lab do?", k=2))
    while (reply := conversation.ask("more", k=2)).kind == "answer":
        found += spans(reply)
    assert len(found) >= 3
    assert_disjoint(found)


def test_bundled_corpus_k_passages_never_overlap(assistant: innovis.Assistant) -> None:
    for question in ["What will HKSTP do for I&T?", "I&T driven production", "Science Park"]:
        assert_disjoint(spans(assistant.ask(question, k=6)))


def test_passages_are_exactly_the_quoted_text(lab: innovis.Assistant) -> None:
    reply = lab.ask("What do the drones of the lab carry?", k=3)
    quoted = re.findall(r"^“(.*?)”$(?=\n— |\n\n“)", reply.text, re.MULTILINE | re.DOTALL)
    assert quoted == [p.text for p in reply.passages]
    assert reply.passages[0].text.startswith("These drones carry")  # no lead-in across paragraphs
    texts = {d.id: d.text for d in lab.documents}
    for passage in reply.passages:
        assert texts[passage.doc_id][passage.start : passage.end] == passage.text


def test_sentence_that_leans_back_brings_the_one_before_into_its_passage(
    lab: innovis.Assistant,
) -> None:
    passage = lab.ask("How often do drones fly?").passages[0]
    assert passage.text == (
        "This drone lab tests delivery drones for hospitals. Its drones fly every day."
    )


def test_passages_carry_the_url_in_json_and_text(lab: innovis.Assistant) -> None:
    reply = lab.ask("When did the drone lab open?")
    assert reply.passages[0].url == URL
    assert reply.to_dict()["passages"][0]["url"] == URL
    assert f"— Drone Lab Opens · {URL}" in reply.text
    assert lab.search("science park buildings", k=1)[0].url is None
    assert "· http" not in lab.ask("Which buildings does the science park add?").text


def test_passage_keeps_its_positional_fields() -> None:
    passage = innovis.Passage("d", "T", None, "Text.", 0, 5, 1.0)
    assert passage.url is None and passage.score == 1.0


def render(reply: innovis.Reply, **options: object) -> str:
    console = Console(file=io.StringIO(), width=100, **options)  # type: ignore[arg-type]
    console.print(render_reply(reply))
    return console.file.getvalue()  # type: ignore[attr-defined]


def test_url_is_a_hyperlink_on_a_capable_terminal(lab: innovis.Assistant) -> None:
    reply = lab.ask("When did the drone lab open?")
    linked = render(reply, force_terminal=True, color_system="truecolor")
    assert "\x1b]8;id=" in linked and f";{URL}\x1b\\" in linked
    plain = render(reply, color_system=None)
    assert "\x1b" not in plain and URL in plain


def test_source_reply_links_the_url(lab: innovis.Assistant) -> None:
    conversation = lab.conversation()
    conversation.ask("When did the drone lab open?")
    reply = conversation.ask("source")
    assert reply.kind == "source" and URL in reply.text
    assert f";{URL}\x1b\\" in render(reply, force_terminal=True, color_system="truecolor")


def test_unsafe_url_is_never_a_hyperlink() -> None:
    bad = LAB._replace(url="https://example.org/\x1b]8;;evil")
    reply = innovis.Assistant.from_documents([bad]).ask("When did the drone lab open?")
    assert "\x1b]8;id=" not in render(reply, force_terminal=True, color_system="truecolor")


def test_ask_json_carries_the_url(write_corpus, capsys) -> None:
    folder = write_corpus(
        {
            "lab.md": f"---\ntitle: Drone Lab\nurl: {URL}\n---\nThe drone lab opened in June.\n",
            "park.md": "---\ntitle: Park\n---\nThe park adds two buildings next year.\n",
            "fund.md": "---\ntitle: Fund\n---\nA new fund backs biotech start-ups.\n",
        }
    )
    code = main(["ask", "--json", "--corpus", str(folder), "When did the drone lab open?"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and data["passages"][0]["url"] == URL


SPEECH = innovis.Document(
    "relief",
    "Tidewater Tower opened today with forty laboratories for park companies. "
    "“Our companies are building test kits and ventilator parts. We will not let rent stand "
    "in their way,” said Dr Mara Quell, Chief Executive of the park. Rent relief runs for six "
    "months.\n\n"
    "Mr Owen Leith, Chairman of the park, said: “The tower doubles our laboratory space. It "
    "opens a year early.” The tower cost $2 billion.",
    title="Tidewater Tower Opens",
)


@pytest.mark.parametrize(
    ("question", "whole"),
    [
        (
            "what did Dr Quell say about rent?",
            "“Our companies are building test kits and ventilator parts. We will not let rent "
            "stand in their way,” said Dr Mara Quell, Chief Executive of the park.",
        ),
        (
            "what did the chairman say about laboratory space?",
            "Mr Owen Leith, Chairman of the park, said: “The tower doubles our laboratory space. "
            "It opens a year early.”",
        ),
    ],
)
def test_a_speech_split_into_sentences_is_quoted_whole(question: str, whole: str) -> None:
    reply = innovis.Assistant.from_documents([SPEECH, PARK]).ask(question)
    assert reply.passages[0].text == whole
    # A passage that opens with its own quotation mark is not put in a second pair.
    assert f"\n\n{whole}\n— " in reply.text or f"\n\n“{whole}”\n— " in reply.text
    assert "““" not in reply.text


def test_a_speech_quoted_as_printed_has_the_questions_words_highlighted() -> None:
    question = "what did Dr Quell say about rent?"
    reply = innovis.Assistant.from_documents([SPEECH, PARK]).ask(question)
    console = Console(file=io.StringIO(), width=100, force_terminal=True, color_system="standard")
    console.print(render_reply(reply, question))
    screen = console.file.getvalue()  # type: ignore[attr-defined]
    assert "\x1b[1;33mrent\x1b[0m" in screen
    assert "\x1b[1;33mTidewater" not in screen  # the source line is not the quotation


def test_a_sentence_that_opens_with_a_quoted_name_is_put_in_quotation_marks() -> None:
    named = innovis.Document(
        "forum",
        "“Think Harbour, Think Bay” forum to open on 19 September at the Saltmarsh Hall. "
        "Forty startups will show ocean sensors there.",
        title="Forum Opens",
    )
    reply = innovis.Assistant.from_documents([named, PARK]).ask("think harbour forum hall")
    whole = reply.passages[0].text
    assert whole.startswith("“Think Harbour, Think Bay” forum")
    assert f"\n\n“{whole}”\n— " in reply.text
