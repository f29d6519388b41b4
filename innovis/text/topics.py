"""Mining the corpus for what INNOVIS can talk about, to suggest it when a question misses."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ..models import Document

# A run of capitalised words, which may be joined by "of", "and", "for", "the" or "&"; a word
# may be initials ("R.T."), which a name goes on after ("Ir Dr Callum R.T. Wexford").
_WORD = r"[A-Z](?:(?:\.[A-Z])*\.(?=\s+[A-Z])|[\w&’'-]*)"
_NAME = re.compile(rf"(?<![\w&.]){_WORD}(?:\s+(?:(?:of|and|for|the|&)\s+)*{_WORD})+")
_QUOTED = re.compile(r"[“\"]([^”\"]{3,80})[”\"]")
_MAX_DOCUMENTS = 500  # enough to find the corpus's recurring names, cheap at any corpus size
# A line that ends a sentence, or is long enough to be part of a hard-wrapped paragraph, is body
# text; a short line without a sentence's end is a heading, a list item or a caption.
_SENTENCE_END = re.compile(r"[.!?:;\"'”’)\]]\s*$")
_BODY_WIDTH = 60
_MARKUP = re.compile(r"^\s*(?:#+|[-*+>|=]+|\d+[.)])\s|[*_`]+")
# A possessive ending ("Hong Kong’s position"): no topic to suggest as it stands, and counting
# it as the bare name would let a short name ("Hong Kong") outscore the longer ones holding it.
_POSSESSIVE = re.compile(r"[’']s$")


def body_text(text: str) -> str:
    """Return the lines of `text` that are running prose, markup marks taken out: headings, list
    items and captions name the release's parts rather than what it talks about."""
    lines = []
    for line in text.splitlines():
        if line.lstrip().startswith("#"):
            continue
        if _SENTENCE_END.search(line) or len(line.strip()) >= _BODY_WIDTH:
            lines.append(_MARKUP.sub(" ", line))
    return "\n".join(lines)


def key_phrases(documents: Sequence[Document], limit: int = 5) -> list[str]:
    """Return up to `limit` names the corpus talks about most, longest and most quoted first,
    from its body text (`body_text`).

    A phrase scores its number of occurrences times its number of words, plus a bonus when the
    releases put it in quotation marks; phrases inside a better one are left out.
    """
    scores: Counter[str] = Counter()
    for document in documents[:_MAX_DOCUMENTS]:
        text = body_text(document.text)
        for match in _NAME.finditer(text):
            phrase = match.group(0).removeprefix("The ").strip("’'")
            if " " in phrase and not _POSSESSIVE.search(phrase):
                scores[phrase] += len(phrase.split())
        for quoted in _QUOTED.findall(text):
            if quoted in scores:
                scores[quoted] += 2 * len(quoted.split())
    chosen: list[str] = []
    seen: list[str] = []  # the chosen phrases with "&" read as "and": one name, written two ways
    for phrase, _ in sorted(scores.items(), key=lambda item: (-item[1], item[0])):
        same = phrase.replace(" & ", " and ")
        if not any(same in better or better in same for better in seen):
            chosen.append(phrase)
            seen.append(same)
        if len(chosen) == limit:
            break
    return chosen
