"""Who left and who joined a board: the sentence that tells the departure or the arrival, in the
release's own words, answers; not the one that repeats "board" most."""

from __future__ import annotations

import datetime

import pytest
from releases import release

import innovis
from innovis.answering.kinds.succession import asks_movement, follows, tells_movement

TODAY = datetime.date(2025, 3, 10)


ARCHIVE = [
    release(
        "2021-07-01",
        "Appointments to the Board of the Lantern Bay Design Council",
        "The Secretary today announced that the Board of the Lantern Bay Design Council has "
        "two new members and that three members are re-appointed.",
        "Ms Odile Fenwick and Mr Rupert Skarsgaard are appointed as new members of the Board "
        "for two years.",
        "Dr Ines Halloran, Mr Bo Lindqvist and Ms Yara Pemberton are re-appointed as members of "
        "the Board.",
        "The term of Professor Caspar Moult on the Board will expire on June 30.",
        "The Board thanked the outgoing members for their years of service.",
    ),
    release(
        "2023-07-01",
        "Board of the Lantern Bay Design Council Renewed",
        "The Secretary announced the Board of the Lantern Bay Design Council for the next term.",
        "Dr Wendell Frame of the Board urged more young designers to join the city's "
        "design sector, which the Board supports with grants.",
        "Mr Tarquin Oduya is appointed to the Board as a new member.",
        "The tenure of Ms Odile Fenwick on the Board ends today.",
    ),
]


@pytest.fixture(scope="module")
def council() -> innovis.Assistant:
    return innovis.Assistant.from_documents(ARCHIVE, today=TODAY)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("who left the board in 2021?", "Caspar Moult"),
        ("which board members stepped down in 2021", "Caspar Moult"),
        ("who joined the board in 2021?", "Odile Fenwick and Mr Rupert Skarsgaard"),
        ("who left the board in 2023?", "tenure of Ms Odile Fenwick"),
        ("who joined the board in 2023?", "Tarquin Oduya"),
    ],
)
def test_who_left_or_joined_quotes_the_sentence_that_tells_it(
    council: innovis.Assistant, question: str, said: str
) -> None:
    reply = council.ask(question)
    assert reply.kind == "answer"
    assert said in reply.passages[0].text


@pytest.mark.parametrize(
    ("question", "movement"),
    [
        ("who left the board in 2023", "departure"),
        ("which directors retired last year?", "departure"),
        ("who joined the board?", "arrival"),
        ("who are the new board members", "arrival"),
        ("what did she do before joining the council?", None),
        ("who is the chairman?", None),
    ],
)
def test_asks_movement(question: str, movement: str | None) -> None:
    assert asks_movement(question) == movement


@pytest.mark.parametrize(
    ("sentence", "departure", "arrival"),
    [
        ("The tenure of four members, Ms A and Mr B, will also end today.", True, False),
        ("His three-year tenure draws to a close this month.", True, False),
        ("We thank the outgoing members for their service.", True, False),
        ("Ms A and Mr B are appointed as new members of the Board.", False, True),
        ("Mr C and Ms D are re-appointed as members of the Board.", False, False),
        ("Ms E has been reappointed for a further term.", False, False),
        ("Ms F will be replacing Mr G as chief on August 1.", True, False),
    ],
)
def test_tells_movement(sentence: str, departure: bool, arrival: bool) -> None:
    assert tells_movement("departure", sentence) == departure
    assert tells_movement("arrival", sentence) == arrival


def test_a_persons_name_of_common_words_keeps_the_answer_to_the_releases_naming_them() -> None:
    # "Peter" and "Rose" are common words of English, but "Mr Peter Rose" is a person: who
    # succeeded him is not told by who succeeded someone else.
    archive = [
        release(
            "2013-06-28",
            "Appointments to the Board of Larchmont Park",
            "The Government today re-appointed Mr Peter Rose as Chairman of the Board of "
            "Larchmont Park for one year.",
            "Mr Rose has chaired the board since 2009.",
        ),
        release(
            "2018-06-14",
            "Larchmont Park Names a New Chairman",
            "Dr Mina Holt was appointed chairman of Larchmont Park for two years, succeeding "
            "Ms Ann Hill, who served four years.",
        ),
        release(
            "2019-03-01",
            "Larchmont Park Counts Its Companies",
            "Larchmont Park counted 320 member companies at the end of 2018.",
        ),
        release(
            "2020-03-01",
            "Larchmont Park Opens a Cafe",
            "Larchmont Park opened a cafe for its tenants.",
        ),
    ]
    park = innovis.Assistant.from_documents(archive, today=datetime.date(2025, 1, 1))
    assert park.ask("who succeeded peter rose as chairman").kind == "fallback"
    assert "Dr Mina Holt" in park.ask("who succeeded ann hill as chairman").passages[0].text


CHAIRS = [
    release(
        "2015-05-04",
        "Ms Ada Quill Appointed Chair of the Lantern Bay Design Council",
        "The Secretary today announced the appointment of Ms Ada Quill as chair of the Lantern "
        "Bay Design Council.",
        "Ms Quill succeeds Mr Bram Holt, who has chaired the council since 2009.",
    ),
    release(
        "2020-05-06",
        "Dr Cyrus Vane Appointed Chair of the Lantern Bay Design Council",
        "The Secretary today announced the appointment of Dr Cyrus Vane as chair of the Lantern "
        "Bay Design Council.",
        "Dr Vane succeeds Ms Ada Quill, who has chaired the council since 2015.",
    ),
]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("who was chair before ada quill?", "Bram Holt"),
        ("who did ada quill replace?", "Bram Holt"),
        ("who replaced ada quill as chair?", "Dr Vane succeeds"),
    ],
)
def test_before_and_after_someone_read_the_handover_the_right_way(question: str, said: str) -> None:
    reply = innovis.Assistant.from_documents(CHAIRS, today=TODAY).ask(question)
    assert reply.kind == "answer"
    assert said in reply.passages[0].text


def test_follows() -> None:
    def term(word: str) -> str:
        return word

    assert follows("He succeeds Ms Ada Quill, who chaired it.", {"ada", "quill"}, term)
    assert not follows("She succeeds Mr Bram Holt.", {"ada", "quill"}, term)
    assert follows(
        "He will succeed the incumbent Council Chair, Ms Ada Quill.", {"ada", "quill"}, term
    )


def test_which_directors_left_last_time_is_told_by_the_outgoing_members() -> None:
    # Asked who left, a sentence that tells no one leaving answers something else: not the
    # newer release's "Committee Member", nor the welcome to new Board members.
    archive = [
        release(
            "2024-06-21",
            "Harbourgate Park Welcomes Appointments to the Board of Directors",
            "Harbourgate Park welcomes the Government's appointments to its Board of Directors, "
            "including the reappointment of Dr Mina Solberg as Chairman.",
            "Under the efforts of the Board of Directors, the park's companies grew from 300 "
            "to 900.",
            "At the same time, we are pleased to welcome the appointment of new Board members "
            "Ms Greta Lindqvist and Mr Omar Haddad. We are also grateful to the outgoing "
            "members, Mr Felix Ortan and Ms Ada Brennick, for their support to Harbourgate Park "
            "during their tenure.",
        ),
        release(
            "2025-02-03",
            "Harbourgate Park Signs with Eastport City",
            "The signing was witnessed by Mr Leo Varga, on the left, Standing Committee Member of "
            "Eastport City, and the chief executive of Harbourgate Park.",
        ),
    ]
    assistant = innovis.Assistant.from_documents(archive, today=TODAY)
    reply = assistant.ask("which directors left the harbourgate park board last time")
    assert reply.kind == "answer", reply.text
    assert "Felix Ortan" in reply.passages[0].text
