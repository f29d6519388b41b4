"""The terminal faces: the chat loop through prompt-toolkit's pipe input, and rich rendering."""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterator

import pytest
from prompt_toolkit import PromptSession
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.input.base import PipeInput
from prompt_toolkit.output import DummyOutput
from rich.console import Console

import innovis
from innovis.terminal.chat import history, run_chat
from innovis.terminal.render import RichScreen, render_reply


@pytest.fixture
def pipe() -> Iterator[PipeInput]:
    with create_pipe_input() as pipe_input:
        yield pipe_input


def flat(screen: str) -> str:
    """Return what a screen says, without box borders or line wrapping."""
    return " ".join(re.sub(r"[│╭╮╰╯─]", " ", screen).split())


def chat(assistant: innovis.Assistant, pipe: PipeInput, keys: str) -> tuple[int, str]:
    session: PromptSession[str] = PromptSession(input=pipe, output=DummyOutput())
    console = Console(file=io.StringIO(), width=80, force_terminal=True, color_system=None)
    pipe.send_text(keys)
    code = run_chat(assistant, RichScreen(console), session)
    return code, flat(console.file.getvalue())  # type: ignore[attr-defined]


def test_chat_greets_answers_and_ends_on_quit(assistant: innovis.Assistant, pipe) -> None:
    code, screen = chat(assistant, pipe, "What is the San Tin Technopole?\r/quit\r")
    assert code == 0
    assert (
        screen.index("here to help") < screen.index("San Tin Technopole") < screen.index("Goodbye")
    )


def test_the_opening_greeting_looks_like_every_later_greeting(
    assistant: innovis.Assistant, pipe
) -> None:
    session: PromptSession[str] = PromptSession(input=pipe, output=DummyOutput())
    console = Console(file=io.StringIO(), width=120, force_terminal=True, color_system="standard")
    pipe.send_text("hello\r/quit\r")
    run_chat(assistant, RichScreen(console), session)
    lines = console.file.getvalue().splitlines()  # type: ignore[attr-defined]
    greetings = [line for line in lines if "here to help" in line]
    assert len(greetings) == 2 and greetings[0] == greetings[1]  # same words, same colours


def test_ctrl_c_clears_the_line_and_ctrl_d_ends(assistant: innovis.Assistant, pipe) -> None:
    code, screen = chat(assistant, pipe, "capital of Fr\x03hello\r\x04")
    assert code == 0
    assert "France" not in screen  # the interrupted line was never asked
    assert screen.count("here to help") == 2 and "Goodbye" in screen


def test_help_command_lists_commands_and_topics(assistant: innovis.Assistant, pipe) -> None:
    _, screen = chat(assistant, pipe, "/help\rbye\r")
    assert "/quit" in screen and "HKSTP Fully Supports" in screen
    # INNOVIS answers first; the chat's commands follow its reply, as at the start.
    helped = screen.split("for further passages.", 1)[1]  # after the chat's opening
    assert helped.index("HKSTP Fully Supports") < helped.index("/quit")


def test_history_lives_in_the_user_data_folder(tmp_path) -> None:
    history().store_string("what is HKSTP?")
    saved = tmp_path / "home" / "data" / "innovis" / "history"
    assert "what is HKSTP?" in saved.read_text(encoding="utf-8")
    if os.name == "posix":
        assert saved.stat().st_mode & 0o777 == 0o600  # what they asked, for them alone


def render(reply: innovis.Reply, question: str) -> str:
    console = Console(file=io.StringIO(), width=80, color_system=None)
    console.print(render_reply(reply, question))
    return console.file.getvalue()  # type: ignore[attr-defined]


def test_answer_panel_shows_quote_and_source_at_width_80(assistant: innovis.Assistant) -> None:
    screen = render(assistant.ask("talent"), "talent")
    lines = screen.splitlines()
    assert lines[0].startswith("╭─ INNOVIS")
    assert all(len(line) <= 80 for line in lines)
    assert "nurturing more local I&T talent" in flat(screen)
    assert "12 Jan 2022" in screen


def test_question_words_are_highlighted_whole(assistant: innovis.Assistant) -> None:
    console = Console(file=io.StringIO(), width=80, force_terminal=True, color_system="standard")
    console.print(render_reply(assistant.ask("talent"), "talent"))
    screen = console.file.getvalue()  # type: ignore[attr-defined]
    assert "\x1b[1;33mtalent\x1b[0m" in screen


def test_only_the_quotation_is_highlighted(assistant: innovis.Assistant) -> None:
    console = Console(file=io.StringIO(), width=80, force_terminal=True, color_system="standard")
    question = "hi, what is the GBA? found it?"
    console.print(render_reply(assistant.ask(question), question))
    screen = console.file.getvalue()  # type: ignore[attr-defined]
    assert "\x1b[1;33mGBA\x1b[0m" in screen  # in the quotation
    assert "\x1b[1;33mHi" not in screen and "\x1b[1;33mfound" not in screen  # INNOVIS's words


def test_corpus_text_is_never_markup() -> None:
    documents = [
        innovis.Document("x", "The [bold red]fund[/bold red] backs [link=x]start-ups[/link] now."),
        innovis.Document("y", "Nothing else is here at all."),
        innovis.Document("z", "Another sentence about parks."),
    ]
    reply = innovis.Assistant.from_documents(documents).ask("Which fund backs start-ups?")
    assert "[bold red]fund[/bold red]" in flat(render(reply, "fund"))


def test_unknown_slash_command_says_so_and_asks_nothing(assistant: innovis.Assistant, pipe) -> None:
    code, screen = chat(assistant, pipe, "/foo bar\r/docs\r/quit\r")
    assert code == 0
    assert "Unknown command /foo, try /help." in screen
    assert "couldn't find" not in screen and "Please ask" not in screen
    assert "I answer from 1 release: • 2022-01-12 · HKSTP Fully Supports" in screen


def test_plain_chat_draws_no_box(assistant: innovis.Assistant, pipe) -> None:
    from innovis.terminal.plain import PlainScreen

    screen = io.StringIO()
    session: PromptSession[str] = PromptSession(input=pipe, output=DummyOutput())
    pipe.send_text("What is the San Tin Technopole?\r/quit\r")
    assert run_chat(assistant, PlainScreen(screen), session) == 0
    lines = screen.getvalue().splitlines()
    assert not set("╭│╰") & set(screen.getvalue())
    assert any(
        line.startswith("“") and "establishing a “San Tin Technopole”" in line for line in lines
    )
