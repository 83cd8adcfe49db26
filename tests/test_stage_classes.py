"""Stage classes that must carry to companies nobody here has seen, in wording of their own.

Each class is pinned by letters written apart from the rules' own examples, in Russian and
English, and by the letters of the same class that must not change.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from indexer.deal_signals import detect_signals

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
