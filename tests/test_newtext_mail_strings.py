"""New text behind the strings mail clients write in each language of their interface
(``indexer/mail_strings.py``): header block labels, attribution lines, "Original Message" and
"Forwarded message" rules. The wording and layouts here are the tests' own."""

import pytest

from indexer.mail_strings import TABLE
from indexer.newtext import new_text

REPLY = "Die Lieferung am Donnerstag passt, bitte schicken Sie die Rechnung an die Buchhaltung."
QUOTED = ("Guten Tag,\n\nkönnen wir die Ware am Donnerstag liefern?\n\nViele Grüße\nKarl Bauer")


@pytest.mark.parametrize("block", [
    # Outlook's header block without a rule above it and without the date line, in languages
    # whose labels the first lists did not hold
    "Feladó: Kiss Péter <peter.kiss@dunatrade.hu>\nTárgy: Szállítás csütörtökön",
    "Από: Νίκος Παππάς <n.pappas@aigaion.gr>\nΘέμα: Παράδοση την Πέμπτη",
    "מאת: דנה לוי <dana@galil-log.co.il>\nנושא: משלוח ביום חמישי",
    "De la: Andrei Popa <andrei.popa@carpat.ro>\nSubiect: Livrare joi",
    "От: Георги Иванов <g.ivanov@balkanfreight.bg>\nОтносно: Доставка в четвъртък",
    "Dari: Budi Santoso <budi@nusantara-kargo.co.id>\nPerihal: Pengiriman hari Kamis",
    "จาก: สมชาย ใจดี <somchai@siamfreight.co.th>\nเรื่อง: การส่งของวันพฤหัสบดี",
    "No: Jānis Bērziņš <janis@baltlog.lv>\nTēma: Piegāde ceturtdien",
    "Nuo: Tomas Kazlauskas <tomas@nemunas.lt>\nTema: Pristatymas ketvirtadienį",
    "Saatja: Mari Tamm <mari@laanemere.ee>\nTeema: Tarne neljapäeval",
])
def test_a_header_block_in_a_language_of_the_table_starts_the_quote(block):
    assert new_text(f"{REPLY}\n{block}\n\n{QUOTED}\n") == REPLY


@pytest.mark.parametrize("header", [
    # attribution lines with no address, above a quote the client did not mark with ">"
    "2026年12月4日(金) 15:12 田中太郎 さんは書きました:",
    "2026년 12월 4일 (금) 오후 3:12, 김민지님이 작성:",
    "Pada Jum, 4 Des 2026 pukul 15.12 Budi Santoso menulis:",
    "เมื่อ ศ. 4 ธ.ค. 2026 เวลา 15:12 สมชาย ใจดี เขียนว่า:",
    "ב-4.12.2026 15:12, דנה לוי כתב/ה:",
    "Kiss Péter <peter.kiss@dunatrade.hu> ezt írta (időpont: 2026. dec. 4., P, 15:12):",
])
def test_an_attribution_line_of_a_language_of_the_table_starts_the_quote(header):
    assert new_text(f"{REPLY}\n\n{header}\n\n{QUOTED}\n") == REPLY


@pytest.mark.parametrize("rule,label", [
    ("-------- Eredeti üzenet --------", "Feladó: Kiss Péter <peter.kiss@dunatrade.hu>"),
    ("-------- Αρχικό μήνυμα --------", "Από: Νίκος Παππάς <n.pappas@aigaion.gr>"),
    ("-----Oryginalna wiadomość-----", "Nadawca: Anna Nowak <anna@wislatrans.pl>"),
])
def test_an_original_message_rule_of_the_table_starts_the_quote(rule, label):
    assert new_text(f"{REPLY}\n\n{rule}\n{label}\n\n{QUOTED}\n") == REPLY


@pytest.mark.parametrize("rule", [
    "---------- Továbbított üzenet ----------",
    "-------- Přeposlaná zpráva --------",
    "---------- Przekazana wiadomość ---------",
    "Début du message réexpédié :",
])
def test_a_forwarded_message_rule_of_the_table_is_kept_alone_and_cut_below_a_reply(rule):
    forward = f"{rule}\nFeladó: Kiss Péter <peter.kiss@dunatrade.hu>\nTárgy: Ajánlat\n\n{QUOTED}"
    assert new_text(f"{REPLY}\n\n{forward}\n") == REPLY
    # a message that only forwards keeps what it forwards
    assert "die Ware am Donnerstag liefern" in new_text(f"FYI\n\n{forward}\n")


def test_the_table_covers_the_languages_of_the_eu_the_cis_the_middle_east_and_asia():
    eu = {"bg", "hr", "cs", "da", "nl", "en", "et", "fi", "fr", "de", "el", "hu", "ga", "it",
          "lv", "lt", "mt", "pl", "pt", "ro", "sk", "sl", "es", "sv"}
    cis = {"ru", "uk", "be", "kk", "uz", "az", "hy", "ka", "ky", "tg"}
    east = {"tr", "ar", "he", "fa", "zh", "ja", "ko", "vi", "th", "id", "ms", "hi"}
    assert eu | cis | east <= set(TABLE)
    for lang in eu | cis | east:
        row = TABLE[lang]
        assert row.wrote and row.from_ and row.labels, lang


@pytest.mark.parametrize("marker", [
    # a helpdesk's line asking for the reply above it, with no rule around it
    "Bitte schreiben Sie Ihre Antwort über dieser Zeile.",
    "Veuillez répondre au-dessus de cette ligne",
    "Пожалуйста, пишите ответ над этой строкой",
    "Odpowiedz nad tą linią, aby dodać komentarz do zgłoszenia",
    "이 줄 위에 답장을 작성해 주세요",
    "请在此行上方回复",
])
def test_a_helpdesk_reply_above_marker_in_a_language_of_the_table_starts_the_quote(marker):
    ticket = (f"{marker}\n\nZgłoszenie #48213 zostało zaktualizowane.\n\nKarl Bauer (Support)\n"
              "4 gru 2026, 15:12\n\nProsimy o potwierdzenie terminu dostawy.")
    assert new_text(f"{REPLY}\n\n{ticket}\n") == REPLY
    # the notification itself, opening with the marker, is all new text
    assert "Prosimy o potwierdzenie" in new_text(f"{ticket}\n")


@pytest.mark.parametrize("footer", [
    # mobile and mail-app footers of languages and apps the first lists did not hold
    "Naver 메일 앱에서 보냄",
    "Надіслано з Mailspring",
    "Seolta ó Outlook ar mo ghuthán",
])
def test_a_mobile_footer_of_a_language_of_the_table_is_no_new_text(footer):
    assert new_text(f"{REPLY}\n\n{footer}\n") == REPLY


@pytest.mark.parametrize("banner", [
    # a mail server's banner on mail from outside the organisation, above the writer's text
    "CAUTION: This email originated from outside of the organization. Do not click links "
    "unless you recognise the sender.",
    "ВНИМАНИЕ: письмо от внешнего отправителя. Не открывайте вложения, если не уверены в "
    "отправителе.",
    "You don't often get email from karl.bauer@bauer-logistik.de. Learn why this is important",
    "[EXTERNAL]",
    "Achtung: Diese Nachricht kommt von außerhalb der Organisation.",
])
def test_a_banner_on_mail_from_outside_is_no_new_text(banner):
    assert new_text(f"{banner}\n\n{REPLY}\n") == REPLY


@pytest.mark.parametrize("signature,footer", [
    # a client that writes each line of the signature as its own paragraph, above its footer
    ("Nora Lindqvist\n\nLindqvist Transport AB", "Sent from my iPhone"),
    ("Emre Kaya\n\nKaya Tekstil", "iOS için Outlook'u edinin"),
    ("Ольга Миронова\n\nООО Север", "Отправлено из Mail.ru для Android"),
])
def test_a_signature_written_as_one_line_paragraphs_above_a_footer_is_no_new_text(
        signature, footer):
    assert new_text(f"{REPLY}\n\n{signature}\n\n{footer}\n") == REPLY
