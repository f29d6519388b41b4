"""Whether a block of text ends as a sentence does: the one test of the clean-up stage that
answering needs too (a heading's score is discounted), kept apart so that answering a question
does not compile the clean-up's other patterns."""

from __future__ import annotations

import re

# Sentence punctuation at the end of a block, allowing closing quotes and brackets after it.
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’)\]]*\s*$")


def ends_sentence(block: str) -> bool:
    """Return whether the block ends as a sentence does."""
    return _ENDS_SENTENCE.search(block) is not None
