"""Date expressions as writers outside the project's sets write them: the writer's zone decides
an ambiguous numeric date, a dashed date may end a sentence, a vague count names no day, and a
period's end that describes a noun is no date."""

from datetime import date, datetime, timedelta, timezone

import pytest

from indexer.dates import find_dates


def _ref(hours: float, day: str = "2027-03-01T09:30") -> datetime:
    return datetime.fromisoformat(day).replace(tzinfo=timezone(timedelta(hours=hours)))


def _first_day(text: str, ref: datetime, lang: str = "en") -> date | None:
    found = find_dates(text, ref, lang)
    return found[0].value.date() if found else None


@pytest.mark.parametrize("hours,want", [
    (3, date(2027, 6, 5)),      # Istanbul, Moscow: day first
    (5.5, date(2027, 6, 5)),    # India
    (10, date(2027, 6, 5)),     # Australia
    (-5, date(2027, 5, 6)),     # New York: month first
    (-8, date(2027, 5, 6)),     # California
    (0, date(2027, 5, 6)),      # a zone that says nothing keeps the English default
])
def test_an_ambiguous_numeric_date_in_english_is_read_in_the_writers_order(hours, want):
    assert _first_day("Please book the transfer for 05/06/2027 if possible.", _ref(hours)) == want


def test_the_text_showing_its_order_still_wins_over_the_zone():
    text = "The window runs from 14/05 to 05/06."
    found = find_dates(text, _ref(-5), "en")
    assert [d.value.date() for d in found][:2] == [date(2027, 5, 14), date(2027, 6, 5)]


@pytest.mark.parametrize("text,hours,want", [
    ("The guarantee expires on 28-02-2027.", 4, date(2027, 2, 28)),
    ("Shipment leaves 09-04-2027, arrival a week later.", 2, date(2027, 4, 9)),
    ("We close the books 3-15-2027, as agreed.", -6, date(2027, 3, 15)),
])
def test_a_dashed_date_with_its_year_before_a_full_stop_or_a_comma_is_read(text, hours, want):
    assert _first_day(text, _ref(hours)) == want


@pytest.mark.parametrize("text,lang", [
    ("We should hear back from the auditors in a couple of weeks.", "en"),
    ("They called a couple of days ago about the invoice.", "en"),
    ("Через пару недель вернёмся с ответом.", "ru"),
    ("Пару дней назад отправили оригиналы.", "ru"),
])
def test_a_vague_count_names_no_single_day(text, lang):
    assert _first_day(text, _ref(3), lang) is None


@pytest.mark.parametrize("text,want", [
    ("I will send the month-end reconciliation on Friday.", date(2027, 3, 5)),
    ("The quarter-end figures will follow tomorrow.", date(2027, 3, 2)),
    ("Our year-end audit team will call you tomorrow.", date(2027, 3, 2)),
])
def test_a_period_end_that_describes_a_noun_is_no_date(text, want):
    assert _first_day(text, _ref(3)) == want


@pytest.mark.parametrize("text,want", [
    ("We need the signed copy by year-end.", date(2027, 12, 31)),
    ("Payment is due before quarter-end, please.", date(2027, 3, 31)),
    ("At month-end we will reconcile.", date(2027, 3, 31)),
    ("Month-end is the deadline.", date(2027, 3, 31)),
])
def test_a_period_end_after_a_preposition_or_alone_is_its_last_day(text, want):
    assert _first_day(text, _ref(3)) == want


@pytest.mark.parametrize("text,want", [
    ("Оплату проведём до 11 дек.", date(2026, 12, 11)),
    ("Встреча 14 янв. в 10:00, переговорная 3.", date(2027, 1, 14)),
    ("Поставка ожидается 3 февр. 2027 г.", date(2027, 2, 3)),
    ("Акт подпишем 20 дек., как договорились.", date(2026, 12, 20)),
    ("Сверку закроем к 5 нояб. 2027 г.", date(2027, 11, 5)),
    ("Отгрузка 9 сент. утром.", date(2027, 9, 9)),
])
def test_a_russian_month_shortened_with_a_dot_is_read(text, want):
    assert _first_day(text, _ref(3, "2026-12-07T10:15"), "ru") == want


@pytest.mark.parametrize("text,lang,want", [
    ("Payment within 5 calendar days of the invoice.", "en", date(2026, 12, 12)),
    ("Оплата в течение 5 календарных дней.", "ru", date(2026, 12, 12)),
    ("Поставщик обязан ответить в течение 3 (трёх) рабочих дней.", "ru", date(2026, 12, 10)),
    ("Вернём деньги через 10 (десять) календарных дней.", "ru", date(2026, 12, 17)),
    ("Delivery within 14 (fourteen) days of payment.", "en", date(2026, 12, 21)),
])
def test_calendar_days_and_a_count_repeated_in_words_are_a_length(text, lang, want):
    assert _first_day(text, _ref(3, "2026-12-07T10:15"), lang) == want


@pytest.mark.parametrize("text,lang,want", [
    ("Can we meet Tuesday 15th?", "en", date(2026, 12, 15)),
    ("Let's fix Friday the 18th for the signing.", "en", date(2026, 12, 18)),
    ("Давайте во вторник 15-го созвонимся.", "ru", date(2026, 12, 15)),
    ("Приеду в пятницу, 18-го числа.", "ru", date(2026, 12, 18)),
    ("Call me Tuesday, 3 pm.", "en", date(2026, 12, 8)),     # a time is no day of the month
])
def test_a_weekday_followed_by_a_day_of_the_month_is_that_day(text, lang, want):
    assert _first_day(text, _ref(3, "2026-12-07T10:15"), lang) == want


@pytest.mark.parametrize("text,lang,want", [
    ("Could we close the file on Thurs 17th?", "en", date(2026, 12, 17)),
    ("Сверку подпишем в чт., 17.12. после обеда.", "ru", date(2026, 12, 17)),
    ("Созвонимся в четв. с юристами.", "ru", date(2026, 12, 10)),
    ("Отгрузка переносится на пятн., склад закрыт.", "ru", date(2026, 12, 11)),
    ("Акт сверки жду до вторн.", "ru", date(2026, 12, 8)),
])
def test_a_shortened_weekday_is_read_and_gives_way_to_the_date_after_it(text, lang, want):
    assert _first_day(text, _ref(3, "2026-12-07T10:15"), lang) == want


@pytest.mark.parametrize("text,want", [
    ("Оплату проведём после завтра, бухгалтер на больничном.", date(2026, 12, 9)),
    ("Сдачу отчёта переносим на двадцать девятое.", date(2026, 12, 29)),
    ("Отчёт сдаём двадцатое декабря, не позже.", date(2026, 12, 20)),
    ("Поставку сдвигаем на 3-ое число.", date(2027, 1, 3)),
])
def test_russian_days_written_in_words_or_with_a_long_ending_are_read(text, want):
    assert _first_day(text, _ref(3, "2026-12-07T10:15"), "ru") == want


@pytest.mark.parametrize("text,lang,want", [
    ("The board meets on the third Wednesday of next month.", "en", date(2027, 1, 20)),
    ("Payroll closes the last Thursday of this month.", "en", date(2026, 12, 31)),
    ("We audit stock on the first Friday of the month.", "en", date(2027, 1, 1)),  # this one passed
    ("Let's pencil in the 2nd Monday in February.", "en", date(2027, 2, 8)),
    ("Собрание пайщиков — в последнюю среду этого месяца.", "ru", date(2026, 12, 30)),
    ("Инвентаризацию проводим во второй четверг следующего месяца.", "ru", date(2027, 1, 14)),
])
def test_the_nth_or_last_weekday_of_a_month_is_that_day(text, lang, want):
    assert _first_day(text, _ref(3, "2026-12-07T10:15"), lang) == want


@pytest.mark.parametrize("text,lang,want", [
    ("Two weeks today the new tariff applies to your account.", "en", date(2026, 12, 21)),
    ("Can we pick this up a week tomorrow?", "en", date(2026, 12, 15)),
    ("It's been two weeks today and nothing has arrived.", "en", date(2026, 12, 7)),  # the past
    ("Подписание назначим на четверг через неделю.", "ru", date(2026, 12, 17)),
])
def test_weeks_counted_from_today_or_a_weekday_name_that_later_day(text, lang, want):
    assert _first_day(text, _ref(3, "2026-12-07T10:15"), lang) == want


@pytest.mark.parametrize("text,lang,want", [
    ("Bitte um Rückmeldung — could you reply by Mon, 4.1.?", "en", date(2027, 1, 4)),
    ("Let's sign on Thursday 14.01.2027 in the morning.", "en", date(2027, 1, 14)),
    ("Встреча в четверг, 17.12, у нас в офисе.", "ru", date(2026, 12, 17)),
    ("We now run release 4.1.", "en", None),        # a version is no date
])
def test_a_weekday_before_a_numeric_date_gives_way_to_the_date(text, lang, want):
    assert _first_day(text, _ref(1, "2026-12-07T10:15"), lang) == want


@pytest.mark.parametrize("text,want", [
    ("Good morning Sam, the balance will be wired on Thursday.", date(2026, 12, 10)),
    ("Good evening! We can settle the invoice next Monday.", date(2026, 12, 14)),
    ("Have a good afternoon.", None),
    ("I can call you this afternoon.", date(2026, 12, 7)),
])
def test_a_greeting_names_no_part_of_the_day(text, want):
    assert _first_day(text, _ref(3, "2026-12-07T10:15")) == want


@pytest.mark.parametrize("text,want", [
    ("The office reopens the day after Thanksgiving.", date(2025, 11, 28)),
    ("Please have the rent roll over by Memorial Day.", date(2026, 5, 25)),
    ("We'd like the draft the day before Christmas Eve.", date(2025, 12, 23)),
    ("Thanksgiving weekend is busy; the audit starts 12/2.", date(2025, 12, 2)),
])
def test_us_holidays_that_move_and_days_next_to_a_holiday_are_read(text, want):
    assert _first_day(text, _ref(-5, "2025-10-20T09:00")) == want


def test_after_a_holiday_names_no_one_day():
    assert _first_day("I will send the figures after Thanksgiving.", _ref(-5, "2025-10-20T09:00")) is None
