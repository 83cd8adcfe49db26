"""A one-line notice at the very end of a message (that it is confidential, or a plea not to
print it) is no text of the writer's, also under a signature of a first name alone or none."""

import pytest

from indexer.newtext import new_text

TEXT_EN = "Hi Tom,\n\nThe contract is signed, see attached."
TEXT_RU = "Добрый день!\n\nДоговор подписан, во вложении."

NOTICES = [
    "Think before you print.",
    "Please consider the environment before printing this email.",
    "P Please don't print this e-mail unless you really need to.",
    "Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.",
    "Пожалуйста, подумайте об окружающей среде, прежде чем печатать это письмо.",
    "Не распечатывайте это письмо без необходимости.",
    "🌳 Перед печатью подумайте о природе.",
    "Confidential: intended for the addressee only.",
    "CONFIDENTIAL - for the named recipient only.",
    "Конфиденциально: только для адресата.",
    "Сообщение конфиденциально.",
    "Это письмо и вложения — конфиденциальны.",
    "Vertraulich – nur für den Empfänger bestimmt.",
    "This email and any attachments are strictly confidential.",
]


@pytest.mark.parametrize("notice", NOTICES)
@pytest.mark.parametrize("text,sig", [(TEXT_EN, "Anna"), (TEXT_EN, ""), (TEXT_RU, "Анна"),
                                      (TEXT_RU, "")])
def test_one_line_notice_at_the_end_goes(notice, text, sig):
    body = text + "\n\n" + (sig + "\n\n" if sig else "") + notice + "\n"
    assert new_text(body) == text


def test_two_notices_go():
    body = TEXT_EN + "\n\nAnna\n\nConfidential: for the addressee only.\n\nThink before you print.\n"
    assert new_text(body) == TEXT_EN


@pytest.mark.parametrize("last", [
    "Please keep the price confidential.",
    "Keep this email confidential, please.",
    "Конфиденциальную информацию направим письмом завтра.",
    "Could you print the contract before the meeting?",
    "Поставим печать перед отправкой.",
    "Распечатайте, пожалуйста, счёт перед встречей.",
    "I will print the documents before Friday.",
    "The confidential price list is attached.",
    "Письмо с конфиденциальными данными отправил вчера.",
    "Is this message confidential?",
    "Мы распечатаем договор без необходимости повторной отправки.",
])
def test_the_writers_own_last_line_stays(last):
    body = "Hi Tom,\n\nThe contract is signed.\n\n" + last + "\n"
    assert last in new_text(body)


def test_a_message_that_is_only_a_notice_keeps_it():
    assert new_text("Think before you print.\n") == "Think before you print."
