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

The scanners live beside this module: :mod:`indexer.date_days` finds the days a text names,
:mod:`indexer.date_times` its times of day and lengths of time; this module runs them, joins
the pieces that touch and answers :func:`find_dates` and :func:`resolve`.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from datetime import datetime, time, timedelta

from dealtrail.workdays import BusinessCalendar, calendar_for
from indexer import date_vocab as V
from indexer.classify import WordRule
from indexer.cue_scan import gated
from indexer.date_core import (
    ResolvedDate,
    _Comp,
    _Ctx,
    _eod,
    _sod,
    scan_nth_weekday,
)
from indexer.date_days import (
    _scan_holidays,
    _scan_iso_weeks,
    _scan_month_names,
    _scan_numeric,
    _scan_ordinal_days,
    _scan_periods,
    _scan_relative,
    _scan_weekday_words,
    _scan_workdays,
)
from indexer.date_times import _scan_durations, _scan_times

log = logging.getLogger(__name__)

GRAINS = ("minute", "hour", "day", "week", "month", "quarter", "year")


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
    if V.RELATIVE_HINT.search(text) or V.weekday_typo_in(text):
        _scan_relative(text, cx, add)
    if V.WD_ABBR_HINT.search(text):
        _scan_weekday_words(text, cx, add)
    if V.ORD_HINT.search(text) or (digit and V.DOM_HINT.search(text)):
        _scan_ordinal_days(text, cx, add, month)
    if V.HOLIDAY_HINT.search(text) or V.HOLIDAY_RU_HINT.search(text):
        _scan_holidays(text, cx, add)
    if V.unit_hint(text):
        _scan_durations(text, cx, add)
    if V.WORKDAY_HINT.search(text):
        _scan_workdays(text, cx, add)
    if V.NTH_WEEKDAY_HINT.search(text):
        scan_nth_weekday(text, cx, add)
    if digit and V.ISO_WEEK_HINT.search(text):
        _scan_iso_weeks(text, cx, add)
    _scan_times(text, cx, add, digit)
    return out




# ---------------------------------------------------------------- assembling

_TZ = (r"(?:cet|cest|gmt|utc|bst|e[sd]?t|c[sd]?t|p[sd]?t|m[sd]t|msk|мск|a[ce][sd]t|awst|"
       r"nz[sd]t|sgt|hkt|pht|ist|sast|jst|kst|eet|eest|wib)")
# What may stand between a time and its day: a zone, bracketed or not, or a place or clock
# the time is read by ("по Астане", "по московскому времени", "Dubai time"), then a linking
# word ("by 5pm CET on the 14th", "до 18:00 (МСК) 14-го", "до 17:00 по Астане в среду").
_GAP = re.compile(r"^[\s,@]*(?:(?:\(\s*" + _TZ + r"\s*\)|" + _TZ + r"\b|по\s+[а-яё]+(?:\s+времени)?"
                  r"|[a-z]+\s+time)[\s,]*)?(?:(?:at|on|в|во|year|г\.?|года|by|до|к|before|until|till|"
                  r"не позднее)[\s,]*)?(?:the\s+)?$", V.F)


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
    r"lunch|hour|minute|day|fortnight|christmas|thanksgiving|halloween|eo[dwmqbp]|cob|close of|end of|седня|сёдня|завтро|till date|tmrw|2mor|"
    r"tomor|tommor|tonite|2nite|tmr|tmw|easter|bank holiday|рождеств|дню|дн[её]м|"
    r"сегодня|завтра|вчера|недел|месяц|квартал|год|понедельник|вторник|сред[аыуе]|четверг|"
    r"пятниц|суббот|воскресень|обед|утр|вечер|полдень|полночь|конц|час|минут|дн[яеё]|день|"
    r"рабоч|через|течение|" + "|".join(sorted(V.WD_TYPO_STEMS_RU)), V.F)  # with V.DIGIT and V.MONTH_HINT: what every date expression needs


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
    low = text.lower()
    if not (V.DIGIT.search(low) or _PREFILTER.search(low) or V.MONTH_HINT.search(low)
            or V.WD_ABBR_HINT.search(low) or V.ORD_HINT.search(low) or V.weekday_typo_in(low)):
        return []                   # no date word: nothing to resolve, nothing to keep
    # The promise and request rules and the negotiation signals resolve many of a letter's
    # sentences each (a sixth of the calls on the Russian threads): the last letter's are
    # kept. The key holds the zone and fold, which datetime equality ignores.
    key = (text, ref.replace(tzinfo=None), ref.fold, ref.tzinfo, lang, calendar, prefer)
    found = _RESOLVED.get(key)
    if found is None:
        if len(_RESOLVED) >= _RESOLVED_MAX:
            _RESOLVED.clear()
        found = _RESOLVED[key] = _find_dates(text, ref, lang, calendar, prefer)
    return list(found)


#: Recent find_dates() answers by their arguments (ResolvedDate is frozen; callers get a copy
#: of the list).
_RESOLVED: dict[tuple, list[ResolvedDate]] = {}
_RESOLVED_MAX = 512


def _find_dates(text: str, ref: datetime, lang: str | None, calendar: BusinessCalendar | None,
                prefer: str) -> list[ResolvedDate]:
    if lang is None:
        from indexer.classify import detect_lang
        lang = detect_lang(text)
    cal = calendar or calendar_for("RU" if lang == "ru" else "GB")
    cx = _Ctx(ref, cal, prefer)
    cx.raw = text
    text = _lower_same_length(text)
    comps = _scan(text, cx, lang)
    if not comps:
        return []
    results = _refine(text, _assemble(text, cx, comps))
    return _carry_year(text, ref, lang, cal, prefer, results)


_REFINE_GAP = re.compile(r"[\s,:]*(?:[—–-][\s]*)?(?:on\s+(?:the\s+)?|в\s+|во\s+)?", V.F)
_PERIODS = ("week", "month", "quarter", "year")
# a day of the month alone: "15th", "the 18th", "15-го", "18-го числа"
_DAY_OF_MONTH = re.compile(r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th|-?(?:го|е|ое))(?:\s+числа)?", V.F)
_NUMERIC_DAY = re.compile(r"\d{1,2}\s?[./]\s?\d{1,2}(?:\s?[./]\s?(?:\d{4}|\d{2}))?")
_WEEKDAY_GAP = re.compile(r"[\s,]*(?:the\s+)?", V.F)
# a weekday, also shortened ("Tue 2nd", «во вт, 2-го», «в пятн. 5-го»)
_WEEKDAY_ONLY = re.compile(r"(?:(?:on|в|во|на)\s+)?(?:" + V.WD_RE + "|" + V.WD_ABBR
                           + r"|weds|пн|вт|ср|чт|пт|сб|вс|пон|вторн|четв|пятн|субб?|воскр)\.?", V.F)
# a day that names its week: "the week of 12 April", "w/c 3rd March", "week commencing 10/05"
_WEEK_OF = re.compile(r"(?:\bthe\s+)?\bweek\s+(?:of|commencing|beginning|starting)\s+(?:the\s+)?$"
                      r"|\bw/[cb]\s+$", V.F)
_WEEK_OF = gated(_WEEK_OF)   # the same matches, fewer start positions tried


def _refine(text: str, results: list[ResolvedDate]) -> list[ResolvedDate]:
    """A day named right after a period it falls in is the day ("в этом году — 29 декабря",
    "this month, on the 28th"): one expression, not a period and then a day."""
    results.sort(key=lambda r: r.start)
    out: list[ResolvedDate] = []
    for r in results:
        wk = _WEEK_OF.search(text, max(0, r.start - 30), r.start) if r.grain == "day" else None
        if wk:
            back, ahead = timedelta(days=r.value.weekday()), timedelta(days=6 - r.value.weekday())
            r = replace(r, grain="week", value=r.value - back, deadline=r.deadline + ahead,
                        start=wk.start())
        prev = out[-1] if out else None
        if (prev is not None and prev.grain in _PERIODS and r.grain not in _PERIODS
                and prev.value <= r.value <= prev.deadline
                and _REFINE_GAP.fullmatch(text, prev.end, r.start)):
            out[-1] = replace(r, start=prev.start)
            continue
        if (prev is not None and prev.grain == "week" and r.grain == "day"
                and _REFINE_GAP.fullmatch(text, prev.end, r.start)
                and _WEEKDAY_ONLY.fullmatch(text, r.start, r.end)):
            # "на прошлой неделе в четверг", "next week, Thursday": that week's Thursday
            monday = prev.value.date() - timedelta(days=prev.value.weekday())
            shift = monday + timedelta(days=r.value.weekday()) - r.value.date()
            out[-1] = replace(r, start=prev.start, value=r.value + shift,
                              deadline=r.deadline + shift)
            continue
        if (prev is not None and prev.grain == "day" and r.grain in ("day", "hour", "minute")
                and _WEEKDAY_ONLY.fullmatch(text, prev.start, prev.end)
                and _WEEKDAY_GAP.fullmatch(text, prev.end, r.start)
                and ((r.grain == "day" and _DAY_OF_MONTH.fullmatch(text, r.start, r.end))
                     or _NUMERIC_DAY.match(text, r.start, r.end))):
            # "Tuesday 15th", "во вторник 15-го", "Friday, 07.03": the date names the day
            out[-1] = replace(r, start=prev.start)
            continue
        anchor = next((o for o in reversed(out) if o.grain == "day"), None)
        if (anchor is not None and r.grain == "day" and r.value.date() == r.deadline.date()
                and _FOLLOWING_BEFORE.search(text, max(0, r.start - 16), r.start)
                and _WEEKDAY_ONLY.fullmatch(text, r.start, r.end)):
            # "the 5th is no good, but the following Monday works": the Monday after the 5th
            shift = anchor.deadline.date() + timedelta(
                days=(r.value.weekday() - anchor.deadline.weekday()) % 7 or 7) - r.value.date()
            r = replace(r, value=r.value + shift, deadline=r.deadline + shift)
        if (prev is not None and prev.grain == r.grain == "day"
                and prev.value.date() == prev.deadline.date() < r.value.date()
                and r.value.date() == r.deadline.date()
                and r.value - prev.value <= timedelta(days=31)
                and (_ALTERNATIVE_GAP.fullmatch(text, prev.end, r.start)
                     or (_AND_GAP.fullmatch(text, prev.end, r.start)
                         and _BETWEEN_BEFORE.search(text, max(0, prev.start - 12), prev.start)))):
            # "Tuesday or Wednesday", «завтра-послезавтра», "between the 10th and the 15th":
            # either day may be the one, so no single day is named; the span is the window
            out[-1] = replace(prev, end=r.end, deadline=r.deadline)
            continue
        out.append(r)
    return out


# what joins two days offered as alternatives or as the ends of a window
_ALTERNATIVE_GAP = re.compile(r"[\s,]*(?:or|или|либо)\s+(?:(?:on|в|во|на)\s+)?(?:the\s+)?"
                              r"|\s*[-–/]\s*", V.F)
_AND_GAP = re.compile(r"\s+(?:and|и)\s+(?:(?:on|в|во)\s+)?(?:the\s+)?", V.F)
_FOLLOWING_BEFORE = re.compile(r"\bthe\s+following\s+$", V.F)
_BETWEEN_BEFORE = re.compile(r"\b(?:between|между)\s+(?:the\s+)?$", V.F)


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
