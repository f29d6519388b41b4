"""Saving a CorpusIndex to a folder of plain files, and loading it back.

The folder holds `manifest.json` (format, version, configuration, sizes), JSON for the
vocabularies and small tables, and `.npy` arrays, which are memory-mapped on load (numpy's
format, read without numpy and never with pickle). A folder is written under a temporary name
and renamed into place, so a reader never sees half an index. Loading checks the format, the
version and every file's size; a damaged, truncated, foreign or old index raises
IndexFormatError rather than give wrong answers.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from ..errors import IndexFormatError
from ..text.acronyms import Acronyms
from .arrays import open_array, save_array
from .bm25 import BM25Parameters
from .corpus_index import FORMAT_VERSION, CorpusIndex, SentenceTable
from .documents import DocumentInfo, DocumentTable
from .postings import ARRAYS, BM25Index
from .ranking import RankingConfig

MANIFEST = "manifest.json"
FORMAT = "innovis-index"
_SENTENCE_COLUMNS = ("document", "paragraph", "start", "end", "paragraph_first", "document_first")


def is_index(path: Path) -> bool:
    """Return whether `path` is a folder that holds a saved index."""
    return (path / MANIFEST).is_file()


def save(index: CorpusIndex, folder: Path, extra: Mapping[str, Any] | None = None) -> None:
    """Write `index` to `folder`, replacing what was there only once it is complete.

    `extra` is stored in the manifest (the cache keeps its key there).
    """
    import shutil
    import tempfile

    import numpy as np

    folder.parent.mkdir(parents=True, exist_ok=True)
    temporary = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    try:
        texts = [index.documents.text(i).encode("utf-8") for i in range(len(index.documents))]
        (temporary / "texts.utf8").write_bytes(b"".join(texts))
        offsets = np.zeros(len(texts) + 1, dtype=np.int64)
        np.cumsum([len(t) for t in texts], out=offsets[1:])
        save_array(temporary / "text_offsets.npy", offsets)
        _write_json(temporary / "documents.json", [i.to_dict() for i in index.documents.infos])
        for column in _SENTENCE_COLUMNS:
            save_array(
                temporary / f"sentence_{column}.npy", np.asarray(getattr(index.sentences, column))
            )
        save_bm25(index.sentence_index, temporary, "sentences")
        shared = index.paragraph_index.vocabulary is index.sentence_index.vocabulary
        save_bm25(index.paragraph_index, temporary, "paragraphs", "sentences" if shared else None)
        _write_json(temporary / "titles.json", index.titles)
        _write_json(temporary / "acronyms.json", index.acronyms.pairs())
        _write_json(temporary / "topics.json", index.topics)
        _write_json(temporary / "words.json", index.words())
        _write_json(temporary / "stems.json", index.stems())
        sizes = {path.name: path.stat().st_size for path in temporary.iterdir()}
        manifest = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "config": index.config.to_dict(),
            "documents": len(index.documents),
            "sentences": index.sentence_index.n_documents,
            "paragraphs": index.paragraph_index.n_documents,
            "sizes": sizes,
            **(extra or {}),
        }
        _write_json(temporary / MANIFEST, manifest)
        _replace(temporary, folder)
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise


def save_bm25(index: BM25Index, folder: Path, name: str, vocabulary_of: str | None = None) -> None:
    """Write one BM25 index as `name.*` files in `folder` (created if need be).

    `vocabulary_of` names an index saved beside it whose vocabulary this one shares (the
    paragraphs share the sentences'), so it is written and loaded once.
    """
    import numpy as np

    folder.mkdir(parents=True, exist_ok=True)
    if vocabulary_of is None:
        _write_json(folder / f"{name}.vocabulary.json", list(index.vocabulary))
    meta = {
        "documents": index.n_documents,
        "parameters": index.parameters._asdict(),
        "vocabulary_of": vocabulary_of or name,
    }
    _write_json(folder / f"{name}.json", meta)
    for array, view in index.arrays().items():
        save_array(folder / f"{name}.{array}.npy", np.asarray(view))


def load_bm25(
    folder: Path, name: str, shared: Mapping[str, Mapping[str, int]] | None = None
) -> BM25Index:
    """Return the BM25 index `save_bm25` wrote; `shared` maps names of indexes already loaded
    to their vocabularies. Raises IndexFormatError when it is unusable."""
    try:
        meta = _read_json(folder / f"{name}.json")
        owner = meta["vocabulary_of"]
        if shared is not None and owner in shared:
            vocabulary = shared[owner]
        else:
            terms = _read_json(folder / f"{owner}.vocabulary.json")
            vocabulary = {term: i for i, term in enumerate(terms)}
        parameters = BM25Parameters(**meta["parameters"])
        arrays = {array: open_array(folder / f"{name}.{array}.npy") for array in ARRAYS}
        return BM25Index(vocabulary, arrays, meta["documents"], parameters)
    except IndexFormatError:
        raise
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise IndexFormatError(f"The {name} index in {folder} is damaged ({error}).") from error


def _write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def _replace(temporary: Path, folder: Path) -> None:
    """Move `temporary` to `folder`; an old folder there is removed only after the move."""
    import shutil
    import tempfile

    if not folder.exists():
        os.replace(temporary, folder)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{folder.name}.old.", dir=folder.parent))
    os.replace(folder, old / "index")
    os.replace(temporary, folder)
    shutil.rmtree(old, ignore_errors=True)


def read_manifest(folder: Path) -> dict[str, Any]:
    """Return the manifest of a saved index. Raises IndexFormatError for any other folder."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise IndexFormatError(f"{folder} holds no readable INNOVIS index.") from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise IndexFormatError(f"{folder} holds no INNOVIS index.")
    if manifest.get("version") != FORMAT_VERSION:
        raise IndexFormatError(
            f"{folder} holds an index of format {manifest.get('version')}, and this INNOVIS "
            f"reads format {FORMAT_VERSION}: build it again with `innovis index`."
        )
    return manifest


def load(folder: Path) -> CorpusIndex:
    """Return the index saved in `folder`. Raises IndexFormatError (see the module docstring)."""
    manifest = read_manifest(folder)
    try:
        for name, size in manifest["sizes"].items():
            if (folder / name).stat().st_size != size:
                raise IndexFormatError(f"{folder / name} has changed since it was written.")
        config = RankingConfig.from_dict(manifest["config"])
        infos = [DocumentInfo.from_dict(d) for d in _read_json(folder / "documents.json")]
        offsets = open_array(folder / "text_offsets.npy")
        texts = _byte_reader(folder / "texts.utf8")
        columns = {c: open_array(folder / f"sentence_{c}.npy") for c in _SENTENCE_COLUMNS}
        index = CorpusIndex(
            documents=DocumentTable(
                infos, lambda n: texts(offsets[n], offsets[n + 1]).decode("utf-8")
            ),
            config=config,
            sentences=SentenceTable(**columns),
            sentence_index=(sentences := load_bm25(folder, "sentences")),
            paragraph_index=load_bm25(folder, "paragraphs", {"sentences": sentences.vocabulary}),
            titles=_read_json(folder / "titles.json"),
            acronyms=Acronyms(
                (short, long) for short, long in _read_json(folder / "acronyms.json")
            ),
            topics=_read_json(folder / "topics.json"),
            words=_lazy(lambda: Counter(_read_json(folder / "words.json"))),
            stems=_lazy(lambda: _read_json(folder / "stems.json")),
        )
    except IndexFormatError:
        raise
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError) as error:
        raise IndexFormatError(f"The index in {folder} is damaged ({error}).") from error
    if len(infos) != manifest["documents"] or len(offsets) != len(infos) + 1:
        raise IndexFormatError(f"The index in {folder} is damaged: its documents do not agree.")
    if any(
        len(column) != manifest["sentences"]
        for name, column in columns.items()
        if name in ("document", "paragraph", "start", "end")
    ):
        raise IndexFormatError(f"The index in {folder} is damaged: its sentences do not agree.")
    return index


def _read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _byte_reader(path: Path) -> Callable[[int, int], bytes]:
    """Return a function that reads the bytes [start, end) of a file.

    Where the system has pread, the file is read, not memory-mapped: a question reads a couple
    of dozen sentences from random places, and each first touch of a mapped file maps 64 KB of
    it into the process (the kernel's fault-around), ~25 MB at a million sentences.
    """
    if hasattr(os, "pread"):
        return _FileBytes(path)
    import mmap

    with path.open("rb") as file:
        if path.stat().st_size == 0:
            return lambda start, end: b""
        view = memoryview(mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ))
    return lambda start, end: bytes(view[start:end])


class _FileBytes:
    """Reads byte ranges of a file with pread, which needs no lock between threads."""

    def __init__(self, path: Path) -> None:
        self._descriptor = os.open(path, os.O_RDONLY)

    def __call__(self, start: int, end: int) -> bytes:
        return os.pread(self._descriptor, end - start, start)

    def __del__(self) -> None:
        os.close(self._descriptor)


def _lazy(load: Callable[[], Any]) -> Callable[[], Any]:
    """Return `load`, run once on the first call (large tables most questions never need)."""
    return cache(load)
