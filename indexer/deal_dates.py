"""Which dates ahead a sentence of a negotiation names: pure functions.

:mod:`indexer.deal_signals` resolves the dates of a close, a contact or a commitment
here, once per sentence: whether a sentence names a date at all (a period in the past,
"last week", names none ahead), whether it names several (then the one after the cue is
read), and the dates ahead of the message's time, a bare month ("переносим на январь")
included.
"""

from __future__ import annotations

import re
from datetime import datetime

from dealtrail.workdays import BusinessCalendar
from indexer.contact_cues import OWN_ANSWER as _OWN_ANSWER
from indexer.dates import ResolvedDate, find_dates
from indexer.deal_words import DATE_DIGITS, DATE_WORDS, MOVED_RE, STEM, stems

_F = re.UNICODE
_WORD = re.compile(r"\w+", _F)


#: The words of CONTACT_RE that ask the reader to answer, or promise the writer's own answer:
#: a next contact only when the client writes them (the manager asking for a reply plans no
#: contact of its own, and its own answer promised is a promise).
REPLY_ASKED = re.compile(r"ответьте|please\s+(?:reply|respond|answer|revert)|свяжитесь|"
                         r"(?:просим|прошу)\s+(?:вас\s+)?(?:дать|подписать|подтвердить)|"
                         r"(?:please|kindly)\s+(?:confirm|sign)|"
                         r"напишите\s+мне|get\s+back\s+to\s+(?:me|us)|(?:ваш\s+)?ответ\s+"
                         r"(?:нам\s+)?нужен|need\s+(?:your|an|the)\s+(?:answer|reply|response)|"
                         rf"{_OWN_ANSWER}", _F)

#: Words that put the period after them in the past ("last week", «на прошлой неделе»).
_PAST = stems("last", "past", "previous", "прошлой", "прошлый", "прошлую", "прошлом",
              "прошлого", "прошедшей", "прошедший", "предыдущей", "предыдущий")
#: Periods that a past word before them leaves with no date ahead.
_PERIODS = stems("week", "month", "quarter", "year", "monday", "tuesday", "wednesday",
                 "thursday", "friday", "saturday", "sunday", "неделе", "неделю", "месяце",
                 "месяца", "квартале", "квартала", "году", "года", "понедельник", "вторник",
                 "среду", "четверг", "пятницу", "субботу", "воскресенье")


def several_dates(low: str) -> bool:
    """Whether a sentence names two dates or more (digits written like a date, date words)."""
    named = len(DATE_DIGITS.findall(low))
    for word in _WORD.findall(low):
        named += word[:STEM] in DATE_WORDS
        if named > 1:
            return True
    return named > 1


def names_a_date(low: str) -> bool:
    """Whether a sentence has a date word, other than a period in the past ("last week",
    «на прошлой неделе»): the thanks for last week's meeting has no date ahead to resolve."""
    before = ""
    for word in _WORD.findall(low):
        stem = word[:STEM]
        if stem in DATE_WORDS and not (before in _PAST and stem in _PERIODS):
            return True
        before = stem
    return False


#: What leads to the day moved to, just before it: «на четверг», "to Friday", "to the 26th".
_MOVED_TO = re.compile(r"(?:\bна|\bto|\buntil|\btill)\s+(?:\w+\s+)?$", _F)


def moved_to(sentence: str, found: list[ResolvedDate]) -> ResolvedDate | None:
    """The date of ``found`` a sentence moves its talk (or act) to, None when it moves none.

    «Перенесём звонок со среды на четверг», "move our call from Wednesday to Friday": the
    old day is named too, often first; the day after the move's «на» / "to" is the one meant.
    """
    low = sentence.lower()
    move = MOVED_RE.search(low)
    if move is None:
        return None
    return next((d for d in found if d.start >= move.start()
                 and _MOVED_TO.search(low, 0, d.start)), None)


_DAYS = ("minute", "hour", "day")


def day_inside(found: list[ResolvedDate], chosen: ResolvedDate | None) -> ResolvedDate | None:
    """A day of ``found`` named inside the month or week ``chosen`` is, else ``chosen``: it is
    the date meant («вернёмся в январе — напишите 15 января» is the 15th)."""
    if chosen is None or chosen.grain in _DAYS:
        return chosen
    return next((d for d in found if d.grain in _DAYS
                 and chosen.value <= d.value <= chosen.deadline), chosen)


def future_dates(sentence: str, ref: datetime, lang: str | None,
                  calendar: BusinessCalendar | None) -> list[ResolvedDate]:
    """The dates ahead of ``ref`` that a sentence names, in order.

    A bare month ("переносим на январь", "moved to January") reads as that month.
    """
    found = [d for d in find_dates(sentence, ref, lang, calendar) if d.deadline >= ref]
    if not found:
        bare = _BARE_MONTH.search(sentence.lower())
        if bare:
            ru = next((i for i, stem in enumerate(_MONTH_STEMS_RU) if bare.group(1).startswith(stem)),
                      None)
            phrase = (f"в {_MONTHS_PREP_RU[ru]}" if ru is not None
                      else f"in {bare.group(1).capitalize()}")
            found = [d for d in find_dates(phrase, ref, lang, calendar) if d.deadline >= ref]
            found = [ResolvedDate(d.value, d.grain, d.deadline, bare.start(), bare.end())
                     for d in found]
    return _time_on_its_day(sentence, found)


#: A time of day alone, with no day of its own: «в 10 утра», «к 15:00», "10 am", "at 3pm".
_BARE_TIME = re.compile(
    r"(?:(?:в|к|на|at|by|around)\s+)?(?:около\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:час\w*|ч\.?|утра|дня|"
    r"вечера|ночи|am|pm|a\.m\.|p\.m\.)?", _F)


def _time_on_its_day(sentence: str, found: list[ResolvedDate]) -> list[ResolvedDate]:
    """A time of day named alone after a day in the sentence is at that day: «давайте 15-го
    встретимся у нас — в 10 утра удобно?» is the 15th at ten, not today at ten."""
    out = list(found)
    for i, d in enumerate(found):
        if d.grain not in ("hour", "minute") or not _BARE_TIME.fullmatch(
                sentence[d.start:d.end].strip().lower()):
            continue
        days = [e for e in found[:i] if e.grain == "day" and e.value.date() != d.value.date()]
        if len(days) == 1:
            shift = days[0].value.date() - d.value.date()
            out[i] = ResolvedDate(d.value + shift, d.grain, d.deadline + shift, d.start, d.end)
    return out


_MONTH_STEMS_RU = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр",
                   "октябр", "ноябр", "декабр")
_MONTHS_PREP_RU = ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе",
                   "сентябре", "октябре", "ноябре", "декабре")
_BARE_MONTH = re.compile(
    r"(?:\bна|\bto|\buntil|\btill|\binto)\s+(январ[ья]|феврал[ья]|март|апрел[ья]|ма[йя]|июн[ья]|"
    r"июл[ья]|август|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья]|january|february|march|april|"
    r"may|june|july|august|september|october|november|december)\b", _F)
