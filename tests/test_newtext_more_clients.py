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
    "Um abraço,\nPaulo",
    "Заранее спасибо,\nИван",
    "Mange tak,\nLars",
    "Cảm ơn anh,\nMinh",
    "ありがとうございました。\n山田",
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
    "Ақылды телефоннан жіберілді",                          # Kazakh, "from a smartphone"
    "أُرسلت من الـ iPhone",                                   # Arabic written with its vowel marks
])
def test_mail_app_footers_in_any_language_end_the_text(footer):
    assert new_text(f"{BODY}\n\n{footer}\n") == BODY


def test_a_sentence_about_the_outlook_app_is_text():
    text = f"{BODY}\n\nOutlook на Android у нас не открывает вложения, пришлите ещё раз на почту."
    assert new_text(text) == text


QUOTED_QUESTIONS = (
    "De : Claire Martin <claire.martin@banque-exemple.fr>\n"
    "Envoyé : mardi 1 décembre 2026 09:12\n"
    "À : Paul Girard <paul@girard-sarl.fr>\n"
    "Objet : Dossier de crédit\n\n"
    "Bonjour Monsieur Girard,\n\n"
    "Quelques questions avant le comité :\n\n"
    "1. Quel est le chiffre d'affaires prévu pour 2027 ?\n"
    "{a1}\n\n"
    "2. Le véhicule actuel sera-t-il revendu ?\n"
    "{a2}\n\n"
    "Merci d'avance,\nClaire Martin\nChargée d'affaires\n")


def test_answers_typed_under_the_questions_of_an_unmarked_quote_are_the_new_text():
    head = "Bonjour Claire,\n\nMes réponses ci-dessous, en rouge.\n\nCordialement,\nPaul Girard\n\n"
    text = head + QUOTED_QUESTIONS.format(a1="Environ 1,2 M€, comme cette année.",
                                          a2="-> Non, nous le gardons pour le dépôt.")
    assert new_text(text) == ("Bonjour Claire,\n\nMes réponses ci-dessous, en rouge.\n\n"
                              "Environ 1,2 M€, comme cette année.\n\n"
                              "Non, nous le gardons pour le dépôt.")


def test_an_unmarked_quote_with_no_announced_answers_is_all_quote():
    head = "Bonjour Claire,\n\nJe vous rappelle demain matin.\n\nPaul Girard\n\n"
    text = head + QUOTED_QUESTIONS.format(a1="Environ 1,2 M€.", a2="Non.")
    assert new_text(text) == "Bonjour Claire,\n\nJe vous rappelle demain matin."


def test_answers_announced_in_more_languages_are_found_below_the_questions():
    head = "Dzień dobry,\n\nOdpowiedzi poniżej w tekście.\n\nPozdrawiam\nJan Nowak\n\n"
    text = head + QUOTED_QUESTIONS.format(a1="Około 4 mln zł.", a2="Tak, w styczniu.")
    assert new_text(text) == ("Dzień dobry,\n\nOdpowiedzi poniżej w tekście.\n\n"
                              "Około 4 mln zł.\n\nTak, w styczniu.")


def test_lines_quoted_behind_the_writers_initials_are_quote_and_answers_between_them_stay():
    # The Bat! and other Fido-style clients quote "ИП> " with the quoted writer's initials
    text = ("Добрый день, Ирина.\n\nВы писали 2 декабря 2026 г., 11:05:42:\n\n"
            "ИП> Счёт выставлять на ООО или на ИП?\n\nВыставляйте на ООО, реквизиты прежние.\n\n"
            "ИП> Доставка нужна до склада?\n\nДа, до склада на Промышленной.\n\n"
            "ИП> --\nИП> Ирина Петрова\n\n-- \nС уважением,\n Олег\n")
    assert new_text(text) == ("Добрый день, Ирина.\n\nВыставляйте на ООО, реквизиты прежние.\n\n"
                              "Да, до склада на Промышленной.")


def test_a_line_opening_with_a_short_word_and_an_arrow_is_text():
    text = "Маршрут такой: МСК> СПб> Казань, отгрузка в пятницу."
    assert new_text(text) == text


def test_a_disclaimer_named_by_its_label_between_rules_ends_the_text():
    rule = "-" * 90
    text = (f"{BODY}\n\nसादर,\n\nRohit Verma\nAccounts Head\n\n{rule}\nDISCLAIMER: This e-mail "
            "and its attachments are confidential and intended solely for the use of the "
            "individual to whom it is addressed. Views expressed are the sender's own.\n"
            f"{rule}\n")
    assert new_text(text) == BODY


def test_a_rule_of_box_lines_below_the_text_is_no_text():
    assert new_text(f"{BODY}\n\n━━━━━━━━━━━━━━━━━━━━\n") == BODY


def test_a_paragraph_that_mentions_a_disclaimer_is_text():
    text = f"{BODY}\n\nDisclaimer wording for the leaflet is attached, please check it."
    assert new_text(text) == text


def test_a_groupwise_header_between_angle_marks_starts_the_quote():
    text = ("Der Vertrag liegt unterschrieben bei.\n\n"
            '>>> "Anna Weber" <a.weber@example.de> 03.12.2026 09:15 >>>\n'
            "Hallo Jonas,\nbitte den Vertrag bis Freitag zurücksenden.\n\nAnna Weber\nVertrieb\n")
    assert new_text(text) == "Der Vertrag liegt unterschrieben bei."


def test_a_task_notification_below_a_rule_and_its_reply_invitation_is_quote():
    text = ("Done, the invoice is reissued with the new VAT number.\n\nOlga\n\n--------\n"
            "Reply to this email to add a comment to the task.\n\nTask #88 Reissue invoice\n"
            "Created by: Tom Hale\nDeadline: 12.12.2026 18:00\n")
    assert new_text(text) == "Done, the invoice is reissued with the new VAT number."


def test_a_rule_of_dashes_above_more_text_stays():
    text = "Totals for the week:\n\n--------\nSent 14 offers, 3 signed.\n\nNext week the same plan."
    assert new_text(text) == text


@pytest.mark.parametrize("rule", ["________________________________\n", ""])
def test_an_armenian_outlook_header_with_its_comma_after_each_label_starts_the_quote(rule):
    text = ("Պայմանագիրը ստորագրված է, կուղարկեմ վաղը։\n\n" + rule +
            "Ումից՝ Գոհար Սարգսյան <g.sargsyan@bank.am>\n"
            "Ուղարկված է՝ Thursday, December 3, 2026 10:20 AM\n"
            "Ում՝ Արմեն Մելքոնյան <armen@firm.am>\nԹեմա՝ Պայմանագիր\n\n"
            "Հարգելի պարոն Մելքոնյան, խնդրում ենք ստորագրել պայմանագիրը։\n")
    assert new_text(text) == "Պայմանագիրը ստորագրված է, կուղարկեմ վաղը։"


def test_a_wish_for_the_day_under_the_text_stays():
    # a wish is the writer's text, not a closing ("Bonne journée", "Хорошего дня")
    body = f"{BODY}\nBonne journée\n\nMarc"
    assert new_text(body) == f"{BODY}\nBonne journée"


@pytest.mark.parametrize("closing", [
    "Всего наилучшего,\nОля",            # closings no list holds, above a first name alone
    "Sağ olun,\nAyşe",
    "Hyvää päivänjatkoa,\nMikko",
    "Have a good weekend,\nTom",
    "Love,\nSarah",
])
def test_a_closing_of_any_words_above_a_first_name_alone_ends_the_text(closing):
    assert new_text(f"{BODY}\n\n{closing}\n") == BODY


def test_a_request_above_a_first_name_stays():
    assert new_text(f"{BODY}\n\nPlease advise,\nBill\n") == f"{BODY}\n\nPlease advise,\nBill"


def test_an_answer_below_a_greeting_above_a_first_name_stays():
    assert new_text("Hi Bob,\n\nSounds good,\nJohn\n") == "Hi Bob,\n\nSounds good,\nJohn"


def test_answers_a_blank_line_below_numbered_items_of_an_unmarked_quote_are_found():
    text = ("Hola Marta,\n\nRespuestas abajo, en el texto.\n\nSaludos,\nJorge Vidal\n\n"
            "-----Mensaje original-----\nDe: Marta Gil <marta@banco-ejemplo.es>\n"
            "Enviado el: jueves, 3 de diciembre de 2026 10:15\nPara: Jorge Vidal <jorge@vidal.es>\n"
            "Asunto: Renovación de la póliza\n\nEstimado Jorge:\n\n"
            "1. Envíenos el balance de 2025.\n\nAdjunto el balance, auditado en marzo.\n\n"
            "2. ¿Mantienen el mismo volumen de importación?\n\nSí, unos 2 millones al año.\n\n"
            "Un saludo,\nMarta Gil\n")
    assert new_text(text) == ("Hola Marta,\n\nRespuestas abajo, en el texto.\n\n"
                              "Adjunto el balance, auditado en marzo.\n\nSí, unos 2 millones al año.")


def test_numbered_items_of_an_announced_quote_with_no_answers_add_nothing():
    text = ("Hola Marta,\n\nRespuestas abajo.\n\nJorge\n\n-----Mensaje original-----\n"
            "De: Marta Gil <marta@banco-ejemplo.es>\nEnviado el: jueves, 3 de diciembre de 2026\n"
            "Para: Jorge <jorge@vidal.es>\nAsunto: Póliza\n\n1. El balance de 2025.\n\n"
            "2. El volumen de importación.\n\nUn saludo,\nMarta Gil\n")
    assert new_text(text) == "Hola Marta,\n\nRespuestas abajo."


@pytest.mark.parametrize("attribution", [
    "2026. 03. 02., hétfő keltezéssel 09.41-kor Nagy Péter ezt írta:",     # Hungarian
    "Pe 2 mar. 2026, la 09:41, Ion Popescu a scris:",        # Romanian
    "pon, 2. ožu 2026. u 09:41 Ivan Horvat napisao:",  # Croatian
    "2026 m. kovo 2 d., 09:41, Jonas Kazlauskas rašė:",   # Lithuanian
    "E, 2. märts 2026 kell 09:41 Mari Tamm kirjutas:",     # Estonian
    "Στις Δευ 2 Μαρ 2026 στις 09:41, ο Νίκος έγραψε:",    # Greek
])
def test_a_wrote_line_of_more_languages_starts_the_quote(attribution):
    body = f"{BODY}\n\n{attribution}\n> Когда ждать подписанный договор?\n> Спасибо"
    assert new_text(body) == BODY


def test_a_korean_mail_apps_header_block_below_its_rule_is_the_quote():
    body = (f"{BODY}\n\n-------- 원본 메시지 --------\n"
            "발신: 이영희 <yh.lee@example.kr>\n날짜: 26/3/2 오전 9:41 (GMT+09:00)\n"
            "수신: 홍길동 <gd.hong@example.kr>\n제목: 계약서\n\n계약서를 보내드립니다.\n")
    assert new_text(body) == BODY


@pytest.mark.parametrize("note", [
    "Meine Antworten finden Sie unter den jeweiligen Punkten.",
    "My replies are under each question below.",
    "Ответы — под вашими вопросами.",
])
def test_answers_announced_under_the_questions_are_kept(note):
    body = (f"Guten Tag Herr Weber,\n\n{note}\n\n"
            "Gesendet: Dienstag, 03. März 2026 um 09:12 Uhr\n"
            "Von: \"Jan Weber\" <j.weber@example.de>\nAn: info@example.de\nBetreff: Fragen\n"
            "> Wann liefern Sie?\n\nAm Freitag.\n\n> Mit Montage?\n\nJa, inklusive.\n\n"
            "> Gruß\n> Jan Weber\n")
    assert new_text(body).split("\n\n") == [
        "Guten Tag Herr Weber,", note, "Am Freitag.", "Ja, inklusive."]


@pytest.mark.parametrize("closing", [
    "lg M. Bauer",
    "Thanks, R. Patel",
    "С уважением, А. Смирнова",
])
def test_a_signoff_with_an_initialled_name_on_its_line_is_the_signature(closing):
    assert new_text(f"{BODY}\n{closing}") == BODY
