"""Which client letters wait for a manager's answer: classes the unanswered alarm missed."""

from __future__ import annotations

import pytest

from tests.test_alarms import is_request


@pytest.mark.parametrize("text", [
    # The client asks us to call or to come on a later day: it waits for a yes, and the
    # head of sales must see it when nobody answered.
    "Наберите меня, пожалуйста, во вторник утром.",
    "Перезвоните нам в следующую среду, главбух будет на месте.",
    "Приезжайте к нам в четверг к 11:00, покажем площадку.",
    "Please ring me next Wednesday morning about the volumes.",
    "Give us a call on Thursday, our CFO will be in.",
    # a call or a meeting with something to confirm or send asks that too
    "Встретимся в четверг у нас, подтвердите время.",
    "Let's talk on Thursday, please confirm a slot that suits you.",
])
def test_an_ask_to_call_or_come_on_a_later_day_needs_an_answer(text: str) -> None:
    assert is_request(text)


@pytest.mark.parametrize("text", [
    # A talk named or a time taken is the deal's next contact, no ask (unchanged).
    "Спасибо, всё получили. Созвонимся во вторник.",
    "Среда нам подходит, после обеда.",
    "Thanks, all clear. Talk on Wednesday then.",
    "Let's meet on Thursday at our office.",
    "Ок, тогда созвонимся в среду.",
    # an ask to call that the client takes on itself in the same breath
    "Наберите меня 12-го, договоримся.",
    "Ring me next Tuesday and we'll talk it through.",
    # ... or names the talk both sides will have then
    "Наберите меня во вторник, обсудим объём.",
    "Please ring me next Tuesday so we can go through the figures.",
])
def test_a_later_talk_named_or_a_time_taken_still_needs_none(text: str) -> None:
    assert not is_request(text)


@pytest.mark.parametrize("text", [
    # The client puts the matter off to a later day: that day is the deal's next contact,
    # nothing waits for our reply now.
    "Давайте вернёмся к этому вопросу после 25-го.",
    "Предлагаю вернуться к обсуждению в середине декабря, сейчас не до того.",
    "Let's revisit this after the 25th, the budget is not set yet.",
    "We can get back to this in the middle of December.",
])
def test_a_matter_put_off_to_a_later_day_needs_no_answer(text: str) -> None:
    assert not is_request(text)


@pytest.mark.parametrize("text", [
    # ... but an answer or a paper asked for by that day still waits for us
    "Вернитесь к нам с ответом до 20-го, пожалуйста.",
    "Вернитесь к нам с предложением до конца следующей недели.",
    "Please get back to us with your offer by the 20th.",
    "Get back to me with the revised figures next Wednesday.",
    # a soft no for now, a vaguer time or an ask to write then wants a word back today
    "Пока не до этого, давайте вернёмся к вопросу после 25-го.",
    "Давайте вернёмся к этому вопросу в феврале.",
    "Давайте вернёмся к этому 20 января, после праздников.",
    "Давайте вернёмся к этому после 25-го, напишите нам тогда.",
    "Not now, let's revisit this after the 25th.",
    "Let's revisit this in February.",
    "Let's revisit this on 20 January, after the holidays.",
    "Let's revisit this after the 25th, drop me a line then.",
])
def test_a_return_with_an_answer_or_a_paper_still_asks(text: str) -> None:
    assert is_request(text)
