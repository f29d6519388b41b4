"""Opening the files of a saved index, each checked against the size and checksum its manifest
gives before any of its bytes are used.

The checksum is CRC-32 (zlib's, ~2 GB/s here: scripts/bench.py prints what it costs at load).
It is computed by reading the file through its descriptor, so checking a file does not make its
pages part of the process's memory the way reading it through its memory map would. The manifest
holds its own checksum, over the rest of its content.

Every file is opened, and checked, when the index is loaded; the descriptors of the files read
later (sentence texts, the word tables a misspelt question needs) stay open, so an index keeps
working when its folder is removed while it is in use, and those files are checked again as
they are read.
"""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Callable
from pathlib import Path

from ..errors import IndexFormatError
from .folders import FORMAT, MANIFEST, MANIFEST_LIMIT

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_CHUNK = 1 << 20


def checksum(data: bytes) -> int:
    """Return the checksum INNOVIS keeps of a file's bytes."""
    return zlib.crc32(data)


def file_checksum(descriptor: int) -> int:
    """Return the checksum of the whole file open as `descriptor`, read in chunks."""
    value, offset = 0, 0
    while chunk := _pread(descriptor, _CHUNK, offset):
        value = zlib.crc32(chunk, value)
        offset += len(chunk)
    return value


def _pread(descriptor: int, size: int, offset: int) -> bytes:
    """Return up to `size` bytes at `offset`: pread, or a seek and a read under a lock on
    systems without it."""
    if hasattr(os, "pread"):
        return os.pread(descriptor, size, offset)
    import threading

    with _LOCKS.setdefault(descriptor, threading.Lock()):
        os.lseek(descriptor, offset, os.SEEK_SET)
        return os.read(descriptor, size)


_LOCKS: dict[int, Any] = {}


def manifest_checksum(manifest: dict[str, Any]) -> int:
    """Return the checksum of a manifest's content apart from its own "checksum" entry."""
    body = {key: value for key, value in manifest.items() if key != "checksum"}
    return checksum(json.dumps(body, sort_keys=True, ensure_ascii=False).encode("utf-8"))


def read_manifest(folder: Path, version: int) -> dict[str, Any]:
    """Return the manifest of an index of format `version` saved in `folder`.

    Raises IndexFormatError for a folder without one, a manifest of another program or version,
    or one that is damaged (its checksum, or the shape of what it lists).
    """
    path = folder / MANIFEST
    try:
        if path.stat().st_size > MANIFEST_LIMIT:
            raise IndexFormatError(f"{path} is too large to be an INNOVIS manifest.")
        manifest = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, ValueError, RecursionError) as error:
        raise IndexFormatError(
            f"{folder} holds no readable INNOVIS index (its {MANIFEST} is damaged): "
            "build it again with `innovis index`."
        ) from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise IndexFormatError(
            f"{folder} holds no INNOVIS index (its {MANIFEST} is not one INNOVIS wrote): "
            "build it again with `innovis index`."
        )
    if manifest.get("version") != version:
        raise IndexFormatError(
            f"{folder} holds an index of format {manifest.get('version')}, and this INNOVIS "
            f"reads format {version}: build it again with `innovis index`."
        )
    if manifest.get("checksum") != manifest_checksum(manifest):
        raise IndexFormatError(f"{path} is damaged: its checksum does not match.")
    files = manifest.get("files")
    if not isinstance(files, dict) or not all(
        isinstance(entry, dict)
        and all(_is_count(entry.get(key)) for key in ("size", "crc32"))
        and "/" not in name
        for name, entry in files.items()
    ):
        raise IndexFormatError(f"{path} is damaged: it does not list the index's files.")
    for key in ("documents", "sentences", "paragraphs"):
        if not _is_count(manifest.get(key)):
            raise IndexFormatError(f"{path} is damaged: it gives no number of {key}.")
    return manifest


def _is_count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


class IndexFiles:
    """The files of one saved index, opened and checked against its manifest."""

    def __init__(self, folder: Path, listed: dict[str, dict[str, int]], verify: bool = True):
        """`listed` maps file names to their {"size", "crc32"}; `verify` False skips the
        checksums (sizes are always checked), only to measure what they cost."""
        self.folder = folder
        self._listed = listed
        self._verify = verify

    def _entry(self, name: str) -> dict[str, int]:
        entry = self._listed.get(name)
        if entry is None:
            raise IndexFormatError(f"The manifest of {self.folder} does not list {name}.")
        return entry

    def open(self, name: str, whole: bool = True) -> int:
        """Return a read-only descriptor of the file `name`, its size checked, and with `whole`
        its checksum too (reading it through).

        Raises IndexFormatError when it is missing, of another size or another checksum.
        """
        entry = self._entry(name)
        path = self.folder / name
        try:
            descriptor = os.open(path, os.O_RDONLY)
        except OSError as error:
            raise IndexFormatError(f"Cannot read {path}: {error.strerror or error}.") from error
        try:
            if os.fstat(descriptor).st_size != entry["size"]:
                raise IndexFormatError(f"{path} has changed since it was written.")
            if whole and self._verify and file_checksum(descriptor) != entry["crc32"]:
                raise IndexFormatError(f"{path} is damaged: its checksum does not match.")
        except BaseException:
            os.close(descriptor)
            raise
        return descriptor

    def array(self, name: str) -> memoryview[Any]:
        """Return the checked `.npy` file `name`, memory-mapped. Raises IndexFormatError."""
        from .arrays import map_array

        descriptor = self.open(name)
        try:
            return map_array(descriptor, self.folder / name)
        except (OSError, ValueError) as error:
            raise IndexFormatError(f"Cannot map {self.folder / name}: {error}.") from error
        finally:
            os.close(descriptor)

    def json(self, name: str) -> Any:
        """Return the content of the checked JSON file `name` (read once, checked as read).
        Raises IndexFormatError."""
        return self._parse(name, _Descriptor(self.open(name, whole=False)))

    def lazy_json(self, name: str) -> Callable[[], Any]:
        """Open and check the JSON file `name` now; return a function that reads it (checking it
        again) and returns its content. Both raise IndexFormatError."""
        reader = _Descriptor(self.open(name))
        return lambda: self._parse(name, reader)

    def _parse(self, name: str, reader: _Descriptor) -> Any:
        entry, path = self._entry(name), self.folder / name
        data = reader.read(0, entry["size"])
        if len(data) != entry["size"] or (self._verify and checksum(data) != entry["crc32"]):
            raise IndexFormatError(f"{path} is damaged: it has changed since it was written.")
        try:
            return json.loads(data.decode("utf-8"))
        except (ValueError, RecursionError) as error:
            raise IndexFormatError(f"{path} is damaged ({error}).") from error

    def bytes_reader(self, name: str) -> Callable[[int, int], bytes]:
        """Return a function that reads the bytes [start, end) of the checked file `name`.

        The file is read with pread, not memory-mapped: a question reads a couple of dozen
        sentences from random places, and each first touch of a mapped file maps 64 KB of it
        into the process (the kernel's fault-around), ~25 MB at a million sentences.
        """
        return _Descriptor(self.open(name)).read


class _Descriptor:
    """An open file read with pread, which needs no lock between threads; closed when no
    longer referenced."""

    def __init__(self, descriptor: int) -> None:
        self._descriptor = descriptor

    def read(self, start: int, end: int) -> bytes:
        try:
            return _pread(self._descriptor, end - start, start)
        except OSError as error:
            raise IndexFormatError(f"Cannot read the index: {error.strerror or error}.") from error

    def __del__(self) -> None:
        os.close(self._descriptor)
