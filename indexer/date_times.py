"""Finding times of day ("в 15:00", "by 5pm", "до обеда", "end of day") and lengths of time
counted from the message ("in 3 days", "через 2 недели", "within 5 business days").

Scanners in the shape of :mod:`indexer.date_days`; :mod:`indexer.dates` runs them.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from indexer import date_vocab as V
from indexer.date_core import (
    _add_months,
    _Comp,
    _Ctx,
    _end_of_day_mode,
    _num,
    _weekday_of,
)
from indexer.date_days import _weekday_day


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


_VAGUE_COUNT = re.compile(r"\bcouple\b|\bпар[уаы]\b", V.F)
# "in a day or two", "within 3 or 4 days", «через день-другой»: no single day either
_OR_MORE = re.compile(r"\s*(?:or|или|-)\s*(?:two|three|four|five|\d{1,2}|другой|две|два|три)\b", V.F)
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
        if pre == "за" and not post and all(u in ("month", "quarter", "year") for _, u in parts):
            continue  # "акт сверки за 9 месяцев": the months it covers, no length to a day
        if _VAGUE_COUNT.search(m.group(0)) or _OR_MORE.match(text, m.end()):
            continue  # "in a couple of weeks", "пару дней назад": no single day, as "a few"
        if post in ("ago", "назад", "before", "earlier"):
            sign = -1
        elif pre in ("in", "within", "after", "через", "за") or pre.startswith(("в", "не ")) or post in (
                "later", "спустя", "hence") or post.startswith("from"):
            sign = 1
        elif cx.prefer == "past":
            sign = -1
        else:
            continue  # "12 months deposit", "5 лет опыта": a length, not a date
        base = cx.ref
        if post.startswith("from ") and post not in ("from now", "from today"):
            # "a week from Monday", "3 days from tomorrow": counted from that day
            anchor = post.split()[-1]
            day = (cx.today + timedelta(days=1) if anchor == "tomorrow" else
                   _weekday_day(cx, _weekday_of(anchor), post.split()[1]))
            base = datetime.combine(day, cx.ref.timetz())
        try:
            dt, grain = _apply(cx, parts, sign, base)
        except (OverflowError, ValueError):
            continue
        if grain == "day":
            add(cx.day(dt.date(), m.start(), m.end()))
        else:
            add(cx.exact(dt, grain, m.start(), m.end()))


def _apply(cx: _Ctx, parts: list[tuple[int, str]], sign: int, base: datetime | None = None
           ) -> tuple[datetime, str]:
    dt = base or cx.ref
    fine = False
    for n, unit in parts:
        if unit == "bday":
            d = cx.cal.add_workdays(dt.date(), sign * n)
            dt = datetime.combine(d, dt.timetz())
        elif unit in ("decade", "year", "month"):
            dt = _add_months(dt, sign * n * {"decade": 120, "year": 12, "month": 1}[unit])
        else:
            secs = {"fortnight": 1209600, "week": 604800, "day": 86400, "hour": 3600,
                    "minute": 60, "second": 1}[unit]
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
    # "this evening" starts at six and lasts until the day ends: a document sent at
    # 18:40 after "скину вечером" is on time.
    "evening": ((18, 0, 0), "after"), "вечером": ((18, 0, 0), "after"),
    "вечеру": ((18, 0, 0), "at"),
}


def _scan_times(text: str, cx: _Ctx, add, digit: bool = True) -> None:
    if V.PART_HINT.search(text):
        _scan_parts(text, cx, add)
    if digit:
        _scan_clock(text, add)


_GOOD_BEFORE = re.compile(r"\bgood\s+$", V.F)


def _scan_parts(text: str, cx: _Ctx, add) -> None:
    for m in V.P_PART.finditer(text):
        if V.THAT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue        # "that morning" points back at a day said elsewhere, not today
        if _GOOD_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue        # "Good afternoon," / "have a good evening": a greeting, no time
        p = " ".join(m["p"].lower().split())
        if p.startswith(("после обеда", "after lunch")):
            add(_Comp(m.start(), m.end(), "time", hm=(13, 0, 0), mode="after"))
            continue
        if "дня" in p or p.startswith("end of"):
            wend = cx.cal.work_end
            add(_Comp(m.start(), m.end(), "time", hm=(wend.hour, wend.minute, 0),
                      mode=_end_of_day_mode(p)))
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
            if (not before and m["sfx3"].lower().startswith("час")
                    and not V.HOURS_SET_BEFORE.search(text, max(0, start - 60), start)):
                continue    # «на 19 часов» of work, «12 часов» spent: a count, not a time
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
