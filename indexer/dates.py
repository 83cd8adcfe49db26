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
from indexer.classify import WordRule, keyword_pattern

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


# ---------------------------------------------------------------- vocabulary

_MONTHS: dict[str, int] = {}
for _n, _names in enumerate((
        "january jan январ", "february feb феврал", "march mar март", "april apr апрел",
        "may май мая мае", "june jun июн", "july jul июл", "august aug август",
        "september sept sep сентябр", "october oct октябр", "november nov ноябр",
        "december dec декабр"), start=1):
    for _w in _names.split():
        _MONTHS[_w] = _n

_MONTH_KEYS = sorted(_MONTHS, key=len, reverse=True)
_MONTH_RE = (r"(?:january|february|march|april|june|july|august|september|october|november|"
             r"december|jan|feb|mar|apr|may|jun|jul|aug|sept|sep|oct|nov|dec|"
             r"январ[ьяюе]|феврал[ьяюе]|марта?|марте|апрел[ьяюе]|ма[йяюе]|июн[ьяюе]|"
             r"июл[ьяюе]|августа?|августе|сентябр[ьяюе]|октябр[ьяюе]|ноябр[ьяюе]|"
             r"декабр[ьяюе])")

_WEEKDAYS = [
    ("monday", "понедельник"), ("tuesday", "вторник"), ("wednesday", "сред"),
    ("thursday", "четверг"), ("friday", "пятниц"), ("saturday", "суббот"),
    ("sunday", "воскресень")]
_WD_RE = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
          r"понедельник[аеу]?|вторник[аеу]?|сред[аыуе]|четверг[аеу]?|пятниц[аыуе]|"
          r"суббот[аыуе]|воскресень[еяю])")
_WD_ABBR = r"(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)"

_NUM_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "couple of": 2, "a couple of": 2,
    "один": 1, "одну": 1, "одного": 1, "одна": 1, "одной": 1, "два": 2, "две": 2, "двух": 2,
    "три": 3, "трёх": 3, "трех": 3, "четыре": 4, "четырёх": 4, "четырех": 4, "пять": 5,
    "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7, "восемь": 8, "восьми": 8,
    "девять": 9, "девяти": 9, "десять": 10, "десяти": 10, "пару": 2, "пара": 2,
}
_NUM_RE = (r"(?:\d{1,4}|a couple of|couple of|an?|one|two|three|four|five|six|seven|eight|"
           r"nine|ten|одн(?:у|ого|а|ой)|один|два|две|двух|три|тр[её]х|четыр(?:е|[её]х)|"
           r"пят[ьи]|шест[ьи]|сем[ьи]|восем[ьи]|восьми|девят[ьи]|десят[ьи]|пар[уа])")

# unit word -> (canonical unit, grain)
_UNITS = [
    (r"decades?|десятилети[йяе]", "decade"),
    (r"years?|yrs?|год(?:а|у)?|лет", "year"),
    (r"months?|месяц(?:а|ев)?", "month"),
    (r"weeks?|wks?|недел[ьиюя]", "week"),
    (r"(?:business |working )?days?|(?:рабоч(?:их|ий|ие|его)\s+)?(?:дн(?:я|ей)|день)", "day"),
    (r"hours?|hrs?|hr|час(?:а|ов)?|ч\.?", "hour"),
    (r"minutes?|mins?|минут[уы]?|мин\.?", "minute"),
    (r"seconds?|secs?|sec|секунд[уы]?|сек\.?", "second"),
]
_UNIT_RE = "(?:" + "|".join(u for u, _ in _UNITS) + ")"
_UNIT_CRES = [(re.compile(r"^(?:" + u + r")$"), name) for u, name in _UNITS]


# --------------------------------------------------------------- the patterns

# Patterns run on lower-cased text: without IGNORECASE the regex engine is much faster.
_F = re.UNICODE


def _c(p: str) -> re.Pattern[str]:
    return re.compile(p, _F)


_P_ISO = _c(r"(?P<y>\d(?<!\w\d)\d{3})-(?P<mo>\d{2})-(?P<d>\d{2})(?:[t ](?P<h>\d{1,2}):(?P<mi>\d{2})"
            r"(?::(?P<s>\d{2})(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?\b")
_P_NUMERIC = _c(r"(?P<d>\d(?<![\d.,/]\d)\d?)\s?\.\s?(?P<mo>\d{1,2})(?:\s?\.\s?(?P<y>\d{4}|\d{2}))?"
                r"(?![\d%]|[.,]\d)(?:(?:\s+|\s*г\.?\s*)(?P<h>\d{1,2})[.:h](?P<mi>\d{2})\b)?")
_P_SLASH = _c(r"(?P<a>\d(?<![\d/]\d)\d?)/(?P<b>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?(?![\d/])")
_P_DAY_MONTH = _c(
    r"(?:\b" + _WD_RE + r"|\b" + _WD_ABBR + r"\.?)?[,\s]*"
    r"\b(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th|-?(?:го|е|ое))?(?:\s+of)?[\s.,-]*"
    r"(?P<mon>" + _MONTH_RE + r")\b\.?"
    r"(?:[\s,]*(?:в\s+)?(?P<y>\d{4})(?!\d)(?:\s*(?:г\.|года|году|г\b))?)?")
_P_MONTH_DAY = _c(
    r"(?:\b" + _WD_RE + r"|\b" + _WD_ABBR + r"\.?)?[,\s]*"
    r"\b(?P<mon>" + _MONTH_RE + r")\b\.?\]?\s*(?P<d>\d{1,2})(?:st|nd|rd|th)?\b"
    r"(?:(?P<clock>\s+\d{1,2}:\d{2}(?::\d{2})?)?[\s,]+(?P<y>\d{4})(?!\d))?")
_P_MONTH_YEAR = _c(r"\b(?P<mon>" + _MONTH_RE + r")\s+(?P<y>\d{4})\b")
_P_MONTH_ONLY = _c(r"\b(?P<pre>in|by|until|till|during|в|до|к|к концу|в течение)\s+"
                   r"(?P<mon>" + _MONTH_RE + r")\b")
_P_END_OF = _c(
    r"\b(?:(?:the\s+)?end\s+of\s+(?:the\s+)?|(?:до|к|на|в)\s+конц[еау]\s+)"
    r"(?P<which>this\s+|next\s+|current\s+|эт(?:ой|ого)\s+|текущ(?:ей|его)\s+|следующ(?:ей|его)\s+)?"
    r"(?P<unit>week|month|quarter|year|day|business\s+day|working\s+day|"
    r"недели|месяца|квартала|года|(?:рабочего\s+)?дня|" + _MONTH_RE + r")\b"
    r"|\b(?P<unit2>week|month|quarter|year)[- ]end\b|\b(?P<abbr>eod|cob|eom|eow|eoq)\b"
    r"|\bclose\s+of\s+(?:business|play)\b(?P<cob>)")
_P_THIS_NEXT = _c(
    r"\b(?P<which>this|next|last|coming|following|эт(?:ой|ом|от|у)|следующ(?:ей|ем|ий|ую)|"
    r"след\.|прошл(?:ой|ом|ый|ую)|текущ(?:ей|ем)|ближайш(?:ей|ем|ий))\s+"
    r"(?P<unit>week|month|quarter|year|decade|недел[еию]|месяце|квартале|году)\b")
_P_QUARTER = _c(r"\b(?:q(?P<q>[1-4])|(?P<q2>[1-4])(?:-?(?:м|ом|й))?\s+квартал[еа]?|"
                r"(?P<qw>перв|втор|трет|четв[её]рт)\w*\s+квартал[еа]?)"
                r"(?:\s+(?P<y>\d{4}))?\b")
_P_DOM = _c(r"\b(?:(?:the|by|on|until|till|before)\s+(?:the\s+)?)(?P<d>\d{1,2})(?:st|nd|rd|th)\b"
            r"(?!\s+(?:of\s+)?" + _MONTH_RE + r")"
            r"|(?P<d2>\d{1,2})-?(?:го|му|е)(?:\s+числа)?\b(?!\s+" + _MONTH_RE + r")"
            r"|(?P<d3>\d{1,2})\s+числа\b")
_P_RELDAY = _c(r"\b(?P<w>today|tonight|tomorrow|yesterday|the\s+day\s+before\s+yesterday|"
               r"the\s+day\s+after\s+tomorrow|day\s+after\s+tomorrow|till\s+date|"
               r"сегодня|завтра|послезавтра|вчера|позавчера)\b")
_P_WEEKDAY = _c(r"\b(?:(?P<mod>next|this|coming|last|следующ(?:ий|ую|ее|его|ему)|эт(?:от|у|им)|"
                r"ближайш(?:ий|ую|ее)|прошл(?:ый|ую|ом))\s+)?(?P<wd>" + _WD_RE + r")"
                r"(?P<nw>\s+(?:of\s+)?next\s+week|\s+на\s+следующей\s+неделе|\s+after\s+next)?\b")
_P_DURATION = _c(
    r"(?:\b(?P<pre>in|within|after|через|в\s+течение|за|около|about|примерно)\s+)?"
    r"(?P<body>(?:(?:" + _NUM_RE + r")\s*(?:" + _UNIT_RE + r")(?:[\s,]+(?:and|и)\s+|[\s,]+(?=\d)|\s*,\s*)?)+)"
    r"(?:\s+(?P<post>ago|назад|before|earlier|later|from\s+now|спустя))?"
    r"|(?:\b(?P<pre2>in|within|через|в\s+течение)\s+)(?P<lone>(?:the\s+)?(?:next\s+)?"
    r"(?:недел[июь]|месяц[а]?|год[а]?|час|week|month|year|hour))\b"
    r"|\b(?P<lone2>час|минуту|секунду|неделю|день|месяц|год|week|month|year|hour|minute|day)"
    r"\s+(?P<post2>назад|ago)\b")
# A word before a time ("at", "до", "после") is looked up after the time is found: a pattern
# that starts with an optional word cannot skip ahead to the digits.
_TIME_MODE_BEFORE = _c(
    r"\b(?P<mode>at|by|before|until|till|after|from|around|в|во|до|к|после|с|около|не\s+позднее)"
    r"\s+$")
_P_TIME = _c(  # one leading hour group, so `re` can skip ahead to digits
    r"(?P<hh>\d\d?)(?:"
    r"(?:[:.](?P<m>\d{2})(?::(?P<s>\d{2})(?:\.\d+)?)?)?\s*(?P<ap>[ap])\.?\s?m\b\.?"
    r"|:(?P<m2>\d{2})(?::(?P<s2>\d{2})(?:\.\d+)?)?(?!\d)(?:\s*(?P<sfx2>утра|вечера|дня|ночи))?"
    r"|\s*(?P<sfx3>утра|вечера|дня|ночи|часов|часа|час|o'?clock)\b"
    r"|h(?P<m4>\d{2})\b)")
_WEAK_MODE_BEFORE = _c(r"\b(?:at|в|до|к|by)\s+$")
_P_TIME_WEAK = _c(r"(?P<h>\d(?<=\s\d)\d?)(?:[.](?P<m>\d{2}))?(?![\d.,:%])")
_P_PART = _c(
    r"\b(?P<p>before\s+lunch|by\s+lunch(?:time)?|до\s+обеда|к\s+обеду|после\s+обеда|after\s+lunch|"
    r"(?:at\s+)?noon|(?:at\s+)?midday|(?:at\s+)?midnight|в\s+полдень|в\s+полночь|"
    r"(?:in\s+the\s+|this\s+|by\s+(?:the\s+)?|tomorrow\s+)?morning|утром|с\s+утра|к\s+утру|"
    r"(?:in\s+the\s+|this\s+|by\s+(?:the\s+)?)?afternoon|днём|днем|"
    r"(?:in\s+the\s+|this\s+|by\s+(?:the\s+)?)?evening|вечером|к\s+вечеру|"
    r"(?:до|к)\s+концу?\s+(?:рабочего\s+)?дня|end\s+of\s+(?:the\s+)?(?:business\s+|working\s+)?day)\b")

# Words each pattern group needs (lower-case text); a group runs only when its hint is found.
_DIGIT = _c(r"\d")
_MONTH_HINT = _c(keyword_pattern([
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    "январ", "феврал", "март", "апрел", "май", "мая", "маю", "мае", "июн", "июл", "август",
    "сентябр", "октябр", "ноябр", "декабр"]))
_END_HINT = _c(r"end\s+of|[- ]end\b|конц|eo[dmwq]|cob|close\s+of")
_UNIT_WORD_HINT = _c(keyword_pattern([
    "week", "month", "quarter", "year", "decade", "недел", "месяц", "квартал", "году"]))
_RELATIVE_HINT = _c(keyword_pattern([
    "today", "tonight", "tomorrow", "yesterday", r"till\s+date", "сегодня", "завтра", "вчера",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресень"]))
_UNIT_HINT = _c(keyword_pattern([
    "decade", "десятилети", "year", "yr", "год", "лет", "month", "месяц", "week", "wk", "недел",
    "day", "дн", "день", "hour", "hr", "час", "ч", "minute", "min", "минут", "мин",
    "second", "sec", "секунд", "сек"]))
_PART_HINT = _c(keyword_pattern([
    "lunch", "обед", "noon", "midday", "midnight", "полдень", "полночь", "morning", "утр",
    "afternoon", "днём", "днем", "evening", "вечер", "конц", r"end\s+of"]))

_QUARTER_HINT = _c(r"q[1-4]|квартал")
_DOM_HINT = _c(r"\d-?(?:st|nd|rd|th|го|му|е)|\d\s+числа")


def _unit_hint(text: str) -> bool:
    """A unit word ("days", "час", "wk") that starts a word or follows a digit."""
    for m in _UNIT_HINT.finditer(text):
        st = m.start()
        if st == 0 or not text[st - 1].isalpha():
            return True
    return False


# ------------------------------------------------------------------- helpers


def _num(word: str) -> int:
    w = " ".join(word.lower().split())
    if w.isdigit():
        return int(w)
    return _NUM_WORDS.get(w, _NUM_WORDS.get(w.replace("ё", "е"), 1))


def _month_of(word: str) -> int:
    w = word.lower().rstrip(".")
    if w in _MONTHS:
        return _MONTHS[w]
    for k in _MONTH_KEYS:
        if w.startswith(k):
            return _MONTHS[k]
    raise KeyError(word)


def _weekday_of(word: str) -> int:
    w = word.lower()
    for i, (en, ru) in enumerate(_WEEKDAYS):
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


def _y2(y: str | None) -> int | None:
    if not y:
        return None
    v = int(y)
    return v + 2000 if len(y) == 2 else v


# ------------------------------------------------------------------ scanners


def _scan(text: str, cx: _Ctx, lang: str | None) -> list[_Comp]:
    out: list[_Comp] = []
    add = out.append
    # Each pattern group runs only when the words it needs are in the text: most
    # sentences hold no date, and the patterns are long alternations.
    digit = _DIGIT.search(text) is not None
    month = _MONTH_HINT.search(text) is not None
    if digit:
        _scan_numeric(text, cx, lang, add, month)
    if month:
        _scan_month_names(text, cx, add, digit)
    _scan_periods(text, cx, add, digit)
    if _RELATIVE_HINT.search(text):
        _scan_relative(text, cx, add)
    if _unit_hint(text):
        _scan_durations(text, cx, add)
    _scan_times(text, cx, add, digit)
    return out


def _scan_numeric(text: str, cx: _Ctx, lang: str | None, add, month: bool) -> None:
    tz = cx.tz
    for m in _P_ISO.finditer(text):
        d = _safe_date(int(m["y"]), int(m["mo"]), int(m["d"]))
        if not d:
            continue
        if m["h"]:
            dt = datetime(d.year, d.month, d.day, int(m["h"]), int(m["mi"]), int(m["s"] or 0),
                          tzinfo=tz)
            add(cx.exact(dt, "minute", m.start(), m.end()))
        else:
            add(cx.day(d, m.start(), m.end(), explicit_year=True))

    for m in _P_NUMERIC.finditer(text):
        dd, mo = int(m["d"]), int(m["mo"])
        y = _y2(m["y"])
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

    for m in _P_SLASH.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        mo, dd = (b, a) if lang == "ru" else (a, b)
        y = _y2(m["y"])
        if not y and not (1 <= mo <= 12 and 1 <= dd <= 31):
            continue
        d = _safe_date(y or cx.year_for(mo, dd), mo, dd)
        if d:
            add(cx.day(d, m.start(), m.end(), explicit_year=bool(y)))

    if not month:
        return
    for pat in (_P_DAY_MONTH, _P_MONTH_DAY):
        for m in pat.finditer(text):
            mo = _month_of(m["mon"])
            dd = int(m["d"])
            y = int(m["y"]) if m["y"] else None
            d = _safe_date(y or cx.year_for(mo, dd), mo, dd)
            if not d:
                continue
            s = m.start() + (len(m.group(0)) - len(m.group(0).lstrip(" ,")))
            if pat is _P_MONTH_DAY and m["clock"]:
                hh, mi, *sec = (int(x) for x in m["clock"].strip().split(":"))
                dt = datetime.combine(d, time(hh % 24, mi, sec[0] if sec else 0), tz)
                add(cx.exact(dt, "minute", s, m.end()))
            else:
                add(cx.day(d, s, m.end(), explicit_year=bool(y)))



def _scan_month_names(text: str, cx: _Ctx, add, digit: bool) -> None:
    if digit:
        for m in _P_MONTH_YEAR.finditer(text):
            mo, y = _month_of(m["mon"]), int(m["y"])
            add(cx.period(date(y, mo, 1), _month_end(y, mo), "month", m.start(), m.end()))

    for m in _P_MONTH_ONLY.finditer(text):
        mo = _month_of(m["mon"])
        y = cx.year_for(mo, _cal.monthrange(cx.today.year, mo)[1])
        add(cx.period(date(y, mo, 1), _month_end(y, mo), "month", m.start("mon"), m.end()))


def _scan_periods(text: str, cx: _Ctx, add, digit: bool = True) -> None:
    t = cx.today
    if _END_HINT.search(text):
        _scan_end_of(text, cx, add)
    if _UNIT_WORD_HINT.search(text):
        _scan_this_next(text, cx, add)
    if _QUARTER_HINT.search(text):
        _scan_quarter(text, cx, add)
    if not digit or not _DOM_HINT.search(text):
        return
    for m in _P_DOM.finditer(text):
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
    for m in _P_THIS_NEXT.finditer(text):
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
    for m in _P_QUARTER.finditer(text):
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
    for m in _P_END_OF.finditer(text):
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
    for m in _P_RELDAY.finditer(text):
        w = " ".join(m["w"].lower().split())
        off = {"today": 0, "tonight": 0, "till date": 0, "сегодня": 0, "tomorrow": 1,
               "завтра": 1, "послезавтра": 2, "the day after tomorrow": 2,
               "day after tomorrow": 2, "yesterday": -1, "вчера": -1, "позавчера": -2,
               "the day before yesterday": -2}[w]
        add(cx.day(t + timedelta(days=off), m.start(), m.end()))

    for m in _P_WEEKDAY.finditer(text):
        wd = _weekday_of(m["wd"])
        mod = (m["mod"] or "").lower()
        nxt_week = bool(m["nw"]) or mod.startswith(("next", "следующ"))
        if mod.startswith(("last", "прошл")) or (cx.prefer == "past" and not mod):
            delta = (t.weekday() - wd) % 7 or 7
            d = t - timedelta(days=delta)
        elif nxt_week:
            monday = t - timedelta(days=t.weekday()) + timedelta(weeks=1)
            d = monday + timedelta(days=wd)
        else:
            delta = (wd - t.weekday()) % 7 or 7
            d = t + timedelta(days=delta)
        add(cx.day(d, m.start(), m.end()))


def _parse_body(body: str) -> list[tuple[int, str]]:
    parts: list[tuple[int, str]] = []
    for nm in re.finditer(r"(?P<n>" + _NUM_RE + r")?\s*(?P<u>" + _UNIT_RE + r")", body, _F):
        unit = " ".join(nm["u"].lower().split())
        name = next((nme for cre, nme in _UNIT_CRES if cre.match(unit)), None)
        if name is None:
            continue
        if name == "day" and ("business" in unit or "working" in unit or "рабоч" in unit):
            name = "bday"
        parts.append((_num(nm["n"]) if nm["n"] else 1, name))
    return parts


_YEAR_NAMED = re.compile(r"(?:(?:за|в|на)\s+)?(?:19|20)\d\d\s+год[ауе]?", _F)


def _scan_durations(text: str, cx: _Ctx, add) -> None:
    for m in _P_DURATION.finditer(text):
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
                "later", "спустя") or post.startswith("from"):
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
    if _PART_HINT.search(text):
        _scan_parts(text, cx, add)
    if digit:
        _scan_clock(text, add)


def _scan_parts(text: str, cx: _Ctx, add) -> None:
    for m in _P_PART.finditer(text):
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
    for m in _P_TIME.finditer(text):
        start = m.start()
        before = _TIME_MODE_BEFORE.search(text, max(0, start - 16), start)
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

    for m in _P_TIME_WEAK.finditer(text):
        before = _WEAK_MODE_BEFORE.search(text, max(0, m.start() - 8), m.start())
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
                  r"[\s,]*)?$", _F)


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
    r"через|течение", _F)  # with _DIGIT and _MONTH_HINT: what every date expression needs


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
    if not (_DIGIT.search(low) or _PREFILTER.search(low) or _MONTH_HINT.search(low)):
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
                _MONTH_RE, frag, _F) and re.search(r"\d", frag):
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
