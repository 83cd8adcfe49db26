"""Limits that keep one caller from wearing the service down: body size and attempts per source.

* :data:`MAX_BODY` caps every API request body. A declared ``Content-Length``
  over the cap is refused before a byte of the body is read; a body sent
  without one is read only up to the cap.
* :class:`Throttle` counts attempts per source address in a sliding window.
  The API uses one for pairing (every attempt counts) and one for failed
  sign-ins (only refusals count), so guessing codes or tokens from one
  address is slowed to a crawl while people who sign in properly are never
  held up. The source is the TCP peer: behind a reverse proxy, every caller
  shares the proxy's address (see docs/security.md).
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

from starlette.requests import Request

from dealtrail.errors import DealtrailError

MAX_BODY = 64 * 1024                 # the largest real body is a 2 000-character note
PAIR_ATTEMPTS = (10, 60.0)           # per source: attempts, per seconds
FAILED_SIGN_INS = (30, 60.0)         # per source: refused credentials, per seconds
_SWEEP_AT = 10_000                   # sources remembered before the quiet ones are dropped


class BodyTooLarge(DealtrailError):
    """The request body is over :data:`MAX_BODY` (HTTP 413)."""


class Throttle:
    """At most ``limit`` events per ``window`` seconds per key (a sliding window, in memory)."""

    def __init__(self, limit: int, window: float,
                 now: Callable[[], float] = time.monotonic) -> None:
        self.limit, self.window, self._now = limit, window, now
        self._seen: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str) -> deque[float] | None:
        """The key's events still in the window; None (and forgotten) when there are none."""
        seen = self._seen.get(key)
        if seen is None:
            return None
        cutoff = self._now() - self.window
        while seen and seen[0] <= cutoff:
            seen.popleft()
        if not seen:
            del self._seen[key]
            return None
        return seen

    def exhausted(self, key: str) -> bool:
        """Has ``key`` used up its events in the current window?"""
        with self._lock:
            seen = self._recent(key)
            return seen is not None and len(seen) >= self.limit

    def hit(self, key: str) -> None:
        """Count one event for ``key``."""
        with self._lock:
            if len(self._seen) > _SWEEP_AT:      # many quiet sources: forget them
                for stale in list(self._seen):
                    self._recent(stale)
            seen = self._recent(key)
            if seen is None:
                seen = self._seen[key] = deque()
            seen.append(self._now())

    def retry_after(self, key: str) -> int:
        """Seconds until ``key`` may try again."""
        with self._lock:
            seen = self._recent(key)
            return max(1, int(seen[0] + self.window - self._now()) + 1) if seen else 1


async def read_body(request: Request, limit: int = MAX_BODY) -> bytes:
    """The request body, refusing (without reading it) one that is over ``limit`` bytes."""
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        raise BodyTooLarge(f"the request body is over {limit // 1024} KB; send less")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge(f"the request body is over {limit // 1024} KB; send less")
        chunks.append(chunk)
    return b"".join(chunks)


def source_of(request: Request) -> str:
    """The address a request came from (the TCP peer)."""
    return request.client.host if request.client else "unknown"
