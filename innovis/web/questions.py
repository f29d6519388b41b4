"""The server's question log (`innovis serve --log FILE`): one JSON line per question asked."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from ..errors import InvalidArgumentError
from ..models import Reply
from .app import QuestionLog


def question_log(path: Path) -> QuestionLog:
    """Return a function that appends each question, its reply's kind and confidence to `path`.

    Each line is written with one `write` on a file opened for appending, so the lines of
    several workers sharing the file never interleave. Raises InvalidArgumentError when the file
    cannot be opened for appending.
    """
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    except OSError as error:
        raise InvalidArgumentError(
            f"Cannot write the question log {path}: {error.strerror or error}; "
            "give a file in a folder you can write to."
        ) from error

    def log(question: str, reply: Reply) -> None:
        record = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "question": question,
            "kind": reply.kind,
            "confidence": round(reply.confidence, 3),
        }
        line = json.dumps(record, ensure_ascii=False) + "\n"
        os.write(descriptor, line.encode("utf-8"))

    return log
