"""Finding the days a text names: numeric and month-name dates, periods ("next week",
"end of Q3"), weekdays, holidays, ordinal days and working days.

Each scanner takes the lower-cased text, the resolution context and ``add`` (where a found
piece goes) and adds a :class:`~indexer.date_core._Comp` per piece; :mod:`indexer.dates`
runs them, drops overlapping pieces and joins a day with its time of day. Times of day and
lengths of time are found by :mod:`indexer.date_times`.
"""

from __future__ import annotations

import calendar as _cal
import functools
import re
from datetime import date, datetime, time, timedelta
from itertools import chain as _chain

import holidays

from indexer import date_vocab as V
from indexer.date_core import (
    ResolvedDate,
    _add_months,
    _Comp,
    _Ctx,
    _end_of_day_mode,
    _month_day,
    _month_end,
    _month_of,
    _num,
    _quarter_no,
    _safe_date,
    _weekday_of,
    _workday_in,
    _y2,
)


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
        if _REFERENCE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "договор № 12.05": a document's number, not its date
        dd, mo = int(m["d"]), int(m["mo"])
        y = _y2(m["y"], cx.today)
        if not m["y"] and len(m["mo"]) < 2 and not _WEEKDAY_BEFORE.search(
                text, max(0, m.start() - 16), m.start()):
            continue  # "4.1" is a number, "04.01" and "Fri, 7.3." dates
        if y and mo > 12 >= dd:
            dd, mo = mo, dd     # "11.15.2024": only month first can be read
        d = _safe_date(y or cx.year_for(mo, dd), mo, dd)
        if not d:
            continue
        if m["h"] is not None and int(m["h"]) < 24 and int(m["mi"]) < 60:
            dt = datetime.combine(d, time(int(m["h"]), int(m["mi"])), tz)
            add(cx.exact(dt, "minute", m.start(), m.end()))
        else:
            add(cx.day(d, m.start(), m.end(), explicit_year=bool(y)))

    slashes = [m for m in V.P_SLASH.finditer(text)
               if (m["y"] or (int(m["a"]), int(m["b"])) != (24, 7))     # "24/7": round the clock
               and not _REFERENCE_BEFORE.search(text, max(0, m.start() - 12), m.start())]
    day_first = _day_first(slashes, lang, cx.ref)
    for m in slashes:
        mo, dd = _month_day(int(m["a"]), int(m["b"]), day_first)
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
        mo, dd = _month_day(int(m["a"]), int(m["b"]), day_first)
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
                rng = _day_range(text, m, pat is V.P_MONTH_DAY, d)
                if rng is not None:
                    first, last, rs, re_ = rng
                    add(cx.period(first, last, "day", min(s, rs), max(m.end(), re_)))
                    continue
                add(cx.day(d, s, m.end(), explicit_year=bool(y)))


def _day_range(text: str, m: re.Match[str], month_first: bool, d: date
               ) -> tuple[date, date, int, int] | None:
    """The range of days in one month a day-and-month date ends or starts ("с 4 по 8 мая",
    "from 6 to 9 July", "June 14-16"): (first day, last day, start, end), or None."""
    if month_first:
        after = V.RANGE_AFTER.match(text, m.end())
        last = _safe_date(d.year, d.month, int(after["d2"])) if after else None
        if after is None or last is None or last <= d:
            return None
        return d, last, m.start(), after.end()
    ds = m.start("d")
    before = (V.RANGE_BEFORE.search(text, max(0, ds - 28), ds)
              or V.RANGE_BETWEEN_RU.search(text, max(0, ds - 28), ds))
    first = _safe_date(d.year, d.month, int(before["d1"])) if before else None
    if before is None or first is None or first >= d:
        return None
    return first, d, before.start(), m.end()


def _day_first(slashes: list[re.Match[str]], lang: str | None, ref: datetime) -> bool:
    """Whether a text writes "a/b" day first: Russian does; English does where its writer's
    clock runs east of Greenwich (Europe, Asia, Australia write the day first; the Americas,
    and a zone that says nothing, the month); either unless the text itself shows the other
    order and never this one ("from 30/11 to 2/12")."""
    pairs = [(int(m["a"]), int(m["b"])) for m in slashes]
    shows_day_first = any(a > 12 >= b for a, b in pairs if a <= 31)
    shows_month_first = any(b > 12 >= a for a, b in pairs if b <= 31)
    if shows_day_first != shows_month_first:
        return shows_day_first
    offset = ref.utcoffset()
    return lang == "ru" or offset is not None and offset > timedelta(0)


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
        if not 1 <= dd <= 31 or V.RECUR_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue
        if m["d2"] and _counts_a_noun(text, m.end()):
            continue        # «оплата 2-го транша», «к 5-му этапу»: the ordinal counts a thing
        y, mo = t.year, t.month
        if cx.prefer == "future" and dd < t.day and not _said_as_past(text, m.start()) and not (
                m["d2"] and not _RU_PREP_BEFORE.search(text, max(0, m.start() - 8), m.start())
                and _ru_clause_past(text, m.start(), m.end())):
            # «платёж ушёл 3-го» is this month's 3rd, gone; «отгрузим 3-го» the next
            mo += 1
            if mo == 13:
                y, mo = y + 1, 1
        d = _safe_date(y, mo, dd) or _month_end(y, mo)
        s = m.start("d") if m["d"] else m.start()
        add(cx.day(d, s, m.end()))


_NEXT_RU_WORD = re.compile(r"\s+([а-яё]{3,})", V.F)


def _counts_a_noun(text: str, end: int) -> bool:
    """Whether a Russian ordinal number ending at ``end`` («2-го», «5-му») agrees with the noun
    or adjective after it, so it counts that thing and names no day («2-го транша», «3-е
    полугодие», «15-го рабочего дня»); «числа» and a time of day («3-го днём») leave it a day."""
    nxt = _NEXT_RU_WORD.match(text, end)
    if not nxt or nxt.group(1).startswith("числ"):
        return False
    from indexer.ru_morph import likeliest

    tag = likeliest(nxt.group(1)).tag
    return tag.POS in ("NOUN", "ADJF") and tag.case in ("gent", "datv", "nomn", "accs")


def _scan_this_next(text: str, cx: _Ctx, add) -> None:
    t = cx.today
    for m in V.P_THIS_NEXT.finditer(text):
        which = (m["which"] or "after next").lower()
        unit = (m["unit"] or m["unit2"]).lower()
        sign = 1 if which.startswith(("next", "coming", "following", "следующ", "след")) else (
            -1 if which.startswith(("last", "прошл")) else 2 if which == "after next" else 0)
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
        if m["q"] and _DESCRIBES_NOUN.match(text, m.end()) and not _QUARTER_TIME_LEAD.search(
                text, max(0, m.start() - 12), m.start()):
            continue        # "our Q3 rebate cheque", "on Q4 volumes": a kind, not a time
        if _FOR_PERIOD_RU.search(text, max(0, m.start() - 4), m.start()):
            continue        # «отчётность за 2 квартал»: the period a paper covers
        q = _quarter_no(m["q"] or m["q2"] or m["qr"] or m["qw"])
        y = int(m["y"]) if m["y"] else t.year
        if not m["y"] and cx.prefer == "future" and q * 3 < t.month - 3:
            y += 1
        add(cx.period(date(y, q * 3 - 2, 1), _month_end(y, q * 3), "quarter", m.start(), m.end()))


# the words that put a quarter in time before a noun ("in Q3 sales grow", "by Q4 results ...")
_QUARTER_TIME_LEAD = re.compile(r"\b(?:in|by|during|before|until|till|after|from|through|since|"
                                r"within|throughout|until|over)\s+(?:the\s+)?$", V.F)
_FOR_PERIOD_RU = re.compile(r"(?<![а-яё])за\s+$", V.F)


def _scan_end_of(text: str, cx: _Ctx, add) -> None:
    t = cx.today
    for m in V.P_END_SPEC.finditer(text):
        # "end of Q3", "до конца III квартала", "end of H1", "до конца 2026 года": its last day
        if m["yo"]:
            d = date(int(m["yo"]), 12, 31)
        else:
            if m["q"]:
                last_month = 3 * _quarter_no(m["q"].split()[0])
            else:
                last_month = 6 if m["h"].startswith(("h1", "first", "перв")) else 12
            y = int(m["y"]) if m["y"] else t.year
            d = _month_end(y, last_month)
            if not m["y"] and d < t and cx.prefer == "future":
                d = _month_end(y + 1, last_month)
        add(cx.day(d, m.start(), m.end()))
    for m in V.P_END_OF.finditer(text):
        if m["abbr"] is not None or m["cob"] is not None:
            ab = (m["abbr"] or "cob").lower()
            if ab in ("eod", "cob", "eob", "eop"):
                add(_Comp(m.start(), m.end(), "time", hm=(cx.cal.work_end.hour,
                                                          cx.cal.work_end.minute, 0)))
                continue
            unit = {"eom": "month", "eow": "week", "eoq": "quarter"}[ab]
            which = ""
        else:
            if m["unit2"] and _DESCRIBES_NOUN.match(text, m.end()) \
                    and not _PERIOD_END_TIME_LEAD.search(text, max(0, m.start() - 16), m.start()):
                continue  # "the year-end audit team": a kind of work, not a day
            if m["unit2"] and _OWN_YEAR_BEFORE.search(text, max(0, m.start() - 24), m.start()):
                continue  # "our year end", "their fiscal year-end": the company's, not December's
            unit = (m["unit"] or m["unit2"]).lower()
            which = (m["which"] or "").strip().lower()
        nxt = which.startswith(("next", "следующ"))
        if unit in ("day", "дня", "рабочего дня") or unit.endswith("day"):
            add(_Comp(m.start(), m.end(), "time",
                      hm=(cx.cal.work_end.hour, cx.cal.work_end.minute, 0),
                      mode=_end_of_day_mode(m.group())))
            continue
        if unit.startswith(("week", "недел")):
            # the end of a week is the end of its working week, Friday; said at the
            # weekend, the coming Friday
            d = t + timedelta(days=4 - t.weekday() + (7 if nxt or t.weekday() > 4 else 0))
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
        if w.startswith(("day after ", "the day after ")):
            w = "day after tomorrow"    # any way "tomorrow" is written ("the day after tmrw")
        if "шн" in w:
            w = V.RELDAY_ADJ[w.split("шн")[0] + "шн"]   # "завтрашнего дня": tomorrow
        if w in V.TOMORROW_SHORT:
            if cx.raw[m.start():m.end()].isupper():
                continue    # "TMR": a code
            w = "tomorrow"
        elif V.TOMORROW_RE.fullmatch(w):
            w = "tomorrow"
        elif V.TONIGHT_RE.fullmatch(w):
            w = "tonight"
        off = {"today": 0, "tonight": 0, "till date": 0, "сегодня": 0, "седня": 0, "сёдня": 0,
               "tomorrow": 1, "завтра": 1, "завтро": 1, "послезавтра": 2, "после завтра": 2, "послепослезавтра": 3, "the day after tomorrow": 2,
               "day after tomorrow": 2, "yesterday": -1, "вчера": -1, "позавчера": -2,
               "the day before yesterday": -2}[w]
        wk = (_WEEKS_BEFORE.search(text, max(0, m.start() - 24), m.start())
              if w in ("today", "tomorrow") else None)
        if wk and not _BEEN_BEFORE.search(text, max(0, wk.start() - 12), wk.start()):
            # "three weeks today", "a week tomorrow": that many weeks after the day
            n = _num(wk["n"])
            add(cx.day(t + timedelta(days=off, weeks=n), wk.start(), m.end()))
            continue
        add(cx.day(t + timedelta(days=off), m.start(), m.end()))

    for m in V.P_WEEKDAY.finditer(text):
        if V.EVERY_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue        # "every Friday" recurs; it names no one day
        if m["wd"] == "среде" and not _TO_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            continue        # «в тестовой среде»: an environment; the weekday is «к среде»
        if V.HOLIDAY_WD_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue        # "Good Friday", "Black Friday traffic": a holiday's name
        if not V.WD_FULL.fullmatch(m["wd"]) and not V.misspelt_weekday(m["wd"]):
            continue        # a word only shaped like a misspelt weekday ("through", «почта»)
        wd = _weekday_of(m["wd"])
        mod = (m["mod"] or "").lower()
        same = V.SAME_DAY_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if same and not mod and wd == (t.weekday() + (0 if same["rel"].lower() in (
                "today", "сегодня") else 1)) % 7:
            continue        # "today, Thursday": the day is already named
        told_past = not mod and _said_as_past(text, m.start(), m.end())
        if not mod and (_PAST_BEFORE.search(text, max(0, m.start() - 16), m.start())
                        or told_past):
            mod = "last"    # "this past Monday", "ещё в среду", "it started on Sunday"
        nxt_week = bool(m["nw"]) or mod.startswith(("next", "следующ", "след", "сл."))
        if m["tw"]:
            d = t - timedelta(days=t.weekday()) + timedelta(days=wd)
        elif told_past and wd == t.weekday():
            d = t      # "the outage started on Friday" written on a Friday: today
        elif wd == t.weekday() and cx.prefer == "future" and not nxt_week and (
                mod.startswith(("this", "эт")) or (not mod and (_DEADLINE_BEFORE.search(
                    text, max(0, m.start() - 40), m.start()) or (_INCLUSIVE_AFTER.match(
                        text, m.end()) and _UNTIL_RU_BEFORE.search(
                            text, max(0, m.start() - 4), m.start()))))):
            d = t      # "this Friday", "by Friday" said on a Friday: today
        elif mod.startswith(("last", "прошл")) or (cx.prefer == "past" and not mod):
            delta = (t.weekday() - wd) % 7 or 7
            d = t - timedelta(days=delta)
        elif nxt_week:
            monday = t - timedelta(days=t.weekday()) + timedelta(weeks=1)
            d = monday + timedelta(days=wd)
        else:
            delta = (wd - t.weekday()) % 7 or 7
            d = t + timedelta(days=delta)
            wk = _WEEK_AFTER.match(text, m.end()) if not mod else None
            if wk:          # "Thursday week": a week after the coming Thursday
                add(cx.day(d + timedelta(weeks=1), m.start(), wk.end()))
                continue
            ahead = _A_WEEK_BEFORE.search(text, max(0, m.start() - 14), m.start()) \
                if not mod else None
            if ahead and not _BEEN_BEFORE.search(text, max(0, ahead.start() - 12),
                                                 ahead.start()):
                # "a week Friday", "a week on Monday": a week after the coming one
                add(cx.day(d + timedelta(weeks=1), ahead.start(), m.end()))
                continue
        add(cx.day(d, m.start(), m.end()))


_PAST_BEFORE = re.compile(r"(?:\bthis\s+past|\bещ[её]\s+(?:в|во))\s+$", V.F)
_WEEK_AFTER = re.compile(r"\s+week\b(?![’']s|\s+(?:of|after|before|from|\d))"
                         r"|\s+через\s+неделю\b", V.F)
_WEEKS_BEFORE = re.compile(r"\b(?P<n>a|one|two|three|four|five|six|\d)\s+weeks?\s+$", V.F)
_BEEN_BEFORE = re.compile(r"\b(?:been|for|over|past|last)\s+$", V.F)
_A_WEEK_BEFORE = re.compile(r"\b(?:a|one)\s+week\s+(?:on\s+)?$", V.F)
# A clause in the English past tense with no word of the future or of a wish: "the outage
# started on Sunday", "it was received on the 2nd" name a day gone, not the next one.
_CLAUSE_START = re.compile(r".*(?:[.!?;:()]|\s[-–—]\s|,\s+(?=(?:but|though|although|and)\b))",
                           V.F | re.S)
_PAST_CLAUSE = re.compile(r"\b(?:was|were|had|did|started|began|arrived|happened|occurred|"
                          r"broke|failed|stopped)\b", V.F)
_NOT_PAST = re.compile(r"\b(?:will|shall|would|could|should|can|may|might|must|going|if|when|"
                       r"hop(?:e|ed|ing)|wonder(?:ed|ing)?|thought|want(?:ed)?|plan(?:ned)?|agreed|"
                       r"decided|told|said|asked|scheduled|expected)\b|['’]ll\b", V.F)


# "As discussed on Monday", "we missed you on Friday", "I rang him on Tuesday": a verb in the
# past right before "on" and its day (any regular verb, and the irregular ones mail uses)
_PAST_VERB_ON = re.compile(r"\b(?:[a-z]{2,}[^e\W]ed|sent|paid|spoke|met|wrote|rang|came|went|got|"
                           r"made|gave|left|heard|sent|signed|told)\s+"
                           r"(?:(?:you|us|him|her|them|it|me)\s+)?on\s+$", V.F)
# a present passive or adjective ("we're closed on", "is booked on") or a day being arranged
_NOT_PAST_ON = re.compile(r"\b(?:is|are|am|be|been|being|booked|confirmed|arranged|"
                          r"(?:re)?scheduled|postponed|moved|pushed|fixed|changed)\b|['’](?:s|re|m)\b",
                          V.F)
# a Russian weekday said with «в/во» inside the words of one clause, up to its ends
_RU_IN_BEFORE = re.compile(r"(?<![а-яё])во?\s+$", V.F)
_RU_CLAUSE_END = re.compile(r"[,;:.!?()]|\s[-–—]\s|(?<![а-яё])(?:что|чтобы|но|а|и)(?![а-яё])", V.F)
_RU_WORD = re.compile(r"[а-яё]{2,}", V.F)
# a preposition that sets a Russian day as a target or a bound («до 3-го», «на 5-е», «к 7-му»)
_RU_PREP_BEFORE = re.compile(r"(?<![а-яё])(?:до|к|ко|по|на|с|со|после|около|через|в|во)\s+$", V.F)


def _said_as_past(text: str, start: int, end: int | None = None) -> bool:
    """Whether the clause before ``start`` is told in the past tense: English by its words,
    a Russian weekday after «в/во» by the nearest verb of its clause (see
    :func:`_ru_clause_past`)."""
    head = text[max(0, start - 80):start]
    cut = _CLAUSE_START.match(head)
    clause = head[cut.end():] if cut else head
    if _NOT_PAST.search(clause):
        return False
    if _PAST_CLAUSE.search(clause):
        return True
    if _PAST_VERB_ON.search(clause):
        return not _NOT_PAST_ON.search(clause)
    return end is not None and bool(_RU_IN_BEFORE.search(head)) and _ru_clause_past(text, start, end)


def _ru_clause_past(text: str, start: int, end: int) -> bool:
    """Whether the verb nearest a Russian day in its clause is in the past: the last one
    before it («мы уже писали вам в понедельник»), or, with none before, the first after
    («во вторник были проблемы»). A verb told in the future, or none at all, is not the past
    («как договорились, подпишем в пятницу», «совещание в пятницу»)."""
    from indexer.ru_morph import likeliest

    cut = max((m.end() for m in _RU_CLAUSE_END.finditer(text, max(0, start - 80), start)),
              default=max(0, start - 80))
    after = _RU_CLAUSE_END.search(text, end)
    stop = after.start() if after else len(text)

    def tense(word: str) -> str | None:
        tag = likeliest(word).tag     # read once per process: a word recurs in every letter
        if "INFN" in tag:
            return "other"      # «обещал перевести в понедельник»: the act is ahead
        if "VERB" not in tag:
            return None
        return "past" if "past" in tag else "other"

    before = [w for w in (tense(m.group()) for m in _RU_WORD.finditer(text, cut, start)) if w]
    if before:
        return before[-1] == "past"
    return next((w for w in (tense(m.group()) for m in _RU_WORD.finditer(text, end, stop)) if w),
                None) == "past"


# "by Friday", "by COB Friday", "on or before Friday", «не позднее пятницы»: said on a Friday,
# today. A bare «до пятницы» said on a Friday is next week's, as Russian writers read it, unless
# it says the day itself counts: «до пятницы включительно».
_DEADLINE_BEFORE = re.compile(
    r"(?:\b(?:by|until|till|no\s+later\s+than|not\s+later\s+than|on\s+or\s+before)|"
    r"(?<![а-яё])не\s+(?:позднее|позже))\s+"
    r"(?:(?:cob|eod|close\s+of\s+business|end\s+of\s+(?:the\s+)?(?:business\s+)?day)[\s,]+"
    r"(?:on\s+)?)?$", V.F)
_UNTIL_RU_BEFORE = re.compile(r"(?<![а-яё])до\s+$", V.F)
_INCLUSIVE_AFTER = re.compile(r"\s+включительно\b", V.F)


def _weekday_day(cx: _Ctx, wd: int, mod: str) -> date:
    """The day a weekday names: "next"/"last" move a week, a bare one follows ``prefer``;
    "this Fri" or "by Fri" said on a Friday is that day."""
    t = cx.today
    mod = mod.split()[-1] if mod else ""
    if wd == t.weekday() and cx.prefer == "future" and mod.startswith(
            ("this", "эт", "by", "until", "till")):
        return t
    if mod.startswith(("last", "прошл")) or (cx.prefer == "past" and mod in ("", "on")):
        return t - timedelta(days=(t.weekday() - wd) % 7 or 7)
    if mod.startswith(("next", "следующ", "след.", "сл.")):
        return t - timedelta(days=t.weekday()) + timedelta(weeks=1, days=wd)
    return t + timedelta(days=(wd - t.weekday()) % 7 or 7)


# "month-end" right before a word describes it ("month-end reconciliation"), unless a
# preposition puts it in time ("by year-end we ...")
_DESCRIBES_NOUN = re.compile(
    r"[ \t]+(?!(?:is|was|will|would|should|shall|can|could|may|might|must|does|did|has|had|"
    r"and|or|but|so|then|if|as|at|in|on|to|for|with|by|we|i|you|they|he|she|it|please|"
    r"falls|comes|works|suits|fine|ok)\b)[a-z]")
_OWN_YEAR_BEFORE = re.compile(r"(?:\b(?:our|your|their|its|his|her|fiscal|financial|tax|"
                              r"accounting|fy)|\w['’]s)\s+$", V.F)
_PERIOD_END_LEAD = re.compile(r"\b(?:by|before|until|till|at|after|from|to|for|around|near|"
                              r"through|past|since|of|on)\s+(?:the\s+)?$", V.F)
# the leads that put a period's end before a noun in time: "by year-end reporting is closed",
# unlike "for year-end payments" or "of year-end docs" (a kind of payment, of documents)
_PERIOD_END_TIME_LEAD = re.compile(r"\b(?:by|before|until|till|at|after|from|around|near|"
                                   r"through|past|since|on)\s+(?:the\s+)?$", V.F)

# "пн"/"пон.", "вт"/"вторн.", "чт"/"четв.", "пт"/"пятн.", "сб"/"суб.", "вс"/"воскр.": by the first two letters
# "№ 12/05", "#CN-12/05", "No. 12.05", "invoice INV-12/05": a number or code of a document,
# never its date
#: What makes the number after it a reference, not a date: a document's number ("№ 12.05"), a
#: code ("ab-12.05"), or a release of software ("version 3.11", «релиз 4.12», «сборка 2.10»).
_REFERENCE_BEFORE = re.compile(r"(?:№|#|\bno\.|\bnr\.?|\bномер)\s*$|(?<![a-zа-яё])[a-zа-яё]{1,5}-$"
                               r"|(?<![a-zа-яё])(?:version|release|build|ver\.|верси[яиюей]|"
                               r"релиз[аеу]?|сборк[аиуе])\s*$")
_TO_BEFORE = re.compile(r"(?<![а-яё])ко?\s+$")
_WEEKDAY_BEFORE = re.compile(r"(?:\b" + V.WD_RE + r"|\b" + V.WD_ABBR + r"|\b(?:weds|пн|вт|ср|чт|пт|сб|вс))"
                             r"\.?,?\s*$", V.F)
_RU_WD = {"пн": 0, "по": 0, "вт": 1, "ср": 2, "чт": 3, "че": 3, "пт": 4, "пя": 4, "сб": 5, "су": 5,
          "вс": 6, "во": 6}


def _scan_weekday_words(text: str, cx: _Ctx, add) -> None:
    """Weekday abbreviations alone ("Thu", "до пт.") and counts ("2 Fridays from now")."""
    for m in V.P_WD_ABBR.finditer(text):
        if V.EVERY_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue
        en = m["wd"] or m["wd2"] or m["wd3"]
        wd = _weekday_of(en) if en else _RU_WD[
            (m["wd4"] or m["wd5"] or m["wd6"] or m["wd7"]).lower()[:2]]
        mod = (m["mod"] or m["mod2"] or m["mod3"] or "").lower()
        wk = _WEEK_AFTER.match(text, m.end()) if not mod and en else None
        if wk:              # "Fri week": a week after the coming Friday, as "Friday week"
            add(cx.day(_weekday_day(cx, wd, mod) + timedelta(weeks=1), m.start(), wk.end()))
            continue
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


def _scan_holidays(text: str, cx: _Ctx, add) -> None:
    """Fixed-date holidays ("on Boxing Day", "New Year's Day"): the next one, or the
    last one when the text is about the past."""
    for m in V.P_HOLIDAY.finditer(text) if V.HOLIDAY_HINT.search(text) else ():
        if not m["rel"] and _AFTER_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue        # "after Thanksgiving": some time after it, no one day
        name = re.sub(r"\s+", " ", m["h"].lower().replace("’", "'"))
        if V.P_MLK_NAME.match(name):
            name = "mlk day"
        if name in V.HOLIDAYS:
            mo, dd = V.HOLIDAYS[name]
            d = date(cx.year_for(mo, dd), mo, dd)
            if name == "tax day" and d.weekday() >= 5:
                d += timedelta(days=7 - d.weekday())    # filed on the Monday after a weekend
        else:
            d = _moving(cx, name)
        if m["rel"]:        # "the day after Labor Day", "the Monday after Thanksgiving"
            after = m["rel"].lower().endswith("after")
            wd = V.WD_NAMES_EN.index(m["rwd"].lower()) if m["rwd"] else None
            d = _next_to(d, wd, after)
        add(cx.day(d, m.start(), m.end()))
    for m in V.P_HOLIDAY_BARE.finditer(text) if V.HOLIDAY_HINT.search(text) else ():
        name = " ".join(m["h"].split())
        if name == "new year" and m["lead"] in ("on", "for"):
            continue        # "plans for the new year": a year, not its first day
        if name == "easter":
            d = _moving(cx, "easter sunday")
        else:
            mo, dd = (12, 25) if name == "christmas" else (1, 1)
            d = date(cx.year_for(mo, dd), mo, dd)
        add(cx.day(d, m.start(), m.end()))
    for m in V.P_HOLIDAY_RU.finditer(text) if V.HOLIDAY_RU_HINT.search(text) else ():
        pre = (m["pre"] or "").lower()
        if pre in ("после", "с", "со", "перед") and not m["rwd"]:
            continue        # «после Дня Победы», «перед Новым годом»: some time around it
        if m["ny"]:
            if not pre or pre in ("в", "во"):
                continue    # «празднование Нового года»: no day asked for
            mo, dd = 1, 1
        elif m["xmas"]:
            # Russian Christmas is the Orthodox one, unless the text says the Catholic
            mo, dd = (12, 25) if _CATHOLIC_BEFORE.search(text, max(0, m.start("h") - 16),
                                                          m.start("h")) else (1, 7)
        elif m["w8"]:
            mo, dd = 3, 8
        else:
            mo, dd = V.HOLIDAYS_RU[m["day"][:5]]
        d = date(cx.year_for(mo, dd), mo, dd)
        if m["rwd"]:        # «в пятницу перед Днём России»: that weekday next to the holiday
            d = _next_to(d, V.WD_NAMES_RU.index(m["rwd"].lower()[:5]), pre == "после")
        add(cx.day(d, m.start(), m.end()))


def _next_to(d: date, weekday: int | None, after: bool) -> date:
    """The day just after (or before) ``d``, or the first given weekday after (before) it."""
    step = 1 if after else -1
    d += timedelta(days=step)
    while weekday is not None and d.weekday() != weekday:
        d += timedelta(days=step)
    return d


_CATHOLIC_BEFORE = re.compile(r"католическ\w*\s+$", V.F)


def _moving(cx: _Ctx, name: str) -> date:
    """The next (or, about the past, the last) day of a holiday that moves."""
    def on(year: int) -> date:
        if name in V.MOVING_HOLIDAYS:
            anchor, n = V.MOVING_HOLIDAYS[name]
            if anchor == "easter":
                return _easter(year) + timedelta(days=n)
            if anchor == "thanksgiving":
                return _us_holiday("Thanksgiving Day", year) + timedelta(days=n)
            first = date(year, n, 1)        # a Monday of month n: the first or the last
            if anchor == "first monday":
                return first + timedelta(days=-first.weekday() % 7)
            last = _month_end(year, n)
            return last - timedelta(days=last.weekday())
        return _us_holiday(V.US_HOLIDAYS[name.replace("'", "")], year)
    d = on(cx.today.year)
    if cx.prefer == "future" and (cx.today - d).days > 60:
        return on(cx.today.year + 1)
    if cx.prefer == "past" and d > cx.today:
        return on(cx.today.year - 1)
    return d


def _easter(year: int) -> date:
    """Western Easter Sunday: the Gregorian computus (Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    lt = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * lt) // 433
    month = (h + lt - 7 * m + 90) // 25
    return date(year, month, (h + lt - 7 * m + 33 * month + 19) % 32)


_AFTER_BEFORE = re.compile(r"\b(?:after|since)\s+(?:the\s+)?$", V.F)


@functools.lru_cache(maxsize=64)
def _us_holiday(name: str, year: int) -> date:
    """The day a US holiday that moves falls on in ``year``."""
    return next(d for d, n in holidays.country_holidays("US", years=year).items() if n == name)


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
    for m in V.P_DOM_LATIN.finditer(text):
        shift = {"prox": 1, "inst": 0, "ult": -1}[m["w"]]
        mm = _add_months(cx.ref.replace(day=1), shift)
        d = _safe_date(mm.year, mm.month, int(m["d"]))
        if d:
            add(cx.day(d, m.start(), m.end()))
    for m in _chain(V.P_DOM_WORD.finditer(text), V.P_DOM_ORD_RU.finditer(text)):
        dd = V.ordinal_day(m["o"] or m["o2"] or m["o3"])
        if dd is None or V.RECUR_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue
        t = cx.today
        y, mo = t.year, t.month
        if cx.prefer == "future" and dd < t.day:
            mm = _add_months(cx.ref.replace(day=1), 1)
            y, mo = mm.year, mm.month
        d = _safe_date(y, mo, dd)
        if d:
            add(cx.day(d, m.start(), m.end()))


def _scan_iso_weeks(text: str, cx: _Ctx, add) -> None:
    """ISO calendar weeks ("KW 18", "calendar week 2", «на 19-й неделе»): Monday to Sunday, this
    year's, or next year's when this year's is long past."""
    for m in V.P_ISO_WEEK.finditer(text):
        n = int(m["n"] or m["n2"] or m["n3"])
        y = cx.today.year
        try:
            monday = date.fromisocalendar(y, n, 1)
            if cx.prefer == "future" and (cx.today - monday).days > 60:
                monday = date.fromisocalendar(y + 1, n, 1)
        except ValueError:
            continue
        add(cx.period(monday, monday + timedelta(days=6), "week", m.start(), m.end()))


def _scan_workdays(text: str, cx: _Ctx, add) -> None:
    """The next working day, and the first or last working day of a month, week, quarter or
    year, by the sender's business calendar."""
    cal = cx.cal
    for m in V.P_WORKDAY.finditer(text):
        fl = (m["fl"] or m["fl2"]).lower()
        unit = (m["unit"] or m["unit2"] or "").lower()
        working = bool(m["bd"] or m["bd2"])
        if fl.startswith(("next", "following", "следующ", "ближайш")):
            if working and not unit:
                add(cx.day(cal.add_workdays(cx.today, 1), m.start(), m.end()))
            continue
        if not unit:
            continue      # "the first working day" of what is not said
        which = (m["which"] or m["which2"] or "").lower()
        year = m["y"] or m["y2"]
        first = fl.startswith(("first", "1", "перв"))
        d, named = _workday_in(cx, unit, which, year, first, working)
        if not named and d < cx.today and cx.prefer == "future":
            # "the first working day of the month" said after it: the next month's
            d, _ = _workday_in(cx, unit, "next", year, first, working)
        add(cx.day(d, m.start(), m.end()))
