"""Whether a process still runs: leftovers named after a dead process may be removed."""

from __future__ import annotations

import os


def alive(process: int) -> bool:
    """Return whether process number `process` exists (owned by anyone)."""
    try:
        os.kill(process, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, and belongs to someone else
    return True
