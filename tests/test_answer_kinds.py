"""The kind of answer a question asks for picks the sentence: a height for "how tall", a total
for "how many ... now", a release's own words for a visitor's ("began" for "begin")."""

from __future__ import annotations

import datetime

import pytest
from releases import release

import innovis
from innovis.answering.kinds.conditions import asks_consequence
from innovis.answering.kinds.cues import count_strength, counted_deed, counted_word, members_asked
from innovis.answering.kinds.descriptions import asks_description
from innovis.answering.kinds.measures import (
    asked_measure,
    measures,
    owners_of_sums,
    without_shares,
)
from innovis.answering.kinds.places import tells_place
from innovis.answering.kinds.times import tells_span, tells_time
from innovis.answering.ranking.ordering import dates_first
from innovis.answering.ranking.release_sentences import timed_sentences
from innovis.answering.ranking.retrieval import Hit, Retriever
from innovis.index.build import build_index
from innovis.index.ranking import RankingConfig
from innovis.text.analysis import analyse

TODAY = datetime.date(2025, 3, 10)

# A release of the same park that answers none of the questions put beside it: other news in
# the archive, as a press room has.
COUNTS = release(
    "2023-03-01",
    "Larchmont Park Counts Its Companies",
    "Larchmont Park counted 320 member companies at the end of 2022.",
)


def first_quote(assistant: innovis.Assistant, question: str) -> str:
    reply = assistant.ask(question)
    assert reply.kind == "answer", reply.text
    return reply.passages[0].text


def test_how_tall_quotes_the_sentence_with_the_height() -> None:
    assistant = innovis.Assistant.from_documents(
        [
            release(
                "2021-04-02",
                "Lantern Tower Opens",
                "The Lantern Tower opened in Ferrow Quay in 2021 after four years of work.",
                "The Lantern Tower is a 31-storey building of offices above a market hall.",
            )
        ],
        today=TODAY,
    )
    assert "31-storey" in first_quote(assistant, "How tall is the Lantern Tower?")


@pytest.mark.parametrize(
    ("question", "kind", "sentence"),
    [
        ("how tall is it", "height", "a 31-storey tower"),
        ("how high is the mast", "height", "The mast stands 120 metres above the bay."),
        ("how long is the course", "length", "The course lasts six months."),
        ("how big is the campus", "area", "It has 45,000 square metres of laboratories."),
        ("how big is the campus", "area", "The 87-hectare site lies by the river."),
        ("how much is the grant", "money", "Each team receives HK$500,000."),
        ("what share of startups survive", "percent", "Of them, 78 per cent survive."),
        ("marlow fair dates", "date", "The fair runs from October 27 to 31."),
        ("what date did the fair open", "date", "It opened on 3 May."),
        ("north hall floor area", "surface", "It gives 12,000 square feet to startups."),
        ("how big is the venture fund", "currency", "The fund holds HK$2 billion."),
        ("fund size", "currency", "The fund holds US$40 million."),
        ("what is it worth in HK$", "currency", "It was sold for HK$30 million."),
        ("how large is the prize in €", "currency", "The winner takes €5,000."),
        ("how much do the park's tenants pay", "currency", "Rent is HK$9 a square foot."),
        ("how big is the seed capital", "currency", "It holds HK$50 million."),
    ],
)
def test_a_measure_is_a_number_in_its_units(question: str, kind: str, sentence: str) -> None:
    assert asked_measure(question) == kind
    assert measures(kind, sentence)


@pytest.mark.parametrize(
    ("kind", "sentence"),
    [
        ("height", "The tower opened in 2021."),
        ("money", "Forty companies joined."),
        ("percent", "The 22-storey tower opened."),
    ],
)
def test_other_numbers_are_no_measure(kind: str, sentence: str) -> None:
    assert not measures(kind, sentence)


def test_how_many_now_quotes_the_newest_total_not_a_newer_count_of_some() -> None:
    assistant = innovis.Assistant.from_documents(
        [
            release(
                "2022-05-02",
                "Orchard Park Yearly Review",
                "Orchard Park published its yearly review today.",
                "The number of companies at Orchard Park rose to 640.",
            ),
            release(
                "2024-05-06",
                "Orchard Park Yearly Review",
                "Orchard Park published its yearly review today.",
                "Park companies filed 90 patents; 12 companies at the park opened offices abroad.",
                "The number of companies at the park rose to 910, and 8,000 people work there.",
            ),
            release(
                "2024-11-20",
                "Orchard Park Hosts a School Fair",
                "Pupils from 40 schools met 25 park companies at Orchard Park's school fair.",
            ),
        ],
        today=TODAY,
    )
    quote = first_quote(assistant, "how many companies are in the park now?")
    assert "910" in quote


ORCHARD_NEWS = [
    release(
        "2022-05-02",
        "Orchard Park Yearly Review",
        "Orchard Park published its yearly review today.",
        "The number of companies at Orchard Park rose to 640.",
    ),
    release(
        "2023-03-14",
        "Orchard Park Leads a Mission to Valdora",
        "Orchard Park led 14 technology firms to the Valdora trade fair this week.",
        "The firms met buyers from across the region, some after years of trying.",
    ),
    release(
        "2023-09-14",
        "Orchard Park Signs with Valdora",
        "Orchard Park signed an agreement with the Valdora Chamber of Commerce.",
        "It will help the firms of both sides.",
    ),
    release(
        "2024-05-06",
        "Orchard Park Yearly Review",
        "Orchard Park published its yearly review today.",
        "The number of technology companies at the park rose to 910; 8,000 people work there.",
    ),
    release(
        "2024-11-20",
        "Orchard Park Hosts a School Fair",
        "Nearly 900 pupils from 40 schools met park companies at Orchard Park's school fair.",
    ),
]


def test_how_many_of_a_visitors_word_counts_the_releases_word_for_it() -> None:
    # A visitor's "firms" are the release's "companies" (wordings): "the number of companies"
    # tells how many firms there are, where "900 pupils" of a newer release counts none.
    assistant = innovis.Assistant.from_documents(ORCHARD_NEWS, today=TODAY)
    assert "910" in first_quote(assistant, "how many firms are in the park?")


def test_a_total_the_search_missed_does_not_answer_how_many_went_somewhere() -> None:
    # "The number of companies" of a review that never names Valdora is no answer to how many
    # firms went there, however new it is.
    assistant = innovis.Assistant.from_documents(ORCHARD_NEWS, today=TODAY)
    assert "14 technology firms" in first_quote(assistant, "how many tech firms went to valdora")


def test_how_many_counts_a_contracted_word_as_the_word_it_contracts() -> None:
    reader = innovis.Assistant.from_documents(ORCHARD_NEWS, today=TODAY)._dialogue.retriever
    assert reader.read("how many yrs did it take").counted == reader.reader.term("years")


@pytest.mark.parametrize(
    ("question", "counted"),
    [
        ("how many climate companies are there", "companies"),
        ("how many schools take part in the fair", "schools"),
        ("how many schools join youth innoexplorers", "schools"),
        ("how many companies joined trade missions", "companies"),
        ("how many people came", "people"),
        ("How many universities does the city have?", "universities"),
        # A plural before a plural modifies it, as a name's does.
        ("how many larch parks graduates are there", "graduates"),
    ],
)
def test_how_many_counts_the_head_of_its_phrase(question: str, counted: str) -> None:
    assert counted_word(question) == counted


@pytest.mark.parametrize(
    ("question", "deed"),
    [
        ("how many research labs moved in by 2019", "moved"),
        ("drone firms: how many firms joined the fair", "joined"),  # not the label's word
        ("how many players were awarded prizes", None),  # a passive names no deed
    ],
)
def test_the_deed_of_a_count_is_the_word_after_what_it_counts(
    question: str, deed: str | None
) -> None:
    assert counted_deed(question) == deed


def test_the_number_of_a_thing_is_surer_than_a_count_of_some() -> None:
    def strength(sentence: str) -> int:
        words = sentence.lower().replace(",", "").rstrip(".").split()
        return count_strength(words, analyse(" ".join(words)), "compani")

    assert strength("number companies rose 1,150") == 2
    assert strength("31 companies valued") == 1
    assert strength("companies said august 1") == 0
    assert strength("number companies 2019 grew") == 0


def test_irregular_verbs_find_their_base_form() -> None:
    assert analyse("The centre began work and won an award.") == analyse(
        "centre begin work win award"
    )
    assert analyse("applicants") == analyse("applied")
    assistant = innovis.Assistant.from_documents(
        [
            release(
                "2019-03-01",
                "Tidemark Lab Turns Five",
                "Tidemark Lab, which began operation in 2014, now hosts 60 teams.",
                "The lab thanked its partners at a dinner.",
            )
        ],
        today=TODAY,
    )
    assert "began operation in 2014" in first_quote(assistant, "when did tidemark lab begin?")


def test_the_one_an_event_is_done_to_is_found_by_its_verb() -> None:
    # "-ee" nouns name who the event is done to: "incubatees" are incubated, "trainees" trained.
    assert analyse("incubatees trainees appointees") == analyse("incubate train appoint")
    assistant = innovis.Assistant.from_documents(
        [
            release(
                "2019-03-01",
                "Tidemark Lab Turns Five",
                "Tidemark Lab opened a second floor for its partners.",
                "Tidemark Lab aims to double its incubatees from 60 to 120 by 2022.",
            )
        ],
        today=TODAY,
    )
    assert "120" in first_quote(assistant, "how many does tidemark lab want to incubate?")


def test_who_came_before_someone_quotes_the_handover() -> None:
    assistant = innovis.Assistant.from_documents(
        [
            release(
                "2016-03-01",
                "Ms Ada Quill Named Chair of Brightwater Labs",
                "The Minister today announced the appointment of Ms Ada Quill as Chair of "
                "Brightwater Labs. She will succeed the outgoing Chair, Mr Piers Landon.",
                "Ms Quill has led the Harbour Trust since 2010.",
            ),
            release(
                "2020-03-02",
                "Ms Ada Quill Reappointed Chair of Brightwater Labs",
                "The Minister today reappointed Ms Ada Quill as Chair of Brightwater Labs.",
            ),
        ],
        today=TODAY,
    )
    quote = first_quote(assistant, "who was chair before ada quill?")
    assert "Piers Landon" in quote


def test_initials_are_found_with_or_without_their_full_stops() -> None:
    assert set(analyse("Ir Dr H.L. Yiu")) >= set(analyse("hl yiu"))
    assert set(analyse("H.L. Yiu")) >= set(analyse("H L Yiu"))
    assistant = innovis.Assistant.from_documents(
        [
            release(
                "2023-06-19",
                "New Director of Operations",
                "Marlowe Works today announced the appointment of Ir Dr K.T. Ostrander as "
                "Director of Operations, succeeding Mr Rufus Penn.",
                "The works thanked its partners at a dinner.",
            )
        ],
        today=TODAY,
    )
    assert "Rufus Penn" in first_quote(assistant, "who did kt ostrander replace?")


def test_when_quotes_a_sentence_that_tells_a_time() -> None:
    assistant = innovis.Assistant.from_documents(
        [
            release(
                "2023-06-19",
                "Quarry Labs Names a Head of Research",
                "Welcoming the appointment, Ms Nell Varden, CEO of Quarry Labs, praised the "
                "new head of research.",
            ),
            release(
                "2017-04-26",
                "Ten Questions for Nell Varden",
                "Nell Varden joined Quarry Labs as head of design in 2015 and was appointed "
                "CEO a year later.",
            ),
        ],
        today=TODAY,
    )
    quote = first_quote(assistant, "when did nell varden become ceo?")
    assert "a year later" in quote


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("It was appointed CEO six months later.", True),
        ("A study will be commenced soon.", True),
        ("The lab opened on 3 May.", True),
        ("The lab will open next year.", True),
        ("Welcoming the appointment, Ms Varden, CEO, said so.", False),
        ("Today, the park opened its doors.", True),
        ("“Tomorrow we open,” she said.", True),
        ("Under the theme “Build Now, Shape Tomorrow”, the course runs ten weeks.", False),
        ("The Makers of Tomorrow course runs ten weeks.", False),
        ("The bureau was set up just two weeks prior to the fair.", True),
        ("Its organiser was founded only the day before.", True),
        ("The day of the fair was sunny.", False),
        # A time told by how long or how often: when a thing is open, one may come.
        ("The programme is open for application throughout the year.", True),
        ("The hall takes bookings all year round.", True),
        ("Tenants can leave at any time.", True),
        ("The year's results were strong.", False),
    ],
)
def test_a_time_is_a_date_or_a_time_told_relative_to_another(sentence: str, told: bool) -> None:
    assert tells_time(sentence) is told


HARBOUR_INCUBATOR = [
    release(
        "2024-02-02",
        "Harbour Incubator Doubles Its Bench Space",
        "Founders of hardware startups can apply to the Harbour Incubator for bench space"
        " and mentoring from its engineers.",
        "Applications from founders to the Harbour Incubator are open throughout the year.",
    ),
    COUNTS,
]


def test_when_one_may_do_a_thing_is_told_by_a_time_it_lasts() -> None:
    # "Throughout the year" is when one may apply; it used to tell no time, and the sentence
    # that only says founders can apply was quoted first.
    assistant = innovis.Assistant.from_documents(HARBOUR_INCUBATOR, today=TODAY)
    quote = first_quote(assistant, "when can founders apply to the harbour incubator")
    assert "throughout the year" in quote


def test_whether_one_may_do_a_thing_anytime_asks_when() -> None:
    # "Anytime" asks when one may, and no release need write it: it used to be a word the
    # archive lacks, and the sentence that tells no time was quoted.
    assistant = innovis.Assistant.from_documents(HARBOUR_INCUBATOR, today=TODAY)
    quote = first_quote(assistant, "can founders apply to the harbour incubator anytime")
    assert "throughout the year" in quote


@pytest.mark.parametrize(
    "question",
    ["can startups apply to the quayside launchpad anytime", "when can startups apply to it"],
)
def test_when_one_may_is_not_told_by_any_year(question: str) -> None:
    # A count of applications in a year tells nothing of when one may apply.
    assistant = innovis.Assistant.from_documents(
        [
            release(
                "2020-09-15",
                "Quayside Launchpad Picks Its Intake",
                "The Quayside Launchpad received 611 applications, up from 388 in 2017.",
                "Eighteen of the startups work on health technology.",
            ),
            COUNTS,
        ],
        today=TODAY,
    )
    assert assistant.ask(question).kind == "fallback"


KESTREL_NEWS = [
    innovis.Document(
        "ceo",
        "Kestrel Port has appointed Ada Quill as chief executive, its first change at the top in "
        "a decade, to steer the port through growth. Quill will take over from Piers Landon on "
        "September 1, the port said on Tuesday. She led the Harbour Trust for eight years.",
        title="Kestrel Port Names New Chief Executive",
    ),
    innovis.Document(
        "berth",
        "Kestrel Port opened its new terminal to ships from six lines. Work on a second berth "
        "will start once the port finds the funds.",
        title="Kestrel Port Opens a New Terminal",
    ),
]


def test_when_reads_every_timed_sentence_of_the_release_that_answers() -> None:
    # "Quill will take over ... on September 1" shares only her name with "when does Ada Quill
    # start?": the search may rank it out of sight, but it is read as a candidate.
    retriever = Retriever(build_index(KESTREL_NEWS, RankingConfig()))
    query = retriever.read("when does ada quill start")
    lead = Hit(0, 1.0)
    found = timed_sentences(retriever, query, retriever.document_of(lead), [lead])
    assert [retriever.text(hit.sentence) for hit in found] == [
        "Quill will take over from Piers Landon on September 1, the port said on Tuesday."
    ]


def test_when_quotes_the_timed_sentence_of_the_release_as_confidently() -> None:
    # The lead answers "when does Ada Quill start?" best but tells no time; the sentence of its
    # release that does is quoted first, as confidently, though its own words match less.
    retriever = Retriever(build_index(KESTREL_NEWS, RankingConfig()))
    lead, timed, other = Hit(0, 9.0), Hit(1, 4.0), Hit(3, 3.0)
    confidence_of = {lead: 0.6, timed: 0.3, other: 0.5}
    hits, confidences = dates_first(retriever, [lead, timed, other], confidence_of)
    assert hits[0] == timed
    assert confidences[timed] == 0.6
    # A timed sentence of the release much less sure than the best is not quoted.
    hits, confidences = dates_first(retriever, [lead, timed], {lead: 0.9, timed: 0.3})
    assert hits[0] == lead


def test_when_did_it_start_quotes_the_start_not_the_lead_that_dates_its_own_news() -> None:
    assistant = innovis.Assistant.from_documents(
        [
            release(
                "2023-09-20",
                "Larchmont Park Names the 2023 Cohort of Makers of Tomorrow",
                "Larchmont Park has confirmed the 2023 cohort of its Makers of Tomorrow (MOT) "
                "programme.",
                "Under the theme “Build Now, Shape Tomorrow”, the ten-month MOT programme "
                "starts with a week of workshops.",
            ),
            release(
                "2024-03-02",
                "Larchmont Park Opens Applications for Makers of Tomorrow",
                "Larchmont Park has opened applications for the Makers of Tomorrow (MOT) "
                "programme.",
                "Launched in 2019, the MOT programme has trained sixty young engineers.",
            ),
            COUNTS,
        ],
        today=TODAY,
    )
    quote = first_quote(assistant, "when did the makers of tomorrow programme start")
    assert "Launched in 2019" in quote


def test_when_did_it_start_and_end_quotes_the_span_not_only_its_end() -> None:
    assistant = innovis.Assistant.from_documents(
        [
            release(
                "2022-09-27",
                "Larchmont Park Explains the Kiln Works Lease",
                "In mid-2020, we reminded Kiln Works that their lease would expire at the end "
                "of 2021. Kiln Works had signed a three-year lease in 2018, for a term from 1 "
                "January 2019 to 30 December 2021.",
                "Kiln Works makes glass for the park's labs.",
            ),
            COUNTS,
            release(
                "2023-05-10",
                "Larchmont Park Opens a Robotics Lab",
                "The robotics lab will start taking bookings in June.",
            ),
        ],
        today=TODAY,
    )
    quote = first_quote(assistant, "when did the kiln works lease start and end")
    assert "from 1 January 2019 to 30 December 2021" in quote


def test_the_dates_of_a_thing_that_lasts_are_both_its_ends() -> None:
    # Keywords asking "dates", in the plural, of one lease ask when it began and ended.
    assistant = innovis.Assistant.from_documents(
        [
            release(
                "2022-09-27",
                "Larchmont Park Explains the Kiln Works Lease",
                "Larchmont Park today held a press conference on its lease with Kiln Works "
                "and answered questions from the media.",
                "In mid-2020, we reminded Kiln Works that their three-year lease would expire "
                "at the end of 2021.",
                "Larchmont Park said a three-year lease was signed with Kiln Works in 2018, "
                "with a term from 1 January 2019 to 30 December 2021.",
            ),
            COUNTS,
        ],
        today=TODAY,
    )
    quote = first_quote(assistant, "kiln works lease dates")
    assert "from 1 January 2019 to 30 December 2021" in quote


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("The term runs from 1 January 2019 to 30 December 2021.", True),
        ("The fair was held between March 2023 and May 2023.", True),
        ("The scheme ran from 2019 to 2021.", True),
        ("Their lease will expire at the end of 2021.", False),
        ("From 2019, the park grew to 30 companies.", False),
    ],
)
def test_a_span_is_told_by_both_its_ends(sentence: str, told: bool) -> None:
    assert tells_span(sentence) is told


def test_a_visitors_start_finds_a_releases_began() -> None:
    assistant = innovis.Assistant.from_documents(
        [
            release(
                "2021-06-18",
                "Board Appointments at Fenmoor Parks",
                "The Minister today appointed a new member to the board of Fenmoor Parks.",
                "Fenmoor Parks, which began operation in 2004, runs two science parks.",
            )
        ],
        today=TODAY,
    )
    assert "began operation in 2004" in first_quote(assistant, "when did fenmoor parks start?")


def _ashgrove() -> innovis.Assistant:
    return innovis.Assistant.from_documents(
        [
            release(
                "2019-06-18",
                "Corran Tower Tops Out",
                "Ashgrove Parks held a topping-out ceremony for Corran Tower today. The "
                "18-storey building will house laboratories for robotics.",
                "The ceremony was attended by the builders and their families.",
            ),
            release(
                "2024-09-28",
                "Ashgrove Opens Its Data Lab",
                "Ashgrove Parks today opened its data lab to researchers and startups. The "
                "facility, located at the Harbour Works in Pellow Bay, offers training.",
                "Courses for startups begin in the spring.",
            ),
            release(
                "2022-03-01",
                "Ashgrove Parks Yearly Review",
                "Ashgrove Parks published its yearly review today.",
                "Startups at the parks raised money from investors.",
            ),
        ],
        today=TODAY,
    )


def test_a_number_in_the_next_sentence_completes_the_answer() -> None:
    quote = first_quote(_ashgrove(), "how tall is corran tower?")
    assert quote.startswith("Ashgrove Parks held") and "18-storey" in quote


@pytest.mark.parametrize(
    "question", ["where is the ashgrove data lab?", "ashgrove data lab venue", "data lab location"]
)
def test_where_quotes_on_to_the_sentence_that_names_a_place(question: str) -> None:
    # "Venue" and "location" ask where, as "where" does, in words no release need write.
    quote = first_quote(_ashgrove(), question)
    assert quote.startswith("Ashgrove Parks today opened") and "Pellow Bay" in quote


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("The lab, located at the Harbour Works, opened.", True),
        ("It runs parks in Tai Po and Yuen Long.", True),
        ("The plan is based on a study.", False),
        ("The data lab opened today.", False),
    ],
)
def test_a_place_is_where_something_is_located_or_a_name_after_in(
    sentence: str, told: bool
) -> None:
    assert tells_place(sentence, {"lab", "data"}, lambda word: word) is told


def test_where_quotes_where_it_is_located_over_the_lead_that_mentions_a_place() -> None:
    assistant = innovis.Assistant.from_documents(
        [
            release(
                "2024-09-28",
                "Larchmont Park Opens the City's First Robotics Test Hall",
                "Larchmont Park has opened several facilities at North Campus, including the "
                "city's first robotics test hall.",
                "It is open to member companies. The robotics test hall, located in Block 7 "
                "beside the east gate, holds twelve test cells.",
            ),
            COUNTS,
        ],
        today=TODAY,
    )
    quote = first_quote(assistant, "where is the robotics test hall")
    assert "located in Block 7" in quote


def test_where_quotes_the_place_named_after_it_not_what_is_based_in_it() -> None:
    assistant = innovis.Assistant.from_documents(
        [
            release(
                "2021-06-01",
                "Minister Tours Drone Makers",
                "The minister toured three drone makers on Monday.",
                "One drone maker based in the Harbour Park showed its new models, and another "
                "located at the Harbour Park flew them.",
            ),
            release(
                "2024-02-01",
                "Larchmont Trust Names a New Director",
                "Larchmont Trust named a new director today.",
                "The trust runs the Harbour Park in Sai Kung and a design lab in Tai Po.",
            ),
        ],
        today=TODAY,
    )
    assert "Harbour Park in Sai Kung" in first_quote(assistant, "where is the harbour park")


def test_where_quotes_what_it_stands_adjacent_to() -> None:
    assistant = innovis.Assistant.from_documents(
        [
            release(
                "2022-05-01",
                "Larchmont Park Opens a Student Hall",
                "Larchmont Park opened its new student hall at a ceremony for students and "
                "teachers.",
                "The student hall stands adjacent to the library of the park.",
            ),
            COUNTS,
        ],
        today=TODAY,
    )
    quote = first_quote(assistant, "where is the student hall")
    assert "adjacent to the library" in quote


def test_who_joined_in_a_year_quotes_the_sentence_that_names_the_person() -> None:
    board = "Appointments to the Board of Larchmont Park"
    thanks = "The Minister thanked the Board for its work."
    assistant = innovis.Assistant.from_documents(
        [
            release(
                "2021-06-18",
                board,
                "The Government today announced that the Minister of Works had appointed a new "
                "member to the Board of Larchmont Park.",
                "Engineer Ms Petra Vell has been appointed as a new board member for two years "
                "from July 1, 2021.",
                thanks,
            ),
            release(
                "2023-06-30",
                board,
                "The Government today announced that Mr Otto Brand and Ms Lina Sorel have been "
                "appointed as new board members.",
                thanks,
            ),
            COUNTS,
        ],
        today=TODAY,
    )
    quote = first_quote(assistant, "who was appointed to the board in 2021")
    assert "Ms Petra Vell" in quote


def test_what_is_quotes_the_sentence_that_says_what_it_is() -> None:
    assistant = innovis.Assistant.from_documents(
        [
            release(
                "2023-03-03",
                "Sixty Startups Join Pathway",
                "Twenty of them form the first cohort of the new Long Bench Track, which supports "
                "ventures built on research for five years.",
                "“The Long Bench Track gives them that time,” said Ms Orla Finch.",
                "Companies in the Long Bench Track work on batteries and sensors.",
            )
        ],
        today=TODAY,
    )
    quote = first_quote(assistant, "what is the long bench track?")
    assert "which supports ventures" in quote


def test_what_kinds_quotes_the_sentence_that_lists_them() -> None:
    assistant = innovis.Assistant.from_documents(
        [
            release(
                "2024-05-02",
                "Larchmont Park Launches the Harbour Fund",
                "Larchmont Park today launched the Harbour Fund, the park's first fund to invest "
                "beside private partners in startups.",
                "Focusing on three sectors — robotics, clean energy and food technology — the "
                "fund will invest in startups at their second round.",
                "The fund is run by a subsidiary of the park.",
            ),
            release(
                "2024-06-10",
                "Larchmont Park Opens a Sensor Hall",
                "Larchmont Park opened a sensor hall for startups in the robotics sector.",
            ),
            release(
                "2023-03-01",
                "Larchmont Park Counts Its Companies",
                "Larchmont Park counted 320 member companies at the end of 2022.",
                "Member companies raised 45 million dollars from investors.",
            ),
        ],
        today=TODAY,
    )
    quote = first_quote(assistant, "what sectors does the harbour fund invest in")
    assert "robotics, clean energy and food technology" in quote


def test_keywords_ending_in_a_plural_ask_which_ones() -> None:
    # "harbour programme focus sectors" asks which sectors, as "what sectors" does: not the
    # sentence that names the programme most.
    assistant = innovis.Assistant.from_documents(
        [
            release(
                "2024-05-02",
                "Larchmont Park Launches the Harbour Programme",
                "Larchmont Park today launched the Harbour Programme, the park's first fund to "
                "invest beside private partners in startups.",
                "Focusing on three sectors — robotics, clean energy and food technology — the "
                "Fund will invest in startups at their second round.",
                "The fund is run by a subsidiary of the park.",
            ),
            release(
                "2024-11-18",
                "Kestrel Group Joins the Harbour Programme",
                '"The Harbour Programme" Signing Ceremony: Kestrel Group officially joined the '
                "Harbour Programme of Larchmont Park as a strategic partner.",
                "The Harbour Programme signing ceremony was held at the park.",
            ),
            release(
                "2022-01-10",
                "Larchmont Park Backs Health Startups",
                "The park will focus on startups of the health sector.",
                "Its labs serve the sector.",
            ),
        ],
        today=TODAY,
    )
    quote = first_quote(assistant, "harbour programme focus sectors")
    assert "robotics, clean energy and food technology" in quote


def test_what_is_quotes_the_release_that_announced_it_not_a_later_mention() -> None:
    assistant = innovis.Assistant.from_documents(
        [
            release(
                "2024-04-08",
                "First Public-Private Fund for Startups in Larchmont",
                "Larchmont Park officially launched the Larchmont Co-Growth Programme, the "
                "city's first public-private fund for startups.",
                "The fund will invest beside private partners in robotics startups.",
            ),
            release(
                "2024-11-18",
                "Marrow Group Joins the Larchmont Co-Growth Programme",
                "Co-Growth Programme signing: Marrow Group officially joined the Larchmont "
                "Co-Growth Programme as a partner.",
                "Marrow Group makes ship parts.",
            ),
            COUNTS,
        ],
        today=TODAY,
    )
    quote = first_quote(assistant, "what is the larchmont co-growth programme")
    assert "first public-private fund" in quote


def test_what_is_keeps_a_later_sentence_that_says_what_it_is() -> None:
    assistant = innovis.Assistant.from_documents(
        [
            release(
                "2023-02-01",
                "Larchmont Park Plans Ahead",
                "Larchmont Park will open the Kiln Loft next year.",
            ),
            release(
                "2024-05-20",
                "Larchmont Park Opens the Kiln Loft",
                "The Kiln Loft, which offers glass furnaces to startups, opened today.",
            ),
            COUNTS,
        ],
        today=TODAY,
    )
    quote = first_quote(assistant, "what is the kiln loft")
    assert "which offers glass furnaces" in quote


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("what is the STEP programme?", True),
        ("whats data hub @lp", True),
        ("what’s the Data Hub @LP?", True),
        ("tell me about the data lab", True),
        ("what does the fund do?", True),
        ("what is the population of the city?", False),
        ("when did the lab open?", False),
    ],
)
def test_what_is_asks_for_a_description(question: str, asks: bool) -> None:
    assert asks_description(question) is asks


def test_what_is_quotes_the_relative_clause_that_says_what_it_does() -> None:
    assistant = innovis.Assistant.from_documents(
        [
            release(
                "2022-11-04",
                "Ten Questions for the Head of Larchmont Park",
                "The park runs six labs and a data hub.",
                "Data Hub @LP marks a bold step for the city's data economy. One new venture of "
                "the park is the Data Hub @LP project which links record owners with app makers.",
            ),
            COUNTS,
        ],
        today=TODAY,
    )
    quote = first_quote(assistant, "whats data hub @lp")
    assert "which links record owners" in quote


def test_what_someone_did_before_quotes_their_earlier_career() -> None:
    assistant = innovis.Assistant.from_documents(
        [
            release(
                "2017-04-26",
                "Ten Questions for Osric Dane, CEO of Fallow Parks",
                "Osric Dane, CEO of Fallow Parks, will speak at the Harbour Forum in May.",
                "Prior to joining Fallow Parks, Osric spent 15 years at a shipping group.",
            ),
            release(
                "2021-09-27",
                "Fallow Parks Picks Twelve Future Leaders",
                "Osric Dane, CEO of Fallow Parks, said the twelve were chosen for their drive.",
                "The twelve leaders were selected from over 900 applicants.",
            ),
        ],
        today=TODAY,
    )
    quote = first_quote(assistant, "what did osric dane do before fallow parks?")
    assert "spent 15 years" in quote
    assert "were selected" in first_quote(assistant, "how many leaders were picked?")


def test_an_abbreviation_spelt_out_elsewhere_keeps_no_release_out() -> None:
    assistant = innovis.Assistant.from_documents(
        [
            release(
                "2017-01-03",
                "Two Cities Will Develop the Reed Loop",
                "Mayor Ida Kern and Mayor Bo Lantz signed the Memorandum of Understanding on "
                "the Reed Loop today.",
                "The loop will hold a park for robotics.",
            ),
            release(
                "2018-06-21",
                "Two Universities Sign a Research MOU",
                "Northgate University and Fenwick Institute signed an MOU on vaccine research.",
                "Both will share their laboratories.",
            ),
            release(
                "2019-03-01",
                "Harbour Fair Opens",
                "The harbour fair opened with forty stalls.",
            ),
        ],
        today=TODAY,
    )
    assert "Ida Kern" in first_quote(assistant, "who signed the loop MOU?")


def test_the_first_holder_of_a_post_is_told_by_the_founding() -> None:
    assistant = innovis.Assistant.from_documents(
        [
            release(
                "2013-05-14",
                "Mr Ned Harrow Appointed Chairman of Wrenfield Parks",
                "The Secretary today announced the appointment of Mr Ned Harrow as Chairman of "
                "Wrenfield Parks.",
                "Mr Harrow succeeds Mrs Jo Penn, who has chaired the board since Wrenfield Parks "
                "was set up in 2008.",
            ),
            release(
                "2019-05-20",
                "Dr Ama Vale Appointed Chairman of Wrenfield Parks",
                "The Secretary today announced the appointment of Dr Ama Vale as Chairman of "
                "Wrenfield Parks.",
            ),
        ],
        today=TODAY,
    )
    assert "Jo Penn" in first_quote(assistant, "who was the first chairman of wrenfield parks?")
    assert analyse("chairman") == analyse("chaired")


def test_when_keeps_to_the_person_asked_about() -> None:
    assistant = innovis.Assistant.from_documents(
        [
            release(
                "2025-06-30",
                "Quarry Labs Appoints Ivo Varden as CEO",
                "Quarry Labs has appointed Ivo Varden as CEO, replacing Nell Varden.",
            ),
            release(
                "2017-04-26",
                "Ten Questions for Nell Varden",
                "Nell Varden leads Quarry Labs. She joined Quarry Labs as head of design in "
                "2015 and was appointed CEO a year later.",
            ),
            *[
                release(f"202{n}-01-0{n}", f"Quarry Labs Fair {n}", f"Fair {n} drew {n} stalls.")
                for n in range(1, 5)
            ],
        ],
        today=TODAY,
    )
    assert "Ivo Varden" in first_quote(assistant, "when did ivo varden become ceo?")


def test_a_percentage_does_not_tell_how_many() -> None:
    assistant = innovis.Assistant.from_documents(
        [
            release(
                "2024-07-19",
                "Larch Parks Graduation Party 2024",
                "Nearly 70% of the Larch Parks graduates will stay at the park.",
                "This year 212 graduates completed the Larch Parks programmes.",
            ),
            *[
                release(f"202{n}-01-0{n}", f"Larch Parks Fair {n}", f"Fair {n} drew {n} stalls.")
                for n in range(1, 5)
            ],
        ],
        today=TODAY,
    )
    assert "212 graduates" in first_quote(assistant, "how many larch parks graduates are there?")
    assert without_shares("Nearly 70% and 12 per cent of 300 graduates") == (
        "Nearly   and   of 300 graduates"
    )


def test_a_percentage_answers_how_many_when_nothing_counts_it() -> None:
    assistant = innovis.Assistant.from_documents(
        [
            release(
                "2024-07-19",
                "Larch Parks Graduation Party 2024",
                "Nearly 60% of the Larch Parks graduates will stay at the park.",
                "The graduation party drew 500 guests to the lawn.",
            ),
            *[
                release(f"202{n}-01-0{n}", f"Larch Parks Fair {n}", f"Fair {n} drew {n} stalls.")
                for n in range(1, 5)
            ],
        ],
        today=TODAY,
    )
    quote = first_quote(assistant, "how many larch parks graduates stay at the park?")
    assert "Nearly 60%" in quote


def test_a_percentage_answers_how_many_when_what_is_counted_is_something_else() -> None:
    # "641 startup units" is a confident amount, but it counts no graduates: the share of
    # the graduates that stay is the nearest answer there is.
    assistant = innovis.Assistant.from_documents(
        [
            release(
                "2024-07-19",
                "Larch Parks Graduation Party 2024",
                "Larch Parks hosted the graduation party of its programmes today. This year, "
                "641 startup units completed the Larch Parks programmes. Nearly 70% of "
                "the Larch Parks graduates will stay on at the park.",
            ),
            *[
                release(f"202{n}-01-0{n}", f"Larch Parks Fair {n}", f"Fair {n} drew {n} stalls.")
                for n in range(1, 5)
            ],
        ],
        today=TODAY,
    )
    quote = first_quote(assistant, "how many larch parks graduates stayed on at the park")
    assert quote.startswith("Nearly 70%")


def test_how_old_is_told_by_a_founding_not_by_any_span_of_years() -> None:
    assistant = innovis.Assistant.from_documents(
        [
            release(
                "2023-03-03",
                "Larch Parks Thanks Its Treasurer",
                "The Larch Parks board thanked its treasurer for her work over the past three "
                "years at Larch Parks.",
            ),
            release(
                "2021-05-05",
                "Larch Parks Opens a Workshop",
                "Larch Parks, which began operation in 2004, opened a robotics workshop.",
            ),
        ],
        today=TODAY,
    )
    assert "began operation in 2004" in first_quote(assistant, "how old is larch parks?")


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("a 45-year-old engineer", True),
        ("at the age of 23", True),
        ("which began operation in 2001", True),
        ("to celebrate its 20th anniversary", True),
        ("for her work over the past three years", False),
    ],
)
def test_what_tells_an_age(sentence: str, told: bool) -> None:
    assert measures("age", sentence) is told


def _gull_island() -> innovis.Assistant:
    return innovis.Assistant.from_documents(
        [
            release(
                "2024-05-02",
                "Gull Island Robotics Hub Opens",
                "The Gull Island Robotics Hub opened today with a ceremony led by Ms Orla Penn.",
                "Ms Orla Penn, the hub's director, thanked the island's fishing families.",
                "The hub's workshops host robotics classes for island schools every weekend.",
            ),
            release(
                "2024-09-12",
                "Gull Island Robotics Hub Welcomes Its Schools",
                "Twelve schools sent 340 pupils to the Gull Island Robotics Hub this term.",
            ),
        ],
        today=TODAY,
    )


@pytest.mark.parametrize(
    "question",
    ["how old is orla penn", "how much did the gull island robotics hub cost"],
)
def test_a_measure_asked_that_no_sentence_gives_falls_back(question: str) -> None:
    # The releases name Ms Penn and the hub often, but never say her age or the hub's cost:
    # a sentence that names them without the measure asked for answers something else.
    assert _gull_island().ask(question).kind == "fallback"


def test_a_count_is_answered_by_a_sentence_with_a_number() -> None:
    assert "340 pupils" in first_quote(
        _gull_island(), "how many pupils came to the gull island robotics hub"
    )
    assert _gull_island().ask("how many robots does the gull island hub have").kind == "fallback"


@pytest.mark.parametrize(
    "question",
    [
        "who dates the rocks of the cliff",
        "how do they help date rock layers",
        "how many startups has the lab hosted to date?",
        "what is the date stone above the door made of",
    ],
)
def test_the_verb_date_and_a_date_spoken_of_ask_for_no_date(question: str) -> None:
    assert asked_measure(question) is None


@pytest.mark.parametrize(
    "question",
    [
        # A price's verb far from "how much" belongs to another clause.
        "how much time do applicants have to pay the rent",
        # A capital that is no money is measured as a place is.
        "how big is the capital city",
    ],
)
def test_a_sum_is_asked_only_by_words_of_money(question: str) -> None:
    assert asked_measure(question) != "currency"


@pytest.mark.parametrize(
    ("sentence", "owners"),
    [
        ("A grant of the Council's HK$3 million funds the lab.", ["Council"]),
        # "It's" is "it is": no other party's sum, which would cut the sentence that answers.
        ("It's a HK$1 million prize for the winning team.", []),
        ("That's HK$20,000 for each startup.", []),
    ],
)
def test_a_sum_is_a_party_s_only_when_a_party_is_named(sentence: str, owners: list[str]) -> None:
    assert owners_of_sums(sentence) == owners


def test_which_four_asks_them_named_not_counted() -> None:
    # "Which four firms …?" asks the partners named: "revealing four partners" only counts
    # them, and the fund's other partners are no answer; "three platforms, namely …" names
    # the platforms asked for.
    archive = [
        release(
            "2025-04-08",
            "Harbour Lab Launches the Tidewater Fund",
            "Harbour Lab today launched the Tidewater Fund, revealing four partners who will "
            "co-invest in its first startups.",
            "The fund will back startups in robotics and clean energy.",
        ),
        release(
            "2024-02-14",
            "Harbour Lab Picks Its Platforms",
            "Harbour Lab will focus on three technology platforms, namely marine robotics, "
            "medical sensors and clean energy.",
        ),
        release("2024-08-20", "Harbour Lab Hires", "The lab hired 40 engineers for its halls."),
        release("2024-09-03", "Harbour Lab Opens a Cafe", "A cafe opened beside the harbour."),
    ]
    assistant = innovis.Assistant.from_documents(archive, today=TODAY)
    for question in (
        "who are the four partners of the tidewater fund",
        "which four companies will co-invest in the tidewater fund",
    ):
        reply = assistant.ask(question)
        assert reply.kind == "fallback", reply.text
    assert "medical sensors" in first_quote(assistant, "what are the three technology platforms")


def test_who_was_the_first_is_told_by_a_first_or_a_founding() -> None:
    # The archive may begin long after a post's first holder: the CEO who speaks in a release
    # is no answer to "who was the first CEO?"; the chairman who has led the board since the
    # lab was set up answers "who was the first chairman?".
    archive = [
        release(
            "2016-04-28",
            "Harbour Lab Wins an Award",
            "Mr Ivo Brandt, CEO of Harbour Lab, said the award honoured the lab's startups.",
        ),
        release(
            "2017-05-02",
            "Harbour Lab Names a Chairman",
            "Ms Orla Finch, who has chaired Harbour Lab since it was founded in 2001, will "
            "step down in June.",
        ),
        release("2024-08-20", "Harbour Lab Hires", "The lab hired 40 engineers for its halls."),
        release("2024-09-03", "Harbour Lab Opens a Cafe", "A cafe opened beside the harbour."),
    ]
    assistant = innovis.Assistant.from_documents(archive, today=TODAY)
    reply = assistant.ask("who was the first ceo of harbour lab")
    assert reply.kind == "fallback", reply.text
    assert "Orla Finch" in first_quote(assistant, "who was the first chairman of harbour lab")
    assert "Ivo Brandt" in first_quote(assistant, "who is the ceo of harbour lab")


def test_an_edition_named_by_its_ordinal_is_told_by_a_release_that_writes_it() -> None:
    # "The 12th anniversary" is not the 10th: a release that never writes the edition asked
    # about tells of another, however well it counts the guests of its own event.
    archive = [
        release(
            "2022-07-11",
            "Harbour Lab Marks Its Tenth Anniversary",
            "Harbour Lab celebrated its 10th anniversary with a dinner on the quay.",
            "The celebration welcomed 500 guests from the city's universities.",
        ),
        release(
            "2025-07-14",
            "Harbour Lab Joins a University Network",
            "Harbour Lab, in collaboration with 15 universities, launched a network to bring "
            "research to the harbour's startups, and invited guests to a celebration.",
        ),
        release(
            "2024-07-11",
            "Harbour Lab Turns Twelve",
            "For its 12th anniversary, Harbour Lab opened a hall for marine robotics.",
        ),
        release("2024-08-20", "Harbour Lab Hires", "The lab hired 40 engineers for its halls."),
        release("2024-09-03", "Harbour Lab Opens a Cafe", "A cafe opened beside the harbour."),
    ]
    assistant = innovis.Assistant.from_documents(archive, today=TODAY)
    question = "how many guests came to the harbour lab {} anniversary celebration"
    assert "500 guests" in first_quote(assistant, question.format("10th"))
    reply = assistant.ask(question.format("12th"))
    assert reply.kind == "fallback", reply.text


def test_which_n_quotes_a_sentence_that_names_the_kind_asked_for() -> None:
    # "The two sides discussed ... the innovation plan" holds "two" and "plan" of the question
    # but names no cluster; the other release's "The two I&T clusters focusing on ..." does.
    assistant = innovis.Assistant.from_documents(
        [
            release(
                "2018-11-12",
                "Harbour Council Meets Port Board",
                "The Harbour Council and the port board met today.",
                "The two sides discussed the progress and the innovation plan of the council "
                "for the harbour campus.",
            ),
            release(
                "2018-10-10",
                "Harbour Council Welcomes Budget",
                "The Harbour Council welcomes the innovation and technology (I&T) budget "
                "announced today.",
                "The two I&T clusters focusing on marine robotics and food science, with labs "
                "for forty teams and a shared test field by the harbour, are going ahead.",
            ),
            release(
                "2018-06-01",
                "Harbour Council Opens Lab",
                "The Harbour Council opened a lab with the university today.",
                "It will plan two new courses with the university.",
            ),
        ],
        today=TODAY,
    )
    quote = first_quote(assistant, "which two clusters did the council plan?")
    assert quote.startswith("The two I&T clusters")


@pytest.mark.parametrize(
    "question",
    [
        "any harbour programmes for secondary school students?",
        # Keywords ask for the head of "N for ...", as they do of "N of ...".
        "programmes for secondary school students",
        # A plural had or offered, asked yes or no, asks which ones there are.
        "does the harbour council have programmes for secondary school students",
        "are there programmes for secondary school students",
    ],
)
def test_which_programmes_quotes_a_sentence_that_names_one(question: str) -> None:
    # "This programme will inspire them" says "programme" and more of the question's words,
    # but points back to a programme named elsewhere: "the Junior Makers programme" names it.
    assistant = innovis.Assistant.from_documents(
        [
            release(
                "2025-10-18",
                "Harbour Council Launches a Programme for Schools",
                "The Harbour Council launched a programme for schools, with a kick-off at the "
                "harbour campus on 18 October.",
                "Backed by the city's budget, the Junior Makers programme aims to spark "
                "secondary students' interest in science.",
                "The council believes that secondary school is a critical time for students to "
                "explore careers and hopes this programme will inspire secondary school "
                "students to study science.",
            ),
            COUNTS,
        ],
        today=TODAY,
    )
    assert "the Junior Makers programme" in first_quote(assistant, question)


def test_an_owner_of_a_kind_does_not_name_one() -> None:
    # "The Council's programme" says whose programme it is, not which: the Junior Makers
    # programme is named.
    assistant = innovis.Assistant.from_documents(
        [
            release(
                "2025-10-18",
                "Harbour Council Launches a Programme for Schools",
                "The Harbour Council launched a programme for schools, with a kick-off at the "
                "harbour campus on 18 October.",
                "Backed by the city's budget, the Junior Makers programme aims to spark "
                "secondary students' interest in science.",
                "The council believes that secondary school is a critical time for students to "
                "explore careers and hopes the Council's programme will inspire secondary "
                "school students to study science.",
            ),
            COUNTS,
        ],
        today=TODAY,
    )
    question = "any harbour programmes for secondary school students?"
    assert "the Junior Makers programme" in first_quote(assistant, question)


def test_when_will_asks_a_time_ahead_of_the_phase_asked() -> None:
    # "When will Phase 2 be finished?" is told neither by the release that takes Phase 2
    # forward without a time (its date is not when Phase 2 will be finished) nor by the
    # completion of Phase 3; "by 2027" tells when Phase 1 will be.
    archive = [
        release(
            "2023-06-30",
            "Harbour Lab Takes Its Expansion Forward",
            "Harbour Lab is taking forward Phase 2 of the harbour expansion, with new halls "
            "for robotics.",
        ),
        release(
            "2016-11-22",
            "Harbour Lab Completes a Phase",
            "The completion of Phase 3 of the harbour expansion earlier this year was a "
            "milestone for the lab.",
        ),
        release(
            "2024-05-02",
            "Harbour Lab Plans a Quay",
            "Phase 1 of the harbour expansion will be finished by 2027.",
        ),
        release("2024-08-20", "Harbour Lab Hires", "The lab hired 40 engineers for its halls."),
        release("2024-09-03", "Harbour Lab Opens a Cafe", "A cafe opened beside the harbour."),
    ]
    assistant = innovis.Assistant.from_documents(archive, today=TODAY)
    question = "when will phase {} of the harbour expansion be finished"
    assert "by 2027" in first_quote(assistant, question.format(1))
    reply = assistant.ask(question.format(2))
    assert reply.kind == "fallback", reply.text


@pytest.mark.parametrize(
    ("question", "members"),
    [
        ("which four firms are its partners", 4),
        ("who are the 3 partners", 3),
        ("what are the lab's two clusters", 2),
        ("name the three companies the minister visited", 3),
        ("what were the two 2 initiatives", 2),  # a number word as it is searched
        # A number in a name, a measure or a length asks for no members.
        ("which group headlined the harbour cup 50 show", None),
        ("what did apollo 11 bring back", None),
        ("to what is 50 kilopascals equal", None),
        ("which five year plan did the lab mention", None),
        ("how many of the four partners invested", None),
    ],
)
def test_members_are_asked_by_a_number_right_after_the_question_word(
    question: str, members: int | None
) -> None:
    assert members_asked(question) == members


def test_a_release_of_another_numbered_one_does_not_tell_the_one_asked() -> None:
    # The release names only Cohort 1 of the challenge: its lead, which names no cohort,
    # tells of that one, not of Cohort 2 (which the archive names of another scheme).
    archive = [
        release(
            "2023-12-04",
            "Harbour Lab Holds a Robot Demo Day",
            "Harbour Lab held the Robot Challenge demo day, where robots were tested before "
            "over 200 building managers.",
            "Launched in June 2023, its Cohort 1 tested robots for cleaning and patrols.",
        ),
        release("2024-08-20", "Harbour Lab Hires", "The lab hired 40 engineers for its halls."),
        release(
            "2024-09-03",
            "Harbour Lab Mentors Founders",
            "Cohort 2 of the lab's mentoring scheme opened to founders in May.",
        ),
    ]
    assistant = innovis.Assistant.from_documents(archive, today=TODAY)
    reply = assistant.ask("how many robots were tested in the robot challenge cohort 2")
    assert reply.kind == "fallback", reply.text
    assert "200" in first_quote(assistant, "how many building managers came to the demo day")


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("what happens if a tenant fails the assessment", True),
        ("what happens to my grant if I leave the park", True),
        ("what would happen in case of a delay", True),
        ("what if the tenant fails", True),
        ("what happened at the summit", False),
        ("what happens at the open day", False),
    ],
)
def test_a_consequence_is_asked_only_with_its_condition(question: str, asks: bool) -> None:
    assert asks_consequence(question) is asks


def test_what_happens_if_quotes_the_sentence_that_states_the_condition() -> None:
    # The sentence with most of the question's words describes the assessment; the one that
    # tells what follows from failing it states a condition ("in the event of").
    assistant = innovis.Assistant.from_documents(
        [
            release(
                "2020-01-17",
                "Larchmont Park Explains Its Tenant Assessment",
                "The park's tenant programme has clear milestones and assessment processes, "
                "with regular assessment reviews with the tenants.",
                "In the event of any tenants who do not pass the assessments, all or part of "
                "their benefits from the programme will end.",
            ),
            release(
                "2023-04-01",
                "Larchmont Park Opens a Lab",
                "The park opened a robotics lab for startups, which often fail for want of tools.",
            ),
            release("2023-05-01", "Larchmont Park Hosts a Fair", "The park hosted a fair."),
            release("2023-06-01", "Larchmont Park Wins an Award", "The park won an award."),
            COUNTS,
        ],
        today=TODAY,
    )
    quote = first_quote(assistant, "what happens if a tenant fails the assessment")
    assert quote.startswith("In the event of")
