"""Splitting many documents into sentences, on two processes when there is much text.

Punkt is most of the time it takes to index a large corpus, and it is pure Python, so one
process uses one core. For large corpora on POSIX systems, `split_documents` forks: the child
takes every other task and hands the spans back as a flat int64 `.npy` file (no pickle), while
the parent does the rest. A task is a document, or, for a document longer than `LARGE`
characters, one piece of it (`sentences.block_pieces`, found before the fork), so that a single
long release is shared between the two processes too. Pieces are split one by one whichever
process splits them, so the spans are those of one process. Elsewhere, or for small corpora,
it splits in-process.

The child dies with its parent (the kernel kills it on Linux; elsewhere it notices it has been
adopted), and a scratch folder left by a killed run is removed by the next one that splits.
"""

from __future__ import annotations

import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from ..processes import alive
from .sentences import block_pieces, piece_sentences, split_paragraphs

Spans = list[list[tuple[int, int]]]  # one document: its paragraphs, each a list of sentences
# A task: (document, -1, 0, 0) splits a whole document; (document, block, start, end) one
# piece, text[start:end], of the block numbered `block` of a LARGE document.
Task = tuple[int, int, int, int]

# Below this many characters, forking costs more than it saves.
PARALLEL_CHARACTERS = 5_000_000
# A document longer than this is shared between the processes piece by piece.
LARGE = 500_000
SCRATCH_PREFIX = "innovis-split-"
PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def _encode(documents: list[Spans]) -> list[int]:
    """Return the spans of documents as flat ints: per document its number of paragraphs, then
    per paragraph its number of sentences and their start, end pairs."""
    flat: list[int] = []
    for paragraphs in documents:
        flat.append(len(paragraphs))
        for sentences in paragraphs:
            flat.append(len(sentences))
            for start, end in sentences:
                flat += (start, end)
    return flat


def _decode(flat: Sequence[int], count: int) -> list[Spans]:
    documents, at = [], 0
    for _ in range(count):
        paragraphs: Spans = []
        n_paragraphs, at = flat[at], at + 1
        for _ in range(n_paragraphs):
            n_sentences, at = flat[at], at + 1
            paragraphs.append(
                [(flat[at + 2 * i], flat[at + 2 * i + 1]) for i in range(n_sentences)]
            )
            at += 2 * n_sentences
        documents.append(paragraphs)
    return documents


def _run(
    texts: Sequence[str],
    tasks: Sequence[Task],
    done: Callable[[int], None] | None = None,
    parent: int | None = None,
) -> list[Spans]:
    """Do `tasks`, telling `done` now and then how many are done; a piece gives one paragraph.
    In the child, `parent` is the parent's process id: it leaves at once when the parent has
    gone (it was adopted)."""
    results: list[Spans] = []
    for number, (document, block, start, end) in enumerate(tasks, start=1):
        if parent is not None and os.getppid() != parent:
            os._exit(1)
        if block >= 0:
            results.append([piece_sentences(texts[document], start, end)])
        else:
            results.append(split_paragraphs(texts[document]))
        if done and number % 256 == 0:
            done(number)
    return results


def _tasks(texts: Sequence[str]) -> list[Task]:
    """Return the tasks that split `texts`: a document each, or its pieces if it is LARGE."""
    tasks: list[Task] = []
    for number, text in enumerate(texts):
        if len(text) <= LARGE:
            tasks.append((number, -1, 0, 0))
            continue
        for block, pieces in enumerate(block_pieces(text)):
            tasks += [(number, block, start, end) for start, end in pieces]
    return tasks


def _merged(count: int, tasks: Sequence[Task], results: Sequence[Spans]) -> list[Spans]:
    """Return the spans of each of `count` texts from the results of all its `tasks`: the
    pieces of a LARGE document's block are joined into one paragraph."""
    merged: list[Spans] = [[] for _ in range(count)]
    last = (-1, -1)
    for (document, block, _, _), spans in zip(tasks, results, strict=True):
        if block < 0:
            merged[document] = spans
            continue
        if (document, block) != last:
            merged[document].append([])
            last = (document, block)
        merged[document][-1] += spans[0]
    return [[paragraph for paragraph in spans if paragraph] for spans in merged]


def _die_with(parent: int) -> None:
    """Have the kernel kill this (forked) process when its parent dies, where it can (Linux);
    `_split_watching` looks for itself elsewhere."""
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)


def remove_leftovers() -> None:
    """Remove the scratch folders of splits whose process was killed before it could."""
    scratch = Path(tempfile.gettempdir())
    for folder in scratch.glob(f"{SCRATCH_PREFIX}*-*"):
        number = folder.name[len(SCRATCH_PREFIX) :].split("-", 1)[0]
        if number.isdigit() and not alive(int(number)):
            shutil.rmtree(folder, ignore_errors=True)


def split_documents(
    texts: Sequence[str],
    parallel: bool | None = None,
    done: Callable[[int], None] | None = None,
) -> list[Spans]:
    """Return the sentence spans of each text, paragraph by paragraph (see `split_paragraphs`).

    `parallel` forces or forbids a second process; by default it is used for large corpora
    where the system can fork. `done`, if given, hears how many texts are split (an estimate
    when two processes share the work).
    """
    remove_leftovers()
    if parallel is None:
        parallel = sum(map(len, texts)) >= PARALLEL_CHARACTERS
    tasks = _tasks(texts) if parallel and hasattr(os, "fork") else []
    if len(tasks) < 2:
        return _run(texts, [(number, -1, 0, 0) for number in range(len(texts))], done)
    import numpy as np

    share = (lambda number: done(len(texts) * 2 * number // len(tasks))) if done else None
    split_paragraphs("Warm up. Punkt is built before the fork.")
    parent = os.getpid()
    # The process id in the name lets a later run remove it if this one is killed.
    with tempfile.TemporaryDirectory(prefix=f"{SCRATCH_PREFIX}{parent}-") as scratch:
        result = Path(scratch) / "spans.npy"
        child = os.fork()
        if child == 0:  # the child: odd tasks, then leave without running any cleanup
            status = 1
            try:
                _die_with(parent)
                odd = _run(texts, tasks[1::2], parent=parent)
                np.save(result, np.asarray(_encode(odd), dtype=np.int64), allow_pickle=False)
                status = 0
            finally:
                os._exit(status)
        try:
            even = _run(texts, tasks[0::2], share)
            _, status = os.waitpid(child, 0)
        except BaseException:
            os.kill(child, signal.SIGKILL)  # interrupted: the child's work is not wanted
            os.waitpid(child, 0)
            raise
        if status != 0:
            odd = _run(texts, tasks[1::2])
        else:
            odd = _decode(np.load(result, allow_pickle=False).tolist(), len(tasks) // 2)
    results: list[Spans] = [[] for _ in tasks]
    results[0::2], results[1::2] = even, odd
    return _merged(len(texts), tasks, results)
