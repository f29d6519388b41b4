"""A bounded memory of recent replies: the same message, in the same conversation state, gets
the same reply from an index that never changes, so a repeated question is answered without
ranking it again. Visitors to one site ask the same few things; this makes those cheap.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from typing import Generic, TypeVar

Value = TypeVar("Value")
DEFAULT_ENTRIES = 2048


class Memo(Generic[Value]):
    """Least-recently-used memory of at most `entries` values (0: remembers nothing)."""

    def __init__(self, entries: int = DEFAULT_ENTRIES) -> None:
        self._entries = entries
        self._values: OrderedDict[Hashable, Value] = OrderedDict()

    def get(self, key: Hashable) -> Value | None:
        """Return the value remembered for `key`, or None."""
        value = self._values.get(key)
        if value is not None:
            self._values.move_to_end(key)
        return value

    def put(self, key: Hashable, value: Value) -> None:
        """Remember `value` for `key`, forgetting the least recently used past the bound."""
        if self._entries <= 0:
            return
        self._values[key] = value
        self._values.move_to_end(key)
        while len(self._values) > self._entries:
            self._values.popitem(last=False)

    def __len__(self) -> int:
        """Return how many values are remembered."""
        return len(self._values)
