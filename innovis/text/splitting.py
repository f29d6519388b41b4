"""Splitting many documents into sentences, on two processes when there are many.

Punkt is most of the time it takes to index a large corpus, and it is pure Python, so one
process uses one core. For large corpora on POSIX systems, `split_documents` forks: the child
splits every other document and hands the spans back as a flat int64 `.npy` file (no pickle),
while the parent splits the rest. Elsewhere, or for small corpora, it splits in-process.

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
from .sentences import split_paragraphs

Spans = list[list[tuple[int, int]]]  # one document: its paragraphs, each a list of sentences

# Below this many characters, forking costs more than it saves.
PARALLEL_CHARACTERS = 5_000_000
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


def _split(texts: Sequence[str], done: Callable[[int], None] | None, scale: int) -> list[Spans]:
    """Split `texts` in this process, telling `done` now and then how far it has got."""
    result = []
    for number, text in enumerate(texts, start=1):
        result.append(split_paragraphs(text))
        if done and number % 256 == 0:
            done(number * scale)
    return result


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


def _split_watching(text: str, parent: int) -> Spans:
    """Split `text` in the child, leaving at once if the parent has gone (it was adopted)."""
    if os.getppid() != parent:
        os._exit(1)
    return split_paragraphs(text)


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
    if not parallel or not hasattr(os, "fork") or len(texts) < 2:
        return _split(texts, done, 1)
    import numpy as np

    split_paragraphs("Warm up. Punkt is built before the fork.")
    parent = os.getpid()
    # The process id in the name lets a later run remove it if this one is killed.
    with tempfile.TemporaryDirectory(prefix=f"{SCRATCH_PREFIX}{parent}-") as scratch:
        result = Path(scratch) / "spans.npy"
        child = os.fork()
        if child == 0:  # the child: odd documents, then leave without running any cleanup
            status = 1
            try:
                _die_with(parent)
                spans = [_split_watching(text, parent) for text in texts[1::2]]
                np.save(result, np.asarray(_encode(spans), dtype=np.int64), allow_pickle=False)
                status = 0
            finally:
                os._exit(status)
        try:
            even = _split(texts[0::2], done, 2)
            _, status = os.waitpid(child, 0)
        except BaseException:
            os.kill(child, signal.SIGKILL)  # interrupted: the child's work is not wanted
            os.waitpid(child, 0)
            raise
        if status != 0:
            odd = [split_paragraphs(text) for text in texts[1::2]]
        else:
            odd = _decode(np.load(result, allow_pickle=False).tolist(), len(texts) // 2)
    merged: list[Spans] = []
    for number in range(len(texts)):
        merged.append(even[number // 2] if number % 2 == 0 else odd[number // 2])
    return merged
