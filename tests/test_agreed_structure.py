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

    from indexer.intent import detect_intents

    ref = datetime(2026, 11, 16, 10, 0, tzinfo=ZoneInfo("Europe/Moscow"))
    promise = next(i for i in detect_intents(text, direction="out", ref_time=ref)
                   if i.kind == "promise")
    assert promise.action == action
