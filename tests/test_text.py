"""Sentences and terms: Punkt with our abbreviations, and the analyser."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from innovis.text.analysis import analyse, normalise
from innovis.text.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def test_abbreviations_do_not_end_sentences() -> None:
    text = "Dr. Lee of Acme Co. met Prof. Ho on 12 Jan. 2022 at No. 5 Science Park. It went well."
    assert sentences(text) == [
        "Dr. Lee of Acme Co. met Prof. Ho on 12 Jan. 2022 at No. 5 Science Park.",
        "It went well.",
    ]


def test_paragraph_lines_split_but_wrapped_lines_join() -> None:
    text = (
        "A heading without a full stop\n"
        "The first paragraph starts here and goes on for a while, wrapped at\n"
        "seventy columns, before it ends.\n\nThe second paragraph."
    )
    assert sentences(text) == [
        "A heading without a full stop",
        "The first paragraph starts here and goes on for a while, wrapped at\n"
        "seventy columns, before it ends.",
        "The second paragraph.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ozone (O\n3) absorbs UVB. Carbon dioxide (CO\n2) does not.",
            ["Ozone (O\n3) absorbs UVB.", "Carbon dioxide (CO\n2) does not."],
        ),
        ("The park opened\nin 2002 and grew.", ["The park opened\nin 2002 and grew."]),
        (
            "Key dates\n2021: the plan.\nPhase I\n- land",
            ["Key dates", "2021: the plan.", "Phase I", "land"],
        ),
    ],
)
def test_line_breaks_inside_a_sentence_join(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_spans_point_into_the_text() -> None:
    text = "  One sentence here.   Another one!\n\n  A third?  "
    for start, end in split_sentences(text):
        assert text[start:end] == text[start:end].strip() != ""


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("I&T", ["i&t"]),
        ("the 14th Five-Year Plan", ["14th", "five", "year", "fiveyear", "plan"]),
        ("Lok Ma Chau/San Tin", ["lok", "ma", "chau", "san", "tin"]),
        ("re-industrialisation", ["re", "industrialis", "reindustrialis"]),
        ("HK$1,000 million, 3.5%", ["hk", "1000", "million", "3.5"]),
        ("the Government’s “plan”", ["govern", "plan"]),
        ("Parks PARKS parked", ["park", "park", "park"]),
        ("What is it that we'll do?", []),
        ("Trioxygen (O\n3) and CO\n2 but page\n3", ["trioxygen", "o3", "co2", "page", "3"]),
    ],
)
def test_analyser_terms(text: str, terms: list[str]) -> None:
    assert analyse(text) == terms


def test_normalisation_makes_quotes_plain_and_case_lower() -> None:
    assert normalise("“Ｔechnopole” – ‘HKSTP’") == "\"technopole\" - 'hkstp'"


@pytest.mark.parametrize("large", [False, True])
def test_two_processes_split_exactly_as_one(
    release: str, large: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    from innovis.text import sentences, splitting

    texts = [release, "One. Two!\n\nThree?", "", "No full stop", release.upper()] * 3
    if large:  # long documents, shared between the processes piece by piece
        monkeypatch.setattr(splitting, "LARGE", 200)
        monkeypatch.setattr(sentences, "PIECE", 60)
        texts = [release * 3, "Short. Text.", release.replace("\n", " ") * 2]
    seen: list[int] = []
    together = splitting.split_documents(texts, parallel=True, done=seen.append)
    assert together == splitting.split_documents(texts, parallel=False)
    assert together == [sentences.split_paragraphs(text) for text in texts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ir Dr A.B. Chan, JP, Chairman of the Park, spoke. It rained.",
            ["Ir Dr A.B. Chan, JP, Chairman of the Park, spoke.", "It rained."],
        ),
        (
            "The prize went to C.D. Holdings. Mr K.Y. Lee, SBS, MH, accepted it.",
            ["The prize went to C.D. Holdings.", "Mr K.Y. Lee, SBS, MH, accepted it."],
        ),
        (
            "Acme Technology Co.,Ltd. and Beta Co., Ltd. signed. Gamma Inc. joined.",
            ["Acme Technology Co.,Ltd. and Beta Co., Ltd. signed.", "Gamma Inc. joined."],
        ),
        (
            "Prof. Ho holds a Ph.D. from the university. The Hon. Mrs. Lee, GBS, agreed.",
            ["Prof. Ho holds a Ph.D. from the university.", "The Hon. Mrs. Lee, GBS, agreed."],
        ),
        (
            "The Chairman is appointed under the Parks Ordinance (Cap. 612). He serves two years.",
            [
                "The Chairman is appointed under the Parks Ordinance (Cap. 612).",
                "He serves two years.",
            ],
        ),
        (
            "The depot is in Sha Tin, N.T. It employs 40. Mr K.Y. So and Ms C. He agreed.",
            ["The depot is in Sha Tin, N.T.", "It employs 40.", "Mr K.Y. So and Ms C. He agreed."],
        ),
        (
            "The fund is run by Harbour Ventures Ltd. The board met at 9 a.m. It agreed.",
            ["The fund is run by Harbour Ventures Ltd.", "The board met at 9 a.m.", "It agreed."],
        ),
        (
            "The lab moved twice (The first move was in 2019. The second came in 2022.) It stays.",
            [
                "The lab moved twice (The first move was in 2019.",
                "The second came in 2022.)",
                "It stays.",
            ],
        ),
        (
            "“We thank Jo for three good years. We wish her well.” Mr Lee added. The board met.",
            [
                "“We thank Jo for three good years.",
                "We wish her well.” Mr Lee added.",
                "The board met.",
            ],
        ),
    ],
)
def test_names_initials_honorifics_and_company_forms_stay_whole(
    text: str, expected: list[str]
) -> None:
    assert sentences(text) == expected


def test_list_items_are_units_without_their_markers() -> None:
    text = "The winners are:\n1. Team A, for drones\n2. Team B, for robots\n• Team C\n(a) Team D"
    assert sentences(text) == [
        "The winners are:",
        "Team A, for drones",
        "Team B, for robots",
        "Team C",
        "Team D",
    ]


def test_a_long_subtitle_is_not_glued_to_the_paragraph_after_it() -> None:
    subtitle = "Record Intake Brings the Number of Incubatees Past Three Hundred This Year"
    body = (
        "The park admitted 120 startups to its incubation programme "
        "this year, more than in any year before, bringing the number it supports past 300."
    )
    dateline = "(Hong Kong, 1 May 2023) – "
    assert sentences(f"{subtitle}\n{dateline}{body}") == [subtitle, body]


def test_hard_wrapped_lines_join_after_an_open_end() -> None:
    text = "The park was opened by the Chief Executive and\nDr Chan in 2002.\nA new line."
    assert sentences(text) == [
        "The park was opened by the Chief Executive and\nDr Chan in 2002.",
        "A new line.",
    ]


PUNKT_WORDS = ["Dr.", "A.", "B.C.", "No.", "3.5", "1,000.", "U.S.", "end.", "Etc.", "...", "word"]


@given(
    st.lists(
        st.one_of(
            st.sampled_from(PUNKT_WORDS),
            st.text(alphabet="aZ9.!?-,'\")( \n", min_size=1, max_size=6),
        ),
        max_size=40,
    ).map(" ".join)
)
@settings(max_examples=200, deadline=None, database=None, derandomize=True)
def test_punkt_with_remembered_tokens_splits_as_nltk_does(text: str) -> None:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from innovis.text import sentences

    remembering = sentences._tokenizer()
    plain = PunktSentenceTokenizer(remembering._params)
    for _ in range(2):  # the second time, from what was remembered
        assert list(remembering.span_tokenize(text)) == list(plain.span_tokenize(text))


def test_a_name_with_initials_is_found_as_visitors_type_it() -> None:
    import innovis

    assistant = innovis.Assistant.from_documents(
        [
            innovis.Document(
                id="coo",
                title="Harbour Park Names a Chief Operating Officer",
                date="2023-06-01",
                text="Harbour Park appointed Ir Dr K.W. Lam as Chief Operating Officer, "
                "succeeding Ms Jo Fenn.\nMr T.Y. Lam joined the board, succeeding Mr Bo Hart.\n"
                "The park has 900 companies.",
            ),
            innovis.Document(
                id="visit",
                title="Minister Tours Harbour Park",
                date="2023-07-01",
                text="The Minister, Mr P J Okafor, toured Harbour Park this morning (July 1).\n"
                "Mr T.Y. Lam showed the Minister the robotics hall.",
            ),
            innovis.Document(
                id="students",
                title="Students Tour Harbour Park",
                date="2023-08-03",
                text="Ms Ada Okafor toured Harbour Park with 40 students on 3 August.",
            ),
        ]
    )
    for question in ("who did kw lam succeed?", "who did K.W. Lam succeed?"):
        reply = assistant.ask(question)
        assert reply.kind == "answer"
        assert "succeeding Ms Jo Fenn" in reply.passages[0].text
    # Initials written with spaces are found as visitors type them, with or without stops.
    for question in ("when did pj okafor tour the park?", "when did P.J. Okafor tour the park?"):
        reply = assistant.ask(question)
        assert reply.kind == "answer", reply.text
        assert "this morning (July 1)" in reply.passages[0].text


def test_initials_written_with_spaces_are_read_as_initials() -> None:
    from innovis.text.analysis import analyse

    assert analyse("Mr C Y Leung") == analyse("Mr C.Y. Leung")
    # Capitals alone are initials only before a name.
    assert "ab" not in analyse("Blocks A B and C")


def test_a_speech_greeting_is_not_glued_to_its_first_sentence() -> None:
    text = (
        "Following is the speech by the Secretary at the opening of the depot today (May 5):\n"
        "Professor Ho, Mrs Fenn, distinguished guests, ladies and gentlemen,\n"
        "Good morning. The drone depot will handle 300 flights a day.\n"
        "We thank our friends, distinguished guests,\n"
        "and partners."
    )
    assert sentences(text)[1:] == [
        "Professor Ho, Mrs Fenn, distinguished guests, ladies and gentlemen,",
        "Good morning.",
        "The drone depot will handle 300 flights a day.",
        "We thank our friends, distinguished guests,\nand partners.",
    ]
