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

from ..answering.conversation.replies import HELP_MORE, MORE_HINT
from ..assistant import Assistant, Progress, bundled_corpus
from ..errors import InnovisError
from ..models import Reply
from ..text.printable import printable, printable_json
from .arguments import CORPUS_VARIABLE, LOG_VARIABLE, parse
from .paths import user_cache_dir
from .plain import PlainScreen, plain_text, wants_plain

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ..question_log import QuestionLog

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


def _question_log(args: argparse.Namespace) -> QuestionLog | None:
    """Return the log to record replies in, when --log or $INNOVIS_LOG names one."""
    path = getattr(args, "log", None) or os.environ.get(LOG_VARIABLE)
    if not path:
        return None
    from ..question_log import QuestionLog  # only then: a plain ask needs no log code

    return QuestionLog(path)


def _read_question(args: argparse.Namespace) -> str:
    """Return the question from the command line, or from standard input when it is `-`, or
    absent and standard input is not a terminal; a usage error (exit 2) when there is none."""
    words: list[str] = args.question
    if words == ["-"] or (not words and not sys.stdin.isatty()):
        question = sys.stdin.read()
    elif not words and sys.stdin.isatty():
        args.parser.error('give a question, e.g. innovis ask "What is HKSTP?", or pipe one in')
    else:
        question = " ".join(words)
    if not question.strip():
        args.parser.error('the question is empty; try: innovis ask "What is HKSTP?"')
    return question.strip()


def _one_shot(reply: Reply) -> Reply:
    """Return the reply with the chat's "say more" put as the command line's `-k`."""
    text = reply.text.replace(HELP_MORE, "add -k N to quote up to N passages.")
    if text.endswith(MORE_HINT):
        wanted = len(reply.passages) + 2
        hint = f"Other passages match too: add -k {wanted} to see up to {wanted}."
        text = text[: -len(MORE_HINT)] + hint
    return reply._replace(text=text)


def _ask(args: argparse.Namespace) -> int:
    question = _read_question(args)
    log = _question_log(args)
    reply = _one_shot(_assistant(args).ask(question, k=args.k))
    if log:
        log.record(question, reply, "ask")
    if args.json:
        print(printable_json(reply.to_dict()))
    elif wants_plain(getattr(args, "plain", False)):
        print(printable(plain_text(reply)))
    else:
        from .render import make_console, show_reply

        show_reply(make_console(), reply, question)
    return EXIT_NO_ANSWER if reply.kind == "fallback" else EXIT_ANSWERED


def _chat(args: argparse.Namespace) -> int:
    from .chat import Screen, answer_lines, make_session, run_chat

    log = _question_log(args)
    on_reply = (lambda message, reply: log.record(message, reply, "chat")) if log else None
    assistant = _assistant(args)
    screen: Screen
    if wants_plain(getattr(args, "plain", False)):
        screen = PlainScreen()
    else:
        from .render import RichScreen, make_console

        screen = RichScreen(make_console())
    if sys.stdin.isatty():
        return run_chat(assistant, screen, make_session(), on_reply)
    return answer_lines(assistant, sys.stdin, screen, on_reply)


def _docs(args: argparse.Namespace) -> int:
    from .releases import releases_json, releases_text

    documents = _assistant(args).documents
    print(releases_json(documents) if args.json else releases_text(documents))
    return EXIT_ANSWERED


def _report(args: argparse.Namespace) -> int:
    from ..question_log import read_log
    from ..question_summary import summarise
    from .log_report import summary_json, summary_text

    entries, bad = read_log(args.file)
    if bad:
        _warn(f"skipped {_count(bad, 'line')} of {args.file}: not log entries")
    summary = summarise(entries, below=args.below, top=args.top)
    unused = None
    if args.corpus:  # only when named: a log may come from other releases than the default
        assistant = _assistant(args)
        unused = lambda word: not assistant.search(word, k=1)  # noqa: E731
    if args.json:
        print(summary_json(summary, unused))
    else:
        print(summary_text(summary, args.file, unused))
    return EXIT_ANSWERED


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return its exit status.

    0: answered; 1: no answer; 2: usage or input error, or no standard output at all; 3: a bug,
    told in one line (with the traceback when $INNOVIS_DEBUG is set); 141 when standard output
    was closed as it was written to, as Unix tools.
    """
    if sys.stderr is None:  # started with standard error closed (`2>&-`): warnings go nowhere
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the process
    if sys.stdout is None:  # started with standard output closed (`innovis ask … >&-`)
        print("innovis: error: standard output is closed: nothing could be shown", file=sys.stderr)
        return EXIT_USAGE
    try:
        status = _run(parse(argv))
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
            f"innovis: internal error ({type(error).__name__}: {printable(str(error))[:300]}); "
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
    if args.command in ("docs", "list"):
        return _docs(args)
    if args.command == "report":
        return _report(args)
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
