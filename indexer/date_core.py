"""The pieces :mod:`indexer.dates` builds date expressions from.

:class:`ResolvedDate` (what a date expression resolves to), the component and
context types the scanners pass around, and the calendar arithmetic they share
(month ends, adding months, two-digit years, which of "a/b" is the month, quarter
numbers, the bounds of "next month" or "September" and the first or last working
day in them).
Shared by the scanners (:mod:`indexer.date_days`, :mod:`indexer.date_times`) and
:mod:`indexer.dates`; nothing outside them needs the underscored names.
"""

from __future__ import annotations

import calendar as _cal
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

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


_LEAD_DIGITS = re.compile(r"\d+")


def _num(word: str) -> int:
    w = " ".join(word.lower().split())
    if w[:1].isdigit():            # "3", "2-х", "5ти", "3 (трёх)"
        return int(_LEAD_DIGITS.match(w).group())  # type: ignore[union-attr]
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
    w = V.misspelt_weekday(w) or w
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
        self.raw = ""        # the text as written, where its case tells ("TMR" is a code)

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


def _month_day(a: int, b: int, day_first: bool) -> tuple[int, int]:
    """(month, day) of "a/b" in the text's order, unless only the other order is a date
    ("28/02" in English mail, "04/25" in Russian)."""
    mo, dd = (b, a) if day_first else (a, b)
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


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def _quarter_no(word: str) -> int:
    """1..4 from "3", "q3", "iii", "третий", "third", "3rd", "3-го"."""
    w = word.lower().removeprefix("q")
    if w[:1].isdigit():
        return int(w[0])
    if w in _ROMAN:
        return _ROMAN[w]
    for n, stems in enumerate((("first", "перв"), ("second", "втор"), ("third", "трет"),
                               ("fourth", "четв")), start=1):
        if w.startswith(stems):
            return n
    raise KeyError(word)


def _period_of(cx: _Ctx, unit: str, which: str, year: str | None) -> tuple[date, date, bool]:
    """First and last day of "month", "next week", "September 2027", "следующего месяца";
    True when the period was named exactly (a month name, "this"/"next", a year)."""
    t = cx.today
    shift = 1 if which.startswith(("next", "following", "coming", "следующ")) else 0
    named = bool(which) or bool(year)
    if unit.startswith(("week", "недел")):
        a = t - timedelta(days=t.weekday()) + timedelta(weeks=shift)
        return a, a + timedelta(days=6), named
    if unit.startswith(("quarter", "квартал")):
        q = (t.month - 1) // 3 + shift
        y, q = t.year + q // 4, q % 4
        return date(y, q * 3 + 1, 1), _month_end(y, q * 3 + 3), named
    if unit.startswith(("year", "год")):
        return date(t.year + shift, 1, 1), date(t.year + shift, 12, 31), named
    if unit.startswith(("month", "месяц")):
        mm = _add_months(cx.ref.replace(day=1), shift)
        return date(mm.year, mm.month, 1), _month_end(mm.year, mm.month), named
    mo = _month_of(unit)
    y = int(year) if year else cx.year_for(mo, 28)
    return date(y, mo, 1), _month_end(y, mo), True


def _workday_in(cx: _Ctx, unit: str, which: str, year: str | None, first: bool,
                working: bool = True) -> tuple[date, bool]:
    a, b, named = _period_of(cx, unit, which, year)
    if not working:
        return (a if first else b), named
    if first:
        return cx.cal.next_workday(a), named
    d = b
    while not cx.cal.is_workday(d) and d > a:
        d -= timedelta(days=1)
    return d, named


def scan_nth_weekday(text: str, cx: _Ctx, add) -> None:
    """The n-th or last weekday of a month ("the first Monday of next month", "в последнюю
    пятницу месяца"); a month said without this/next ("of the month", "месяца") that has
    already had that day is the next month's."""
    for m in V.P_NTH_WEEKDAY.finditer(text):
        nw = (m["n"] or m["n2"]).lower()
        wd = _weekday_of(m["wd"] or m["wd2"])
        which = (m["which"] or m["which2"] or "").lower()
        mon = m["mon"] or m["mon2"]
        n = 5 if nw.startswith(("last", "последн")) else _ordinal_no(nw)
        t = cx.today
        if mon:
            mo = _month_of(mon)
            y = t.year
        else:
            shift = (1 if which in ("next", "following", "coming", "следующего") else
                     -1 if which in ("last", "прошлого") else 0)
            first = _add_months(cx.ref.replace(day=1), shift)
            y, mo = first.year, first.month
        d = _nth_weekday(y, mo, wd, n)
        if d is not None and d < t and cx.prefer == "future" and (
                mon or which in ("", "the")):
            if mon:
                d = _nth_weekday(y + 1, mo, wd, n)
            else:
                nxt = _add_months(cx.ref.replace(day=1), 1)
                d = _nth_weekday(nxt.year, nxt.month, wd, n)
        if d is not None:
            add(cx.day(d, m.start(), m.end()))


def _ordinal_no(word: str) -> int:
    for n, stems in enumerate((("first", "1st", "перв"), ("second", "2nd", "втор"),
                               ("third", "3rd", "трет"), ("fourth", "4th", "четв"))):
        if word.startswith(stems):
            return n + 1
    raise KeyError(word)


def _nth_weekday(y: int, mo: int, wd: int, n: int) -> date | None:
    """The n-th (1..4) weekday of a month, or its last one for n == 5."""
    if n == 5:
        last = _month_end(y, mo)
        return last - timedelta(days=(last.weekday() - wd) % 7)
    d = date(y, mo, 1) + timedelta(days=(wd - date(y, mo, 1).weekday()) % 7 + 7 * (n - 1))
    return d if d.month == mo else None


def _end_of_day_mode(said: str) -> str:
    """"By the end of the day" is shown at the end of the working day and is on time until
    the day itself ends ("after"); "до конца рабочего дня", "end of business day" hold to
    the working day's end ("at")."""
    low = said.lower()
    return "at" if any(w in low for w in ("рабоч", "business", "working")) else "after"
