"""The one place that says what time it is, and how times are written down.

Every part asks :func:`now` instead of ``datetime.now()`` so that the demo
company and the tests can run "as of" a fixed moment (``DEALTRAIL_NOW``, an
ISO-8601 time with an offset, or :func:`freeze`).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from .errors import ConfigError

_frozen: datetime | None = None


def now() -> datetime:
    """The current time, aware, in UTC."""
    if _frozen is not None:
        return _frozen
    fixed = os.environ.get("DEALTRAIL_NOW")
    if fixed:
        try:
            return parse_iso(fixed)
        except ValueError as exc:
            raise ConfigError(
                f"DEALTRAIL_NOW={fixed!r} is not an ISO time with an offset "
                "(example: 2026-11-27T09:00:00+03:00); unset it to use the real clock"
            ) from exc
    return datetime.now(UTC)


@contextmanager
def freeze(moment: datetime) -> Iterator[datetime]:
    """Run a block as if it were ``moment`` (aware)."""
    global _frozen
    if moment.tzinfo is None:
        raise ValueError("freeze() needs an aware datetime")
    previous, _frozen = _frozen, moment.astimezone(UTC)
    try:
        yield _frozen
    finally:
        _frozen = previous


def iso(moment: datetime) -> str:
    """UTC ISO-8601 text for storage; refuses naive datetimes."""
    if moment.tzinfo is None:
        raise ValueError(f"naive datetime {moment!r} cannot be stored; attach a time zone")
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def parse_iso(text: str) -> datetime:
    """Read a stored or user-given ISO-8601 time; a missing offset means UTC."""
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def local_date(moment: datetime, tz: str | ZoneInfo) -> date:
    """The calendar date of ``moment`` for a person in ``tz``."""
    zone = tz if isinstance(tz, ZoneInfo) else ZoneInfo(tz)
    return moment.astimezone(zone).date()
