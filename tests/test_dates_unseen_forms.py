"""Classes of date forms that fresh sets of business mail brought and the grammar did not
generalise to: a month shortened with no dot after its day, a day of the month told by its
ordinal in words with no month or preposition, a weekday cut short at any letter."""

from datetime import date, datetime, timedelta, timezone

import pytest

from indexer.dates import find_dates

WED = datetime(2027, 3, 3, 10, 0, tzinfo=timezone(timedelta(hours=3)))   # a Wednesday


def _days(text: str, lang: str) -> list[date]:
    return [d.value.date() for d in find_dates(text, WED, lang)]


@pytest.mark.parametrize("text,want", [
    ("Счёт за аренду выставим 14 апр, как обычно.", date(2027, 4, 14)),
    ("Сверку закроем до 9 июн без выезда к вам.", date(2027, 6, 9)),
    ("Семинар для бухгалтеров — 30 сент в нашем офисе.", date(2027, 9, 30)),
])
def test_a_russian_month_shortened_with_no_dot_after_its_day_is_read(text, want):
    assert _days(text, "ru") == [want]


def test_a_short_word_that_only_begins_like_a_month_is_no_date():
    assert _days("Заказали 12 мартышек и 3 июньских каталога.", "ru") == []


@pytest.mark.parametrize("text,lang,want", [
    ("Аккредитив откроем на двадцать седьмое число.", "ru", date(2027, 3, 27)),
    ("Машина со склада выходит восемнадцатого, водитель позвонит.", "ru", date(2027, 3, 18)),
    ("Деньги придут тридцать первого.", "ru", date(2027, 3, 31)),
    ("The coupon is paid the twenty-fifth, as every month.", "en", date(2027, 3, 25)),
    ("Our auditors arrive the fourteenth.", "en", date(2027, 3, 14)),
])
def test_a_day_of_the_month_in_words_past_the_tenth_stands_alone(text, lang, want):
    assert _days(text, lang) == [want]


@pytest.mark.parametrize("text,lang", [
    ("Со второго раза договорились.", "ru"),
    ("Оплату второго транша подтвердим.", "ru"),
    ("The second, third and fourth items are out of stock.", "en"),
])
def test_a_low_ordinal_alone_is_no_day(text, lang):
    assert _days(text, lang) == []


@pytest.mark.parametrize("text,lang,want", [
    ("Оригиналы пришлём курьером к понед.", "ru", date(2027, 3, 8)),
    ("Планёрку переносим на пятниц.", "ru", date(2027, 3, 5)),
    ("Ответ юристов будет в след. чт, не раньше.", "ru", date(2027, 3, 11)),
    ("Can we move the call to Wedn. afternoon?", "en", date(2027, 3, 10)),
    ("Let's aim for Frid. then.", "en", date(2027, 3, 5)),
])
def test_a_weekday_cut_short_at_any_letter_is_that_weekday(text, lang, want):
    assert _days(text, lang)[:1] == [want]


@pytest.mark.parametrize("text,lang,want", [
    ("The surveyor can come on Tuesdy morning.", "en", date(2027, 3, 9)),
    ("Samples ship Thursdya from Rotterdam.", "en", date(2027, 3, 4)),
    ("Can we sign on Mondey instead?", "en", date(2027, 3, 8)),
    ("Договор подпишем в пятницк, директор вернётся.", "ru", date(2027, 3, 5)),
    ("Ждём оплату до понедельнка, не позже.", "ru", date(2027, 3, 8)),
    ("Приеду во вторнмк к обеду.", "ru", date(2027, 3, 9)),
    ("Созвонимся в четвегр утром.", "ru", date(2027, 3, 4)),
])
def test_a_weekday_one_keystroke_off_anywhere_is_that_weekday(text, lang, want):
    assert _days(text, lang)[:1] == [want]


@pytest.mark.parametrize("text,lang", [
    ("We will stay through the winter.", "en"),
    ("Frida from the legal team will call you.", "en"),
    ("On Fridays the office closes at four.", "en"),
    ("Команда из четверых приедет позже.", "ru"),
    ("Груз прибыл по почте, без повреждений.", "ru"),
    ("Ждём четверо суток, потом пишем претензию.", "ru"),
])
def test_a_word_one_keystroke_from_a_weekday_that_is_a_word_is_no_day(text, lang):
    assert _days(text, lang) == []


@pytest.mark.parametrize("text,lang,first,last", [
    ("The valuer can come Monday or Tuesday, whichever you prefer.", "en",
     date(2027, 3, 8), date(2027, 3, 9)),
    ("Funds should clear between the 12th and the 14th.", "en", date(2027, 3, 12), date(2027, 3, 14)),
    ("Курьер заедет в четверг или в пятницу, заранее позвонит.", "ru",
     date(2027, 3, 4), date(2027, 3, 5)),
    ("Выписку пришлём сегодня-завтра.", "ru", date(2027, 3, 3), date(2027, 3, 4)),
])
def test_two_days_offered_as_alternatives_are_one_window_not_the_first_day(text, lang, first, last):
    found = find_dates(text, WED, lang)
    assert [(d.value.date(), d.deadline.date()) for d in found] == [(first, last)]


@pytest.mark.parametrize("text,lang", [
    ("We moved the call from Monday to Wednesday.", "en"),
    ("Писали вам 15 марта и 22 марта, ответа нет.", "ru"),
])
def test_two_days_told_as_two_events_stay_two_days(text, lang):
    assert len(find_dates(text, WED, lang)) == 2


@pytest.mark.parametrize("text,lang,want", [
    ("Мы отправляли вам оферту во вторник, повторно прикладываю.", "ru", date(2027, 3, 2)),
    ("В понедельник банк вернул платёж без объяснений.", "ru", date(2027, 3, 1)),
    ("Per your request, we invoiced you on Monday.", "en", date(2027, 3, 1)),
    ("Following the audit we emailed them on Tuesday with the findings.", "en", date(2027, 3, 2)),
])
def test_a_weekday_in_a_clause_told_in_the_past_is_the_day_gone(text, lang, want):
    assert _days(text, lang)[:1] == [want]


@pytest.mark.parametrize("text,lang,want", [
    ("Как и договаривались, созвон в пятницу в 11.", "ru", date(2027, 3, 5)),
    ("Как обсуждали, подпишем в понедельник.", "ru", date(2027, 3, 8)),
    ("Встречу перенесли на четверг.", "ru", date(2027, 3, 4)),
    ("Бухгалтер обещала выслать акт в пятницу.", "ru", date(2027, 3, 5)),
    ("Сказали, что груз придёт в понедельник.", "ru", date(2027, 3, 8)),
    ("We're closed on Friday for the stocktake.", "en", date(2027, 3, 5)),
    ("The handover is scheduled on Monday.", "en", date(2027, 3, 8)),
])
def test_a_weekday_of_a_plan_told_beside_a_past_verb_stays_ahead(text, lang, want):
    assert _days(text, lang)[:1] == [want]


@pytest.mark.parametrize("text,want", [
    ("Перечисление 3-го платежа по графику — не позднее 20 марта.", [date(2027, 3, 20)]),
    ("До 10-го рабочего дня месяца пришлите реестр.", []),
    ("Сдаём отчёт 5-го, подписываем 9-го и всё.", [date(2027, 3, 5), date(2027, 3, 9)]),
    ("Курьер будет 12-го днём.", [date(2027, 3, 12)]),
])
def test_a_russian_ordinal_that_agrees_with_a_noun_counts_it_and_names_no_day(text, want):
    assert _days(text, "ru") == want


@pytest.mark.parametrize("text,want", [
    ("The deadline for quarter-end statements is April 9.", [date(2027, 4, 9)]),
    ("Two copies of year-end accounts are due on 14 May.", [date(2027, 5, 14)]),
    ("We need the pack by year-end.", [date(2027, 12, 31)]),
])
def test_a_period_end_after_for_or_of_before_a_noun_is_a_kind_not_a_day(text, want):
    assert _days(text, "en") == want


@pytest.mark.parametrize("text,want", [
    ("Bids close at 3 PM ET on 4/15/2027.", date(2027, 4, 15)),
    ("The webinar starts 9am PT on Thursday.", date(2027, 3, 4)),
])
def test_a_time_with_a_short_zone_name_before_its_day_is_that_day(text, want):
    assert _days(text, "en") == [want]


def test_a_russian_window_between_two_days_of_a_month_is_one_span():
    found = find_dates("Монтаж планируем между 16 и 19 апреля, точнее скажем позже.", WED, "ru")
    assert [(d.value.date(), d.deadline.date()) for d in found] == [
        (date(2027, 4, 16), date(2027, 4, 19))]


@pytest.mark.parametrize("text,want", [
    ("Shall we say Thu week for the site visit?", date(2027, 3, 11)),
    ("The engineer comes the day after 2morrow.", date(2027, 3, 5)),
])
def test_english_shorthand_keeps_its_longer_forms_meaning(text, want):
    assert _days(text, "en") == [want]


@pytest.mark.parametrize("text,want", [
    ("Аванс пришёл 1-го, остаток ждём.", date(2027, 3, 1)),
    ("Поставим оборудование 1-го, как и договаривались.", date(2027, 4, 1)),
    ("Обещали прислать оригиналы 2-го.", date(2027, 4, 2)),
])
def test_a_russian_day_of_the_month_told_in_the_past_is_this_months(text, want):
    assert _days(text, "ru") == [want]


@pytest.mark.parametrize("text,lang", [
    ("Rent is collected on the 1st business day of next month.", "en"),
    ("Выплата — в 1-й рабочий день следующего месяца.", "ru"),
])
def test_the_first_working_day_written_in_figures_is_that_working_day(text, lang):
    # 1 April 2027 is a Thursday: the month's first working day in both calendars
    assert _days(text, lang) == [date(2027, 4, 1)]


@pytest.mark.parametrize("text,want", [
    ("The 18th is a bank holiday for us, so let's take the following Tuesday.", date(2027, 3, 23)),
    ("Goods leave on 29 March; the following Friday they clear customs.", date(2027, 4, 2)),
])
def test_the_following_weekday_after_a_named_day_is_the_one_after_that_day(text, want):
    assert _days(text, "en")[-1] == want


@pytest.mark.parametrize("text,lang,want", [
    ("Our Q2 bonus accrual will be paid out on 30 April.", "en", [date(2027, 4, 30)]),
    ("The Q1 sales report is attached.", "en", []),
    ("We expect to close in Q2.", "en", [date(2027, 4, 1)]),
    ("Пришлите выписки за 1 квартал до 15 марта.", "ru", [date(2027, 3, 15)]),
    ("Договор подпишем во 2 квартале.", "ru", [date(2027, 4, 1)]),
])
def test_a_quarter_that_names_a_kind_or_a_papers_period_is_no_time(text, lang, want):
    assert _days(text, lang) == want


@pytest.mark.parametrize("text, lang, want", [
    ("Release 3.11 ships on Friday.", "en", [date(2027, 3, 5)]),
    ("Version 2.10 goes live on 9 March.", "en", [date(2027, 3, 9)]),
    ("Релиз 4.12 выкатим в пятницу, 5 марта.", "ru", [date(2027, 3, 5)]),
    ("Версию 1.11 поставим в пятницу.", "ru", [date(2027, 3, 5)]),
    ("Сборка 2.10 уйдёт в тест 9 марта.", "ru", [date(2027, 3, 9)]),
    # a number with no release named before it is still a date
    ("Отчёт сдадим 04.12.", "ru", [date(2027, 12, 4)]),
    ("We release on 14.03.", "en", [date(2027, 3, 14)]),
])
def test_the_number_of_a_software_release_is_no_date(text, lang, want):
    assert _days(text, lang) == want, text
