"""The words INNOVIS says: fixed small talk, and answers built from quoted sentences.

Nothing here invents content: an answer is the quoted sentence(s) of a release, with the release's
title and date; the other replies describe what INNOVIS can do and what the corpus covers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...index.documents import DocumentInfo
from ...reading.dates import format_date
from ...text.patterns import Pattern
from ...tuples import NamedTuple

GREETING = "Hi! I’m INNOVIS, and I'm here to help. Please let me know what you're looking for."
THANKS = "You're welcome! Is there anything else I can help you with?"
FAREWELL = "Goodbye, and thank you for visiting! Come back any time."
NO_MORE = "That's all I found on that question. Feel free to ask another one."
MORE_FIRST = "Ask me a question first; then say “more” to see further passages."
ACKNOWLEDGED = "All right! Ask me anything else about the press releases whenever you like."
QUOTE_FIRST = (
    "I haven't quoted a release yet. Ask me a question first; then “when?”, “source” or "
    "“tell me more” tell you about the release I quote."
)
NOTHING_AROUND = "That is all the release says there: I have quoted every sentence of it."
CONTEXT_OPENING = "Here's the passage around it:"
# Ends an answer when further passages match; a face without "more" puts its own way instead.
MORE_HINT = "Say “more” to see other passages."
# The help's word on "more", which such a face also replaces.
HELP_MORE = "say “more” for further passages."
_RELEASES_SHOWN = 5

# A sentence that starts with a pronoun, or says "this" or "these" early on, leans on the one
# before it ("This will further promote…", "HKSTP believes this will strengthen…").
_LEANS_BACK = Pattern(
    r"(?:this|these|that|those|it|its|they|their|them|he|she|his|her|such|both|thus|therefore"
    r"|hence|the latter|the former)\b|(?:\S+\s+){0,11}(?:this|these|those)\b",
    re.IGNORECASE,
)


# A person's words: a passage that opens with a quotation mark and closes it at its end, or
# before the verb that says whose words they are (“..., ” said Dr Chan; “...,” Dr Chan added).
# Mirrored in the widget (web/static/widget.js, `quoted`).
_SPEECH = Pattern(
    r'(?:“[^”]*”|"[^"]*")(?:\s*$|,?\s+(?:\S+\s+){0,6}?'
    r"(?:said|says|added|adds|noted|notes|stated|states|explained|explains|remarked|commented)\b)"
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


def quoted(text: str) -> str:
    """Return `text` in quotation marks, unless it is a person's words in their own (“We will
    ...,” said Dr Chan.), which read best as the release prints them; a sentence that only
    opens with a quoted name (“Think Big” opens today.) is put in marks of INNOVIS's."""
    return text if _SPEECH.match(text) else f"“{text}”"


def did_you_mean(suggestion: str) -> str:
    """Return the line that offers the question as INNOVIS read it: "Did you mean “What is
    X?”", the question's own mark ending the line."""
    ending = "" if suggestion.endswith(("?", "!", ".")) else "?"
    return f"Did you mean “{suggestion}”{ending}"


def source_line(title: str | None, date_text: str | None, url: str | None = None) -> str:
    """Return where a quote comes from: `title · date · url`, whichever of them are known."""
    named = " · ".join(part for part in (title, date_text) if part) or "an untitled release"
    return f"{named} · {url}" if url else named


def answer_text(quotes: Sequence[Quote], more: bool = False, opening: str | None = None) -> str:
    """Return the answer a person reads: each quote in quotation marks with its source, after
    `opening` (by default "Here's what I found:", or how many releases speak to it)."""
    if opening is None:
        several = len({(q.title, q.date_text) for q in quotes}) > 1
        opening = f"{len(quotes)} releases speak to this:" if several else "Here's what I found:"
    blocks = [opening]
    for quote, after in zip(quotes, [*quotes[1:], None], strict=True):
        source = (quote.title, quote.date_text, quote.url)
        if after is not None and (after.title, after.date_text, after.url) == source:
            # Quotes of one release in a row share its source line, under the last of them.
            blocks.append(quoted(quote.text))
        else:
            blocks.append(f"{quoted(quote.text)}\n— {source_line(*source)}")
    if more:
        blocks.append(MORE_HINT)
    return "\n\n".join(blocks)


class Catalogue(NamedTuple):
    """What the corpus covers, for help and fallback replies."""

    releases: tuple[str, ...]
    topics: tuple[str, ...]
    total: int
    titles: tuple[str, ...] = ()

    @classmethod
    def of(cls, documents: Sequence[DocumentInfo], topics: Sequence[str]) -> Catalogue:
        """Return the catalogue of `documents`: the newest releases first, and their topics."""
        dated = sorted(documents, key=lambda d: d.date.toordinal() if d.date else 0, reverse=True)
        newest = dated[:_RELEASES_SHOWN]
        releases = tuple(
            f"{d.title or d.id} ({format_date(d.date)})" if d.date else (d.title or d.id)
            for d in newest
        )
        titles = tuple(d.title for d in newest if d.title)
        return cls(releases, tuple(topics), len(documents), titles)

    def describe_releases(self) -> str:
        """Return how many releases INNOVIS knows, and the newest of them."""
        count = f"{self.total} press release" + ("s" if self.total != 1 else "")
        if self.total > len(self.releases):
            head = f"I know {count}; the newest:"
        else:
            head = f"I know {count}" + (":" if self.total == 1 else ", newest first:")
        return "\n".join([head, *(f"• {release}" for release in self.releases)])

    def describe(self) -> str:
        """Return a few lines naming the releases and topics INNOVIS can answer about."""
        lines = [self.describe_releases()]
        if self.topics:
            lines.append("Topics include " + ", ".join(self.topics) + ".")
            lines.append(f"Try, for example: “Tell me about {self.topics[0]}.”")
        return "\n".join(lines)


def help_text(catalogue: Catalogue) -> str:
    """Return what INNOVIS says when asked what it can do."""
    return (
        "I answer questions about press releases by quoting the sentences that answer them, "
        f"with the release's title and date. Ask in your own words; {HELP_MORE}\n"
        + catalogue.describe()
    )


def fallback_text(
    catalogue: Catalogue, unknown_words: Sequence[str] = (), unexpanded: str | None = None
) -> str:
    """Return what INNOVIS says when it has no answer, with what it could answer instead: the
    question's `unknown_words` that no release mentions, or the short form (`unexpanded`)
    whose long form it asks for and no release gives."""
    text = "Sorry, I couldn't find an answer to that in the press releases I know."
    if unknown_words:
        listed = ", ".join(f"“{word}”" for word in unknown_words)
        text += f" They never mention {listed}."
    if unexpanded:
        text += f" They never say what “{unexpanded}” stands for."
    return text + "\n" + catalogue.describe()


def when_text(quotes: Sequence[Quote]) -> str:
    """Return when the releases of the last quotes were published."""
    if len(quotes) == 1:
        quote = quotes[0]
        title = f"“{quote.title}”" if quote.title else "an untitled release"
        if quote.date_text:
            return f"That was in {title}, published {quote.date_text}."
        return f"That was in {title}, which gives no date."
    lines = ["Those were in:"]
    lines += [f"• {source_line(q.title, q.date_text or 'no date given')}" for q in quotes]
    return "\n".join(lines)


def source_text(quotes: Sequence[Quote]) -> str:
    """Return where the last quotes come from: each release's title, date and web address."""
    lines = ["That was from:" if len(quotes) == 1 else "Those were from:"]
    for quote in quotes:
        lines.append(f"• {source_line(quote.title, quote.date_text)}")
        lines.append(f"  {quote.url}" if quote.url else "  (the release gives no web address)")
    return "\n".join(lines)


def suggestions_text(catalogue: Catalogue) -> str:
    """Return what INNOVIS suggests asking after it could not answer."""
    lines = ["Here are some things I can tell you about:"]
    lines += [f"• “Tell me about {topic}.”" for topic in catalogue.topics or catalogue.titles]
    lines.append(catalogue.describe_releases())
    return "\n".join(lines)


def empty_question_text(catalogue: Catalogue) -> str:
    """Return what INNOVIS says to a message with no words to search for."""
    return "Please ask me a question in a few words.\n" + catalogue.describe()
