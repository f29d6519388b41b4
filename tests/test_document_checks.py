"""Documents are checked as they are built: a wrong field is a clear error at once, not an
AttributeError in the middle of a question."""

from __future__ import annotations

import datetime

import pytest

import innovis
from innovis import Document, InvalidArgumentError


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("2022-01-12", datetime.date(2022, 1, 12)),
        (datetime.date(2022, 1, 12), datetime.date(2022, 1, 12)),
        (datetime.datetime(2022, 1, 12, 9, 30), datetime.date(2022, 1, 12)),
        (None, None),
    ],
)
def test_dates_are_dates_or_iso_strings(given: object, kept: datetime.date | None) -> None:
    document = Document("a", "The lab opened.", date=given)  # type: ignore[arg-type]
    assert document.date == kept and type(document.date) in (datetime.date, type(None))


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"date": "12 Jan 2022"}, "date must be a datetime.date or an ISO date string"),
        ({"date": "2022-02-30"}, "not str '2022-02-30'"),
        ({"date": 20220112}, "not int 20220112"),
        ({"text": None}, "text must be a string, not NoneType"),
        ({"title": 5}, "title must be a string or None, not int 5"),
        ({"url": b"https://example.org"}, "url must be a string or None, not bytes"),
        ({"id": 7}, "id must be a string, not int"),
    ],
)
def test_wrong_fields_are_refused_when_built(fields: dict[str, object], message: str) -> None:
    values: dict[str, object] = {"id": "a", "text": "The lab opened.", **fields}
    with pytest.raises(InvalidArgumentError, match=message):
        Document(**values)  # type: ignore[arg-type]


def test_an_iso_string_date_is_shown_in_answers() -> None:
    documents = [
        Document("lab", "The drone lab opened at the park in May.", "Lab Opens", "2022-01-12"),
        Document("fund", "A fund backs biotech firms in the region.", "Fund", "2023-04-05"),
        Document("park", "The park adds two buildings next year.", "Park", None),
    ]
    reply = innovis.Assistant(documents).ask("When did the drone lab open?")
    assert reply.kind == "answer"
    assert "Lab Opens · 12 Jan 2022" in reply.text
