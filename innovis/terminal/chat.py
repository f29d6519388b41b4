"""The interactive chat: a prompt-toolkit session in a terminal, line by line otherwise."""

from __future__ import annotations

from collections.abc import Iterable

from prompt_toolkit import PromptSession
from prompt_toolkit.auto_suggest import AutoSuggestFromHistory
from prompt_toolkit.history import FileHistory, History, InMemoryHistory
from rich.console import Console

from ..answering.replies import GREETING
from ..assistant import Assistant, Conversation
from .paths import user_data_dir
from .render import show_reply

PROMPT = "you › "
COMMANDS = (
    "Chat commands: /help shows this, /quit (or Ctrl-D) ends the chat, "
    "Ctrl-C clears the line. Say “more” for further passages."
)


def history() -> History:
    """Return the chat history kept in the user's data folder, or one in memory if it can't be."""
    folder = user_data_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "history"
        path.touch(exist_ok=True)
    except OSError:
        return InMemoryHistory()
    return FileHistory(str(path))


def make_session() -> PromptSession[str]:
    """Return the prompt session of an interactive chat."""
    return PromptSession(history=history(), auto_suggest=AutoSuggestFromHistory())


def _turn(conversation: Conversation, line: str, console: Console) -> bool:
    """Answer one line; return whether the chat goes on."""
    command = line.strip()
    if not command:
        return True
    if command.lower() in ("/quit", "/exit", "/q"):
        show_reply(console, conversation.ask("goodbye"))
        return False
    if command.lower() in ("/help", "/?"):
        console.print(COMMANDS, highlight=False)
        show_reply(console, conversation.ask("help"))
        return True
    reply = conversation.ask(line)
    show_reply(console, reply, line)
    return reply.kind != "farewell"


def run_chat(assistant: Assistant, console: Console, session: PromptSession[str]) -> int:
    """Chat at the prompt until /quit, a farewell or Ctrl-D; return the exit code."""
    conversation = assistant.conversation()
    console.print(f"INNOVIS › {GREETING}", style="bold cyan", highlight=False)
    console.print(COMMANDS, style="dim", highlight=False)
    while True:
        try:
            line = session.prompt(PROMPT)
        except KeyboardInterrupt:
            continue
        except EOFError:
            show_reply(console, conversation.ask("goodbye"))
            return 0
        if not _turn(conversation, line, console):
            return 0


def answer_lines(assistant: Assistant, lines: Iterable[str], console: Console) -> int:
    """Answer each line read from a pipe or file, as one conversation; return the exit code."""
    conversation = assistant.conversation()
    console.print(GREETING + "\n", highlight=False, soft_wrap=True)
    for line in lines:
        if not _turn(conversation, line.rstrip("\n"), console):
            break
    return 0
