"""Finding and resolving date expressions in Russian and English mail text.

Rule-based and cheap: a handful of compiled regular expressions find the
pieces of a date expression (a day, a period, a time of day, a duration) and
the pieces that touch are merged ("завтра до обеда", "by 5pm tomorrow").
Everything resolves against the message's own sent time (``ref``) in the
sender's zone; business-day spans use a :class:`BusinessCalendar`.

Each result carries the START of what was named (``value``) and its END
(``deadline``): "next week" starts on Monday and ends on Sunday 23:59:59,
"by Friday" ends on Friday 23:59:59, "в 15:00" is 15:00 exactly. A promise's
due time is the deadline.

``dateparser`` was measured first and is not used: it misses the business
expressions this product lives on ("до пятницы", "end of the month",
"within 3 business days", "до обеда") and costs about a millisecond per call.
"""

from __future__ import annotations

import calendar as _cal
import logging
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from dealtrail.workdays import BusinessCalendar, calendar_for
from indexer import date_vocab as V
from indexer.classify import WordRule

log = logging.getLogger(__name__)

GRAINS = ("minute", "hour", "day", "week", "month", "quarter", "year")


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


def _y2(y: str | None, today: date) -> int | None:
    """A written year; two digits pivot so the year falls at most 20 years ahead ("'74" is 1974)."""
    if not y:
        return None
    v = int(y)
    if len(y) != 2:
        return v
    return v + 2000 if v + 2000 <= today.year + 20 else v + 1900


# ------------------------------------------------------------------ scanners


def _scan(text: str, cx: _Ctx, lang: str | None) -> list[_Comp]:
    out: list[_Comp] = []
    add = out.append
    # Each pattern group runs only when the words it needs are in the text: most
    # sentences hold no date, and the patterns are long alternations.
    digit = V.DIGIT.search(text) is not None
    month = V.MONTH_HINT.search(text) is not None
    if digit:
        _scan_numeric(text, cx, lang, add, month)
    if month:
        _scan_month_names(text, cx, add, digit)
    _scan_periods(text, cx, add, digit)
    if V.RELATIVE_HINT.search(text):
        _scan_relative(text, cx, add)
    if V.WD_ABBR_HINT.search(text):
        _scan_weekday_words(text, cx, add)
    if V.ORD_HINT.search(text) or (digit and V.DOM_HINT.search(text)):
        _scan_ordinal_days(text, cx, add, month)
    if V.unit_hint(text):
        _scan_durations(text, cx, add)
    _scan_times(text, cx, add, digit)
    return out


def _scan_numeric(text: str, cx: _Ctx, lang: str | None, add, month: bool) -> None:
    tz = cx.tz
    for m in V.P_ISO.finditer(text):
        d = _safe_date(int(m["y"]), int(m["mo"]), int(m["d"]))
        if not d:
            continue
        if m["h"]:
            dt = datetime(d.year, d.month, d.day, int(m["h"]), int(m["mi"]), int(m["s"] or 0),
                          tzinfo=tz)
            add(cx.exact(dt, "minute", m.start(), m.end()))
        else:
            add(cx.day(d, m.start(), m.end(), explicit_year=True))

    for m in V.P_NUMERIC.finditer(text):
        dd, mo = int(m["d"]), int(m["mo"])
        y = _y2(m["y"], cx.today)
        if not m["y"] and len(m["mo"]) < 2:
            continue  # "4.1" is a number, "04.01" a date
        d = _safe_date(y or cx.year_for(mo, dd), mo, dd)
        if not d:
            continue
        if m["h"] is not None and int(m["h"]) < 24 and int(m["mi"]) < 60:
            dt = datetime.combine(d, time(int(m["h"]), int(m["mi"])), tz)
            add(cx.exact(dt, "minute", m.start(), m.end()))
        else:
            add(cx.day(d, m.start(), m.end(), explicit_year=bool(y)))

    for m in V.P_SLASH.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        mo, dd = (b, a) if lang == "ru" else (a, b)
        y = _y2(m["y"], cx.today)
        if not y and not (1 <= mo <= 12 and 1 <= dd <= 31):
            continue
        d = _safe_date(y or cx.year_for(mo, dd), mo, dd)
        if d:
            add(cx.day(d, m.start(), m.end(), explicit_year=bool(y)))

    for m in V.P_DASH.finditer(text):
        y = _y2(m["y"], cx.today)
        if not y and not m["pre"]:
            continue
        a, b = int(m["a"]), int(m["b"])
        mo, dd = (b, a) if lang == "ru" else (a, b)
        if not (1 <= mo <= 12 and 1 <= dd <= 31):
            continue
        d = _safe_date(y or cx.year_for(mo, dd), mo, dd)
        if d:
            add(cx.day(d, m.start("a"), m.end(), explicit_year=bool(y)))

    if not month:
        return
    for pat in (V.P_DAY_MONTH, V.P_MONTH_DAY):
        for m in pat.finditer(text):
            mo = _month_of(m["mon"])
            dd = int(m["d"])
            y = int(m["y"]) if m["y"] else None
            d = _safe_date(y or cx.year_for(mo, dd), mo, dd)
            if not d:
                continue
            s = m.start() + (len(m.group(0)) - len(m.group(0).lstrip(" ,")))
            if pat is V.P_MONTH_DAY and m["clock"]:
                hh, mi, *sec = (int(x) for x in m["clock"].strip().split(":"))
                dt = datetime.combine(d, time(hh % 24, mi, sec[0] if sec else 0), tz)
                add(cx.exact(dt, "minute", s, m.end()))
            else:
                add(cx.day(d, s, m.end(), explicit_year=bool(y)))



def _scan_month_names(text: str, cx: _Ctx, add, digit: bool) -> None:
    if digit:
        for m in V.P_MONTH_YEAR.finditer(text):
            mo, y = _month_of(m["mon"]), int(m["y"])
            add(cx.period(date(y, mo, 1), _month_end(y, mo), "month", m.start(), m.end()))

    for m in V.P_MONTH_ONLY.finditer(text):
        mo = _month_of(m["mon"])
        y = cx.year_for(mo, _cal.monthrange(cx.today.year, mo)[1])
        add(cx.period(date(y, mo, 1), _month_end(y, mo), "month", m.start("mon"), m.end()))


def _scan_periods(text: str, cx: _Ctx, add, digit: bool = True) -> None:
    t = cx.today
    if V.END_HINT.search(text):
        _scan_end_of(text, cx, add)
    if V.UNIT_WORD_HINT.search(text):
        _scan_this_next(text, cx, add)
    if V.QUARTER_HINT.search(text):
        _scan_quarter(text, cx, add)
    if not digit or not V.DOM_HINT.search(text):
        return
    for m in V.P_DOM.finditer(text):
        dd = int(m["d"] or m["d2"] or m["d3"])
        if not 1 <= dd <= 31:
            continue
        y, mo = t.year, t.month
        if cx.prefer == "future" and dd < t.day:
            mo += 1
            if mo == 13:
                y, mo = y + 1, 1
        d = _safe_date(y, mo, dd) or _month_end(y, mo)
        s = m.start("d") if m["d"] else m.start()
        add(cx.day(d, s, m.end()))


def _scan_this_next(text: str, cx: _Ctx, add) -> None:
    t = cx.today
    for m in V.P_THIS_NEXT.finditer(text):
        which = m["which"].lower()
        unit = m["unit"].lower()
        sign = 1 if which.startswith(("next", "coming", "following", "следующ", "след")) else (
            -1 if which.startswith(("last", "прошл")) else 0)
        if unit.startswith(("week", "недел")):
            a = t - timedelta(days=t.weekday()) + timedelta(weeks=sign)
            add(cx.period(a, a + timedelta(days=6), "week", m.start(), m.end()))
        elif unit.startswith(("month", "месяц")):
            mm = _add_months(cx.ref, sign)
            add(cx.period(date(mm.year, mm.month, 1), _month_end(mm.year, mm.month), "month",
                          m.start(), m.end()))
        elif unit.startswith(("quarter", "квартал")):
            q = (t.month - 1) // 3 + sign
            y = t.year + q // 4
            q %= 4
            add(cx.period(date(y, q * 3 + 1, 1), _month_end(y, q * 3 + 3), "quarter",
                          m.start(), m.end()))
        elif unit.startswith(("year", "год")):
            add(cx.period(date(t.year + sign, 1, 1), date(t.year + sign, 12, 31), "year",
                          m.start(), m.end()))
        elif unit == "decade":
            try:
                dt = cx.ref.replace(year=cx.ref.year + 10 * (sign or 1))
            except ValueError:
                continue
            add(_Comp(m.start(), m.end(), "period", ResolvedDate(
                dt, "year", dt, m.start(), m.end())))


def _scan_quarter(text: str, cx: _Ctx, add) -> None:
    t = cx.today
    for m in V.P_QUARTER.finditer(text):
        if m["q"] or m["q2"]:
            q = int(m["q"] or m["q2"])
        else:
            q = {"перв": 1, "втор": 2, "трет": 3}.get(m["qw"].lower()[:4].rstrip("ь"), 4)
            q = 4 if m["qw"].lower().startswith("четв") else q
        y = int(m["y"]) if m["y"] else t.year
        if not m["y"] and cx.prefer == "future" and q * 3 < t.month - 3:
            y += 1
        add(cx.period(date(y, q * 3 - 2, 1), _month_end(y, q * 3), "quarter", m.start(), m.end()))


def _scan_end_of(text: str, cx: _Ctx, add) -> None:
    t = cx.today
    for m in V.P_END_OF.finditer(text):
        if m["abbr"] is not None or m["cob"] is not None:
            ab = (m["abbr"] or "cob").lower()
            if ab in ("eod", "cob"):
                add(_Comp(m.start(), m.end(), "time", hm=(cx.cal.work_end.hour,
                                                          cx.cal.work_end.minute, 0)))
                continue
            unit = {"eom": "month", "eow": "week", "eoq": "quarter"}[ab]
            which = ""
        else:
            unit = (m["unit"] or m["unit2"]).lower()
            which = (m["which"] or "").strip().lower()
        nxt = which.startswith(("next", "следующ"))
        if unit in ("day", "дня", "рабочего дня") or unit.endswith("day"):
            add(_Comp(m.start(), m.end(), "time",
                      hm=(cx.cal.work_end.hour, cx.cal.work_end.minute, 0)))
            continue
        if unit.startswith(("week", "недел")):
            d = t + timedelta(days=6 - t.weekday() + (7 if nxt else 0))
        elif unit.startswith(("month", "месяц")):
            mm = _add_months(cx.ref, 1 if nxt else 0)
            d = _month_end(mm.year, mm.month)
        elif unit.startswith(("quarter", "квартал")):
            q = (t.month - 1) // 3 + (1 if nxt else 0)
            y = t.year + q // 4
            d = _month_end(y, (q % 4) * 3 + 3)
        elif unit.startswith(("year", "год")):
            d = date(t.year + (1 if nxt else 0), 12, 31)
        else:
            mo = _month_of(unit)
            d = _month_end(cx.year_for(mo, 28), mo)
        add(cx.day(d, m.start(), m.end()))


def _scan_relative(text: str, cx: _Ctx, add) -> None:
    t = cx.today
    for m in V.P_RELDAY.finditer(text):
        w = " ".join(m["w"].lower().split())
        off = {"today": 0, "tonight": 0, "till date": 0, "сегодня": 0, "tomorrow": 1,
               "завтра": 1, "послезавтра": 2, "the day after tomorrow": 2,
               "day after tomorrow": 2, "yesterday": -1, "вчера": -1, "позавчера": -2,
               "the day before yesterday": -2}[w]
        add(cx.day(t + timedelta(days=off), m.start(), m.end()))

    for m in V.P_WEEKDAY.finditer(text):
        wd = _weekday_of(m["wd"])
        mod = (m["mod"] or "").lower()
        nxt_week = bool(m["nw"]) or mod.startswith(("next", "следующ"))
        if m["tw"]:
            d = t - timedelta(days=t.weekday()) + timedelta(days=wd)
        elif mod.startswith(("last", "прошл")) or (cx.prefer == "past" and not mod):
            delta = (t.weekday() - wd) % 7 or 7
            d = t - timedelta(days=delta)
        elif nxt_week:
            monday = t - timedelta(days=t.weekday()) + timedelta(weeks=1)
            d = monday + timedelta(days=wd)
        else:
            delta = (wd - t.weekday()) % 7 or 7
            d = t + timedelta(days=delta)
        add(cx.day(d, m.start(), m.end()))


def _weekday_day(cx: _Ctx, wd: int, mod: str) -> date:
    """The day a weekday names: "next"/"last" move a week, a bare one follows ``prefer``."""
    t = cx.today
    if mod.startswith(("last", "прошл")) or (cx.prefer == "past" and mod in ("", "on")):
        return t - timedelta(days=(t.weekday() - wd) % 7 or 7)
    if mod.startswith(("next", "следующ")):
        return t - timedelta(days=t.weekday()) + timedelta(weeks=1, days=wd)
    return t + timedelta(days=(wd - t.weekday()) % 7 or 7)


_RU_WD = {"пн": 0, "вт": 1, "ср": 2, "чт": 3, "пт": 4, "сб": 5, "вс": 6}


def _scan_weekday_words(text: str, cx: _Ctx, add) -> None:
    """Weekday abbreviations alone ("Thu", "до пт.") and counts ("2 Fridays from now")."""
    for m in V.P_WD_ABBR.finditer(text):
        en = m["wd"] or m["wd2"] or m["wd3"]
        wd = _weekday_of(en) if en else _RU_WD[m["wd4"] or m["wd5"]]
        mod = (m["mod"] or m["mod2"] or "").lower()
        add(cx.day(_weekday_day(cx, wd, mod), m.start(), m.end()))
    for m in V.P_WD_COUNT.finditer(text):
        n = _num(m["n"])
        wd = _weekday_of(m["wd"])
        t = cx.today
        if m["post"] in ("ago", "before"):
            first = t - timedelta(days=(t.weekday() - wd) % 7 or 7)
            d = first - timedelta(weeks=n - 1)
        else:
            first = t + timedelta(days=(wd - t.weekday()) % 7 or 7)
            d = first + timedelta(weeks=n - 1)
        add(cx.day(d, m.start(), m.end()))


def _day_word(word: str) -> int | None:
    w = word.lower()
    digits = re.match(r"\d{1,2}", w)
    return int(digits.group(0)) if digits else V.ordinal_day(w)


def _scan_ordinal_days(text: str, cx: _Ctx, add, month: bool) -> None:
    """Days named by ordinal words, and days of a named relative month ("20th of next month")."""
    if month:
        for pat in (V.P_ORD_MONTH, V.P_MONTH_ORD):
            for m in pat.finditer(text):
                o, mon, yw = ((m["o"], m["mon"], m["y"]) if m["o"] else (m["o2"], m["mon2"], m["y2"]))
                dd = V.ordinal_day(o)
                if dd is None:
                    continue
                mo = _month_of(mon)
                y = int(yw) if yw else cx.year_for(mo, dd)
                d = _safe_date(y, mo, dd)
                if d:
                    add(cx.day(d, m.start(), m.end(), explicit_year=bool(yw)))
    for m in V.P_DOM_OF.finditer(text):
        dd = _day_word(m["d"])
        if dd is None or not 1 <= dd <= 31:
            continue
        which = m["which"].lower()
        shift = 1 if ("next" in which or "следующ" in which or "following" in which) else (
            -1 if which.startswith(("last", "прошл")) else 0)
        mm = _add_months(cx.ref.replace(day=1), shift)
        d = _safe_date(mm.year, mm.month, dd)
        if d:
            add(cx.day(d, m.start(), m.end()))
    for m in V.P_DOM_WORD.finditer(text):
        dd = V.ordinal_day(m["o"])
        if dd is None:
            continue
        t = cx.today
        y, mo = t.year, t.month
        if cx.prefer == "future" and dd < t.day:
            mm = _add_months(cx.ref.replace(day=1), 1)
            y, mo = mm.year, mm.month
        d = _safe_date(y, mo, dd)
        if d:
            add(cx.day(d, m.start(), m.end()))


def _parse_body(body: str) -> list[tuple[int, str]]:
    parts: list[tuple[int, str]] = []
    for nm in re.finditer(r"(?P<n>" + V.NUM_RE + r")?\s*(?P<u>" + V.UNIT_RE + r")", body, V.F):
        unit = " ".join(nm["u"].lower().split())
        name = next((nme for cre, nme in V.UNIT_CRES if cre.match(unit)), None)
        if name is None:
            continue
        if name == "day" and ("business" in unit or "working" in unit or "рабоч" in unit):
            name = "bday"
        parts.append((_num(nm["n"]) if nm["n"] else 1, name))
    return parts


_YEAR_NAMED = re.compile(r"(?:(?:за|в|на)\s+)?(?:19|20)\d\d\s+год[ауе]?", V.F)


def _scan_durations(text: str, cx: _Ctx, add) -> None:
    for m in V.P_DURATION.finditer(text):
        if m["lone"] or m["lone2"]:
            word = (m["lone"] or m["lone2"]).lower().replace("the ", "").replace("next ", "")
            parts = _parse_body(word)
            pre, post = (m["pre2"] or "").lower(), (m["post2"] or "").lower()
        else:
            parts = _parse_body(m["body"])
            pre, post = (m["pre"] or "").lower(), (m["post"] or "").lower()
        if not parts:
            continue
        if not post and _YEAR_NAMED.fullmatch(m.group(0).strip()):
            continue  # "за 2025 год" names a year, it is no length
        if post in ("ago", "назад", "before", "earlier"):
            sign = -1
        elif pre in ("in", "within", "after", "через", "за") or pre.startswith("в") or post in (
                "later", "спустя", "hence") or post.startswith("from"):
            sign = 1
        elif cx.prefer == "past":
            sign = -1
        else:
            continue  # "12 months deposit", "5 лет опыта": a length, not a date
        try:
            dt, grain = _apply(cx, parts, sign)
        except (OverflowError, ValueError):
            continue
        if grain == "day":
            add(cx.day(dt.date(), m.start(), m.end()))
        else:
            add(cx.exact(dt, grain, m.start(), m.end()))


def _apply(cx: _Ctx, parts: list[tuple[int, str]], sign: int) -> tuple[datetime, str]:
    dt = cx.ref
    fine = False
    for n, unit in parts:
        if unit == "bday":
            d = cx.cal.add_workdays(dt.date(), sign * n)
            dt = datetime.combine(d, dt.timetz())
        elif unit in ("decade", "year", "month"):
            dt = _add_months(dt, sign * n * {"decade": 120, "year": 12, "month": 1}[unit])
        else:
            secs = {"week": 604800, "day": 86400, "hour": 3600, "minute": 60, "second": 1}[unit]
            dt = dt + timedelta(seconds=sign * n * secs)
            fine = fine or unit in ("hour", "minute", "second")
    return dt, ("minute" if fine else "day")


_PART_HM = {
    "lunch": ((13, 0, 0), "at"), "обеда": ((13, 0, 0), "at"), "обеду": ((13, 0, 0), "at"),
    "noon": ((12, 0, 0), "at"), "midday": ((12, 0, 0), "at"), "полдень": ((12, 0, 0), "at"),
    "midnight": ((0, 0, 0), "at"), "полночь": ((0, 0, 0), "at"),
    "morning": ((12, 0, 0), "at"), "утром": ((12, 0, 0), "at"), "утра": ((12, 0, 0), "at"),
    "утру": ((9, 0, 0), "at"),
    "afternoon": ((18, 0, 0), "at"), "днём": ((18, 0, 0), "at"), "днем": ((18, 0, 0), "at"),
    "evening": ((18, 0, 0), "at"), "вечером": ((18, 0, 0), "at"), "вечеру": ((18, 0, 0), "at"),
}


def _scan_times(text: str, cx: _Ctx, add, digit: bool = True) -> None:
    if V.PART_HINT.search(text):
        _scan_parts(text, cx, add)
    if digit:
        _scan_clock(text, add)


def _scan_parts(text: str, cx: _Ctx, add) -> None:
    for m in V.P_PART.finditer(text):
        p = " ".join(m["p"].lower().split())
        if p.startswith(("после обеда", "after lunch")):
            add(_Comp(m.start(), m.end(), "time", hm=(13, 0, 0), mode="after"))
            continue
        if "дня" in p or p.startswith("end of"):
            wend = cx.cal.work_end
            add(_Comp(m.start(), m.end(), "time", hm=(wend.hour, wend.minute, 0)))
            continue
        key = p.split()[-1]
        hm, mode = _PART_HM.get(key, ((12, 0, 0), "at"))
        add(_Comp(m.start(), m.end(), "time", hm=hm, mode=mode))


def _scan_clock(text: str, add) -> None:
    for m in V.P_TIME.finditer(text):
        start = m.start()
        before = V.TIME_MODE_BEFORE.search(text, max(0, start - 16), start)
        mode_w = before["mode"].lower() if before else ""
        if before:
            start = before.start()
        hh = int(m["hh"])
        if m["ap"] is not None:
            h, mi, s = hh, int(m["m"] or 0), int(m["s"] or 0)
            if h > 12:
                continue
            h = h % 12 + (12 if m["ap"].lower() == "p" else 0)
        elif m["m2"] is not None:
            h, mi, s = _sfx_hour(hh, m["sfx2"]), int(m["m2"]), int(m["s2"] or 0)
        elif m["sfx3"] is not None:
            h, mi, s = _sfx_hour(hh, m["sfx3"]), 0, 0
        else:
            h, mi, s = hh, int(m["m4"]), 0
        if h > 23 or mi > 59 or s > 59:
            continue
        mode = "after" if mode_w in ("after", "from", "после", "с") else "at"
        add(_Comp(start, m.end(), "time", hm=(h, mi, s), mode=mode))

    for m in V.P_TIME_WEAK.finditer(text):
        before = V.WEAK_MODE_BEFORE.search(text, max(0, m.start() - 8), m.start())
        if before is None:
            continue
        h, mi = int(m["h"]), int(m["m"] or 0)
        if h > 23 or mi > 59:
            continue
        add(_Comp(before.start(), m.end(), "time", hm=(h, mi, 0), weak=True))


def _sfx_hour(h: int, sfx: str | None) -> int:
    sfx = (sfx or "").lower()
    if sfx in ("вечера", "дня") and h < 12:
        return h + 12
    if sfx == "ночи" and h == 12:
        return 0
    return h


# ---------------------------------------------------------------- assembling

_GAP = re.compile(r"^[\s,]*(?:(?:at|on|в|во|year|г\.?|года|by|до|к|before|until|till|не позднее)"
                  r"[\s,]*)?$", V.F)


def _select(comps: list[_Comp]) -> list[_Comp]:
    """Drop pieces inside longer pieces; keep the longest of overlapping ones."""
    comps.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[_Comp] = []
    for c in comps:
        if kept and c.start < kept[-1].end:
            last = kept[-1]
            if c.end - c.start > last.end - last.start:
                kept[-1] = c
            continue
        kept.append(c)
    return kept


def _with_time(cx: _Ctx, rd: ResolvedDate, t: _Comp, s: int, e: int) -> ResolvedDate:
    d = rd.value.date()
    assert t.hm is not None, "a time component always carries its hour and minute"
    h, mi, sec = t.hm
    val = datetime.combine(d, time(h, mi, sec), cx.tz)
    grain = "hour" if mi == 0 and sec == 0 else "minute"
    deadline = _eod(d, cx.tz) if t.mode == "after" else val
    return ResolvedDate(val, grain, deadline, s, e)


def _pairable(text: str, a: _Comp, b: _Comp) -> bool:
    kinds = {a.kind, b.kind}
    return kinds == {"day", "time"} and _GAP.match(text[a.end:b.start]) is not None


def _assemble(text: str, cx: _Ctx, comps: list[_Comp]) -> list[ResolvedDate]:
    strong = [c for c in comps if not c.weak]
    weak = [c for c in comps if c.weak
            and not any(c.start < o.end and o.start < c.end for o in strong)]
    comps = _select(strong + weak)
    out: list[ResolvedDate] = []
    i = 0
    while i < len(comps):
        c = comps[i]
        nxt = comps[i + 1] if i + 1 < len(comps) else None
        if nxt is not None and _pairable(text, c, nxt):
            day, t = (c, nxt) if c.kind == "day" else (nxt, c)
            assert day.rd is not None
            out.append(_with_time(cx, day.rd, t, c.start, nxt.end))
            i += 2
            continue
        i += 1
        if c.kind == "time":
            if c.weak:
                continue
            base = ResolvedDate(_sod(cx.today, cx.tz), "day", _eod(cx.today, cx.tz),
                                c.start, c.end)
            out.append(_with_time(cx, base, c, c.start, c.end))
        elif c.rd is not None:
            out.append(c.rd)
    return out


_PREFILTER = WordRule(
    r"today|tonight|tomorrow|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|week|month|quarter|year|decade|noon|midday|midnight|morning|afternoon|evening|"
    r"lunch|hour|minute|eod|cob|close of|end of|till date|"
    r"сегодня|завтра|вчера|недел|месяц|квартал|год|понедельник|вторник|сред[аыуе]|четверг|"
    r"пятниц|суббот|воскресень|обед|утр|вечер|полдень|полночь|конц|час|минут|дн[яеё]|"
    r"через|течение", V.F)  # with V.DIGIT and V.MONTH_HINT: what every date expression needs


def _lower_same_length(text: str) -> str:
    """Lower-case ``text`` keeping every character's position (spans stay valid)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _check_ref(ref: datetime) -> None:
    if ref.tzinfo is None or ref.utcoffset() is None:
        raise ValueError("find_dates needs a timezone-aware ref (the message's sent time)")


def find_dates(text: str, ref: datetime, lang: str | None = None,
               calendar: BusinessCalendar | None = None, *, prefer: str = "future"
               ) -> list[ResolvedDate]:
    """Every date expression in ``text``, in order, resolved against ``ref``.

    ``prefer`` decides what a bare weekday, a yearless date or a bare length
    ("2 hours") means: ``"future"`` (mail about what will happen; a bare length
    is then no date at all) or ``"past"`` (text about what happened).
    """
    _check_ref(ref)
    if not text:
        return []
    low = text.lower()
    if not (V.DIGIT.search(low) or _PREFILTER.search(low) or V.MONTH_HINT.search(low)
            or V.WD_ABBR_HINT.search(low) or V.ORD_HINT.search(low)):
        return []
    if lang is None:
        from indexer.classify import detect_lang
        lang = detect_lang(text)
    cal = calendar or calendar_for("RU" if lang == "ru" else "GB")
    cx = _Ctx(ref, cal, prefer)
    text = _lower_same_length(text)
    comps = _scan(text, cx, lang)
    if not comps:
        return []
    results = _assemble(text, cx, comps)
    results.sort(key=lambda r: r.start)
    return _carry_year(text, ref, lang, cal, prefer, results)


def _carry_year(text: str, ref: datetime, lang: str | None, cal: BusinessCalendar,
                prefer: str, results: list[ResolvedDate]) -> list[ResolvedDate]:
    """A yearless date after a dated one takes that year ("3 января 2017 - 1 февраля")."""
    year: int | None = None
    out = []
    for r in results:
        frag = text[r.start:r.end]
        has_year = re.search(r"(?<!\d)\d{4}(?!\d)", frag) is not None
        if has_year:
            year = r.value.year
            out.append(r)
            continue
        if year and year != r.value.year and r.grain == "day" and re.search(
                V.MONTH_RE, frag, V.F) and re.search(r"\d", frag):
            try:
                out.append(replace(r, value=r.value.replace(year=year),
                                   deadline=r.deadline.replace(year=year)))
                continue
            except ValueError:
                pass
        out.append(r)
    return out


def resolve(text: str, ref: datetime, lang: str | None = None,
            calendar: BusinessCalendar | None = None, *, prefer: str = "future"
            ) -> ResolvedDate | None:
    """The main (first) date expression in ``text``, or None when there is none."""
    found = find_dates(text, ref, lang, calendar, prefer=prefer)
    return found[0] if found else None
