"""Honest fallbacks: words the corpus really never uses, a short list of the newest releases,
and topics from body text."""

from __future__ import annotations

import datetime

import innovis


def release(number: int) -> innovis.Document:
    return innovis.Document(
        f"r{number}",
        f"The science park opened building number {number} for robotics teams.",
        title=f"Building {number} Opens",
        date=datetime.date(2020 + number, 1, 1),
    )


def test_never_mention_leaves_out_words_of_titles() -> None:
    documents = [
        innovis.Document("fund", "A new fund backs start-ups with grants.", title="Biotech Fund"),
        release(1),
    ]
    reply = innovis.Assistant.from_documents(documents).ask("Which biotech hairdressing salons?")
    assert reply.kind == "fallback"
    assert "“hairdressing”" in reply.text and "“salons”" in reply.text
    assert "biotech" not in reply.text.split("They never mention")[1].split("\n")[0].lower()


def test_fallback_lists_five_newest_releases_and_the_count() -> None:
    assistant = innovis.Assistant.from_documents([release(n) for n in range(1, 8)])
    text = assistant.ask("What is the capital of France?").text
    listed = [line for line in text.splitlines() if line.startswith("• ")]
    assert [line.split(" (")[0] for line in listed] == [
        f"• Building {n} Opens" for n in (7, 6, 5, 4, 3)
    ]
    assert "I know 7 press releases" in text


def test_small_corpus_lists_every_release_newest_first() -> None:
    assistant = innovis.Assistant.from_documents([release(1), release(2)])
    text = assistant.ask("What is the capital of France?").text
    assert "I know 2 press releases, newest first:" in text
    assert text.index("Building 2 Opens") < text.index("Building 1 Opens")


def test_topics_come_from_body_text_not_headings_or_markup(write_corpus) -> None:
    body = (
        "# Quarterly Results Summary\n\n"
        "The **Drone Testing Centre** opened at Science Park today. Engineers at the Drone "
        "Testing Centre test delivery drones.\n\n"
        "## Quarterly Results Summary\n\n"
        "- Quarterly Results Summary\n"
    )
    folder = write_corpus({"lab.md": f"---\ntitle: Drone Lab\n---\n{body}"})
    reply = innovis.Assistant.from_path(folder).ask("What is the capital of France?")
    assert "Drone Testing Centre" in reply.text
    assert "Quarterly" not in reply.text and "**" not in reply.text


def test_a_name_in_the_possessive_is_no_topic() -> None:
    said = (
        "Harbour City’s robots and Harbour City’s drones won prizes at the Drone Testing Centre. "
        "The Bay Science & Technology Fund paid. So did the Bay Science and Technology Fund."
    )
    documents = [innovis.Document(f"r{n}", said, title=f"Prize {n}") for n in range(3)]
    text = innovis.Assistant.from_documents(documents).ask("What is the capital of France?").text
    topics = text.split("Topics include")[1].splitlines()[0]
    assert "Drone Testing Centre" in topics
    assert "Harbour City’s" not in text
    assert topics.count("Bay Science") == 1  # one name, whether written with "&" or "and"


def test_a_name_with_initials_is_suggested_whole() -> None:
    said = "Ir Dr Callum R.T. Wexford opened the Drone Testing Centre. "
    documents = [innovis.Document(f"r{n}", said * 3, title=f"Opening {n}") for n in range(3)]
    text = innovis.Assistant.from_documents(documents).ask("What is the capital of France?").text
    topics = text.split("Topics include")[1].splitlines()[0]
    assert "Ir Dr Callum R.T. Wexford" in topics
