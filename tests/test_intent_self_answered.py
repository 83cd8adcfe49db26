"""A question the writer answers at once is asked of nobody: no request."""

from datetime import datetime, timedelta, timezone

import pytest

from tests.intents_found import requests_in

REF = datetime(2026, 11, 4, 11, 0, tzinfo=timezone(timedelta(hours=3)))


@pytest.mark.parametrize("text", [
    "Can we cut the lead time further? Yes, if the order goes in before the 10th.",
    "Should you renew for three years? No, one year is enough for a pilot.",
    "Why would anyone pay upfront? Because the discount is eleven percent.",
    "Нужна ли нам вторая линия? Да, без неё не выдержим пик.",
    "Зачем платить авансом? Потому что скидка одиннадцать процентов.",
    "Почему сроки растут? Ответ: склад переезжает.",
])
def test_a_question_the_writer_answers_at_once_is_no_request(text):
    assert requests_in(text, REF) == [], text


@pytest.mark.parametrize("text", [
    "Can you send the signed copy by Friday? No rush before then.",
    "Could you confirm the delivery address? The old one bounced.",
    "Можете прислать акт до пятницы? Нет срочности до этого.",
])
def test_a_question_followed_by_anything_else_is_still_a_request(text):
    assert requests_in(text, REF), text


@pytest.mark.parametrize("text", [
    "Who on earth prints invoices in eight-point type?",
    "Honestly, who checks the audit trail anyway?",
    "Кто вообще согласовал такие сроки поставки?",
    "Любопытно, кто-нибудь вообще открывает эти вложения?",
])
def test_a_rhetorical_who_question_with_no_word_for_the_reader_is_no_request(text):
    assert requests_in(text, REF) == [], text


@pytest.mark.parametrize("text", [
    "Who on your side can sign the annex anyway?",
    "Кто у вас вообще отвечает за приёмку?",
    "Who can confirm the delivery slot for Friday?",
])
def test_a_who_question_about_the_readers_side_is_still_a_request(text):
    assert requests_in(text, REF), text


@pytest.mark.parametrize("text", [
    "Why does the courier always turn up after lunch?",
    "Why is it always the printer that breaks on a Monday?",
    "Who would have thought the port would close again?",
    "Who knew a tax form could run to nine pages?",
    "How did we ever manage without the new portal?",
    "Почему склад вечно закрыт именно в пятницу?",
    "Разве кто-нибудь верил, что поставка придёт вовремя?",
    "Кто бы мог подумать, что таможня закроется опять?",
    "И как мы раньше обходились без этого склада?",
])
def test_a_sigh_or_surprise_put_as_a_question_to_nobody_is_no_request(text):
    assert requests_in(text, REF) == [], text


@pytest.mark.parametrize("text", [
    "Why do you always send the invoice late?",
    "Why did your driver change the delivery address?",
    "Почему вы всегда присылаете счёт с опозданием?",
    "Разве вы не получили наш счёт?",
    "Кто бы мог подписать акт с вашей стороны?",
])
def test_the_same_question_put_to_the_reader_is_still_a_request(text):
    assert requests_in(text, REF), text
