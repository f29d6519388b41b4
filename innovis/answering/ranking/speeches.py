"""Quoting a speech whole: a quote never opens a quotation mark it does not close.

Releases quote people over several sentences: “Our companies are working on test kits. We
will not let rent stand in their way,” said Dr Marchetti. Split into sentences, the second one
closes a quotation mark it never opened, and the first opens one it never closes; quoted alone,
either reads as a broken quotation. `whole_speeches` carries such a span back to the sentence
that opens the speech, or on to the one that closes it, when that is near.
"""

from __future__ import annotations

from .retrieval import Hit, Retriever

# How many sentences a span may take in to close a speech: a longer speech is quoted in part.
_MOST_TAKEN = 2


def open_quotes(text: str) -> int:
    """Return how many more quotation marks `text` opens than it closes (below 0: closes
    more); a straight double mark opens after a space or at the start, and closes elsewhere."""
    depth = text.count("“") - text.count("”")
    for at, char in enumerate(text):
        if char == '"':
            depth += 1 if at == 0 or text[at - 1].isspace() or text[at - 1] in "([" else -1
    return depth


def whole_speeches(
    retriever: Retriever, spans: list[tuple[int, Hit]], covered: frozenset[int]
) -> list[tuple[int, Hit]]:
    """Return `spans` (first sentence, hit ending the span), each carried back or on, within its
    paragraph and by at most `_MOST_TAKEN` sentences none of which is quoted already, to the
    sentence that opens or closes a speech it leaves open; a span that cannot be closed so is
    left as it is."""
    taken = covered.union(s for first, hit in spans for s in range(first, hit.sentence + 1))
    whole: list[tuple[int, Hit]] = []
    for first, hit in spans:
        last = hit.sentence
        depth = sum(open_quotes(retriever.text(s)) for s in range(first, last + 1))
        start, end = first, last
        for _ in range(_MOST_TAKEN):
            if depth == 0:
                break
            step = retriever.next_sentence(end) if depth > 0 else retriever.previous_sentence(start)
            if step is None or step in taken:
                break
            depth += open_quotes(retriever.text(step))
            start, end = min(start, step), max(end, step)
        if depth == 0 and (start, end) != (first, last):
            taken = taken.union(range(start, end + 1))
            whole.append((start, hit._replace(sentence=end)))
        else:
            whole.append((first, hit))
    return whole
