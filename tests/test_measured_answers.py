"""A question that asks for a measure ("how tall") is answered by the release that gives it,
in the sentence quoted or the one after it, over one that only mentions the thing measured
(invented text)."""

from __future__ import annotations

import datetime

import pytest
from releases import release

import innovis


def test_the_release_that_gives_the_height_answers_how_tall() -> None:
    assistant = innovis.Assistant.from_documents(
        [
            release(
                "2019-06-18",
                "Corran Tower Tops Out at Ashgrove Park",
                "Ashgrove Parks held a topping-out ceremony for Corran Tower today. The "
                "18-storey building will add laboratories for robotics to the park.",
                "The tower will open in the spring of 2020.",
            ),
            release(
                "2024-09-17",
                "Pellow Labs Opens Its Centre at Corran Tower",
                "Pellow Labs, a maker of medical sensors, today opened its research centre on "
                "three floors of Corran Tower at Ashgrove Park.",
                "The centre will employ 120 engineers by 2027.",
            ),
        ],
        today=datetime.date(2025, 3, 10),
    )
    reply = assistant.ask("how tall is corran tower?")
    assert reply.kind == "answer"
    assert "18-storey" in reply.passages[0].text


def test_dates_asked_are_told_by_a_time() -> None:
    # "Dates" asks for a time, as "how old" asks for an age: the sentence that names the
    # trip but gives no time does not answer it, the one that gives its days does.
    archive = [
        release(
            "2025-11-07",
            "Harbour Lab Startups Tour Two Fairs",
            "After joining the Marlow Robotics Fair in Lisbon, the Harbour Lab's startups went on "
            "to the Tidewater Summit in Porto.",
            "Eight startups joined the Tidewater Summit delegation in Porto from October 27 to 31.",
        ),
        release("2025-06-02", "Harbour Lab Hires", "The lab hired 40 engineers for its workshops."),
    ]
    assistant = innovis.Assistant.from_documents(archive, today=datetime.date(2025, 12, 1))
    reply = assistant.ask("tidewater summit porto dates")
    assert reply.kind == "answer", reply.text
    assert "October 27 to 31" in reply.passages[0].text
    assert assistant.ask("marlow robotics fair lisbon dates").kind == "fallback"


def test_a_floor_area_asked_is_told_in_units_of_area() -> None:
    # "Floor area" is a surface: only a sentence that gives one in its units answers it, not
    # the one that names the hall and when it opens.
    archive = [
        release(
            "2024-05-14",
            "Harbour Lab Plans Two Halls",
            "The North Hall will open next year beside the harbour, its ground floor given to "
            "30 startups.",
            "The South Hall will give startups 12,000 square feet of floor space.",
        ),
        release("2024-08-20", "Harbour Lab Hires", "The lab hired 40 engineers for its halls."),
    ]
    assistant = innovis.Assistant.from_documents(archive, today=datetime.date(2025, 1, 1))
    assert assistant.ask("north hall floor area").kind == "fallback"
    reply = assistant.ask("south hall floor area")
    assert reply.kind == "answer", reply.text
    assert "12,000 square feet" in reply.passages[0].text


def test_a_length_or_a_share_asked_is_told_in_some_shape_of_one() -> None:
    # "How long" asks for a length, "what percentage" for a share: a sentence that names the
    # programme or its graduates but gives neither answers something else, however well it
    # matches; a length in any shape ("an 18-month course") or a share ("nearly 60%") answers.
    archive = [
        release(
            "2024-03-12",
            "Harbour Lab Opens the Kestrel Programme",
            "Harbour Lab today opened the Kestrel programme, an 18-month course for robotics "
            "startups.",
        ),
        release(
            "2024-04-09",
            "Harbour Lab Opens the Pellow Programme",
            "The Pellow programme welcomed its first startups from the lab's medical cluster.",
        ),
        release(
            "2024-07-02",
            "Kestrel Startups Graduate",
            "Nearly 60% of the Kestrel graduates will stay on at Harbour Lab.",
            "The others share a workshop in the city.",
        ),
        release(
            "2024-07-19",
            "Pellow Startups Graduate",
            "The Pellow graduates showed their sensors to investors at Harbour Lab.",
        ),
        release("2024-08-20", "Harbour Lab Hires", "The lab hired 40 engineers for its halls."),
        release("2024-09-03", "Harbour Lab Opens a Cafe", "A cafe opened beside the harbour."),
    ]
    assistant = innovis.Assistant.from_documents(archive, today=datetime.date(2025, 1, 1))
    reply = assistant.ask("how long is the kestrel programme")
    assert reply.kind == "answer", reply.text
    assert "18-month" in reply.passages[0].text
    assert assistant.ask("how long is the pellow programme").kind == "fallback"
    reply = assistant.ask("what percentage of kestrel graduates stay at harbour lab")
    assert reply.kind == "answer", reply.text
    assert "60%" in reply.passages[0].text
    # "What share" asks the same: the share is the measure, which no answer need name.
    share = assistant.ask("what share of kestrel graduates stay at harbour lab")
    assert share.passages[0].text == reply.passages[0].text
    assert share.confidence == pytest.approx(reply.confidence)
    fell_back = assistant.ask("what percentage of pellow graduates stay at harbour lab")
    assert fell_back.kind == "fallback", fell_back.text


def test_a_way_to_get_in_touch_is_told_by_a_number_not_by_phones() -> None:
    releases = [
        release(
            "2023-05-02",
            "Ashgrove Parks Opens a Helpdesk for Founders",
            "Ashgrove Parks today opened a helpdesk for founders at its Corran Tower lobby.",
            "Founders can call the helpdesk hotline at 3155 0420 from 9am to 6pm on weekdays.",
        ),
        release(
            "2024-02-14",
            "Startups Show Smart Phones and Watches",
            "Twelve startups showed smart phones, watches and phone cases at the park's spring "
            "fair, which drew 4,000 visitors.",
        ),
        release(
            "2024-06-11",
            "Corran Tower Welcomes Its First Tenants",
            "Pellow Labs and Tarrant Robotics moved into Corran Tower this month.",
        ),
    ]
    assistant = innovis.Assistant.from_documents(releases)
    for question in ("helpdesk phone number", "what's the hotline of the helpdesk?"):
        reply = assistant.ask(question)
        assert reply.kind == "answer" and "3155 0420" in reply.passages[0].text
    # Without the helpdesk, the releases name phones but give no number to call.
    without = innovis.Assistant.from_documents(releases[1:])
    assert without.ask("what is the phone number of the park?").kind == "fallback"
    assert without.ask("what phones did the startups show?").kind == "answer"


def test_a_unit_the_question_names_is_asked_of_the_answer() -> None:
    releases = [
        release(
            "2021-11-26",
            "Ashgrove Opens the Kiln Robotics Centre",
            "The Kiln Robotics Centre at Ashgrove Park will open next year for makers of "
            "factory robots.",
            "The Kiln Fund of Ashgrove Parks gives seed money to the centre's first tenants.",
        ),
        release(
            "2024-03-05",
            "Harbour Works Adds Laboratories",
            "Harbour Works adds 12,000 square feet of laboratories for marine startups.",
            "The Tide Fund gives each startup seed money of HK$500,000 to fit out its laboratory.",
        ),
        release(
            "2024-06-11",
            "Corran Tower Welcomes Its First Tenants",
            "Pellow Labs and Tarrant Robotics moved into Corran Tower this month.",
        ),
    ]
    assistant = innovis.Assistant.from_documents(releases)
    told = assistant.ask("how big are the harbour works laboratories in square feet?")
    assert told.kind == "answer" and "12,000 square feet" in told.passages[0].text
    told = assistant.ask("how large is the tide fund, in Hong Kong dollars?")
    assert told.kind == "answer" and "HK$500,000" in told.passages[0].text
    # The Kiln centre's releases give no size and no sum: naming one, they tell neither.
    assert assistant.ask("how big is the kiln robotics centre in square feet").kind == "fallback"
    assert assistant.ask("how large is the kiln fund in hong kong dollars?").kind == "fallback"
    # "Seed money", "prize money" name a sum as a currency does.
    told = assistant.ask("tide fund seed money")
    assert told.kind == "answer" and "HK$500,000" in told.passages[0].text
    assert assistant.ask("kiln fund seed money").kind == "fallback"


def test_the_size_of_a_sum_is_told_by_a_sum() -> None:
    releases = [
        release(
            "2021-11-26",
            "Ashgrove Opens the Kiln Robotics Centre",
            "The Kiln Robotics Centre at Ashgrove Park will open next year for makers of "
            "factory robots.",
            "Our Kiln Fund also invests in the centre's tenants with 40 partners.",
        ),
        release(
            "2024-03-05",
            "Harbour Works Adds Laboratories",
            "Harbour Works adds 12,000 square feet of laboratories for marine startups.",
            "The Tide Fund of HK$500 million backs the marine startups.",
        ),
        release(
            "2024-06-11",
            "Corran Tower Welcomes Its First Tenants",
            "Pellow Labs and Tarrant Robotics moved into Corran Tower this month.",
        ),
        release(
            "2024-09-02",
            "Ashgrove Hosts a Startup Fair",
            "The fair drew 3,000 visitors to Ashgrove Park over two days.",
        ),
    ]
    assistant = innovis.Assistant.from_documents(releases)
    for asked in ("how big is the tide fund", "what is the size of the tide fund in HK$"):
        told = assistant.ask(asked)
        assert told.kind == "answer" and "HK$500 million" in told.passages[0].text, asked
    # A fund is measured in money: "40 partners" tell no size of the Kiln Fund, and a
    # currency asked by its sign is asked as one named in words.
    for asked in (
        "how big is the kiln fund",
        "how large is the kiln fund in total",
        "what is the size of the kiln fund in HK$",
        "kiln fund size",
    ):
        assert assistant.ask(asked).kind == "fallback", asked


def test_how_much_a_count_grew_is_told_by_the_count_not_a_sum() -> None:
    releases = [
        release(
            "2023-05-02",
            "Ashgrove Park Welcomes New Directors",
            "Under the board, the number of Ashgrove's member companies has grown from around "
            "200 in 2015 to 640 today.",
        ),
        release(
            "2022-06-17",
            "Ashgrove Backs Drug Startups",
            "In five years, the number of drug companies at Ashgrove has doubled, as the city "
            "gave HK$10 billion to health research.",
        ),
        release(
            "2024-06-11",
            "Corran Tower Welcomes Its First Tenants",
            "Pellow Labs and Tarrant Robotics moved into Corran Tower this month.",
        ),
    ]
    assistant = innovis.Assistant.from_documents(releases, today=datetime.date(2024, 7, 1))
    # "How much" of "the number of" asks a number: a sum ("HK$10 billion") tells none.
    reply = assistant.ask("how much has the number of member companies grown since 2015")
    assert reply.kind == "answer", reply.text
    assert "640 today" in reply.passages[0].text
