"""New text of replies from the clients and languages of a sixth round: a mail app's footer
drawn under its own rule below the writer's "-- " signature, disclaimers opened by a label in
more languages, and a signature or app footer a client put above a quote answered inline."""

import pytest

from indexer.newtext import new_text

BODY_RU = "Договор подписали, оригиналы передадим с водителем в четверг."
BODY_EN = "We signed the contract; the originals go back with our driver on Thursday."


@pytest.mark.parametrize(("body", "signature", "footer"), [
    (BODY_RU, "Марина Котова\nглавный бухгалтер", "Отправлено из мобильной Почты Mail.ru"),
    (BODY_RU, "Игорь Лебедев", "Отправлено из Яндекс Почты"),
    (BODY_EN, "Paul Jensen\nProcurement lead", "Sent from Yahoo Mail for iPhone"),
    (BODY_EN, "Ana Ruiz", "Enviado desde mi iPhone"),
])
def test_an_app_footer_under_its_own_rule_goes_with_the_signature_above_it(body, signature, footer):
    text = f"{body}\n\n-- \n{signature}\n--\n{footer}\n"
    assert new_text(text) == body


@pytest.mark.parametrize(("label", "disclaimer"), [
    ("YASAL UYARI", "Bu e-posta yalnızca muhatabına özeldir. Kişisel verileriniz 6698 sayılı "
                    "KVKK kapsamında mevzuata uygun olarak işlenmektedir."),
    ("GİZLİLİK NOTU", "Bu mesajın içeriği şirketimize aittir ve yazılı izin olmadan üçüncü "
                      "kişilerle paylaşılamaz, kopyalanamaz."),
    ("Rechtlicher Hinweis", "Diese Nachricht enthält Informationen der Firma Müller GmbH, die "
                            "ohne unsere schriftliche Zustimmung nicht weitergegeben werden."),
    ("Правовая оговорка", "Сведения в этом письме носят справочный характер и не являются "
                          "публичной офертой в смысле статьи 437 ГК РФ."),
    ("Legal notice", "Nothing in this message constitutes an offer or an acceptance unless "
                     "it is confirmed in writing by a director of the company."),
])
def test_a_disclaimer_opened_by_its_label_goes_with_the_closing_above_it(label, disclaimer):
    body = (f"{BODY_RU}\n\nС уважением,\nОлег Сафин\nООО «Вектор»\n\n"
            f"{label}: {disclaimer}\n")
    assert new_text(body) == BODY_RU


@pytest.mark.parametrize(("note", "footer", "header", "q1", "a1", "q2", "a2"), [
    ("Hi Tom, my answers are below.", "Sent with Proton Mail secure email.",
     "On Tuesday, 3 March 2026 at 10:02, Tom Hale <tom@example.com> wrote:",
     "> 1. Which warehouse should we deliver to?", "Leeds, dock 4.",
     "> 2. Do you need the pallets wrapped?", "Yes, please."),
    ("Том, ответы ниже.", "Отправлено из мобильной Почты Mail.ru",
     "Вторник, 3 марта 2026, 10:02 +03:00 от Том Хейл <tom@example.com>:",
     "> 1. На какой склад везти?", "Везите на Южный склад, рампа 4.",
     "> 2. Паллеты обмотать плёнкой?", "Да, обмотайте плёнкой."),
    ("Tom, answers inline.", "--\nAnna Berg\nKlein Logistik",
     "On Tuesday, 3 March 2026 at 10:02, Tom Hale <tom@example.com> wrote:",
     "> Which dock?", "Dock 4.", "> Wrapped pallets?", "Yes."),
])
def test_a_footer_or_signature_above_a_quote_answered_inline_is_dropped(
        note, footer, header, q1, a1, q2, a2):
    body = (f"{note}\n\n{footer}\n\n{header}\n\n> Hello,\n>\n{q1}\n\n{a1}\n\n{q2}\n\n{a2}\n\n"
            "> Regards\n> Tom Hale\n")
    assert new_text(body).split("\n\n") == [note, a1, a2]


def test_a_signature_above_inline_answers_is_kept_when_asked():
    body = ("Tom, answers inline.\n\n--\nAnna Berg\n\n"
            "On Tuesday, 3 March 2026 at 10:02, Tom Hale <tom@example.com> wrote:\n\n"
            "> Which dock?\n\nDock 4.\n\n> Wrapped pallets?\n\nYes.\n\n> Tom\n")
    assert "Anna Berg" in new_text(body, keep_signature=True)


@pytest.mark.parametrize("footer", ["Отправлено из Почты Mail.ru", "Sent from my iPhone"])
def test_text_between_dash_lines_above_an_app_footer_stays(footer):
    paragraph = ("Second point, written below a dash line: the delivery address changes from "
                 "March and the invoices go to the new office.")
    body = f"{BODY_EN}\n\n—\n{paragraph}\n\n--\n{footer}\n"
    assert new_text(body) == f"{BODY_EN}\n\n—\n{paragraph}"
