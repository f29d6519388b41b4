"""The English words INNOVIS ignores when it matches a question to a sentence.

Owned by the project (NLTK's list needs a download). Function words only: words that carry a
topic, such as "new", "first" or "plan", stay searchable.
"""

from __future__ import annotations

_LISTED = frozenset(
    """
    a about above after again against all am an and any are aren't as at be because been before
    being below between both but by can can't cannot could couldn't did didn't do does doesn't
    doing don't down during each either else ever few for from further had hadn't has hasn't
    have haven't having he he'd he'll he's her here here's hers herself him himself his how
    how's i i'd i'll i'm i've if in into is isn't it it's its itself just let's me might more
    most must mustn't my myself neither nor not of off on once only or other ought our ours
    ourselves out over own same shall shan't she she'd she'll she's should shouldn't so some
    such than that that's the their theirs them themselves then there there's these they
    they'd they'll they're they've this those through thus to too under until up upon us very
    was wasn't we we'd we'll we're we've were weren't what what's when when's where where's
    whether which while who who's whom whose why why's will with won't would wouldn't yet you
    you'd you'll you're you've your yours yourself yourselves also may many much via within
    tell know please let like anything something
    """.split()
)

# The analyser drops apostrophes ("don't" becomes "dont"), so the list holds both spellings,
# except where dropping the apostrophe makes another word ("we'll" and "well").
_REAL_WORDS = frozenset(
    {"well", "ill", "shell", "shed", "wed", "hell", "id", "lets", "cant", "wont"}
)
STOPWORDS = _LISTED | frozenset(
    word.replace("'", "") for word in _LISTED if word.replace("'", "") not in _REAL_WORDS
)
