"""Which files make up a corpus: a file itself, or every release below a folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..errors import CorpusNotFoundError

# Plain text and Markdown releases, saved web pages, and CMS exports (one release a record).
SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl", ".csv")


def _visible_files(folder: Path) -> Iterator[Path]:
    """Yield the regular files below `folder` whose path has no part starting with `.` or `_`."""
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(part.startswith((".", "_")) for part in relative.parts):
            continue
        if path.is_file():
            yield path


def _existing(path: str | Path) -> Path:
    root = Path(path)
    if not root.exists():
        raise CorpusNotFoundError(
            f"No corpus at {root}: give a press release file or a folder of them."
        )
    return root


def corpus_files(path: str | Path) -> list[Path]:
    """Return the files a corpus path stands for: itself, or the releases below a folder.

    Releases are files with one of SUFFIXES; files and folders whose names start with `.` or
    `_` are skipped. Raises CorpusNotFoundError when the path does not exist.
    """
    root = _existing(path)
    if not root.is_dir():
        return [root]
    return [file for file in _visible_files(root) if file.suffix.lower() in SUFFIXES]


def other_files(path: str | Path) -> list[Path]:
    """Return the visible files below a corpus folder that are not releases (none for a file).

    Raises CorpusNotFoundError when the path does not exist.
    """
    root = _existing(path)
    if not root.is_dir():
        return []
    return [file for file in _visible_files(root) if file.suffix.lower() not in SUFFIXES]
