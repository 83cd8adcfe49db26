"""New text: quotes and signatures are removed from replies in every common client style."""

import pytest

from indexer.newtext import html_to_text, new_text

OUTLOOK_EN = """Thanks, I'll send the signed copy tomorrow.

From: Anna Petrova <anna@bank.ru>
Sent: Tuesday, April 14, 2026 9:30 AM
To: John Smith <john@client.com>
Subject: RE: Facility letter

Please sign the facility letter.
"""

OUTLOOK_RU = """Договор получили, спасибо.

От: Петрова Анна <anna@bank.ru>
Отправлено: 11 марта 2026 г. 10:15
Кому: Иванов Иван <ivan@client.ru>
Тема: RE: договор

Направляю проект договора.
"""


@pytest.mark.parametrize("body,expected", [
    (OUTLOOK_EN, "Thanks, I'll send the signed copy tomorrow."),
    (OUTLOOK_RU, "Договор получили, спасибо."),
    ("Ok, agreed.\n\n-----Original Message-----\nFrom: a@b.com\nSent: Monday\n\nOld text",
     "Ok, agreed."),
    ("Согласны.\n\n-----Исходное сообщение-----\nОт: a@b.ru\n\nСтарый текст", "Согласны."),
    ("Пришлю завтра.\n\n11.03.2026, 10:15, Иван Иванов <ivan@client.ru> написал(а):\n> Когда?",
     "Пришлю завтра."),
    ("Sure.\n\nOn Tue, Apr 14, 2026 at 9:30 AM John Smith <john@client.com> wrote:\n> When?",
     "Sure."),
    ("Sure.\n\nOn Tue, Apr 14, 2026 at 9:30 AM John Smith <\njohn@client.com> wrote:\n> When?",
     "Sure."),
    ("Yes please.\n\n> Shall we send the pack?\n> Anna", "Yes please."),
])
def test_the_quoted_part_is_removed(body, expected):
    assert new_text(body) == expected


@pytest.mark.parametrize("body", [
    "Send it over.\n\nSent from my iPhone", "Send it over.\n\nОтправлено с iPhone",
    "Send it over.\n\n-- \nJohn Smith\nCFO, Client Ltd\n+44 20 0000 0000",
    "Send it over.\n\nBest regards,\nJohn Smith\nCFO, Client Ltd",
])
def test_signatures_are_removed(body):
    assert new_text(body) == "Send it over."


def test_russian_sign_off_block_is_removed():
    body = "Пришлите тарифы.\n\nС уважением,\nИгорь Смирнов\nфинансовый директор\n+7 495 000-00-00"
    assert new_text(body) == "Пришлите тарифы."


def test_keep_signature_keeps_the_sign_off_but_still_cuts_quotes():
    body = "Hello\n\nThanks,\nAlex\n\nOn Mon, Apr 13, 2026 at 9:00 AM Bob <b@x.com> wrote:\n> Hi"
    assert new_text(body, keep_signature=True) == "Hello\n\nThanks,\nAlex"


def test_a_sentence_starting_with_sent_from_is_not_a_signature():
    body = "Here it is\n\nSent from my desk, is much easier then my mobile phone."
    assert "Sent from my desk" in new_text(body)


def test_bottom_posted_reply_is_found_below_the_quote():
    body = "On 04/19/2011 07:10 AM, Roman wrote:\n\n>\n> Test\nTest reply"
    assert new_text(body) == "Test reply"


def test_a_pure_forward_keeps_the_forwarded_text():
    body = "---------- Forwarded message ----------\nFrom: a@b.com\n\nPlease review the offer."
    assert "Please review the offer." in new_text(body)


def test_html_reply_drops_the_gmail_quote_container():
    html = ('<div dir="ltr">Hi. I am fine.<br><br>Thanks,<br>Alex</div><div class="gmail_quote">'
            'On Fri, Jun 27 Bob wrote:<blockquote>How are you?</blockquote></div>')
    assert new_text(html, "html", keep_signature=True) == "Hi. I am fine.\n\nThanks,\nAlex"


def test_html_to_text_unescapes_entities_and_breaks_lines():
    assert html_to_text("<p>A&amp;B&nbsp;ok</p><p>next<br>line</p>") == "A&B ok\n\nnext\nline"


def test_empty_body_gives_empty_text():
    assert new_text("") == "" and new_text("", "html") == ""


def test_windows_line_endings_are_handled():
    assert new_text("Ok.\r\n\r\n-----Original Message-----\r\nFrom: x@y.z\r\n") == "Ok."


LIST_FOOTER = """Hi folks

What is the best way to clear a bucket after a test?

-Abhishek


_______________________________________________
riak-users mailing list
riak-users@lists.basho.com
http://lists.basho.com/mailman/listinfo/riak-users
"""


def test_mailing_list_footer_and_dash_name_signature_are_cut():
    assert new_text(LIST_FOOTER) == "Hi folks\n\nWhat is the best way to clear a bucket after a test?"


def test_answer_below_a_quote_under_a_greeting_is_kept():
    body = ("Hi,\nOn Tue, 2011-03-01 at 18:02 +0530, Anna wrote:\n> What limit can we get?\n\n"
            "You can get up to 5 million.\n")
    got = new_text(body)
    assert got.startswith("Hi,") and "You can get up to 5 million." in got
    assert "What limit" not in got


def test_sign_off_below_the_quote_is_kept_with_the_signature():
    body = ("Test reply\n\nOn 04/19/2011 07:10 AM, Roman wrote:\n\n> Test\n\nRegards, Roman\n")
    assert " ".join(new_text(body, keep_signature=True).split()) == "Test reply Regards, Roman"


def test_header_spread_over_several_lines_starts_the_quote():
    body = ("Test reply\n\nOn Tue, Apr 11, 2017 at 10:07 PM John Smith\n\n<\n"
            "mailto:John Smith <johnsmith@gmail.com>\n> wrote:\nTest quoted data\n")
    assert new_text(body) == "Test reply"


def test_date_name_address_line_above_quoted_lines_starts_the_quote():
    assert new_text("Replying ok\n2011/4/7 Nathan <support@example.com>\n\n>  Cool\n") \
        == "Replying ok"


def test_a_dashed_title_with_no_quote_below_is_part_of_the_message():
    body = ("Please enter your feedback below.\n\n---------- Enter Feedback Below ----------\n\n"
            "Great service.")
    assert new_text(body, keep_signature=True) == body


# Quote headers and mobile signatures that public reply fixtures in other languages use.
@pytest.mark.parametrize("header", [
    "De : Jean Dupont <jean@client.fr>\nEnvoyé le : mardi 17 novembre 2021 11:00\n"
    "À : Anna <anna@bank.ru>\nObjet : RE: devis",
    "==== Message du 17/11/21 11:00 de Jean Dupont <jean@client.fr> ====",
    "----- Mail original -----\nDe: \"Jean\" <jean@client.fr>",
    "Da: Marco Rossi <marco@cliente.it>\nInviato: martedì 17 novembre 2021 11:00\n"
    "A: Anna <anna@bank.ru>\nOggetto: offerta",
    "Il giorno mar 17 nov 2021 alle ore 11:00 Marco Rossi <marco@cliente.it> ha scritto:",
    "Marco Rossi <marco@cliente.it> ha scritto:",
    "Den 17. nov. 2021 kl. 11.00 skrev Lars Jensen <lars@kunde.dk>:",
    "tir. 17. nov. 2021 kl. 11:00 skrev Lars Jensen <lars@kunde.dk>:",
    "ti 17. marrask. 2021 klo 11.00 Matti Virtanen <matti@asiakas.fi> kirjoitti:",
    "ср, 30 апр. 2025 г. в 15:19, Иван Петров <ivan@client.ru>:",
    "пт, 14 нояб. 2025 г., 09:02 Анна <anna@client.ru>:",
    "11:00 AM, November 17, 2021, \"Jane Roe\" <jane@client.com>:",
])
def test_quote_headers_in_other_languages_and_layouts_cut_the_quote(header):
    body = f"Thanks, the terms work for us.\n\n{header}\n\n> old text\nold text line two\n"
    assert new_text(body) == "Thanks, the terms work for us."


@pytest.mark.parametrize("sig", [
    "Gesendet von Outlook für Android", "Von meinem iPhone gesendet", "Envoyé de mon iPhone",
    "Envoyé depuis mon appareil mobile", "Inviato da iPhone", "Inviato dal mio smartphone Samsung",
    "Enviado desde mi iPhone", "Enviado do meu iPhone", "Verzonden met mijn Galaxy",
    "Sendt fra min iPhone", "Skickat från min iPhone", "Lähetetty iPhonesta",
    "Sent from my Galaxy Tab S7", "Sent from my Huawei phone", "Отправлено из мобильной Почты Mail.ru",
])
def test_mobile_signatures_in_other_languages_are_removed(sig):
    assert new_text(f"Agreed, see you on Monday.\n\n{sig}\n") == "Agreed, see you on Monday."


@pytest.mark.parametrize("header", [
    "De: Soporte <soporte@proveedor.es>\nEnviado el: martes, 14 de junio de 2022 10:31\n"
    "Para: Ana <ana@cliente.es>\nAsunto: Incidencia",
    "De: Apoio <apoio@banco.pt>\nEnviada: 30 de setembro de 2022 15:12\nPara: Rui <rui@x.pt>",
    "wt., 19 kwi 2022 o 15:34 Piotr Nowak <piotr@bank.pl> napisał(a):",
    "po 9. 5. 2022 v 17:02 odesílatel Martin Novák <martin@banka.cz> napsal:",
    "21 Haz 2022 Sal, 16:30 tarihinde Elif Demir <elif@banka.com.tr> şunu yazdı:",
    "Kimden: Destek <destek@firma.com.tr>\nGönderildi: 5 Aralık 2022 Pazartesi 17:05\n"
    "Kime: Zeynep <zeynep@musteri.com.tr>\nKonu: Lisans",
    "Від: Підтримка <support@firma.ua>\nНадіслано: 18 жовтня 2022 р. 15:10\n"
    "Кому: Василь <v@client.ua>\nТема: Трекери",
    "-----\"Rachel Green\" <rachel@bank.co.uk> wrote: -----\nTo: Graham Hughes/Sheffield",
])
def test_quote_headers_of_more_languages_and_lotus_notes_cut_the_quote(header):
    body = f"Thanks, the terms work for us.\n\n{header}\n\n> old text\nold text line two\n"
    assert new_text(body) == "Thanks, the terms work for us."


@pytest.mark.parametrize("signature", [
    "Cordialement,\nJean Dupont", "Cordiali saluti\nGiorgio Conti\nResponsabile magazzino",
    "Mit freundlichen Grüßen\n\nThomas Wagner\nKaufmännischer Leiter", "LG Sabine",
    "Met vriendelijke groet,\n\nMark Visser\n06-12345678", "Venlig hilsen\nLars Nielsen",
    "Pozdrawiam\nKatarzyna Nowak", "S pozdravem\nJana Dvořáková", "Saygılarımla,\nAhmet Yılmaz",
    "З повагою,\nОлена Шевченко", "Ystävällisin terveisin\nMikko Virtanen",
    # a signature with no sign-off: a name after a blank line, then title and phone
    "Derek Shaw\nController | Shaw Freight Inc.\n(312) 555-0147",
    "Nathalie Roux\nDirectrice financière\n\nCe message et ses pièces jointes sont confidentiels "
    "et destinés exclusivement à leurs destinataires.",
])
def test_sign_offs_and_name_blocks_in_other_languages_are_the_signature(signature):
    assert new_text(f"The invoice is paid.\n\n{signature}\n") == "The invoice is paid."


def test_a_closing_line_with_no_name_stays_in_the_text():
    body = "The invoice is paid.\n\nThanks for your patience!\n"
    assert new_text(body) == body.strip()
    assert new_text("The invoice is paid.\n\nThanks again, NJD\n") == "The invoice is paid."


# -- classes found on a second blind set of replies (tests/data/blind/replies_blind2) ------

BODY = "Hello Maria,\n\nThe payment order is attached, please confirm receipt."


@pytest.mark.parametrize("footer", [
    "Get Outlook for Android<https://aka.ms/ghei36>",
    "Obtenir Outlook pour iOS<https://aka.ms/o0ukef>",
    "Получить Outlook для iOS<https://aka.ms/AAb9ysg>",
    "iPhone'umdan gönderildi",
    "从我的iPhone发送",
    "Huawei cihazımdan gönderildi",
])
def test_app_and_device_footers_are_removed_in_any_language_and_with_their_link(footer):
    assert new_text(f"{BODY}\n\n{footer}\n") == BODY


def test_a_sentence_that_names_a_phone_is_not_a_footer():
    body = f"{BODY}\n\nI sent the scan from my iPhone, so it may be blurry - tell me if so."
    assert new_text(body) == body


@pytest.mark.parametrize("disclaimer", [
    # starts with the company's registration line, no blank line before the legal words
    "Nordwerk Anlagenbau GmbH · Sitz: Bremen · Amtsgericht Bremen HRB 40417\nDiese Nachricht "
    "ist vertraulich. Sollten Sie nicht der vorgesehene Empfänger sein, benachrichtigen Sie "
    "bitte den Absender und löschen Sie diese E-Mail.",
    "Deze e-mail is uitsluitend bestemd voor de geadresseerde. Bent u niet de geadresseerde, "
    "meld dit dan aan de afzender en verwijder het bericht.",
    "Wiadomość zawiera informacje poufne. Jeżeli nie jest Pan/Pani jej odbiorcą, prosimy o "
    "powiadomienie nadawcy i usunięcie wiadomości.",
    "此邮件含有保密信息，仅限于收件人使用。如果您错收了本邮件，请立即通知发件人并删除本邮件。",
])
def test_legal_disclaimers_are_removed_in_any_language(disclaimer):
    text = f"{BODY}\n\nRegards,\nIgor Sokolov\n\n{disclaimer}"
    assert new_text(text) == BODY


def test_a_paragraph_that_asks_to_keep_something_confidential_stays():
    body = (f"{BODY}\n\nPlease keep the attached prices confidential for now: our board has not "
            "approved them yet and the final version will follow next week after the meeting.")
    assert new_text(body) == body


def test_a_message_that_is_one_paragraph_with_a_disclaimer_is_kept_whole():
    body = ("Can you send the list of expenses? The information in this mail is confidential; "
            "if you received it in error please delete it and notify the sender at once.")
    assert new_text(body) == body


def test_a_long_signature_block_below_a_sign_off_is_the_signature():
    sig = ("Cordialement,\n\nHélène Martin\n\nResponsable des achats\n\nMartin Emballages SAS\n\n"
           "8 avenue de la Gare – 31000 Toulouse\n\n+33 5 61 55 12 12\n\nwww.martin-emballages.fr")
    assert new_text(f"{BODY}\n\n{sig}") == BODY


def test_a_postscript_below_the_signature_stays_in_the_text():
    text = f"{BODY}\n\nThanks,\nOleg\n\nP.S. The second invoice goes out on Monday."
    assert new_text(text).endswith("P.S. The second invoice goes out on Monday.")


@pytest.mark.parametrize("closing", [
    "Best,\nAnna", "Att.,\n\nRicardo Lima\nDiretor Financeiro", "Rgds\nKP", "BR,\nJan",
    "此致\n敬礼\n\n张伟\n财务部", "よろしくお願いいたします。", "Құрметпен,\nАйдос Бекұлы",
])
def test_short_and_abbreviated_closings_in_many_languages_are_the_signature(closing):
    assert new_text(f"{BODY}\n\n{closing}") == BODY


def test_a_line_that_starts_with_a_closing_word_but_goes_on_is_text():
    body = f"{BODY}\n\nBest price we can do is 4.2%.\nCall me if that works."
    assert new_text(body) == body


@pytest.mark.parametrize("header", [
    # Estonian Outlook: labels no rule lists
    "________________________________\nSaatja: Kadri Tamm <kadri@pank.ee>\nSaadetud: 3. "
    "detsember 2026 10:12\nAdressaat: Jaan Kask <jaan@firma.ee>\nTeema: Liising",
    # Chinese Outlook with full-width colons
    "________________________________\n发件人： 王磊 <wang@huaxin.cn>\n发送时间： 2026年12月1日 "
    "15:32\n收件人： 李静 <lijing@ruifeng.cn>\n主题： 报价单",
    "差出人: 佐藤 健 <sato@example.jp>\n送信日時: 2026年12月1日 9:00\n宛先: 田中 <tanaka@example.jp>"
    "\n件名: お見積り",
])
def test_outlook_header_blocks_in_unlisted_languages_cut_the_quote(header):
    text = f"{BODY}\n\n{header}\n\nOld quoted text the writer did not write now."
    assert new_text(text) == BODY


INLINE = """Hi Olga,

My answers are below.

On 02/12/2026 09:14, Olga Frolova wrote:
> Dear Pavel,
>
> 1. Which account should the deposit be opened on?

The current account ending 2210.

> 2. Term: 3 or 6 months?

Six months.

> Best regards,
> Olga

Thanks,
Pavel
"""


def test_answers_written_between_quoted_lines_are_the_new_text():
    assert new_text(INLINE) == ("Hi Olga,\n\nMy answers are below.\n\nThe current account "
                                "ending 2210.\n\nSix months.")


def test_a_quoted_line_wrapped_by_the_client_is_not_an_inline_answer():
    text = ("Agreed, see you Monday.\n\nOn 02/12/2026 09:14, Olga Frolova wrote:\n> We can meet"
            " on Monday at 10 at our office on\nLenina street, if that suits you.\n> Regards,\n"
            "> Olga\n")
    assert new_text(text) == "Agreed, see you Monday."


def test_answers_marked_inside_an_outlook_quote_are_the_new_text():
    text = ("Ольга, добрый день!\n\nОтветы в тексте письма, с пометкой [ПС].\n\nС уважением,\n"
            "Павел Смирнов\n\n________________________________\nОт: Ольга Фролова <o@bank.ru>\n"
            "Отправлено: 2 декабря 2026 г. 9:14\nКому: Павел Смирнов <p@client.ru>\nТема: Депозит"
            "\n\n1. Счёт для депозита?\n[ПС] Расчётный, оканчивается на 2210.\n2. Срок?\n"
            "[ПС] Шесть месяцев.\n")
    assert new_text(text) == ("Ольга, добрый день!\n\nОтветы в тексте письма, с пометкой [ПС]."
                              "\n\n[ПС] Расчётный, оканчивается на 2210.\n\n[ПС] Шесть месяцев.")


def test_a_quote_header_in_any_language_names_a_time_and_an_address():
    # a date-first "wrote" header whose words are not listed (Slovenian)
    text = ("Pogodbo sem podpisal, original pošljem jutri.\n\n"
            "sre, 4. nov. 2026 ob 14:05 je Janez Novak <janez.novak@banka.si> napisal:\n"
            "> Prosim, podpišite pogodbo.\n")
    assert new_text(text) == "Pogodbo sem podpisal, original pošljem jutri."


def test_an_outlook_header_block_in_an_unlisted_language_starts_the_quote():
    text = ("Zmluvu sme podpísali, originál pošleme kuriérom.\n\n"
            "Odosielateľ: Peter Horváth <peter.horvath@banka.sk>\n"
            "Odoslané: streda 4. novembra 2026 14:05\n"
            "Adresát: Ján Kováč <jan@firma.sk>\nPredmet: Zmluva o úvere\n\n"
            "Dobrý deň, posielam zmluvu na podpis.\n")
    assert new_text(text) == "Zmluvu sme podpísali, originál pošleme kuriérom."


def test_a_message_that_starts_with_headers_is_not_cut_at_them():
    text = ("Return-Path: <a@b.com>\nReceived: from mx.b.com by mx.c.com; 4 Nov 2026 14:05\n"
            "Subject: Rates\nDate: Wed, 4 Nov 2026 14:05:00\n\nThe rate is 3%.\n")
    assert new_text(text).startswith("Return-Path: <a@b.com>")


@pytest.mark.parametrize("signoff", ["Cu stima,", "S poštovanjem,", "Su pagarba,",
                                     "Με φιλικούς χαιρετισμούς,", "Tisztelettel:", "בברכה,",
                                     "مع تحياتي،", "Xin cảm ơn,"])
def test_sign_offs_of_more_languages_open_the_signature(signoff):
    text = (f"The signed copy goes out tomorrow by courier.\n\n{signoff}\nAna Marin\n"
            "Finance Manager\n+40 721 000 000\n")
    assert new_text(text) == "The signed copy goes out tomorrow by courier."


@pytest.mark.parametrize("footer", ["Küldve a Yahoo Mail Android alkalmazásból",
                                    "Poslano iz Yahoo Mail za Android",
                                    "Envoyé avec la messagerie sécurisée Proton Mail."])
def test_mail_app_footers_of_more_languages_are_cut(footer):
    text = f"The invoice is paid, the receipt is attached.\n\n{footer}\n"
    assert new_text(text) == "The invoice is paid, the receipt is attached."


def test_a_first_name_signing_alone_is_cut():
    text = "Please ship the second lot on Friday.\n\nMarta\n\nSent from my iPhone\n"
    assert new_text(text) == "Please ship the second lot on Friday."


@pytest.mark.parametrize("word", ["Confirmed", "Urgent", "Secondlinetext"])
def test_one_word_that_is_no_first_name_stays(word):
    text = f"We take both lots at 40 per unit.\n\n{word}\n"
    assert new_text(text) == text.strip()


def test_a_short_disclaimer_in_another_language_is_cut():
    text = ("A szerződést aláírtuk, holnap küldjük.\n\nÜdvözlettel:\nNagy Éva\nNagy Kft.\n\n"
            "Ez az e-mail és mellékletei bizalmasak, kizárólag a címzett részére szólnak.\n")
    assert new_text(text) == "A szerződést aláírtuk, holnap küldjük."


def test_the_company_registration_line_of_a_signature_is_cut():
    text = ("The revised schedule works for us, please send it for signature.\n\nKind regards,\n"
            "Fiona Reid\nHead of Finance\nReid Logistics Ltd\nRegistered in Scotland, company "
            "number SC123456. Registered office: 1 High Street, Perth PH1 5TJ.\n")
    assert new_text(text) == "The revised schedule works for us, please send it for signature."


def test_a_signer_name_followed_by_its_other_spelling_opens_the_signature():
    text = ("Can you ship half the quantity by air within three weeks?\n\nBest regards,\n\n"
            "Wang Lei (王磊)\n\nPurchasing / 采购部\n\nHuaxin Trading Co., Ltd.\n\n"
            "Tel: +86 21 5555 0000\n")
    assert new_text(text) == "Can you ship half the quantity by air within three weeks?"


OUTLOOK_INLINE = """Ольга, добрый день!

{note}

-----Original Message-----
From: Ольга Фролова <o@bank.ru>
Sent: Wednesday, December 2, 2026 9:14 AM
To: Павел Смирнов <p@client.ru>
Subject: Депозит

> 1. Какой счёт использовать для депозита?

Расчётный, оканчивается на 2210.

> 2. На какой срок?

Шесть месяцев.

> С уважением,
> Ольга

С уважением,
Павел
"""


def test_answers_between_the_quoted_lines_below_an_outlook_header_are_the_new_text():
    text = OUTLOOK_INLINE.format(note="Ответы ниже, в тексте письма.")
    assert new_text(text) == ("Ольга, добрый день!\n\nОтветы ниже, в тексте письма.\n\n"
                              "Расчётный, оканчивается на 2210.\n\nШесть месяцев.")


def test_an_outlook_quote_with_its_own_quoted_lines_is_cut_when_no_answers_are_announced():
    text = OUTLOOK_INLINE.format(note="Спасибо, посмотрю и вернусь.")
    assert new_text(text) == "Ольга, добрый день!\n\nСпасибо, посмотрю и вернусь."
