"""Stage classes that must carry to companies nobody here has seen, in wording of their own.

Each class is pinned by letters written apart from the rules' own examples, in Russian and
English, and by the letters of the same class that must not change.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from indexer.deal_signals import detect_signals
from indexer.negotiations import Evidence, infer_stage

REF = datetime(2026, 11, 16, 10, 0, tzinfo=ZoneInfo("Europe/Moscow"))   # a Monday


def kinds(text: str, direction: str = "out", attachments: tuple[str, ...] = ()) -> set[str]:
    return {s.kind for s in detect_signals(text, direction=direction, ref_time=REF,
                                           attachments=attachments)}


# ------------------------------------------------------------- the contract and its papers


@pytest.mark.parametrize("text", [
    "Высылаю счёт на оплату по договору поставки, срок оплаты — пять дней.",
    "Направляю спецификацию № 2 к договору, проверьте количество.",
    "Прилагаю заявку в рамках рамочного договора на декабрь.",
    "Отправляю акт сверки согласно договору аренды.",
    "Please find attached the invoice under the service agreement.",
    "Attached is the specification to the supply contract for the December lot.",
    "Sending you the application form pursuant to the facility agreement.",
    # The verb «договорились» (we agreed) names no contract at all.
    "Как и договорились, прилагаю расчёт по двум вариантам.",
    "Добрый день! Как договорились по телефону, направляю график платежей во вложении.",
])
def test_a_paper_sent_under_the_contract_is_not_the_contract_drafted(text: str) -> None:
    assert "contract" not in kinds(text)


@pytest.mark.parametrize("text", [
    "Прилагаю соглашение о неразглашении, подпишите, пожалуйста, до встречи.",
    "Направляем двустороннее соглашение о неразглашении информации.",
    "Attached is our mutual non-disclosure agreement for signature before the site visit.",
])
def test_a_non_disclosure_agreement_is_not_the_contract(text: str) -> None:
    assert "contract" not in kinds(text)


@pytest.mark.parametrize("text", [
    # What must not change: the contract itself, sent, whatever goes beside it.
    "Направляю проект договора поставки и спецификацию к нему.",
    "Во вложении договор на подпись, счёт выставим после подписания.",
    "Please find attached the draft supply agreement for your review.",
    "Sending you the contract for signature together with the annex to it.",
])
def test_the_contract_itself_sent_is_still_the_contract(text: str) -> None:
    assert "contract" in kinds(text)


@pytest.mark.parametrize("text,attachments", [
    ("Коллеги, пересылаю вам нашу форму договора поставки — посмотрите, устроит ли вас.", ()),
    ("Добрый день. Наши юристы подготовили свою редакцию договора, ждём ваших замечаний.", ()),
    ("Our legal team has prepared their version of the supply contract, attached for your "
     "comments.", ()),
    ("Hello, please review and let us know your comments.", ("Acme_Supply_Agreement.docx",)),
    ("Добрый день, посмотрите, пожалуйста, наши условия работы.", ("Договор_поставки_Агроторг.docx",)),
])
def test_the_clients_own_contract_form_sent_for_review_is_the_contract(
        text: str, attachments: tuple[str, ...]) -> None:
    assert "contract" in kinds(text, "in", attachments)


@pytest.mark.parametrize("text,attachments", [
    # What must not change: the client asking for ours, or sending a paper under it.
    ("Пришлите, пожалуйста, вашу форму договора, мы посмотрим.", ()),
    ("Could you send us your version of the contract?", ()),
    ("Оплатили счёт по договору, платёжку прикладываю.", ("Платёжка_114.pdf",)),
    ("Please find attached our NDA.", ("Acme_NDA_agreement.pdf",)),
])
def test_the_client_asking_for_the_contract_or_sending_a_paper_under_it_is_not(
        text: str, attachments: tuple[str, ...]) -> None:
    assert "contract" not in kinds(text, "in", attachments)


# ------------------------------------------------------------------------------------- won


@pytest.mark.parametrize("text,direction", [
    ("Добрый день! Подписанную спецификацию № 4 к рамочному договору отправляю во вложении.", "in"),
    ("Спецификацию на январскую партию со своей стороны подписали, скан прилагаю.", "in"),
    ("Signed specification No. 2 under our framework agreement attached.", "in"),
    ("Hi Tom, Annex 3 for Q1 is signed on our side - scan enclosed.", "in"),
    ("We've paid your invoice this morning, the remittance is below.", "in"),
    ("Первая партия отгружена сегодня, накладная во вложении.", "out"),
    ("Сегодня отгрузили вам первые 12 паллет, машина будет у вас в четверг.", "out"),
    ("The first shipment left our warehouse today; tracking number below.", "out"),
    ("Первую поставку получили, всё в порядке, спасибо.", "in"),
    ("Got the first delivery yesterday, all pallets intact.", "in"),
])
def test_a_paper_under_the_contract_signed_a_bill_paid_or_a_delivery_made_is_won(
        text: str, direction: str) -> None:
    assert "won" in kinds(text, direction)


@pytest.mark.parametrize("text,direction", [
    # What must not change: still to come, asked for, a trial, or someone else's delivery.
    ("Пришлите, пожалуйста, подписанную спецификацию до пятницы.", "out"),
    ("Please return the signed specification by Friday.", "out"),
    ("Спецификацию подпишем после согласования цены.", "in"),
    ("Once the specification is signed, the first batch ships within ten days.", "out"),
    ("Первая партия будет отгружена 12 декабря.", "out"),
    ("The first shipment will leave on Monday.", "out"),
    ("Пробную партию отгрузили, ждём ваших отзывов.", "out"),
    ("We shipped the samples yesterday.", "out"),
    ("Наш поставщик сорвал поставку, первую партию так и не получили.", "in"),
    ("Первая поставка ещё не пришла.", "in"),
    # The client's word of a later batch come is as often a complaint or a trial lot.
    ("Вчера получили очередную партию плёнки, по ней напишу отдельно.", "in"),
    ("The October batch arrived on Monday, our QA is checking it.", "in"),
    ("Have you received the first delivery?", "out"),
    ("We haven't paid the invoice yet.", "in"),
    ("We signed off the meeting schedule for next week.", "in"),
])
def test_a_paper_or_a_delivery_still_to_come_asked_for_or_not_ours_is_not_won(
        text: str, direction: str) -> None:
    assert "won" not in kinds(text, direction)


@pytest.mark.parametrize("text,direction", [
    # A paper came, not goods.
    ("Получили ваше предложение по поставке, изучаем.", "in"),
    ("We received your quote for the delivery of the chillers.", "in"),
    ("The originals were shipped to you by courier yesterday.", "out"),
    ("I dispatched the signed letter this morning.", "out"),
])
def test_a_paper_about_a_delivery_received_or_sent_is_not_a_delivery(
        text: str, direction: str) -> None:
    assert "won" not in kinds(text, direction)


# ----------------------------------------------------------- a price told, not an offer


@pytest.mark.parametrize("text,attachments", [
    ("Typically the market rate for such a fit-out is around USD 40 per square foot.", ()),
    ("Для ориентира: по рынку такие стенды стоят 9–12 тыс. руб. за м².", ()),
    ("Stands of this size usually cost EUR 310 per m2, for your reference.", ()),
    ("Как правило, сопровождение такого проекта обходится в 180 000 руб. в месяц.", ()),
    ("Отвечая на ваш вопрос: обслуживание счёта у нас 990 руб. в месяц.", ()),
    ("To answer your question, our standard fee is USD 50 per transfer.", ()),
])
def test_the_markets_price_or_ours_told_in_general_is_no_offer(
        text: str, attachments: tuple[str, ...]) -> None:
    found = kinds(text, "out", attachments)
    assert "proposal" not in found and "priced" in found


@pytest.mark.parametrize("text,attachments", [
    # What must not change: this client's offer, though it names the market or a list price.
    ("Направляю коммерческое предложение: 4 стенда, итого 1,2 млн руб.", ()),
    ("Please find attached our proposal for the two chillers: EUR 96,000 installed.", ()),
    ("Для вас — 11,40 руб./шт., это на 8 % ниже рынка.", ()),
    ("For your 40 trucks we can do EUR 1,800 per truck, below the list price.", ()),
])
def test_this_clients_offer_is_still_an_offer(text: str, attachments: tuple[str, ...]) -> None:
    assert "proposal" in kinds(text, "out", attachments)


def test_a_price_told_before_the_needs_are_priced_qualifies_a_lead_and_no_more() -> None:
    from indexer.negotiations import Evidence, infer_stage

    def fact(day: str, kind: str) -> Evidence:
        return Evidence(f"2026-11-{day}T10:00:00+00:00", kind, f"{day}-{kind}@x", kind)

    now = datetime(2026, 11, 20, 12, tzinfo=ZoneInfo("UTC"))
    lead = [fact("02", "inbound"), fact("03", "outbound"), fact("03", "priced")]
    assert infer_stage(lead, now=now)[0] == "qualified"
    # After the offer, a price list sent again moves nothing back.
    offer = [fact("02", "inbound"), fact("03", "outbound"), fact("03", "proposal"),
             fact("05", "outbound"), fact("05", "priced")]
    assert infer_stage(offer, now=now)[0] == "proposal"


# ------------------------------------------------------------------- a sale after all


def _fact(day: str, kind: str) -> Evidence:
    return Evidence(f"2026-11-{day}T10:00:00+00:00", kind, f"{day}-{kind}@x", kind)


NOW = datetime(2026, 11, 28, 12, tzinfo=ZoneInfo("UTC"))


def test_a_sale_booked_after_the_client_declined_an_offer_wins_the_deal() -> None:
    declined = [_fact("02", "inbound"), _fact("03", "outbound"), _fact("03", "proposal"),
                _fact("10", "inbound"), _fact("10", "lost")]
    assert infer_stage(declined, now=NOW)[0] == "lost"
    # The accounting booked the sale afterwards: the decline was not the end of it.
    stage, shown = infer_stage(declined + [_fact("20", "sale")], now=NOW)
    assert (stage, shown.kind) == ("won", "sale")
    # Without an offer ever made, a sale after a decline is other business.
    no_offer = [_fact("02", "inbound"), _fact("03", "outbound"), _fact("05", "inbound"),
                _fact("10", "lost"), _fact("20", "sale")]
    assert infer_stage(no_offer, now=NOW)[0] == "lost"
    # A sale booked before the decline does not undo the decline after it.
    earlier = [_fact("02", "inbound"), _fact("03", "outbound"), _fact("03", "proposal"),
               _fact("04", "sale"), _fact("10", "inbound"), _fact("10", "lost")]
    assert infer_stage(earlier, now=NOW)[0] == "won"
