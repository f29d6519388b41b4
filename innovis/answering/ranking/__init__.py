"""Ranking: finding the sentences that answer a question, and how surely they do.

The fourth stage of answering. `retrieval.py` scores sentences with BM25 over the corpus index
(`standins.py` lets a tenure told in the release's own words stand for a visitor's words),
`evidence.py` reorders them by the kind of answer asked for, `judging.py` gives each its
confidence (`framing.py` reads which words are asked of the answer, `cuts.py` why a sentence
keeps only part of its confidence, `release_sentences.py` adds a career or a time told elsewhere
in the release), `ordering.py` chooses which confident hit comes first, `timeline.py` chooses
releases by date, `speeches.py` keeps a quoted speech whole; `questions.py` reads a question
against the corpus (it needs the retriever, so it sits here rather than in `question`). These
modules may import the library below answering (`innovis.index`, `innovis.text`,
`innovis.reading`, `innovis.cleaning`, the shared records), the `words`, `kinds` and `question`
stages and one another, but not `conversation`.
"""
