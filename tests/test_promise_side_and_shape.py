"""Promise shapes the rules read by grammar: the writer's side named as the subject of any
verb (Russian by the verb's person and aspect, English by who the subject is), a promise
beside a question, and a writer who leaves the subject out."""

from datetime import date, datetime, timedelta, timezone

import pytest

from tests.intents_found import first_promise

MSK = timezone(timedelta(hours=3))
REF = datetime(2026, 11, 4, 11, 0, tzinfo=MSK)      # a Wednesday


def _promise(text: str):
    return first_promise(text, REF)


def _due(text: str) -> date | None:
    found = _promise(text)
    assert found is not None, text
    return found.due.date() if found.due else None


# None of these verbs is in a list: the side is the subject, the verb a perfective future.
@pytest.mark.parametrize("text, due", [
    ("Наши монтажники установят стойки в пятницу.", date(2026, 11, 6)),
    ("Девушки из нашей бухгалтерии перешьют акты к понедельнику.", date(2026, 11, 9)),
    ("Коллеги из казначейства продублируют платёж сегодня.", date(2026, 11, 4)),
    ("Наш склад соберёт вашу партию до четверга.", date(2026, 11, 5)),
])
def test_the_writers_side_as_the_subject_of_a_future_act_is_a_promise(text, due):
    assert _due(text) == due


@pytest.mark.parametrize("text", [
    "Наши юристы не подпишут такую редакцию.",         # negated
    "Надеюсь, наше предложение вас заинтересует.",     # a hope
    "Наш офис переедет на Лесную в январе.",           # where we will be
    "Наша цена вырастет с нового года.",               # what happens to a thing
    "Директор сказал, что подпишет позже.",           # reported, not our side named
    # a verb of both aspects describes how things are done
    "Выдачу карт наш курьер организует по графику предприятия.",
    "Пришлите реестр, наши бухгалтеры сверят.",       # the reader acts first
])
def test_the_writers_side_with_no_act_of_its_own_is_no_promise(text):
    assert _promise(text) is None


def test_a_first_person_verb_after_its_pronoun_is_read_as_a_verb():
    # «закроем» reads first as a noun (instrumental of «закрой»); «мы» says it is a verb
    assert _due("Мы закроем сверку до пятницы.") == date(2026, 11, 6)


@pytest.mark.parametrize("text, due", [
    ("Our billing team will reissue the invoice on Friday.", date(2026, 11, 6)),
    ("Priya from our Leeds office will phone you about the access badges.", None),
    ("My assistant will courier the originals tomorrow.", date(2026, 11, 5)),
])
def test_people_of_the_writers_side_committed_to_any_act_is_a_promise(text, due):
    assert _due(text) == due


@pytest.mark.parametrize("text", [
    "Our warehouse will be closed over the holidays.",
    "The head of our risk desk will attend the conference.",
    "Our fees will rise in January.",
    "Our compliance team will also need the signed mandate.",
])
def test_the_writers_side_that_only_is_or_goes_somewhere_is_no_promise(text):
    assert _promise(text) is None


@pytest.mark.parametrize("text, due", [
    ("I'll book the room for Thursday, who else should be invited?", date(2026, 11, 5)),
    ("Can you scan the signed page, and we'll return it countersigned by Monday?",
     date(2026, 11, 9)),
    ("Вышлю реестр в пятницу, вам удобно в таком формате?", date(2026, 11, 6)),
])
def test_a_promise_beside_a_question_is_still_a_promise(text, due):
    assert _due(text) == due


def test_a_question_about_the_future_alone_is_no_promise():
    assert _promise("Could you check whether we will need a second copy?") is None


@pytest.mark.parametrize("text, due", [
    ("Happy to prepare the comparison by Friday.", date(2026, 11, 6)),
    ("Glad to share the pricing grid tomorrow.", date(2026, 11, 5)),
    ("Ill forward the signed NDA tomorrow morning.", date(2026, 11, 5)),
])
def test_a_commitment_without_its_subject_is_a_promise(text, due):
    assert _due(text) == due


@pytest.mark.parametrize("text", [
    "Happy to prepare a comparison if that helps.",      # an offer that waits on the reader
    "Happy to help.",
    "Happy to go through the figures with you on a call.",   # no day: an offer
    "Happy to prepare the comparison.",
    "I was ill last week, sorry for the delay.",
])
def test_willingness_that_waits_and_an_illness_are_no_promise(text):
    assert _promise(text) is None


@pytest.mark.parametrize("text, due", [
    ("Couriering the stamped originals tomorrow.", date(2026, 11, 5)),
    ("Expect the revised tariff sheet from us on Friday.", date(2026, 11, 6)),
    ("You can count on me to return the redlines Thursday.", date(2026, 11, 5)),
    ("The signed addendum is coming your way tomorrow.", date(2026, 11, 5)),
    ("Let me pull together the usage report and share it.", None),
    ("Обещаю разобраться с возвратом до пятницы.", date(2026, 11, 6)),
    ("Завтра выйду на связь с итоговыми цифрами.", date(2026, 11, 5)),
])
def test_an_act_the_reader_is_told_to_expect_is_a_promise(text, due):
    assert _due(text) == due


@pytest.mark.parametrize("text", [
    "Sending you the draft now, see attached.",      # this message itself
    "We expect a decision from the board next week.",
    "We count on your support at the tender.",
    "Вы обещали прислать график до понедельника.",   # someone else's promise
    "Выйду на работу в понедельник.",                 # where the writer will be
])
def test_expecting_without_the_writers_act_is_no_promise(text):
    assert _promise(text) is None


@pytest.mark.parametrize("text", [
    "Напомню, оплата по счёту у нас до 10-го.",            # a reminder said now
    "Напоминаем: приёмка товара только по доверенности.",
    "Пусть бухгалтерия сначала проверит, потом решим.",    # left to others first
    "Подпишите акт до пятницы, иначе выставим пени.",       # a consequence held over the reader
    "We will surely win the regional tender this year.",   # a forecast of an outcome
    "We'll be relocating to the new warehouse in spring.", # where the writer will be
])
def test_reminders_consequences_and_forecasts_are_no_promise(text):
    assert _promise(text) is None


def test_a_reminder_of_what_the_writer_will_do_is_still_a_promise():
    assert _due("Напомню вам о продлении завтра утром.") == date(2026, 11, 5)


# "going to" and a verb that starts with an excluded word's letters ("a", "her", "our"):
# the plan is still the writer's act, not "going to a meeting" or "going to have".
@pytest.mark.parametrize("text", [
    "We're going to arrange the courier for the originals.",
    "I'm going to ask the bank to waive the fee.",
    "I am going to allocate two extra engineers to your rollout.",
    "We are going to add the second site to the contract.",
])
def test_going_to_and_a_verb_is_a_promise_whatever_the_verb_starts_with(text):
    assert _promise(text) is not None, text


@pytest.mark.parametrize("text", [
    "We're going to have a busy week.", "We are going to a conference in Riga on Friday.",
])
def test_going_to_a_place_or_a_state_is_still_no_promise(text):
    assert _promise(text) is None, text


# the role, then the person's name set off by commas, then the act
@pytest.mark.parametrize("text, due", [
    ("Our account manager, Ms. Priya Nair, will send you the renewal terms on Friday.",
     date(2026, 11, 6)),
    ("My colleague, Tomás Ortega, is going to prepare the site plan by Thursday.",
     date(2026, 11, 5)),
    ("Our support team is also going to check the router logs tomorrow.", date(2026, 11, 5)),
])
def test_the_writers_side_with_a_name_in_commas_is_a_promise_due_on_its_day(text, due):
    assert _due(text) == due


@pytest.mark.parametrize("text, due", [
    ("Our technician will be onsite Thursday to replace the UPS battery.", date(2026, 11, 5)),
    ("Our engineers will be on-site on Friday for the cut-over.", date(2026, 11, 6)),
])
def test_the_writers_side_on_site_in_one_word_or_two_is_a_promise(text, due):
    assert _due(text) == due
