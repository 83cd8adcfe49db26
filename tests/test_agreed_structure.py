"""Agreed items read by the structure of the sentence: which side acts, who is asked.

A question that ends a sentence after an act promised in its own clause; the client's
people named by name or role as the ones who act.
"""

from __future__ import annotations

import pytest

from tests.test_agreed_items import client_commitments, manager_promises


@pytest.mark.parametrize("text", [
    "I'll send the draft tomorrow, is that ok?",
    "Пришлю проект договора завтра, хорошо?",
    "The revised schedule I will email on Thursday — does that work for you?",
    "Договор вышлю в среду, вам удобно?",
    "Расчёт подготовлю к пятнице, устроит?",
    "We will issue the invoice on Monday, ok?",
    # a question of its own about something else
    "Пришлю договор сегодня, подскажете, кто у вас подписывает?",
    "I'll forward the term sheet today, who should I copy on it?",
])
def test_an_act_promised_before_a_question_of_its_own_still_commits(tmp_path, text: str) -> None:  # type: ignore[no-untyped-def]
    assert manager_promises(tmp_path, text) != []


@pytest.mark.parametrize("text", [
    # a time for meeting or calling put to the reader: a proposal waiting for the yes
    "Заеду к вам в четверг в 11 — вам удобно?",
    "I'll call you tomorrow at 10, does that work for you?",
    "Подъеду в пятницу после обеда, хорошо?",
    "We'll come over on Tuesday morning, is that ok?",
    # the act itself asked
    "Can I send the draft tomorrow?",
    "Пришлю договор завтра?",
    "Shall I send the draft on Monday?",
])
def test_a_meeting_time_put_to_the_reader_or_an_act_asked_is_no_promise(tmp_path, text: str) -> None:  # type: ignore[no-untyped-def]
    assert manager_promises(tmp_path, text) == []


@pytest.mark.parametrize(("text", "commits"), [
    ("We'll send the signed copy on Monday, is that fine?", True),
    ("Подписанный экземпляр пришлём в понедельник, хорошо?", True),
    ("Реквизиты пришлём до пятницы, подскажете, на чей адрес?", True),
    ("Подпишем ли мы до пятницы?", False),
    ("Will we send the signed copy on Monday?", False),
])
def test_a_clients_act_before_a_question_of_its_own_still_commits(
        tmp_path, text: str, commits: bool) -> None:  # type: ignore[no-untyped-def]
    assert bool(client_commitments(tmp_path, text)) is commits


@pytest.mark.parametrize("text", [
    # a meeting or a call with a question after it: its time or place waits for the answer
    "Заеду к вам в четверг, где вас найти?",
    "I'll call you on Friday morning, which number is best?",
    # an act with no day before a question: it waits for the answer
    "Подготовлю расчёт, какой объём вам нужен?",
    "I will prepare the quote, how many units do you need?",
])
def test_an_act_that_waits_for_the_answer_to_its_question_is_no_promise(tmp_path, text: str) -> None:  # type: ignore[no-untyped-def]
    assert manager_promises(tmp_path, text) == []


@pytest.mark.parametrize(("text", "action"), [
    # the word «визит» inside «реквизиты» is no visit: the details are sent
    ("Реквизиты для договора пришлю завтра.", "send"),
    ("Банковские реквизиты вышлем в четверг.", "send"),
    ("Визит к вам назначу на четверг.", "meet"),
    ("We'll come over on Tuesday with the samples.", "meet"),
    ("I'll send the bank details on Tuesday.", "send"),
])
def test_what_a_promise_is_about_is_read_by_whole_words(text: str, action: str) -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from tests.intents_found import first_promise

    promise = first_promise(text, datetime(2026, 11, 16, 10, 0, tzinfo=ZoneInfo("Europe/Moscow")))
    assert promise is not None and promise.action == action, text


@pytest.mark.parametrize("text", [
    "Юля пришлёт реквизиты до пятницы.",
    "Реквизиты пришлёт Юля.",
    "Анна Петровна из бухгалтерии направит платёжку завтра.",
    "Сергей вышлет сканы учредительных документов на этой неделе.",
    "Наш казначей переведёт аванс в четверг.",
    "Она подпишет договор в понедельник, как вернётся из отпуска.",
    "Our treasurer will wire the deposit on Friday.",
    "Mark from procurement will send the PO by Thursday.",
    "Thanks! Olga will sign the amendment on Monday.",
    "My colleague Tom will send you the signed NDA tomorrow.",
    "She will call you on Wednesday to confirm the delivery slot.",
])
def test_the_clients_person_named_as_the_one_who_acts_commits_the_client(tmp_path, text: str) -> None:  # type: ignore[no-untyped-def]
    assert client_commitments(tmp_path, text) != []


@pytest.mark.parametrize("text", [
    # the manager's people in the client's letter, a past act, a question, a thing
    "Ваш юрист пришлёт проект до пятницы?",
    "Ваш менеджер Дмитрий пришлёт расчёт, как я понимаю.",
    "Юля прислала реквизиты вчера.",
    "Your colleague Anna will call me on Monday, as agreed.",
    "Will Mark send the PO by Thursday?",
    "This will confirm our order for 20 units.",
    "Delivery will take place on Friday.",
    "Юля пришлёт реквизиты, если директор одобрит.",
    # a third party by its role, and the client's role with no day: how things go
    "Перевозчик выставит счёт в пятницу.",
    "Заказчик направит техзадание до среды.",
    "Казначей переведёт аванс, как обычно.",
    # a hope or a guess about the person
    "Надеюсь, Юля пришлёт реквизиты до пятницы.",
    "I hope Olga will sign the amendment on Monday.",
    "I think Mark will send the PO this week.",
    "Hopefully Mark will send the PO this week.",
    # the reader addressed by name, then the writer's own act
    "Thanks Anna, will send the PO.",
])
def test_the_readers_people_a_past_act_a_question_or_a_thing_commit_the_client_to_nothing(
        tmp_path, text: str) -> None:  # type: ignore[no-untyped-def]
    assert client_commitments(tmp_path, text) == []


@pytest.mark.parametrize("text", [
    "I'll check with our risk department on Thursday.",
    "Уточню у наших рисковиков до четверга.",
    "I'll forward your application to our underwriting team today.",
    "Сегодня же согласую с нашей службой безопасности.",
    "I will discuss the collateral with our credit team on Monday.",
])
def test_a_step_inside_our_company_with_its_day_is_no_agreed_item(tmp_path, text: str) -> None:  # type: ignore[no-untyped-def]
    assert manager_promises(tmp_path, text) == []


@pytest.mark.parametrize("text", [
    # the step ends in an answer to the reader, or the reader gets the thing
    "I'll check with our risk department and get back to you on Thursday.",
    "Уточню у наших рисковиков и до четверга пришлю ответ.",
    "Согласую с нашей службой безопасности и сегодня же направлю вам договор.",
])
def test_a_step_inside_that_ends_in_an_answer_to_the_reader_still_commits(tmp_path, text: str) -> None:  # type: ignore[no-untyped-def]
    assert manager_promises(tmp_path, text) != []


@pytest.mark.parametrize("text", [
    "Уточним у наших юристов и до четверга вернёмся к вам.",
    "Our legal team will check it by Friday.",
    "Юристы посмотрят договор до 11 декабря.",
])
def test_the_clients_own_step_inside_with_its_day_still_commits_the_client(tmp_path, text: str) -> None:  # type: ignore[no-untyped-def]
    assert client_commitments(tmp_path, text) != []
