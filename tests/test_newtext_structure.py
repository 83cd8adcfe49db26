"""New text of mail from clients and languages the rules hold no words for: a sign-off, a
signature, a disclaimer and a quote header are recognised by their shape."""

import re

import pytest

from indexer import newtext
from indexer.newtext import new_text

BODY = "Документы получили, завтра вернём подписанный экземпляр."


@pytest.mark.parametrize("closing", [
    # a closing line the rules do not list, above a signer's name and a title
    "Hormat saya,\nBudi Santoso\nManajer Keuangan, PT Sinar Jaya",        # Indonesian
    "Tervitades,\nMart Tamm\nfinantsjuht",                                # Estonian
    "Hörmətlə,\nElvin Məmmədov\nbaş mühasib",                            # Azerbaijani
    "Saygılarımızla\nMehmet Yılmaz\nSatış Müdürü | Anadolu Lojistik A.Ş.",  # no comma
    "Із повагою,\nО. Коваленко, головний бухгалтер",                     # an initial
    "بكل احترام،\nخالد العتيبي\nمدير المبيعات",                           # a caseless script
    "בכבוד רב,\nדוד כהן\nמנהל רכש",
])
def test_a_closing_of_an_unlisted_language_above_a_signature_is_cut(closing):
    assert new_text(f"Добрый день!\n\n{BODY}\n\n{closing}\n") == f"Добрый день!\n\n{BODY}"


@pytest.mark.parametrize("signature", [
    "К. Степанов\nкоммерческий директор ООО «Альфа-Снаб»",   # an initial and a surname
    "李娜\n上海远航贸易有限公司",                             # a name in ideographs
    "刘洋 Liu Yang\nSales Dept. | Yuanhang Trading\nTel: +86 21 6123 4567",
])
def test_a_signature_with_no_closing_is_cut_by_the_name_that_opens_it(signature):
    assert new_text(f"{BODY}\n\n{signature}\n") == BODY


@pytest.mark.parametrize("tail", [
    "Let me know,\nthe sooner the better.",         # a lowercase line is no signer
    "Итого к оплате:\nАванс Поставка",             # a colon opens a list
    "Срок поставки\n14 дней",                      # figures are no name
])
def test_a_short_closing_paragraph_that_signs_nothing_is_kept(tail):
    assert new_text(f"{BODY}\n\n{tail}\n") == f"{BODY}\n\n{tail}"


def test_a_disclaimer_written_right_under_the_signature_is_cut():
    body = (f"{BODY}\n\nRegards,\nPaul Green\nHead of Sales\nNotice: the contents of this "
            "message are confidential and meant only for the intended recipient; if you got "
            "it in error, please delete it.\n")
    assert new_text(body) == BODY


def test_a_disclaimer_below_a_long_company_line_is_cut():
    body = (f"{BODY}\n\nС уважением,\nИрина Белова\n\nООО «Северный Терминал» | ул. Портовая, "
            "д. 7 | 183038 Мурманск\n\nСообщение и вложения конфиденциальны. Если вы получили "
            "его по ошибке, сообщите отправителю и удалите его.\n")
    assert new_text(body) == BODY


@pytest.mark.parametrize("header", [
    "Kim Minji <minji.kim@hanbit.co.kr>님이 2026년 12월 4일 (금) 오후 3:12에 작성:",
    "陈静 <chen.jing@huaxin.com.cn> 於 2026年12月4日 週五 下午3:12 寫道：",
    "Ana Lima <ana@lima.com.br> em sex., 4/12/2026 às 15:12 comentou:",
])
def test_a_quote_header_naming_the_address_before_the_time_starts_the_quote(header):
    body = f"{BODY}\n\n{header}\n> Пришлите, пожалуйста, подписанный договор.\n"
    assert new_text(body) == BODY


def test_answers_between_quoted_lines_under_a_header_at_the_top_keep_only_the_answers():
    body = ("04/12/2026 à 10:02, Marc Dupont a écrit :\n"
            "> Pouvez-vous confirmer le prix ?\n>\n> Et la date de livraison ?\n\n"
            "Prix confirmé : 12 400 EUR.\n\n"
            "> Faut-il un certificat d'origine ?\n\n"
            "Oui, il sera joint aux documents.\n\n-- \nLuc Martin\n")
    assert new_text(body) == "Prix confirmé : 12 400 EUR.\n\nOui, il sera joint aux documents."


@pytest.mark.parametrize("header", [
    "2026年12月4日 15:12 张伟 写道：",                      # no address, words not listed
    "2026. gada 4. decembrī 15:12 Jānis Bērziņš rakstīja:",
    "4 груд. 2026 р. о 15:12 Олена Коваль написала:",
    "Στις 4/12/2026 15:12, ο Γιώργος Παππάς έγραψε:",
])
def test_a_line_with_a_date_and_a_time_ending_in_a_colon_above_quoted_lines_starts_the_quote(
        header):
    body = f"{BODY}\n\n{header}\n> Пришлите, пожалуйста, подписанный договор.\n>\n> Спасибо\n"
    assert new_text(body) == BODY


def test_a_line_with_a_time_ending_in_a_colon_that_introduces_the_text_is_kept():
    body = "Agenda for 4.12.2026 at 15:12:\n\n- prices\n- delivery\n\nSee you there."
    assert new_text(body) == body


@pytest.mark.parametrize("thanks,signature", [
    ("Спасибо за оперативность!", "Ирина\n\nИрина Белова | ООО «Рассвет»\n+7 812 555-01-02"),
    ("Thank you for the quick turnaround.", "Mark\n\nMark Li | Harbour Freight\nwww.harbourfreight.example"),
    ("Danke für die schnelle Antwort!", "Jonas Weber\nEinkauf, Weber Logistik GmbH"),
])
def test_thanks_said_as_a_sentence_above_the_signature_stays_in_the_text(thanks, signature):
    body = f"{BODY}\n\n{thanks}\n\n{signature}\n"
    assert new_text(body) == f"{BODY}\n\n{thanks}"


@pytest.mark.parametrize("header", [
    # a time written with a dot
    "Pada tanggal Jum, 4 Des 2026 pukul 15.12 Budi Santoso <budi@sinarjaya.co.id> menulis:",
    "Ngày 4/12/2026 lúc 15.12, Trần Minh <minh@hoaphat.vn> viết:",
    # right-to-left marks around the address and after the colon
    "\u202bفي الجمعة، 4 ديسمبر 2026 في 3:12 م تمت كتابة ما يلي بواسطة \u202aAhmed\u202c\u200f "
    "<\u202aa@gulfsteel.ae\u202c\u200f>:\u202c",
    "\u202bב-יום ו׳, 4 בדצמ׳ 2026 ב-15:12 מאת \u202aדוד כהן\u202c \u200f<\u202ad@x.co.il\u202c\u200f>:\u202c",
])
def test_a_header_with_a_dotted_time_or_bidi_marks_starts_the_quote(header):
    for quote in ("> Пришлите оригиналы.\n> Анна", "Пришлите оригиналы.\nАнна"):
        assert new_text(f"{BODY}\n\n{header}\n{quote}\n") == BODY, quote


def test_a_polish_thunderbird_header_with_no_quote_marks_starts_the_quote():
    body = f"{BODY}\n\nW dniu 4.12.2026 o 15:12, Jan Kowalski pisze:\nProszę o oryginały.\nJan\n"
    assert new_text(body) == BODY


@pytest.mark.parametrize("header", [
    "Анна Смирнова писал(а) 04.12.2026 15:12:",          # The Bat!, Mail.ru agent
    "Вы писали 4 декабря 2026 г., 15:12:11:",
    "Anna Smith wrote on 04/12/2026 15:12:",
])
def test_a_header_whose_verb_comes_before_the_date_starts_the_quote_with_no_marks(header):
    body = f"{BODY}\n\n{header}\nПришлите оригиналы.\nАнна\n"
    assert new_text(body) == BODY


@pytest.mark.parametrize("footer", [
    "iPhone'dan yuborildi", "Yandex.Pochta mobil ilovasidan yuborildi", "iPhone-дан юборилди",
    "Адпраўлена з iPhone", "Скачайте Outlook для Android", "发自我的iPhone",
    "تم الإرسال من iPhone الخاص بي",
])
def test_a_mobile_footer_in_the_languages_of_the_clients_is_cut(footer):
    assert new_text(f"{BODY}\n\n{footer}\n") == BODY


def test_numbered_answers_after_a_thank_you_are_the_text_not_a_signature():
    body = ("Dear Olga,\n\nThanks for the quick answer.\n1) The goods are ready on 20 March.\n"
            "2) Pallets, 14 per truck.\n3) Yes, we need the export declaration.\n\n"
            "Kind regards,\nLin\n")
    text = new_text(body, "text")
    assert "1) The goods are ready on 20 March." in text
    assert "3) Yes, we need the export declaration." in text
    assert "Lin" not in text


@pytest.mark.parametrize("header", [
    "torsdag 4. desember 2026 15:12:40 CET skrev Kari Nordmann:",   # a time with seconds
    "Cituji Jana Nováková <jana.novakova@banka.example>:",           # an address, no date
    "Pisarz Adam Nowak <a.nowak@firma.example>:",
])
def test_a_header_with_seconds_or_ending_in_an_address_above_quoted_lines_starts_the_quote(
        header):
    body = f"{BODY}\n\n{header}\n\n> Пришлите, пожалуйста, подписанный договор.\n>\n> Спасибо\n"
    assert new_text(body) == BODY


def test_answers_between_the_lines_quoted_under_a_header_of_an_unlisted_language_are_kept():
    body = ("Hei Kari, svar nedenfor.\n\n"
            "fredag 5. desember 2026 09:41:07 CET skrev Kari Nordmann:\n"
            "> Hvor mange paller?\n\nTolv paller, levert fredag.\n\n"
            "> Hvem betaler frakten?\n\nVi betaler frakten.\n\n"
            "> Hilsen\n> Kari\n\n-- \nPer Hansen\n")
    assert new_text(body) == ("Hei Kari, svar nedenfor.\n\nTolv paller, levert fredag.\n\n"
                              "Vi betaler frakten.")


def test_a_closing_written_in_two_languages_opens_a_long_signature():
    body = ("Please send the corrected invoice.\n\nKind regards / Cordialement\n\nClaire Dubois\n\n"
            "Credit Control\nLumen Optics SAS\n12 rue des Lilas, 69003 Lyon\nTel. +33 4 72 00 11 22\n"
            "www.lumen-optics.example\n")
    assert new_text(body) == "Please send the corrected invoice."


def test_a_name_signed_for_someone_else_with_initials_before_it_opens_a_long_signature():
    body = ("Die Ware ist heute angekommen.\n\nViele Grüße\n\ni.V. Jonas Weber\n\nEinkauf\n\n"
            "Weber Logistik GmbH\nHafenweg 2 | 20457 Hamburg\nTel. +49 40 1234-0\n"
            "j.weber@weber.example | www.weber.example\n")
    assert new_text(body) == "Die Ware ist heute angekommen."


def test_a_registration_paragraph_with_the_directors_below_it_closes_the_signature():
    body = ("We can deliver on Friday.\n\nBest regards\n\nOliver Grant\nSales\n\n"
            "Grant Tools Ltd | Registered in England and Wales | Registered office: 4 Mill Lane, "
            "Leeds LS1 4AB | Company number 0451122\n"
            "Directors: Oliver Grant, Ruth Grant\n")
    assert new_text(body) == "We can deliver on Friday."


@pytest.mark.parametrize("footer", [
    "Sent from my Samsung Galaxy S23 Ultra on the Vodafone network",  # long: names the carrier
    "Verstuurd vanaf mijn iPad",
])
def test_a_long_or_dutch_mobile_footer_is_cut(footer):
    assert new_text(f"{BODY}\n\n{footer}\n") == BODY


def test_the_answer_notes_are_gated_by_their_first_letters_and_match_as_before() -> None:
    for regex in (newtext._INLINE_NOTE, newtext._MARKED_ANSWERS):
        assert regex.pattern.startswith("(?=[")
        plain = re.compile(regex.pattern.split(")(?:", 1)[1][:-1], regex.flags)
        for text in ("Answers inline below, marked [DK]", "ОТВЕТЫ НИЖЕ в тексте [ДК]",
                     "see my comments below", "Мои комментарии под вашими вопросами",
                     "Antwort unten", "nothing announced here", "SVAR NEDAN [ab]"):
            mine, theirs = regex.search(text), plain.search(text)
            assert (mine and mine.groups(), mine and mine.span()) == \
                (theirs and theirs.groups(), theirs and theirs.span()), text
