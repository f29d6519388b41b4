"""An automatic cache of indexes, keyed by the corpus content and the index format.

The key hashes the format version, the ranking configuration, and the name and bytes of every
corpus file: an unchanged corpus is found again without being parsed or analysed, and any
change to a file, to the analyser or to the format makes a new key. A cached index that cannot
be loaded is rebuilt and written again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

from .corpus_files import corpus_files
from .corpus_index import FORMAT_VERSION, CorpusIndex
from .errors import CorpusReadError, IndexFormatError
from .ranking import RankingConfig
from .store import is_index, load, save

Progress = Callable[[int, int, int], None]
Warn = Callable[[str], None]


def corpus_key(path: Path, config: RankingConfig) -> str:
    """Return the cache key of the corpus at `path`. Raises CorpusNotFoundError, CorpusReadError."""
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
    key = corpus_key(path, config)
    folder = cache_dir / key
    if is_index(folder):
        try:
            return load(folder)
        except IndexFormatError as error:
            if warn:
                warn(f"The cached index was unusable ({error}); building it again.")
    from .indexing import build_index
    from .readers import load_corpus

    index = build_index(load_corpus(path), config, progress)
    try:
        save(index, folder, extra={"corpus": str(path.resolve()), "key": key})
    except OSError as error:
        if warn:
            warn(f"Could not cache the index in {cache_dir}: {error.strerror or error}.")
    return index
