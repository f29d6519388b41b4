"""Words: the words of English and of press releases, before any question is read.

The first stage of answering. Abbreviations everyone uses ("CEO", "ppl"), clipped names
("LegCo"), names a release writes as one word ("InnoCell"), telling a specific word from a
common one, names made of common words, and posts named in several words. These modules know
nothing of questions, answers or dialogue: they may import the library below answering
(`innovis.text`, `innovis.reading`, the shared records) and one another, but no later stage
(`kinds`, `question`, `ranking`, `conversation`).
"""
