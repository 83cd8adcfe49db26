"""An offer or a greeting put as a question asks the reader for nothing: no request."""

from datetime import datetime, timedelta, timezone

import pytest

from tests.intents_found import requests_in

REF = datetime(2026, 11, 4, 11, 0, tzinfo=timezone(timedelta(hours=3)))


@pytest.mark.parametrize("text", [
    "Может быть, вам привезти пробную партию плитки на объект?",
    "Отправить вам сертификаты соответствия вместе с накладной?",
    "Вас внести в список рассылки по новым позициям?",
    "Если хотите, мы пришлём техника на замеры в понедельник?",
    "Would you like us to ship a trial batch of tiles to the site?",
    "Shall I add your team to the mailing list for new items?",
    "Can I forward you the conformity certificates with the waybill?",
])
def test_an_offer_put_as_a_question_is_no_request(text):
    assert requests_in(text, REF) == [], text


@pytest.mark.parametrize("text", [
    "Как у вас настроение после выставки?",
    "Как провели праздники?",
    "How was your flight back from Dubai?",
])
def test_a_greeting_put_as_a_question_is_no_request(text):
    assert requests_in(text, REF) == [], text


@pytest.mark.parametrize("text", [
    # the reader's own act asked for
    "Можете привезти пробную партию плитки на объект?",
    "Could you ship a trial batch of tiles to the site?",
    # an offer that asks the reader to choose
    "Отправить вам сертификаты почтой или курьером?",
    "Shall we ship the tiles to the site or to your warehouse?",
    # a joint act proposed asks the reader's time
    "Shall we meet at the site on Thursday morning?",
    # a question of substance after the greeting words
    "Как у вас с приёмкой товара на складе?",
    "Вам есть что добавить к протоколу встречи?",
    "How is the pilot going on your side, any blockers?",
])
def test_a_question_for_the_readers_act_or_choice_is_still_a_request(text):
    assert requests_in(text, REF), text
