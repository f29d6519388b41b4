"""Starting the `innovis` command (and `python -m innovis`): the process around `cli.main`.

Importing the library makes thousands of objects (classes, functions, tables) that live as long
as the process. Python's garbage collector would scan them again and again as they are made,
and as Python exits it collects them all, freeing what the end of the process frees anyway:
~8 ms of a one-question `innovis ask`. So the collector is paused while the command line loads,
and what loading made is frozen (`gc.freeze`: left out of every later collection, the last one
included) before the command runs with the collector back on.

Python's own exit then takes every module apart and frees every object one by one (~3 ms of a
one-question ask), work the end of the process does anyway. So when the command is done, nothing
is registered to run at exit and no other thread runs, the process ends at once with its status,
its output flushed first (`os._exit`: the way Instagram's servers skip the same work).
"""

from __future__ import annotations

import atexit
import gc
import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import NoReturn


def run() -> NoReturn:
    """Run the command line as the whole life of a process; exit with `cli.main`'s status."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        from .cli import main
    finally:
        gc.freeze()
        if collecting:
            gc.enable()
    status = main()
    if _may_end_at_once(status):
        os._exit(status)
    sys.exit(status)


def _may_end_at_once(status: object) -> bool:
    """Return whether the process may end without Python's exit: `status` is a number, nothing
    waits to run at exit or in another thread, and standard output and error are flushed."""
    threading = sys.modules.get("threading")
    if (
        not isinstance(status, int)
        or atexit._ncallbacks()
        or (threading and threading.active_count() > 1)
    ):
        return False
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:  # None: the process started with it closed (`>&-`)
                stream.flush()
    except (OSError, ValueError):  # closed or gone: Python's exit deals with them
        return False
    return True
