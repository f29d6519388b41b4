"""A per-client request rate limit: a token bucket per client address, in bounded memory."""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Callable

# The clients remembered at once; past it, the one seen longest ago is forgotten (and so starts
# again with a full allowance), which keeps memory flat under traffic from any number of
# addresses.
MAX_CLIENTS = 10_000


class RateLimiter:
    """Allows each client `per_minute` requests a minute, in bursts of up to that many."""

    def __init__(
        self,
        per_minute: int,
        clock: Callable[[], float] = time.monotonic,
        max_clients: int = MAX_CLIENTS,
    ) -> None:
        self._capacity = float(per_minute)
        self._rate = per_minute / 60.0  # allowance regained per second
        self._clock = clock
        self._max_clients = max_clients
        # client -> (allowance left, when it was last counted)
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def wait(self, client: str) -> int:
        """Count a request from `client`; return 0 when it may go ahead, else the whole
        number of seconds until it may (for Retry-After)."""
        now = self._clock()
        allowance, then = self._buckets.pop(client, (self._capacity, now))
        allowance = min(self._capacity, allowance + (now - then) * self._rate)
        if allowance >= 1:
            self._buckets[client] = (allowance - 1, now)
            wait = 0
        else:
            self._buckets[client] = (allowance, now)
            wait = max(1, math.ceil((1 - allowance) / self._rate))
        if len(self._buckets) > self._max_clients:
            self._buckets.popitem(last=False)
        return wait

    def __len__(self) -> int:
        """Return how many clients are remembered."""
        return len(self._buckets)
