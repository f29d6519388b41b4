"""The `innovis` command run as a user runs it: a separate process, exit codes and output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from commands import run_innovis as innovis


def test_ask_answers_with_the_quote_and_source() -> None:
    result = innovis("ask", "What is the San Tin Technopole?")
    assert result.returncode == 0, result.stderr
    assert "establishing a “San Tin Technopole”" in result.stdout
    assert "HKSTP Fully Supports" in result.stdout and "12 Jan 2022" in result.stdout
    assert "\x1b[" not in result.stdout  # no colour codes when piped


def test_ask_without_an_answer_exits_1() -> None:
    result = innovis("ask", "How do I bake a chocolate cake?")
    assert result.returncode == 1
    assert "couldn't find an answer" in result.stdout


def test_ask_json() -> None:
    result = innovis("ask", "--json", "-k", "2", "What will HKSTP do for I&T in Hong Kong?")
    assert result.returncode == 0
    reply = json.loads(result.stdout)
    assert reply["kind"] == "answer"
    assert 1 <= len(reply["passages"]) <= 2
    assert set(reply["passages"][0]) >= {"doc_id", "title", "date", "text", "start", "end", "score"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ask", "  "], "the question is empty"),
        (["ask", "-k", "0", "talent"], "at least 1"),
        (["ask", "--corpus", "/no/such/folder", "talent"], "No corpus at /no/such/folder"),
        (["--no-such-option"], "unrecognized arguments"),
    ],
)
def test_bad_input_exits_2_without_a_traceback(args: list[str], message: str) -> None:
    result = innovis(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_corpus_option_and_variable_point_at_other_releases(write_corpus, release: str) -> None:
    folder = write_corpus(
        {
            "drone.txt": release,
            "other/park.md": "---\ntitle: Park News\n---\nThe park adds two buildings next year.",
        }
    )
    question = "When will the first drone flights take place?"
    by_option = innovis("ask", "--corpus", str(folder), question)
    by_variable = innovis("ask", question, env={"INNOVIS_CORPUS": str(folder)})
    for result in (by_option, by_variable):
        assert result.returncode == 0, result.stderr
        assert "first flights will take place in June" in result.stdout
        assert "Acme Robotics Opens a Drone Lab" in result.stdout


def test_unreadable_corpus_file_is_reported(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00bad")
    result = innovis("ask", "--corpus", str(tmp_path), "anything")
    assert result.returncode == 2
    assert "bad.txt is not UTF-8" in result.stderr


def test_chat_answers_piped_lines_one_by_one() -> None:
    result = innovis(stdin="hello\nWhat is the San Tin Technopole?\nthanks\nbye\nnot read\n")
    assert result.returncode == 0
    out = result.stdout
    assert out.index("here to help") < out.index("San Tin Technopole") < out.index("welcome")
    assert "Goodbye" in out


def test_version_and_help() -> None:
    assert innovis("--version").stdout.startswith("innovis ")
    help_text = innovis("ask", "--help").stdout
    assert "--json" in help_text and "--corpus" in help_text


def test_bm25_option_picks_the_scoring() -> None:
    result = innovis("ask", "--bm25", "BM25Plus", "--json", "What is the San Tin Technopole?")
    assert result.returncode == 0
    assert "San Tin Technopole" in json.loads(result.stdout)["passages"][0]["text"]
    assert innovis("ask", "--bm25", "TFIDF", "x").returncode == 2
