"""Question: reading a question into a query, before the corpus is searched.

The third stage of answering. `query.py` turns a question into terms (spelling mended,
acronyms expanded, the kind of answer it wants); `focus.py` finds what it asks for,
`predicates.py` what a "who" question asks someone did, `named.py` the names it shares with
only some releases, `wordings.py` the releases' words for a visitor's, and `choices.py` the
first guess of an alternative question ("can I apply anytime, or is there a deadline?"). These
modules may import the library below answering (`innovis.text`, `innovis.reading`, the shared
records), the `words` and `kinds` stages and one another, but no later stage (`ranking`,
`conversation`).
"""
