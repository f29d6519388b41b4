"""The `innovis` command: `ask` one question, or `chat`. Only command-line concerns live here:
running each command, its output, and turning the library's errors into messages and exit codes.
The arguments are in `arguments.py`."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

from ..assistant import Assistant, Progress, bundled_corpus
from ..errors import InnovisError
from ..text.printable import printable, printable_json
from .arguments import CORPUS_VARIABLE, build_parser
from .paths import user_cache_dir

EXIT_ANSWERED = 0
EXIT_NO_ANSWER = 1
EXIT_USAGE = 2
EXIT_BUG = 3
EXIT_BROKEN_PIPE = 128 + 13  # what a shell reports for a tool that SIGPIPE ended
DEBUG_VARIABLE = "INNOVIS_DEBUG"


def _warn(message: str) -> None:
    print(f"innovis: {printable(message)}", file=sys.stderr)


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
            args.source, progress=progress, warn=_warn, bm25=getattr(args, "bm25", "BM25Okapi")
        )
    assistant.save(output)
    releases, sentences = len(assistant.documents), assistant.sentence_count
    print(
        f"Indexed {_count(releases, 'release')}, {_count(sentences, 'sentence')}, "
        f"into {printable(str(output))} in {time.perf_counter() - started:.1f} s."
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
        print(printable_json(reply.to_dict()))
    elif sys.stdout.isatty():
        from .render import make_console, show_reply

        show_reply(make_console(), reply, question)
    else:
        print(printable(reply.text))
    return EXIT_NO_ANSWER if reply.kind == "fallback" else EXIT_ANSWERED


def _chat(args: argparse.Namespace) -> int:
    from .chat import answer_lines, make_session, run_chat
    from .render import make_console

    assistant = _assistant(args)
    console = make_console()
    if sys.stdin.isatty():
        return run_chat(assistant, console, make_session())
    return answer_lines(assistant, sys.stdin, console)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return its exit status.

    0: answered; 1: no answer; 2: usage or input error; 3: a bug, told in one line (with the
    traceback when $INNOVIS_DEBUG is set); 141 when standard output was closed, as Unix tools.
    """
    try:
        status = _run(build_parser().parse_args(argv))
        sys.stdout.flush()  # a closed pipe shows here, not in Python's exit
        return status
    except InnovisError as error:
        print(f"innovis: error: {printable(str(error))}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except Exception as error:  # the last resort: a bug, told in one line
        if os.environ.get(DEBUG_VARIABLE, "") not in ("", "0"):
            import traceback

            traceback.print_exc()
        print(
            f"innovis: internal error ({type(error).__name__}: {printable(str(error))}); "
            "this is a bug: please report it, with the command you ran, to the INNOVIS "
            f"maintainers ({DEBUG_VARIABLE}=1 shows the traceback).",
            file=sys.stderr,
        )
        return EXIT_BUG


def _silence_stdout() -> None:
    """Point a closed standard output at /dev/null, so that Python's exit flush is quiet."""
    with suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _serve(args: argparse.Namespace) -> int:
    try:
        from ..web.server import ServeOptions, index_folder, serve
    except ImportError:
        print(
            "innovis: error: serving needs the web extra: pip install 'innovis[web]'",
            file=sys.stderr,
        )
        return EXIT_USAGE
    path = getattr(args, "corpus", None) or os.environ.get(CORPUS_VARIABLE) or bundled_corpus()
    threshold, bm25 = getattr(args, "threshold", None), getattr(args, "bm25", "BM25Okapi")
    with _progress() as progress:
        assistant, folder = index_folder(
            Path(path), user_cache_dir() / "indexes", threshold=threshold, bm25=bm25,
            progress=progress, warn=_warn,
        )  # fmt: skip
    options = ServeOptions(
        host=args.host, port=args.port, workers=args.workers, rate=args.rate,
        cors=tuple(args.cors), log=args.log, threshold=threshold, memo=args.cache,
    )  # fmt: skip
    try:
        serve(assistant, folder, options, announce=lambda line: print(line, flush=True))
    except OSError as error:
        where = f"{args.host}:{args.port}"
        print(
            f"innovis: error: cannot listen on {where}: {error.strerror or error}", file=sys.stderr
        )
        return EXIT_USAGE
    return EXIT_ANSWERED


def _run(args: argparse.Namespace) -> int:
    if args.command == "ask":
        return _ask(args)
    if args.command == "index":
        return _index(args)
    if args.command == "serve":
        return _serve(args)
    if args.command == "eval":
        from ..evaluation import evaluate, read_cases
        from .report import print_report

        cases = read_cases(args.file)
        print_report(evaluate(_assistant(args), cases), as_json=args.json)
        return EXIT_ANSWERED
    return _chat(args)
