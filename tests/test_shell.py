"""The command line's shell habits: bare questions, questions from stdin, plain output, each
command's own usage, the release list, and one-shot answers that point at -k."""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import innovis
from innovis.terminal.arguments import COMMANDS, build_parser, parse
from innovis.terminal.plain import plain_text

SAN_TIN = "What is the San Tin Technopole?"
BOX = "╭│╰"


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> str:
    """An index cache the module's commands share, so the bundled corpus is indexed once
    (entries are keyed by the corpus's content, so sharing cannot mix answers up)."""
    return str(tmp_path_factory.mktemp("cache"))


@pytest.fixture
def innovis_cmd(cache: str):
    """Return a function that runs `innovis` in a process of its own, as a user runs it."""

    def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "innovis", *args],
            input=stdin,
            capture_output=True,
            text=True,
            env={**os.environ, "XDG_CACHE_HOME": cache},
            timeout=120,
        )

    return run


def test_words_that_are_not_a_command_are_asked(innovis_cmd) -> None:
    result = innovis_cmd("What", "is", "the", "San", "Tin", "Technopole?")
    assert result.returncode == 0, result.stderr
    assert "establishing a “San Tin Technopole”" in result.stdout


def test_options_may_come_before_a_bare_question(run_cli) -> None:
    code, out, _ = run_cli("--json", "-k", "1", SAN_TIN)
    assert code == 0
    assert "San Tin Technopole" in json.loads(out)["passages"][0]["text"]


@pytest.mark.parametrize("args", [["ask", "-"], ["ask"], ["-"]])
def test_the_question_can_come_from_standard_input(run_cli, args: list[str]) -> None:
    code, out, _ = run_cli(*args, stdin=SAN_TIN + "\n")
    assert code == 0
    assert "establishing a “San Tin Technopole”" in out


def test_piped_question_through_a_real_pipe(innovis_cmd) -> None:
    result = innovis_cmd("ask", "-", stdin="How do I bake a chocolate cake?\n")
    assert result.returncode == 1
    assert "couldn't find an answer" in result.stdout


def test_an_empty_standard_input_is_a_usage_error_of_ask(run_cli) -> None:
    code, _, err = run_cli("ask", stdin="  \n")
    assert code == 2
    assert "usage: innovis ask" in err and "the question is empty" in err


def test_ask_without_a_question_on_a_terminal_says_how(run_cli) -> None:
    code, _, err = run_cli("ask")
    assert code == 2
    assert "usage: innovis ask" in err and "give a question" in err


@pytest.mark.parametrize(
    "args",
    [
        ["ask", "--jsn", "talent"],
        ["docs", "--jsn"],
        ["report", "log.jsonl", "--jsn"],
        ["eval", "questions.jsonl", "--jsn"],
    ],
)
def test_each_command_shows_its_own_usage_on_errors(innovis_cmd, args: list[str]) -> None:
    result = innovis_cmd(*args)
    assert result.returncode == 2
    assert f"usage: innovis {args[0]}" in result.stderr
    assert f"innovis {args[0]}: error: unrecognized arguments: --jsn" in result.stderr
    assert "Traceback" not in result.stderr


def test_plain_output_puts_each_quotation_whole_on_a_line(run_cli) -> None:
    code, out, _ = run_cli("ask", "--plain", "-k", "3", "HKSTP", tty=True)
    assert code == 0
    assert not set(BOX) & set(out) and "\x1b[" not in out
    _, json_out, _ = run_cli("ask", "--json", "-k", "3", "HKSTP")
    lines = out.splitlines()
    for passage in json.loads(json_out)["passages"]:
        assert any(passage["text"] in line for line in lines), passage["text"]


@pytest.mark.parametrize(
    ("env", "boxed"), [({}, True), ({"TERM": "dumb"}, False), ({"NO_COLOR": "1"}, True)]
)
def test_a_terminal_gets_a_box_unless_it_is_dumb(monkeypatch, run_cli, env, boxed) -> None:
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.delenv("NO_COLOR", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("FORCE_COLOR", "1")  # rich colours a fake terminal only when told
    code, out, _ = run_cli("ask", "talent", tty=True)
    assert code == 0
    assert ("╭─ INNOVIS" in out) is boxed
    words = " ".join(re.sub(r"\x1b\[[0-9;]*m|│", " ", out).split())
    assert "nurturing more local I&T talent" in words
    coloured = "\x1b[1;33m" in out  # question words in bold yellow
    assert coloured is (boxed and "NO_COLOR" not in env)


def test_plain_text_keeps_each_quotation_whole_on_one_line() -> None:
    release = (
        "Acme opened a drone lab in the park\nlast week. This lab will test delivery drones"
        " for hospitals. The park also opened a cafe."
    )
    documents = [
        innovis.Document("lab", release, title="Drone Lab"),
        innovis.Document("other", "Nothing about flying here at all."),
    ]
    reply = innovis.Assistant.from_documents(documents).ask("What will the lab test?", k=1)
    lines = plain_text(reply).splitlines()
    quoted = [line for line in lines if line.startswith("“")]
    assert len(quoted) == 1 and quoted[0].endswith("”")
    assert "This lab will test delivery drones for hospitals.”" in quoted[0]
    assert "in the park last week." in quoted[0]  # the release's line break is a space
    assert "— Drone Lab" in lines


def test_plain_text_keeps_two_quotations_of_one_release_apart() -> None:
    release = (
        "The drone lab opened at\nScience Park on Monday.\n\nIts first tenants are start-ups."
        "\n\nThe robotics hub opened at\nScience Park on Tuesday."
    )
    documents = [
        innovis.Document("lab", release, title="Two New Facilities"),
        innovis.Document("other", "Tenants praised the new canteen. Rents stay the same."),
    ]
    reply = innovis.Assistant.from_documents(documents).ask("What opened at Science Park?")
    lines = plain_text(reply).splitlines()
    quoted = [line for line in lines if line.startswith("“")]
    assert quoted == [
        "“The drone lab opened at Science Park on Monday.”",
        "“The robotics hub opened at Science Park on Tuesday.”",
    ] or quoted == [
        "“The robotics hub opened at Science Park on Tuesday.”",
        "“The drone lab opened at Science Park on Monday.”",
    ]
    assert lines.count("— Two New Facilities") == 1


def test_one_shot_answers_point_at_k_not_at_more(run_cli) -> None:
    code, out, _ = run_cli("ask", "-k", "1", "HKSTP")
    assert code == 0
    assert "-k 3" in out and "“more”" not in out
    code, out, _ = run_cli("ask", "what can you do?")
    assert code == 0 and "-k N" in out and "“more”" not in out  # the help, too
    chat = innovis.Assistant().conversation().ask("HKSTP", k=1)
    assert "“more”" in chat.text  # the chat can say more, so it still offers it


def two_releases(write_corpus, release: str) -> Path:
    return write_corpus(
        {
            "drone.txt": release,
            "news/park.md": "---\ntitle: Park Adds Two Buildings\ndate: 2024-05-02\n"
            "url: https://example.org/news/park\n---\nThe park adds two buildings next year.",
            "undated.md": "---\ntitle: An Undated Note\n---\nA note without a date at all.",
        }
    )


def test_docs_lists_the_releases_newest_first(write_corpus, release: str, run_cli) -> None:
    folder = two_releases(write_corpus, release)
    code, out, err = run_cli("docs", "--corpus", str(folder))
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "DATE", "TITLE", "URL"]
    assert lines[1].split()[:2] == ["news/park", "2024-05-02"]
    assert lines[1].endswith("https://example.org/news/park")
    assert lines[2].startswith("drone ") and "2023-03-03" in lines[2]
    assert "Acme Robotics Opens a Drone Lab" in lines[2]
    assert lines[3].startswith("undated ") and lines[-1] == "3 releases"


def test_list_json_gives_every_field(write_corpus, release: str, run_cli) -> None:
    folder = two_releases(write_corpus, release)
    code, out, _ = run_cli("list", "--json", "--corpus", str(folder))
    assert code == 0
    releases = json.loads(out)
    assert [r["id"] for r in releases] == ["news/park", "drone", "undated"]
    assert releases[0] == {
        "id": "news/park",
        "date": "2024-05-02",
        "title": "Park Adds Two Buildings",
        "url": "https://example.org/news/park",
    }
    assert releases[2]["date"] is None and releases[2]["url"] is None


def test_unknown_chat_command_is_not_asked_as_a_question(innovis_cmd) -> None:
    result = innovis_cmd(stdin="/foo\n/docs\nbye\n")
    assert result.returncode == 0
    assert "Unknown command /foo, try /help." in result.stdout
    assert "couldn't find" not in result.stdout
    assert "2022-01-12-hkstp-supports-i-and-t-ecosystem" in result.stdout  # /docs


def _command_help(parser: argparse.ArgumentParser, command: str) -> str:
    return parser._subparsers._group_actions[0].choices[command].format_help()  # type: ignore[union-attr]


def test_the_command_names_are_the_commands_the_parser_has() -> None:
    assert set(build_parser()._subparsers._group_actions[0].choices) == COMMANDS  # type: ignore[union-attr]


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_command_parsed_alone_has_the_parser_it_has_among_all(command: str) -> None:
    # Only the parser of the command named is built (a few ms of every start): it must be
    # the very parser that building all of them gives.
    assert _command_help(build_parser(command), command) == _command_help(build_parser(), command)


@pytest.mark.parametrize("args", [["--help"], ["--help", "docs"], ["--he", "ask", "x"], ["-h"]])
def test_the_help_lists_every_command_whatever_follows(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        parse(args)
    shown = capsys.readouterr().out
    listed = re.findall(r"^ {4}(\w+)(?: \((\w+)\))?", shown, re.MULTILINE)
    assert {name for names in listed for name in names if name} == COMMANDS
