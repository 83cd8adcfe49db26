"""The vocabulary and patterns that :mod:`indexer.dates` finds date expressions with.

Month and weekday names, number words and units in Russian and English, the
compiled patterns for each kind of piece (ISO and numeric dates, "12 марта",
"next Friday", "end of the month", durations, times, parts of the day) and the
cheap hints that decide which pattern groups a text needs at all.
"""

from __future__ import annotations

import re
from functools import lru_cache

from indexer.classify import keyword_pattern
from indexer.cue_scan import gated

# ---------------------------------------------------------------- vocabulary

MONTHS: dict[str, int] = {}
for _n, _names in enumerate((
        "january jan январ", "february feb феврал", "march mar март", "april apr апрел",
        "may май мая мае", "june jun июн", "july jul июл", "august aug август",
        "september sept sep сентябр", "october oct октябр", "november nov ноябр",
        "december dec декабр"), start=1):
    for _w in _names.split():
        MONTHS[_w] = _n

# Russian months shortened with a dot, as Russian mail clients and people write them
# ("11 дек.", "3 февр. 2027 г."): read only before their dot
for _w, _n in (("янв", 1), ("фев", 2), ("февр", 2), ("мар", 3), ("апр", 4), ("авг", 8),
               ("сен", 9), ("сент", 9), ("окт", 10), ("ноя", 11), ("нояб", 11), ("дек", 12)):
    MONTHS[_w] = _n

MONTH_KEYS = sorted(MONTHS, key=len, reverse=True)
RU_MONTH_ABBR = r"(?:янв|февр?|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек)"
MONTH_RE = (r"(?:january|february|march|april|june|july|august|september|october|november|"
            r"december|jan|feb|mar|apr|may|jun|jul|aug|sept|sep|oct|nov|dec|"
            r"январ[ьяюе]|феврал[ьяюе]|марта?|марте|апрел[ьяюе]|ма[йяюе]|июн[ьяюе]|"
            r"июл[ьяюе]|августа?|августе|сентябр[ьяюе]|октябр[ьяюе]|ноябр[ьяюе]|"
            r"декабр[ьяюе]|" + RU_MONTH_ABBR + r"(?=\.))")

WEEKDAYS = [
    ("monday", "понедельник"), ("tuesday", "вторник"), ("wednesday", "сред"),
    ("thursday", "четверг"), ("friday", "пятниц"), ("saturday", "суббот"),
    ("sunday", "воскресень")]
WD_NAMES_EN = [en for en, _ru in WEEKDAYS]
#: a Russian weekday's first five letters, as the accusative writes them («пятни», «среду»)
WD_NAMES_RU = ["понед", "вторн", "среду", "четве", "пятни", "суббо", "воскр"]
WD_RE = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
         r"понедельник[аеу]?|вторник[аеу]?|сред[аыуе]|четверг[аеу]?|пятниц[аыуе]|"
         r"суббот[аыуе]|воскресень[еяю])")
WD_ABBR = r"(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)"
WD_FULL = re.compile(WD_RE, re.UNICODE)   # a weekday's name as written (fullmatch)


def _weekday_typos() -> dict[str, str]:
    """English weekday names written with one letter of the stem dropped or two swapped
    ("Tusday", "Thrusday", "Firday", "Wednsday"), and the usual "Wensday": name by typo."""
    out: dict[str, str] = {}
    for name, _ in WEEKDAYS:
        stem = name[:-3]
        for i in range(len(stem)):
            for typo in (stem[:i] + stem[i + 1:], stem[:i] + stem[i + 1:i + 2] + stem[i] + stem[i + 2:]):
                if typo != stem and len(typo) >= 3:
                    out[typo + "day"] = name
    out.update({"wensday": "wednesday", "wendsday": "wednesday", "wedensday": "wednesday"})
    return out


_RU_WD_ENDINGS = {"понедельник": ("", "а", "е", "у"), "вторник": ("", "а", "е", "у"),
                  "четверг": ("", "а", "е", "у"), "пятниц": ("а", "ы", "у", "е"),
                  "суббот": ("а", "ы", "у", "е"), "воскресень": ("е", "я", "ю")}


def _weekday_typos_ru() -> tuple[dict[str, str], set[str]]:
    """Russian weekday names with one letter of the stem dropped or two swapped ("четвег",
    "понеделник", "птяница"), in each case ending: name by typo, and the typo stems."""
    out: dict[str, str] = {}
    stems: set[str] = set()
    for name, stem in WEEKDAYS:
        for i in range(len(stem) if stem in _RU_WD_ENDINGS else 0):
            for typo in (stem[:i] + stem[i + 1:], stem[:i] + stem[i + 1:i + 2] + stem[i] + stem[i + 2:]):
                if typo != stem and len(typo) >= 5:
                    stems.add(typo)
                    out.update({typo + end: name for end in _RU_WD_ENDINGS[stem]})
    return out, stems


def _cut_forms(word: str, shortest: int) -> str:
    """A pattern for ``word`` cut anywhere from ``shortest`` letters to one short of whole
    ("пон", "понед", "понедельн"): how far a writer shortens a weekday varies."""
    tail = ""
    for ch in reversed(word[shortest:-1]):
        tail = "(?:" + ch + tail + ")?"
    return word[:shortest] + tail


# English weekdays cut short ("Wedn.", "Thurs", "Frid")
# (short of the last two letters: "Frida" is a name)
_EN_WD_CUT = "|".join(_cut_forms(w[:-1], 3) for w in ("monday", "tuesday", "wednesday",
                                                      "thursday", "friday"))
# Russian weekdays cut short after a preposition («к понед.», «до четв», «в пятн.»)
_RU_WD_CUT = "|".join(_cut_forms(w, n) for w, n in (
    ("понедельник", 3), ("вторник", 4), ("четверг", 4), ("пятница", 3), ("суббота", 3),
    ("воскресенье", 3)))
WD_TYPOS = _weekday_typos()
WD_TYPOS_RU, WD_TYPO_STEMS_RU = _weekday_typos_ru()
WD_TYPOS.update(WD_TYPOS_RU)


def _one_edit(word: str, letters: str) -> set[str]:
    """Every word one keystroke from ``word``: a letter dropped, added or replaced, or two
    neighbours swapped (a Damerau edit)."""
    out: set[str] = set()
    for i in range(len(word) + 1):
        head, tail = word[:i], word[i:]
        if tail:
            out.add(head + tail[1:])
            out.update(head + c + tail[1:] for c in letters)
        if len(tail) > 1:
            out.add(head + tail[1] + tail[0] + tail[2:])
        out.update(head + c + tail for c in letters)
    return out


@lru_cache(maxsize=1)
def _one_edit_weekdays() -> dict[str, str]:
    """Weekday names one keystroke off anywhere, ending included ("Fridy", "monady",
    «вторнека», «четверх»), that keep their first two letters: name by misspelling. The
    weekend's short English names and «среда» are left out: one keystroke from them is an
    ordinary word too often ("sundry", «среди»)."""
    real = {n for n, _ in WEEKDAYS} | {n + "s" for n, _ in WEEKDAYS}
    real |= {stem + end for stem, ends in _RU_WD_ENDINGS.items() for end in ends}
    real |= {stem + end for stem in ("понедельник", "вторник", "четверг")
             for end in ("и", "ов", "ам", "ами", "ах", "ом")}
    out: dict[str, str] = {}
    for name, _ in WEEKDAYS[:5]:
        for typo in _one_edit(name, "abcdefghijklmnopqrstuvwxyz"):
            # the name cut by its last letter is a name more often ("Frida")
            if len(typo) >= 5 and typo[:2] == name[:2] and typo not in real | {name[:-1]}:
                out.setdefault(typo, name)
    for name, stem in WEEKDAYS:
        for end in _RU_WD_ENDINGS.get(stem, ()):
            for typo in _one_edit(stem + end, "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"):
                if len(typo) >= 6 and typo[:2] == stem[:2] and typo not in real:
                    out.setdefault(typo, name)
    return out


#: A word shaped like a misspelt weekday (its first two letters right), to be looked up.
_WD_TYPO_SHAPE = r"(?:mo|tu|we|th|fr)[a-z]{3,8}|(?:по|вт|че|пя|су|во)[а-яё]{4,11}"
P_WD_TYPO_SHAPE = re.compile(r"(?<![\w-])(?:" + _WD_TYPO_SHAPE + r")(?![\w-])", re.UNICODE)


@lru_cache(maxsize=4096)
def misspelt_weekday(word: str) -> str | None:
    """The English name of the weekday a lower-cased word misspells, or None. A Russian word
    the dictionary knows is that word («четверо», «пятнила»), not a misspelt weekday."""
    name = WD_TYPOS.get(word) or _one_edit_weekdays().get(word)
    if name and word not in WD_TYPOS and word[0] >= "а":
        from indexer.ru_morph import analyzer

        if analyzer().word_is_known(word):
            return None
    return name


def weekday_typo_in(low: str) -> bool:
    """Whether a lower-cased text holds a misspelt weekday."""
    return any(misspelt_weekday(m.group()) for m in P_WD_TYPO_SHAPE.finditer(low))
WD_PLURAL = r"(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)"
# "Thu", "fri.", "в чт", "до пт.": abbreviations count alone only where a date is plainly
# meant: a dot after them, or a date word before them ("sat" and "sun" are ordinary words).
# An abbreviation right before a date ("Thu 11/1/2001", "Fri, 3 May") belongs to that date.
_NOT_BEFORE_DATE = (r"(?![\s,]*(?:\d{1,4}\s*[/.\-]\s*\d|\d{1,2}(?:st|nd|rd|th)\b|"
                    r"\d{1,2}\s*(?:of\s+)?" + MONTH_RE + r"\b|" + MONTH_RE + r"\b))")
WD_ABBR_ALONE = (r"\b(?:(?P<mod>next|this|on|by|until|till|before|after|from|since)\s+)?"
                 r"(?P<wd>weds|" + _EN_WD_CUT + r")\b\.?" + _NOT_BEFORE_DATE +
                 r"|\b(?P<mod2>on|by|until|till|before|next|this)\s+(?P<wd2>sat|sun)\b\.?"
                 + _NOT_BEFORE_DATE +
                 r"|\b(?P<wd3>sat|sun)\.(?!\w)"
                 r"|\b(?P<mod3>(?:(?:в|во|до|к|по|с|на)\s+)?(?:следующ(?:ий|ую|ее|ей|его)|след\.|сл\.|"
                 r"эт(?:от|у|а|им)|ближайш(?:ий|ую|ее|ей))|в|во|до|к|по|с|на|next)\s+"
                 r"(?P<wd4>пн|вт|ср|чт|пт|сб|вс|" + _RU_WD_CUT + r")\b(?:\.|(?!\.))"
                 + _NOT_BEFORE_DATE +
                 r"|\b(?P<wd5>пн|вт|ср|чт|пт|сб|вс)\.(?=[\s,]+\d)" + _NOT_BEFORE_DATE +
                 # a bare one right before a time: "пн в 10", "чт до 12", "ср 15:30"
                 # or a part of the day: "пт утром", "чт до обеда"
                 r"|\b(?P<wd7>пн|вт|ср|чт|пт|сб|вс)(?=,?\s+(?:утром|вечером|дн[её]м|с\s+утра|"
                 r"(?:до|после)\s+обеда|к\s+обеду|к\s+вечеру)(?![а-яё]))"
                 r"|\b(?P<wd6>пн|вт|ср|чт|пт|сб|вс)(?=,?\s+(?:(?:в|во|до|к|с|после|около)\s+"
                 r"\d{1,2}(?::\d{2})?|\d{1,2}:\d{2})(?![\d%]|[.,/]\d|\s*(?!утра|вечера|дня|ч\b|час)"
                 r"[а-яёa-z]))")
P_WD_ABBR = re.compile(WD_ABBR_ALONE, re.UNICODE)

NUM_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "couple of": 2, "a couple of": 2,
    "один": 1, "одну": 1, "одного": 1, "одна": 1, "одной": 1, "два": 2, "две": 2, "двух": 2,
    "три": 3, "трёх": 3, "трех": 3, "четыре": 4, "четырёх": 4, "четырех": 4, "пять": 5,
    "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7, "восемь": 8, "восьми": 8,
    "девять": 9, "девяти": 9, "десять": 10, "десяти": 10, "пару": 2, "пара": 2,
}
_ORD_EN = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
           "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth").split()
_ORD_RU = ("перв втор трет четв[её]рт пят шест седьм восьм девят десят одиннадцат двенадцат "
           "тринадцат четырнадцат пятнадцат шестнадцат семнадцат восемнадцат девятнадцат").split()
# Ordinal day words: "the second of March", "March first", "двадцать пятого декабря".
ORDINALS: dict[str, int] = {w: i for i, w in enumerate(_ORD_EN, start=1)}
ORDINALS.update({"twentieth": 20, "thirtieth": 30, "thirty-first": 31, "thirty first": 31})
for _i, _w in enumerate(_ORD_EN[:9], start=1):
    ORDINALS[f"twenty-{_w}"] = ORDINALS[f"twenty {_w}"] = 20 + _i
ORD_EN_RE = ("(?:(?:twenty|thirty)[- ])?(?:" + "|".join(_ORD_EN) + ")|twentieth|thirtieth")
ORD_RU_RE = (r"(?:(?:двадцать|тридцать)\s+)?(?:" + "|".join(_ORD_RU) + r")(?:ого|его|ье|ое|ьего)"
             r"|двадцато(?:го|е)|тридцато(?:го|е)")
ORD_RU_DAT_RE = (r"(?:(?:двадцать|тридцать)\s+)?(?:" + "|".join(_ORD_RU) + r")(?:ому|ему|ьему)"
                 r"|двадцатому|тридцатому")


def ordinal_day(word: str) -> int | None:
    """The day of month an ordinal word names (1..31), or None."""
    w = " ".join(word.lower().replace("ё", "е").split())
    if w.endswith(("ому", "ему")):              # dative: "к двадцатому" is "двадцатого"
        w = w[:-2] + "го"
    if w in ORDINALS:
        return ORDINALS[w]
    tens = 0
    for t, v in (("двадцать ", 20), ("тридцать ", 30)):
        if w.startswith(t):
            tens, w = v, w[len(t):]
    if w in ("двадцатого", "двадцатое"):
        return 20
    if w in ("тридцатого", "тридцатое"):
        return 30
    for i, stem in enumerate(_ORD_RU, start=1):
        if re.match(stem.replace("[её]", "е") + r"(?:ого|его|ье|ое|ьего)$", w):
            day = tens + i
            return day if 1 <= day <= 31 and (not tens or i <= 9) else None
    return None


# a count in figures, also repeated in words as contracts write it ("3 (трёх)", "10 (ten)")
NUM_RE = (r"(?:\d{1,4}(?:-?(?:х|ти|ми|ух|ёх|ех)|\s?\([^\W\d_][^()\d]{1,22}\))?|a couple of|couple of|an?|one|two|three|four|five|six|seven|eight|"
          r"nine|ten|одн(?:у|ого|а|ой)|один|два|две|двух|три|тр[её]х|четыр(?:е|[её]х)|"
          r"пят[ьи]|шест[ьи]|сем[ьи]|восем[ьи]|восьми|девят[ьи]|десят[ьи]|пар[уа])")

# unit word -> (canonical unit, grain)
UNITS = [
    (r"decades?|десятилети[йяе]", "decade"),
    (r"years?|yrs?|год(?:а|у)?|лет", "year"),
    (r"months?|месяц(?:а|ев)?", "month"),
    (r"fortnights?", "fortnight"),
    (r"weeks?|wks?|недел[ьиюя]", "week"),
    (r"(?:business |working |calendar )?days?|"
     r"(?:(?:рабоч|календарн)(?:их|ых|ий|ие|ые|его|ого|ый)\s+)?(?:дн(?:я|ей)|день)", "day"),
    (r"hours?|hrs?|hr|час(?:а|ов)?|ч\.?", "hour"),
    (r"minutes?|mins?|минут[уы]?|мин\.?", "minute"),
    (r"seconds?|secs?|sec|секунд[уы]?|сек\.?", "second"),
]
UNIT_RE = "(?:" + "|".join(u for u, _ in UNITS) + ")"
UNIT_CRES = [(re.compile(r"^(?:" + u + r")$"), name) for u, name in UNITS]


# --------------------------------------------------------------- the patterns

# Patterns run on lower-cased text: without IGNORECASE the regex engine is much faster.
F = re.UNICODE


def _c(p: str) -> re.Pattern[str]:
    return re.compile(p, F)


P_ISO = _c(r"(?P<y>\d(?<!\w\d)\d{3})(?P<sep>[-/.])(?P<mo>\d\d?)(?P=sep)(?P<d>\d\d?)(?!\d)(?:[t ](?P<h>\d{1,2}):(?P<mi>\d{2})"
           r"(?::(?P<s>\d{2})(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?\b")
P_NUMERIC = _c(r"(?P<d>\d(?<![\d.,/]\d)\d?)\s?\.\s?(?P<mo>\d{1,2})(?:\s?\.\s?(?P<y>\d{4}|\d{2}))?"
               r"(?![\d%]|[.,]\d)(?:(?:\s+|\s*г\.?\s*)(?P<h>\d{1,2})[.:h](?P<mi>\d{2})\b)?")
P_SLASH = _c(r"(?P<a>\d(?<![\d/]\d)\d?)\s?/\s?(?P<b>\d{1,2})(?:\s?/\s?(?P<y>\d{4}|\d{2}))?(?![\d/])")
# "2-15", "on 2-15-2027": month-day with dashes. Without a year only after a word that
# introduces a date: a bare "2-15" is as often a range ("2-15 days", "pages 2-15").
P_DASH = _c(r"(?:\b(?P<pre>on|by|due|until|till|before|after|from|dated|date:?)\s+)?"
            r"(?P<a>\d(?<![\d\-.,/]\d)\d?)-(?P<b>\d{1,2})(?:-(?P<y>\d{4}|\d{2}))?"
            r"(?![\d\-/%]|[.,]\d|(?<![\d-]\d\d\d\d)[.,])")
P_DAY_MONTH = _c(
    r"(?:\b" + WD_RE + r"|\b" + WD_ABBR + r"\.?)?[,\s]*"
    r"\b(?:the\s+)?(?P<d>\d{1,2})"
    r"(?:(?<=[«\x22“]\d\d)[»\x22”]|(?<=[«\x22“]\d)[»\x22”])?"  # «05» марта, as contracts write it
    r"(?:-?(?:st|nd|rd|th|го|му|е|ое))?(?:\s+of)?[\s.,-]*"
    # after its day a Russian month is plainly meant shortened with no dot too ("23 дек")
    r"(?P<mon>" + MONTH_RE + r"|" + RU_MONTH_ABBR + r"(?![а-яё]))\b\.?"
    r"(?:(?:[\s,]*|-)(?:в\s+)?(?P<y>\d{4})(?!\d)(?:\s*(?:г\.|года|году|г\b))?)?")
P_MONTH_DAY = _c(
    r"(?:\b" + WD_RE + r"|\b" + WD_ABBR + r"\.?)?[,\s]*"
    r"\b(?P<mon>" + MONTH_RE + r")\b\.?\]?\s*(?:the\s+)?(?P<d>\d{1,2})(?:-?(?:st|nd|rd|th))?\b"
    r"(?:(?P<clock>\s+\d{1,2}:\d{2}(?::\d{2})?)?[\s,]+(?P<y>\d{4})(?!\d))?")
P_ORD_MONTH = _c(
    r"\b(?:the\s+)?(?P<o>" + ORD_EN_RE + r")\s+(?:of\s+)?(?P<mon>" + MONTH_RE + r")\b"
    r"(?:[\s,]+(?P<y>\d{4})(?!\d))?"
    r"|\b(?P<o2>" + ORD_RU_RE + r"|" + ORD_RU_DAT_RE + r")\s+(?:числа\s+)?(?P<mon2>" + MONTH_RE + r")\b"
    r"(?:[\s,]+(?P<y2>\d{4})(?!\d))?")
P_MONTH_ORD = _c(
    r"\b(?P<mon>january|february|march|april|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?\s+(?:the\s+)?"
    r"(?P<o>" + ORD_EN_RE + r")\b(?:[\s,]+(?P<y>\d{4})(?!\d))?")
# "20th of next month", "20 of this month", "on the first", "20-го следующего месяца".
P_DOM_OF = _c(
    r"\b(?:the\s+)?(?P<d>\d{1,2}(?:st|nd|rd|th|-?(?:го|е))?|" + ORD_EN_RE + r"|" + ORD_RU_RE + r")"
    r"\s+(?:of\s+|числа\s+)?(?P<which>this|next|last|the\s+next|the\s+following|"
    r"the\s+current|current|эт(?:ого|ом)|следующего|текущего|прошлого)\s+(?:month|месяца)\b")
P_DOM_ORD_RU = _c(
    r"\b(?P<o>" + ORD_RU_RE + r"|" + ORD_RU_DAT_RE + r")\s+числ(?:а|у|о|ом)\b"
    r"(?!\s+(?:этого|следующего|текущего|прошлого)\s+месяца|\s+кажд)"
    # a day named by its ordinal alone after a preposition, ending the clause: "на двадцать восьмое."
    r"|\b(?:на|до|к|ко|по|с|со)\s+(?P<o2>" + ORD_RU_RE + r"|" + ORD_RU_DAT_RE + r")"
    r"(?=\s*(?:[.,;:!?)]|$))"
    # or with no preposition when it can only be a day: past the tenth, in the genitive
    # that names when («уходит двадцать второго.»; «второго.» may be anything second)
    r"|(?<!\w)(?P<o3>(?:двадцать|тридцать)\s+(?:" + "|".join(_ORD_RU[:9]) + r")(?:ого|ьего|его)"
    r"|двадцатого|тридцатого|(?:" + "|".join(_ORD_RU[9:]) + r")ого)(?=\s*(?:[.,;:!?)]|$))")
P_DOM_WORD = _c(
    r"\b(?:(?:on|by|until|till|before|for|from|after)\s+the\s+(?P<o>" + ORD_EN_RE + r")"
    # or with no preposition when it can only be a day: past the tenth ("lands the 22nd")
    r"|the\s+(?P<o2>(?:twenty|thirty)[- ](?:" + "|".join(_ORD_EN[:9]) + r")|twentieth|thirtieth|"
    + "|".join(_ORD_EN[10:]) + r"))\b"
    r"(?=\s*(?:[.,;:!?)]|$|of\s+the\s+month))")
P_WD_COUNT = _c(
    r"\b(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?P<wd>" + WD_PLURAL + r")\s+(?P<post>from\s+now|from\s+today|hence|later|ago|before)\b")
P_MONTH_YEAR = _c(r"\b(?P<mon>" + MONTH_RE + r")\s+(?P<y>\d{4})\b")
P_MONTH_ONLY = _c(r"\b(?P<pre>in|by|until|till|during|в|до|к|к концу|в течение)\s+"
                  r"(?P<mon>" + MONTH_RE + r")\b")
P_END_OF = _c(
    r"\b(?:(?:the\s+)?end\s+of\s+(?:the\s+)?|(?:до|к|на|в)\s+конц[еау]\s+)"
    r"(?P<which>this\s+|next\s+|current\s+|эт(?:ой|ого)\s+|текущ(?:ей|его)\s+|следующ(?:ей|его)\s+)?"
    r"(?P<unit>week|month|quarter|year|day|business\s+day|working\s+day|"
    r"недели|месяца|квартала|года|(?:рабочего\s+)?дня|" + MONTH_RE + r")\b"
    r"|\b(?P<unit2>week|month|quarter|year)[- ]end\b|\b(?P<abbr>eod|cob|eob|eop|eom|eow|eoq)\b"
    r"|\b(?:close|end)\s+of\s+(?:business|play)\b(?!\s+day)(?P<cob>)")
_END_OF = r"(?:(?:the\s+)?end\s+of\s+(?:the\s+)?|(?:до|к|на|в)\s+конц[еау]\s+)"
P_END_SPEC = _c(
    r"\b" + _END_OF + r"(?:(?P<q>q[1-4]|(?:iv|i{1,3}|[1-4](?:-?(?:го|й|ого))?|first|second|third|"
    r"fourth|1st|2nd|3rd|4th|перв(?:ого)?|втор(?:ого)?|треть(?:его)?|четв[её]рт(?:ого)?)\s+"
    r"(?:quarter|квартала))|(?P<h>h[12]|(?:first|second)\s+half(?:\s+of\s+the\s+year)?|"
    r"(?:перв|втор)ого\s+полугодия))\b(?:,?\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)\b)?"
    r"|\b" + _END_OF + r"(?:year\s+)?(?P<yo>(?:19|20)\d\d)\b(?:\s+года|\s*г\.)?")
P_WORKDAY = _c(  # "the next business day", "the first (working) day of next month"
    r"\b(?:the\s+)?(?P<fl>first|1st|last|next|following)\s+(?P<bd>(?:business|working|work|banking)\s+)?"
    r"day\b"
    r"(?:\s+(?:of|in)\s+(?:the\s+)?(?:(?P<which>this|next|current|following|coming)\s+)?"
    r"(?P<unit>month|week|quarter|year|" + MONTH_RE + r")\b(?:,?\s+(?P<y>\d{4})\b)?)?"
    r"|(?<![\w.,])(?P<fl2>перв(?:ый|ого|ом|ому|ым|ое)|1-?(?:й|го|м|му|ый|ого|ом)|"
    r"последн(?:ий|его|ем|ему|им|ее)|следующ(?:ий|его|ем|ему)|"
    r"ближайш(?:ий|его|ем|ему))\s+(?P<bd2>рабоч(?:ий|его|ем|ему)\s+)?"
    r"(?:день|дня|дне|дню|днём|днем|числ(?:о|а|у|ом))\b"
    r"(?:\s+(?:(?P<which2>этого|текущего|следующего)\s+)?(?P<unit2>месяца|недели|квартала|года|"
    + MONTH_RE + r")\b(?:\s+(?P<y2>\d{4})\b)?)?")
#: the n-th or last weekday of a month: "the first Monday of next month", "2nd Saturday of this
#: month", "the last Friday of March", "в первый понедельник следующего месяца"
P_NTH_WEEKDAY = _c(
    r"\b(?:the\s+)?(?P<n>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(?P<wd>" + WD_RE + r")"
    r"\s+(?:of|in)\s+(?:(?:the\s+)?(?P<which>this|next|current|following|coming|last|the)\s+month"
    r"|(?P<mon>" + MONTH_RE + r"))\b"
    r"|\b(?P<n2>перв|втор|трет|четв[её]рт|последн)\w*\s+(?P<wd2>" + WD_RE + r")\s+"
    r"(?:(?:(?P<which2>этого|текущего|следующего|прошлого)\s+)?месяца|(?P<mon2>" + MONTH_RE + r"))\b")
NTH_WEEKDAY_HINT = _c(r"(?:first|second|third|fourth|last|1st|2nd|3rd|4th|перв|втор|трет|четв|"
                      r"последн)\w*\s+(?:mon|tue|wed|thu|fri|sat|sun|понед|вторн|сред|четв|пятн|субб|"
                      r"воскр)")
WORKDAY_HINT = _c(r"(?:business|working|work|banking)\s+day|рабоч|(?:first|last)\s+day\s|"
                  r"(?:перв|последн)\w*\s+(?:день|дня|дне|дню|дн[её]м|числ)")
WORKDAY_HINT = gated(WORKDAY_HINT)   # the same matches, fewer start positions tried
P_THIS_NEXT = _c(
    r"\b(?P<which>this|next|last|coming|following|эт(?:ой|ом|от|у)|следующ(?:ей|ем|ий|ую)|"
    r"след\.|прошл(?:ой|ом|ый|ую)|текущ(?:ей|ем)|ближайш(?:ей|ем|ий))\s+"
    r"(?P<unit>week|month|quarter|year|decade|недел[еию]|месяце|квартале|году)\b"
    r"|\b(?:the\s+)?(?P<unit2>week|month)\s+after\s+next\b")
# Fixed-date holidays a business letter names instead of the day: (month, day) by name.
HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "boxing day": (12, 26),
            "new year's eve": (12, 31), "new year's day": (1, 1), "halloween": (10, 31),
            "tax day": (4, 15)}
# US holidays that move from year to year, by the name the ``holidays`` package gives them
US_HOLIDAYS = {"labor day": "Labor Day", "memorial day": "Memorial Day",
               "thanksgiving": "Thanksgiving Day", "thanksgiving day": "Thanksgiving Day",
               "veterans day": "Veterans Day",
               "columbus day": "Columbus Day", "presidents day": "Washington's Birthday",
               "mlk day": "Martin Luther King Jr. Day"}
#: "Martin Luther King Jr. Day", "Dr. Martin Luther King's Day": the one key MLK Day has above
P_MLK_NAME = re.compile(r"^(?:dr\.?\s+)?martin\s+luther\s+king\b.*", re.I)
P_HOLIDAY = _c(r"\b(?:on\s+|by\s+|before\s+|until\s+|till\s+)?"
               # "the day after Labor Day", "the Monday after Thanksgiving"
               r"(?:(?P<rel>(?:the\s+)?(?:day|(?P<rwd>(?:mon|tues|wednes|thurs|fri|satur|sun)day))"
               r"\s+(?:after|before))\s+)?"
               r"(?P<h>christmas\s+(?:eve|day)|boxing\s+day|new\s+year[’']?s\s+(?:eve|day)|"
               r"labor\s+day|memorial\s+day|thanksgiving(?:\s+day)?|halloween|tax\s+day|"
               r"veterans[’']?\s+day|columbus\s+day|presidents[’']?\s+day|mlk\s+day|"
               r"(?:dr\.?\s+)?martin\s+luther\s+king(?:\s+jr\.?|\s+junior)?(?:[’']s)?\s+day|"
               r"good\s+friday|easter\s+(?:sunday|monday)|black\s+friday|cyber\s+monday|"
               r"(?:early\s+may|may\s+day|spring|late\s+summer|summer|august)\s+bank\s+holiday)"
               r"(?:\s+bank\s+holiday)?\b"
               # "Thanksgiving week", "the Christmas Day party": the holiday describes a noun
               r"(?!\s+(?:week|weekend|holidays?|break|rush|sales?|deals?|traffic|party|dinner|"
               r"lunch|period|season))")
#: A holiday named alone after a word that makes it a deadline or a day ("by Christmas", "before
#: Easter", "until the New Year"); "Merry Christmas" and "over Christmas" name no day.
P_HOLIDAY_BARE = _c(r"\b(?P<lead>by|before|until|till|on|for)\s+(?:the\s+)?"
                    r"(?P<h>christmas|easter|new\s+year)\b(?![’']s|\s+(?:eve|day|sunday|monday|week|"
                    r"weekend|holidays?|break|rush|sales?|party|dinner|lunch|period|season|card|bonus|"
                    r"tree|market|shopping|plans?|resolutions?))")
#: Holidays that move, by name: (the day they hang on, days after it). "easter" is Western
#: Easter Sunday, "thanksgiving" the US one; UK bank holidays are a Monday of May or August.
MOVING_HOLIDAYS = {"good friday": ("easter", -2), "easter sunday": ("easter", 0),
                   "easter monday": ("easter", 1), "black friday": ("thanksgiving", 1),
                   "cyber monday": ("thanksgiving", 4),
                   "early may bank holiday": ("first monday", 5), "may day bank holiday":
                   ("first monday", 5), "spring bank holiday": ("last monday", 5),
                   "summer bank holiday": ("last monday", 8),
                   "late summer bank holiday": ("last monday", 8),
                   "august bank holiday": ("last monday", 8)}
#: Russian holidays named as days: «в День России», «ко Дню защитника Отечества», «до Нового
#: года» (a preposition is needed there: «с Новым годом» greets, «в новом году» is a year).
P_HOLIDAY_RU = _c(
    r"(?<![а-яё])(?:(?P<rwd>понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\s+"
    r"(?=(?:после|перед)\s))?"      # «в понедельник после Дня Победы»: that weekday, not a span
    r"(?:(?P<pre>до|к|ко|на|в|во|после|с|со|перед)\s+)?"
    r"(?P<h>д(?:ень|ня|ню|н[её]м|не)\s+(?P<day>росси[ии]|победы|защитника\s+отечества|"
    r"народного\s+единства|знаний)|(?P<w8>международн\w*\s+женск\w*\s+д(?:ень|ня|ню|н[её]м|не))|"
    r"(?P<ny>нов(?:ый|ого|ому)\s+год(?:а|у)?)|(?P<xmas>рождеств(?:о|а|у|е|ом)))(?![а-яё])")
HOLIDAYS_RU = {"росси": (6, 12), "побед": (5, 9), "защит": (2, 23), "народ": (11, 4),
               "знани": (9, 1)}
HOLIDAY_HINT = _c(keyword_pattern([
    "christmas", "boxing", r"new\s+year", r"labor\s+day", "memorial", "thanksgiving", "veterans",
    "columbus", "presidents", "mlk", r"luther\s+king", "halloween", r"tax\s+day", r"good\s+friday", "easter", r"black\s+friday", "cyber",
    r"bank\s+holiday"]))
HOLIDAY_RU_HINT = _c(keyword_pattern([
    "рождеств", r"нов(?:ый|ого|ому)\s+год", "женск", "росси", "побед", "защитник", "единств",
    "знаний"]))
#: the weekday in a holiday's name: "Good Friday" is not the coming Friday
HOLIDAY_WD_BEFORE = _c(r"\b(?:good|black|cyber|easter|holy|ash|blue|super)\s+$")
P_QUARTER = _c(r"\b(?:q(?P<q>[1-4])|(?P<q2>[1-4])(?:-?(?:м|ом|й))?\s+квартал[еа]?|"
               r"(?P<qr>iv|i{1,3})\s+квартал[еау]?|"
               r"(?P<qw>перв|втор|трет|четв[её]рт)\w*\s+квартал[еа]?)"
               r"(?:\s+(?P<y>\d{4}))?\b")
#: What an English ordinal counts when it names no day: "the 9th time", "the 2nd floor".
COUNTED_RE = (r"(?:times?|floor|round|grade|place|anniversary|birthday|attempt|try|draft|version|"
              r"edition|annual|consecutive|straight|year|quarter|half|week|item|page|paragraph|"
              r"point|row|option|line|level|largest|biggest|best|highest|lowest|person|party|"
              r"amendment|revision|issue|game|inning|hole|step|stage|phase)\b")
P_DOM = _c(r"\b(?:(?:the|by|on|until|till|before|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?|"
           r"(?:mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)\.?,?)\s+"
           r"(?:the\s+)?)(?P<d>\d{1,2})-?(?:st|nd|rd|th)\b"
           r"(?!\s+(?:of\s+)?" + MONTH_RE + r"|\s+of\s+(?:every|each)\b|\s+" + COUNTED_RE + r")"
           r"|(?P<d2>\d{1,2})-?(?:го|му|о?е)(?:\s+числа)?\b(?!\s+" + MONTH_RE + r"|(?:\s+числа)?\s+(?:кажд|ежемесячн))"
           r"|(?P<d3>\d{1,2})\s+числ[ау]\b(?!\s+(?:кажд|ежемесячн))")
#: a day of the month right after a word that makes it recur ("monthly on the 3rd", «ежемесячно
#: 15-го», «каждый месяц 5-го и 20-го»): no one day
RECUR_BEFORE = _c(r"(?:\bevery\s+month|\beach\s+month|\bmonthly|(?<![а-яё])кажд(?:ый|ого|ом)\s+"
                  r"месяц[аеу]?|(?<![а-яё])ежемесячн\w*)[\s,]+(?:on\s+)?(?:the\s+)?"
                  r"(?:\d{1,2}(?:st|nd|rd|th|-?(?:го|е|ое))?(?:\s+числа)?\s*(?:,|and|и)\s*(?:the\s+)?)*$")
#: a range of days in one month, written before its last day: "с 4 по 8 мая", "11–13 октября",
#: "from 6 to 9 July", "between 20 and 27 December"
RANGE_BEFORE = _c(r"(?:\b(?:from|between)\s+(?:the\s+)?|(?<![а-яё])(?:с|со)\s+)?(?<![\d./:])"
                  r"(?P<d1>\d{1,2})(?:st|nd|rd|th|-?(?:го|е|ое))?"
                  r"(?:\s*[-–—]\s*|\s+(?:to|and|till|until|through|thru|по|до)\s+)(?:the\s+)?$")
#: «между 10 и 15 марта»: «и» joins a window's ends only after «между»
RANGE_BETWEEN_RU = _c(r"(?<![а-яё])между\s+(?P<d1>\d{1,2})(?:-?(?:м|го))?\s+и\s+$")
#: ... and after its first day when the month comes first: "June 14-16", "March 3 to 5"
RANGE_AFTER = _c(r"(?:\s*[-–—]\s*|\s+(?:to|and|till|until|through|thru)\s+(?:the\s+)?)"
                 r"(?P<d2>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*[:./]\s*\d|\s*%)")
#: a day of the month in the Latin of commercial letters: "the 5th prox." (next month), "the
#: 2nd inst." (this month), "the 28th ult." (last month)
P_DOM_LATIN = _c(r"\b(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<w>prox|inst|ult)(?:imo|ant|\.|\b)")
#: an ISO calendar week: "KW 18", "CW20", "calendar week 2", «на 19-й неделе»; a bare
#: "week 3" is a project's own count and is left alone
P_ISO_WEEK = _c(r"\b(?:kw|cw)\s?(?P<n>\d{1,2})\b|\bcalendar\s+week\s+(?:no\.?\s*)?(?P<n2>\d{1,2})\b"
                r"|(?<![\d.,])(?P<n3>\d{1,2})-?(?:я|й|ой|ю)\s+(?:календарн\w+\s+)?недел[еияю]\b")
ISO_WEEK_HINT = _c(keyword_pattern(["kw", "cw", r"calendar\s+week", "недел"]))
# informal spellings of tomorrow ("will call u tmrw")
TOMORROW_ALIASES = r"tmrw|2morrow|2moro|tomorow|tommorow|tommorrow"   # not "tmr": a code too
TOMORROW_RE = _c(TOMORROW_ALIASES)
# "tmr"/"tmw" are tomorrow too, but "TMR" in capitals is a code: the scanner checks the case
TOMORROW_SHORT = ("tmr", "tmw")
# and of tonight ("I'll call you tonite")
TONIGHT_ALIASES = r"tonite|2nite"
TONIGHT_RE = _c(TONIGHT_ALIASES)
P_RELDAY = _c(r"\b(?P<w>today|tonight|tomorrow|yesterday|tmr|tmw|" + TOMORROW_ALIASES + r"|"
              + TONIGHT_ALIASES + r"|"
              r"the\s+day\s+before\s+yesterday|"
              r"(?:the\s+)?day\s+after\s+(?:tomorrow|tmr|tmw|" + TOMORROW_ALIASES + r")|till\s+date|"
              r"сегодня|с[её]дня|завтра|завтро|после\s+завтра|послепослезавтра|послезавтра|вчера|позавчера|"
              # "к вечеру завтрашнего дня", "в течение сегодняшнего дня"
              r"(?:сегодняшн|завтрашн|послезавтрашн|вчерашн)(?:его|ему|ем)\s+"
              r"(?:дня|дню|дн[её]м))\b")
#: the adjective of a named day ("завтрашнего дня") and the word of that day
RELDAY_ADJ = {"сегодняшн": "сегодня", "завтрашн": "завтра", "послезавтрашн": "послезавтра",
              "вчерашн": "вчера"}
P_WEEKDAY = _c(r"\b(?:(?P<mod>next|this|coming|last|следующ(?:ий|ую|ее|его|ему|ая|ей|ем)|"
               r"след\.|сл\.|эт(?:от|у|им|а|ой)|ближайш(?:ий|ую|ее|ая|ей|его|ему|ем)|"
               r"прошл(?:ый|ую|ом|ая|ой|ого))\s+)?(?P<wd>" + WD_RE + r"|"
               + keyword_pattern(sorted(WD_TYPOS)) + r"|" + _WD_TYPO_SHAPE + r")"
               r"(?P<nw>\s+(?:of\s+)?next\s+week|\s+на\s+следующей\s+неделе|\s+следующей\s+недели|"
               r"\s+after\s+next)?"
               r"(?P<tw>\s+(?:of\s+)?this\s+week|\s+на\s+этой\s+неделе|\s+этой\s+недели)?\b")
# "in the next month" is a length; "in next month" is the month itself ("kicks in next month").
P_DURATION = _c(
    r"(?:\b(?P<pre>in|within|after|через|в\s+течение|за|около|about|примерно|в\s+ближайшие|"
    r"не\s+позднее|не\s+позже|"
    r"в\s+течение\s+ближайших|в\s+последующие)\s+(?:(?:the\s+)?(?:next|coming|following)\s+)?)?"
    r"(?P<body>(?:(?:" + NUM_RE + r")\s*(?:" + UNIT_RE + r")(?:[\s,]+(?:and|и)\s+|[\s,]+(?=\d)|\s*,\s*)?)+)"
    r"(?:\s+(?P<post>ago|назад|before|earlier|later|hence|from\s+now|from\s+today|"
    r"from\s+tomorrow|from\s+(?:next\s+)?" + WD_RE + r"|спустя))?"
    r"|(?:\b(?P<pre2>in|within|через|в\s+течение)\s+)(?P<lone>(?:the\s+(?:next\s+)?)?"
    r"(?:недел[июь]|месяц[а]?|год[а]?|час|week|month|year|hour))\b(?!\s+(?:no\.?\s*)?\d)"
    r"|\b(?P<lone2>час|минуту|секунду|неделю|день|месяц|год|week|month|year|hour|minute|day)"
    r"\s+(?P<post2>назад|ago)\b")
# A word before a time ("at", "до", "после") is looked up after the time is found: a pattern
# that starts with an optional word cannot skip ahead to the digits.
TIME_MODE_BEFORE = _c(
    r"\b(?P<mode>at|by|before|until|till|after|from|around|в|во|до|к|после|с|около|не\s+позднее)"
    r"\s+$")
P_TIME = _c(  # one leading hour group, so `re` can skip ahead to digits; never the tail
    # of a longer number ("120 часов" holds no "20 часов")
    r"(?<!\d)(?P<hh>\d\d?)(?:"
    r"(?:[:.](?P<m>\d{2})(?::(?P<s>\d{2})(?:\.\d+)?)?)?\s*(?P<ap>[ap])\.?\s?m\b\.?"
    r"|:(?P<m2>\d{2})(?::(?P<s2>\d{2})(?:\.\d+)?)?(?!\d)(?:\s*(?P<sfx2>утра|вечера|дня|ночи))?"
    r"|\s*(?P<sfx3>утра|вечера|дня|ночи|часов|часа|час|o'?clock)\b"
    r"|h(?P<m4>\d{2})\b)")
#: what makes a weekday recur rather than name one day ("every Friday", "каждую пятницу")
EVERY_BEFORE = _c(r"\b(?:every|each|кажд(?:ую|ый|ое|ой|ого|ая))\s+"
                  r"(?:other\s+|second\s+|third\s+|fourth\s+|first\s+|last\s+|[1-4](?:st|nd|rd|th)\s+"
                  r"|(?:перв|втор|трет|четв[её]рт|последн)(?:ую|ой|ый|ий|ое|ее|ью)\s+)?"
                  r"(?:(?:" + WD_RE + r"|" + WD_ABBR + r"|пн|вт|ср|чт|пт|сб|вс)\.?\s*(?:,|and|or|и|или)\s*)*$")
#: a weekday set beside today or tomorrow names that same day: "today, Thursday, we will ..."
SAME_DAY_BEFORE = _c(r"(?<![\wа-яё])(?P<rel>today|tomorrow|сегодня|завтра)\s*[,(–—-]\s*"
                     r"(?:(?:on|в|во)\s+)?$")
#: "на 15 часов" names a clock time only after a word that sets a time ("встречу назначили на
#: 15 часов", «перенесём звонок на 11 часов»); «акт на 120 часов», «допсоглашение на 19
#: часов», «пакет на 10 часов» count hours of work, as "12 часов" with no word before does.
HOURS_SET_BEFORE = _c(r"(?:назнач|перен[её]с|перенос|запланир|встреч|созвон|звон|совещан|"
                      r"планёрк|планерк|бронир|забронир)\w*(?:\s+\S+){0,3}\s+на\s+$")
WEAK_MODE_BEFORE = _c(r"\b(?:at|в|до|к|by)\s+$")
P_TIME_WEAK = _c(r"(?P<h>\d(?<=\s\d)\d?)(?:[.](?P<m>\d{2}))?(?![\d.,:%])")
#: A part of the day named by pointing back ("that morning", "the same afternoon", «в тот вечер»).
THAT_BEFORE = _c(r"(?:\bthat|\bthe\s+same|(?<![а-яё])(?:в\s+)?(?:тот|то\s+же))\s+$")
P_PART = _c(
    r"\b(?P<p>before\s+lunch|by\s+lunch(?:time)?|до\s+обеда|к\s+обеду|после\s+обеда|after\s+lunch|"
    r"(?:at\s+)?noon|(?:at\s+)?midday|(?:at\s+)?midnight|в\s+полдень|в\s+полночь|"
    r"(?:in\s+the\s+|this\s+|by\s+(?:the\s+)?)?morning|утром|с\s+утра|к\s+утру|"
    r"(?:in\s+the\s+|this\s+|by\s+(?:the\s+)?)?afternoon|днём|днем|"
    r"(?:in\s+the\s+|this\s+|by\s+(?:the\s+)?)?evening|вечером|к\s+вечеру|"
    r"(?:до|к)\s+концу?\s+(?:рабочего\s+)?дня|end\s+of\s+(?:the\s+)?(?:business\s+|working\s+)?day)\b")

# Words each pattern group needs (lower-case text); a group runs only when its hint is found.
DIGIT = _c(r"\d")
MONTH_HINT = _c(keyword_pattern([
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    "январ", "феврал", "март", "апрел", "май", "мая", "маю", "мае", "июн", "июл", "август",
    "сентябр", "октябр", "ноябр", "декабр", "янв.", "фев", "мар.", "апр.", "авг.", "сен", "окт.",
    "ноя", "дек."]))
END_HINT = _c(r"end\s+of|[- ]end\b|конц|eo[dmwqbp]|cob|close\s+of")
UNIT_WORD_HINT = _c(keyword_pattern([
    "week", "month", "quarter", "year", "decade", "недел", "месяц", "квартал", "году"]))
RELATIVE_HINT = _c(keyword_pattern([
    "today", "tonight", "tonite", "2nite", "tomorrow", "yesterday", r"till\s+date", "tmrw",
    "tmr", "tmw",
    "2mor", "tomor",
    "tommor", "сегодня", "седня", "сёдня", "завтра", "завтро", "вчера",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", *WD_TYPOS,
    "понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресень"]))
UNIT_HINT = _c(keyword_pattern([
    "decade", "десятилети", "year", "yr", "год", "лет", "month", "месяц", "fortnight", "week",
    "wk", "недел",
    "day", "дн", "день", "hour", "hr", "час", "ч", "minute", "min", "минут", "мин",
    "second", "sec", "секунд", "сек"]))
PART_HINT = _c(keyword_pattern([
    "lunch", "обед", "noon", "midday", "midnight", "полдень", "полночь", "morning", "утр",
    "afternoon", "днём", "днем", "evening", "вечер", "конц", r"end\s+of"]))

QUARTER_HINT = _c(r"q[1-4]|квартал")
DOM_HINT = _c(r"\d-?(?:st|nd|rd|th|го|му|о?е)|\d\s+числ|\d\s+of\s")
# Ordinal day words and weekday abbreviations: what the word-based scanners need.
ORD_HINT = _c(r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|teenth|"
              r"eleventh|twelfth|tieth)\b|(?:перв|втор|трет|четв|пят|шест|седьм|восьм|девят|"
              r"десят|надцат|двадцат|тридцат)\w*(?:ого|его|ье|ое|ому|ему)\b")
ORD_HINT = gated(ORD_HINT)   # the same matches, fewer start positions tried
WD_ABBR_HINT = _c(r"\b(?:weds|" + _EN_WD_CUT + r"|sat|sun|пн|вт|ср|чт|пт|сб|вс|"
                  + _RU_WD_CUT + r")\b|(?:mon|tues|wednes|thurs|fri|satur|sun)days\b")
WD_ABBR_HINT = gated(WD_ABBR_HINT)   # the same matches, fewer start positions tried

# The scanners' patterns, each run over every sentence that holds a date word, behind a
# lookahead for the characters their matches start with: the same matches, a third to
# four fifths fewer start positions tried. Those that start with a digit (P_ISO, P_NUMERIC,
# P_SLASH, P_DASH, P_WD_COUNT, P_HOLIDAY_BARE, P_TIME_WEAK) gain nothing and stay as they are.
(P_WD_TYPO_SHAPE, P_WD_ABBR, P_DAY_MONTH, P_MONTH_DAY, P_ORD_MONTH, P_MONTH_ORD, P_DOM_OF,
 P_DOM_ORD_RU, P_DOM_WORD, P_MONTH_YEAR, P_MONTH_ONLY, P_END_OF, P_END_SPEC, P_WORKDAY,
 P_NTH_WEEKDAY, P_THIS_NEXT, P_HOLIDAY, P_HOLIDAY_RU, P_QUARTER, P_DOM, P_DOM_LATIN,
 P_ISO_WEEK, P_RELDAY, P_WEEKDAY, P_DURATION, P_TIME, P_PART) = tuple(map(gated, (
 P_WD_TYPO_SHAPE, P_WD_ABBR, P_DAY_MONTH, P_MONTH_DAY, P_ORD_MONTH, P_MONTH_ORD, P_DOM_OF,
 P_DOM_ORD_RU, P_DOM_WORD, P_MONTH_YEAR, P_MONTH_ONLY, P_END_OF, P_END_SPEC, P_WORKDAY,
 P_NTH_WEEKDAY, P_THIS_NEXT, P_HOLIDAY, P_HOLIDAY_RU, P_QUARTER, P_DOM, P_DOM_LATIN,
 P_ISO_WEEK, P_RELDAY, P_WEEKDAY, P_DURATION, P_TIME, P_PART)))


def unit_hint(text: str) -> bool:
    """A unit word ("days", "час", "wk") that starts a word or follows a digit."""
    for m in UNIT_HINT.finditer(text):
        st = m.start()
        if st == 0 or not text[st - 1].isalpha():
            return True
    return False
