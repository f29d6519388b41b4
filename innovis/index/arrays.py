"""Reading `.npy` files without numpy: memory-mapped, read-only, as typed memoryviews.

Answering a question from a saved index must start fast, and importing numpy alone takes
several times as long as starting Python. The `.npy` format (a magic string, a header dict,
then the raw array) is simple enough to map with the standard library; numpy wraps the same
memory without a copy when a large query needs it (`as_numpy`).
"""

from __future__ import annotations

import mmap
import re
import sys
from pathlib import Path

from ..errors import IndexFormatError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    import numpy.typing as npt

_MAGIC = b"\x93NUMPY"
# dtype as numpy writes it on a little-endian machine -> struct format for memoryview.cast
FORMATS = {"<i4": "i", "<i8": "q", "<f8": "d"}
_ITEMSIZE = {"i": 4, "q": 8, "d": 8}
# The header dict exactly as numpy writes it (read by pattern, not ast, which is slow to import).
_HEADER = re.compile(
    r"\{'descr': '([^']*)', 'fortran_order': (False|True), 'shape': \(([^)]*)\), \}[ ]*\n?"
)


def open_array(path: Path) -> memoryview[Any]:
    """Return the 1-D array in a `.npy` file as a read-only memoryview of ints or floats.

    Raises IndexFormatError when the file is missing, truncated or not a plain 1-D array of
    int32, int64 or float64 (pickled object arrays are refused, as numpy's allow_pickle=False).
    """
    try:
        with path.open("rb") as file:
            return map_array(file.fileno(), path)
    except OSError as error:
        raise IndexFormatError(f"Cannot read {path}: {error.strerror or error}.") from error


def map_array(descriptor: int, path: Path) -> memoryview[Any]:
    """Return the array in the open `.npy` file `descriptor` (named `path` in messages), as
    `open_array` does. The mapping outlives the descriptor and the file's name."""
    import os

    if os.fstat(descriptor).st_size == 0:
        raise IndexFormatError(f"{path} is empty.")
    mapped = mmap.mmap(descriptor, 0, access=mmap.ACCESS_READ)
    data_start, descr, length = _header(path, mapped)
    format_char = FORMATS[descr]
    view = memoryview(mapped)[data_start:]
    if len(view) != length * _ITEMSIZE[format_char]:
        raise IndexFormatError(f"{path} is truncated or padded: not the array it says.")
    return typed(view, format_char)


def typed(view: memoryview[Any], code: str) -> memoryview[Any]:
    """Return a byte view cast to int32 ("i"), int64 ("q") or float64 ("d") items."""
    if code == "d":
        return view.cast("d")
    return view.cast("q") if code == "q" else view.cast("i")


def _header(path: Path, mapped: mmap.mmap) -> tuple[int, str, int]:
    """Return (offset of the data, dtype, number of items) of a `.npy` file."""
    if mapped[:6] != _MAGIC or sys.byteorder != "little":
        raise IndexFormatError(f"{path} is not a numpy array file this machine can read.")
    major = mapped[6]
    size_bytes = 2 if major == 1 else 4
    header_length = int.from_bytes(mapped[8 : 8 + size_bytes], "little")
    start = 8 + size_bytes
    # numpy's headers are a few dozen bytes; a longer one is damage, not worth a regex pass.
    if header_length > 4096 or start + header_length > len(mapped):
        raise IndexFormatError(f"{path} has a damaged header.")
    header = _HEADER.fullmatch(mapped[start : start + header_length].decode("latin-1"))
    if header is None:
        raise IndexFormatError(f"{path} has a damaged header.")
    descr, fortran, shape = header.groups()
    if descr not in FORMATS or fortran == "True" or not re.fullmatch(r"\d{1,18},", shape):
        raise IndexFormatError(f"{path} holds {descr} ({shape}): not an INNOVIS index array.")
    return start + header_length, descr, int(shape[:-1])


def as_numpy(view: memoryview[Any]) -> npt.NDArray[Any]:
    """Return a numpy array over the same memory as `view` (no copy)."""
    import numpy as np

    return np.frombuffer(view, dtype={"i": np.int32, "q": np.int64, "d": np.float64}[view.format])


def save_array(path: Path, array: npt.NDArray[Any]) -> None:
    """Write a 1-D int32, int64 or float64 numpy array as a new `.npy` file `open_array`
    reads, flushed to disk."""
    import numpy as np

    from .folders import flush

    with path.open("xb") as file:
        np.save(file, np.ascontiguousarray(array), allow_pickle=False)
        file.flush()
        flush(file.fileno())
