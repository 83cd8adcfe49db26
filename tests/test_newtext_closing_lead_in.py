"""A wish that leads into the closing on the line right above it and ends in a comma
("Looking forward to hearing from you and wishing you a great weekend," / "Best,") is the
sign-off's first line and goes with it; the same wish said as a sentence, set apart by a blank
line or asking something stays."""

import pytest

from indexer.newtext import new_text

TEXT_EN = "Hi Tom,\n\nThe offer is attached."
TEXT_RU = "Добрый день!\n\nПредложение во вложении."


@pytest.mark.parametrize("text,tail", [
    (TEXT_EN, "Looking forward to hearing from you soon and wishing you a great weekend,\n"
              "Best,\nAnna Lee"),
    (TEXT_EN, "Hope to hear from you soon,\nKind regards,\nAnna"),
    (TEXT_EN, "Have a lovely weekend,\nCheers,\nAnna"),
    (TEXT_EN, "We look forward to working with you,\nBest regards,\nAnna Lee\nSales Manager"),
    (TEXT_RU, "С нетерпением ждём вашего ответа и желаем хороших выходных,\nС уважением,\nАнна Ли"),
    (TEXT_RU, "Жду ответа,\nС уважением,\nАнна"),
    (TEXT_RU, "Желаю хорошего дня,\nСпасибо,\nАнна"),
])
def test_a_lead_in_goes_with_the_closing(text, tail):
    assert new_text(text + "\n\n" + tail + "\n") == text


@pytest.mark.parametrize("text,tail,kept", [
    (TEXT_EN, "Looking forward to hearing from you.\nBest,\nAnna",
     "Looking forward to hearing from you."),
    (TEXT_EN, "Looking forward to your answer, please confirm by Friday,\nBest,\nAnna",
     "please confirm by Friday"),
    (TEXT_EN, "Looking forward to your answer on the price,\n\nBest,\nAnna",
     "Looking forward to your answer"),
    (TEXT_RU, "Жду ответа до пятницы.\nС уважением,\nАнна", "Жду ответа до пятницы."),
    (TEXT_RU, "Жду ответа, прошу подтвердить до пятницы,\nС уважением,\nАнна", "прошу подтвердить"),
    (TEXT_EN, "Please send the signed copy, the scan and the invoice,\nThanks,\nAnna",
     "Please send the signed copy"),
])
def test_a_wish_said_apart_or_asking_stays(text, tail, kept):
    assert kept in new_text(text + "\n\n" + tail + "\n")
