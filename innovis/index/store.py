"""Saving a CorpusIndex to a folder of plain files, and loading it back.

The folder holds `manifest.json` (format, version, configuration, counts, and the size and
checksum of every other file), JSON for the vocabularies and small tables, and `.npy` arrays,
which are memory-mapped on load (numpy's format, read without numpy and never with pickle).

Writing never destroys what INNOVIS did not write (`folders.py`): an index is written under a
temporary name, flushed to disk, and renamed into place, so a reader never sees half an index.
Loading checks the format and version, every file's size and checksum (`verified.py`), and the
shape and range of every array and table (`checks.py`) before any of it is used: a damaged,
truncated, foreign or old index raises IndexFormatError rather than give wrong answers.
"""

from __future__ import annotations

import json
import math
import os
from collections import Counter
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path

from ..errors import IndexFormatError, IndexWriteError
from ..text.acronyms import Acronyms
from .arrays import open_array, save_array
from .bm25 import BM25Parameters
from .checks import check_bm25, check_sentences
from .corpus_index import FORMAT_VERSION, CorpusIndex, SentenceTable
from .documents import DocumentInfo, DocumentTable
from .folders import (
    FORMAT,
    MANIFEST,
    check_output,
    is_manifest,
    remove_stale_temporaries,
    replace_folder,
    sync_folder,
    write_file,
)
from .postings import ARRAYS, BM25Index
from .ranking import RankingConfig
from .verified import IndexFiles, file_checksum, manifest_checksum, read_manifest

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_SENTENCE_COLUMNS = ("document", "paragraph", "start", "end", "paragraph_first", "document_first")
__all__ = ["FORMAT", "MANIFEST", "is_index", "load", "load_with", "save"]


def is_index(path: Path) -> bool:
    """Return whether `path` is a folder that holds a saved index (of any version, damaged or
    not: loading it tells which): its manifest names the INNOVIS index format, or it is
    unreadable beside the texts file every index has. A folder of releases that happens to
    hold some other program's `manifest.json` is not one."""
    manifest = path / MANIFEST
    try:
        return is_manifest(manifest) or (manifest.is_file() and (path / "texts.utf8").is_file())
    except OSError:  # a path too long to look at, say: not an index, and reading it will say why
        return False


def save(
    index: CorpusIndex,
    folder: Path,
    extra: Mapping[str, Any] | None = None,
    *,
    owned: bool = False,
    side: Mapping[str, Any] | None = None,
) -> None:
    """Write `index` to `folder`, replacing what was there only once it is complete.

    `folder` must be new, empty, or hold an index INNOVIS wrote and nothing else, unless
    `owned` (the cache's own entries). `extra` is stored in the manifest (the cache keeps its
    key there); `side` maps names of JSON files to write beside the index, listed and checked
    like its own (`load_with` reads one back). Raises IndexWriteError when the folder may not
    or cannot be written.
    """
    import shutil
    import tempfile

    if not owned:
        check_output(folder)
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(folder)
        # The process id lets a later run tell the leftovers of a killed one (cache.py).
        temporary = Path(
            tempfile.mkdtemp(prefix=f".{folder.name}.{os.getpid()}.", dir=folder.parent)
        )
    except OSError as error:
        raise IndexWriteError(f"Cannot write {folder}: {error.strerror or error}.") from error
    try:
        for name, content in (side or {}).items():
            _write_json(temporary / name, content)
        _write_files(index, temporary)
        files = {}
        for path in sorted(temporary.iterdir()):
            descriptor = os.open(path, os.O_RDONLY)
            try:
                size = os.fstat(descriptor).st_size
                files[path.name] = {"size": size, "crc32": file_checksum(descriptor)}
            finally:
                os.close(descriptor)
        manifest: dict[str, Any] = {
            **(extra or {}),
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "config": index.config.to_dict(),
            "documents": len(index.documents),
            "sentences": index.sentence_index.n_documents,
            "paragraphs": index.paragraph_index.n_documents,
            "files": files,
        }
        manifest["checksum"] = manifest_checksum(manifest)
        _write_json(temporary / MANIFEST, manifest)
        if not owned:
            check_output(folder)  # files may have appeared there while the index was built
        replace_folder(temporary, folder)
    except BaseException as error:
        shutil.rmtree(temporary, ignore_errors=True)
        if isinstance(error, OSError):
            reason = error.strerror or str(error)
            raise IndexWriteError(f"Cannot write {folder}: {reason}.") from error
        raise


def _write_files(index: CorpusIndex, folder: Path) -> None:
    """Write every file of `index` but the manifest into `folder`, each flushed to disk."""
    import numpy as np

    texts = [index.documents.text(i).encode("utf-8") for i in range(len(index.documents))]
    write_file(folder / "texts.utf8", b"".join(texts))
    offsets = np.zeros(len(texts) + 1, dtype=np.int64)
    np.cumsum([len(t) for t in texts], out=offsets[1:])
    save_array(folder / "text_offsets.npy", offsets)
    _write_json(folder / "documents.json", [i.to_dict() for i in index.documents.infos])
    for column in _SENTENCE_COLUMNS:
        save_array(folder / f"sentence_{column}.npy", np.asarray(getattr(index.sentences, column)))
    save_bm25(index.sentence_index, folder, "sentences")
    shared = index.paragraph_index.vocabulary is index.sentence_index.vocabulary
    save_bm25(index.paragraph_index, folder, "paragraphs", "sentences" if shared else None)
    _write_json(folder / "titles.json", index.titles)
    _write_json(folder / "acronyms.json", index.acronyms.pairs())
    _write_json(folder / "topics.json", index.topics)
    _write_json(folder / "words.json", index.words())
    _write_json(folder / "stems.json", index.stems())
    sync_folder(folder)


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
    folder: Path,
    name: str,
    shared: Mapping[str, Mapping[str, int]] | None = None,
    files: IndexFiles | None = None,
) -> BM25Index:
    """Return the BM25 index `save_bm25` wrote; `shared` maps names of indexes already loaded
    to their vocabularies; `files` checks each file against a manifest (without it, as for an
    index saved alone by `save_bm25`, files are only checked for shape and range).

    Raises IndexFormatError when it is unusable.
    """
    source: IndexFiles | _PlainFiles = files or _PlainFiles(folder)
    try:
        meta = source.json(f"{name}.json")
        owner = meta["vocabulary_of"]
        if shared is not None and owner in shared:
            vocabulary = shared[owner]
        else:
            terms = source.json(f"{owner}.vocabulary.json")
            if not isinstance(terms, list) or not set(map(type, terms)) <= {str}:
                raise IndexFormatError("its vocabulary is not a list of words")
            vocabulary = {term: i for i, term in enumerate(terms)}
            if len(vocabulary) != len(terms):
                raise IndexFormatError("its vocabulary repeats a word")
        parameters = _parameters(meta["parameters"])
        n_documents = meta["documents"]
        if not isinstance(n_documents, int) or n_documents < 0:
            raise IndexFormatError("it gives no number of documents")
        arrays = {array: source.array(f"{name}.{array}.npy") for array in ARRAYS}
        check_bm25(arrays, len(vocabulary), n_documents)
        return BM25Index(vocabulary, arrays, n_documents, parameters)
    except (ValueError, KeyError, TypeError, IndexFormatError) as error:
        raise IndexFormatError(f"The {name} index in {folder} is damaged ({error}).") from error


def _parameters(data: Any) -> BM25Parameters:
    """Return the BM25 parameters saved as `data`. Raises TypeError or ValueError."""
    parameters = BM25Parameters(**data)
    numbers = [parameters.k1, parameters.b, parameters.epsilon]
    if parameters.delta is not None:
        numbers.append(parameters.delta)
    if parameters.variant not in ("okapi", "l", "plus") or not all(
        isinstance(n, int | float) and math.isfinite(n) for n in numbers
    ):
        raise ValueError(f"BM25 parameters out of range: {data}")
    return parameters


class _PlainFiles:
    """The files of an index saved without a manifest, read as they are."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder

    def json(self, name: str) -> Any:
        try:
            return json.loads((self._folder / name).read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError) as error:
            raise IndexFormatError(f"Cannot read {self._folder / name} ({error}).") from error

    def array(self, name: str) -> memoryview[Any]:
        return open_array(self._folder / name)


def _write_json(path: Path, data: Any) -> None:
    write_file(path, json.dumps(data, ensure_ascii=False).encode("utf-8"))


def load(folder: Path, *, verify: bool = True) -> CorpusIndex:
    """Return the index saved in `folder`, every file checked (see the module docstring).

    `verify` False skips the checksums (not the sizes, shapes and ranges); it is there only to
    measure what they cost. Raises IndexFormatError.
    """
    return load_with(folder, verify=verify)[0]


def load_with(
    folder: Path, side: str | None = None, *, verify: bool = True
) -> tuple[CorpusIndex, Any]:
    """Return the index saved in `folder` (as `load` does) and the content of the JSON file
    `side` saved beside it (`save(side=...)`), checked as the index's own files are; None when
    it saved no such file. Raises IndexFormatError.
    """
    manifest = read_manifest(folder, FORMAT_VERSION)
    files = IndexFiles(folder, manifest["files"], verify)
    try:
        index = _load(folder, manifest, files)
        content = files.json(side) if side is not None and side in manifest["files"] else None
    except IndexFormatError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise IndexFormatError(f"The index in {folder} is damaged ({error}).") from error
    return index, content


def _load(folder: Path, manifest: dict[str, Any], files: IndexFiles) -> CorpusIndex:
    """Return the index in `folder` (see `load`); raises IndexFormatError, and for tables of
    the wrong shape, ValueError, KeyError, TypeError or AttributeError."""
    n_sentences, n_paragraphs = manifest["sentences"], manifest["paragraphs"]
    config = RankingConfig.from_dict(manifest["config"])
    infos = [DocumentInfo.from_dict(d) for d in _list(files.json("documents.json"), dict)]
    offsets = files.array("text_offsets.npy")
    columns = {c: files.array(f"sentence_{c}.npy") for c in _SENTENCE_COLUMNS}
    check_sentences(
        columns, offsets, manifest["files"]["texts.utf8"]["size"], n_sentences, n_paragraphs
    )
    if len(infos) != manifest["documents"] or len(offsets) != len(infos) + 1:
        raise IndexFormatError(f"The index in {folder} is damaged: its documents do not agree.")
    sentences = load_bm25(folder, "sentences", files=files)
    paragraphs = load_bm25(folder, "paragraphs", {"sentences": sentences.vocabulary}, files)
    if (sentences.n_documents, paragraphs.n_documents) != (n_sentences, n_paragraphs):
        raise IndexFormatError(f"The index in {folder} is damaged: its counts do not agree.")
    titles = files.json("titles.json")
    if not isinstance(titles, dict) or not all(
        isinstance(term, str) and _ids(numbers, len(infos)) for term, numbers in titles.items()
    ):
        raise IndexFormatError(f"The titles of the index in {folder} are damaged.")
    pairs = _list(files.json("acronyms.json"), list)
    if not all(len(pair) == 2 and isinstance(pair[0], str) for pair in pairs):
        raise TypeError("expected pairs of an acronym and its terms")
    acronyms = Acronyms((short, tuple(_strings(long))) for short, long in pairs)
    return CorpusIndex(
        documents=DocumentTable(infos, _text_reader(folder, files, offsets)),
        config=config,
        sentences=SentenceTable(**columns),
        sentence_index=sentences,
        paragraph_index=paragraphs,
        titles=titles,
        acronyms=acronyms,
        topics=_strings(files.json("topics.json")),
        words=_lazy(files.lazy_json("words.json"), _words),
        stems=_lazy(files.lazy_json("stems.json"), _stems),
    )


def _list(value: Any, kind: type) -> list[Any]:
    """Return `value` if it is a list of `kind`. Raises TypeError."""
    if not isinstance(value, list) or not set(map(type, value)) <= {kind}:
        raise TypeError(f"expected a list of {kind.__name__}")
    return value


def _strings(value: Any) -> list[str]:
    """Return `value` if it is a list of strings. Raises TypeError."""
    return _list(value, str)


def _ids(value: Any, limit: int) -> bool:
    """Return whether `value` is a list of ints from 0 to limit - 1 (min, max and the set of
    types run in C: a million-sentence index has half a million title entries)."""
    if not isinstance(value, list):
        return False
    return not value or (set(map(type, value)) == {int} and 0 <= min(value) <= max(value) < limit)


def _words(value: Any) -> Counter[str]:
    if not isinstance(value, dict) or not all(
        isinstance(word, str) and type(count) is int and count > 0 for word, count in value.items()
    ):
        raise IndexFormatError("The word counts of the index are damaged.")
    return Counter(value)


def _stems(value: Any) -> dict[str, str]:
    if not (
        isinstance(value, dict)
        and set(map(type, value)) <= {str}
        and set(map(type, value.values())) <= {str}
    ):
        raise IndexFormatError("The word stems of the index are damaged.")
    return value


def _text_reader(folder: Path, files: IndexFiles, offsets: memoryview[Any]) -> Callable[[int], str]:
    """Return the function that reads document `number`'s text (offsets are checked)."""
    read = files.bytes_reader("texts.utf8")

    def text(number: int) -> str:
        try:
            return read(offsets[number], offsets[number + 1]).decode("utf-8")
        except UnicodeDecodeError as error:
            raise IndexFormatError(f"The texts of the index in {folder} are damaged.") from error

    return text


def _lazy(read: Callable[[], Any], check: Callable[[Any], Any]) -> Callable[[], Any]:
    """Return a function that reads and checks a table once, on the first call (large tables
    most questions never need)."""
    return cache(lambda: check(read()))
