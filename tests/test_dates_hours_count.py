"""A count of hours is not a time of day: «акт на 120 часов», «допсоглашение на 16 часов»,
«ушло 12 часов» count hours of work, and the tail of a longer number ("4410:15") names no
clock time. Read as a time, they set a promise's deadline to that hour of the day the letter
was sent, and a document promised for tomorrow looked late when it came."""

from datetime import datetime, timedelta, timezone

import pytest

from indexer.dates import find_dates
from indexer.intent import detect_intents

_TZ = timezone(timedelta(hours=5))
_REF = datetime(2027, 3, 3, 9, 40, tzinfo=_TZ)          # a Wednesday morning


def _times(text: str, lang: str) -> list[tuple[int, int]]:
    return [(d.value.hour, d.value.minute) for d in find_dates(text, _REF, lang)
            if d.grain in ("hour", "minute")]


@pytest.mark.parametrize("text,lang", [
    ("Счёт на 140 часов поддержки выставим после подписания.", "ru"),
    ("Акт за март на 16 часов подпишем у себя и вернём.", "ru"),
    ("Пакет на 20 часов сопровождения продлим с апреля.", "ru"),
    ("На доработку ушло 11 часов, это сверх сметы.", "ru"),
    ("Оценка — 14 часов работы консультанта.", "ru"),
    ("Our reference is BR-20419:30, please quote it on the invoice.", "en"),
    ("Claim 7711:45 is closed on our side.", "en"),
])
def test_a_count_of_hours_or_the_tail_of_a_number_is_no_time(text, lang):
    assert _times(text, lang) == []


@pytest.mark.parametrize("text,lang,hm", [
    ("Созвон перенесли на 16 часов.", "ru", (16, 0)),
    ("Встречу назначили на 11 часов, в переговорной на третьем.", "ru", (11, 0)),
    ("Совещание в 15 часов, пропуск заказан.", "ru", (15, 0)),
    ("Жду ваш ответ до 18 часов.", "ru", (18, 0)),
    ("Let's talk at 4:30 pm.", "en", (16, 30)),
    ("The call is at 11:15 as planned.", "en", (11, 15)),
    ("We meet at 10 o'clock.", "en", (10, 0)),
])
def test_a_time_of_day_is_still_a_time(text, lang, hm):
    assert _times(text, lang) == [hm]


@pytest.mark.parametrize("text,lang", [
    ("Проект допсоглашения на 16 часов пришлю завтра.", "ru"),
    ("Счёт на 20 часов поддержки отправлю завтра.", "ru"),
    ("I will send the draft under contract 7718:00 tomorrow.", "en"),
])
def test_a_promise_for_tomorrow_keeps_tomorrow_beside_a_count_of_hours(text, lang):
    [promise] = [i for i in detect_intents(text, direction="out", ref_time=_REF, lang=lang)
                 if i.kind == "promise"]
    assert promise.due is not None
    assert promise.due.astimezone(_TZ).date() == (_REF + timedelta(days=1)).date()


@pytest.mark.parametrize("undated,dated,same", [
    # a count of hours in both is not one thing promised twice
    ("Счёт переоформим на 30 часов по договору.",
     "По 12 часам сверх сметы подготовлю пояснение и пришлю до пятницы.", False),
    ("We will reissue the invoice for 30 hours as agreed.",
     "For the extra 12 hours I will send a breakdown by Friday.", False),
    # the same thing named twice stays one item, the dated one
    ("Счёт переоформим на 30 часов по договору.",
     "Новый счёт пришлю до пятницы.", True),
    ("We will reissue the invoice for 30 hours as agreed.",
     "I will send the new invoice by Friday.", True),
])
def test_a_count_of_hours_does_not_make_two_promises_one(undated, dated, same):
    from indexer.agreed import restated

    assert restated([(undated, False), (dated, True)]) == [same, False]
