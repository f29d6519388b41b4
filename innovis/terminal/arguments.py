"""The `innovis` command line's arguments: the parser of every command and its options."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from .. import __version__
from ..index.ranking import VARIANTS
from ..text.printable import printable

CORPUS_VARIABLE = "INNOVIS_CORPUS"
LOG_VARIABLE = "INNOVIS_LOG"  # the same name as innovis.question_log's, not imported: startup
DEFAULT_LOW_CONFIDENCE = 0.6


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return number


def _threshold(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0 <= number <= 1:
        raise argparse.ArgumentTypeError(f"expected a number from 0 to 1, got {value!r}")
    return number


class _Parser(argparse.ArgumentParser):
    """argparse's parser, whose error messages (which quote what was typed) hold no control
    characters."""

    def error(self, message: str) -> NoReturn:
        super().error(printable(message))


class _CommandParser(_Parser):
    """A command's parser, which reports an unknown option with its own usage: argparse leaves
    a subcommand's leftovers to the top-level parser, whose usage does not show the option the
    user meant (`innovis ask --jsn` should show `ask`'s options)."""

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        parsed, extras = super().parse_known_args(args, namespace)
        if extras:
            self.error(f"unrecognized arguments: {' '.join(extras)}")
        return parsed, extras


TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import NoReturn

    _Commands = argparse._SubParsersAction[_CommandParser]


class _Formatter(argparse.HelpFormatter):
    """argparse's help formatter, given the terminal width up front: left to find it itself, it
    imports shutil (and its compression modules) even when no help is printed."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, width=_terminal_width() - 2)


def _terminal_width() -> int:
    try:
        return int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        pass
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80


def _add_bm25(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--bm25",
        choices=tuple(VARIANTS),
        default=argparse.SUPPRESS,
        help="how to score, as rank-bm25 names it (default: BM25Okapi)",
    )


def _add_corpus_options(parser: argparse.ArgumentParser) -> None:
    """Add the options shared by the commands that answer: which corpus, and how to answer.
    (Added to each parser rather than inherited from a parent parser, which would be one
    more parser to build on every start.)"""
    parser.add_argument(
        "--corpus",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help=f"a press release file or folder (default: ${CORPUS_VARIABLE}, else the bundled one)",
    )
    parser.add_argument(
        "--threshold",
        type=_threshold,
        metavar="T",
        default=argparse.SUPPRESS,
        help="the confidence (0..1) below which INNOVIS says it has no answer",
    )
    _add_bm25(parser)


def _add_talk_options(parser: argparse.ArgumentParser) -> None:
    """Add the options shared by the commands that talk: how to show replies, where to log."""
    parser.add_argument(
        "--plain",
        action="store_true",
        default=argparse.SUPPRESS,
        help="print plain text, one line a quotation, no box or colour (the default when "
        "output is not a terminal or TERM=dumb)",
    )
    parser.add_argument(
        "--log",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help=f"append each question, the kind of reply, its confidence and the release quoted "
        f"to FILE as JSON lines, for `innovis report` (default: ${LOG_VARIABLE}; none)",
    )


def _add_ask(commands: _Commands) -> None:
    ask = commands.add_parser(
        "ask",
        formatter_class=_Formatter,
        help="answer one question and exit",
        description="Answer one question. Exit status: 0 answered, 1 no answer, 2 bad input.",
    )
    _add_corpus_options(ask)
    _add_talk_options(ask)
    ask.add_argument(
        "question",
        nargs="*",
        help="the question (quote it, or just type it); `-` or none reads it from standard input",
    )
    ask.add_argument("--json", action="store_true", help="print the reply as JSON")
    ask.add_argument("-k", type=_positive, metavar="N", help="quote up to N passages")
    ask.set_defaults(parser=ask)


def _add_docs(commands: _Commands) -> None:
    docs = commands.add_parser(
        "docs",
        aliases=["list"],
        formatter_class=_Formatter,
        help="list the releases of the corpus",
        description="List the releases INNOVIS answers from: id, date, title and URL, newest "
        "first.",
    )
    _add_corpus_options(docs)
    docs.add_argument("--json", action="store_true", help="print the list as JSON")
    docs.set_defaults(parser=docs)


def _add_index(commands: _Commands) -> None:
    index = commands.add_parser(
        "index",
        formatter_class=_Formatter,
        help="index a corpus into a folder",
        description="Index a press release file or folder into a folder that --corpus (and "
        "Assistant.load) can use at once. Every command also caches indexes by itself.",
    )
    index.add_argument("source", metavar="CORPUS", help="a press release file or folder")
    index.add_argument("-o", "--output", required=True, metavar="DIR", help="the index folder")
    _add_bm25(index)
    index.set_defaults(parser=index)


def _add_eval(commands: _Commands) -> None:
    evaluate = commands.add_parser(
        "eval",
        formatter_class=_Formatter,
        help="measure answers on a file of questions",
        description="Run a JSON-lines file of questions "
        '({"question": ..., "expect": "text the answer quotes" or null for "must fall back"}, '
        'or "expect_any": [...] when any of several texts will do; other keys are ignored) '
        "and print answer accuracy, fallback precision and recall, the failures, and the "
        "threshold that would have served best.",
    )
    _add_corpus_options(evaluate)
    evaluate.add_argument("file", help="the JSON-lines file of questions")
    evaluate.add_argument("--json", action="store_true", help="print the figures as JSON")
    evaluate.set_defaults(parser=evaluate)


def _add_report(commands: _Commands) -> None:
    report = commands.add_parser(
        "report",
        formatter_class=_Formatter,
        help="show what a question log's visitors asked that went unanswered",
        description="Read a question log written with --log and show the questions INNOVIS "
        "could not answer and the answers it was unsure of, most frequent first, questions "
        "with the same words grouped together: what to add to the corpus.",
    )
    report.add_argument("file", metavar="FILE", help="the question log (JSON lines)")
    report.add_argument(
        "--top", type=_positive, default=10, metavar="N", help="show N groups of each (10)"
    )
    report.add_argument(
        "--below",
        type=_threshold,
        default=DEFAULT_LOW_CONFIDENCE,
        metavar="C",
        help=f"count answers with confidence below C as unsure ({DEFAULT_LOW_CONFIDENCE})",
    )
    report.add_argument(
        "--corpus",
        metavar="PATH",
        help="the releases the log's questions were asked of: name the words they never use",
    )
    report.add_argument("--json", action="store_true", help="print the report as JSON")
    report.set_defaults(parser=report)


def _add_chat(commands: _Commands) -> None:
    chat = commands.add_parser(
        "chat",
        formatter_class=_Formatter,
        help="chat in the terminal (the default)",
        description="Chat with INNOVIS; questions are read line by line when not on a terminal.",
    )
    _add_corpus_options(chat)
    _add_talk_options(chat)
    chat.set_defaults(parser=chat)


def _count(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}")
    return int(value)


def _port(value: str) -> int:
    if not value.isdigit() or int(value) > 65535:
        raise argparse.ArgumentTypeError(f"expected a port number from 0 to 65535, got {value!r}")
    return int(value)


def _add_serve(commands: _Commands) -> None:
    serve = commands.add_parser(
        "serve",
        formatter_class=_Formatter,
        help="serve the chat page, the widget and the HTTP API",
        description="Serve the full-page chat at /, the embeddable /widget.js and the JSON API "
        "(needs pip install 'innovis[web]').",
    )
    _add_corpus_options(serve)
    serve.add_argument("--host", default="127.0.0.1", help="the address (default: 127.0.0.1)")
    serve.add_argument("--port", type=_port, default=8000, help="the port (default: 8000)")
    serve.add_argument(
        "--workers", type=_positive, default=1, metavar="N",
        help="server processes, sharing one index (default: 1)",
    )  # fmt: skip
    serve.add_argument(
        "--rate", type=_positive, metavar="N",
        help="requests a minute each client may make, past which 429 (default: no limit)",
    )  # fmt: skip
    serve.add_argument(
        "--cors",
        action="append",
        default=[],
        metavar="ORIGIN",
        help="a site allowed to call the API from its pages, e.g. https://www.example.org "
        "(repeatable; default: none)",
    )
    serve.add_argument(
        "--log",
        metavar="FILE",
        help="append each question to FILE (JSON lines, for `innovis report`)",
    )
    serve.add_argument(
        "--cache",
        type=_count,
        default=2048,
        metavar="N",
        help="replies each worker remembers for repeated questions (default: 2048; 0: none)",
    )
    serve.set_defaults(parser=serve)


# Each command, in the order `innovis --help` lists them, with what adds its parser.
_ADDERS: dict[str, Callable[[_Commands], None]] = {
    "ask": _add_ask,
    "docs": _add_docs,
    "index": _add_index,
    "eval": _add_eval,
    "report": _add_report,
    "chat": _add_chat,
    "serve": _add_serve,
}
# Every name a command answers to.
COMMANDS = frozenset({*_ADDERS, "list"})


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """Return the parser of the `innovis` command line; each command's parser is its default
    `parser`, for usage errors found after parsing. Given a `command` (a name in `COMMANDS`),
    only that command's parser is added: enough to parse a command line that names it, and
    building them all costs a start-up a few milliseconds. Any other name adds them all."""
    parser = _Parser(
        prog="innovis",
        formatter_class=_Formatter,
        description="INNOVIS answers questions about press releases by quoting them.",
        epilog="With no command, INNOVIS starts a chat; with words that are not a command "
        '(innovis "What is the GBA?"), it answers them as `innovis ask` does.',
    )
    _add_corpus_options(parser)
    _add_talk_options(parser)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.set_defaults(parser=parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_CommandParser)
    wanted = "docs" if command == "list" else command
    for name, add in _ADDERS.items():
        if wanted not in _ADDERS or wanted == name:
            add(commands)
    return parser


def _takes_value(parser: argparse.ArgumentParser) -> frozenset[str]:
    """Return the options of `parser` that are followed by a value."""
    return frozenset(
        option
        for action in parser._actions  # argparse keeps no public list of a parser's options
        if action.nargs != 0
        for option in action.option_strings
    )


def _first_word(words: Sequence[str], valued: frozenset[str]) -> int | None:
    """Return where the first word of `words` that is neither an option nor an option's value
    is, or None when there is none."""
    position = 0
    while position < len(words):
        word = words[position]
        if word == "--" or word == "-" or not word.startswith("-"):
            return position
        if word in valued:
            position += 1  # its value, which may look like anything
        position += 1
    return None


def _valued(parser: argparse.ArgumentParser) -> frozenset[str]:
    """Return the options followed by a value that may come before a command's name: those of
    the `innovis` parser, and of `ask`, which needs no name."""
    action = parser._subparsers._group_actions[0]  # type: ignore[union-attr]
    commands: dict[str, argparse.ArgumentParser] = action.choices  # type: ignore[assignment]
    return _takes_value(parser) | _takes_value(commands["ask"])


def with_command(argv: Sequence[str], parser: argparse.ArgumentParser) -> list[str]:
    """Return `argv` with `ask` put first when its first word is not a command, so that
    `innovis What is the GBA?` (and `innovis --json -k 2 What is the GBA?`) ask it. `parser`
    is one that holds the `ask` command."""
    words = list(argv)
    first = _first_word(words, _valued(parser))
    if first is None or words[first] in COMMANDS:
        return words
    return ["ask", *words]


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Return the parsed command line (`sys.argv` when `argv` is None); a usage error prints
    the usage of the command concerned and exits with status 2."""
    parser = build_parser("ask")
    words = with_command(sys.argv[1:] if argv is None else argv, parser)
    first = _first_word(words, _valued(parser))
    # Only the named command's parser is needed, but the help of `innovis` lists them all.
    named = None if first is None or _asks_help(words[:first]) else words[first]
    if named != "ask":
        parser = build_parser(named)
    return parser.parse_args(words)


def _asks_help(options: Sequence[str]) -> bool:
    """Return whether `options` may ask for help (argparse takes `--he` for `--help`)."""
    return any(word.startswith(("-h", "--h")) for word in options)
