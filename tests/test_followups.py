"""Follow-ups in a conversation: when, source, tell me more, more after a fallback, new subjects,
and the conversation's state as plain data."""

from __future__ import annotations

import datetime
import json

import pytest

import innovis
from innovis.answering.conversation.followups import reframe

DOCUMENTS = [
    innovis.Document(
        "lab",
        "Acme opened a drone laboratory at the science park. The laboratory tests delivery "
        "drones for hospitals. Its first flights carried blood samples. Forty engineers work "
        "there.",
        title="Acme Opens Drone Laboratory",
        date=datetime.date(2023, 3, 3),
        url="https://example.org/news/drone-lab",
    ),
    innovis.Document(
        "garden",
        "Acme opened a rooftop garden at the harbour campus. The garden grows vegetables for "
        "the canteen.",
        title="Rooftop Garden Opens",
        date=datetime.date(2021, 6, 1),
    ),
    innovis.Document(
        "fund",
        "A new fund backs biotech start-ups with grants. The fund holds two million dollars.",
        title="Biotech Fund",
        date=datetime.date(2022, 9, 9),
    ),
]


@pytest.fixture(scope="module")
def acme() -> innovis.Assistant:
    return innovis.Assistant.from_documents(DOCUMENTS)


@pytest.fixture
def chat(acme: innovis.Assistant) -> innovis.Conversation:
    conversation = acme.conversation()
    first = conversation.ask("What does the drone laboratory test?")
    assert first.passages[0].doc_id == "lab"
    return conversation


@pytest.mark.parametrize(
    "message", ["when?", "When was that?", "and when was that?", "when was it published?", "date?"]
)
def test_when_gives_the_date_of_the_release_last_quoted(
    chat: innovis.Conversation, message: str
) -> None:
    reply = chat.ask(message)
    assert reply.kind == "source"
    assert "3 Mar 2023" in reply.text and "Acme Opens Drone Laboratory" in reply.text
    assert [p.doc_id for p in reply.passages] == ["lab"]


@pytest.mark.parametrize(
    "message",
    [
        "source",
        "Where is that from?",
        "link",
        "link please",
        "what's the source?",
        "give me the link",
        "which release is this from?",
        "can I read the full release?",
    ],
)
def test_source_gives_title_date_and_url(chat: innovis.Conversation, message: str) -> None:
    reply = chat.ask(message)
    assert reply.kind == "source"
    for part in ["Acme Opens Drone Laboratory", "3 Mar 2023", "https://example.org/news/drone-lab"]:
        assert part in reply.text


def test_source_without_a_url_says_so(acme: innovis.Assistant) -> None:
    conversation = acme.conversation()
    conversation.ask("What does the rooftop garden grow?")
    reply = conversation.ask("where is that from?")
    assert "Rooftop Garden Opens" in reply.text and "no web address" in reply.text


@pytest.mark.parametrize(
    "message", ["tell me more", "Tell me more about that", "elaborate", "what about it?", "why?"]
)
def test_tell_me_more_quotes_the_sentences_around(chat: innovis.Conversation, message: str) -> None:
    reply = chat.ask(message)
    assert reply.kind == "answer"
    text = reply.passages[0].text
    assert text.startswith("Acme opened a drone laboratory")
    assert text.endswith("carried blood samples.")
    wider = chat.ask("tell me more").passages[0].text
    assert wider.endswith("Forty engineers work there.")


def test_tell_me_more_is_as_sure_as_the_answer_it_widens(acme: innovis.Assistant) -> None:
    conversation = acme.conversation()
    answer = conversation.ask("what do engineers do at the laboratory")
    assert answer.kind == "answer" and answer.confidence < 1.0
    wider = conversation.ask("tell me more")
    assert wider.kind == "answer" and wider.confidence == answer.confidence
    # So is it after the conversation's state went through plain data (the web API).
    resumed = acme.conversation(state=conversation.state())
    assert resumed.ask("tell me more").confidence == answer.confidence


def test_follow_ups_before_any_quote_explain_themselves(acme: innovis.Assistant) -> None:
    for message in ["when?", "source", "tell me more"]:
        reply = acme.conversation().ask(message)
        assert reply.kind == "help" and "Ask me a question first" in reply.text


def test_more_after_a_fallback_suggests_what_to_ask(acme: innovis.Assistant) -> None:
    conversation = acme.conversation()
    assert conversation.ask("What is the capital of France?").kind == "fallback"
    reply = conversation.ask("more")
    assert reply.kind == "help" and "Tell me about" in reply.text
    assert "Acme Opens Drone Laboratory" in reply.text


@pytest.mark.parametrize("message", ["and the rooftop garden?", "What about the rooftop garden?"])
def test_new_subject_is_read_with_the_last_questions_intent(
    acme: innovis.Assistant, message: str
) -> None:
    conversation = acme.conversation()
    assert conversation.ask("When did the drone laboratory open?").passages[0].doc_id == "lab"
    reply = conversation.ask(message)
    assert reply.kind == "answer" and reply.passages[0].doc_id == "garden"
    assert "2021" in conversation.ask("when?").text


def test_a_follow_up_with_words_of_its_own_is_a_new_question(chat: innovis.Conversation) -> None:
    reply = chat.ask("when did the fund start backing biotech?")
    assert reply.kind == "answer" and reply.passages[0].doc_id == "fund"


def test_a_question_about_a_day_is_searched_not_read_as_when() -> None:
    documents = [
        *DOCUMENTS,
        innovis.Document(
            "open-day",
            "The harbour campus held its open day on Saturday. The open day drew 3,000 "
            "visitors, among them forty school classes.",
            title="Campus Open Day",
            date=datetime.date(2024, 5, 5),
        ),
    ]
    conversation = innovis.Assistant.from_documents(documents).conversation()
    assert conversation.ask("What does the drone laboratory test?").passages[0].doc_id == "lab"
    reply = conversation.ask("how many came to the open day?")
    assert reply.kind == "answer" and reply.passages[0].doc_id == "open-day"
    assert "3,000" in reply.passages[0].text


@pytest.mark.parametrize("message", ["what day was that?", "which year?", "what date was it?"])
def test_a_question_for_the_day_is_still_when(chat: innovis.Conversation, message: str) -> None:
    reply = chat.ask(message)
    assert reply.kind == "source" and "3 Mar 2023" in reply.text


def test_thanks_with_a_follow_up_gets_both(chat: innovis.Conversation) -> None:
    reply = chat.ask("thanks! and when was it?")
    assert reply.kind == "source"
    assert reply.text.startswith("You're welcome!") and "3 Mar 2023" in reply.text


def test_state_is_json_and_carries_the_conversation_on(acme: innovis.Assistant) -> None:
    conversation = acme.conversation()
    first = conversation.ask("What does the drone laboratory test?", k=1)
    state = json.loads(json.dumps(conversation.state()))
    carried = acme.conversation(state)
    assert "3 Mar 2023" in carried.ask("when?").text
    following = carried.ask("more", k=1)
    assert following.kind == "answer" and following.passages != first.passages
    assert len(json.dumps(carried.state())) < 1000


def test_state_of_a_new_conversation_and_a_changed_corpus(acme: innovis.Assistant) -> None:
    assert acme.conversation(acme.conversation().state()).ask("when?").kind == "help"
    conversation = acme.conversation()
    conversation.ask("What does the drone laboratory test?")
    other = innovis.Assistant.from_documents(DOCUMENTS[1:])
    assert other.conversation(conversation.state()).ask("source").kind == "help"


@pytest.mark.parametrize(
    "state",
    [
        "not a dict",
        {},
        {"version": 99, "question": "q"},
        {"version": 1, "question": 3},
        {"version": 1, "question": "q", "shown": -1},
        {"version": 1, "question": "q", "quoted": [["lab", "0", 5]]},
    ],
)
def test_a_state_that_is_not_one_is_refused(acme: innovis.Assistant, state: object) -> None:
    with pytest.raises(innovis.InvalidArgumentError, match="conversation state"):
        acme.conversation(state)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("When did the drone lab open?", "when did the park open"),
        ("What will HKSTP do for talent?", "what will the park do for talent"),
        ("How much did the lab cost to build?", "how much did the park cost to build"),
        ("When will the lab open in Shenzhen?", "when will the park open in shenzhen"),
        ("What is the San Tin Technopole?", "what is the park"),
        ("Where is the lab located?", "where is the park located"),
        ("What is the budget of the lab?", "what is the budget of the park"),
        ("Did the lab open in June?", "did the park open in june"),
        ("How many engineers does the lab employ?", "how many engineers does the park employ"),
        ("Tell me about the San Tin Technopole", "tell me about the park"),
    ],
)
def test_reframe_keeps_the_question_and_swaps_the_subject(question: str, asked: str) -> None:
    assert reframe(question, "the park") == asked
