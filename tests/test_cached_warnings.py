"""What reading a corpus left out is told on every ask, whether the index is built or comes from
the cache: one line a file, then the summary."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from commands import run_innovis

from innovis.index.cache import SKIPPED

GOOD = "3 Mar 2023\nDrone Lab Opens\n\nThe drone lab opened in May at the park.\n"
QUESTION = "When did the drone lab open?"


@pytest.fixture
def untidy(tmp_path: Path) -> Path:
    """A corpus folder with a good release, one that is not UTF-8, an export with a line that
    is not JSON, and a file of another kind."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "latin.txt").write_bytes(GOOD.replace("park", "caf\xe9").encode("latin-1"))
    (folder / "export.jsonl").write_text(
        '{"title": "Robot Lab Opens", "date": "2023-04-01", "text": "A robot lab opened."}\n'
        "{not json\n",
        encoding="utf-8",
    )
    (folder / "brochure.pdf").write_bytes(b"%PDF-1.4")
    return folder


def cached_entries(cache_home: Path) -> list[Path]:
    return [p for p in (cache_home / "innovis").rglob(SKIPPED)]


def test_a_cached_ask_tells_what_was_skipped_as_the_first_did(untidy: Path, tmp_path: Path) -> None:
    first = run_innovis("ask", "--corpus", str(untidy), QUESTION)
    assert first.returncode == 0, first.stderr
    lines = first.stderr.splitlines()
    assert f"innovis: skipped: {untidy / 'latin.txt'} is not UTF-8 text" in first.stderr
    assert f"{untidy / 'export.jsonl'} line 2 is not JSON" in first.stderr
    assert lines[-1] == (
        "innovis: read 2 releases; skipped 2: 1 that could not be read; 1 of other kinds (.pdf)."
    )
    assert cached_entries(tmp_path / "home" / "cache")  # the second ask uses the cache
    second = run_innovis("ask", "--corpus", str(untidy), QUESTION)
    assert second.returncode == 0
    assert second.stdout == first.stdout
    assert second.stderr == first.stderr


def test_files_of_other_kinds_are_told_as_they_are_now(
    untidy: Path, run_cli: Callable[..., Any]
) -> None:
    first = run_cli("ask", "--corpus", str(untidy), QUESTION)
    (untidy / "brochure.pdf").unlink()
    (untidy / "notes.docx").write_bytes(b"PK")
    second = run_cli("ask", "--corpus", str(untidy), QUESTION)
    assert second.err == first.err.replace("(.pdf)", "(.docx)")


def test_a_corpus_given_another_way_is_named_as_it_is_given(
    untidy: Path, tmp_path: Path, run_cli: Callable[..., Any]
) -> None:
    first = run_cli("ask", "--corpus", str(untidy), QUESTION)
    link = tmp_path / "link"
    link.symlink_to(untidy)
    second = run_cli("ask", "--corpus", str(link), QUESTION)
    assert str(untidy) not in second.err
    assert second.err == first.err.replace(str(untidy), str(link))


def test_a_damaged_list_of_skipped_files_rebuilds_the_index(
    untidy: Path, tmp_path: Path, run_cli: Callable[..., Any]
) -> None:
    first = run_cli("ask", "--corpus", str(untidy), QUESTION)
    (kept,) = cached_entries(tmp_path / "home" / "cache")
    kept.write_bytes(kept.read_bytes().replace(b"latin", b"LATIN"))
    second = run_cli("ask", "--corpus", str(untidy), QUESTION)
    assert "The cached index was unusable" in second.err
    assert "it has changed since it was written" in second.err
    assert second.err.endswith(first.err)
    assert run_cli("ask", "--corpus", str(untidy), QUESTION).err == first.err
