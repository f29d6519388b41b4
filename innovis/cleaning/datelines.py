"""The dateline that opens a release's first paragraph, told apart from the sentence it opens.

Wire services and press offices put where and when before the first sentence, in one line with
it: "(Harbour City, 14 March 2024) – …", "HARBOUR CITY – Wirenews – 14 March 2024 – …",
"HARBOUR CITY, March 14, 2024 /Wirenews/ -- …", "HARBOUR CITY, Mar 14 (Wirenews) - …",
"HARBOUR CITY--(Wirenews)--…", "Harbour City (14 March 2024) – …", "14 March 2024, Harbour
City – …", "HARBOUR CITY: …". It is not part of the sentence: its place, its wire's name and its
date would match questions that the sentence does not answer, so the clean-up stage cuts it off
as a label of its own (`dateline_end`), and the sentence is quoted from its first word.

A dateline is told by its shape, not by any wire's name: fields separated by dashes or a colon,
each a few words that all begin with a capital (or are numbers, or "and"/"of"), the whole
holding a date, a wire's tag between slashes, a double dash, or a place in capitals; and a
capital, a digit or a quotation mark after it, where the sentence begins.
"""

from __future__ import annotations

import re

# Longer than any dateline: only a block's first characters are looked at.
_REACH = 140
# Words of more than this many in one field are a name or a sentence, not a place or a wire.
_FIELD_WORDS = 5

_MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# "14 March 2024", "March 14, 2024", "Mar. 14", "14 March", "2024-03-14".
_DATE = re.compile(
    rf"(?<!\w)(?:{_DAY}\s+{_MONTH}(?:,?\s+\d{{4}})?|{_MONTH}\s+{_DAY}(?:,?\s+\d{{4}})?"
    rf"|\d{{4}}-\d{{2}}-\d{{2}})(?!\w)"
)
# Where a dateline may end: a spaced dash, a double dash, a dash right after a date's digits
# ("14 March 2024–Harbour …"), a colon.
_SEPARATOR = re.compile(r"\s+(?:--|[–—-])\s*|--\s*|(?<=\d)[–—]\s*|:\s+")
# What a wire adds to a dateline: "/Wirenews/", "(Wirenews)", "()".
_SLASH_TAG = re.compile(r"/[^/\n]{2,40}/")
_PAREN = re.compile(r"\([^()\n]{0,40}\)")
_WORD = re.compile(r"(?<![\w'’.])[^\W\d_][\w.'’&-]*")
_JOINING = frozenset({"and", "of", "de", "la", "du", "del", "upon"})
# A word in lower case that joins no names: a dateline has ended before it.
_LOWER_WORD = re.compile(r"(?<![\w'’.])(?!(?:and|of|de|la|du|del|upon)\b)[a-z]")
# A sentence may open with these before a date and a dash ("On 14 March – …"); a dateline never.
_OPENERS = frozenset(
    "On In At By From Since Until Till As For The This That These Those It Its Our We Today "
    "Yesterday Tomorrow Last Next Earlier Later Before After During".split()
)
# The paragraph after a dateline begins with a capital, a digit, a bracket or a quotation mark.
_BEGINS = re.compile(r"[A-Z0-9(\"“‘']")
# A dateline wholly in brackets, before the sentence without a dash: "(Harbour City, 14 March
# 2024) Harbour Park …".
_BRACKETED = re.compile(r"\(([^()\n]{6,80})\)\s+")
# What a saved page may stamp before the dateline: its own date in ISO form ("date 2024-03-14",
# "Published: 2024-03-14 09:30").
_STAMP = re.compile(
    r"(?i:(?:date|published|posted|updated|issued)\s*:?\s*)?\d{4}-\d{2}-\d{2}"
    r"(?:[ T]\d{2}:\d{2}(?::\d{2})?)?\s+"
)


def _fields_fit(prefix: str) -> bool:
    """Return whether every word of `prefix` could be in a dateline: each begins with a capital
    (or joins two names), and no dash-separated field has more than a few of them."""
    fields = _SEPARATOR.split(_PAREN.sub(" ", _SLASH_TAG.sub(" ", prefix)))
    for field in fields:
        found = _WORD.findall(_DATE.sub(" ", field))
        if len(found) > _FIELD_WORDS:
            return False
        if any(not word[0].isupper() and word not in _JOINING for word in found):
            return False
    return True


def _capital_place(prefix: str) -> bool:
    """Return whether `prefix` opens with a place in capitals, two words or more ("HARBOUR
    CITY", "HARBOUR CITY SAR") or one with a wire's tag or a colon after it ("LONDON (Wire)")."""
    match = re.match(r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*", prefix)
    if match is None or not any(c.isalpha() for c in match.group(0)):
        return False
    if " " in match.group(0):
        return True
    rest = prefix[match.end() :].lstrip(" ,")
    return rest.startswith("(")


def _is_dateline(prefix: str, separator: str) -> bool:
    """Return whether `prefix`, ended by `separator`, is a dateline."""
    first = _WORD.match(prefix)
    if first is not None and first.group(0) in _OPENERS:
        return False
    if not _fields_fit(prefix):
        return False
    return bool(
        _DATE.search(prefix)
        or _SLASH_TAG.search(prefix)
        or "--" in separator
        or "--" in prefix
        or _capital_place(prefix)
    )


def dateline_end(block: str) -> int:
    """Return where the sentence after the dateline opening `block` begins (0 when the block
    opens with no dateline). A page's date stamp before it ("date 2024-03-14") is cut too.

    >>> block = "HARBOUR CITY, March 14, 2024 /Wirenews/ -- The park opened."
    >>> block[dateline_end(block):]
    'The park opened.'
    """
    stamp = _STAMP.match(block)
    start = stamp.end() if stamp is not None and _BEGINS.match(block, stamp.end()) else 0
    return start + _dateline_end(block[start:])


def _dateline_end(block: str) -> int:
    if not block or not (block[0] == "(" or block[0].isupper() or block[0].isdigit()):
        return 0
    head = block[:_REACH]
    lower = _LOWER_WORD.search(head)
    end = 0
    for separator in _SEPARATOR.finditer(head, 0, lower.start() if lower else len(head)):
        prefix = head[: separator.start()]
        if not _fields_fit(prefix):
            break
        if _is_dateline(prefix, separator.group(0)) and _BEGINS.match(head, separator.end()):
            end = separator.end()
    if end == 0 and (bracketed := _BRACKETED.match(head)) is not None:
        inside = bracketed.group(1)
        if _DATE.search(inside) and _fields_fit(inside) and _BEGINS.match(head, bracketed.end()):
            end = bracketed.end()
    return end
