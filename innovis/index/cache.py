"""An automatic cache of indexes, keyed by the corpus content and the index format.

The key hashes the format version, the ranking configuration, and the name and bytes of every
corpus file: an unchanged corpus is found again without being parsed or analysed, and any
change to a file, to the analyser or to the format makes a new key. A cached index that cannot
be loaded is rebuilt and written again.

So that a question does not pay for reading and hashing the corpus, a small note beside the
index remembers the key of the files' names, sizes and modification times as they were when it
was hashed; while they stay the same, the key is taken from the note.
"""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Callable
from pathlib import Path

from ..errors import CorpusReadError, IndexFormatError, IndexWriteError
from ..reading.files import corpus_files
from .corpus_index import FORMAT_VERSION, CorpusIndex
from .ranking import RankingConfig
from .store import is_index, load, save

Progress = Callable[[int, int, int], None]
Warn = Callable[[str], None]


def corpus_key(path: Path, config: RankingConfig) -> str:
    """Return the cache key of the corpus at `path`. Raises CorpusNotFoundError, CorpusReadError."""
    import hashlib

    digest = hashlib.blake2b(digest_size=20)
    digest.update(json.dumps([FORMAT_VERSION, config.to_dict()]).encode())
    root = path if path.is_dir() else path.parent
    for file in corpus_files(path):
        try:
            content = file.read_bytes()
        except OSError as error:
            raise CorpusReadError(f"Cannot read {file}: {error.strerror or error}.") from error
        name = file.relative_to(root).as_posix().encode()
        digest.update(len(name).to_bytes(8, "little") + name)
        digest.update(len(content).to_bytes(8, "little") + content)
    return digest.hexdigest()


def _stamp(path: Path, config: RankingConfig) -> str:
    """Return what the corpus files look like from outside: names, sizes, modification times."""
    files = corpus_files(path)
    parts = [str(FORMAT_VERSION), json.dumps(config.to_dict(), sort_keys=True), str(path.resolve())]
    for file in files:
        status = file.stat()
        parts.append(f"{file}\0{status.st_size}\0{status.st_mtime_ns}")
    return "\n".join(parts)


def _note_path(cache_dir: Path, stamp: str) -> Path:
    return cache_dir / "notes" / f"{zlib.crc32(stamp.encode()):08x}.json"


def _noted_key(cache_dir: Path, stamp: str) -> str | None:
    """Return the content key noted for files that look like `stamp`, if any."""
    try:
        note = json.loads(_note_path(cache_dir, stamp).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return note.get("key") if isinstance(note, dict) and note.get("stamp") == stamp else None


def _note_key(cache_dir: Path, stamp: str, key: str) -> None:
    """Remember `key` for `stamp`, written to a temporary file and renamed into place."""
    path = _note_path(cache_dir, stamp)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(f".{os.getpid()}.tmp")
    temporary.write_text(json.dumps({"stamp": stamp, "key": key}), encoding="utf-8")
    os.replace(temporary, path)


def cached_index(
    path: Path,
    cache_dir: Path,
    config: RankingConfig | None = None,
    progress: Progress | None = None,
    warn: Warn | None = None,
) -> CorpusIndex:
    """Return the index of the corpus at `path`, from `cache_dir` if it is there, else built
    (and then saved there; a cache that cannot be written is only warned about).

    Raises the errors of `readers.load_corpus` and `indexing.build_index`.
    """
    config = config or RankingConfig()
    stamp = _stamp(path, config)
    noted = _noted_key(cache_dir, stamp)
    key = noted or corpus_key(path, config)
    folder = cache_dir / key
    if is_index(folder):
        try:
            index = load(folder)
        except IndexFormatError as error:
            if warn:
                warn(f"The cached index was unusable ({error}); building it again.")
        else:
            if noted is None:
                _note_quietly(cache_dir, stamp, key, warn)
            return index
    from ..reading.readers import load_corpus
    from .build import build_index

    index = build_index(load_corpus(path, warn), config, progress)
    try:
        save(index, folder, extra={"corpus": str(path.resolve()), "key": key}, owned=True)
    except IndexWriteError as error:
        if warn:
            warn(f"Could not cache the index: {error}")
    else:
        _note_quietly(cache_dir, stamp, key, warn)
    return index


def _note_quietly(cache_dir: Path, stamp: str, key: str, warn: Warn | None) -> None:
    try:
        _note_key(cache_dir, stamp, key)
    except OSError as error:
        if warn:
            warn(f"Could not write to the cache in {cache_dir}: {error.strerror or error}.")
