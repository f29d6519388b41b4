"""Reading press releases from files: layouts, dates, encodings, ids and errors."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from innovis import CorpusNotFoundError, CorpusReadError, EmptyCorpusError
from innovis.reading.dates import format_date, parse_date
from innovis.reading.readers import load_corpus


@pytest.mark.parametrize(
    "line",
    [
        "12 Jan 2022",
        "12 January 2022",
        "2022-01-12",
        "January 12, 2022",
        "Jan. 12, 2022",
        "12 Jan. 2022",
        "12th January 2022",
    ],
)
def test_date_forms_are_read(line: str) -> None:
    assert parse_date(line) == datetime.date(2022, 1, 12)


@pytest.mark.parametrize("line", ["30 Feb 2022", "12 Janitor 2022", "HKSTP welcomes", ""])
def test_lines_that_are_not_dates_give_none(line: str) -> None:
    assert parse_date(line) is None


def test_dates_print_as_press_releases_write_them() -> None:
    assert format_date(datetime.date(2022, 1, 12)) == "12 Jan 2022"


def test_plain_text_release_has_date_title_and_body(write_corpus, release: str) -> None:
    folder = write_corpus({"drone.txt": release})
    (document,) = load_corpus(folder)
    assert document.id == "drone"
    assert document.date == datetime.date(2023, 3, 3)
    assert document.title == "Acme Robotics Opens a Drone Lab at Science Park"
    assert document.text.startswith("(Hong Kong, 3 March 2023)")
    assert "Acme Robotics Opens" not in document.text


def test_byte_order_mark_and_windows_line_ends_are_handled(tmp_path: Path, release: str) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + release.replace("\n", "\r\n").encode())
    (document,) = load_corpus(path)
    assert document.date == datetime.date(2023, 3, 3)
    assert "\r" not in document.text


def test_markdown_front_matter_and_markup(write_corpus) -> None:
    folder = write_corpus(
        {
            "news/lab.md": '---\ntitle: "Drone Lab Opens"\ndate: 2023-03-03\n'
            "url: https://example.org/lab\n---\n# Drone Lab Opens\n\n"
            "The **lab** opened [today](https://example.org). It tests *drones*.\n"
        }
    )
    (document,) = load_corpus(folder)
    assert document.id == "news/lab"
    assert (document.title, document.url) == ("Drone Lab Opens", "https://example.org/lab")
    assert document.date == datetime.date(2023, 3, 3)
    assert "The lab opened today. It tests drones." in document.text
    assert "**" not in document.text and "](" not in document.text


def test_ids_are_stable_and_other_files_ignored(write_corpus, release: str) -> None:
    folder = write_corpus(
        {"b.txt": release, "a/c.txt": release, "notes.pdf": "x", ".hidden.txt": release}
    )
    first = [d.id for d in load_corpus(folder)]
    assert first == ["a/c", "b"]
    assert [d.id for d in load_corpus(folder)] == first


def test_missing_path_is_reported(tmp_path: Path) -> None:
    with pytest.raises(CorpusNotFoundError, match="No corpus at"):
        load_corpus(tmp_path / "nowhere")


def test_file_that_is_not_utf8_is_named(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("12 Jan 2022\nCaf\xe9\nBody.".encode("latin-1"))
    with pytest.raises(CorpusReadError, match=r"latin1\.txt is not UTF-8"):
        load_corpus(tmp_path)


def test_folder_without_releases_is_empty(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    with pytest.raises(EmptyCorpusError, match=r"add \.txt, \.md or \.html"):
        load_corpus(tmp_path)
