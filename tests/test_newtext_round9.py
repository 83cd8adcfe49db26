"""New text of replies from the clients of the eighth round's blind set, read: Zoho's quote
header between two rules in any language, and Proton Mail's rule and "wrote" header above a
reply written below the quote."""

import pytest

from indexer.newtext import new_text

REPLY_EN = "Agreed on the revised rate, please send the addendum for signature."
REPLY_RU = "Ставку согласовали, пришлите, пожалуйста, допсоглашение на подпись."


@pytest.mark.parametrize("reply,header,quoted", [
    (REPLY_EN, "---- On Thu, 04 Sep 2025 09:12:03 +0100 Oliver Grant <o.grant@lumenfreight.co.uk> "
     "wrote ----", "Oliver,\n\nPlease find our revised rate card attached.\n\nBest,\nOliver"),
    (REPLY_RU, "---- В чт, 04 сен 2025 09:12:03 +0300 Ирина Котова <kotova@severtrans.ru> "
     "написал ----", "Добрый день!\n\nНаправляем новую ставку.\n\nИрина"),
    # a language whose word for "wrote" no rule lists: the time and the address tell it
    (REPLY_EN, "---- Pada Kam, 04 Sep 2025 09:12:03 +0700 Rudi Hartono <rudi@sinarlogistik.id> "
     "menulis ----", "Halo Pak,\n\nBerikut tarif baru untuk rute Surabaya, mohon dicek.\n\n"
     "Salam,\nRudi Hartono\nSinar Logistik"),
    (REPLY_RU, "---- Kwa Alh, 04 Sep 2025 09:12:03 +0300 Amani Mwangi <amani@pwanicargo.co.ke> "
     "aliandika ----", "Habari,\n\nTafadhali angalia viwango vipya vya usafirishaji.\n\n"
     "Asante,\nAmani"),
])
def test_a_quote_header_between_two_rules_with_a_time_and_an_address_starts_the_quote(
        reply, header, quoted):
    assert new_text(f"{reply}\n\n\n\n{header}\n\n{quoted}\n") == reply


@pytest.mark.parametrize("reply,header", [
    (REPLY_EN, "------- Original Message -------\nOn Thursday, September 4th, 2025 at 9:12 AM, "
     "Oliver Grant <o.grant@lumenfreight.co.uk> wrote:"),
    (REPLY_RU, "-----Исходное сообщение-----\n04.09.2025 09:12, Ирина Котова "
     "<kotova@severtrans.ru> пишет:"),
])
def test_an_answer_below_a_rule_a_header_and_a_marked_quote_is_the_new_text(reply, header):
    body = f"{header}\n\n> Please confirm the revised rate.\n>\n> Regards\n\n{reply}\n"
    assert new_text(body) == reply
