"""The clean-up stage: every block of a release's text, with what it is.

`clean(text)` cuts the text into blocks (`blocks.py`) and gives each a kind by the evidence in
`kinds.py`, weighing where it stands:

* before the body begins, short capitalised lines, remarks in parentheses and breadcrumb trails
  are labels ("Corporate News", "(with photos)", "Home | Press Room"), and so is a date alone;
* after an "About …" or "Notes to editors" heading, blocks are boilerplate until the next
  heading; so are they after a paragraph that profiles an organisation ("Harbour Park (HP) is
  a statutory body …") where the release has ended (after "Ends", "###") or among contact
  details, the profile's "About" heading lost; after a "Media enquiries" heading, short
  blocks are contact details (boilerplate) until a paragraph of the body comes back; after a
  "Photo captions" heading, blocks of one or two sentences are captions until one opens with
  a dateline ("(Hong Kong, 3 May 2024) –");
  after a "Related news" or "You may also like" heading, headings (the titles of other pages)
  are boilerplate until a paragraph of the body comes back;
* rows of links, copyright lines, the buttons of share bars, app stores and newsletter
  forms, what scripts and players print ("Getting your audio player ready…") and what wire
  services add ("The issuer is solely responsible for the content of this announcement.", a
  line of hashtags) are boilerplate wherever they stand;
* a date alone is a label wherever it stands, and so is a photo's number alone ("Photo 1"),
  whose next block, of one or two sentences, is its caption;
* after the body has begun, "Contact us" opens a contact part (a form's fields are
  boilerplate), and a run of short headings that no line ending with a colon introduces is a
  menu ("Science Park", "Careers", "FAQ"), boilerplate;
* a block repeated within the text is marked `repeated` after its first appearance, and a
  short paragraph repeated is a caption (pages print one under the photo and again beside it);
* the dateline that opens a paragraph or a heading ("(Harbour City, 14 March 2024) –",
  "HARBOUR CITY – Wirenews – 14 March 2024 –": `datelines.py`) is a label of its own, so the
  sentence is quoted from its first word and the dateline's place, wire and date match nothing.

Only body text, headings and list items are quoted (`Block.quoted`); captions, labels,
boilerplate, navigation and noise never are.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Literal, NamedTuple

from ..reading.dates import parse_date
from . import kinds
from .blocks import LIST_ITEM, block_spans, marker_end
from .datelines import dateline_end
from .endings import ends_sentence

Kind = Literal["body", "heading", "list_item", "caption", "label", "boilerplate", "noise"]
QUOTED_KINDS: frozenset[Kind] = frozenset({"body", "heading", "list_item"})

_REMARK = re.compile(r"\s*\([^()]{1,40}\)\s*$")
# Longer than a date alone, with a remark after it ("21 September 2024 (Saturday)").
_LONGEST_DATE = 80
# A site's menu after the body: this many short headings in a row, of at most _MENU_WORDS.
MENU_RUN = 4
_MENU_WORDS = 4


class Block(NamedTuple):
    """One block of a text: `text[start:end]` without outer spaces or a list marker.

    `kind` says what it is; `repeated` is true when the same block came earlier in the text.
    """

    start: int
    end: int
    kind: Kind
    repeated: bool = False

    @property
    def quoted(self) -> bool:
        """Whether the block may be quoted as an answer: body, heading or list item, once."""
        return self.kind in QUOTED_KINDS and not self.repeated


class _Reader:
    """Reads a text's blocks in order, remembering which part of the release it is in."""

    def __init__(self) -> None:
        self.body_begun = False
        self.caption_next = False  # the block before was a photo's number ("Photo 1")
        self.closed = False  # a closing mark ("Ends", "###") has ended the release
        self.part: Literal["body", "about", "contact", "captions", "related"] = "body"

    def kind(self, block: str) -> Kind:
        numbered, self.caption_next = self.caption_next, False
        if kinds.is_photo_number(block):
            self.caption_next = True
            return "label"
        if numbered and kinds.sentence_count(block) <= 2 and not kinds.is_noise(block):
            return "caption"
        if kinds.is_noise(block):
            self.closed = self.closed or kinds.is_closing_mark(block)
            return "noise"
        if kinds.is_captions_heading(block):
            self.part = "captions"
            return "label"
        if self.body_begun and kinds.is_contact_heading(block.split("\n")[0]):
            self.part = "contact"  # "Contact Us" over a form: its fields are furniture
            return "boilerplate"
        if kinds.is_related_heading(block):
            self.part = "related"
            return "boilerplate"
        if (
            kinds.is_interface(block)
            or kinds.is_link_row(block)
            or kinds.is_site_notice(block)
            or kinds.is_script_notice(block)
            or kinds.is_wire_notice(block)
        ):
            return "boilerplate"
        if kinds.is_label(block) or (not self.body_begun and self._top_label(block)):
            return "label"
        if len(block) <= _LONGEST_DATE and parse_date(_REMARK.sub("", block)) is not None:
            return "label"  # a date alone, wherever it stands
        if kinds.is_contact_heading(block.split("\n")[0]):
            self.part = "contact"
            return "boilerplate"
        if kinds.is_about_heading(block):
            self.part = "about"
            return "boilerplate"
        in_captions = (
            self.part == "captions"
            and kinds.sentence_count(block) <= 2
            and not kinds.opens_with_dateline(block)
        )
        if in_captions or kinds.is_caption(block):
            return "caption"
        if kinds.is_contact(block):
            return "boilerplate"
        if self.part == "contact" and (len(block) <= 100 or not self._sentences(block)):
            return "boilerplate"
        heading = kinds.is_heading(block)
        if (self.closed or self.part == "contact") and not heading and kinds.is_profile(block):
            self.part = "about"  # the "About …" profile, its heading lost
            return "boilerplate"
        if (self.part == "about" and not heading) or (self.part == "related" and heading):
            return "boilerplate"
        self.part = "body"
        if LIST_ITEM.match(block):
            self.body_begun = True
            return "list_item"
        if heading:
            return "heading"
        self.body_begun = True
        return "body"

    def _top_label(self, block: str) -> bool:
        """A label before the body: a short capitalised line, maybe with a remark in
        parentheses ("Corporate News (with photos)"), a date alone, or a breadcrumb trail."""
        if len(block) > 250:
            return False
        text = _REMARK.sub("", block).strip()
        return (
            kinds.is_section_label(text)
            or parse_date(text) is not None
            or (kinds.is_trail(text) and not ends_sentence(text))
        )

    @staticmethod
    def _sentences(block: str) -> bool:
        return ends_sentence(block) and len(block) > 100


def _key(block: str) -> str:
    return " ".join(block.casefold().split())


def clean(text: str) -> list[Block]:
    """Return the blocks of `text` in order, each with its kind (see the module docstring).

    Every block is `text[start:end]` with its outer spaces and any list marker left out.
    """
    reader = _Reader()
    blocks = []
    for start, end in block_spans(text):
        raw = text[start:end]
        stripped = raw.strip()
        start += raw.index(stripped[0])
        end = start + len(stripped)
        kind = reader.kind(stripped)
        start += marker_end(stripped) if kind == "list_item" else 0
        if kind in ("body", "heading") and (opening := dateline_end(stripped)):
            dateline = stripped[:opening].rstrip()
            blocks.append(Block(start, start + len(dateline), "label"))
            start += opening
        blocks.append(Block(start, end, kind))
    return _mark_repeats(text, _mark_menus(text, blocks))


def _mark_menus(text: str, blocks: list[Block]) -> list[Block]:
    """Return the blocks with the menus after the body made boilerplate: a run of at least
    MENU_RUN headings of a few words each ("Science Park", "Careers", "FAQ"), which no line
    ending with a colon introduces (a list without markers is introduced: "Its focus areas:")."""
    marked = list(blocks)
    begun = next((n for n, block in enumerate(blocks) if block.kind == "body"), len(blocks))
    run: list[int] = []
    for number in range(begun, len(blocks) + 1):
        block = blocks[number] if number < len(blocks) else None
        if block is not None and _menu_item(text, block):
            run.append(number)
            continue
        if len(run) >= MENU_RUN and not text[: blocks[run[0]].start].rstrip().endswith(":"):
            for item in run:
                marked[item] = marked[item]._replace(kind="boilerplate")
        run = []
    return marked


def _menu_item(text: str, block: Block) -> bool:
    """Whether a block could be an item of a site's menu: a heading of a few words that
    introduces nothing (no colon at its end)."""
    if block.kind != "heading":
        return False
    item = text[block.start : block.end]
    return not item.endswith(":") and len(kinds.words(item)) <= _MENU_WORDS


def _mark_repeats(text: str, blocks: list[Block]) -> list[Block]:
    """Mark every block after its first appearance as repeated; a short paragraph printed
    twice is a photo caption (pages print one under the photo and again in the gallery)."""
    keys = [_key(text[block.start : block.end]) for block in blocks]
    counts = Counter(keys)
    seen: set[str] = set()
    marked = []
    for block, key in zip(blocks, keys, strict=True):
        if (
            counts[key] > 1
            and block.kind == "body"
            and kinds.sentence_count(text[block.start : block.end]) <= 2
        ):
            block = block._replace(kind="caption")
        marked.append(block._replace(repeated=key in seen))
        seen.add(key)
    return marked


def quoted_blocks(text: str) -> list[tuple[int, int]]:
    """Return the spans of the blocks of `text` that may be quoted, in order."""
    return [(block.start, block.end) for block in clean(text) if block.quoted]
