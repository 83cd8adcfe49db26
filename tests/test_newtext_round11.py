"""New text of replies from the clients of the eleventh round's blind set, read: an attribution
line with the verb before the date, or wrapped inside its bracketed date, above a bottom-posted
answer; initials written with spaces before a name signed for someone else; and a company's
registration written as one long line under the signature."""

import pytest

from indexer.newtext import new_text
from indexer.quote_header import wrote_at

ANSWER_EN = "Friday at ten suits us.\n\nPlease bring the signed plan."
ANSWER_RU = "Пятница в десять нам подходит.\n\nВозьмите с собой подписанный план."
QUOTED = ("> Hello,\n>\n> can we meet on Friday at ten to sign the plan?\n>\n> Best,\n> Pavel\n")


@pytest.mark.parametrize("header", [
    "Pavel Orlov wrote on 3.3.2026 at 09.15:",
    "Pavel Orlov <p.orlov@mill.example> wrote on 03/03/2026 at 9:15:",
    "Павел Орлов написал 03.03.2026 в 09.15:",
    "Павел Орлов <p.orlov@mill.example> написал 3 марта 2026 в 9:15:",
    "Pavel Orlov kirjoitti 3.3.2026 klo 9.15:",
])
def test_a_header_with_the_verb_before_the_date_opens_a_bottom_posted_answer(header):
    for answer in (ANSWER_EN, ANSWER_RU):
        assert new_text(f"{header}\n{QUOTED}\n{answer}\n") == answer


@pytest.mark.parametrize("header", [
    "Pavel Orlov <p.orlov@mill.example> wrote (sent: 3 March\n2026, Tue, 09:15):",
    "Павел Орлов <p.orlov@mill.example> написал (отправлено: 3 марта\n2026 г., вт, 09:15):",
    "Orlov Pavel <p.orlov@mill.example> ezt írta (időpont: 2026. márc.\n3., K, 9:15):",
])
def test_a_header_wrapped_inside_its_bracketed_date_opens_a_bottom_posted_answer(header):
    for answer in (ANSWER_EN, ANSWER_RU):
        assert new_text(f"{header}\n\n{QUOTED}\n{answer}\n") == answer


@pytest.mark.parametrize("lines", [
    # text that names a verb and a day but no time of day: no header
    ["We wrote to them on 3.3.2026 about the delay:", "the reply is still pending."],
    ["Мы написали им 03.03.2026 о задержке:", "ответа пока нет."],
    # a bracket opened on a line of text, closed on the next: no header
    ["He wrote (at 09:15, after the call", "with Anna): that is all."],
])
def test_text_with_a_verb_and_a_time_is_no_header(lines):
    assert wrote_at(lines, 0) == 0


def test_a_reply_above_a_header_with_the_verb_before_the_date_keeps_only_itself():
    body = f"{ANSWER_EN}\n\nPavel Orlov wrote on 3.3.2026 at 09.15:\n{QUOTED}"
    assert new_text(body) == ANSWER_EN


@pytest.mark.parametrize("signer", ["i. A. Jonas Weber", "p. p. Tom Lee", "i. V. Анна Берг",
                                    "п. п. Иван Козлов"])
def test_initials_written_with_spaces_before_a_signed_name_open_a_long_signature(signer):
    for text, closing in (("The parts left the warehouse today.", "Kind regards / Mit freundlichen Grüßen"),
                          ("Детали сегодня отгружены со склада.", "С уважением / Best regards")):
        body = (f"{text}\n\n{closing}\n\n{signer}\nHead of Purchasing\n\nWeber Logistik GmbH\n"
                "Hafenweg 2 | 20457 Hamburg\nTel. +49 40 1234-0 | Fax +49 40 1234-9\n"
                "j.weber@weber.example | www.weber.example\n")
        assert new_text(body) == text


LONG_REGISTRATION = (
    "Northgate Tools Ltd. Registered in England and Wales no. 04511223. Registered office: "
    "4 Mill Lane, Leeds LS1 4AB. Authorised and regulated by the Financial Conduct Authority "
    "for credit broking, firm reference number 612345, and a member of the Leeds Chamber.")


@pytest.mark.parametrize("text,closing,name", [
    ("The forwards can start next month.", "Kind regards,", "Harriet"),
    ("Форварды можно начать в следующем месяце.", "С уважением,", "Ольга"),
])
def test_a_long_registration_line_under_the_signature_is_cut(text, closing, name):
    body = (f"{text}\n\n{closing}\n{name}\n\nHarriet Cole\nRelationship Director\n"
            f"Northgate Tools Ltd\nM: 07700 900111\n\n{LONG_REGISTRATION}\n\n"
            "This e-mail is confidential and intended solely for the addressee. If you are not "
            "the intended recipient, please delete it.\n")
    assert new_text(body) == text


def test_a_long_paragraph_on_the_registered_office_written_as_text_stays():
    text = ("We have moved. " + LONG_REGISTRATION + " Please update the address on your "
            "invoices from next month.")
    body = f"Hello Tom,\n\n{text}\n"
    assert new_text(body) == body.strip()
    below_text = f"Hello Tom,\n\nPlease note the new details.\n{LONG_REGISTRATION}\n"
    assert new_text(below_text) == below_text.strip()


@pytest.mark.parametrize("signer", ["/Johan", "/ Anna K", "/Иван", "/Ольга П."])
@pytest.mark.parametrize("text", ["Please send the corrected invoice by Friday.",
                                  "Пришлите, пожалуйста, исправленный счёт до пятницы."])
def test_a_name_after_a_slash_on_the_last_line_signs_the_text(signer, text):
    assert new_text(f"Hi Erik,\n{text}\n{signer}\n") == f"Hi Erik,\n{text}"
    assert new_text(f"Hi Erik,\n{text}\n\n{signer}\n\nSent from my iPhone\n") == f"Hi Erik,\n{text}"


@pytest.mark.parametrize("last", ["/etc/hosts", "/tmp", "/ 2 pallets", "/ok", "/Users/anna"])
def test_a_path_or_a_word_after_a_slash_on_the_last_line_stays(last):
    body = f"Hi Erik,\nThe file is in this folder:\n{last}\n"
    assert new_text(body) == body.strip()
