"""Visitors ask in their words, releases answer in theirs: "who won" finds "crowned champion",
"who did X replace" finds "succeeds", "when did it start" finds "launched", "how many flats"
finds "residential units", "tech" finds "technology", and "what percentage" asks for a figure
rather than for the word; but a question the releases cannot answer still falls back
(invented text)."""

from __future__ import annotations

import datetime

import pytest
from releases import release

import innovis
from innovis.answering.question.query import question_word_mended
from innovis.answering.question.wordings import reworded
from innovis.answering.words.abbreviations import expands, long_form, unchatted
from innovis.answering.words.clipped import initials_of, unclipped
from innovis.answering.words.joined import written_as_one
from innovis.text.analysis import analyse
from innovis.text.spelling import Speller

ARCHIVE = [
    release(
        "2022-11-04",
        "Tidewater Cup Final Draws Global Startups",
        "Bellmouth Park held the final of its Tidewater Cup pitching contest at the harbour. "
        "Orrin Labs, a maker of water sensors, was crowned champion of the Tidewater Cup and "
        "took a prize of 50,000 dollars.",
        "Some 300 start-ups from 20 countries entered the contest, which began in 2019.",
        "Investors committed 2 million dollars to the finalists.",
    ),
    release(
        "2023-03-15",
        "Bellmouth Park Appoints Finance Director",
        "Bellmouth Park appointed Ms Carys Vale as finance director.",
        "Mr Otto Brandt, Chief Executive Officer of Bellmouth Park, welcomed her.",
        "The city's Chief Executive, Ms Lia Moor, opened Bellmouth Park's new wing.",
        "Ms Vale succeeds Mr Dorian Holt, who retires at the end of March.",
        "Ms Imelda Roche, chairman of the audit committee since 2017, will hand over to the "
        "committee's spokesman, Mr Ivo Grant, in June.",
    ),
    release(
        "2023-07-20",
        "Bellmouth Park Graduation Day",
        "Bellmouth Park celebrated 120 graduates of its incubation programme.",
        "Some 64% of the graduates stay at the park as tenants.",
        "Bellmouth Park took 12 technology firms to a trade fair in Lisbon.",
        "Bellmouth Park now hosts 85 startup units in its incubation programme.",
        "The park chose three research themes: ocean sensing, tidal power and ship design.",
    ),
    release(
        "2023-09-01",
        "Kestrel Hall Tops Out",
        "Launched in 2021, the Harrow Fellowship programme places young engineers with park "
        "companies.",
        "This year the Harrow Fellowship takes 30 engineers, its largest intake.",
        "Kestrel Hall, a residence centre next to Bellmouth Park, will provide 240 residential "
        "units for park workers when it opens in 2025.",
        "Bellmouth Park and Quillon University will collaborate on a joint robotics centre.",
        "Bellmouth Park and the Dunmore Institute signed a memorandum of understanding (MoU) "
        "to set up a sensor lab.",
        "The Dunmore Institute trains 40 engineers a year.",
        "Bellmouth Park's TideWorks, a marine test pool, opens in May 2024.",
        "The works on the harbour wall will take a year.",
        "The new Saltings campus of Bellmouth Park covers 12 hectares.",
        "Bellmouth Park's AquaCell, a floating lab, opens in June 2025.",
        "The Tidal Council approved the harbour plan on 3 May 2023.",
    ),
]


@pytest.fixture(scope="module")
def park() -> innovis.Assistant:
    return innovis.Assistant.from_documents(ARCHIVE, today=datetime.date(2024, 1, 1))


@pytest.mark.parametrize(
    ("question", "expect"),
    [
        ("who won the tidewater cup", "Orrin Labs"),
        ("who did Ms Vale replace", "Dorian Holt"),
        # A predecessor or successor is told by a handover: no release need write the word.
        ("who was ms vale's predecessor", "Dorian Holt"),
        ("who is the successor of mr dorian holt", "Ms Vale succeeds"),
        ("what percentage of graduates stay at the park", "64%"),
        ("how many tech firms went to Lisbon", "12 technology firms"),
        # "start" is asked as "begin" only as a word of its own, not inside "start-ups".
        ("how many start-ups entered the contest", "300 start-ups"),
        # Families of press-release words: a programme "launched", "residential units",
        # "collaborate".
        ("when did the harrow fellowship start", "Launched in 2021"),
        ("how many flats will kestrel hall have", "240 residential units"),
        # Homes are residential units; a startup unit is no flat.
        ("how many apartments does the park host", "240 residential units"),
        ("bellmouth park quillon university partnership", "joint robotics centre"),
        ("dunmore institute partnership", "to set up a sensor lab"),
        ("what agreement did the dunmore institute sign", "to set up a sensor lab"),
        # A small number is spelled out or not.
        ("what are the 3 research themes", "ocean sensing"),
        # A boss is the CEO, which releases may only spell out; not a city's Chief Executive.
        ("who is the boss of bellmouth park", "Otto Brandt"),
        # American spellings find British ones, and the reverse.
        ("what is the harrow fellowship program", "places young engineers"),
        ("how many units will the residence center provide", "240 residential units"),
        # The area asked for is given as a measure, without the word.
        ("what is the area of the saltings campus", "12 hectares"),
        # Two words a visitor writes apart are the one word releases write ("TideWorks").
        ("when does tide works open", "opens in May 2024"),
        # A misspelt name the corpus stems alike is mended; so is a mistyped question word.
        ("when does aquacel open", "opens in June 2025"),
        ("wen does tidework open", "opens in May 2024"),
        # A clipped name ("TidCo") is the name the releases write out.
        ("when did tidco approve the harbour plan", "on 3 May 2023"),
        # Words a visitor glues together (a handle, a hyphen) that releases write apart.
        ("what did @TidalCouncil approve", "on 3 May 2023"),
        ("when did the tidal-council approve the harbour plan", "on 3 May 2023"),
        ("what did tidal_council approve", "on 3 May 2023"),
        ("what will bellmouth&quillon collaborate on", "joint robotics centre"),
        ("who took prizes in the tidewater cup2022", "Orrin Labs"),
        # A verb's last letter doubles before -ed: "commit" is written "committed".
        ("how much did investors commit to the finalists", "2 million dollars"),
        # A role compound's -woman and -person forms are its -man form.
        ("since when is imelda roche chairwoman of the audit committee", "since 2017"),
        ("who is the spokesperson of the audit committee", "Ivo Grant"),
        ("who were the chairmen of the audit committee", "Imelda Roche"),
    ],
)
def test_visitors_words_find_the_releases_words(
    park: innovis.Assistant, question: str, expect: str
) -> None:
    reply = park.ask(question)
    assert reply.kind == "answer", reply.text
    assert expect in reply.passages[0].text


@pytest.mark.parametrize(
    ("word", "read_as"),
    [
        ("chairwoman", "chairman"),
        ("spokeswomen", "spokesmen"),
        ("spokesperson", "spokesman"),
        ("businesspeople", "businessmen"),
        ("specimen", "specimen"),
        ("woman", "woman"),
    ],
)
def test_a_role_compound_is_one_word_in_all_its_forms(word: str, read_as: str) -> None:
    assert analyse(word) == analyse(read_as)


@pytest.mark.parametrize(
    "question",
    [
        # Nothing tells a salary, however a release words it.
        "what is the salary of the finance director",
        # No release names the tower, though they count residential units.
        "how many flats will Sorrel Tower have",
        # Nor does any say what the fellowship pays.
        "how much funding does the harrow fellowship give",
    ],
)
def test_a_question_the_releases_cannot_answer_in_any_words_falls_back(
    park: innovis.Assistant, question: str
) -> None:
    assert park.ask(question).kind == "fallback"


def test_a_visitors_word_is_searched_beside_the_words_releases_use_for_it() -> None:
    uses = {"start", "launch", "residential", "unit", "collaboration"}.__contains__
    # Kept beside the release's word when the corpus uses it; replaced when it never does.
    assert reworded("when did it start", uses) == (
        "when did it start launch",
        [("start", "launch")],
    )
    assert reworded("how many flats", uses) == ("how many residential", [])
    assert reworded("a partnership", uses) == ("a collaboration", [])
    # Someone who became CEO was appointed; an area that will become larger was not.
    posts = {"become", "appoint", "ceo", "area"}.__contains__
    assert reworded("when did she become ceo", posts)[1] == [("become", "appoint")]
    assert reworded("how big will the area become", posts)[1] == []
    # A board's directors are its members ("the outgoing members").
    board = {"directors", "member", "board"}.__contains__
    assert reworded("which directors left the board", board) == (
        "which directors member left the board",
        [("directors", "member")],
    )

    # Words written apart are joined only where the archive writes them as one word.
    def one(first: str, second: str) -> bool:
        return first + second in {"innocell", "startups"}

    assert written_as_one("is Inno Cell open to start ups?", one) == (
        "is InnoCell open to startups?",
        ["inno", "cell", "start", "ups"],
    )
    assert written_as_one("inno-cell and inno  cell, cell", one)[1] == ["inno", "cell"]
    # A release's abbreviation the corpus only spells out is searched spelled out.
    spells = {"chief", "executive", "officer"}.__contains__
    assert reworded("who is the boss", spells) == ("who is the chief executive officer", [])
    # A small number is either way; one that names a thing ("Phase 3") only as written.
    numbers = {"3", "three", "2"}.__contains__
    assert reworded("the 3 themes of phase 3", numbers) == (
        "the 3 three themes of phase 3",
        [("3", "three")],
    )
    assert reworded("two halls in 2023", numbers) == ("2 halls in 2023", [])
    # A word inside a compound is another word; one without a family is left alone.
    assert reworded("start-ups and startups", uses) == ("start-ups and startups", [])


@pytest.mark.parametrize(
    ("word", "corpus", "read_as"),
    [
        ("program", {"programme": 3}, "programme"),
        ("centre", {"center": 2}, "center"),
        ("organization", {"organisation": 1, "organism": 9}, "organisation"),
        ("labor", {"labour": 1}, "labour"),
        ("color", {"cooler": 4}, None),  # neither its other spelling nor a near one
    ],
)
def test_a_words_other_national_spelling_is_the_archives_word(
    word: str, corpus: dict[str, int], read_as: str | None
) -> None:
    assert Speller(corpus).correct(word) == read_as


@pytest.mark.parametrize(
    ("question", "read_as"),
    [
        ("wen did it open", "when did it open"),
        ("Hw many came?", "How many came?"),  # in the case typed
        ("wat is it", "what is it"),
        ("ho is it", "ho is it"),  # "who" or "how": left alone
        # Chat drops the vowels: "whn" is one edit from "when" and from "who" too.
        ("whn was it held", "when was it held"),
        ("whr is the lab", "where is the lab"),
        ("Wong joined when", "Wong joined when"),  # a word the corpus uses
        ("is it open", "is it open"),
    ],
)
def test_a_mistyped_question_word_is_read_as_the_question_word(question: str, read_as: str) -> None:
    assert question_word_mended(question, {"wong"}.__contains__) == read_as


@pytest.mark.parametrize(
    ("question", "read_as"),
    [
        ("can u tell me how many came pls", "can you tell me how many came please"),
        ("what r the 3 platforms", "what are the 3 platforms"),
        # Not chat: parts of names and abbreviations.
        ("R&D spending in the U.S.", "R&D spending in the U.S."),
    ],
)
def test_the_shorthand_of_chat_is_read_as_its_words(question: str, read_as: str) -> None:
    assert unchatted(question, lambda word: False) == read_as


def test_chat_words_do_not_count_against_an_answer() -> None:
    archive = [
        release(
            "2021-05-05",
            "Guild Opens a Garden",
            "The Tolland Guild opened a roof garden where volunteers planted 300 trees.",
        ),
        release("2022-09-09", "Guild Fair", "The guild fair drew 2,000 visitors."),
    ]
    assistant = innovis.Assistant.from_documents(archive, today=datetime.date(2024, 1, 1))
    reply = assistant.ask("can u tell me how many trees were planted in the garden pls")
    assert reply.kind == "answer", reply.text
    assert "300 trees" in reply.passages[0].text


def test_a_clipped_name_is_the_two_capitalised_words_it_clips() -> None:
    def sentences(word: str) -> list[str]:
        return ["The Legislative Council met on the legal costs.", "Inno Centre opened."]

    words = ["legislative", "legal", "council", "costs", "inno", "centre"]
    assert unclipped("legco", words, sentences) == "Legislative Council"
    # Whole words joined are no clipped name, and lower-case words are no name.
    assert unclipped("innocentre", words, sentences) is None
    assert unclipped("legcost", words, sentences) is None


@pytest.mark.parametrize(
    ("question", "expect"),
    [
        ("when does the ortc open", "opens in May"),
        ("who runs the ORTC?", "Mr Aled Penry"),
        ("what does the cro of the ortc do", "Mr Aled Penry"),
    ],
)
def test_a_visitors_acronym_is_the_name_a_release_writes_out(question: str, expect: str) -> None:
    archive = [
        release(
            "2024-02-01",
            "Test Centre for Sea Robots",
            "The Ocean Robotics Testing Centre opens in May beside the harbour.",
            "Mr Aled Penry, Chief Robotics Officer of the Ocean Robotics Testing Centre, will "
            "run its test pools.",
            "As Chief Robotics Officer, he joins from a shipyard.",
        )
    ]
    assistant = innovis.Assistant.from_documents(archive, today=datetime.date(2024, 6, 1))
    reply = assistant.ask(question)
    assert reply.kind == "answer", reply.text
    assert expect in reply.passages[0].text


def test_an_acronym_is_the_capitalised_words_it_spells() -> None:
    def sentences(word: str) -> list[str]:
        return [
            "The Technology Leaders of Tomorrow programme met the Chief Data Officer.",
            "The Chief Data Officer joined Technology Leaders of Tomorrow in May.",
            "Its chief data officer position is new. The Ocean Trust Board met once.",
        ]

    words = ["technology", "leaders", "tomorrow", "chief", "data", "officer", "position"]
    # The function words of a name spell nothing.
    assert initials_of("tlt", words, sentences) == "Technology Leaders of Tomorrow"
    assert initials_of("cdo", words, sentences) == "Chief Data Officer"
    # Words in lower case are no name; letters out of order spell none.
    assert initials_of("cdp", words, sentences) is None
    assert initials_of("dco", words, sentences) is None
    # A name written once is read too: what is asked of it must then be told where it is
    # written (test_an_acronym_is_one_name_however_common_its_words).
    assert initials_of("otb", ["board"], sentences) == "Ocean Trust Board"
    # A title before a person's name is no part of any acronym.
    assert initials_of("mal", ["lee"], lambda word: ["Mr Ari Lee spoke."]) is None


TRADE_TRIP = [
    release(
        "2024-03-11",
        "Harbour Lab Takes Startups to Oslo",
        "Together with the North Coast Trade Development Council, the Harbour Lab led 12 "
        "startups to a robotics fair in Oslo.",
        "The startups met investors from six countries.",
    ),
    release(
        "2024-05-02",
        "Harbour Lab Names a Chairman",
        "Ms Ida Vane was appointed Chairman of the Harbour Lab.",
    ),
    release("2024-07-19", "Harbour Lab Opens a Workshop", "The lab opened a sensor workshop."),
]


@pytest.mark.parametrize(
    ("question", "expect"),
    [
        # A visitor's acronym of a name a release writes once is read as that name ...
        ("how many startups went to oslo with the nctdc", "12 startups"),
        # ... which is one name, however common its words: what is asked of it must be told
        # where the name is written, not only the name ("North Coast", "Trade").
        ("nctdc chairman", None),
        ("who is the chairman of the North Coast Trade Development Council", None),
    ],
)
def test_an_acronym_is_one_name_however_common_its_words(question: str, expect: str | None) -> None:
    assistant = innovis.Assistant.from_documents(TRADE_TRIP, today=datetime.date(2024, 9, 1))
    reply = assistant.ask(question)
    if expect is None:
        assert reply.kind == "fallback", reply.text
    else:
        assert reply.kind == "answer", reply.text
        assert expect in reply.passages[0].text


def test_an_abbreviation_is_answered_by_its_long_form_alone() -> None:
    # The corpus writes "tech" and "technology": a sentence with either answers for both.
    archive = [
        release(
            "2021-03-02",
            "Marrowby Park Grows",
            "Marrowby Park is now home to 300 technology companies from ten countries.",
            "Its new wing opened in May.",
        ),
        release(
            "2022-05-09",
            "Tech Fair Draws Crowds",
            "The tech fair drew 4,000 visitors to the campus.",
            "Startups showed robots and drones.",
        ),
        release("2023-01-12", "Park Hires Staff", "The park hired 50 engineers to run its labs."),
    ]
    assistant = innovis.Assistant.from_documents(archive, today=datetime.date(2024, 1, 1))
    reply = assistant.ask("how many tech companies are based in the park")
    assert reply.kind == "answer", reply.text
    assert "300 technology companies" in reply.passages[0].text


def test_the_chief_executive_is_the_ce() -> None:
    # Public bodies title their head "Chief Executive" and visitors write "CE", as they
    # write "CEO" for "Chief Executive Officer": not a word the archive lacks.
    archive = [
        release(
            "2023-03-15",
            "Marrowby Park Opens Two Buildings",
            "The city's Chief Executive, Ms Lia Moor, opened Kestrel Hall on Monday.",
            "The park's chairman, Mr Tom Reed, opened Harbour Lab on Tuesday.",
            "Both buildings house robotics startups.",
        ),
        release("2023-01-12", "Park Hires Staff", "The park hired 50 engineers to run its labs."),
    ]
    assistant = innovis.Assistant.from_documents(archive, today=datetime.date(2024, 1, 1))
    reply = assistant.ask("which building did the CE open")
    assert reply.kind == "answer", reply.text
    assert "Kestrel Hall" in reply.passages[0].text


def test_an_abbreviations_plural_is_its_long_forms_plural() -> None:
    # "Unis" are universities ("uni": university), no name the archive lacks.
    archive = [
        release(
            "2021-03-02",
            "Marrowby Network Opens",
            "The Marrowby Network brings together 12 local universities and two colleges.",
            "Its first meeting is in May.",
        ),
        release("2022-05-09", "Marrowby Hosts a Fair", "The fair drew 80 shipping firms."),
        release("2023-01-12", "Park Hires Staff", "The park hired 50 engineers to run its labs."),
    ]
    assistant = innovis.Assistant.from_documents(archive, today=datetime.date(2024, 1, 1))
    reply = assistant.ask("how many local unis are in the marrowby network")
    assert reply.kind == "answer", reply.text
    assert "12 local universities" in reply.passages[0].text
    assert reply.suggestion is None  # read as the abbreviation it is, not as a misspelling
    assert (long_form("unis"), long_form("uni"), long_form("is")) == ("university",) * 2 + (None,)


def test_two_letters_that_stand_for_much_else_are_read_as_a_title_only_where_unwritten() -> None:
    # "what did Quillon show at CES": a trade show, no chief executives.
    assert (long_form("ces"), long_form("ics"), long_form("ceos")) == (
        None,
        None,
        "chief executive officer",
    )
    chief = {"chief", "executive", "integrated", "circuit", "vice", "president"}
    assert expands("ce", chief.__contains__) == "chief executive"
    assert expands("vps", chief.__contains__) == "vice president"
    assert expands("vps", (chief | {"vps"}).__contains__) is None
    # A corpus that writes "CE marked" or "IC card" means something else by them.
    assert expands("ce", (chief | {"ce"}).__contains__) is None
    assert expands("ic", (chief | {"ic"}).__contains__) is None


def test_an_abbreviation_whose_long_form_no_release_writes_is_a_word_the_archive_lacks() -> None:
    # "Initial", "public" and "offering" are written, "initial public offering" never: "ipo"
    # is a word the archive lacks, not "open to the public, offering ...".
    archive = [
        release(
            "2024-09-28",
            "Marrowby Park Opens Its Computing Service",
            "Marrowby Park's new computing service is now open to the public, offering fast "
            "machines and data tools.",
        ),
        release(
            "2023-01-12",
            "Park Hires Staff",
            "The park hired 50 engineers in an initial round to run its labs and its "
            "artificial intelligence studio.",
        ),
        release("2023-05-12", "Park Opens Cafe", "The park opened a cafe for its tenants."),
    ]
    assistant = innovis.Assistant.from_documents(archive, today=datetime.date(2025, 1, 1))
    reply = assistant.ask("when was the marrowby park ipo")
    assert reply.kind == "fallback", reply.text
    assert "ipo" in reply.text
    # One whose long form a release writes word by word is known: "ai" is that studio.
    assert assistant.ask("who runs the ai studio").kind == "answer"


@pytest.mark.parametrize(
    ("question", "expect"),
    [
        # Chat shorthand is the word it shortens.
        ("how many ppl work on the campus", "900 people"),
        # Organisations teaming up are partnering; a form of a common word is no name.
        ("who is marrowby teaming up with for the maker hall", "Partnering with the Weaving"),
    ],
)
def test_visitors_shorthand_and_everyday_verbs_find_the_release_words(
    question: str, expect: str
) -> None:
    archive = [
        release(
            "2021-06-01",
            "Marrowby Opens a Maker Hall",
            "Partnering with the Weaving Council, Marrowby will open a Maker Hall for schools.",
            "The campus employs 900 people across its labs.",
        ),
        release("2022-02-14", "Marrowby Hosts a Fair", "Marrowby hosted a fair for 40 startups."),
        release("2023-03-03", "Marrowby Names a Chair", "Ms Ada Quell chairs Marrowby."),
    ]
    assistant = innovis.Assistant.from_documents(archive, today=datetime.date(2024, 1, 1))
    reply = assistant.ask(question)
    assert reply.kind == "answer", reply.text
    assert expect in reply.passages[0].text


@pytest.mark.parametrize(
    ("question", "expect"),
    [
        ("how many kids came to the open day", "120 pupils"),
        ("when was the guild's 10th birthday", "10th anniversary"),
        ("what does the guild do for members abroad", "overseas markets"),
        ("how long are board terms", "a period of three years"),
        ("which countries did the guild's graduates come from", "nine economies"),
        ("is the guild hall the biggest in the county", "largest hall"),
        # A newcomer to a board is a new member of it.
        ("who are the newcomers to the board", "Mr Bo Lindqvist and Ms Cora Pell"),
        # A school's pupils and educators are students and teachers.
        ("how many pupils and educators will the craft week reach", "2,000 students and 90"),
        # Releases count "female" and "male" participants; the split is their breakdown.
        ("how many women are in the craft school's class", "22 female and 18 male"),
        ("craft school class gender split", "22 female and 18 male"),
        # What a visitor calls eco, a release calls sustainable.
        ("how many eco features does the craft school hall have", "12 sustainable features"),
        # What a visitor calls a priority, a release calls a focus.
        ("are apprentices a priority for the craft school", "focus of the craft school"),
        # What visitors call online, releases call virtual.
        ("when was the craft school's first online open day", "first virtual open day"),
        # "Co" is shorthand for company, "cos" for companies.
        ("how many cos joined the guild's export drive", "35 member companies"),
        # What a team built, a release says it created.
        ("what did the loomwright team build", "by creating a loom"),
        # An organisation's trip is a release's delegation or mission.
        ("when was the guild's lisbon trip", "led a delegation to Lisbon"),
        # What an agreement covers, a release says it includes.
        ("what does the guild's pact with the weavers' union cover", "includes shared"),
        # Visitors speak in phrasal verbs, releases in the formal verb: to speed up is to
        # accelerate.
        ("what does ms quell think robot looms will speed up", "accelerate the"),
    ],
)
def test_everyday_words_find_the_press_words_for_them(question: str, expect: str) -> None:
    archive = [
        release(
            "2021-05-05",
            "Guild Turns Ten",
            "The Tolland Guild marked its 10th anniversary with an open day for schools.",
            "The open day drew 120 pupils from six schools.",
        ),
        release(
            "2022-09-09",
            "Guild Helps Members Sell Overseas",
            "The guild leads trade missions that help members enter overseas markets.",
        ),
        release(
            "2023-07-01",
            "Guild Appoints Board Members",
            "Ms Ada Quell joins the board of the guild for a period of three years.",
            "Mr Bo Lindqvist and Ms Cora Pell are appointed as new members of the board.",
        ),
        release(
            "2023-08-08",
            "Guild Celebrates Its Graduates",
            "The Tolland Guild celebrated 40 graduates of its craft school this summer.",
            "The graduates came from nine economies, including Norway, Chile and Japan.",
        ),
        release(
            "2023-10-10",
            "Guild Opens New Hall",
            "The Tolland Guild opened a new guild hall for the county's trade fairs.",
            "The guild hall will host the county fair every spring.",
            "With room for 900 stalls, it is the largest hall in the county.",
        ),
        release(
            "2023-11-11",
            "Guild Plans a Craft Week for Schools",
            "The craft week aims to reach 2,000 students and 90 teachers from the county's "
            "schools.",
            "The guild's export drive drew 35 member companies to the fair.",
        ),
        release(
            "2023-12-01",
            "Craft School Admits Its Class",
            "The craft school's new class has 40 apprentices, 22 female and 18 male.",
            "Training apprentices is the main focus of the craft school.",
            "The craft school hall has 12 sustainable features and 30 workbenches.",
            "The craft school held its first open day on 2 May 2019.",
            "The craft school held its first virtual open day on 9 March 2021.",
        ),
        release(
            "2024-01-20",
            "Craft Contest Crowns Its Winners",
            "Twelve teams of young makers met at the county's craft contest.",
            "The team Loomwright won the gold award by creating a loom that weaves plastic.",
            "The contest aims to build a community of makers.",
            "Its hall covers two hectares.",
        ),
        release(
            "2023-05-20",
            "Guild Meets the Makers of Lisbon",
            "The Tolland Guild brought twelve member companies to meet the makers of Lisbon.",
            "From 3 to 5 May, the Tolland Guild led a delegation to Lisbon, meeting makers and "
            "schools.",
        ),
        release(
            "2024-02-02",
            "Guild Signs a Pact with the Weavers' Union",
            "The Tolland Guild signed a pact with the Weavers' Union on 1 February 2024.",
            "The guild's pact with the union includes shared workshops and a fund for apprentices.",
            'Ms Ada Quell, chair of the guild, said: "The pact is good news for our members."',
            "The guild believes there are chances for the county, such as robot looms which "
            "will accelerate the return of weaving.",
        ),
    ]
    assistant = innovis.Assistant.from_documents(archive, today=datetime.date(2024, 1, 1))
    reply = assistant.ask(question)
    assert reply.kind == "answer", reply.text
    assert expect in reply.passages[0].text


@pytest.mark.parametrize(
    "question",
    [
        # Holding a post ("in office", "at the helm") asked how long is a tenure; and "Ma in"
        # is never the archive's "main": a name joins no function word.
        "how long was ho ma in office",
        "how long was ho ma at the helm",
        "how long was ho ma in charge",
    ],
)
def test_how_long_someone_held_a_post_in_other_words(question: str) -> None:
    archive = [
        release(
            "2021-01-04",
            "Harbour Lab Chief Retires",
            "Mr Ho Ma retires as chief executive of the Harbour Lab this month.",
            "He served six years as chief executive.",
        ),
        release("2016-03-02", "Main Hall Opens", "The main hall of the Harbour Lab opened."),
        release("2018-05-09", "Lab Fair", "The Harbour Lab fair drew 900 visitors."),
    ]
    assistant = innovis.Assistant.from_documents(archive, today=datetime.date(2024, 1, 1))
    reply = assistant.ask(question)
    assert reply.kind == "answer", reply.text
    assert "served six years" in reply.passages[0].text


def test_a_winner_is_told_by_who_won() -> None:
    cup = innovis.Assistant.from_documents(
        [
            release(
                "2025-01-27",
                "Harbour Techathon Marks Its Tenth Year",
                "The tenth Harbour Techathon closed at Bellmouth Park with 90 student teams.",
                "The team Kelpie from Quillon University won the Gold Award for a tide sensor.",
            ),
            release(
                "2024-05-02",
                "Bellmouth Park Opens a Makers' Hall",
                "Each winner of the hall's first prize draw gets bench time for a month.",
            ),
            *ARCHIVE,
        ],
        today=datetime.date(2025, 6, 1),
    )
    reply = cup.ask("latest harbour techathon gold award winner")
    assert reply.kind == "answer", reply.text
    assert "Kelpie" in reply.passages[0].text


@pytest.mark.parametrize(
    "question", ["kelp quest prize", "what is the top prize in the kelp quest game?"]
)
def test_a_prize_is_told_by_what_one_may_win(question: str) -> None:
    game = innovis.Assistant.from_documents(
        [
            release(
                "2025-03-02",
                "Bellmouth Park Opens the Kelp Quest Game",
                "The Kelp Quest online game opens today to students of every school in the city.",
                "Players of Kelp Quest solve puzzles, with the chance to win a week at a lab.",
            ),
            release(
                "2024-11-06",
                "Pitch Night Crowns Its Champion",
                "Mossbank, a robotics startup, claimed the top prize at Pitch Night today.",
            ),
            *ARCHIVE,
        ],
        today=datetime.date(2025, 6, 1),
    )
    reply = game.ask(question)
    assert reply.kind == "answer", reply.text
    assert "win a week" in reply.passages[0].text


def test_an_acronym_may_spell_a_names_head_last() -> None:
    archive = [
        *TRADE_TRIP,
        release(
            "2024-08-08",
            "Harbour Lab Starts a Lens Programme",
            "The Harbour Lab partners with the University of North Wexmoor's School of Optics "
            "to start a lens programme for student founders.",
        ),
    ]
    assistant = innovis.Assistant.from_documents(archive, today=datetime.date(2024, 9, 1))
    # "NWU" is North Wexmoor University: the University of North Wexmoor.
    reply = assistant.ask("nwu optics programme")
    assert reply.kind == "answer", reply.text
    assert "lens programme" in reply.passages[0].text


@pytest.mark.parametrize(
    "question",
    ["how many people take part in the hackfest", "how many people attended hackfest 2023"],
)
def test_a_count_of_people_is_told_by_those_who_took_part(question: str) -> None:
    # A visitor counts "people"; a release counts participants, attendees, talents. The newer
    # release's number of colleges tells how many co-organised the contest, not how many came.
    archive = [
        release(
            "2023-01-20",
            "Hackfest 2023 Sets a Record",
            "The Hackfest 2023, co-organised by the guild and local colleges, ended on Sunday.",
            "This year's event set a record in participation, attracting over 1,600 local and "
            "overseas talents and forming 300 teams.",
            "The winning team took part for the first time.",
        ),
        release(
            "2023-06-02",
            "Guild Hall Reopens",
            "The renovated guild hall reopened to people of all ages.",
        ),
        release(
            "2024-01-25",
            "Hackfest Marks Its Fifth Year",
            "The fifth Hackfest, co-organised by the guild and 12 local colleges, took place at "
            "the guild hall.",
        ),
    ]
    assistant = innovis.Assistant.from_documents(archive, today=datetime.date(2024, 3, 1))
    reply = assistant.ask(question)
    assert reply.kind == "answer", reply.text
    assert "1,600 local and overseas talents" in reply.passages[0].text, reply.text


def test_a_job_done_is_a_task() -> None:
    # A visitor asks what jobs a machine did; a release lists the tasks it was tried on.
    archive = [
        release(
            "2023-12-04",
            "Robots Tried on Campus",
            "The guild organised the Campus Robot Trial demo day, showing 20 robots at work.",
            "The guild aims to take a leading role in adopting robots through the trial.",
            "The trial focused on campus tasks such as lawn mowing, cleaning and security patrols.",
        ),
        release(
            "2023-06-02", "Guild Hall Reopens", "The guild hall reopened with jobs for 30 crafters."
        ),
    ]
    assistant = innovis.Assistant.from_documents(archive, today=datetime.date(2024, 3, 1))
    reply = assistant.ask("what jobs did the robots do in the campus robot trial")
    assert reply.kind == "answer", reply.text
    assert "lawn mowing, cleaning" in reply.passages[0].text, reply.text


def test_a_visitors_chips_are_a_releases_integrated_circuits() -> None:
    archive = [
        release(
            "2022-12-05",
            "Guild Named a Partner Base for Integrated Circuits",
            "The Tolland Guild held a ceremony on 4 December to mark its new status as the "
            "county's Partner Base for Integrated Circuits, named by the Trade Office.",
            "The guild will help IC companies find engineers.",
        ),
        release(
            "2023-03-03",
            "Guild Opens a Hall",
            "The Tolland Guild opened a hall for 40 makers.",
            "The guild is a partner of the county's schools.",
        ),
        release("2024-05-05", "Guild Hires", "The guild hired 20 engineers."),
        release("2024-06-05", "Guild Opens a Cafe", "A cafe opened beside the guild hall."),
    ]
    assistant = innovis.Assistant.from_documents(archive, today=datetime.date(2025, 1, 1))
    reply = assistant.ask("who named the guild a partner base for chips")
    assert reply.kind == "answer", reply.text
    assert "named by the Trade Office" in reply.passages[0].text
