"""Promises of sales letters whose shape the rules once missed: a colleague of the writer's
named by first name, the writer's part said as a noun after «с нашей стороны», the reader to
receive a document of ours; each with the day it is due, and the shapes beside them that
commit the writer to nothing."""

from datetime import date, datetime, timedelta, timezone

import pytest

from tests.intents_found import assert_promise_due, first_promise

MSK = timezone(timedelta(hours=3))
REF = datetime(2026, 3, 4, 10, 0, tzinfo=MSK)      # a Wednesday


def _promise(text: str, lang: str):
    return first_promise(text, REF, lang)


@pytest.mark.parametrize("text, due", [
    # a colleague named by first name, with a patronymic or the unit they are from
    ("Юля пришлёт реквизиты для оплаты завтра.", date(2026, 3, 5)),
    ("Завтра Кирилл отправит вам обновлённый график поставок.", date(2026, 3, 5)),
    ("Ирина Петровна подготовит расчёт к пятнице.", date(2026, 3, 6)),
    ("Андрей из техподдержки свяжется с вами сегодня после обеда.", date(2026, 3, 4)),
    ("Марина вышлет акт сверки в пятницу.", date(2026, 3, 6)),
    # the writer's part said as a noun, with no verb
    ("С нашей стороны — договор до пятницы.", date(2026, 3, 6)),
    ("С нашей стороны: проект спецификации к понедельнику.", date(2026, 3, 9)),
    ("От нас — счёт и акт до конца недели.", date(2026, 3, 6)),
    ("За нами – коммерческое предложение завтра.", date(2026, 3, 5)),
    # the reader to receive a document of ours
    ("Договор вы получите до пятницы.", date(2026, 3, 6)),
    ("Вы получите счёт на предоплату завтра утром.", date(2026, 3, 5)),
])
def test_a_russian_promise_of_our_side_without_i_or_we_is_found_with_its_day(text, due):
    assert_promise_due(text, REF, due, "ru")


def test_a_colleague_named_with_a_day_said_as_k_srede_is_a_promise_due_on_a_wednesday():
    # «к среде» names a day as «к пятнице» does; which Wednesday is the date reader's answer
    found = _promise("Денис подготовит смету к среде.", "ru")
    assert found is not None and found.due is not None and found.due.weekday() == 2


@pytest.mark.parametrize("text", [
    # the reader's part, the reader's person, someone's whereabouts, signing or paying
    "С вашей стороны — подписанный договор до пятницы.",
    "От нас — всё, ждём ваших комментариев.",
    "Ольга из вашей бухгалтерии пришлёт акт в пятницу?",
    "Юля будет в отпуске до понедельника.",
    "Андрей подпишет договор в пятницу.",
    "Надеюсь, Кирилл пришлёт всё завтра.",
    "Марина не пришлёт акт до пятницы: она в отпуске.",
    # no day named: how things go, not what is owed
    "Юля пришлёт реквизиты.",
    "С нашей стороны — договор и спецификация.",
    # a benefit, or a notice after an event, is no document owed
    "Вы получите скидку 10 % до пятницы.",
    "Вы получите уведомление, когда груз пройдёт таможню.",
])
def test_the_readers_part_or_an_undated_or_hedged_one_is_no_russian_promise(text):
    assert _promise(text, "ru") is None, text


def _en(text: str):
    return _promise(text, "en")


@pytest.mark.parametrize("text, due", [
    # a colleague named first, the role of ours after the name between commas
    ("Dmitri, our solutions architect, will send over the sizing sheet on Monday.",
     date(2026, 3, 9)),
    ("Hannah Brooks, my counterpart in billing, will issue the credit note tomorrow.",
     date(2026, 3, 5)),
    ("Raj, our onboarding lead, is going to call you on Thursday.", date(2026, 3, 5)),
    # someone of ours getting in touch
    ("Jenny will be in touch tomorrow with the schedule.", date(2026, 3, 5)),
    ("Somebody from our claims desk will be in touch on Friday.", date(2026, 3, 6)),
])
def test_an_english_colleague_named_with_a_role_after_or_in_touch_is_a_dated_promise(text, due):
    assert_promise_due(text, REF, due, "en")


@pytest.mark.parametrize("text", [
    "Paul, our CEO, will be in Dubai next week.",
    "Maria, your buyer, will send us the PO on Friday.",
    "Anna, our new hire, will love this project.",
    "You will be in touch with the carrier directly.",
    "They'll be in touch once customs clear it.",
    "Your broker will be in touch about the renewal.",
])
def test_whereabouts_a_feeling_or_someone_elses_contact_is_no_english_promise(text):
    assert _en(text) is None, text


@pytest.mark.parametrize("text, due", [
    # the writer or a colleague to take part in the reader's meeting or call
    ("We will be there for your board meeting on Tuesday.", date(2026, 3, 10)),
    ("Our engineer will join your kickoff meeting tomorrow.", date(2026, 3, 5)),
    ("I will be on the call with your finance team on Friday.", date(2026, 3, 6)),
    ("I'll attend your quarterly review meeting on Monday.", date(2026, 3, 9)),
    ("We'll dial in to your procurement call tomorrow at 10.", date(2026, 3, 5)),
    ("I'll be in the workshop with your engineers on Friday.", date(2026, 3, 6)),
])
def test_taking_part_in_the_readers_meeting_is_a_dated_english_promise(text, due):
    assert_promise_due(text, REF, due, "en")


@pytest.mark.parametrize("text", [
    # where the writer will be, an event of no one's with the reader, the reader's own part
    "I will be in London on Friday.",
    "We'll be there for you whenever you need us.",
    "I'll attend the trade fair in Hannover next week.",
    "I will be at the conference on Thursday.",
    "Our CEO will join the board of the association next month.",
    "You will join the call from your side on Friday.",
])
def test_whereabouts_or_an_event_not_with_the_reader_is_no_english_promise(text):
    assert _en(text) is None, text


@pytest.mark.parametrize("text, lang, due", [
    # a step of ours in a list of next steps, in the present tense, with its day
    ("Next steps: 1) we send the draft by Tuesday; 2) you review it.", "en", date(2026, 3, 10)),
    ("- we send the final pricing tomorrow", "en", date(2026, 3, 5)),
    ("2) We share the test plan by Friday.", "en", date(2026, 3, 6)),
    ("Action items: 1. we book the venue on Monday; 2. you confirm headcount.", "en",
     date(2026, 3, 9)),
    ("• we ship the demo units on Thursday", "en", date(2026, 3, 5)),
    ("Следующие шаги: 1) мы направляем проект договора до вторника; 2) вы согласуете.", "ru",
     date(2026, 3, 10)),
    ("1) мы готовим спецификацию к пятнице", "ru", date(2026, 3, 6)),
    ("— мы выставляем счёт завтра", "ru", date(2026, 3, 5)),
])
def test_a_step_of_ours_in_a_list_of_next_steps_is_a_dated_promise(text, lang, due):
    assert_promise_due(text, REF, due, lang)


@pytest.mark.parametrize("text, lang", [
    # the reader's steps, a standing practice, no day of its own, a step already done
    ("Next steps: 1) you send us the logo files by Friday.", "en"),
    ("- you review the draft and send comments", "en"),
    ("1) we send invoices monthly", "en"),
    ("- we send the draft, 2) you sign it", "en"),
    ("1) We shipped the units on Monday.", "en"),
    ("2) вы подписываете договор до пятницы", "ru"),
    ("1) мы ждём ваших комментариев до пятницы", "ru"),
    ("1) мы направляем проект договора", "ru"),
])
def test_the_readers_step_or_an_undated_one_is_no_promise(text, lang):
    assert _promise(text, lang) is None, text
