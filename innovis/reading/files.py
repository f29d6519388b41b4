"""Which files make up a corpus: a file itself, or every release below a folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..errors import CorpusNotFoundError

SUFFIXES = (".txt", ".md", ".markdown")


def _releases(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(part.startswith((".", "_")) for part in relative.parts):
            continue
        if path.suffix.lower() in SUFFIXES and path.is_file():
            yield path


def corpus_files(path: str | Path) -> list[Path]:
    """Return the files a corpus path stands for: itself, or the releases below a folder.

    Files and folders whose names start with `.` or `_` are skipped.
    Raises CorpusNotFoundError when the path does not exist.
    """
    root = Path(path)
    if not root.exists():
        raise CorpusNotFoundError(
            f"No corpus at {root}: give a press release file or a folder of them."
        )
    return list(_releases(root)) if root.is_dir() else [root]
