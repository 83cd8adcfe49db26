"""New text of replies from the clients of the tenth round's blind set, read: a server's
banner on top in a wording the table does not list, a sensitivity label on top, and answers
marked with a bracketed tag announced in any language."""

import pytest

from indexer.newtext import new_text

REPLY_EN = "The revised schedule works for us, please book the crane for the 9th."
REPLY_RU = "График нас устраивает, бронируйте кран на 9-е число."
QUOTE = ("\n\nFrom: Dana Reyes <d.reyes@harbourlift.com>\nSent: Tuesday, 3 March 2026 11:20\n"
         "To: Ops <ops@client.com>\nSubject: Schedule\n\nPlease confirm the schedule.\n")


@pytest.mark.parametrize("banner", [
    "WARNUNG: Diese Nachricht kommt von einem externen Absender. Öffnen Sie Anhänge nur, "
    "wenn Sie ihm vertrauen.",
    "POZOR: Tato zpráva přišla od externího odesílatele, buďte opatrní s odkazy.",
    "ВНИМАНИЕ: письмо пришло от внешнего отправителя, не открывайте вложения без проверки.",
    "Heads-up: this message arrived from an external address, check links before clicking.",
])
def test_a_labelled_banner_that_the_mail_came_from_outside_is_not_new_text(banner):
    for reply in (REPLY_EN, REPLY_RU):
        assert new_text(f"{banner}\n\n{reply}{QUOTE}") == reply


@pytest.mark.parametrize("label", [
    "Classification: Internal Use",
    "Klassifizierung: Vertraulich / Classification: Confidential",
    "Классификация: для служебного пользования",
])
def test_a_sensitivity_label_on_top_is_not_new_text(label):
    for reply in (REPLY_EN, REPLY_RU):
        assert new_text(f"{label}\n\n{reply}{QUOTE}") == reply


def test_a_first_paragraph_about_an_external_audit_stays():
    body = f"Note: the external audit moved to May.\n\n{REPLY_EN}{QUOTE}"
    assert new_text(body) == f"Note: the external audit moved to May.\n\n{REPLY_EN}"


@pytest.mark.parametrize("note,tag,q1,a1,q2,a2", [
    ("Vastaan viestin sisällä, merkintä [TK].", "[TK]", "1. Toimitusosoite?",
     "Tampereen varasto.", "2. Maksuehto?", "30 päivää netto."),
    ("Отвечаю прямо в тексте, строки с [ИВ].", "[ИВ]", "1. Адрес доставки?",
     "Склад в Твери.", "2. Условия оплаты?", "30 дней."),
    ("My notes are in the text, look for [RB].", "[RB]", "1. Delivery address?",
     "The Leeds depot.", "2. Payment terms?", "Net 30."),
])
def test_answers_marked_with_a_tag_the_note_names_in_any_language_are_the_new_text(
        note, tag, q1, a1, q2, a2):
    body = (f"Hello,\n\n{note}\n\nRegards,\nTimo\n\nFrom: Ann Lee <ann@vendor.com>\n"
            f"Sent: Monday, 2 March 2026 10:00\nTo: Timo <timo@client.fi>\nSubject: Order\n\n"
            f"{q1}\n{tag} {a1}\n{q2}\n{tag} {a2}\n\nThanks,\nAnn\n")
    assert new_text(body) == f"Hello,\n\n{note}\n\n{tag} {a1}\n\n{tag} {a2}"


@pytest.mark.parametrize("greeting", ["Hello Tom,", "Добрый день, Том!"])
def test_a_header_that_shares_its_line_with_the_quoted_text_starts_the_quote(greeting):
    for reply in (REPLY_EN, REPLY_RU):
        body = (f"{reply}\n\n  On Tue, Mar 3, 2026 at 09:15, Tom Hale<tom@hale-cranes.com> wrote:"
                f"   {greeting}\nThe crane is free on the 9th.\nTom\n")
        assert new_text(body) == reply

