"""Everything a Retriever needs to answer questions about a corpus, built or loaded.

Sentences are numbered across the corpus, paragraphs too; flat arrays map each sentence to its
document, paragraph and character span, and each paragraph and document to its first sentence.
The word counts and the surface-form → stem map are loaded only when first needed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping

from ..text.acronyms import Acronyms
from ..tuples import NamedTuple
from .documents import DocumentTable
from .postings import BM25Index
from .ranking import RankingConfig

# Bump when the sentence splitter, the analyser or the index layout changes: saved indexes of
# another version are rebuilt rather than trusted. (4: checksums of every file; 5: the page
# clean-up stage and press-release sentence splitting; 6: topics from body text only; 7: photo
# credits make captions; 8: captions under a "Photo captions" heading, closing marks, title
# lines; 9: irregular verb forms stemmed as their base form; 10: initials joined; 11: numbered
# photos, site chrome and dates alone left out; 12: related-page titles, link rows and
# copyright lines left out; 13: a speech's greeting a block of its own; 14: captions under a
# photo's number, closing marks never joined to the next line; 15: a dateline ends captions;
# 16: initials or a company form before "The", "It" … end a sentence; 17: contact forms and
# menus after the body left out; 18: "chairman" stemmed as "chair"; 19: role compounds;
# 20: initials written with spaces; 21: a dateline cut off the sentence it opens; 22: a
# page's date stamp, script notices and stray words left out; 23: more buttons, comment
# forms and photo credits left out; 24: a site's header before the title's repeat left out;
# 25: captions at the top end at any dateline shape; 26: a profile after "Ends" left out;
# 27: wire notices and hashtag lines left out; 28: bylines after the body begins; 29: acronyms
# and long forms as alternatives; 30: stems of Snowball 3 (PyStemmer): "organization" no
# longer "organ", "university" not "universe"; 31: a line opening as a caption, "Photo 1:",
# never joined to the line before it; 32: acronyms defined in quotes, "(“GBA”)"; 33: topics
# skip possessives; 34: topics keep a name's initials, "Callum R.T. Wexford".)
FORMAT_VERSION = 34


class SentenceTable(NamedTuple):
    """Where each sentence is: its document, its paragraph and its span in the document text.

    `paragraph_first[p]` is the first sentence of paragraph p (one more entry at the end);
    `document_first[d]` the first sentence of document d, or -1 when it has none.
    """

    document: memoryview
    paragraph: memoryview
    start: memoryview
    end: memoryview
    paragraph_first: memoryview
    document_first: memoryview


class CorpusIndex(NamedTuple):
    """A corpus indexed for retrieval (see the module docstring)."""

    documents: DocumentTable
    config: RankingConfig
    sentences: SentenceTable
    sentence_index: BM25Index
    paragraph_index: BM25Index
    titles: Mapping[str, list[int]]
    acronyms: Acronyms
    topics: list[str]
    words: Callable[[], Counter[str]]
    stems: Callable[[], Mapping[str, str]]
