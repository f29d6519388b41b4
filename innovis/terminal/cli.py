"""The `innovis` command: `ask` one question, or `chat`. Only command-line concerns live here:
arguments, output, and turning the library's errors into messages and exit codes."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from .. import __version__
from ..assistant import Assistant, Progress, bundled_corpus
from ..errors import InnovisError
from ..index.ranking import VARIANTS
from .paths import user_cache_dir

EXIT_ANSWERED = 0
EXIT_NO_ANSWER = 1
EXIT_USAGE = 2
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
        '({"question": ..., "expect": "text the answer quotes" or null for "must fall back"}) '
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
    return parser


def _warn(message: str) -> None:
    print(f"innovis: {message}", file=sys.stderr)


@contextmanager
def _progress() -> Iterator[Progress | None]:
    """Yield a progress bar for indexing on a terminal (rich is imported only then)."""
    if not sys.stderr.isatty():
        yield None
        return
    from .progress import IndexingProgress

    with IndexingProgress() as bar:
        yield bar


def _assistant(args: argparse.Namespace) -> Assistant:
    path = getattr(args, "corpus", None) or os.environ.get(CORPUS_VARIABLE) or bundled_corpus()
    with _progress() as progress:
        return Assistant.from_path(
            path,
            threshold=getattr(args, "threshold", None),
            cache_dir=user_cache_dir() / "indexes",
            progress=progress,
            warn=_warn,
            bm25=getattr(args, "bm25", "BM25Okapi"),
        )


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}" + ("" if number == 1 else "s")


def _index(args: argparse.Namespace) -> int:
    from ..index.store import is_index

    output = Path(args.output)
    if output.exists() and not is_index(output) and any(output.iterdir()):
        print(
            f"innovis: error: {output} is a folder with other files in it; "
            "give a new folder or an index folder to replace.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    started = time.perf_counter()
    with _progress() as progress:
        assistant = Assistant.from_path(
            args.source, progress=progress, bm25=getattr(args, "bm25", "BM25Okapi")
        )
    assistant.save(output)
    releases, sentences = len(assistant.documents), assistant.sentence_count
    print(
        f"Indexed {_count(releases, 'release')}, {_count(sentences, 'sentence')}, "
        f"into {output} in {time.perf_counter() - started:.1f} s."
    )
    return EXIT_ANSWERED


def _ask(args: argparse.Namespace) -> int:
    question = " ".join(args.question)
    if not question.strip():
        print(
            'innovis: error: the question is empty; try: innovis ask "What is HKSTP?"',
            file=sys.stderr,
        )
        return EXIT_USAGE
    reply = _assistant(args).ask(question, k=args.k)
    if args.json:
        print(json.dumps(reply.to_dict(), ensure_ascii=False, indent=2))
    elif sys.stdout.isatty():
        from rich.console import Console

        from .render import show_reply

        show_reply(Console(), reply, question)
    else:
        print(reply.text)
    return EXIT_NO_ANSWER if reply.kind == "fallback" else EXIT_ANSWERED


def _chat(args: argparse.Namespace) -> int:
    from rich.console import Console

    from .chat import answer_lines, make_session, run_chat

    assistant = _assistant(args)
    console = Console()
    if sys.stdin.isatty():
        return run_chat(assistant, console, make_session())
    return answer_lines(assistant, sys.stdin, console)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return its exit status."""
    args = build_parser().parse_args(argv)
    try:
        if args.command == "ask":
            return _ask(args)
        if args.command == "index":
            return _index(args)
        if args.command == "eval":
            from ..evaluation import evaluate, read_cases
            from .report import print_report

            cases = read_cases(args.file)
            print_report(evaluate(_assistant(args), cases), as_json=args.json)
            return EXIT_ANSWERED
        return _chat(args)
    except InnovisError as error:
        print(f"innovis: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
