"""The pieces :mod:`indexer.dates` builds date expressions from.

:class:`ResolvedDate` (what a date expression resolves to), the component and
context types the scanners pass around, and the calendar arithmetic they share
(month ends, adding months, two-digit years, which of "a/b" is the month).
Kept apart so that the scanners' module stays readable; nothing outside
``indexer.dates`` needs the underscored names.
"""

from __future__ import annotations

import calendar as _cal
from dataclasses import dataclass
from datetime import date, datetime, time

from dealtrail.workdays import BusinessCalendar
from indexer import date_vocab as V


@dataclass(frozen=True)
class ResolvedDate:
    """A date expression found in text, resolved against a reference time."""

    value: datetime      # aware, in ref's zone; the START of a named period
    grain: str           # minute|hour|day|week|month|quarter|year
    deadline: datetime   # aware; the END of what was named, or the exact time named
    start: int           # span of the expression in the text
    end: int


# ------------------------------------------------------------------- helpers


def _num(word: str) -> int:
    w = " ".join(word.lower().split())
    if w.isdigit():
        return int(w)
    return V.NUM_WORDS.get(w, V.NUM_WORDS.get(w.replace("ё", "е"), 1))


def _month_of(word: str) -> int:
    w = word.lower().rstrip(".")
    if w in V.MONTHS:
        return V.MONTHS[w]
    for k in V.MONTH_KEYS:
        if w.startswith(k):
            return V.MONTHS[k]
    raise KeyError(word)


def _weekday_of(word: str) -> int:
    w = word.lower()
    for i, (en, ru) in enumerate(V.WEEKDAYS):
        if w.startswith(en[:3]) or w.startswith(ru):
            return i
    raise KeyError(word)


def _eod(d: date, tz) -> datetime:
    return datetime.combine(d, time(23, 59, 59), tz)


def _sod(d: date, tz) -> datetime:
    return datetime.combine(d, time(0), tz)


def _month_end(y: int, m: int) -> date:
    return date(y, m, _cal.monthrange(y, m)[1])


def _add_months(d: datetime, n: int) -> datetime:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    if y < 1 or y > 9999:
        raise OverflowError
    return d.replace(year=y, month=m, day=min(d.day, _cal.monthrange(y, m)[1]))


@dataclass(frozen=True)
class _Comp:
    """A piece of a date expression: a day/period, or a time of day to attach to one."""

    start: int
    end: int
    kind: str                    # "day" | "time" | "full"
    rd: ResolvedDate | None = None
    hm: tuple[int, int, int] | None = None
    mode: str = "at"             # time: at | after | until
    weak: bool = False
    deadline_hm: tuple[int, int, int] | None = None
    explicit_year: bool = False


class _Ctx:
    def __init__(self, ref: datetime, cal: BusinessCalendar, prefer: str) -> None:
        self.ref = ref
        self.tz = ref.tzinfo
        self.today = ref.date()
        self.cal = cal
        self.prefer = prefer
        self.year_hint: int | None = None

    def day(self, d: date, s: int, e: int, **kw) -> _Comp:
        return _Comp(s, e, "day", ResolvedDate(_sod(d, self.tz), "day", _eod(d, self.tz), s, e),
                     **kw)

    def period(self, a: date, b: date, grain: str, s: int, e: int) -> _Comp:
        return _Comp(s, e, "day" if grain == "day" else "period",
                     ResolvedDate(_sod(a, self.tz), grain, _eod(b, self.tz), s, e))

    def exact(self, dt: datetime, grain: str, s: int, e: int) -> _Comp:
        return _Comp(s, e, "full", ResolvedDate(dt, grain, dt, s, e))

    def year_for(self, m: int, d: int) -> int:
        if self.year_hint:
            return self.year_hint
        y = self.today.year
        try:
            cand = date(y, m, d)
        except ValueError:
            return y
        if self.prefer == "future" and (self.today - cand).days > 60:
            return y + 1
        return y


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month_day(a: int, b: int, lang: str | None) -> tuple[int, int]:
    """(month, day) of "a/b": day first in Russian, month first in English, unless only the
    other order is a date ("28/02" in English mail, "04/25" in Russian)."""
    mo, dd = (b, a) if lang == "ru" else (a, b)
    if mo > 12 and 1 <= dd <= 12 and mo <= 31:
        mo, dd = dd, mo
    return mo, dd


def _y2(y: str | None, today: date) -> int | None:
    """A written year; two digits pivot so the year falls at most 20 years ahead ("'74" is 1974)."""
    if not y:
        return None
    v = int(y)
    if len(y) != 2:
        return v
    return v + 2000 if v + 2000 <= today.year + 20 else v + 1900
