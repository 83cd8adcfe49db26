"""Date expressions as business mail writes them and no date set held before: a deadline word
said on the day it names, Russian "next"/"this"/"last" in every gender, chat shorthand, the last
day of a month by its number, a company's own year end, days that recur each month, ranges of
days, the Latin month words of commercial letters, ISO week numbers and holidays of both
countries named as days."""

from datetime import date, datetime, timedelta, timezone

import pytest

from indexer.dates import find_dates


def _ref(day: str, hours: float = 3) -> datetime:
    return datetime.fromisoformat(day + "T10:00").replace(tzinfo=timezone(timedelta(hours=hours)))


FRI = "2027-09-24"      # a Friday
WED = "2027-03-03"      # a Wednesday


def _first(text: str, day: str, lang: str) -> date | None:
    found = find_dates(text, _ref(day), lang)
    return found[0].value.date() if found else None


@pytest.mark.parametrize("text,lang", [
    ("Пришлите, пожалуйста, акт сверки не позднее пятницы.", "ru"),
    ("Счёт действителен до пятницы включительно.", "ru"),
    ("We need the signed mandate on or before Friday.", "en"),
    ("Please return the form by close of business Friday.", "en"),
    ("I need it by EOD Friday, sorry for the rush.", "en"),
])
def test_a_deadline_word_said_on_the_day_it_names_means_that_day(text, lang):
    assert _first(text, FRI, lang) == date(2027, 9, 24)
    # said the day before, the same words name the next day
    assert _first(text, "2027-09-23", lang) == date(2027, 9, 24)


def test_a_bare_russian_until_said_on_the_day_it_names_is_next_weeks():
    # «до пятницы» written on a Friday: the writer means the next one, as Russian writers read it
    assert _first("Пришлите отчёт до пятницы.", FRI, "ru") == date(2027, 10, 1)
    assert _first("К пятнице всё подготовим.", FRI, "ru") == date(2027, 10, 1)


@pytest.mark.parametrize("text,want", [
    ("Следующая среда у нас свободна для встречи.", date(2027, 3, 10)),
    ("Отложим до следующей субботы.", date(2027, 3, 13)),
    ("Прошлая пятница была последним днём приёма.", date(2027, 2, 26)),
    ("Эта пятница подходит?", date(2027, 3, 5)),
    ("Созвонимся в ближайшую пятницу.", date(2027, 3, 5)),
])
def test_russian_next_this_last_weekday_in_every_gender(text, want):
    assert _first(text, WED, "ru") == want


def test_chat_shorthand_for_tomorrow_and_the_capital_code_that_is_not():
    assert _first("Will send the term sheet tmr morning.", WED, "en") == date(2027, 3, 4)
    assert _first("ok, tmw then", WED, "en") == date(2027, 3, 4)
    assert _first("TMR figures attached.", WED, "en") is None


@pytest.mark.parametrize("text,want", [
    ("Аренду вносим до последнего числа текущего месяца.", date(2027, 2, 28)),
    ("Платёж пройдёт последним числом месяца.", date(2027, 2, 28)),
])
def test_the_last_day_of_a_month_named_by_its_number(text, want):
    assert _first(text, "2027-02-10", "ru") == want


def test_a_companys_own_year_end_is_the_day_it_names_not_the_thirty_first_of_december():
    assert _first("Their fiscal year-end falls on 30 September, so budgets freeze then.", WED,
                  "en") == date(2027, 9, 30)
    assert _first("The company's financial year end is 30 June.", WED, "en") == date(2027, 6, 30)
    assert _first("We will close the deal by year-end.", WED, "en") == date(2027, 12, 31)


@pytest.mark.parametrize("text,lang", [
    ("Проценты начисляются ежемесячно 15-го числа.", "ru"),
    ("Взносы списываем каждый месяц 10-го.", "ru"),
    ("Statements go out monthly on the 3rd.", "en"),
])
def test_a_day_that_recurs_every_month_names_no_one_day(text, lang):
    assert find_dates(text, _ref(WED), lang) == []


def test_a_day_of_the_month_said_once_is_still_a_day():
    assert _first("Проценты начислим 15-го числа.", WED, "ru") == date(2027, 3, 15)


@pytest.mark.parametrize("text,lang,first,last", [
    ("Офис закрыт с 4 по 8 мая.", "ru", date(2027, 5, 4), date(2027, 5, 8)),
    ("Командировка 11–13 октября, потом вернусь к вопросу.", "ru", date(2027, 10, 11),
     date(2027, 10, 13)),
    ("The auditors are on site from 6 to 9 July.", "en", date(2027, 7, 6), date(2027, 7, 9)),
    ("Training runs June 14-16, so replies will be slow.", "en", date(2027, 6, 14),
     date(2027, 6, 16)),
])
def test_a_range_of_days_starts_on_its_first_day_and_ends_on_its_last(text, lang, first, last):
    found = find_dates(text, _ref("2027-04-16"), lang)
    assert len(found) == 1, found
    assert (found[0].value.date(), found[0].deadline.date(), found[0].grain) == (first, last, "day")


@pytest.mark.parametrize("text,want", [
    ("Settlement is due on the 5th prox.", date(2027, 5, 5)),
    ("Thank you for your letter of the 2nd inst.", date(2027, 4, 2)),
    ("We refer to your order of the 28th ult.", date(2027, 3, 28)),
])
def test_the_latin_month_words_of_commercial_letters(text, want):
    assert _first(text, "2027-04-16", "en") == want


@pytest.mark.parametrize("text,lang,monday", [
    ("Delivery is planned for KW 18.", "en", date(2027, 5, 3)),
    ("We ship in CW20, please book the slot.", "en", date(2027, 5, 17)),
    ("Отгрузка на 19-й неделе.", "ru", date(2027, 5, 10)),
    ("Goods leave the plant in calendar week 2.", "en", date(2028, 1, 10)),
])
def test_an_iso_week_number_is_that_week(text, lang, monday):
    found = find_dates(text, _ref("2027-04-16"), lang)
    assert found and found[0].grain == "week", found
    assert (found[0].value.date(), found[0].deadline.date()) == (monday, monday + timedelta(days=6))


def test_week_numbers_of_a_project_plan_are_no_calendar_week():
    assert find_dates("The pilot goes live in week 3 of the project.", _ref(WED), "en") == []


@pytest.mark.parametrize("text,lang,day,want", [
    ("The office is shut on Good Friday.", "en", "2027-01-20", date(2027, 3, 26)),
    ("Back in on Easter Monday.", "en", "2027-01-20", date(2027, 3, 29)),
    ("Deliveries stop on the spring bank holiday.", "en", "2027-01-20", date(2027, 5, 31)),
    ("The August bank holiday is a day off for the team.", "en", "2027-01-20",
     date(2027, 8, 30)),
    ("Promo pricing ends on Black Friday.", "en", "2027-01-20", date(2027, 11, 26)),
    ("Офис не работает в День России.", "ru", "2027-01-20", date(2027, 6, 12)),
    ("Отгрузим ко Дню защитника Отечества.", "ru", "2027-01-20", date(2027, 2, 23)),
    ("Подпишем до Нового года.", "ru", "2027-12-01", date(2028, 1, 1)),
    ("Офис закрыт на Рождество.", "ru", "2027-12-20", date(2028, 1, 7)),
])
def test_holidays_of_both_countries_named_as_days(text, lang, day, want):
    assert _first(text, day, lang) == want


@pytest.mark.parametrize("text,lang", [
    ("Созвонимся после Дня Победы.", "ru"),
    ("Поздравляем с Новым годом!", "ru"),
    ("Black Friday traffic was heavy.", "en"),
])
def test_a_holiday_that_names_no_day_to_act_on(text, lang):
    # "after" a holiday is some time after it; a greeting or a kind of traffic is no date.
    # A holiday read as a name must not turn into the coming weekday either.
    found = find_dates(text, _ref("2027-01-20"), lang)
    assert all(d.value.date() != date(2027, 1, 22) for d in found), found
    assert found == [], found


@pytest.mark.parametrize("text,want", [
    ("Can we push the signing to Wensday?", date(2027, 3, 10)),
    ("I'll ring you Thrusday after lunch.", date(2027, 3, 4)),
    ("Firday is the cut-off for the KYC pack.", date(2027, 3, 5)),
    ("Tusday next week suits the CFO.", date(2027, 3, 9)),
])
def test_a_weekday_written_with_one_letter_wrong_is_that_weekday(text, want):
    assert _first(text, WED, "en") == want


def test_a_word_one_letter_from_a_weekday_but_no_weekday_stays_a_word():
    assert find_dates("The Sunday Times ran the story; Munday & Co replied.", _ref(WED),
                      "en")[0].value.date() == date(2027, 3, 7)
    assert find_dates("Munday & Co replied to the tender.", _ref(WED), "en") == []


@pytest.mark.parametrize("text,want", [
    ("The valuation lands a week Friday.", date(2027, 3, 12)),
    ("The auditors come back a week on Monday.", date(2027, 3, 15)),
])
def test_a_week_before_a_weekday_is_a_week_after_that_weekday(text, want):
    assert _first(text, WED, "en") == want


@pytest.mark.parametrize("text,want", [
    ("Settlement till 12-th of March, as agreed.", date(2027, 3, 12)),
    ("The shipment leaves on 21-st March.", date(2027, 3, 21)),
])
def test_an_ordinal_written_with_a_hyphen_in_english(text, want):
    assert _first(text, WED, "en") == want


def test_a_time_then_its_zone_then_the_day_is_that_day_at_that_time():
    found = find_dates("Please lodge it by 4pm AEST Friday.", _ref(WED, 10), "en")
    assert len(found) == 1 and found[0].value == datetime(2027, 3, 5, 16, 0,
                                                         tzinfo=timezone(timedelta(hours=10)))


@pytest.mark.parametrize("text,want", [
    ("Созвон переносим на след. четверг.", date(2027, 3, 11)),
    ("Акт подпишем в сл. понедельник.", date(2027, 3, 8)),
])
def test_russian_next_shortened_before_a_weekday(text, want):
    assert _first(text, WED, "ru") == want


@pytest.mark.parametrize("text,lang,want", [
    ("We will settle within the next 2 working days.", "en", date(2027, 3, 5)),
    ("Expect the courier in the next 3 days.", "en", date(2027, 3, 6)),
    ("Ответ дадим в ближайшие 2 рабочих дня.", "ru", date(2027, 3, 5)),
    ("Оплату проведём в течение ближайших 5 дней.", "ru", date(2027, 3, 8)),
])
def test_a_length_counted_as_the_next_n_days(text, lang, want):
    assert _first(text, WED, lang) == want


@pytest.mark.parametrize("text,want", [
    ("Документы нужны к 20 числу.", date(2027, 3, 20)),
    ("Подготовим ко 2-му апреля.", date(2027, 4, 2)),
    ("Сверку закроем к 25-му числу.", date(2027, 3, 25)),
])
def test_a_russian_day_of_the_month_in_the_dative(text, want):
    assert _first(text, WED, "ru") == want


@pytest.mark.parametrize("text,want", [
    ("We need the facility agreement signed by Christmas.", date(2027, 12, 25)),
    ("Can the audit close before the New Year?", date(2028, 1, 1)),
    ("Let's have the pilot running by Easter.", date(2028, 4, 16)),
])
def test_a_holiday_named_alone_after_a_deadline_word(text, want):
    assert _first(text, "2027-11-22", "en") == want


@pytest.mark.parametrize("text", [
    "Merry Christmas and a happy New Year to the whole team!",
    "The branch is closed over Christmas.",
    "We'll share our plans for the new year in January.",
])
def test_a_holiday_in_a_greeting_or_a_span_names_no_day(text):
    found = find_dates(text, _ref("2027-11-22"), "en")
    named = [text[d.start:d.end].lower() for d in found]
    assert not any(w in n for n in named for w in ("christmas", "new year")), named


@pytest.mark.parametrize("text,want", [
    ("Седня наберу, как освобожусь.", date(2027, 3, 3)),
    ("Завтро пришлю скан договора.", date(2027, 3, 4)),
    ("пт утром созвонимся?", date(2027, 3, 5)),
    # 8 March is a day off in Russia: three working days from Wednesday end on Tuesday
    ("Подпишем в срок не позднее 3 (трёх) рабочих дней.", date(2027, 3, 9)),
])
def test_russian_chat_forms_of_days_and_a_no_later_than_length(text, want):
    assert _first(text, WED, "ru") == want


@pytest.mark.parametrize("text", [
    "Please confirm by end of business Thursday.",
    "Can you send it by EOB Thursday?",
    "Sign-off by EOP Thursday, please.",
])
def test_end_of_business_or_play_before_a_day_is_that_days_close(text):
    found = find_dates(text, _ref(WED), "en")
    assert len(found) == 1 and found[0].grain == "hour", found
    assert found[0].value.date() == date(2027, 3, 4)


def test_a_day_and_a_time_joined_by_an_at_sign():
    found = find_dates("Can we lock in the 10th @ 3pm?", _ref(WED), "en")
    assert len(found) == 1 and found[0].value == datetime(2027, 3, 10, 15, 0,
                                                         tzinfo=timezone(timedelta(hours=3)))


@pytest.mark.parametrize("text,lang", [
    ("I'll revert in a day or two.", "en"),
    ("We should hear back within 3 or 4 days.", "en"),
    ("Ответ будет через день-другой.", "ru"),
])
def test_a_length_given_as_one_count_or_another_names_no_single_day(text, lang):
    assert find_dates(text, _ref(WED), lang) == []


@pytest.mark.parametrize("text,lang,want", [
    ("Kindly return the countersigned NDA before 11am GMT on the 19th.", "en", (19, 11)),
    ("The rate lock expires at 4pm Dubai time on the 22nd.", "en", (22, 16)),
    ("Оригиналы доверенностей ждём до 15:00 (мск) 18-го.", "ru", (18, 15)),
    ("Платёжку пришлите до 12:00 по Новосибирску в пятницу.", "ru", (5, 12)),
    ("Созвон назначим на 10:30 по московскому времени в четверг.", "ru", (4, 10)),
])
def test_a_time_read_by_a_zone_or_a_city_belongs_to_the_day_after_it(text, lang, want):
    found = find_dates(text, _ref(WED), lang)
    assert len(found) == 1, found
    assert (found[0].value.day, found[0].value.hour) == want


@pytest.mark.parametrize("text,want", [
    ("The crane is booked for the twenty-sixth, weather permitting.", date(2027, 3, 26)),
    ("The new tariffs apply from the first, as agreed.", date(2027, 4, 1)),
    ("Any changes can only be made after the fifteenth.", date(2027, 3, 15)),
])
def test_a_day_named_by_its_ordinal_word_after_for_from_or_after(text, want):
    assert _first(text, WED, "en") == want


def test_for_the_first_time_names_no_day():
    found = find_dates("We are ordering from you for the first time this year.", _ref(WED), "en")
    assert [d.grain for d in found] == ["year"]


@pytest.mark.parametrize("text,grain", [
    ("The revised commission scheme takes effect in next month.", "month"),
    ("Our warehouse move happens in next week, expect slower replies.", "week"),
])
def test_in_next_week_or_month_is_that_period_not_a_length(text, grain):
    found = find_dates(text, _ref(WED), "en")
    assert [d.grain for d in found] == [grain]


@pytest.mark.parametrize("text,want", [
    ("Скан доверенности пришлём до конца завтрашнего дня.", date(2027, 3, 4)),
    ("Бухгалтерия ответит в течение сегодняшнего дня.", date(2027, 3, 3)),
    ("Машина будет на складе к обеду послезавтрашнего дня.", date(2027, 3, 5)),
])
def test_a_day_named_by_its_adjective_with_den(text, want):
    assert _first(text, WED, "ru") == want


def test_tomorrow_as_the_future_in_general_names_no_day():
    assert find_dates("Завтрашний день покажет, как пойдут продажи.", _ref(WED), "ru") == []


@pytest.mark.parametrize("text,monday", [
    ("The auditors will be on site the week of 16 March, day to be confirmed.", date(2027, 3, 15)),
    ("Go-live is pencilled in for w/c 5th April.", date(2027, 4, 5)),
    ("We propose the week commencing 22.03 for the training.", date(2027, 3, 22)),
])
def test_a_day_that_names_its_week_is_that_week(text, monday):
    found = find_dates(text, _ref(WED), "en")
    assert [(d.grain, d.value.date(), d.deadline.date()) for d in found] == [
        ("week", monday, monday + timedelta(days=6))]


@pytest.mark.parametrize("text,want", [
    ("Созвонимся в четерг, я подготовлю цифры.", date(2027, 3, 4)),         # letter dropped
    ("Оплату проведём в птяницу утром.", date(2027, 3, 5)),                # letters swapped
    ("Давайте перенесём встречу на понеделник.", date(2027, 3, 8)),
    ("Документы будут готовы к сбуботе.", date(2027, 3, 6)),
])
def test_a_russian_weekday_with_one_letter_dropped_or_swapped_is_that_day(text, want):
    assert _first(text, WED, "ru") == want


@pytest.mark.parametrize("text,lang,want", [
    ("Agreement #LS-14/04 runs out on 9 April, please send the renewal terms.", "en", date(2027, 4, 9)),
    ("Per PO No. 11/03 the balance is payable by 19 March.", "en", date(2027, 3, 19)),
    ("Счёт № 15.03 оплатим до 22 марта.", "ru", date(2027, 3, 22)),
    ("По спецификации №14/04 отгрузка 12 марта.", "ru", date(2027, 3, 12)),
])
def test_a_document_number_that_looks_like_a_date_is_no_date(text, lang, want):
    assert _first(text, WED, lang) == want


@pytest.mark.parametrize("text,lang,want", [
    ("Invoices are settled every 3rd Friday; the next batch goes out on 18 March.", "en", date(2027, 3, 18)),
    ("Сверку делаем каждую вторую пятницу, ближайшая — 19 марта.", "ru", date(2027, 3, 19)),
])
def test_an_nth_weekday_that_recurs_names_no_day(text, lang, want):
    assert _first(text, WED, lang) == want


def test_sreda_as_an_environment_is_no_wednesday():
    assert _first("Стенд в облачной среде поднимем через 10 дней.", WED, "ru") == date(2027, 3, 13)
    assert _first("Пришлём логи к следующей среде.", WED, "ru") == date(2027, 3, 10)


def test_three_days_on_is_posleposlezavtra():
    assert _first("Созвонимся послепослезавтра, раньше не успею.", WED, "ru") == date(2027, 3, 6)


@pytest.mark.parametrize("text,lang", [
    ("The final instalment is payable 04.23.2027 under clause 7.", "en"),
    ("Поставка по графику — 04.23.2027, как в спецификации у американцев.", "ru"),
])
def test_a_dotted_date_that_can_only_be_month_first_is_read_so(text, lang):
    assert _first(text, WED, lang) == date(2027, 4, 23)


def test_months_a_statement_covers_are_no_length():
    assert _first("Отчёт о движении средств за 6 месяцев пришлём к понедельнику.", WED, "ru") \
        == date(2027, 3, 8)


@pytest.mark.parametrize("text,want", [
    ("Машину подадим в чт, 11-го, к складу на Лесной.", date(2027, 3, 11)),
    ("Подписание назначили на пн 15-го.", date(2027, 3, 15)),
    ("Delivery slot confirmed for Fri. the 12th.", date(2027, 3, 12)),
])
def test_a_shortened_weekday_before_a_day_of_the_month_is_that_day(text, want):
    found = find_dates(text, _ref(WED), "en" if text.isascii() else "ru")
    assert [d.value.date() for d in found] == [want]
