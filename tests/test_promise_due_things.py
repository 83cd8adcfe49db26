"""A promise is not due on a date that names a thing of the sentence: a document's date ("the
annex to the contract dated October 20", «к договору № 15 от 20 октября»), the last day an offer
holds ("valid until October 31", «со сроком действия до 15 ноября»), or, where the sentence has
another date, the day of a meeting or call ("the notes from Tuesday's meeting")."""

from datetime import date, datetime, timedelta, timezone

import pytest

from indexer.intent import detect_intents

REF = datetime(2026, 10, 7, 10, 0, tzinfo=timezone(timedelta(hours=3)))     # a Wednesday


def _due(text: str, lang: str) -> date | None:
    promise = next(i for i in detect_intents(text, direction="out", ref_time=REF, lang=lang)
                   if i.kind == "promise")
    return promise.due.date() if promise.due else None


@pytest.mark.parametrize("text,lang,want", [
    ("I will send the quote, which is valid until October 31, tomorrow.", "en", date(2026, 10, 8)),
    ("I'll forward the price list, good through November 30, on Monday.", "en", date(2026, 10, 12)),
    ("Завтра пришлю КП со сроком действия до 15 ноября.", "ru", date(2026, 10, 8)),
    ("Пришлю обновлённое КП, действительное до 31 октября, в понедельник.", "ru",
     date(2026, 10, 12)),
    ("Пришлю спецификацию к договору от 20 октября в пятницу.", "ru", date(2026, 10, 9)),
    ("I'll send the annex to the agreement of October 20 on Friday.", "en", date(2026, 10, 9)),
    ("I'll send the notes from Tuesday's meeting on Friday.", "en", date(2026, 10, 9)),
    ("Подтвержу время встречи 14 октября завтра.", "ru", date(2026, 10, 8)),
    ("Пришлю повестку к встрече 14 октября завтра.", "ru", date(2026, 10, 8)),
])
def test_the_due_day_is_the_acts_not_the_date_of_a_thing_it_names(text, lang, want):
    assert _due(text, lang) == want


@pytest.mark.parametrize("text,lang", [
    ("I'll send you our offer valid through November 15.", "en"),
    ("I'll send the annex to the contract dated October 20.", "en"),
    ("Пришлю допсоглашение к договору № 15 от 20 октября.", "ru"),
    ("Пришлю КП со сроком действия до 15 ноября.", "ru"),
])
def test_a_promise_whose_only_date_names_a_thing_has_no_due_day(text, lang):
    assert _due(text, lang) is None


@pytest.mark.parametrize("text,lang,want", [
    # a deadline or the day of the act itself stays the due day
    ("Проект договора пришлю до 20 октября.", "ru", date(2026, 10, 20)),
    ("I'll send the contract by October 20.", "en", date(2026, 10, 20)),
    # a meeting's date that is the only date is when the promised act is
    ("Приеду на встречу 14 октября.", "ru", date(2026, 10, 14)),
    ("I'll call you after the meeting on Friday.", "en", date(2026, 10, 9)),
    ("I will call you on Friday about the meeting.", "en", date(2026, 10, 9)),
])
def test_a_deadline_or_the_acts_own_day_stays_due(text, lang, want):
    assert _due(text, lang) == want


@pytest.mark.parametrize("text,lang,want", [
    # a named date of something the act carries gives way to the act's own day
    ("I'll send the plan, with a go-live date of November 16, over to you tomorrow.", "en",
     date(2026, 10, 8)),
    ("We'll share the timeline with a handover date of December 1 on Monday.", "en",
     date(2026, 10, 12)),
    ("Направлю вам график с плановой датой запуска 16 ноября завтра.", "ru", date(2026, 10, 8)),
    ("Пришлём план работ с датой сдачи 1 декабря в понедельник.", "ru", date(2026, 10, 12)),
])
def test_a_named_date_of_a_thing_gives_way_to_the_acts_day(text, lang, want):
    assert _due(text, lang) == want


@pytest.mark.parametrize("text,lang,want", [
    # a named date that is the sentence's only date still says when the act is
    ("We'll ship on the agreed date of November 16.", "en", date(2026, 11, 16)),
    ("Отгрузим в согласованную дату поставки 16 ноября.", "ru", date(2026, 11, 16)),
])
def test_a_named_date_alone_stays_the_acts_day(text, lang, want):
    assert _due(text, lang) == want


@pytest.mark.parametrize("text,lang,want", [
    # the latest day said after the promise, past a condition of when it is kept
    ("I'll send the certificate as soon as the lab issues it, and no later than Friday.", "en",
     date(2026, 10, 9)),
    ("We'll ship the spare part once it clears customs, but not later than the 20th.", "en",
     date(2026, 10, 20)),
    ("I'll call you when the board is over, but in any case by Monday.", "en",
     date(2026, 10, 12)),
    ("Пришлю сертификат, как только лаборатория его выдаст, но не позднее пятницы.", "ru",
     date(2026, 10, 9)),
    ("Как только склад соберёт заказ, отгрузим его, но не позже 20-го.", "ru",
     date(2026, 10, 20)),
    ("Наберу вас, когда закончится совет, но в любом случае до понедельника.", "ru",
     date(2026, 10, 12)),
])
def test_the_latest_day_after_a_condition_is_the_promises_due(text, lang, want):
    assert _due(text, lang) == want


@pytest.mark.parametrize("text,lang,want", [
    # a date of another predicate after "and/but" is still not the promise's
    ("I'll send the draft today, and they sign it on Friday.", "en", date(2026, 10, 7)),
    ("Пришлю акт сегодня, а подпишут его в пятницу.", "ru", date(2026, 10, 7)),
])
def test_a_date_of_another_predicate_stays_apart(text, lang, want):
    assert _due(text, lang) == want
