"""Business calendar: working days and working hours of one country.

Inference resolves "within 3 business days" on it and rules measure reply and
contact deadlines in working hours on it. Public holidays come from the
``holidays`` package; the working Saturdays it knows (Russia moves days off
every year) count as workdays, and a company may add its own transferred
workdays and extra holidays on top.

A country code may carry a subdivision after a dash ("GB-SCT", "US-NY");
plain "GB" means England and Wales, where most banks' head offices sit.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable, Iterator
from datetime import date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

from dealtrail.config import Company, Settings
from dealtrail.errors import ConfigError
from dealtrail.messages import Msg

log = logging.getLogger(__name__)

_DEFAULT_SUBDIV = {"GB": "ENG"}


# The weekend of every calendar here (Monday is 0), and the day the business week starts on:
# the day after it. The reports' weeks (dealtrail/periods.py: week_containing) start there.
WEEKEND = (5, 6)
WEEK_STARTS = (WEEKEND[-1] + 1) % 7


class BusinessCalendar:
    """Workdays and working hours of one country, plus company-specific exceptions."""

    def __init__(self, country: str = "RU", *, transferred_workdays: Iterable[date] = (),
                 extra_holidays: Iterable[date] = (), work_start: time = time(9),
                 work_end: time = time(18)) -> None:
        code, _, subdiv = country.upper().partition("-")
        subdiv = subdiv or _DEFAULT_SUBDIV.get(code, "")
        # Imported here, not with this module: a command that counts no business day (a
        # sync with nothing new) never loads the package (~0.02 s).
        import holidays

        known = holidays.list_supported_countries()
        if code not in known or (subdiv and subdiv not in known[code]):
            raise ConfigError(Msg("calendar_country", value=country))
        if work_end <= work_start:
            raise ConfigError(Msg("calendar_hours", country=country, work_end=str(work_end),
                                  work_start=str(work_start)))
        self.country = country.upper()
        self._code, self._subdiv = code, subdiv or None
        self.work_start = work_start
        self.work_end = work_end
        self._transferred = frozenset(transferred_workdays)
        self._extra = frozenset(extra_holidays)
        self._years: set[int] = set()
        self._off: set[date] = set()
        self._weekend_work: set[date] = set()

    def __repr__(self) -> str:
        return f"BusinessCalendar({self.country!r})"

    def _load_year(self, year: int) -> None:
        import holidays

        table = holidays.country_holidays(self._code, subdiv=self._subdiv, years=year)
        self._off.update(d for d in table if d.year == year)
        self._weekend_work.update(
            d for d in getattr(table, "weekend_workdays", ()) if d.year == year)
        self._years.add(year)

    def is_workday(self, d: date) -> bool:
        """True when ``d`` is a working day: not a weekend or public holiday, or a moved workday."""
        if isinstance(d, datetime):
            d = d.date()
        if d in self._transferred:
            return True
        if d in self._extra:
            return False
        if d.year not in self._years:
            self._load_year(d.year)
        if d in self._weekend_work:
            return True
        if d.weekday() in WEEKEND:
            return False
        return d not in self._off

    def windows(self, tz: str | tzinfo, first: date, last: date
                ) -> Iterator[tuple[date, int, int, int]]:
        """Each local day ``first``..``last`` in ``tz`` as ``(day, midnight, work start,
        work end)``, the last three in epoch seconds; a day off has an empty window (start =
        end = midnight). The one answer to "when is this day's working time" for the rules'
        business-time table (rules/businesstime.py) and the workload's first-reply clock."""
        zone = ZoneInfo(tz) if isinstance(tz, str) else tz
        day = first
        while day <= last:
            start = int(datetime.combine(day, time(0), zone).timestamp())
            if self.is_workday(day):
                yield (day, start, int(datetime.combine(day, self.work_start, zone).timestamp()),
                       int(datetime.combine(day, self.work_end, zone).timestamp()))
            else:
                yield day, start, start, start
            day += timedelta(days=1)

    def next_workday(self, d: date) -> date:
        """``d`` itself when it is a workday, else the first workday after it."""
        while not self.is_workday(d):
            d += timedelta(days=1)
        return d

    def add_workdays(self, d: date, n: int) -> date:
        """The date ``n`` workdays after ``d`` (before it when ``n`` is negative); 0 -> ``d``."""
        step = 1 if n >= 0 else -1
        left = abs(n)
        while left:
            d += timedelta(days=step)
            if self.is_workday(d):
                left -= 1
        return d

    def day_start(self, d: date, tz: tzinfo) -> datetime:
        """The moment a day named without a time of day means for a next contact: the start
        of its working hours in ``tz`` (the pane's date, a CRM's date, a ``#next`` tag)."""
        return datetime.combine(d, self.work_start, tz)

    def _window(self, d: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
        return (self.day_start(d, tz), datetime.combine(d, self.work_end, tz))

    def business_hours_between(self, start: datetime, end: datetime, tz: ZoneInfo) -> float:
        """Working hours between two aware datetimes in zone ``tz``; negative when end < start."""
        if start.tzinfo is None or end.tzinfo is None:
            raise ValueError("business_hours_between needs timezone-aware datetimes")
        if end < start:
            return -self.business_hours_between(end, start, tz)
        a, b = start.astimezone(tz), end.astimezone(tz)
        total = 0.0
        d = a.date()
        while d <= b.date():
            if self.is_workday(d):
                lo, hi = self._window(d, tz)
                lo, hi = max(lo, a), min(hi, b)
                if hi > lo:
                    total += (hi - lo).total_seconds()
            d += timedelta(days=1)
        return total / 3600.0

    def add_business_hours(self, start: datetime, hours: float, tz: ZoneInfo) -> datetime:
        """The aware datetime (in ``tz``) that lies ``hours`` working hours after ``start``."""
        if start.tzinfo is None:
            raise ValueError("add_business_hours needs a timezone-aware datetime")
        if hours < 0:
            raise ValueError("add_business_hours counts forward only; pass hours >= 0")
        cur = start.astimezone(tz)
        left = hours * 3600.0
        while True:
            d = cur.date()
            if self.is_workday(d):
                lo, hi = self._window(d, tz)
                if cur < lo:
                    cur = lo
                if cur < hi:
                    avail = (hi - cur).total_seconds()
                    if left <= avail:
                        return cur + timedelta(seconds=left)
                    left -= avail
            cur = datetime.combine(d + timedelta(days=1), self.work_start, tz)


@functools.lru_cache(maxsize=64)
def _cached(country: str, transferred: frozenset[date], extra: frozenset[date],
            work_start: time = time(9), work_end: time = time(18)) -> BusinessCalendar:
    return BusinessCalendar(country, transferred_workdays=transferred, extra_holidays=extra,
                            work_start=work_start, work_end=work_end)


def company_calendar(source: Settings | Company) -> BusinessCalendar:
    """The company's business calendar: ``[company]`` country, moved days and working hours.

    Every part that counts business days or hours (inference, rules, reports,
    tags, digests) takes its calendar from here, so they all agree. Shared and
    cached; raises ConfigError for an unknown country or inverted hours.
    """
    company = source.company if isinstance(source, Settings) else source
    return _cached(company.country.upper(), frozenset(company.transferred_workdays),
                   frozenset(company.extra_holidays), company.work_start, company.work_end)


def calendar_for(country: str) -> BusinessCalendar:
    """A shared calendar of a country alone, for text read without a company's settings."""
    return _cached(country.upper(), frozenset(), frozenset())
