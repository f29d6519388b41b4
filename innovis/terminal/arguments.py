"""The `innovis` command line's arguments: the parser of every command and its options."""

from __future__ import annotations

import argparse
import os
import sys

from .. import __version__
from ..index.ranking import VARIANTS

CORPUS_VARIABLE = "INNOVIS_CORPUS"


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


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of the `innovis` command line."""
    corpus = argparse.ArgumentParser(add_help=False, formatter_class=_Formatter)
    corpus.add_argument(
        "--corpus",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help=f"a press release file or folder (default: ${CORPUS_VARIABLE}, else the bundled one)",
    )
    corpus.add_argument(
        "--threshold",
        type=_threshold,
        metavar="T",
        default=argparse.SUPPRESS,
        help="the confidence (0..1) below which INNOVIS says it has no answer",
    )
    _add_bm25(corpus)
    parser = argparse.ArgumentParser(
        prog="innovis",
        formatter_class=_Formatter,
        description="INNOVIS answers questions about press releases by quoting them.",
        epilog="With no command, INNOVIS starts a chat.",
        parents=[corpus],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    ask = commands.add_parser(
        "ask",
        formatter_class=_Formatter,
        parents=[corpus],
        help="answer one question and exit",
        description="Answer one question. Exit status: 0 answered, 1 no answer, 2 bad input.",
    )
    ask.add_argument("question", nargs="+", help="the question (quote it, or just type it)")
    ask.add_argument("--json", action="store_true", help="print the reply as JSON")
    ask.add_argument("-k", type=_positive, metavar="N", help="quote up to N passages")
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
    evaluate = commands.add_parser(
        "eval",
        formatter_class=_Formatter,
        parents=[corpus],
        help="measure answers on a file of questions",
        description="Run a JSON-lines file of questions "
        '({"question": ..., "expect": "text the answer quotes" or null for "must fall back"}, '
        'or "expect_any": [...] when any of several texts will do; other keys are ignored) '
        "and print answer accuracy, fallback precision and recall, the failures, and the "
        "threshold that would have served best.",
    )
    evaluate.add_argument("file", help="the JSON-lines file of questions")
    evaluate.add_argument("--json", action="store_true", help="print the figures as JSON")
    commands.add_parser(
        "chat",
        formatter_class=_Formatter,
        parents=[corpus],
        help="chat in the terminal (the default)",
        description="Chat with INNOVIS; questions are read line by line when not on a terminal.",
    )
    _add_serve(commands, corpus)
    return parser


def _count(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}")
    return int(value)


def _port(value: str) -> int:
    if not value.isdigit() or int(value) > 65535:
        raise argparse.ArgumentTypeError(f"expected a port number from 0 to 65535, got {value!r}")
    return int(value)


def _add_serve(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    corpus: argparse.ArgumentParser,
) -> None:
    serve = commands.add_parser(
        "serve",
        formatter_class=_Formatter,
        parents=[corpus],
        help="serve the chat page, the widget and the HTTP API",
        description="Serve the full-page chat at /, the embeddable /widget.js and the JSON API "
        "(needs pip install 'innovis[web]').",
    )
    serve.add_argument("--host", default="127.0.0.1", help="the address (default: 127.0.0.1)")
    serve.add_argument("--port", type=_port, default=8000, help="the port (default: 8000)")
    serve.add_argument("--workers", type=_positive, default=1, metavar="N", help="processes")
    serve.add_argument("--rate", type=_positive, metavar="N", help="requests a minute per client")
    serve.add_argument(
        "--cors",
        action="append",
        default=[],
        metavar="ORIGIN",
        help="a site allowed to call the API from its pages (repeatable)",
    )
    serve.add_argument("--log", metavar="FILE", help="append each question to FILE (JSON lines)")
    serve.add_argument(
        "--cache",
        type=_count,
        default=2048,
        metavar="N",
        help="replies each worker remembers for repeated questions (default: 2048; 0: none)",
    )
