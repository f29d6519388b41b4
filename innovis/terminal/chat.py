"""The interactive chat: a prompt-toolkit session in a terminal, line by line otherwise."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol

from prompt_toolkit import PromptSession
from prompt_toolkit.auto_suggest import AutoSuggestFromHistory
from prompt_toolkit.history import FileHistory, History, InMemoryHistory

from ..answering.conversation.replies import GREETING
from ..assistant import Assistant, Conversation
from ..models import Reply
from .paths import user_data_dir
from .releases import releases_list

PROMPT = "you › "
COMMANDS = (
    "Chat commands: /help shows this, /docs lists the releases, /quit (or Ctrl-D) ends the "
    "chat, Ctrl-C clears the line. Say “more” for further passages."
)
UNKNOWN_COMMAND = "Unknown command {command}, try /help."
_QUIT = ("/quit", "/exit", "/q")
_HELP = ("/help", "/?", "/h")
_DOCS = ("/docs", "/list")

# Called with each message the chat answers and the reply, e.g. to log it.
OnReply = Callable[[str, Reply], object]


class Screen(Protocol):
    """Where the chat prints: a rich console on a terminal, plain text elsewhere."""

    def show(self, reply: Reply, question: str = "") -> None:
        """Print a reply to `question`."""

    def note(self, text: str, style: str = "") -> None:
        """Print a line of the chat's own."""


def history() -> History:
    """Return the chat history kept in the user's data folder, or one in memory if it can't be.
    A new history is the user's alone to read (mode 0600), as the question log is: it holds
    what they asked."""
    folder = user_data_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "history"
        path.touch(mode=0o600, exist_ok=True)
    except OSError:
        return InMemoryHistory()
    return FileHistory(str(path))


def make_session() -> PromptSession[str]:
    """Return the prompt session of an interactive chat."""
    return PromptSession(history=history(), auto_suggest=AutoSuggestFromHistory())


class _Chat:
    """One chat's conversation, where it prints, and what is told of each reply."""

    def __init__(self, assistant: Assistant, screen: Screen, on_reply: OnReply | None) -> None:
        self.assistant = assistant
        self.conversation: Conversation = assistant.conversation()
        self.screen = screen
        self.on_reply = on_reply

    def farewell(self) -> None:
        """Say goodbye (for /quit and Ctrl-D, which are not messages, so not told of)."""
        self.screen.show(self.conversation.ask("goodbye"))

    def command(self, line: str) -> bool:
        """Carry out a /command; return whether the chat goes on."""
        command = line.split()[0].lower()
        if command in _QUIT:
            self.farewell()
            return False
        if command in _HELP:
            # INNOVIS says what it does, then the chat's own commands, as at the start.
            self.screen.show(self.conversation.ask("help"))
            self.screen.note(COMMANDS)
        elif command in _DOCS:
            self.screen.note(releases_list(self.assistant.documents) + "\n")
        else:
            self.screen.note(UNKNOWN_COMMAND.format(command=command), "yellow")
        return True

    def turn(self, line: str) -> bool:
        """Answer one line; return whether the chat goes on."""
        message = line.strip()
        if not message:
            return True
        if message.startswith("/"):
            return self.command(message)
        reply = self.conversation.ask(line)
        if self.on_reply:
            self.on_reply(line, reply)
        self.screen.show(reply, line)
        return reply.kind != "farewell"


def run_chat(
    assistant: Assistant,
    screen: Screen,
    session: PromptSession[str],
    on_reply: OnReply | None = None,
) -> int:
    """Chat at the prompt until /quit, a farewell or Ctrl-D; return the exit code."""
    chat = _Chat(assistant, screen, on_reply)
    screen.show(Reply("greeting", GREETING))  # styled as every later greeting is
    screen.note(COMMANDS, "dim")
    while True:
        try:
            line = session.prompt(PROMPT)
        except KeyboardInterrupt:
            continue
        except EOFError:
            chat.farewell()
            return 0
        if not chat.turn(line):
            return 0


def answer_lines(
    assistant: Assistant,
    lines: Iterable[str],
    screen: Screen,
    on_reply: OnReply | None = None,
) -> int:
    """Answer each line read from a pipe or file, as one conversation; return the exit code."""
    chat = _Chat(assistant, screen, on_reply)
    screen.note(GREETING + "\n")
    for line in lines:
        if not chat.turn(line.rstrip("\n")):
            break
    return 0
