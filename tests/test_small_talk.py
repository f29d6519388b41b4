"""Small talk decided by the whole message: each row is a message and the kind of its reply,
after a first question (so follow-ups have something to refer to)."""

from __future__ import annotations

import pytest
from patterns import closings, openings

import innovis
from innovis.answering.conversation import intents

ROWS = """
greeting        | hi
greeting        | hello there
greeting        | Hey INNOVIS!
greeting        | good morning
greeting        | how are you today?
greeting        | nice to meet you
thanks          | thanks
thanks          | thank you so much, that was helpful
thanks          | thanks, that helps
thanks          | great, thanks for the help
thanks          | thanks a lot for your help!
thanks          | many thanks
thanks          | cheers
thanks          | much appreciated
thanks          | that was very useful
thanks          | you've been very helpful
thanks          | ty
thanks          | ok thanks
thanks          | great job
thanks          | hi there, thanks
thanks          | Thank you, that answers it. Very helpful!
acknowledgement | ok
acknowledgement | okay
acknowledgement | cool
acknowledgement | got it
acknowledgement | great
acknowledgement | I see
acknowledgement | makes sense
acknowledgement | perfect
acknowledgement | alright, cool
acknowledgement | Sounds good.
farewell        | no thanks
farewell        | no, thank you
farewell        | nope
farewell        | that's all
farewell        | bye
farewell        | goodbye!
farewell        | see you later
farewell        | thanks, bye
farewell        | have a nice day
farewell        | I'm done
farewell        | thanks for the info, bye
farewell        | no thanks, I'm good
help            | I need help
help            | help
help            | help me
help            | can you help me?
help            | what can you do?
help            | I'm lost
help            | what can I ask?
help            | how does this work?
help            | hi, I need help
help            | hello, help
answer          | hi, what is the GBA?
answer          | hello! what is the San Tin Technopole?
answer          | ok, what is HKSTP?
answer          | What is the San Tin Technopole? thanks
answer          | good morning, tell me about the Northern Metropolis
answer          | How does HKSTP help local talent?
answer          | I need help with the San Tin Technopole
answer          | tell me about the Science Park expansion
answer          | cool, tell me more
answer          | and the GBA?
source          | thanks! and when was it?
source          | cool, and where is that from?
source          | ok. source?
source          | great, what's the link?
answer          | more
"""


def rows() -> list[tuple[str, str]]:
    found = []
    for line in ROWS.strip().splitlines():
        kind, message = (part.strip() for part in line.split("|"))
        found.append((kind, message))
    return found


def test_the_table_is_big_enough() -> None:
    assert len(rows()) >= 60


@pytest.mark.parametrize(("kind", "message"), rows())
def test_reply_kind_follows_the_whole_message(
    assistant: innovis.Assistant, kind: str, message: str
) -> None:
    conversation = assistant.conversation()
    assert conversation.ask("What will HKSTP do for I&T talent?").kind == "answer"
    reply = conversation.ask(message)
    assert reply.kind == kind, reply.text


@pytest.mark.parametrize(
    ("message", "opening"),
    [
        ("hi, what is the GBA?", "Hi! Here's what I found"),
        ("thanks! and when was it?", "You're welcome! That was in"),
        ("hi there, thanks", "You're welcome! Is there anything else"),
    ],
)
def test_mixed_messages_answer_every_part(
    assistant: innovis.Assistant, message: str, opening: str
) -> None:
    conversation = assistant.conversation()
    conversation.ask("What will HKSTP do for I&T talent?")
    assert conversation.ask(message).text.startswith(opening)


def test_acknowledgement_is_not_thanks(assistant: innovis.Assistant) -> None:
    reply = assistant.ask("ok")
    assert "welcome" not in reply.text.lower()


@pytest.mark.parametrize("talk", intents._TALK, ids=lambda talk: talk.kind)
def test_every_small_talk_phrase_opens_as_its_kind_says(talk: intents._Talk) -> None:
    # A message is tried against a kind's phrases only when it opens with one of the kind's
    # openings: one missing would make a phrase go unheard.
    reach = max(map(len, talk.openings))
    missed = {text for text in openings(talk.pattern, reach) if not text.startswith(talk.openings)}
    assert not missed


@pytest.mark.parametrize(
    "talk", [talk for talk in intents._TALK if talk.closings], ids=lambda talk: talk.kind
)
def test_every_closing_phrase_ends_as_its_kind_says(talk: intents._Talk) -> None:
    reach = max(map(len, talk.closings))
    missed = {text for text in closings(talk.pattern, reach) if not text.endswith(talk.closings)}
    assert not missed


def test_a_question_is_not_tried_against_every_kind_of_small_talk() -> None:
    question = "what is the san tin technopole"
    assert not [talk.kind for talk in intents._TALK if question.startswith(talk.openings)]
    assert not [talk.kind for talk in intents._TALK if question.endswith(talk.closings)]
