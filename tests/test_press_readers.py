"""What press rooms publish: saved web pages, CMS exports, and folders that mix them."""

from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import innovis
from innovis.errors import CorpusReadError
from innovis.reading.readers import load_corpus

# A page shaped like a corporate press room's: navigation, a section label, the article with a
# figure and its caption, a boilerplate section, a media contact, share links and a footer.
PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Harbour Labs Opens Robotics Centre | Press Room | Harbour Innovation Park</title>
<meta property="og:title" content="Harbour Labs Opens Robotics Centre">
<meta property="og:url" content="https://park.example.org/press/robotics-centre">
<link rel="canonical" href="https://park.example.org/press/robotics-centre">
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Harbour Labs Opens Robotics Centre", "datePublished": "2023-05-16T09:00:00+08:00"}
</script>
</head>
<body>
<a href="#main">Skip to content</a>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/press">Press Room</a></li>
<li><a href="/about">About Us</a></li></ul></nav></header>
<main id="main"><article>
<h1>Harbour Labs Opens Robotics Centre</h1>
<h2>New centre to train 500 engineers a year</h2>
<p>(Harbour City, 16 May 2023) – Harbour Innovation Park (HIP) today opened its Robotics
Centre, a 5,000 square metre facility for testing service robots in hospitals.</p>
<figure><img src="ceremony.jpg" alt="">
<figcaption>Ir Dr A.B. Chan (third from left) and guests officiate at the ceremony.</figcaption>
</figure>
<p>The centre cost HK$120 million to build. Its first intake of 40 trainees begins in
September.</p>
<ul><li>Twelve test bays for mobile robots</li><li>A simulated hospital ward</li></ul>
<h3>Media enquiries</h3>
<p>Ms Jane Lau<br>Tel: +852 2123 4567<br>Email: jane.lau@park.example.org</p>
</article></main>
<footer><a href="#top">Back to top</a> © 2024 Harbour Innovation Park</footer>
</body></html>
"""


def test_saved_page_gives_its_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "robotics-centre.html"
    path.write_text(PAGE, encoding="utf-8")
    (document,) = load_corpus(path)
    assert document.id == "robotics-centre"
    assert document.title == "Harbour Labs Opens Robotics Centre"
    assert document.date == datetime.date(2023, 5, 16)
    assert document.url == "https://park.example.org/press/robotics-centre"
    assert document.lang == "en-gb"
    assert "opened its Robotics Centre" in document.text
    assert "New centre to train 500 engineers a year\n\n" in document.text  # a block of its own
    assert "• Twelve test bays for mobile robots\n• A simulated hospital ward" in document.text
    assert "Tel: +852 2123 4567\nEmail:" in document.text  # <br> stays a line break
    for furniture in ("Skip to content", "Back to top", "About Us", "officiate", "© 2024"):
        assert furniture not in document.text
    assert not document.text.startswith("Harbour Labs Opens")  # the <h1> is the title


def test_page_without_a_dated_tag_takes_its_dateline_not_the_copyright_year(
    tmp_path: Path,
) -> None:
    page = (
        "<html><head><title>Drone Lab Opens</title></head><body><article><h1>Drone Lab Opens</h1>"
        "<p>(Hong Kong, 3 March 2021) – Acme Robotics opened a drone laboratory at the park "
        "today, with forty engineers and a budget for its first year of work.</p></article>"
        "<footer>© 2023 The Park. All rights reserved.</footer></body></html>"
    )
    (tmp_path / "drone.htm").write_text(page, encoding="utf-8")
    (document,) = load_corpus(tmp_path)
    assert document.date == datetime.date(2021, 3, 3)
    assert document.title == "Drone Lab Opens"


def test_jsonl_export_reads_a_release_a_record(tmp_path: Path) -> None:
    records = [
        {
            "id": "r-17",
            "Title": "Lab Opens",
            "Date": "2022-06-01T10:00:00Z",
            "URL": "https://example.org/a",
            "lang": "EN",
            "body": "The lab opened today.",
        },
        {
            "headline": "Fund Launched",
            "published_at": "5 July 2022",
            "content": "<p>A <b>fund</b> was launched.</p><ul><li>HK$1 million</li></ul>",
        },
        {"title": "No text here", "date": "2022-08-01"},
    ]
    lines = [json.dumps(record) for record in records] + ["{not json"]
    (tmp_path / "cms.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    warnings: list[str] = []
    documents = load_corpus(tmp_path, warn=warnings.append)
    assert [d.id for d in documents] == ["cms#r-17", "cms#2"]
    first, second = documents
    assert (first.title, first.date, first.url, first.lang) == (
        "Lab Opens",
        datetime.date(2022, 6, 1),
        "https://example.org/a",
        "en",
    )
    assert second.date == datetime.date(2022, 7, 5)
    assert "A fund was launched." in second.text and "• HK$1 million" in second.text
    assert "<" not in second.text
    assert any("record 3 has no text" in w for w in warnings)
    assert any("line 4 is not JSON" in w for w in warnings)


def test_csv_export_with_long_bodies_and_quoted_line_breaks(tmp_path: Path) -> None:
    long_body = "The park grew again. " * 8000  # longer than csv's default field limit
    (tmp_path / "export.csv").write_text(
        'title,date,text\n"Park Grows","2021-01-02","' + long_body + '"\n'
        '"Two Lines","2021-02-03","First line.\nSecond line."\n',
        encoding="utf-8",
    )
    documents = load_corpus(tmp_path / "export.csv")
    assert [d.id for d in documents] == ["export#1", "export#2"]
    assert documents[0].date == datetime.date(2021, 1, 2)
    assert documents[1].text == "First line.\nSecond line."


def test_mixed_folder_skips_what_it_cannot_read_and_says_so(tmp_path: Path, release: str) -> None:
    (tmp_path / "a.txt").write_text(release, encoding="utf-8")
    (tmp_path / "b.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"title": "T", "text": "Body."}\n', encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("3 May 2022\nCaf\xe9 opens\nIt opened.".encode("latin-1"))
    (tmp_path / "empty.html").write_text("<html><body><nav>Home</nav></body></html>", "utf-8")
    (tmp_path / "brochure.pdf").write_bytes(b"%PDF-1.4")
    warnings: list[str] = []
    documents = load_corpus(tmp_path, warn=warnings.append)
    assert [d.id for d in documents] == ["a", "b", "c#1"]
    assert any("latin1.txt is not UTF-8" in w for w in warnings)
    assert any("empty.html has no main text" in w for w in warnings)
    assert warnings[-1] == (
        "read 3 releases; skipped 3: 2 that could not be read; 1 of other kinds (.pdf)."
    )


def test_folder_none_of_whose_files_can_be_read_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_bytes(b"\xff\xfe\x00bad")
    (tmp_path / "y.txt").write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(CorpusReadError, match=r"x\.txt is not UTF-8.*and 1 more"):
        load_corpus(tmp_path)


def test_assistant_answers_from_a_saved_page(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    warnings: list[str] = []
    assistant = innovis.Assistant.from_path(tmp_path, warn=warnings.append)
    reply = assistant.ask("How much did the robotics centre cost?")
    assert reply.kind == "answer"
    assert "HK$120 million" in reply.passages[0].text
    assert reply.passages[0].date == datetime.date(2023, 5, 16)
    assert warnings == []


def test_cli_reports_each_skipped_file_and_a_count(tmp_path: Path, release: str) -> None:
    (tmp_path / "a.txt").write_text(release, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00bad")
    (tmp_path / "notes.docx").write_bytes(b"PK")
    result = subprocess.run(
        [sys.executable, "-m", "innovis", "ask", "--corpus", str(tmp_path), "What opened?"],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stderr.strip().split("\n")
    assert lines[0].startswith("innovis: skipped: ") and "bad.txt is not UTF-8" in lines[0]
    assert lines[1] == (
        "innovis: read 1 release; skipped 2: 1 that could not be read; 1 of other kinds (.docx)."
    )
    assert "drone laboratory" in result.stdout


def test_release_without_a_date_line_is_dated_by_its_dateline(tmp_path: Path) -> None:
    (tmp_path / "lab.txt").write_text(
        "Drone Lab Opens\n(Hong Kong, 3 March 2021) – Acme opened a drone lab today.\n",
        encoding="utf-8",
    )
    (document,) = load_corpus(tmp_path)
    assert (document.title, document.date) == ("Drone Lab Opens", datetime.date(2021, 3, 3))


def test_old_table_layout_page_gives_its_paragraphs_and_its_own_title(tmp_path: Path) -> None:
    page = (
        "<html><head><title>News - Drone Lab Opens at the Park</title></head><body>"
        "<table><tr><td><a href='/'>Home</a><br><a href='/news'>News</a></td><td>"
        "<h2>Drone Lab Opens at the Park</h2><p><b>3 March 2021</b></p>"
        "<p>(Hong Kong, 3 March 2021) – Acme Robotics opened a drone laboratory at the park "
        "today, with forty engineers and a budget for its first year of work.</p>"
        "<p>The laboratory will test delivery drones for hospitals across the city.</p>"
        "</td></tr></table>"
        "<table><tr><td>Year</td><td>Flights</td></tr><tr><td>2021</td><td>120</td></tr></table>"
        "</body></html>"
    )
    (tmp_path / "old.htm").write_text(page, encoding="utf-8")
    (document,) = load_corpus(tmp_path)
    assert document.title == "Drone Lab Opens at the Park"
    assert "test delivery drones for hospitals across the city.\n\n" in document.text
    assert "| Drone Lab" not in document.text  # the layout's cells are not one row
    assert "Year | Flights\n2021 | 120" in document.text  # a table of data keeps its rows
