"""A "how many" or "how much" question is answered by a sentence that states an amount; one
that holds the question's words and no number (or only a date or a year) does not tell."""

from __future__ import annotations

import datetime

import pytest
from releases import release

import innovis
from innovis.answering.kinds.cues import asks_amount, gives_amount

ARCHIVE = [
    release(
        "2022-04-03",
        "Larchmont Park Opens a Sensor Hall",
        "Larchmont Park opened a sensor hall for startups and students on 3 April 2022.",
        "The hall holds forty benches and a clean room.",
    ),
    release(
        "2023-05-10",
        "Larchmont Park Welcomes Robotics Startups",
        "Robotics startups moved into the Larchmont Park workshop in May 2023.",
        "The workshop was built in 2019 for heavy machines.",
        "Larchmont Park is building a number of new facilities, including Phase 2 of the "
        "robotics workshop.",
    ),
    release(
        "2024-01-15",
        "Larchmont Park Counts Its Companies",
        "Larchmont Park counted 320 member companies at the end of 2023.",
        "Member companies raised 45 million dollars from investors.",
    ),
]


@pytest.fixture(scope="module")
def park() -> innovis.Assistant:
    return innovis.Assistant.from_documents(ARCHIVE, today=datetime.date(2025, 1, 1))


@pytest.mark.parametrize(
    "question",
    [
        "how many startups use the sensor hall?",
        "how many robotics startups moved into the workshop",
        "how many companies will use the new facilities?",
    ],
)
def test_a_sentence_without_an_amount_does_not_answer_how_many(
    park: innovis.Assistant, question: str
) -> None:
    reply = park.ask(question)
    assert reply.kind == "fallback", reply.text


@pytest.mark.parametrize(
    ("question", "expect"),
    [
        ("how many benches does the sensor hall hold", "forty benches"),
        ("how many member companies are there", "320 member companies"),
        ("how much did member companies raise", "45 million"),
    ],
)
def test_a_sentence_with_the_amount_answers(
    park: innovis.Assistant, question: str, expect: str
) -> None:
    reply = park.ask(question)
    assert reply.kind == "answer", reply.text
    assert expect in reply.passages[0].text


def test_dates_and_years_are_not_amounts() -> None:
    assert not gives_amount("The hall opened on 3 April 2022 and again on June 30.")
    assert not gives_amount("The workshop was built in 2019.")
    assert gives_amount("The hall holds forty benches.")
    assert gives_amount("Some 12% of them came in 2020.")
    assert not gives_amount("The park builds Phase 2 of the workshop and Tower 1.")
    assert gives_amount("Phase 2 will add 3.5 hectares.")
    assert asks_amount("What percentage of startups stay?")
    assert not asks_amount("How long is the programme?")


def test_a_query_of_keywords_that_names_the_number_of_something_asks_how_many() -> None:
    graduation = release(
        "2024-07-02",
        "Larchmont Park Hosts Its Graduation Day",
        "Larchmont Park hosted its Graduation Day for startups today. "
        "This year, 212 startups completed the incubation programme. "
        "The park is proud of the record number of graduates, its chairman said.",
    )
    park = innovis.Assistant.from_documents([*ARCHIVE, graduation], today=datetime.date(2025, 1, 1))
    reply = park.ask("graduation day 2024 number of startups")
    assert reply.kind == "answer", reply.text
    assert "212 startups" in reply.passages[0].text


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("graduation 2024 number of startups", True),
        ("latest number of incubation graduates", True),
        ("what is the total number of graduates", True),
        ("when did the number of companies pass 1,000", False),
        ("the phone number of the park", False),
    ],
)
def test_the_number_of_a_plural_asks_an_amount_unless_another_thing_is_asked(
    question: str, asks: bool
) -> None:
    assert asks_amount(question) is asks


def test_how_much_money_is_not_answered_by_a_count() -> None:
    graduation = release(
        "2024-07-02",
        "Larchmont Park Hosts Its Graduation Day",
        "Larchmont Park hosted its Graduation Day today: 212 startups completed its Seedbed, "
        "Harbour and Incu-Lab programmes, which give each startup funding and mentors.",
        "The park is proud of the record number of graduates, its chairman said.",
    )
    park = innovis.Assistant.from_documents([*ARCHIVE, graduation], today=datetime.date(2025, 1, 1))
    reply = park.ask("how much funding does incu-lab give each startup")
    assert reply.kind == "fallback", reply.text
    # A sum of money answers how much.
    assert "45 million" in park.ask("how much money did member companies raise").passages[0].text


def test_how_much_a_party_invests_is_not_told_by_another_partys_sum() -> None:
    partnership = release(
        "2022-06-17",
        "Larchmont Park and Orrin Capital Launch a Startup Programme",
        "Larchmont Park is partnering Orrin Capital in a programme to nurture startups in "
        "marine sensing.",
        "Larchmont Park helps startups through mentorship and investment schemes. Its marine "
        "startups doubled to 80, in step with the Government's focus on ocean science with an "
        "allocation of 300 million dollars to develop the sector.",
        "Startups in the programme receive coaching from Orrin Capital.",
    )
    park = innovis.Assistant.from_documents(
        [*ARCHIVE, partnership], today=datetime.date(2025, 1, 1)
    )
    reply = park.ask("how much money is orrin capital investing in marine startups")
    assert reply.kind == "fallback", reply.text
    # The Government's own sum answers for the Government.
    reply = park.ask("how much has the government allocated to ocean science")
    assert "300 million" in reply.passages[0].text


def test_an_events_attendance_is_how_many_came() -> None:
    fair = release(
        "2024-03-09",
        "Quillon Fair Draws Crowds",
        "The Quillon Fair was held at Larchmont Park today, attracting over 2,400 visitors "
        "from schools and companies.",
        "Mayor Ruth Olsen attended the opening and praised the fair's organisers.",
    )
    park = innovis.Assistant.from_documents([*ARCHIVE, fair], today=datetime.date(2025, 1, 1))
    reply = park.ask("quillon fair attendance")
    assert reply.kind == "answer", reply.text
    assert "2,400 visitors" in reply.passages[0].text


def test_how_many_now_finds_the_newest_total_however_few_words_it_shares() -> None:
    # Sixty shows repeat the question's words; the newest total says little else of them.
    archive = [
        release(
            "2019-05-02",
            "Larchmont Park Opens Its Doors",
            "Larchmont Park opened today with 120 companies in the park.",
        ),
        release(
            "2024-06-21",
            "Larchmont Board Appointments",
            "Larchmont welcomes the appointment of four new board members.",
            "Under the board's guidance, the number of member companies at Larchmont Park has "
            "grown from around 250 in 2021 to 900 today, as the board has guided the park "
            "through the years of its growth.",
        ),
    ]
    day = datetime.date(2015, 1, 1)
    for _ in range(60):
        day += datetime.timedelta(days=37)
        archive.append(
            release(
                day.isoformat(),
                "Larchmont Park Hosts a Show",
                "Larchmont Park companies showed robots in the park's hall at a spring show.",
            )
        )
    park = innovis.Assistant.from_documents(archive, today=datetime.date(2025, 1, 1))
    reply = park.ask("how many companies are in larchmont park now")
    assert reply.kind == "answer", reply.text
    assert "900 today" in reply.passages[0].text


def test_how_many_did_something_is_not_told_by_a_count_of_them_alone() -> None:
    # "How many institutes moved in?" counts those that moved: "works with 12 research
    # institutes" tells how many there are, not how many moved; "five startups moved into
    # the tower" answers its own question.
    archive = [
        release(
            "2023-05-10",
            "Harbour Lab Signs With Research Institutes",
            "Harbour Lab now works with 12 research institutes from the region.",
        ),
        release(
            "2024-02-01",
            "Startups Move Into Corran Tower",
            "Five startups moved into Corran Tower at Harbour Lab this month.",
        ),
        release("2024-08-20", "Harbour Lab Hires", "The lab hired 40 engineers for its halls."),
        release("2024-09-03", "Harbour Lab Opens a Cafe", "A cafe opened beside the harbour."),
    ]
    assistant = innovis.Assistant.from_documents(archive, today=datetime.date(2025, 1, 1))
    reply = assistant.ask("how many research institutes moved into harbour lab")
    assert reply.kind == "fallback", reply.text
    reply = assistant.ask("how many startups moved into corran tower")
    assert reply.kind == "answer", reply.text
    assert "Five startups" in reply.passages[0].text


def test_how_many_in_the_passive_describes_the_things_counted() -> None:
    # "How many startups were selected for the Kestrel programme?" describes the startups
    # counted: "admits 12 startups" answers it though no word for selecting is near.
    archive = [
        release(
            "2023-05-10",
            "Harbour Lab Opens the Kestrel Programme",
            "The Kestrel programme admits 12 startups this spring.",
        ),
        release(
            "2024-02-01",
            "Harbour Lab Names a Chair",
            "The board selected Ms Orla Finch as its chair.",
        ),
        release("2024-08-20", "Harbour Lab Hires", "The lab hired 40 engineers for its halls."),
        release("2024-09-03", "Harbour Lab Opens a Cafe", "A cafe opened beside the harbour."),
    ]
    assistant = innovis.Assistant.from_documents(archive, today=datetime.date(2025, 1, 1))
    reply = assistant.ask("how many startups were selected for the kestrel programme")
    assert reply.kind == "answer", reply.text
    assert "12 startups" in reply.passages[0].text


def test_how_much_was_given_is_told_by_the_sum_in_a_word_of_its_own() -> None:
    archive = [
        *ARCHIVE,
        release(
            "2022-02-24",
            "Larchmont Park Welcomes the 2022 Budget",
            "Larchmont Park welcomes the measures of the 2022 Budget for startups.",
            "The HK$40 million injection into the Harbour Seed Fund doubles what the fund can "
            "invest.",
            "The fund backs startups of the park at their first round.",
        ),
        release(
            "2023-09-09",
            "Larchmont Park Gives Awards",
            "Larchmont Park gave awards to five startups of its robotics workshop.",
        ),
    ]
    park = innovis.Assistant.from_documents(archive, today=datetime.date(2025, 1, 1))
    # "Give" only says the sum went to the fund: the release tells an injection.
    reply = park.ask("how much did the 2022 budget give to the seed fund")
    assert reply.kind == "answer", reply.text
    assert "HK$40 million" in reply.passages[0].text


def test_how_much_is_put_into_a_thing_is_told_by_the_sum_invested() -> None:
    archive = [
        *ARCHIVE,
        release(
            "2023-06-02",
            "Larchmont Park Signs with the Quillon Institute",
            "Larchmont Park signed an agreement with the Quillon Institute on robotics.",
            "The Quillon Institute will invest HK$30 million to establish the Quillon Seed Fund "
            "for young engineers.",
            "The Quillon Institute will also open an office in the park.",
        ),
    ]
    park = innovis.Assistant.from_documents(archive, today=datetime.date(2025, 1, 1))
    # A progressive verb after its subject is asked, not a thing; "putting into" only says
    # the sum went into the fund, which the release tells as invested.
    reply = park.ask("how much is the quillon institute putting into its seed fund")
    assert reply.kind == "answer", reply.text
    assert "HK$30 million" in reply.passages[0].text


def test_a_sum_in_words_is_told_by_the_sum_a_release_writes_in_a_sign() -> None:
    archive = [
        release(
            "2016-03-01",
            "Harbour Lab Statement on Quillon Robotics",
            "Harbour Lab issued a statement on a news report about Quillon Robotics.",
            "Harbour Lab had not offered a grant of HK$2 million to Quillon Robotics.",
            "Quillon Robotics left the incubation programme in 2015.",
        ),
        release("2017-05-10", "Harbour Lab Opens a Hall", "Harbour Lab opened a hall."),
        release("2018-06-12", "Harbour Lab Hires", "The lab hired 40 engineers for its halls."),
    ]
    lab = innovis.Assistant.from_documents(archive, today=datetime.date(2025, 1, 1))
    # The archive never writes "dollars": the sum is its number, in a sign of its own.
    reply = lab.ask("did harbour lab give quillon robotics two million dollars?")
    assert reply.kind == "answer", reply.text
    assert "HK$2 million" in reply.passages[0].text


def test_how_many_deals_is_told_by_the_total_of_partnerships_not_its_parts() -> None:
    archive = [
        release(
            "2024-03-12",
            "Larchmont Park Scores Six Partnerships in the Nordics",
            "Larchmont Park completed its Nordic mission with a total of six partnerships.",
            "Larchmont Park secured two partnerships, while another four deals were signed by "
            "park companies on the Nordic mission.",
            "The mission was led by the park's chairman.",
        ),
        *ARCHIVE,
    ]
    assistant = innovis.Assistant.from_documents(archive, today=datetime.date(2025, 1, 1))
    reply = assistant.ask("how many deals did larchmont park sign on its nordic mission")
    assert reply.kind == "answer", reply.text
    assert "a total of six" in reply.passages[0].text


def test_a_price_asked_is_told_by_a_sum_not_a_share() -> None:
    hall = release(
        "2021-04-02",
        "Larchmont Park Opens a Garden Hall",
        "Larchmont Park opened its garden hall today.",
        "The garden hall was built with 39 green features, with gardens covering 40 percent "
        "of its site.",
    )
    park = innovis.Assistant.from_documents([*ARCHIVE, hall], today=datetime.date(2025, 1, 1))
    # "Cost" asks a sum of money: the share of the site that is garden tells no price.
    reply = park.ask("how much did the larchmont park garden hall cost to build")
    assert reply.kind == "fallback", reply.text
    # Asked how much of the site, the share answers.
    reply = park.ask("how much of the garden hall site is gardens")
    assert reply.kind == "answer", reply.text
    assert "40 percent" in reply.passages[0].text
