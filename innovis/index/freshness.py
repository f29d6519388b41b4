"""How the cache knows a corpus is unchanged: a key from its content, and notes that spare a
question from reading the content again.

The key hashes the format version, the ranking configuration, and the name and bytes of every
corpus file: any change to a file, to the analyser or to the format makes a new key.

So that a question does not pay for reading and hashing the corpus, a note remembers the key of
the files as they looked from outside when they were hashed (git's index does the same): name,
size, modification time, and the change time, inode and device. An edit that keeps the size and
puts the modification time back still changes the change time, which no program can set, and a
file replaced by another gets a new inode. As in git, a file changed in the last seconds before
its key was computed is "racy" (a second edit could leave the same times behind), so no note is
written for it and its content is hashed again the next time.
"""

from __future__ import annotations

import json
import os
import time
import zlib
from pathlib import Path

from ..errors import CorpusReadError
from ..reading.files import corpus_files
from .corpus_index import FORMAT_VERSION
from .ranking import RankingConfig

# Files changed this recently when they are hashed get no note (see the module docstring); two
# seconds covers the coarsest modification times in use (FAT's).
RACY_NS = 2_000_000_000


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
        name = os.fsencode(file.relative_to(root).as_posix())
        digest.update(len(name).to_bytes(8, "little") + name)
        digest.update(len(content).to_bytes(8, "little") + content)
    return digest.hexdigest()


class Stamp:
    """What the files of a corpus look like from outside (see the module docstring)."""

    def __init__(self, path: Path, config: RankingConfig) -> None:
        """Look at the files of the corpus at `path`. Raises CorpusNotFoundError."""
        parts = [str(FORMAT_VERSION), json.dumps(config.to_dict(), sort_keys=True)]
        parts.append(os.fsencode(path.resolve()).hex())
        self.newest = 0
        for file in corpus_files(path):
            try:
                status = file.stat()
            except OSError:
                parts.append(f"{os.fsencode(file).hex()} unreadable")
                continue
            self.newest = max(self.newest, status.st_mtime_ns, status.st_ctime_ns)
            parts.append(
                f"{os.fsencode(file).hex()} {status.st_size} {status.st_mtime_ns} "
                f"{status.st_ctime_ns} {status.st_ino} {status.st_dev}"
            )
        self.text = "\n".join(parts)
        self.taken = time.time_ns()

    def note_path(self, cache_dir: Path) -> Path:
        """Return where the note for files that look like this is kept."""
        return cache_dir / "notes" / f"{zlib.crc32(self.text.encode()):08x}.json"

    def noted_key(self, cache_dir: Path) -> str | None:
        """Return the content key noted for files that look like this, if any."""
        try:
            note = json.loads(self.note_path(cache_dir).read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError):
            return None
        if not isinstance(note, dict) or note.get("stamp") != self.text:
            return None
        key = note.get("key")
        return key if isinstance(key, str) and key.isalnum() else None

    def note(self, cache_dir: Path, key: str) -> None:
        """Remember `key` for files that look like this, unless one of them is racy. The note
        is written to a temporary file and renamed into place. Raises OSError."""
        if self.newest >= self.taken - RACY_NS:
            return
        path = self.note_path(cache_dir)
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps({"stamp": self.text, "key": key}), encoding="utf-8")
        os.replace(temporary, path)
