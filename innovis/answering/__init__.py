"""Answering: reading a question, ranking sentences, and the dialogue around the answer.

The stages, each a subpackage, in the order a question passes through them: `words` (the words
of English and of press releases), `kinds` (what kind of answer a question asks for, and what a
sentence tells), `question` (reading the question into a query), `ranking` (finding, weighing
and ordering the sentences that answer it) and `conversation` (the turn of dialogue around the
answer). Each stage imports only the stages before it (`tests/test_stages.py` checks this).
"""
