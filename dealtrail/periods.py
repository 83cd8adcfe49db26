"""Periods: a month ("2026-11"), a quarter ("2026-Q4") or a year ("2026").

One definition for the reports (plan/fact, sales, trends, the digest) and the rules
(``slipped_deal``: which month or quarter a date lies in, and where it ends).

A reporting period is a range of calendar dates in the company's time zone. Sales carry
the manager's local booking date, so a sale at 23:30 Moscow time on the 31st
belongs to that month even though it is already the 1st in some other zone.
Timestamps (violations, complaints, contacts) are compared against the
period's bounds converted to UTC.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dealtrail import clock
from dealtrail.errors import ConfigError
from dealtrail.workdays import WEEK_STARTS, BusinessCalendar

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-[Qq]([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")


@dataclass(frozen=True)
class Period:
    """A month, quarter, year or business week: ``start`` and ``end`` are inclusive calendar
    dates."""

    key: str
    kind: str  # month | quarter | year | week | days
    start: date
    end: date

    @classmethod
    def days(cls, start: date, end: date) -> Period:
        """Any span of calendar days, both ends inclusive, e.g. the weekly digest's seven days."""
        if end < start:
            raise ConfigError(f"period {start.isoformat()}..{end.isoformat()} ends before it "
                              "starts; give the earlier day first")
        return cls(f"{start.isoformat()}..{end.isoformat()}", "days", start, end)

    @property
    def year(self) -> int:
        return self.start.year

    def contains(self, day: date) -> bool:
        """True when ``day`` lies inside the period."""
        return self.start <= day <= self.end

    def previous(self) -> Period:
        """The period of the same kind just before this one."""
        if self.kind == "days":
            return Period.days(self.start - (self.end - self.start) - timedelta(days=1),
                               self.start - timedelta(days=1))
        return period_containing(self.start - timedelta(days=1), self.kind)

    def next(self) -> Period:
        """The period of the same kind just after this one."""
        return period_containing(self.end + timedelta(days=1), self.kind)

    def last_year(self) -> Period:
        """The same period one year earlier."""
        if self.kind == "days":
            return Period.days(_year_before(self.start), _year_before(self.end))
        if self.kind == "week":
            return period_containing(_year_before(self.start), "week")
        return period_containing(self.start.replace(year=self.start.year - 1), self.kind)

    def months(self) -> list[Period]:
        """The months that make up the period, in order."""
        out, day = [], self.start
        while day <= self.end:
            month = period_containing(day, "month")
            out.append(month)
            day = month.end + timedelta(days=1)
        return out

    def quarters(self) -> list[Period]:
        """The quarters that make up a year (or the quarter itself)."""
        out, day = [], self.start
        while day <= self.end:
            quarter = period_containing(day, "quarter")
            out.append(quarter)
            day = quarter.end + timedelta(days=1)
        return out

    def utc_bounds(self, tz: str) -> tuple[str, str]:
        """[start, end) of the period as UTC ISO strings, for comparing stored timestamps."""
        zone = ZoneInfo(tz)
        lo = datetime.combine(self.start, time(0), zone)
        hi = datetime.combine(self.end + timedelta(days=1), time(0), zone)
        return clock.iso(lo), clock.iso(hi)

    def as_dict(self) -> dict[str, str]:
        return {"period": self.key, "kind": self.kind, "start": self.start.isoformat(),
                "end": self.end.isoformat()}


def _year_before(day: date) -> date:
    """The same calendar day a year earlier (29 February becomes the 28th)."""
    return day.replace(year=day.year - 1, day=min(day.day, 28 if day.month == 2 else day.day))


def _month_end(year: int, month: int) -> date:
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return nxt - timedelta(days=1)


@functools.lru_cache(maxsize=512)
def parse_period(text: str) -> Period:
    """Parse "2026-11", "2026-Q4" or "2026"; raise ConfigError naming the accepted forms."""
    value = (text or "").strip()
    if m := _MONTH.match(value):
        year, month = int(m[1]), int(m[2])
        if 1 <= month <= 12:
            return Period(f"{year:04d}-{month:02d}", "month", date(year, month, 1),
                          _month_end(year, month))
    elif m := _QUARTER.match(value):
        year, q = int(m[1]), int(m[2])
        return Period(f"{year:04d}-Q{q}", "quarter", date(year, 3 * q - 2, 1),
                      _month_end(year, 3 * q))
    elif m := _YEAR.match(value):
        year = int(m[1])
        return Period(f"{year:04d}", "year", date(year, 1, 1), date(year, 12, 31))
    raise ConfigError(
        f"period {text!r} is not understood; use a month (2026-11), a quarter (2026-Q4) "
        "or a year (2026)")


def week_containing(day: date) -> Period:
    """The business week that holds ``day`` (a local date in the company's zone): seven days
    from the day after the calendar's weekend (``dealtrail.workdays.WEEK_STARTS``, Monday),
    keyed by its ISO week ("2026-W49"). The one answer to "which week is this" for the
    workload's meetings this week and next, the trends' weekly bars and the weekly digest."""
    start = day - timedelta(days=(day.weekday() - WEEK_STARTS) % 7)
    year, week, _ = start.isocalendar()
    return Period(f"{year:04d}-W{week:02d}", "week", start, start + timedelta(days=6))


def period_containing(day: date, kind: str) -> Period:
    """The month, quarter, year or business week that contains ``day``."""
    if kind == "week":
        return week_containing(day)
    if kind == "month":
        return parse_period(f"{day.year:04d}-{day.month:02d}")
    if kind == "quarter":
        return parse_period(f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}")
    if kind == "year":
        return parse_period(f"{day.year:04d}")
    raise ConfigError(f"period kind {kind!r} is not one of month, quarter, year, week")


def resolve(period: str | Period | None, as_of: datetime, tz: str) -> Period:
    """A Period from text, or the current month in ``tz`` when ``period`` is None."""
    if isinstance(period, Period):
        return period
    if period is None or period == "":
        return period_containing(clock.local_date(as_of, tz), "month")
    return parse_period(period)


def business_days(cal: BusinessCalendar, start: date, end: date) -> int:
    """Workdays in [start, end], both inclusive; 0 when end < start."""
    count, day = 0, start
    while day <= end:
        count += cal.is_workday(day)
        day += timedelta(days=1)
    return count


def elapsed_business_days(cal: BusinessCalendar, period: Period, today: date) -> tuple[int, int]:
    """(elapsed, total) workdays of ``period`` as of ``today``; today counts as elapsed."""
    total = business_days(cal, period.start, period.end)
    if today < period.start:
        return 0, total
    if today > period.end:
        return total, total
    return business_days(cal, period.start, today), total


def presets(as_of: datetime, tz: str) -> dict[str, str]:
    """The current month, quarter and year in ``tz``: the period presets every screen offers.

    Pass the company's zone, as :func:`resolve` is given for a period left out."""
    today = clock.local_date(as_of, tz)
    return {kind: period_containing(today, kind).key for kind in ("month", "quarter", "year")}
