"""Which files make up a corpus: a file itself, or every release below a folder.

Only regular files are read: a FIFO would block forever and a device such as /dev/zero never
ends. What cannot be read (an unreadable folder, a file that vanished, a name that is not
UTF-8, a path too long for the system) is left out and reported, never a traceback.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from ..errors import CorpusNotFoundError, CorpusReadError
from ..tuples import NamedTuple

# Plain text and Markdown releases, saved web pages, and CMS exports (one release a record).
SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl", ".csv")

Warn = Callable[[str], None]


def _ignore(_message: str) -> None:
    pass


def _name_error(name: str) -> str | None:
    """Return why a file name cannot be used, or None: one that is not UTF-8 comes from the
    system as lone surrogates, which no index, cache or terminal can hold."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        shown = os.fsencode(name).decode("utf-8", "backslashreplace")
        return f"skipped {shown}: its name is not UTF-8; rename it to read it."
    return None


def _shortened(name: str, most: int = 160) -> str:
    """Return a path short enough to read in a message (a path too long is itself the fault)."""
    return name if len(name) <= most else f"{name[: most // 2]}…{name[-most // 2 :]}"


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def _visible_files(folder: Path, warn: Warn) -> Iterator[Path]:
    """Yield the regular files below `folder` whose path has no part starting with `.` or `_`,
    telling `warn` of what cannot be read."""

    def unreadable(error: OSError) -> None:
        warn(f"skipped {error.filename}: {error.strerror or error}.")

    for top, folders, names in os.walk(folder, onerror=unreadable):
        kept = []
        for name in folders:
            if name.startswith((".", "_")):
                continue
            if problem := _name_error(os.path.join(top, name)):
                warn(problem)
            else:
                kept.append(name)
        folders[:] = kept
        for name in names:
            if name.startswith((".", "_")):
                continue
            path = Path(top, name)
            if problem := _name_error(str(path)):
                warn(problem)
                continue
            try:
                mode = path.stat().st_mode  # follows a symbolic link to what it names
            except OSError as error:  # vanished, a dangling link, a path too long
                unreadable(error)
                continue
            if stat.S_ISREG(mode):
                yield path
            elif not stat.S_ISDIR(mode):
                warn(f"skipped {path}: {_kind(mode)}, not a file to read.")


def _folder(path: str | Path) -> Path | None:
    """Return the corpus path when it is a folder, None when it is a regular file.

    Raises CorpusNotFoundError when it does not exist, CorpusReadError when it is something
    else or cannot be looked at or listed.
    """
    root = Path(path)
    try:
        mode = root.stat().st_mode
    except FileNotFoundError:
        raise CorpusNotFoundError(
            f"No corpus at {root}: give a press release file or a folder of them."
        ) from None
    except OSError as error:
        raise CorpusReadError(
            f"Cannot open the corpus at {_shortened(str(root))}: {error.strerror or error}."
        ) from error
    if problem := _name_error(str(root.resolve())):
        raise CorpusReadError(f"Cannot use the corpus at {root}: " + problem.partition(": ")[2])
    if stat.S_ISREG(mode):
        return None
    if not stat.S_ISDIR(mode):
        raise CorpusReadError(
            f"{root} is {_kind(mode)}, not a press release file: give a file or a folder."
        )
    try:
        os.scandir(root).close()
    except OSError as error:
        raise CorpusReadError(
            f"Cannot read the folder {root}: {error.strerror or error}."
        ) from error
    return root


class Listing(NamedTuple):
    """The files a corpus path stands for: its releases, and the files of other kinds beside
    them (neither holds what could not be read); `folder` is the corpus folder, None for a
    file; `refused` counts what was skipped as the folder was walked (a FIFO, a device, a name
    that is not UTF-8, a file that vanished, an unreadable folder)."""

    releases: list[Path]
    others: list[Path]
    folder: Path | None
    refused: int = 0


def list_corpus(path: str | Path, warn: Warn | None = None) -> Listing:
    """Return the releases a corpus path stands for (itself, or the releases below a folder)
    and the other files below it, in one walk of the folder.

    Releases are regular files with one of SUFFIXES; files and folders whose names start with
    `.` or `_` are skipped silently; what cannot be read (unreadable folders, FIFOs, devices,
    names that are not UTF-8) is skipped and told to `warn`. Raises CorpusNotFoundError when
    the path does not exist, CorpusReadError when it is neither a regular file nor a folder,
    or cannot be looked at.
    """
    folder = _folder(path)
    if folder is None:
        return Listing([Path(path)], [], None)
    releases: list[Path] = []
    others: list[Path] = []
    refused: list[str] = []

    def told(message: str) -> None:
        refused.append(message)
        (warn or _ignore)(message)

    for file in _visible_files(folder, told):
        (releases if file.suffix.lower() in SUFFIXES else others).append(file)
    return Listing(sorted(releases), sorted(others), folder, len(refused))


def corpus_files(path: str | Path, warn: Warn | None = None) -> list[Path]:
    """Return the releases of `list_corpus(path, warn)`. Raises what it raises."""
    return list_corpus(path, warn).releases


def skip_summary(read: int, unreadable: int, others: Sequence[Path]) -> str | None:
    """Return the last message of a folder read with files left out ("read 41 releases;
    skipped 3: …"), or None when none was: `read` releases, `unreadable` files that could not
    be read (release files, and what the listing refused), `others` the files of other kinds."""
    if not unreadable and not others:
        return None
    parts = []
    if unreadable:
        parts.append(f"{unreadable} that could not be read")
    if others:
        kinds = sorted({file.suffix.lower() or "no suffix" for file in others})
        parts.append(f"{len(others)} of other kinds ({', '.join(kinds)})")
    noun = "release" if read == 1 else "releases"
    return f"read {read} {noun}; skipped {unreadable + len(others)}: {'; '.join(parts)}."


def read_bytes(path: Path) -> bytes:
    """Return the bytes of a regular file.

    Raises CorpusReadError when the file cannot be read or is not a regular file any more
    (opened without waiting, so a FIFO put in its place cannot block).
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise CorpusReadError(f"Cannot read {path}: {error.strerror or error}.") from error
    with open(descriptor, "rb") as file:
        try:
            mode = os.fstat(descriptor).st_mode
            if not stat.S_ISREG(mode):
                raise CorpusReadError(f"Cannot read {path}: it is {_kind(mode)}.")
            return file.read()
        except OSError as error:
            raise CorpusReadError(f"Cannot read {path}: {error.strerror or error}.") from error
