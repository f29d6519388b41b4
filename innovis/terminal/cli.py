"""The `innovis` command: `ask` one question, or `chat`. Only command-line concerns live here:
running each command, its output, and turning the library's errors into messages and exit codes.
The arguments are in `arguments.py`."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from ..assistant import Assistant, Progress, bundled_corpus
from ..errors import InnovisError
from .arguments import CORPUS_VARIABLE, build_parser
from .paths import user_cache_dir

EXIT_ANSWERED = 0
EXIT_NO_ANSWER = 1
EXIT_USAGE = 2


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
    from ..index.folders import check_output

    output = Path(args.output)
    check_output(output)  # before the work of indexing, which would be lost
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
