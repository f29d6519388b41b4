"""Kinds of answer: what a question asks for, and what a sentence tells.

The second stage of answering. A "when" question wants a time, "how tall" a height, "where" a
place, "who was chairman before" a handover, "what is" a description or a definition; each
module here reads both sides of one such kind (`asks_...` of a question, `tells_...` of a
sentence), and `periods.py` reads the time a question names. These modules may import the
library below answering (`innovis.text`, `innovis.reading`, the shared records), the `words`
stage and one another, but no later stage (`question`, `ranking`, `conversation`).
"""
