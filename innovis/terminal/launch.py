"""Starting the `innovis` command (and `python -m innovis`): the process around `cli.main`.

Importing the library makes thousands of objects (classes, functions, tables) that live as long
as the process. Python's garbage collector would scan them again and again as they are made,
and as Python exits it collects them all, freeing what the end of the process frees anyway:
~8 ms of a one-question `innovis ask`. So the collector is paused while the command line loads,
and what loading made is frozen (`gc.freeze`: left out of every later collection, the last one
included) before the command runs with the collector back on.
"""

from __future__ import annotations

import gc
import sys
from typing import TYPE_CHECKING

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
    sys.exit(main())
