"""How the cache knows a corpus is unchanged: a key from its content, and notes that spare a
question from reading the content again.

The key hashes the format version, the ranking configuration, and the name and bytes of every
corpus file: any change to a file, to the analyser or to the format makes a new key. A file that
cannot be read when it is hashed (it vanished since the folder was listed, say) is marked in the
key as unread and reported, as reading the corpus reports it, never an error.

So that a question does not pay for reading and hashing the corpus, a note remembers the key of
the files as they looked from outside when they were hashed (git's index does the same): name,
size, modification time, and the change time, inode and device. An edit that keeps the size and
puts the modification time back still changes the change time, which no program can set, and a
file replaced by another gets a new inode. As in git, a file changed in the last seconds before
its key was computed is "racy" (a second edit could leave the same times behind), so no note is
written for it and its content is hashed again the next time; nor is one written when a file
could not be looked at or read.
"""

from __future__ import annotations

import json
import os
import time
import zlib
from pathlib import Path

from ..errors import CorpusReadError
from ..reading.files import list_corpus, read_bytes
from ..tuples import NamedTuple
from .corpus_index import FORMAT_VERSION
from .ranking import RankingConfig

# Files changed this recently when they are hashed get no note (see the module docstring); two
# seconds covers the coarsest modification times in use (FAT's).
RACY_NS = 2_000_000_000


def corpus_key(path: Path, config: RankingConfig) -> str:
    """Return the cache key of the corpus at `path`. Raises CorpusNotFoundError, CorpusReadError."""
    return content_key(path, list_corpus(path).releases, config).key


class ContentKey(NamedTuple):
    """The cache key of a corpus's content, and a message for each release file that could
    not be read (it vanished since it was listed, say), which the key marks as unread."""

    key: str
    unread: list[str]


def content_key(path: Path, files: list[Path], config: RankingConfig) -> ContentKey:
    """Return the content key of the corpus at `path` whose release files are `files`."""
    import hashlib

    digest = hashlib.blake2b(digest_size=20)
    digest.update(json.dumps([FORMAT_VERSION, config.to_dict()]).encode())
    root = path if path.is_dir() else path.parent
    unread = []
    for file in files:
        name = os.fsencode(file.relative_to(root).as_posix())
        digest.update(len(name).to_bytes(8, "little") + name)
        try:
            content = read_bytes(file)
        except CorpusReadError as error:  # what reading the corpus says of it too
            unread.append(f"skipped: {error}")
            digest.update(_UNREAD)
            continue
        digest.update(len(content).to_bytes(8, "little") + content)
    return ContentKey(digest.hexdigest(), unread)


# Stands where an unread file's length would be: no file is 2**64 - 1 bytes long.
_UNREAD = b"\xff" * 8


class Stamp:
    """What the files of a corpus look like from outside (see the module docstring)."""

    def __init__(self, path: Path, config: RankingConfig, files: list[Path]) -> None:
        """Look at `files`, the release files of the corpus at `path`; `complete` tells
        whether each could be looked at (one that vanished since it was listed cannot)."""
        parts = [str(FORMAT_VERSION), json.dumps(config.to_dict(), sort_keys=True)]
        parts.append(os.fsencode(path.resolve()).hex())
        self.newest = 0
        self.complete = True
        for file in files:
            try:
                status = file.stat()
            except OSError:
                parts.append(f"{os.fsencode(file).hex()} unreadable")
                self.complete = False
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
        """Remember `key` for files that look like this, unless one of them is racy or could
        not be looked at. The note is written to a temporary file and renamed into place.
        Raises OSError."""
        if not self.complete or self.newest >= self.taken - RACY_NS:
            return
        path = self.note_path(cache_dir)
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps({"stamp": self.text, "key": key}), encoding="utf-8")
        os.replace(temporary, path)
