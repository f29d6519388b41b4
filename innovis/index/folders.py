"""Where an index may be written, and writing it there durably.

An index folder is only ever replaced when INNOVIS wrote it: its manifest names the INNOVIS
index format and lists every file in the folder. A folder with anything else in it (a file the
user added, a manifest of some other program, a sub-folder) is refused, never emptied. New
indexes are written under a temporary name, flushed to disk (files and folder), and renamed
into place.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from ..errors import IndexWriteError
from ..processes import alive

MANIFEST = "manifest.json"
FORMAT = "innovis-index"
# A manifest is a few kilobytes; anything much larger is not one of ours.
MANIFEST_LIMIT = 1 << 20
# Whether writes are flushed to disk before an index is renamed into place. Only tests turn it
# off, as test suites run under eatmydata do: on a busy disk each flush takes tens of ms.
DURABLE = True


def is_manifest(path: Path) -> bool:
    """Return whether `path` is a manifest INNOVIS wrote: a small JSON object whose "format"
    is the INNOVIS index format (a marker no other program's manifest carries)."""
    try:
        if not path.is_file() or path.stat().st_size > MANIFEST_LIMIT:
            return False
        manifest = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, ValueError, RecursionError):
        return False
    return isinstance(manifest, dict) and manifest.get("format") == FORMAT


def written_by_innovis(folder: Path) -> bool:
    """Return whether `folder` holds an INNOVIS index and nothing else: a manifest of the
    INNOVIS format (of any version) that lists every other file in the folder."""
    try:
        manifest_path = folder / MANIFEST
        if not manifest_path.is_file() or manifest_path.stat().st_size > MANIFEST_LIMIT:
            return False
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        entries = list(folder.iterdir())
    except (OSError, ValueError, RecursionError):
        return False
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        return False
    listed = manifest.get("files", manifest.get("sizes"))  # "sizes": format 3 and before
    if not isinstance(listed, dict):
        return False
    return all(
        entry.name == MANIFEST or (entry.name in listed and _is_plain_file(entry))
        for entry in entries
    )


def _is_plain_file(path: Path) -> bool:
    return path.is_file() and not path.is_symlink()


def check_output(folder: Path) -> None:
    """Check that an index may be written to `folder`: it is new, an empty folder, or a folder
    holding an INNOVIS index (and nothing else), in a folder that can be written.

    Raises IndexWriteError saying why not.
    """
    if str(folder) in ("", "."):
        raise IndexWriteError("Give the index a folder name of its own, such as `-o my-index`.")
    if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
        raise IndexWriteError(f"{folder} is a file, not a folder: give a new folder for the index.")
    if folder.is_dir():
        try:
            empty = not any(folder.iterdir())
        except OSError as error:
            raise IndexWriteError(f"Cannot look into {folder}: {_reason(error)}.") from error
        if not empty and not written_by_innovis(folder):
            raise IndexWriteError(
                f"{folder} is a folder with other files in it (such as "
                f"{_foreign_example(folder)}), which INNOVIS did not write and will not "
                "delete: give a new or empty folder, or an index folder INNOVIS wrote."
            )
    parent = _existing_parent(folder)
    if not parent.is_dir():
        raise IndexWriteError(f"{parent} is a file, so {folder} cannot be made in it.")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise IndexWriteError(
            f"Cannot write in {parent} (permission denied): give a folder you can write to."
        )


def _existing_parent(folder: Path) -> Path:
    parent = folder.absolute().parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    return parent


def _foreign_example(folder: Path) -> str:
    """Return the name of one entry of `folder` that is not part of an index."""
    names = sorted(entry.name for entry in folder.iterdir())
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        listed = set(manifest.get("files", manifest.get("sizes", {})))
        ours = manifest.get("format") == FORMAT
    except (OSError, ValueError, RecursionError, AttributeError, TypeError):
        listed, ours = set(), False
    foreign = [n for n in names if not ours or (n != MANIFEST and n not in listed)]
    return repr((foreign or names)[0])


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


def write_file(path: Path, data: bytes) -> None:
    """Write `data` to a new file at `path` and flush it to disk."""
    with path.open("xb") as file:
        file.write(data)
        file.flush()
        flush(file.fileno())


def flush(descriptor: int) -> None:
    """Flush an open file's data to disk (see DURABLE)."""
    if DURABLE:
        os.fsync(descriptor)


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries (names of new and renamed files) to disk, where possible."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # some systems cannot open folders; their renames are durable by other means
    try:
        flush(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def remove_stale_temporaries(folder: Path) -> None:
    """Remove the temporary folders that runs killed while writing an index to `folder` left
    beside it (`.NAME.PID.*`, of a process that is gone), when they hold nothing but index
    files: INNOVIS removes only what it can tell it wrote."""
    import glob
    import shutil

    prefix = f".{folder.name}."
    for path in folder.parent.glob(glob.escape(prefix) + "*"):
        process = path.name[len(prefix) :].split(".", 1)[0]
        if not process.isdigit() or alive(int(process)) or path.is_symlink():
            continue
        try:
            entries = list(path.iterdir())
        except OSError:
            continue
        if all(_is_plain_file(e) and e.suffix in (".json", ".npy", ".utf8") for e in entries):
            shutil.rmtree(path, ignore_errors=True)


def replace_folder(temporary: Path, folder: Path) -> None:
    """Move the finished `temporary` folder to `folder`; an old index there is removed only
    after the move. The caller has checked that `folder` may be replaced."""
    import shutil  # imported here: it costs a cold `innovis ask` several milliseconds
    import tempfile

    sync_folder(temporary)
    if not folder.exists():
        os.replace(temporary, folder)
    else:
        prefix = f".{folder.name}.{os.getpid()}.old."  # the process id: see cache.py
        old = Path(tempfile.mkdtemp(prefix=prefix, dir=folder.parent))
        os.replace(folder, old / "index")
        os.replace(temporary, folder)
        shutil.rmtree(old, ignore_errors=True)
    sync_folder(folder.parent)
