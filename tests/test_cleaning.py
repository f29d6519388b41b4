"""The clean-up stage: what each block of a saved press page is, and what may be quoted."""

from __future__ import annotations

import datetime
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import innovis
from innovis.cleaning.endings import ends_sentence
from innovis.cleaning.page import clean
from innovis.text.sentences import split_sentences

# A release kept as plain text with its page noise, in the bundled layout (invented text).
NOISY_RELEASE = "\n".join(
    [
        "14 Mar 2024",
        "Harbour Innovation Park Welcomes 64 Startups to Its Incubator",
        "Skip to main content",
        "Press Room",
        "Corporate News",
        "(with photos)",
        "Record intake for the Launchpad Incubation Programme",
        "Harbour Innovation Park (HIP) today welcomed 64 "
        "startups to its Launchpad Incubation Programme, the largest intake since the "
        "programme began in 2015.",
        "Each startup receives office space, mentoring and a grant of HC$600,000 over three years.",
        "Ir Dr A.B. Chan (centre), Chairman of HIP, and Ms Mary Lo (second from left), "
        "Chief Executive Officer of HIP, officiate at the welcome ceremony for the "
        "Launchpad startups.",
        "Ir Dr A.B. Chan (centre), Chairman of HIP, and Ms Mary Lo (second from left), "
        "Chief Executive Officer of HIP, officiate at the welcome ceremony for the "
        "Launchpad startups.",
        "Photo 2: Founders of the Launchpad startups at Harbour Innovation Park",
        "Ms Mary Lo, Chief Executive Officer of HIP, presents a certificate to the "
        "founders of C.D. Robotics.",
        "“Our startups raised HC$310 million last year,” said Ms Lo.",
        "* * *",
        "About Harbour Innovation Park",
        "Harbour Innovation Park is a public body that runs the science park at Harbour "
        "City. It is home to over 900 companies.",
        "Media enquiries",
        "Mr Sam Ho",
        "Senior Manager, Communications",
        "Tel: +852 2123 4567",
        "Email: sam.ho@hip.example",
        "Share",
        "Back to top",
        "",
    ]
)


def kinds_of(text: str) -> list[tuple[str, str, bool]]:
    return [(b.kind, text[b.start : b.end], b.repeated) for b in clean(text)]


def quoted(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def body_of(release: str) -> str:
    return release.split("\n", 2)[2]  # what the reader leaves after the date and title lines


def test_every_block_of_a_noisy_release_is_recognised() -> None:
    found = kinds_of(body_of(NOISY_RELEASE))
    kinds = [kind for kind, _, _ in found]
    assert kinds == [
        "boilerplate",  # Skip to main content
        "label",  # Press Room
        "label",  # Corporate News
        "label",  # (with photos)
        "heading",  # the subtitle
        "body",
        "body",
        "caption",  # placed people, officiating
        "caption",  # … printed twice
        "caption",  # Photo 2:
        "caption",  # a titled person presenting, in the present tense
        "body",
        "noise",  # * * *
        "boilerplate",  # About …
        "boilerplate",  # … and its profile
        "boilerplate",  # Media enquiries
        "boilerplate",
        "boilerplate",
        "boilerplate",
        "boilerplate",
        "boilerplate",  # Share
        "boilerplate",  # Back to top
    ]
    assert [repeated for _, _, repeated in found].count(True) == 1


def test_only_body_headings_and_list_items_are_quoted() -> None:
    sentences = quoted(body_of(NOISY_RELEASE))
    assert sentences == [
        "Record intake for the Launchpad Incubation Programme",
        "Harbour Innovation Park (HIP) today welcomed 64 "
        "startups to its Launchpad Incubation Programme, the largest intake since the "
        "programme began in 2015.",
        "Each startup receives office space, mentoring and a grant of HC$600,000 over three years.",
        "“Our startups raised HC$310 million last year,” said Ms Lo.",
    ]


def test_a_caption_that_names_the_question_is_not_the_answer(tmp_path) -> None:
    (tmp_path / "launchpad.txt").write_text(NOISY_RELEASE, encoding="utf-8")
    assistant = innovis.Assistant.from_path(tmp_path)
    reply = assistant.ask("Who is the chairman of HIP?")
    for passage in reply.passages:
        assert "(centre)" not in passage.text
    reply = assistant.ask("How big is the grant each Launchpad startup receives?")
    assert reply.kind == "answer"
    assert "HC$600,000" in reply.passages[0].text
    reply = assistant.ask("What is the phone number for media enquiries?")
    assert all("2123 4567" not in passage.text for passage in reply.passages)


def test_a_heading_stays_apart_from_the_sentence_after_it_in_markdown(tmp_path) -> None:
    (tmp_path / "lab.md").write_text(
        "---\ntitle: Lab Opens\ndate: 2023-03-03\n---\n"
        "## Twelve test bays and a simulated ward\n"
        "The lab opened today with twelve test bays.\n\n"
        "- A simulated hospital ward\n- A rooftop drone pad\n",
        encoding="utf-8",
    )
    (document,) = innovis.Assistant.from_path(tmp_path).documents
    assert quoted(document.text) == [
        "Twelve test bays and a simulated ward",
        "The lab opened today with twelve test bays.",
        "A simulated hospital ward",
        "A rooftop drone pad",
    ]


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        ("Mr Wong (left) and Dr Lee (far right) at the launch.", "caption"),
        ("Guests (front row, third from right) pose for a group photo", "caption"),
        ("Picture 3 – The new laboratory building", "caption"),
        ("The Secretary officiates at the ground-breaking ceremony", "caption"),
        ("For more information, please contact Ms Chan at chan@x.example.", "boilerplate"),
        ("Share: Facebook | LinkedIn | Email | Print", "boilerplate"),
        ("jane.lau@example.org", "boilerplate"),
        ("Tags: robotics, incubation", "label"),
        ("- Ends -", "noise"),
        ("###", "noise"),
        ("¹ ²", "noise"),
        ("Ends/Thursday, February 2, 2023", "noise"),
        ("End-to-end testing for delivery robots", "heading"),
        ("Issued at HKT 19:48", "label"),
        ("View original content: https://example.com/news/1", "label"),
        ("(From left) Mr A, Ms B and Dr C at the launch.", "caption"),
        ("Mr A (standing, far right) speaks.", "caption"),
        ("Audio / Video", "boilerplate"),
        ("Source of funds was the government, which paid for the building.", "body"),
        ("Photos 4&5: Founders tour the robotics hall on the open day.", "caption"),
        ("Photo 2 and 3 – The new wet laboratories", "caption"),
        ("Pull quote: “We build for the engineers of the next decade.”", "caption"),
        (
            "A view of the harbour campus at dusk. Its owners say it will double in size by "
            "2030. (Provided to the Harbour Daily)",
            "caption",
        ),
        ("Traditional Chinese Simplified Chinese Email this article parks.example", "boilerplate"),
        ("Advertisement", "boilerplate"),
        ("Comments", "boilerplate"),
        ("[Sponsored Article]", "label"),
        ("Sponsored by:", "label"),
        ("12 Mar 2024", "label"),
        ("none", "noise"),
        ("• zh_cn", "noise"),
        ("The campus opened in 2019. Its second tower is due to open in", "body"),
        ("Get it on Google Play", "boilerplate"),
        ("Subscribe to our newsletter", "boilerplate"),
        ("Copyright © 2024 Harbour Park Corporation. All rights reserved.", "boilerplate"),
        ("Privacy Policy | Terms of Use | Sitemap", "boilerplate"),
        ("The park updated its privacy policy in March to cover visitor data.", "body"),
        ("The startup holds 12 patents and a copyright on its chip design software.", "body"),
        ("Getting your Sonora Audio player ready...", "boilerplate"),
        ("Your browser does not support the video tag.", "boilerplate"),
        ("Please enable JavaScript to view the comments.", "boilerplate"),
        ("The startup builds a music player ready for cars.", "body"),
        ("Photo supplied.", "caption"),
        ("Photo courtesy of the Harbour Daily", "caption"),
        ("Photos provided by the park show the new hall.", "body"),
        ("Save As PDF Email this page Print this page", "boilerplate"),
        ("Click to share on Twitter (Opens in new window)", "boilerplate"),
        ("Leave a Reply Cancel reply", "boilerplate"),
        ("Your email address will not be published. Required fields are marked *", "boilerplate"),
        ("Loading...", "boilerplate"),
        ("Most Viewed >>", "boilerplate"),
        ("Last updated", "label"),
        ("Posted in Uncategorized", "label"),
        ("Posted in the lobby, the notice told visitors where to go.", "body"),
        ("A new line of sensors.", "body"),
        ("The issuer is solely responsible for the content of this announcement.", "boilerplate"),
        ("This press release was distributed by Wirenews on behalf of the park.", "boilerplate"),
        ("#HarbourPark #Robotics", "boilerplate"),
        ("The park is solely responsible for the upkeep of the harbour wall.", "body"),
        ("By Jane Doe, Staff Reporter", "label"),
        ("Reporter: Jane Doe", "label"),
        ("Full story", "label"),
        ("By 2030, the park will hold 2,000 firms.", "body"),
        ("By the Numbers", "heading"),
    ],
)
def test_blocks_are_told_apart_by_their_shape(block: str, kind: str) -> None:
    text = f"The park opened a lab today, with forty engineers at work.\n{block}"
    assert kinds_of(text)[-1][0] == kind


def test_body_text_that_mentions_officiating_or_enquiries_is_still_body() -> None:
    text = (
        "The Chief Executive officiated at the opening ceremony on 3 May.\n"
        "Enquiries about the programme rose by a third this year, to 1,200.\n"
        "About 300 startups applied."
    )
    assert [kind for kind, _, _ in kinds_of(text)] == ["body", "body", "body"]


def test_squad_style_paragraphs_are_all_body() -> None:
    paragraph = (
        "The painting shows the king (left) beside his queen. It was finished in 1533. "
        "Scholars have long argued about the skull in the foreground. It is seen only from "
        "the side of the frame."
    )
    assert [kind for kind, _, _ in kinds_of(paragraph)] == ["body"]


def test_a_long_caption_naming_many_guests_printed_twice_is_never_quoted() -> None:
    caption = (
        "The Hon. Sam Ko, JP, Secretary for Innovation (2nd from the left), Ir Dr A.B. Chan, "
        "GBS, JP, Chairman of HIP (centre), Prof. Mary Lo, SBS, MH, Chief Executive Officer of "
        "HIP (1st from the right), and guests officiated at the ceremony marking the tenth "
        "anniversary of the park and its work with universities, hospitals and industry to "
        "bring research from the laboratory to the market and to train young engineers."
    )
    text = f"Corporate News\n{caption}\n{caption}\nThe park now has 1,200 companies."
    assert quoted(text) == ["The park now has 1,200 companies."]


def test_a_body_line_that_repeats_the_title_is_left_out(tmp_path) -> None:
    from innovis.reading.readers import load_corpus

    (tmp_path / "a.txt").write_text(
        "6 May 2016\nThe Park Turns Ten\nCorporate News\nThe Park Turns Ten\n"
        "The park celebrated its tenth anniversary today.\n",
        encoding="utf-8",
    )
    (document,) = load_corpus(tmp_path)
    assert quoted(document.text) == ["The park celebrated its tenth anniversary today."]


def test_the_site_header_before_the_title_printed_again_is_never_quoted(tmp_path) -> None:
    (tmp_path / "a.txt").write_text(
        "The Park Turns Ten\n"
        "Our new events calendar is coming soon. Kindly bear with us.\n"
        "Tuesday, 10 May 2016\n"
        "The Park Turns Ten\n"
        "The park celebrated its tenth anniversary today with its builders.\n"
        "Its events drew 2,000 visitors.\n",
        encoding="utf-8",
    )
    assistant = innovis.Assistant.from_path(tmp_path)
    assert assistant.ask("when is the events calendar coming?").kind == "fallback"
    reply = assistant.ask("when did the park celebrate its anniversary?")
    assert reply.kind == "answer"
    assert reply.passages[0].text.startswith("The park celebrated")
    assert reply.passages[0].date == datetime.date(2016, 5, 10)


def test_lines_before_a_title_repeated_far_down_are_kept(tmp_path) -> None:
    from innovis.reading.readers import load_corpus

    body = "".join(f"The park opened hall {n} for its startups today.\n" for n in range(8))
    (tmp_path / "a.txt").write_text(
        f"6 May 2016\nThe Park Opens Its Halls\n{body}The Park Opens Its Halls\n",
        encoding="utf-8",
    )
    (document,) = load_corpus(tmp_path)
    assert len(quoted(document.text)) == 8


def test_a_body_line_that_repeats_the_title_under_a_rule_of_stars_is_left_out(tmp_path) -> None:
    from innovis.reading.readers import load_corpus

    (tmp_path / "a.txt").write_text(
        "6 May 2016\nFour members appointed to the board of the park\n"
        "Four members appointed to the board of the park ******************\n"
        "The Secretary appointed four board members today.\n",
        encoding="utf-8",
    )
    (document,) = load_corpus(tmp_path)
    assert quoted(document.text) == ["The Secretary appointed four board members today."]


def test_a_body_sentence_that_repeats_the_title_with_a_full_stop_is_kept(tmp_path) -> None:
    from innovis.reading.readers import load_corpus

    (tmp_path / "a.txt").write_text(
        "3 Jan 2017\nTwo cities will build a research park on the river\n"
        "Two cities will build a research park on the river.\n"
        "The park will cover 80 hectares.\n",
        encoding="utf-8",
    )
    (document,) = load_corpus(tmp_path)
    assert quoted(document.text)[0] == "Two cities will build a research park on the river."


def test_page_chrome_and_numbered_photos_are_never_the_answer(tmp_path) -> None:
    (tmp_path / "depot.txt").write_text(
        "\n".join(
            [
                "26 Nov 2021",
                "Harbour Park Opens a Drone Depot",
                "Traditional Chinese Simplified Chinese Email this article parks.example",
                "Press Room",
                "The drone depot at Harbour Park opened today next to the east pier.",
                "26 Nov 2021",
                "Photos 4&5: Guests watch drones land at the Harbour Park drone depot on the "
                "east pier, with twelve landing pads and a control tower.",
                "The depot has six landing pads and will handle 300 flights a day.",
            ]
        ),
        encoding="utf-8",
    )
    assistant = innovis.Assistant.from_path(tmp_path)
    reply = assistant.ask("How many landing pads does the drone depot have?")
    assert reply.kind == "answer"
    assert reply.passages[0].text.startswith("The depot has six landing pads")
    texts = [passage.text for passage in assistant.search("drone depot landing pads", k=10)]
    assert not any("Photos 4&5" in text or "Email this article" in text for text in texts)


def test_titles_of_other_pages_under_a_related_news_heading_are_never_quoted() -> None:
    text = (
        "The park opened its robotics centre today, with twelve test bays.\n"
        "The centre will train 300 engineers a year\n"
        "Most of them will come from the park's own companies.\n"
        "Related News\n"
        "Harbour Park welcomes 64 startups to its incubator\n"
        "12 Mar 2024\n"
        "Harbour Park names a new chief executive\n"
        "You may also like\n"
        "Drone depot opens on the east pier"
    )
    assert quoted(text) == [
        "The park opened its robotics centre today, with twelve test bays.",
        "The centre will train 300 engineers a year",
        "Most of them will come from the park's own companies.",
    ]


def test_a_caption_under_a_photo_number_is_never_quoted_and_the_body_after_it_is() -> None:
    text = (
        "Photo 1\n"
        "Dr Sunny Lam, Chairman of the park, welcomes guests to the drone depot.\n"
        "Photos 2 & 3:\n"
        "Guests tour the drone depot.\n"
        "(Harbour City, 3 May 2024) – The park opened a drone depot today.\n"
        "It has six pads.\n"
        "- End -\n"
        "Appendix\n"
        "The depot cost HC$20 million."
    )
    assert quoted(text) == [
        "The park opened a drone depot today.",
        "It has six pads.",
        "Appendix",
        "The depot cost HC$20 million.",
    ]


def test_a_caption_after_a_line_cut_short_is_never_joined_to_it() -> None:
    # Saved pages lose the end of a paragraph; the caption after it stays a caption.
    text = (
        "The park opened a drone depot today. It has six pads.\n"
        "Over the past five years, the\n"
        "Photo 1: Dr Sunny Lam speaks at the opening.\n"
        "Photos 2 and 3: Guests tour the depot."
    )
    assert quoted(text) == [
        "The park opened a drone depot today.",
        "It has six pads.",
        "Over the past five years, the",
    ]


def test_the_body_after_photos_at_the_top_of_a_page_is_quoted() -> None:
    text = (
        "Photos:\n"
        "Guests tour the drone depot.\n"
        "A delivery drone lands on the east pier\n"
        "(Harbour City, 3 May 2024) – The park opened a drone depot today. It has six pads.\n"
        "The depot cost HC$20 million."
    )
    assert quoted(text) == [
        "The park opened a drone depot today.",
        "It has six pads.",
        "The depot cost HC$20 million.",
    ]


def test_a_contact_form_and_the_site_menu_after_the_body_are_never_quoted() -> None:
    text = (
        "The park opened a drone depot today, with six pads for delivery drones.\n"
        "Its focus areas:\n"
        "Delivery\n"
        "Inspection\n"
        "Mapping\n"
        "Rescue\n"
        "Contact Us\n"
        "Name*\n"
        "Enquiry Type\n"
        "I have read and agree to the Privacy Policy.\n"
        "Submit\n"
        "Drone Depot\n"
        "Science Park\n"
        "Careers\n"
        "Tenders\n"
        "FAQ"
    )
    assert quoted(text) == [
        "The park opened a drone depot today, with six pads for delivery drones.",
        "Its focus areas:",
        "Delivery",
        "Inspection",
        "Mapping",
        "Rescue",
    ]


def test_a_list_of_captions_under_a_photo_captions_heading_is_never_quoted() -> None:
    text = (
        "The park opened its robotics centre today, with twelve test bays.\n"
        "Photo captions:\n"
        "1. Guests tour the robotics centre after the ceremony.\n"
        "2. A delivery robot crosses the test street\n"
        "Media enquiries\n"
        "Ms Jane Lau, Tel: 2123 4567"
    )
    assert quoted(text) == ["The park opened its robotics centre today, with twelve test bays."]


@pytest.mark.parametrize(
    ("block", "ends"),
    [
        ("It opened in 2020.", True),
        ("Is it open?", True),
        ("He said: “It is open.”", True),
        ("(It opened in 2020.) \n", True),
        ("And so on…", True),
        ("“Really!”’] ", True),
        ("“Really!”’ ]", False),
        ("Photo captions", False),
        ("Ends with a quote”", False),
        ("", False),
        ("Version 2.0 released", False),
        (". ", True),
    ],
)
def test_a_block_ends_as_a_sentence_with_its_punctuation(block: str, ends: bool) -> None:
    assert ends_sentence(block) is ends


@given(st.text(alphabet=".!?…\"'”’)] \n\u2003ab", max_size=12))
def test_the_sentence_ending_reads_as_its_pattern_does(block: str) -> None:
    # The test as a pattern, which answering once had to compile on every start.
    assert ends_sentence(block) == bool(re.search(r"[.!?…][\"'”’)\]]*\s*$", block))


def test_a_word_a_page_left_on_its_own_line_is_not_glued_to_the_heading_above() -> None:
    text = "Harbour Park Names Ada Kerrow Its Chief Executive\nlogo\nThe park opened a lab today."
    assert [(kind, block) for kind, block, _ in kinds_of(text)] == [
        ("heading", "Harbour Park Names Ada Kerrow Its Chief Executive"),
        ("noise", "logo"),
        ("body", "The park opened a lab today."),
    ]


def test_a_lower_case_line_that_goes_on_is_still_joined() -> None:
    text = "The park opened a lab for\nrobotics\nstartups and students today."
    assert [" ".join(sentence.split()) for sentence in quoted(text)] == [
        "The park opened a lab for robotics startups and students today."
    ]


PROFILE = (
    "Harbour Park Corporation (HPC) is a statutory body set up in 2008 to run the park. It is "
    "home to 900 companies."
)


@pytest.mark.parametrize(
    "foot",
    [
        f"###\n{PROFILE}\nIts laboratories are open to all companies.",
        f"- Ends -\n{PROFILE}",
        f"Media enquiries\nMs Jo Lee\nTel: 2123 4567\n{PROFILE}",
    ],
)
def test_a_profile_after_the_release_ends_is_boilerplate_without_its_about_heading(
    foot: str,
) -> None:
    text = f"The park opened a robotics lab today, with forty engineers at work.\n{foot}"
    assert quoted(text) == ["The park opened a robotics lab today, with forty engineers at work."]


def test_a_profile_in_the_body_and_an_appendix_after_the_end_are_quoted() -> None:
    text = f"{PROFILE}\nThe park opened a robotics lab today.\n- End -\nThe lab cost HC$20 million."
    assert quoted(text) == [
        "Harbour Park Corporation (HPC) is a statutory body set up in 2008 to run the park.",
        "It is home to 900 companies.",
        "The park opened a robotics lab today.",
        "The lab cost HC$20 million.",
    ]


def test_the_count_in_a_profile_at_the_foot_is_not_the_answer(tmp_path) -> None:
    (tmp_path / "review.txt").write_text(
        "2 Feb 2024\nHarbour Park Annual Review\n"
        "Harbour Park now has 1,150 member companies, up from 980 a year before.\n"
        "Ends\n" + PROFILE + "\n",
        encoding="utf-8",
    )
    assistant = innovis.Assistant.from_path(tmp_path)
    reply = assistant.ask("how many companies is harbour park home to?")
    assert all("900" not in passage.text for passage in reply.passages)
    reply = assistant.ask("how many companies are at harbour park?")
    assert reply.kind == "answer"
    assert "1,150" in reply.passages[0].text
