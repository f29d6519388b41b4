"""Reading the dates press releases are written with, and writing them back the same way."""

from __future__ import annotations

import datetime
import re

_MONTHS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        start=1,
    )
}
_FULL_MONTHS = (
    "january february march april may june july august september october november december"
).split()

# Patterns, not compiled ones: only reading a corpus parses dates, and re caches what it compiles.
# A month's name or its abbreviation, as a pattern to match in lower-cased text.
MONTH_PATTERN = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DAY_MONTH_YEAR = r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})"
_MONTH_DAY_YEAR = r"([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})"
_ISO = r"(\d{4})-(\d{1,2})-(\d{1,2})"


def _month(word: str) -> int | None:
    word = word.lower()
    number = _MONTHS.get(word[:3])
    if number is None:
        return None
    # "Sept" and the full name are fine; "Janitor" is not a month.
    full = _FULL_MONTHS[number - 1]
    return number if full.startswith(word) or word == "sept" else None


def parse_date(text: str) -> datetime.date | None:
    """Return the date a whole line states (`12 Jan 2022`, `January 12, 2022`, `2022-01-12`).

    Returns None when the line is not just a date, or names a day that does not exist.
    """
    line = text.strip()
    try:
        if match := re.fullmatch(_ISO, line):
            year, month, day = (int(g) for g in match.groups())
            return datetime.date(year, month, day)
        if match := re.fullmatch(_DAY_MONTH_YEAR, line):
            day_s, month_s, year_s = match.groups()
            named = _month(month_s)
            return datetime.date(int(year_s), named, int(day_s)) if named else None
        if match := re.fullmatch(_MONTH_DAY_YEAR, line):
            month_s, day_s, year_s = match.groups()
            named = _month(month_s)
            return datetime.date(int(year_s), named, int(day_s)) if named else None
    except ValueError:
        return None
    return None


def read_date(value: str) -> datetime.date | None:
    """Return the date a metadata field gives: a date line, or an ISO date and time
    (`2023-05-16T09:00:00+08:00`, `2023-05-16 09:00`). Returns None for anything else."""
    value = value.strip()
    if match := re.match(r"(\d{4}-\d{2}-\d{2})(?:[T ]\d|$)", value):
        return parse_date(match.group(1))
    return parse_date(value)


# A date written inside a sentence, such as a dateline's "(Hong Kong, 12 January 2022)".
_IN_TEXT = rf"\b(?:{_DAY_MONTH_YEAR}|{_MONTH_DAY_YEAR})\b"


def find_date(text: str, within: int = 600) -> datetime.date | None:
    """Return the first real date written in the first `within` characters of `text`.

    Releases open with a dateline, so the first date near the top is the release's own.
    Returns None when there is none.
    """
    for match in re.finditer(_IN_TEXT, text[:within]):
        if (date := parse_date(match.group(0).strip(" ,"))) is not None:
            return date
    return None


def format_date(date: datetime.date) -> str:
    """Return the date as press releases print it: `12 Jan 2022`."""
    return f"{date.day} {_FULL_MONTHS[date.month - 1][:3].title()} {date.year}"
