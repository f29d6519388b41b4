"""Whether a block of text ends as a sentence does: the one test of the clean-up stage that
answering needs too (a heading's score is discounted), kept apart so that answering a question
does not compile the clean-up's patterns."""

from __future__ import annotations

_SENTENCE_MARKS = (".", "!", "?", "…")
# Closing quotes and brackets, which may follow a sentence's last mark.
_CLOSERS = "\"'”’)]"


def ends_sentence(block: str) -> bool:
    """Return whether the block ends as a sentence does: with sentence punctuation, allowing
    closing quotes and brackets and white space after it."""
    return block.rstrip().rstrip(_CLOSERS).endswith(_SENTENCE_MARKS)
