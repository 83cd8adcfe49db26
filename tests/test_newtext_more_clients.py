"""New text of replies from the clients and languages of a fifth round: closings and thanks of
more languages, footers of mail apps in any language, answers written inside an unmarked quote,
quote prefixes with the writer's initials, ticket notifications and rules around a signature."""

import pytest

from indexer.newtext import new_text

BODY = "Документы получили, подписанный экземпляр отправим курьером в понедельник."


@pytest.mark.parametrize("closing", [
    "Obrigada!\n\nJuliana",                       # Portuguese thanks, a first name below
    "Muchas gracias,\nLucía",
    "多谢！\n王芳",
    "ありがとうございます。\n\n山田",
    "どうぞよろしくお願いいたします。",
    "Salam hangat,\n\nRina Wulandari",            # Indonesian
    "Təşəkkürlər,\nNigar",                        # Azerbaijani
    "सादर,\nRohit Verma\nAccounts Head",          # Hindi
    "Beijos\nCarla",
    "ขอบคุณค่ะ\nสมศรี",                           # Thai
    "მადლობა,\nნინო",                             # Georgian
    "Հարգանքով,\nԱնի",                            # Armenian
    "Rahmat,\nDilnoza",                           # Uzbek
    "Рахмет,\nАйгүл",                             # Kazakh
    "Щиро дякую,\nОксана",                        # Ukrainian
    "با احترام،\nرضا",                               # Persian
    "Danke schön!\n\nPetra",
    "Hartelijke groet,\nDaan",
    "Merci,\nClaire",
    "Dziękuję,\nMarta",
    "Teşekkürler,\nAyşe",
    "Kiitos,\nMikko",
])
def test_thanks_and_closings_of_more_languages_end_the_text(closing):
    assert new_text(f"Добрый день!\n\n{BODY}\n\n{closing}\n") == f"Добрый день!\n\n{BODY}"


@pytest.mark.parametrize("text", [
    "Terima kasih atas bantuannya.",             # thanks said as a sentence stays
    "Merci pour votre retour rapide.",
])
def test_thanks_said_as_a_sentence_above_the_signature_stays(text):
    body = f"{BODY}\n\n{text}\n\nSalam,\n\nDewi Lestari\nPT Sinar Kopi"
    assert new_text(body) == f"{BODY}\n\n{text}"


def test_a_georgian_closing_the_rules_do_not_list_is_read_by_its_shape():
    # Georgian letters have capitals in Unicode, but a name is written without them
    closing = "წარმატებებს გისურვებთ,\nნინო კაპანაძე\nფინანსური მენეჯერი"
    assert new_text(f"{BODY}\n\n{closing}\n") == BODY


@pytest.mark.parametrize("footer", [
    "Hent Outlook til iOS<https://aka.ms/o0ukef>",          # Danish: a verb no rule lists
    "Dapatkan Outlook untuk Android",                      # Indonesian
    "Outlook iOS-ի համար",                                  # Armenian, no verb at all
    "ارسال شده از iPhone من",                               # Persian "sent from my iPhone"
    "मेरे iPhone से भेजा गया",                               # Hindi
    "ส่งจาก iPhone ของฉัน",                                  # Thai
    "iPhone-დან გაგზავნილი",                                # Georgian
    "iPhone-dan göndərilib",                                # Azerbaijani
])
def test_mail_app_footers_in_any_language_end_the_text(footer):
    assert new_text(f"{BODY}\n\n{footer}\n") == BODY


def test_a_sentence_about_the_outlook_app_is_text():
    text = f"{BODY}\n\nOutlook на Android у нас не открывает вложения, пришлите ещё раз на почту."
    assert new_text(text) == text
