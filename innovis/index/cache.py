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
from .corpus_index import CorpusIndex
from .freshness import Stamp, corpus_key
from .ranking import RankingConfig
from .store import MANIFEST, load, save

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

    Raises the errors of `readers.load_corpus` and `build.build_index`.
    """
    config = config or RankingConfig()
    remove_leftovers(cache_dir)
    stamp = Stamp(path, config)
    noted = stamp.noted_key(cache_dir)
    key = noted or corpus_key(path, config)
    folder = cache_dir / key
    if folder.exists():
        try:
            index = load(folder)
        except IndexFormatError as error:
            if warn:
                warn(f"The cached index was unusable ({error}); building it again.")
        else:
            _touch(folder)
            if noted is None:
                _note_quietly(stamp, cache_dir, key, warn)
            return index
    from ..reading.readers import load_corpus
    from .build import build_index

    index = build_index(load_corpus(path, warn), config, progress)
    corpus = os.fsencode(path.resolve()).hex()
    try:
        save(index, folder, extra={"corpus": corpus, "key": key}, owned=True)
    except IndexWriteError as error:
        if warn:
            warn(f"Could not cache the index: {error}")
    else:
        _note_quietly(stamp, cache_dir, key, warn)
        _prune(cache_dir, folder, corpus, config, limit)
    return index


def _touch(folder: Path) -> None:
    """Mark `folder` as used now (the size limit removes the least recently used first)."""
    with contextlib.suppress(OSError):  # a read-only cache is still a cache
        os.utime(folder)


def _note_quietly(stamp: Stamp, cache_dir: Path, key: str, warn: Warn | None) -> None:
    try:
        stamp.note(cache_dir, key)
    except OSError as error:
        if warn:
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
