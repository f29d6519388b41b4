"""An automatic cache of indexes, keyed by the corpus content and the index format.

An unchanged corpus is found again without being parsed or analysed (`freshness.py` tells
whether it changed); a changed one is indexed again. A cached index that fails its checks when
it is opened is rebuilt, with a warning, and written again.

The cache tidies itself: each start removes what killed runs left half-written (temporary
folders whose process is gone); each new index replaces the older indexes of the same corpus
and configuration; and when the cache holds more than `CACHE_LIMIT` bytes, the indexes used
least recently are removed (never the one just written).
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable
from pathlib import Path

from ..errors import IndexFormatError, IndexWriteError
from ..processes import alive
from ..reading.files import Listing, list_corpus, skip_summary
from .corpus_index import CorpusIndex
from .freshness import Stamp, content_key, corpus_key
from .ranking import RankingConfig
from .skipped import SKIPPED, Skipped
from .store import MANIFEST, load_with, save

Progress = Callable[[int, int, int], None]
Warn = Callable[[str], None]

# The most the cache keeps, in bytes: a million sentences of press releases take ~400 MB.
CACHE_LIMIT = 2 * 1024**3
NOTES = "notes"
__all__ = ["CACHE_LIMIT", "cached_index", "corpus_key"]


def cached_index(
    path: Path,
    cache_dir: Path,
    config: RankingConfig | None = None,
    progress: Progress | None = None,
    warn: Warn | None = None,
    limit: int = CACHE_LIMIT,
) -> CorpusIndex:
    """Return the index of the corpus at `path`, from `cache_dir` if it is there, else built
    (and then saved there, the cache kept under `limit` bytes; a cache that cannot be written
    is only warned about).

    `warn` hears what reading the corpus left out, the same messages whether the index is
    built or found in the cache (see `Skipped`), each once.
    Raises the errors of `readers.read_corpus` and `build.build_index`.
    """
    config = config or RankingConfig()
    remove_leftovers(cache_dir)
    told = _Once(warn)
    listing = list_corpus(path, told)  # what cannot be listed is told on every run
    stamp = Stamp(path, config, listing.releases)
    noted = stamp.noted_key(cache_dir)
    key, unread = (noted, []) if noted else content_key(path, listing.releases, config)
    for message in unread:
        told(message)
    folder = cache_dir / key
    if folder.exists() and (index := _cached(folder, path, listing, told)) is not None:
        if noted is None and not unread:
            _note_quietly(stamp, cache_dir, key, told)
        return index
    index, skipped = _built(path, listing, config, progress, told)
    after = Stamp(path, config, listing.releases)
    if after.text != stamp.text or content_key(path, listing.releases, config).key != key:
        # A file changed, vanished or came back while it was read: the index may not be what
        # the key says, so it is not kept (the next run reads the corpus again).
        told("The corpus changed while it was read; its index was not cached.")
        return index
    corpus = os.fsencode(path.resolve()).hex()
    try:
        save(index, folder, extra={"corpus": corpus, "key": key}, owned=True, side=skipped.side())
    except IndexWriteError as error:
        told(f"Could not cache the index: {error}")
    else:
        if not unread:
            _note_quietly(stamp, cache_dir, key, told)
        _prune(cache_dir, folder, corpus, config, limit)
    return index


def _cached(folder: Path, path: Path, listing: Listing, warn: Warn) -> CorpusIndex | None:
    """Return the index cached in `folder`, having told `warn` what reading its corpus left
    out; None, with a warning, when it fails its checks."""
    try:
        index, kept = load_with(folder, SKIPPED)
        skipped = Skipped.from_json(kept, folder)
    except IndexFormatError as error:
        warn(f"The cached index was unusable ({error}); building it again.")
        return None
    _touch(folder)
    skipped.tell(str(path), len(index.documents), listing, warn)
    return index


def _built(
    path: Path, listing: Listing, config: RankingConfig, progress: Progress | None, warn: Warn
) -> tuple[CorpusIndex, Skipped]:
    """Return the index of the corpus listed as `listing`, and what reading it left out (told
    to `warn` as it is met)."""
    from ..reading.readers import read_corpus
    from .build import build_index

    messages: list[str] = []

    def kept(message: str) -> None:
        messages.append(message)
        warn(message)

    read = read_corpus(path, kept, listing)
    index = build_index(read.documents, config, progress)
    summary = skip_summary(len(read.documents), read.unreadable + listing.refused, listing.others)
    return index, Skipped(str(path), read.unreadable, [m for m in messages if m != summary])


class _Once:
    """A warning callback that passes each message on once (reading a corpus may meet a file
    that hashing it already found unreadable)."""

    def __init__(self, warn: Warn | None) -> None:
        self._warn = warn
        self._told: set[str] = set()

    def __call__(self, message: str) -> None:
        if self._warn and message not in self._told:
            self._told.add(message)
            self._warn(message)


def _touch(folder: Path) -> None:
    """Mark `folder` as used now (the size limit removes the least recently used first)."""
    with contextlib.suppress(OSError):  # a read-only cache is still a cache
        os.utime(folder)


def _note_quietly(stamp: Stamp, cache_dir: Path, key: str, warn: Warn) -> None:
    try:
        stamp.note(cache_dir, key)
    except OSError as error:
        warn(f"Could not write to the cache in {cache_dir}: {error.strerror or error}.")


def _process_of(name: str) -> int | None:
    """Return the process id in the name of a temporary entry (`.KEY.PID.…`,
    `NOTE.PID.tmp`), or None."""
    parts = name.lstrip(".").split(".")
    return int(parts[1]) if len(parts) > 2 and parts[1].isdigit() else None


def remove_leftovers(cache_dir: Path) -> None:
    """Remove the temporary entries and notes of runs that were killed while writing."""
    for folder in (cache_dir, cache_dir / NOTES):
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        for name in names:
            temporary = name.startswith(".") or name.endswith(".tmp")
            process = _process_of(name) if temporary else None
            if process is not None and process != os.getpid() and not alive(process):
                _remove(folder / name)


def _remove(path: Path) -> None:
    import shutil  # imported here: it costs a cold `innovis ask` several milliseconds

    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            path.unlink()


def _prune(cache_dir: Path, kept: Path, corpus: str, config: RankingConfig, limit: int) -> None:
    """Remove the other indexes of `corpus` with `config`, then the least recently used ones
    while the cache holds more than `limit` bytes, and the notes of indexes gone."""
    entries: list[tuple[int, int, Path]] = []  # (last used, bytes, folder)
    for folder in cache_dir.iterdir():
        if folder in (kept, cache_dir / NOTES) or folder.name.startswith(".") or folder.is_file():
            continue
        manifest = _manifest(folder)
        same = manifest.get("corpus") == corpus and manifest.get("config") == config.to_dict()
        if same:
            _remove(folder)
        else:
            entries.append((_mtime(folder), _size(folder), folder))
    total = _size(kept) + sum(size for _, size, _ in entries)
    for _, size, folder in sorted(entries, key=lambda entry: entry[0]):
        if total <= limit:
            break
        _remove(folder)
        total -= size
    _remove_stale_notes(cache_dir)


def _manifest(folder: Path) -> dict[str, object]:
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    return manifest if isinstance(manifest, dict) else {}


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def _size(folder: Path) -> int:
    total = 0
    try:
        for entry in os.scandir(folder):
            total += entry.stat(follow_symlinks=False).st_size
    except OSError:
        pass
    return total


def _remove_stale_notes(cache_dir: Path) -> None:
    """Remove the notes whose index is no longer in the cache."""
    notes = cache_dir / NOTES
    try:
        paths = list(notes.glob("*.json"))
    except OSError:
        return
    for path in paths:
        try:
            key = json.loads(path.read_text(encoding="utf-8")).get("key")
        except (OSError, ValueError, RecursionError, AttributeError):
            key = None
        if not isinstance(key, str) or not (cache_dir / key).is_dir():
            _remove(path)
