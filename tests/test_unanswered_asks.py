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
    assert is_request(text, "en" if text.isascii() else "ru")


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
    assert not is_request(text, "en" if text.isascii() else "ru")
