"""The words INNOVIS says: fixed small talk, and answers built from quoted sentences.

Nothing here invents content: an answer is the quoted sentence(s) of a release, with the release's
title and date; the other replies describe what INNOVIS can do and what the corpus covers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from ..index.documents import DocumentInfo
from ..reading.dates import format_date

GREETING = "Hi! I’m INNOVIS, and I'm here to help. Please let me know what you're looking for."
THANKS = "You're welcome! Is there anything else I can help you with?"
FAREWELL = "Goodbye, and thank you for visiting! Come back any time."
NO_MORE = "That's all I found on that question. Feel free to ask another one."
MORE_FIRST = "Ask me a question first; then say “more” to see further passages."
_RELEASES_SHOWN = 5

# A sentence that starts with a pronoun, or says "this" or "these" early on, leans on the one
# before it ("This will further promote…", "HKSTP believes this will strengthen…").
_LEANS_BACK = re.compile(
    r"(?:this|these|that|those|it|its|they|their|them|he|she|his|her|such|both|thus|therefore"
    r"|hence|the latter|the former)\b|(?:\S+\s+){0,11}(?:this|these|those)\b",
    re.IGNORECASE,
)


class Quote(NamedTuple):
    """The text to quote (a passage's, exactly) and where it comes from."""

    text: str
    title: str | None
    date_text: str | None
    url: str | None = None


def needs_lead_in(sentence: str) -> bool:
    """Return whether a sentence starts by referring back to the sentence before it."""
    return bool(_LEANS_BACK.match(sentence.lstrip("“\"'(")))


def source_line(title: str | None, date_text: str | None, url: str | None = None) -> str:
    """Return where a quote comes from: `title · date · url`, whichever of them are known."""
    named = " · ".join(part for part in (title, date_text) if part) or "an untitled release"
    return f"{named} · {url}" if url else named


def answer_text(quotes: Sequence[Quote], greeted: bool = False, more: bool = False) -> str:
    """Return the answer a person reads: each quote in quotation marks with its source."""
    opening = "Hi! " if greeted else ""
    if len({(q.title, q.date_text) for q in quotes}) > 1:
        opening += f"{len(quotes)} releases speak to this:"
    else:
        opening += "Here's what I found:"
    blocks = [opening]
    for quote in quotes:
        blocks.append(f"“{quote.text}”\n— {source_line(quote.title, quote.date_text, quote.url)}")
    if more:
        blocks.append("Say “more” to see other passages.")
    return "\n\n".join(blocks)


class Catalogue(NamedTuple):
    """What the corpus covers, for help and fallback replies."""

    releases: tuple[str, ...]
    topics: tuple[str, ...]
    total: int

    @classmethod
    def of(cls, documents: Sequence[DocumentInfo], topics: Sequence[str]) -> Catalogue:
        """Return the catalogue of `documents`: the newest releases first, and their topics."""
        dated = sorted(documents, key=lambda d: d.date.toordinal() if d.date else 0, reverse=True)
        releases = tuple(
            f"{d.title or d.id} ({format_date(d.date)})" if d.date else (d.title or d.id)
            for d in dated[:_RELEASES_SHOWN]
        )
        return cls(releases, tuple(topics), len(documents))

    def describe(self) -> str:
        """Return a few lines naming the releases and topics INNOVIS can answer about."""
        count = f"{self.total} press release" + ("s" if self.total != 1 else "")
        lines = [f"I know {count}" + (", among them:" if self.total > 1 else ":")]
        lines += [f"• {release}" for release in self.releases]
        if self.topics:
            lines.append("Topics include " + ", ".join(self.topics) + ".")
            lines.append(f"Try, for example: “Tell me about {self.topics[0]}.”")
        return "\n".join(lines)


def help_text(catalogue: Catalogue) -> str:
    """Return what INNOVIS says when asked what it can do."""
    return (
        "I answer questions about press releases by quoting the sentences that answer them, "
        "with the release's title and date. Ask in your own words; say “more” for further "
        "passages.\n" + catalogue.describe()
    )


def fallback_text(catalogue: Catalogue, unknown_words: Sequence[str] = ()) -> str:
    """Return what INNOVIS says when it has no answer, with what it could answer instead."""
    text = "Sorry, I couldn't find an answer to that in the press releases I know."
    if unknown_words:
        listed = ", ".join(f"“{word}”" for word in unknown_words)
        text += f" They never mention {listed}."
    return text + "\n" + catalogue.describe()


def empty_question_text(catalogue: Catalogue) -> str:
    """Return what INNOVIS says to a message with no words to search for."""
    return "Please ask me a question in a few words.\n" + catalogue.describe()
