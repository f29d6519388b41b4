"""Cleaning a release's page: telling its text from its furniture, between reading and splitting.

A saved press page or a release kept as text carries more than the release: section labels
("Corporate News", "(with photos)"), subtitles without a full stop, photo captions (sometimes
twice), rows of `*`, "About …" boilerplate, media-contact blocks, share and navigation text.
`page.clean(text)` cuts a text into blocks (`blocks.py`) and says what each is by the evidence
in `kinds.py`; the sentence splitter quotes only body text, headings and list items, each block
a paragraph of its own, and a repeated block once.
"""
