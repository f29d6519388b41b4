"""Measured answers: the unit a "how tall", "how long" or "how much" question wants.

"How tall is the tower?" is answered by "the 22-storey building", not by the sentence that
says when the tower opened, though both hold a number; "how much is the grant?" by an amount of
money, "what share of startups survive?" by a percentage. The generic number cue (`cues.py`)
cannot tell these apart: any number satisfies it, and a press release is full of numbers
(dates aside). So a question that asks for a measure names the units that answer it, and a
sentence that holds a number in one of them earns the evidence (`evidence.py`) a second time,
as a sentence that counts what a "how many" question counts does.
"""

from __future__ import annotations

import re

from ...text.analysis import content_words
from ...text.patterns import Pattern
from .times import tells_time

_NUMBER = (
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|forty|fifty|sixty|hundred|several|a\s+few|a|an|half\s+an?)"
)
# A number, perhaps in millions ("4.3 million sq ft", "3.55-million-square-foot"), then a unit.
_AFTER_NUMBER = (
    r"(?<![\w.])" + _NUMBER + r"(?:\s*-?\s*(?:million|billion|thousand|hundred))?\s*-?\s*"
)
# Not "floors": "four floors of the tower" tells what a tenant takes, not how tall it is.
_HEIGHT = r"(?:stor(?:ey|y|eys|ies)|metres?|meters?|m|feet|foot|ft)(?![\w])"
_LENGTH = r"(?:metres?|meters?|m|km|kilomet(?:re|er)s?|miles?|feet|foot|ft)(?![\w])"
_DURATION = r"(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)(?![\w])"
_AREA = (
    r"(?:square\s*-?\s*(?:metres?|meters?|feet|foot|kilomet(?:re|er)s?|miles?)|sq\.?\s*(?:m|ft|km)"
    r"|m2|m²|km2|km²|hectares?|ha|acres?)(?![\w])"
)
# An amount of money: a currency sign before the number (HK$, US$, RMB, €) or a currency
# after it ("2 million dollars").
_MONEY = (
    r"(?:(?<![\w])(?:[A-Z]{0,3}\$|RMB|HKD|USD|EUR|GBP|[€£¥])\s?\d"
    rf"|{_AFTER_NUMBER}(?:(?:million|billion|thousand)\s+)?(?:dollars|yuan|renminbi|euros?|pounds)"
    r"(?![\w]))"
)
# A person's age: "aged 45", "at the age of 45" ("a 45-year-old" is a duration and "old").
_AGED = r"(?:\baged\s+\d+|\bage\s+of\s+\d+|\bages?\s+\d+)"
# How old something is, told by its founding or an anniversary: "set up in 2001", "began
# operation in 2001", "its 20th anniversary".
_FOUNDED = (
    r"(?:\b(?:founded|established|set\s+up|created|incorporated|began\s+operations?|opened)"
    r"\s+in\s+(?:19|20)\d\d\b|\b\d+(?:st|nd|rd|th)\s+anniversary\b)"
)
_PERCENT = r"(?:\d[\d.]*\s?(?:%|per\s*cent|percent)(?![\w]))"
# A way to get in touch: a telephone or fax number after its label ("Tel: (852) 2629 1818",
# "call the hotline at 2629 6800"), or an email address.
_CONTACT = (
    r"(?:\b(?:tel|telephone|phone|fax|hotline|call|whatsapp)\b"
    r"(?:\W+(?:at|on|is|us|the|number|no)\b){0,3}\W{0,6}\+?[\d(][\d\s()-]{6,}"
    r"|[\w.+-]+@[\w-]+\.[\w.-]+)"
)

# The words that ask for a way to get in touch ("hkstp phone number", "the hotline", "email
# address of ..."): a sentence that names phones ("mobile phones") gives none.
_CONTACT_ASKED = Pattern(
    r"\b(?:(?:tele)?phone|tel|fax|contact|hotline|whatsapp)\s+(?:numbers?|no)\b"
    r"|\bhotlines?\b|\be-?mail\s+address(?:es)?\b",
    re.IGNORECASE,
    needles="phone|tel|fax|contact|hotline|whatsapp|mail",
)

_UNITS = {
    "height": f"{_AFTER_NUMBER}{_HEIGHT}|{_AFTER_NUMBER}{_LENGTH}",
    "length": f"{_AFTER_NUMBER}{_LENGTH}|{_AFTER_NUMBER}{_DURATION}",
    "area": f"{_AFTER_NUMBER}{_AREA}|{_MONEY}",
    "surface": f"{_AFTER_NUMBER}{_AREA}",
    "money": f"{_MONEY}|{_PERCENT}|{_AFTER_NUMBER}{_AREA}",
    "percent": _PERCENT,
    "age": f"{_AFTER_NUMBER}{_DURATION}\\s*-?\\s*old|{_AGED}|{_FOUNDED}",
    "contact": _CONTACT,
    "currency": _MONEY,
}
_MEASURED = {kind: Pattern(pattern, re.IGNORECASE) for kind, pattern in _UNITS.items()}

_IN_SURFACE_UNITS = Pattern(
    r"\bin\s+(?:square\s+(?:feet|foot|metres|meters|kilometres|kilometers|miles)"
    r"|sq\.?\s*(?:ft|m|km)|hectares|acres)\b",
    re.IGNORECASE,
    needles="square|sq|hectares|acres",
)
# Whose dollars a sum is in, named before the currency word ("Hong Kong dollars").
_DOLLARS_OF = r"(?:hong\s+kong|hk|us|u\.s\.|american|singapore|new\s+taiwan)"
# A currency named after "in", in words or by its sign ("in Hong Kong dollars", "in HK$").
_IN_CURRENCY = Pattern(
    rf"\bin\s+(?:(?:{_DOLLARS_OF}\s+)?"
    r"(?:dollars|hkd|usd|rmb|yuan|renminbi|euros|pounds)\b|[a-z]{0,3}\$|[€£¥])",
    re.IGNORECASE,
    # (A sign outside ASCII is looked for in every text that holds one: see `Pattern`.)
    needles="dollars|hkd|usd|rmb|yuan|renminbi|euros|pounds|$",
)

# A sum a visitor says in words ("a million dollars", "two million Hong Kong dollars"): its
# currency word, which a release writes as a sign ("HK$1 million"); the number is kept.
_CURRENCY_OF_SUM = Pattern(
    rf"({_AFTER_NUMBER})(?:{_DOLLARS_OF}\s+)?"
    r"(?:dollars|yuan|renminbi|euros|pounds)\b",
    re.IGNORECASE,
    needles="dollars|yuan|renminbi|euros|pounds",
)

# Nouns that name a sum of money: a fund, a budget, an investment, a grant; capital only of
# money ("the capital city" is none).
_SUM_NOUN = (
    r"(?:funds?|budgets?|investments?|grants?|endowments?|(?:venture|seed|working)\s+capital"
    r"|subsid(?:y|ies)|loans?"
    r"|donations?|funding|financing|injections?|allocations?)\b"
)

# What a question asks to be measured, by the words that ask it; first, a unit it names ("how
# big is it in square feet?", "how large is the fund, in Hong Kong dollars?"): only a
# measure in such units answers.
_ASKED = (
    (_IN_SURFACE_UNITS, "surface"),
    (_IN_CURRENCY, "currency"),
    # A price asked ("how much did the tower cost?", "how much do tenants pay?", "how
    # expensive is it?"): only a sum tells it, not the tower's "40 percent" of green space.
    # The verb follows within a few words, and "how much" is no measure of another thing:
    # "how much time do applicants have to pay the rent" asks a time.
    (
        Pattern(
            r"\bhow\s+much(?!\s+(?:time|space|room|land|water|energy|power|data|effort)\b)"
            r"(?:\s+[\w'’-]+){0,6}?\s+(?:costs?|costing|prices?|priced|spen[dt]"
            r"|spending|pay|pays"
            r"|paid|paying|charges?|charged|fees?|worth|budget(?:ed)?)\b"
            r"|\bhow\s+(?:expensive|costly)\b",
            needles="much|expensive|costly",
        ),
        "currency",
    ),
    # A sum named as such ("prize money", "the seed money"): only a sum tells it.
    (
        Pattern(r"\b(?:prize|cash|seed|grant|award|funding)\s+money\b", needles="money"),
        "currency",
    ),
    # The size of a sum ("how big is the venture fund?", "the size of the budget"): nouns
    # that name an amount of money are measured in money, not in square feet.
    (
        Pattern(
            # (Not across a relative clause: "how big is the park that the fund built?")
            r"\b(?:how\s+(?:big|large|small)|size\s+of)\b"
            rf"(?:\s+(?!that\b|which\b|who\b)[\w'’-]+){{0,5}}?\s+{_SUM_NOUN}"
            rf"|\b{_SUM_NOUN}\s+size\b",
            needles="big|large|small|size",
        ),
        "currency",
    ),
    (Pattern(r"\bhow (?:tall|high)\b", needles="tall|high"), "height"),
    (Pattern(r"\bhow (?:long|far)\b", needles="long|far"), "length"),
    # A surface named as such ("floor area", "site area"): only an area in its units tells it.
    (
        Pattern(
            r"\b(?:floor|site|land|gross|usable|lettable|plot)\s+areas?\b",
            needles="area",
        ),
        "surface",
    ),
    (
        Pattern(
            r"\bhow (?:big|large)\b|\bwhat(?:'s|\s+is|\s+was)?\s+(?:the\s+)?(?:size|area)\b",
            needles="big|large|size|area",
        ),
        "area",
    ),
    (
        Pattern(
            # (Not of a count: "how much has the number of companies grown?" asks a number.)
            r"\bhow much\b(?!\s+(?:\w+\s+){0,2}?(?:number|count)\s+of\b)"
            r"|\bwhat (?:amount|sum)\b",
            needles="much|amount|sum",
        ),
        "money",
    ),
    (
        Pattern(
            r"\bwhat (?:percentage|percent|proportion|share|fraction)\b",
            needles="percent|proportion|share|fraction",
        ),
        "percent",
    ),
    (Pattern(r"\bhow old\b|\bwhat age\b", needles="old|age"), "age"),
    # A way to get in touch ("hkstp phone number", "the hotline", "email address of ..."):
    # a sentence that names phones ("mobile phones") gives none.
    (_CONTACT_ASKED, "contact"),
    # A date asked for, the noun ("what date", "the dates of the fair", "fair dates?"): a time
    # ("from March 12 to 16"). Not the verb ("who dates rocks", "to date them"), nor "to
    # date" (so far), nor a date the question tells something of ("the date applied to").
    (
        Pattern(
            r"\b(?:what|which)\s+dates?\b|(?<!\bto )\bdates?\s+(?:of|for)\b"
            r"|(?<!\bto )\bdates?(?:\s+(?:pls|please))?\W*$",
            needles="date",
        ),
        "date",
    ),
)


# The word that names the measure asked for: "how tall is the tower?" is about the tower,
# "what share of startups survive?" about the startups (a share is also a thing shared, so
# it is no framing word of its own).
_MEASURE_WORD = Pattern(
    r"\b(how)\s+(?:tall|high|long|far|big|large|old)\b|\b(what)\s+(?:share|fraction)\b",
    re.IGNORECASE,
    needles="how|what",
)


def without_measure_word(question: str) -> str:
    """Return `question` without the adjective that says which measure it asks for ("tall" in
    "how tall is it?"), or the words that name its unit (`without_unit_words`): a
    release gives the height ("a 31-storey tower"), it rarely says "tall"; it gives a number to
    call in words of its own ("call the helpdesk at ..."); and a question word no answer holds
    would only lower the confidence of every answer."""
    return without_unit_words(_MEASURE_WORD.sub(lambda m: m.group(1) or m.group(2), question))


def without_unit_words(question: str) -> str:
    """Return `question` without the words that name the unit of the measure it asks for ("in
    square feet", "in Hong Kong dollars") or ask for a way to get in touch ("phone number",
    "hotline", "email address"): the answer gives a number in them, in words of its own. Nor
    the currency of a sum it says in words ("a million dollars"): a release writes a sign."""
    for pattern in (_IN_SURFACE_UNITS, _IN_CURRENCY, _CONTACT_ASKED):
        question = pattern.sub(" ", question)
    return _CURRENCY_OF_SUM.sub(r"\1 ", question)


def asked_measure(question: str) -> str | None:
    """Return the kind of measure `question` asks for ("height", "length", "area", "surface",
    "money", "currency" (only a sum: money in a unit it names, a price, or the size of a
    sum: "how big is the fund?"), "percent", "age", "date", "contact"), or None when it asks
    for none."""
    lowered = question.lower()
    return next((kind for pattern, kind in _ASKED if pattern.search(lowered)), None)


def measures(kind: str, sentence: str) -> bool:
    """Return whether `sentence` holds a number in a unit that answers a question asking for a
    measure of `kind`."""
    if kind == "date":
        return tells_time(sentence)
    pattern = _MEASURED.get(kind)
    return pattern is not None and pattern.search(sentence) is not None


# What answers a question that asks a length or a share at all, in whatever shape: a length
# of time or way ("two years", "a 26-month programme", "until 2027", "for the first year"), a
# share ("70%", "half of them", "one in five", "the majority").
_LOOSELY = {
    "length": Pattern(
        rf"{_AFTER_NUMBER}(?:{_LENGTH}|{_DURATION})|\b(?:years|months|weeks|decades|since|until"
        r"|till)\b|\b(?:first|second|third|next|last|past|whole|full)\s+"
        + _DURATION
        # When a thing began tells how long it has gone on ("opened in 2018").
        + r"|\b(?:founded|established|set\s+up|created|incorporated|began|started|launched"
        r"|opened|introduced)\s+(?:[\w-]+\s+){0,3}?in\s+(?:19|20)\d\d\b",
        re.IGNORECASE,
    ),
    "percent": Pattern(
        rf"{_PERCENT}|\b(?:half|halves|thirds?|quarters?|fifths?|tenths?|majority|minority"
        r"|most|all|none|one\s+in|out\s+of)\b",
        re.IGNORECASE,
    ),
}


def loosely_measures(kind: str, sentence: str) -> bool:
    """Return whether `sentence` gives a measure of `kind` in any shape: for a length or a
    share, one of the many ways a release tells one ("for a decade", "half of them"); for
    the others, a number in their units (`measures`)."""
    pattern = _LOOSELY.get(kind)
    if pattern is None:
        return measures(kind, sentence)
    return pattern.search(sentence) is not None


_SHARE = Pattern(r"\d[\d.,]*\s?(?:%|per\s*cent\b|percent\b)", re.IGNORECASE)


def without_shares(sentence: str) -> str:
    """Return `sentence` without its percentages: a share ("70% of the graduates") tells how
    much, not how many."""
    return _SHARE.sub(" ", sentence)


# A party's sum: a name in capitals, possessive, then within the clause a sum of money ("the
# Government's focus on ocean science with an allocation of $300 million").
_OWNED_SUM = Pattern(
    r"\b([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)[’']s\b[^.;:]{0,80}?" + _MONEY, needles="’s|'s"
)


def owners_of_sums(sentence: str) -> list[str]:
    """Return the parties `sentence` tells a sum of money as theirs ("the Government's ...
    allocation of $300 million": "Government"), in the order written. A word with no content
    is no party: "It's a HK$1 million prize" is "it is"."""
    owners = (match.group(1) for match in _OWNED_SUM.finditer(sentence))
    return [owner for owner in owners if content_words(owner)]
