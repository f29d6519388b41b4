"""Showing replies in a terminal with rich. Corpus text is always plain Text, never markup, and
holds no control characters (`printable`)."""

from __future__ import annotations

import re

from rich.console import Console, RenderableType
from rich.panel import Panel
from rich.style import Style
from rich.text import Text

from ..models import Reply
from ..text.analysis import analyse
from ..text.printable import printable

HIGHLIGHT = "bold yellow"
SOURCE = "dim italic"
_WORD = re.compile(r"[\w&'’]+(?:-[\w&'’]+)*")
# Only a web address made of printable characters becomes a hyperlink: its text goes into the
# terminal's escape sequence as it is.
_SAFE_URL = re.compile(r"https?://[!-~]+")


class _Console(Console):
    def on_broken_pipe(self) -> None:
        # rich would exit with status 1 ("no answer"); the command line handles a closed pipe.
        self.quiet = True
        raise BrokenPipeError


def make_console() -> Console:
    """Return the console replies are printed on; a closed output raises BrokenPipeError."""
    return _Console()


# A quotation of an answer, which may run over several lines, up to its source line or the
# blank line after it: INNOVIS's own words around it ("Hi! Here's what I found:") are not
# searched for the question's.
_QUOTATION = re.compile(r"^[“\"‘'].*?(?=\n— |\n\n|\Z)", re.MULTILINE | re.DOTALL)


def highlight_words(text: Text, question: str) -> None:
    """Style, in place, every whole word of the quotations of `text` that matches a word of
    `question`."""
    wanted = set(analyse(question))
    if not wanted:
        return
    plain = text.plain
    for quotation in _QUOTATION.finditer(plain):
        for match in _WORD.finditer(plain, quotation.start(), quotation.end()):
            if wanted.intersection(analyse(match.group(0))):
                text.stylize(HIGHLIGHT, match.start(), match.end())


def reply_text(reply: Reply, question: str = "") -> Text:
    """Return the reply's text styled: question words highlighted, source lines dimmed, and
    the web addresses of the releases it quotes or names made hyperlinks."""
    text = Text(printable(reply.text))
    if reply.kind == "answer":
        highlight_words(text, question)
        for match in re.finditer(r"^— .*$", text.plain, re.MULTILINE):
            text.stylize(SOURCE, match.start(), match.end())
    urls = {p.url for p in reply.passages if p.url and _SAFE_URL.fullmatch(p.url)}
    link_urls(text, urls)
    return text


def link_urls(text: Text, urls: set[str]) -> None:
    """Make, in place, each of `urls` that ends a line of `text` a hyperlink, which terminals
    that know hyperlinks let a person open; elsewhere it stays plain text."""
    for url in urls:
        for match in re.finditer(rf"(?<=\s){re.escape(url)}$", text.plain, re.MULTILINE):
            text.stylize(Style(link=url), match.start(), match.end())


def render_reply(reply: Reply, question: str = "") -> RenderableType:
    """Return what the terminal shows for a reply: answers in a panel, the rest as text."""
    text = reply_text(reply, question)
    if reply.kind == "answer":
        confidence = f"confidence {reply.confidence:.0%}"
        return Panel(text, title="INNOVIS", title_align="left", subtitle=confidence)
    style = "yellow" if reply.kind == "fallback" else "cyan"
    return Text.assemble(("INNOVIS › ", f"bold {style}"), text)


def show_reply(console: Console, reply: Reply, question: str = "") -> None:
    """Print a reply: styled on a terminal, as plain unwrapped text anywhere else.

    Plain replies end with a blank line, so that replies read from a pipe stay apart.
    """
    if console.is_terminal:
        console.print(render_reply(reply, question))
    else:
        console.print(Text(printable(reply.text) + "\n"), soft_wrap=True)


class RichScreen:
    """Prints replies and notes to a rich Console: answers boxed, question words highlighted."""

    def __init__(self, console: Console) -> None:
        self.console = console

    def show(self, reply: Reply, question: str = "") -> None:
        """Print a reply (see `show_reply`)."""
        show_reply(self.console, reply, question)

    def note(self, text: str, style: str = "") -> None:
        """Print a line of the chat's own, in `style`, never read as markup."""
        self.console.print(Text(printable(text), style=style), highlight=False)
