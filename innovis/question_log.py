"""The question log: what people asked and how INNOVIS replied, for the corpus owner.

Opt-in and local: nothing is written unless a face is given a log file (`innovis --log FILE`,
`$INNOVIS_LOG`, `innovis serve --log FILE`). Each reply appends one line of JSON:

    {"time": "2026-11-25T18:30:00+00:00", "source": "ask", "question": "What is the GBA?",
     "kind": "answer", "confidence": 0.93, "doc_id": "2022-01-12-ecosystem",
     "title": "HKSTP Fully Supports …"}

`doc_id` and `title` name the release quoted first (null when nothing was quoted). Nothing else
is stored: no user names, addresses or other replies. `innovis report FILE` reads the log back.

Several processes (chats, one-shot asks, a web server's workers) may append to one log: each
line is written by a single `write` to a file opened with O_APPEND, under an exclusive `flock`
where the platform has one, so lines never interleave or overwrite each other.
"""

from __future__ import annotations

import datetime
import json
import os
from pathlib import Path
from typing import Any, NamedTuple

from .errors import QuestionLogError
from .models import Reply

LOG_VARIABLE = "INNOVIS_LOG"
# A question longer than this is stored cut short: the log is for reading, and a line this size
# is still written in one piece.
MAX_QUESTION_CHARS = 1000


class LogEntry(NamedTuple):
    """One logged reply: when, from which face, the question, and what INNOVIS answered."""

    time: str
    source: str
    question: str
    kind: str
    confidence: float
    doc_id: str | None
    title: str | None


def entry_of(question: str, reply: Reply, source: str) -> LogEntry:
    """Return the log entry of `reply` to `question`, stamped with the current UTC time."""
    first = reply.passages[0] if reply.passages else None
    return LogEntry(
        time=datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        source=source,
        question=question[:MAX_QUESTION_CHARS],
        kind=reply.kind,
        confidence=round(reply.confidence, 4),
        doc_id=first.doc_id if first else None,
        title=first.title if first else None,
    )


def _lock(descriptor: int) -> None:
    """Hold an exclusive lock on the open file until it is closed (POSIX only: elsewhere the
    single O_APPEND write is what keeps lines whole)."""
    try:
        import fcntl
    except ImportError:  # Windows
        return
    fcntl.flock(descriptor, fcntl.LOCK_EX)


class QuestionLog:
    """A JSON Lines file that replies are appended to. Safe to share between threads and
    processes: each `record` opens, locks, writes one line and closes."""

    def __init__(self, path: str | Path) -> None:
        """Open (creating if need be, readable by its owner only) the log at `path`.

        Raises QuestionLogError when the file cannot be created or written.
        """
        self.path = Path(path)
        self._append(b"")

    def _append(self, data: bytes) -> None:
        try:
            descriptor = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        except OSError as error:
            raise QuestionLogError(
                f"Cannot write the question log {self.path}: {error.strerror}. "
                "Give a file in a folder you can write to."
            ) from error
        try:
            _lock(descriptor)
            written = 0
            while written < len(data):
                written += os.write(descriptor, data[written:])
        except OSError as error:
            raise QuestionLogError(
                f"Cannot write the question log {self.path}: {error.strerror}."
            ) from error
        finally:
            os.close(descriptor)

    def record(self, question: str, reply: Reply, source: str) -> LogEntry:
        """Append the entry of `reply` to `question`, asked through `source` ("ask", "chat",
        "serve"…); return it. Raises QuestionLogError when the file cannot be written."""
        entry = entry_of(question, reply, source)
        line = json.dumps(entry._asdict(), ensure_ascii=False) + "\n"
        # "replace": a question read from odd bytes may hold lone surrogates.
        self._append(line.encode("utf-8", "replace"))
        return entry


def _entry(data: Any) -> LogEntry | None:
    """Return the entry a decoded line holds, or None when it is not one."""
    if not isinstance(data, dict):
        return None
    question, kind, confidence = data.get("question"), data.get("kind"), data.get("confidence")
    if not isinstance(question, str) or not isinstance(kind, str):
        return None
    if not isinstance(confidence, int | float) or isinstance(confidence, bool):
        return None
    texts = [data.get(key) for key in ("time", "source", "doc_id", "title")]
    time, source, doc_id, title = (value if isinstance(value, str) else None for value in texts)
    return LogEntry(time or "", source or "", question, kind, float(confidence), doc_id, title)


def read_log(path: str | Path) -> tuple[list[LogEntry], int]:
    """Return the entries of the log at `path`, in order, and how many lines were not entries.

    Raises QuestionLogError when the file cannot be read.
    """
    path = Path(path)
    try:
        with path.open("rb") as file:
            raw_lines = file.read().splitlines()
    except FileNotFoundError as error:
        raise QuestionLogError(
            f"No question log at {path}. Start one with `innovis --log {path}` "
            f"(or ${LOG_VARIABLE}={path})."
        ) from error
    except OSError as error:
        raise QuestionLogError(f"Cannot read the question log {path}: {error.strerror}.") from error
    entries: list[LogEntry] = []
    bad = 0
    for raw in raw_lines:
        if not raw.strip():
            continue
        try:
            entry = _entry(json.loads(raw.decode("utf-8")))
        except (UnicodeDecodeError, ValueError):
            entry = None
        if entry is None:
            bad += 1
        else:
            entries.append(entry)
    return entries, bad
