"""Negotiations built from mail: the per-message signals, the stage, and the fold on real data."""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from dealtrail import clock
from indexer.deal_signals import detect_signals
from indexer.negotiations import Evidence, infer_stage
from rules import missed_next_contact
from rules.engine import run_rules
from tests.test_rules_world import World, at

REF = datetime(2026, 11, 16, 10, 0, tzinfo=ZoneInfo("Europe/Moscow"))   # a Monday


def kinds(text: str, direction: str = "in", **kw: Any) -> dict[str, str]:
    return {s.kind: s.value for s in detect_signals(text, direction=direction, ref_time=REF, **kw)}


# ------------------------------------------------------------------------------ signals

@pytest.mark.parametrize("text", [
    "Добрый день! Направляю коммерческое предложение по кредитной линии.",
    "КП во вложении, жду ваших комментариев.",
    "Please find attached our proposal for the credit line.",
    "As discussed, here is our term sheet.",
    "Стоимость комплекта составит 2 450 000 руб. с НДС.",
    "The total price is EUR 120,000 including delivery.",
    # A rate per unit needs no price word.
    "Сопровождение на выставке — 12 000 руб. за человека в день.",
    "For changes we charge USD 40 per booking, payable by card.",
    # A document sent with a price is an offer whatever it is called.
    "Attached are the two itineraries: 1) Lisbon and Porto - EUR 2,400; 2) Madeira - EUR 1,900.",
    "Во вложении два варианта программы: Казань — 350 000 руб., Нижний — 290 000 руб.",
])
def test_an_offer_sent_is_a_proposal(text: str) -> None:
    assert "proposal" in kinds(text, "out")


@pytest.mark.parametrize("text", [
    "Направлю вам коммерческое предложение до пятницы.",
    "I'll send you the proposal by Friday.",
    "Направлю вам проект договора завтра.",
    "We will send the draft agreement next week.",
])
def test_a_promise_to_send_an_offer_or_contract_is_not_one_sent(text: str) -> None:
    found = kinds(text, "out")
    assert "proposal" not in found and "contract" not in found


@pytest.mark.parametrize("text", [
    "Once the schedule is fine with your CFO, the next step is the draft lease agreement.",
    "Если график подходит, следующий шаг — проект договора лизинга.",
])
def test_a_contract_named_as_the_next_step_is_not_one_sent(text: str) -> None:
    assert "contract" not in kinds(text, "out")


def test_a_contract_sent_as_the_next_step_is_still_sent() -> None:
    assert "contract" in kinds("As a next step, please find attached the draft agreement.", "out")


@pytest.mark.parametrize("text,found", [
    ("Олег, договор лизинга и спецификация во вложении, подписать можно по ЭДО.", True),
    ("The lease agreement and the payment schedule are attached for your signature.", True),
    ("Акт сверки по договору во вложении.", False),
    ("The invoice under the agreement is attached.", False),
])
def test_a_contract_named_then_attached_is_a_draft_sent(text: str, found: bool) -> None:
    assert ("contract" in kinds(text, "out")) is found


def test_the_clients_own_contract_sent_to_the_bank_is_not_our_draft() -> None:
    assert "contract" not in kinds("Добрый день, контракт с поставщиком и инвойс во вложении.",
                                   "in")


@pytest.mark.parametrize("text,found", [
    ("Первый платёж получили, машины отгружаем в среду.", True),
    ("Thanks, Mark - the deposit has been received and the units are reserved.", True),
    ("Аванс уже получили?", False),
])
def test_the_manager_confirming_the_money_came_is_a_sale(text: str, found: bool) -> None:
    assert ("won" in kinds(text, "out")) is found


def test_an_attachment_named_like_an_offer_or_contract_counts() -> None:
    assert "proposal" in kinds("Добрый день!", "out", attachments=("КП_Ромашка.pdf",))
    assert "contract" in kinds("Добрый день!", "out", attachments=("Договор РКО.docx",))
    assert "contract" not in kinds("See attached.", "out", attachments=("NDA agreement.pdf",))


@pytest.mark.parametrize("text,kind", [
    ("Проект договора во вложении, посмотрите, пожалуйста.", "contract"),
    ("Please find the draft facility agreement for your review.", "contract"),
    ("Договор подписан, оригиналы отправили курьером.", "won"),
    ("We have signed the agreement this morning.", "won"),
    ("Мы выбрали другой банк, спасибо за предложение.", "lost"),
    ("Thank you, but we are not interested at this time.", "lost"),
    ("Ставка высоковата — можете снизить ставку до 12%?", "terms"),
    ("Could you offer a better rate? The fee is too high.", "terms"),
    ("Можно ли сделать отсрочку платежа на 60 дней?", "terms"),
    ("Счёт оплачен, ждём отгрузку.", "won"),
    ("Решение принято в пользу другого поставщика.", "lost"),
    ("The budget was cut, so the project is cancelled.", "lost"),
    # The conditions of the contract itself are terms under discussion.
    ("Our lawyers want a penalty if the delivery slips by more than a week.", "terms"),
    ("Could we sign under German law, with the German text prevailing?", "terms"),
    ("Нам нужна цена ниже трёх миллионов, иначе бюджет не пройдёт.", "terms"),
    ("Предлагаем снизить неустойку до 0,1% в день.", "terms"),
])
def test_stage_signals_in_russian_and_english(text: str, kind: str) -> None:
    direction = "out" if kind == "contract" else "in"
    assert kind in kinds(text, direction)


@pytest.mark.parametrize("text", [
    # An adjective between the draft and the contract: "проект кредитного договора".
    "Добрый день! Проект лизингового договора во вложении, жду замечаний юристов.",
    "Направляю проект дополнительного соглашения к договору поставки.",
])
def test_a_named_kind_of_contract_draft_is_a_contract(text: str) -> None:
    assert "contract" in kinds(text, "out")


@pytest.mark.parametrize("text", [
    # The draft is brought to a meeting still ahead: nothing is sent yet.
    "На встречу в пятницу привезу проект договора, пройдёмся по пунктам.",
    "Возьмём с собой проект соглашения, обсудим на месте.",
])
def test_a_contract_brought_to_a_later_meeting_is_not_one_sent(text: str) -> None:
    assert "contract" not in kinds(text, "out")


@pytest.mark.parametrize("text", [
    # The client asks for other conditions than the ones offered.
    "Our treasurer would rather have a bank guarantee instead of the cash deposit you asked for.",
    "Финдиректор хотел бы поручительство владельца вместо залога оборудования.",
    "Согласны в целом, но просим включить в договор штрафы за срыв сроков поставки.",
    "The price works for us, but the first payment should move to March.",
    "По стоимости — что можете сделать, если возьмём сразу два года?",
    "On the price, what can you do for a three-year term?",
])
def test_a_client_asking_for_other_conditions_discusses_terms(text: str) -> None:
    assert "terms" in kinds(text, "in")


@pytest.mark.parametrize("text", [
    # A loan or lease worked out for the client, with no price word and no currency.
    "Посчитала: 5 млн на 24 месяца под 17%, залог — оборудование.",
    "We have worked out the numbers: 2.4 million over 5 years at 9.5%.",
])
def test_terms_worked_out_for_the_client_are_an_offer(text: str) -> None:
    assert "proposal" in kinds(text, "out")


@pytest.mark.parametrize("text", [
    "Сообщаем, что переторжка по лоту 3 пройдёт 15.12 в электронной форме.",
    "You are invited to submit a best and final offer by Friday noon.",
])
def test_a_tender_rebid_is_bargaining(text: str) -> None:
    assert "terms" in kinds(text, "in")


@pytest.mark.parametrize("text", [
    "Scope and estimate attached: SGD 84,500 for both sites, travel included.",
    "Расчёт во вложении: 12 400 000 тенге за лицензии и внедрение.",
])
def test_a_document_sent_with_a_price_in_any_currency_is_an_offer(text: str) -> None:
    assert "proposal" in kinds(text, "out")


@pytest.mark.parametrize("text,attachments", [
    # A price per unit of goods, freight or works, in words or after a slash.
    ("Доставка до Казани — 84 000 руб. за вагон, погрузка наша.", ()),
    ("Reefer to Almaty: EUR 3,450 per truck, 6 days door to door.", ()),
    ("Панели и монтаж выйдут в 47 руб/Вт, гарантия 10 лет.", ()),
    ("Обслуживание станции — 18 500 руб. в месяц, два выезда включены.", ()),
    ("Installation comes to USD 0.38 per Wp, racking included.", ()),
    # A price with how long it holds.
    ("Перепроверил у линии: 20DC — 1 950 USD. Действительно до 15 января.", ()),
    ("Re-checked with the mill: EUR 612 for the lot, valid until 20 December.", ()),
    # Our offer named, then its sum.
    ("Our quote: three inspection visits and the report, GBP 4,200 all in.", ()),
    ("Наше предложение — аудит двух корпусов за 260 000 руб., отчёт через две недели.", ()),
    # An attachment named as a rate sheet or an estimate.
    ("Добрый день, высылаю.", ("Ставки_Q1_2027.xlsx",)),
    ("Please see the file.", ("Estimate_roof_B.pdf",)),
])
def test_a_price_by_the_unit_or_with_its_validity_is_an_offer(
        text: str, attachments: tuple[str, ...]) -> None:
    assert "proposal" in kinds(text, "out", attachments=attachments)


@pytest.mark.parametrize("text", [
    # A sum said with its VAT is a price, with no price word.
    "Под ваш цех подойдёт вариант на 96 прожекторов — 2 310 000 руб. без НДС, монтаж за неделю.",
    "Два котла и обвязка: 4,8 млн руб. с НДС, срок поставки шесть недель.",
    "For the second site: EUR 74,500 excl. VAT, commissioning in March.",
    "Option B - USD 18,900 plus VAT, panels and inverters only.",
])
def test_a_sum_with_its_vat_is_a_price(text: str) -> None:
    assert "proposal" in kinds(text, "out")


@pytest.mark.parametrize("text", [
    "Счёт № 77 на 48 000 руб. с НДС во вложении, оплата до пятницы.",
    "Invoice 2026-114 attached: EUR 3,200 incl. VAT, due in 10 days.",
])
def test_a_bill_with_its_vat_is_no_offer(text: str) -> None:
    assert "proposal" not in kinds(text, "out")


def test_a_rate_paid_by_card_is_still_an_offer() -> None:
    assert "proposal" in kinds("For freelancers we charge EUR 12 per booking, paid by card.", "out")


@pytest.mark.parametrize("text", [
    # One person chose, or a local firm: the decline in the singular.
    "Добрый день. Директор выбрал другого поставщика, они дают монтаж бесплатно.",
    "Спасибо за расчёт, но руководство выбрало местную компанию.",
    "Коллеги, в этот раз мы пас, бюджет ушёл на ремонт кровли.",
    "Sorry Anna, the plant manager went with a local integrator in the end.",
    "Thanks for the effort, but we'll pass on this one for now.",
])
def test_a_decline_in_the_singular_or_to_a_local_firm(text: str) -> None:
    assert "lost" in kinds(text, "in")


@pytest.mark.parametrize("text,found", [
    ("Спасибо, но самосвалы мы в итоге оформили в лизинг в другом банке.", True),
    ("Погрузчики купили напрямую у другого дилера, там была скидка.", True),
    ("Thanks for your patience - we've gone with a hire-purchase deal from the dealer instead.", True),
    ("In the end we opted for our own credit line instead.", True),
    ("Оформили пропуск у другого охранника?", False),
    ("We went with your second option instead of the first.", False),
])
def test_the_deal_done_elsewhere_is_a_decline(text: str, found: bool) -> None:
    assert ("lost" in kinds(text, "in")) is found


@pytest.mark.parametrize("text,found", [
    ("Посмотрели. Честно — дорого, у конкурентов выходило на миллион меньше.", True),
    ("Дороговато для нас, подумаем.", True),
    ("It's a bit expensive for a pilot, to be honest.", True),
    ("Недорого, давайте оформлять.", False),
    ("Дорогой Сергей, спасибо за письмо.", False),
])
def test_a_price_called_too_high_is_bargaining(text: str, found: bool) -> None:
    assert ("terms" in kinds(text, "in")) is found


@pytest.mark.parametrize("text", [
    "Коммерческое предложение по тягачам: 42,3 млн, первый взнос 10 %, на 60 месяцев.",
    "Итак — КП: шесть вилочных погрузчиков, 14 млн руб., лизинг на три года.",
    "По итогам встречи коммерческое предложение — общая сумма платежей 3,2 млрд тенге.",
])
def test_an_offer_headed_then_its_figures_is_a_proposal(text: str) -> None:
    assert "proposal" in kinds(text, "out")


def test_an_offer_headed_with_no_figures_is_no_price() -> None:
    assert "proposal" not in kinds("КП: уточните, пожалуйста, марку и год выпуска техники.", "out")


@pytest.mark.parametrize("text,found", [
    ("Поговорили с собственником. Просим: аванс 10 %, срок 42 месяца, страховку нашу.", True),
    ("Хотели бы срок до 60 мес. и без поручительства директора.", True),
    ("For the loaders we would ask for a 10% advance and a 5-year term.", True),
    ("We need a term of 48 months for this fleet.", True),
    ("Просим выслать учредительные документы до 20 числа.", False),
    ("We need 2 weeks to get the board's view.", False),
])
def test_the_clients_own_figures_for_the_terms_are_bargaining(text: str, found: bool) -> None:
    assert ("terms" in kinds(text, "in")) is found


@pytest.mark.parametrize("text", [
    "Счёт на 56 000 руб. во вложении, оплатить нужно до пятницы; действует до 10.12.",
    "The invoice for USD 2,100 is valid until the end of the month.",
    "Договор аренды действует до 31 марта, потом продлится сам.",
    "Отгрузили 3 контейнера, документы в пути.",
    "Сумма 12 000 руб в т.ч. НДС уже учтена в акте.",
])
def test_a_bill_a_term_or_goods_counted_are_no_offer(text: str) -> None:
    assert "proposal" not in kinds(text, "out")


@pytest.mark.parametrize("text", [
    "Отправили 2 комплекта документов с курьером.",
    "We met 15 people at the fair, a ticket each for the gala.",
    "Счёт на оплату 120 000 руб. во вложении.",
    "Attached is the invoice for EUR 4,500 for November.",
])
def test_a_number_next_to_a_unit_is_no_rate_without_money(text: str) -> None:
    assert "proposal" not in kinds(text, "out")


@pytest.mark.parametrize("text", [
    "В среду заеду к вам за подписанным экземпляром договора.",
    "I will stop by on Friday to collect the signed contract.",
    "Курьер завтра заберёт подписанный договор — заберём и оригинал заявления.",
])
def test_a_signed_copy_still_to_be_collected_is_not_a_won_deal(text: str) -> None:
    assert "won" not in kinds(text, "out")


@pytest.mark.parametrize("text,code", [
    ("Прошу рассмотреть открытие валютного счёта для экспортной выручки.", "fx"),
    ("Вопрос по лизинговым платежам за грузовики", "leasing"),
])
def test_a_product_of_several_words_is_named_in_any_case(text: str, code: str) -> None:
    from indexer.deal_signals import product_pattern

    lower, _ = product_pattern((("fx", ("валютный счёт",)), ("leasing", ("лизинговый платёж",))))
    assert lower is not None
    found = lower.search(text.lower())
    assert found is not None and found.lastgroup == f"p{['fx', 'leasing'].index(code)}"


def test_a_signature_to_come_is_not_a_won_deal() -> None:
    assert "won" not in kinds("Договор будет подписан после одобрения кредитного комитета.")
    assert "won" not in kinds("The contract will be signed once the board approves it.")


@pytest.mark.parametrize("text", [
    # A signing named as the condition of what follows is still to come.
    "As soon as the agreement is signed, the first delivery leaves within a week.",
    "Provided the contract is signed this week, we can start on the 10th.",
    "Сразу по подписании договора приступаем к монтажу, это около двух недель.",
    "При условии, что договор подписан до пятницы, оборудование успеем поставить в декабре.",
])
def test_a_signing_named_as_a_condition_is_not_a_won_deal(text: str) -> None:
    assert "won" not in kinds(text)


@pytest.mark.parametrize("text,terms", [
    # A penalty another party lays on the client is the setting of the deal, not our terms.
    ("Покупатель выставил нам неустойку за просрочку, поэтому гарантия нужна срочно.", False),
    ("The main contractor threatens a penalty if the bond is not in place by Friday.", False),
    # Penalties in our own contract still are terms discussed.
    ("Просим смягчить неустойку в проекте договора до 0,05 % в день.", True),
    ("Can we cap the penalties in your draft at 5%?", True),
])
def test_a_penalty_another_party_lays_on_the_client_is_no_term(text: str, terms: bool) -> None:
    assert ("terms" in kinds(text)) is terms


@pytest.mark.parametrize("text,offer", [
    # The client's need restated, with its figures, lists what is asked for: no offer.
    ("Thanks for the meeting. My understanding of your requirements:\n- a credit line of "
     "USD 3m for 12 months;\n- a guarantee line of USD 1.5m.\n\nWe need the statements to "
     "price it.", False),
    ("Спасибо за звонок. Как я понимаю вашу потребность:\n- склад 2 500 м², 9 500 руб./м² в "
     "год максимум;\n- заезд в феврале.\n\nПодберу варианты.", False),
    # Our figures laid out still are an offer.
    ("Два варианта:\n1) склад 2 500 м² — 9 200 руб./м² в год;\n2) склад 3 000 м² — 8 900 "
     "руб./м² в год.", True),
])
def test_the_clients_need_restated_with_its_figures_is_no_offer(text: str, offer: bool) -> None:
    assert ("proposal" in kinds(text, "out")) is offer


@pytest.mark.parametrize("text,terms", [
    # A word that holds the letters of bargaining is no bargaining.
    ("Собственник решил пока не расторгать договор с нынешним арендодателем.", False),
    ("Мы торговая сеть, 14 магазинов, нужен склад под распределительный центр.", False),
    ("Торги на электронной площадке пройдут 9 декабря.", False),
    # Bargaining itself still is.
    ("Готовы поторговаться по ставке, если возьмём 2 000 м².", True),
    ("Торг уместен?", True),
])
def test_bargaining_is_read_as_a_word_not_inside_one(text: str, terms: bool) -> None:
    assert ("terms" in kinds(text)) is terms


@pytest.mark.parametrize("text,yes", [
    # The offer looked over with nothing to raise, then the paper to sign asked for: a yes.
    ("Директор посмотрел расчёт, замечаний нет — присылайте договор, подпишем на этой неделе.",
     True),
    ("Our CFO has gone through the quote, no further questions. Please send us the amendment "
     "to sign.", True),
    # Nothing to raise alone, or with a meeting, says no yes.
    ("Вопросов нет, спасибо за подробный ответ.", False),
    ("No questions from our side - see you on Tuesday.", False),
])
def test_nothing_to_raise_then_the_paper_asked_for_is_a_yes(text: str, yes: bool) -> None:
    assert ("accepted" in kinds(text)) is yes


@pytest.mark.parametrize("text,attachments,contract", [
    # A letter of intent or heads of terms sets the terms the contract will be drafted on.
    ("Направляю проект соглашения о намерениях по аренде склада — посмотрите условия.", (), False),
    ("Please find attached the draft letter of intent for the office lease.", (), False),
    ("The draft heads of terms are attached for your comments.", (), False),
    ("Направляю.", ("LOI_Sklad_B_draft.docx",), False),
    # The contract itself still is a draft sent.
    ("Направляю проект договора аренды склада.", (), True),
])
def test_a_letter_of_intent_is_not_a_contract_draft(text: str, attachments: tuple[str, ...],
                                                    contract: bool) -> None:
    assert ("contract" in kinds(text, "out", attachments=attachments)) is contract


@pytest.mark.parametrize("text,offer", [
    # Where prices start, before the client's needs are priced, is an indication, no offer.
    ("Ориентировочно аренда склада — от 8 200 руб./м² в год, точнее скажем после осмотра.",
     False),
    ("Каталог во вложении: стенды — от 95 000 до 140 000 руб. в зависимости от площади.", False),
    ("As a rough guide, dedicated racks start from USD 1,150 per month; we'll firm it up after "
     "the survey.", False),
    ("The brochure is attached: suites from EUR 21 to 26 per sq m a month, depending on floor.",
     False),
    # The price itself still is one, and so is a sum after a count of people.
    ("Аренда склада — 8 200 руб./м² в год без НДС.", True),
    ("Our offer: a one-day workshop for up to 12 people, EUR 4,300 incl. travel.", True),
])
def test_a_price_only_where_prices_start_is_no_offer(text: str, offer: bool) -> None:
    assert ("proposal" in kinds(text, "out")) is offer


@pytest.mark.parametrize("text,ours,lost", [
    # A tender's result or a choice naming our own company is our win, not a decline.
    ("По итогам тендера победителем признано АО «Параллель Парки».", "Параллель Парки", False),
    ("Спасибо за работу, руководство решило работать с «Параллель Парками».", "Параллель Парки",
     False),
    ("Following the tender, the winning bidder is Nordhaven Bank JSC.", "Nordhaven Bank", False),
    ("Thanks for your time - we have decided to go with Nordhaven Bank for the guarantee.",
     "Nordhaven Bank", False),
    # Another company chosen still is one.
    ("По итогам тендера победителем признано АО «Северный склад».", "Параллель Парки", True),
    ("Thanks for your time - we have decided to go with Baltic Trust.", "Nordhaven Bank", True),
])
def test_a_choice_naming_our_own_company_is_no_decline(text: str, ours: str, lost: bool) -> None:
    assert ("lost" in kinds(text, ours=ours)) is lost


@pytest.mark.parametrize("text,minor", [
    ("Нужен кредитный лимит 50 млн руб. на пополнение оборотки.", "5000000000 RUB"),
    ("Рассматриваем кредитную линию на 12 млн руб.", "1200000000 RUB"),
    ("We are looking at a facility of USD 2m.", "200000000 USD"),
])
def test_the_amount_a_deal_is_about(text: str, minor: str) -> None:
    assert kinds(text)["amount"] == minor


def test_a_card_limit_without_a_scale_is_not_a_deal_amount() -> None:
    assert "amount" not in kinds("Лимит 500 000 руб. в сутки, его можно изменить.", "out")


@pytest.mark.parametrize("text,day", [
    ("Подпишем до конца квартала.", "2026-12-31"),
    ("Планируем подписать договор до конца ноября.", "2026-11-30"),
    ("К сожалению, подписание переносится на январь.", "2027-01-31"),
    ("We expect to sign by 20 December.", "2026-12-20"),
    ("Unfortunately, the signing moves to January.", "2027-01-31"),
])
def test_the_expected_close_the_mail_names(text: str, day: str) -> None:
    assert kinds(text)["close"][:10] == day


@pytest.mark.parametrize("text,kind", [
    # One writer's past tense, and the object named before the verb.
    ("Коллеги, прислал вам КП по второй очереди, гляньте.", "proposal"),
    ("Смету на демонтаж приложила, там два варианта.", "proposal"),
    ("Переслал вам проект договора поставки.", "contract"),
    ("The estimate for both halls is in the attachment.", "proposal"),
    # The work done for a sum.
    ("Смонтируем за две недели, всё вместе 3,4 млн руб.", "proposal"),
    ("We could install both units for EUR 96,000, commissioning included.", "proposal"),
])
def test_an_offer_or_draft_sent_in_the_singular_past_or_object_first(text: str, kind: str) -> None:
    assert kind in kinds(text, "out")


@pytest.mark.parametrize("text,won", [
    ("Договор с нашей стороны подписали, оригинал курьером.", True),
    ("Спецификацию №2 подписали вчера.", True),
    ("We've signed, the scan goes to your legal today.", True),
    ("Our PO has been issued this morning.", True),
    ("Договор пока не подписали, юристы читают.", False),
    ("Договор подписали?", False),
    ("We've signed up for your webinar next week.", False),
])
def test_a_signature_told_in_other_words(text: str, won: bool) -> None:
    assert ("won" in kinds(text, "in")) is won


@pytest.mark.parametrize("text,sent", [
    # The client sends its own draft: the negotiation is at the contract.
    ("Высылаем наш типовой договор подряда, жду ваших замечаний.", True),
    ("Please find our draft supply agreement for your comments.", True),
    # Asking for a draft, or promising one, sends none.
    ("Ждём от вас проект договора до среды.", False),
    ("Could you send us the draft agreement?", False),
    ("Проект договора пришлём после согласования с юристами.", False),
])
def test_a_draft_the_client_sends_is_a_contract(text: str, sent: bool) -> None:
    assert ("contract" in kinds(text, "in")) is sent


@pytest.mark.parametrize("text,offer", [
    # Figures laid out in the letter with a sum in a currency.
    ("Добрый день!\nНаш вариант:\n- котёл 400 кВт с обвязкой;\n- 5 300 000 руб. под ключ.", True),
    ("Два варианта:\n1) 30 кВт — 2,1 млн руб.\n2) 60 кВт — 3,9 млн руб.", True),
    ("Hi Tom,\nPackages:\n1) Basic - EUR 8,400\n2) Full - EUR 12,900\nKind regards", True),
    # What the work comes to.
    ("Вся реконструкция обойдётся примерно в 9 млн руб.", True),
    ("Both halls would come to roughly GBP 58,000.", True),
    # Data laid out that is no price: plates, a reconciliation.
    ("Машины на 12.11: 1) МАН Е 112 КХ 77, 2) Скания О 845 ТР 50", False),
    ("Акт сверки на 30.11: задолженность 18 000 руб.", False),
])
def test_figures_laid_out_with_a_sum_are_an_offer(text: str, offer: bool) -> None:
    assert ("proposal" in kinds(text, "out")) is offer


@pytest.mark.parametrize("text,lost", [
    # The tender or the work went to someone else, our side was not approved, no need left.
    ("По итогам закупки выиграл другой подрядчик, спасибо за участие.", True),
    ("Конкурс выиграла иная организация, увы.", True),
    ("Пока продолжаем сотрудничество с нынешним поставщиком.", True),
    ("Правление проект не утвердило.", True),
    ("Коллеги, нам это больше не требуется.", True),
    ("Директор решил не менять котельную в этом году.", True),
    ("The tender was awarded to a local contractor.", True),
    ("Our board did not approve the investment, so we stop here.", True),
    ("After a long debate the owners decided against solar.", True),
    ("Решил не откладывать и написать сразу.", False),
    ("Нам больше не нужно ничего уточнять, всё понятно.", False),
    ("Конкурс выиграли мы!", False),
])
def test_a_decline_told_otherwise(text: str, lost: bool) -> None:
    assert ("lost" in kinds(text, "in")) is lost


@pytest.mark.parametrize("text,terms", [
    ("Честно говоря, цена кусается.", True),
    ("Не устраивает срок поставки: нужно до конца февраля.", True),
    ("Исключите из сметы пусконаладку, своими силами сделаем.", True),
    ("Please remove the scaffolding from the quote, we have our own.", True),
    ("A competitor came in 12% cheaper for the same scope.", True),
    ("Could the payment be split into installments?", True),
    ("Хотели бы предоплату 30/70, а не 50/50.", True),
    ("Хотим гарантию 5 лет вместо трёх.", True),
    ("This is well over our budget for the year.", True),
    ("Сумма не укладывается в наш бюджет.", True),
    ("Всё устраивает, спасибо.", False),
])
def test_terms_told_otherwise(text: str, terms: bool) -> None:
    assert ("terms" in kinds(text, "in")) is terms


@pytest.mark.parametrize("text,day", [
    # A visit is a meeting: its day is a contact planned.
    ("Thursday 26 November suits us for the site visit.", "2026-11-26"),
    ("Визит 25 ноября подходит, пропуск на вас закажем.", "2026-11-25"),
    ("Подъедете в пятницу к 10? Покажу котельную.", "2026-11-20"),
])
def test_a_visit_named_for_a_day_is_a_contact_planned(text: str, day: str) -> None:
    assert kinds(text)["contact_date"][:10] == day


@pytest.mark.parametrize("text,day", [
    # A video call, an invitation to come, a day to be written to.
    ("Давайте в пятницу по видеосвязи, ссылку пришлю.", "2026-11-20"),
    ("Can we do a quick Teams on Wednesday?", "2026-11-18"),
    ("Приезжайте к нам в среду, покажем котельную.", "2026-11-18"),
    ("Come by on Thursday and we will walk the site.", "2026-11-19"),
    ("Свяжитесь со мной 27 ноября, будет решение.", "2026-11-27"),
    ("Please get back to us by Friday with the figures.", "2026-11-20"),
])
def test_a_video_call_a_visit_asked_or_a_day_to_write_is_a_contact(text: str, day: str) -> None:
    assert kinds(text)["contact_date"][:10] == day


def test_the_manager_asking_to_be_written_to_plans_no_contact() -> None:
    assert "contact_date" not in kinds("Напишите мне в понедельник, как решите.", "out")


@pytest.mark.parametrize("text,first,day", [
    ("Я в отъезде до 20-го, давайте созвонимся 24 ноября с утра.", "2026-11-20", "2026-11-24"),
    ("I'm on site until Friday, so let's talk on Tuesday 24 November.", "2026-11-20",
     "2026-11-24"),
])
def test_the_contact_date_is_the_one_after_the_cue_when_the_sentence_names_two(
        text: str, first: str, day: str) -> None:
    # The request rules resolved the sentence's first date (its deadline); the contact is
    # planned for the date the cue names.
    due = datetime.fromisoformat(f"{first}T23:59:59+03:00")
    found = kinds(text, known_dates={0: (due, "day")})
    assert found["contact_date"][:10] == day


@pytest.mark.parametrize("text,day", [
    ("Давайте созвонимся в среду.", "2026-11-18"),
    ("Let's revisit this on 12 January.", "2027-01-12"),
    ("Can we talk on 3 December?", "2026-12-03"),
])
def test_a_date_the_client_asks_for(text: str, day: str) -> None:
    assert kinds(text)["contact_date"][:10] == day


@pytest.mark.parametrize("text,due", [
    ("Пришлём документы до пятницы.", "2026-11-20"),
    ("Подпишем договор на следующей неделе.", "2026-11-29"),
    ("We will sign the order by 27 November.", "2026-11-27"),
])
def test_the_clients_dated_commitments(text: str, due: str) -> None:
    [found] = [s for s in detect_signals(text, direction="in", ref_time=REF)
               if s.kind == "commitment"]
    assert found.due is not None and found.due.date().isoformat() == due


def test_a_question_is_neither_a_commitment_nor_a_close_date() -> None:
    found = kinds("Подпишем ли мы до пятницы?")
    assert "commitment" not in found and "close" not in found


def test_a_thank_you_alone_is_marked_and_one_with_content_is_not() -> None:
    assert "thanks" in kinds("Спасибо, получили!")
    assert "thanks" in kinds("Thanks, got it.")
    assert "thanks" not in kinds("Спасибо! Давайте созвонимся в среду.")
    assert "thanks" not in kinds("Спасибо, получили!", "out")


def test_an_abbreviation_names_a_product_only_in_capitals() -> None:
    products = (("srv", ("ТО", "сервис")),)
    assert "product" not in kinds("То, что вы прислали, подходит.", products=products)
    assert kinds("Нужно плановое ТО в декабре.", products=products)["product"] == "srv"


def test_a_subject_is_about_the_product_it_names_first() -> None:
    products = (("scr", ("компрессор",)), ("srv", ("сервис",)))
    found = detect_signals("", direction="in", ref_time=REF, products=products,
                           subject="Сервисный договор для компрессора")
    assert {s.value: s.start for s in found if s.kind == "product"} == {"srv": -2, "scr": -3}


def test_products_named_in_the_subject_are_told_from_the_text() -> None:
    products = (("credit", ("credit", "кредит")), ("acquiring", ("acquiring", "эквайринг")))
    found = detect_signals("Также интересует эквайринг.", direction="in", ref_time=REF,
                           subject="Кредитная линия", products=products)
    spans = {s.value: s.start for s in found if s.kind == "product"}
    assert spans["credit"] <= -2 and spans["acquiring"] >= 0


# ------------------------------------------------------------------------------ stage

def fact(day: str, kind: str, ref: str = "") -> Evidence:
    return Evidence(f"2026-{day}T10:00:00+00:00", kind, ref or f"{day}-{kind}@x", kind)


NOW = datetime(2026, 11, 20, 12, tzinfo=ZoneInfo("UTC"))


def test_stage_moves_forward_with_its_evidence() -> None:
    facts = [fact("11-02", "inbound"), fact("11-02", "outbound"), fact("11-05", "inbound"),
             fact("11-06", "proposal"), fact("11-09", "terms"), fact("11-12", "contract")]
    assert infer_stage(facts[:2], now=NOW)[0] == "lead"
    assert infer_stage(facts[:3], now=NOW)[0] == "qualified"
    assert infer_stage(facts[:4], now=NOW)[0] == "proposal"
    stage, shown = infer_stage(facts[:5], now=NOW)
    assert (stage, shown.ref) == ("negotiation", "11-09-terms@x")
    assert infer_stage(facts, now=NOW)[0] == "contract"


def test_a_conversation_a_letter_looks_back_on_qualifies_a_lead() -> None:
    # No call in any log: the manager's recap says the needs were talked through.
    facts = [fact("11-02", "inbound"), fact("11-03", "outbound"), fact("11-06", "outbound"),
             fact("11-06", "talked")]
    stage, shown = infer_stage(facts, now=NOW)
    assert (stage, shown.ref) == ("qualified", "11-06-talked@x")


@pytest.mark.parametrize("text,direction", [
    ("Олжас, спасибо за звонок! Зафиксировал: три склада, 12 пользователей, интеграция с 1С.",
     "out"),
    ("По итогам нашего созвона отправляю список вопросов к ИТ.", "out"),
    ("Thank you for the call this morning - as agreed, two sites and 30 users.", "out"),
    ("Following our conversation on Tuesday, we would like to see a demo.", "in"),
])
def test_a_letter_looking_back_on_a_conversation(text: str, direction: str) -> None:
    assert "talked" in kinds(text, direction)


@pytest.mark.parametrize("text", [
    "Спасибо за предложение, изучим и вернёмся.",
    "Thanks for the offer, we will review it internally.",
    "Давайте созвонимся в четверг по итогам вашего совещания?",
])
def test_no_conversation_looked_back_on(text: str) -> None:
    assert "talked" not in kinds(text, "in")


def test_terms_before_any_offer_do_not_make_a_negotiation() -> None:
    facts = [fact("11-02", "inbound"), fact("11-03", "terms"), fact("11-04", "outbound")]
    assert infer_stage(facts, now=NOW)[0] == "lead"


def test_a_new_offer_after_the_contract_draft_moves_the_deal_back_to_the_offer() -> None:
    base = [fact("11-02", "inbound"), fact("11-02", "outbound"), fact("11-05", "inbound"),
            fact("11-06", "proposal"), fact("11-09", "contract")]
    # The client sets the draft aside and asks for a smaller scope; the new offer goes out
    # in a letter of its own: the deal is back at the offer.
    requote = Evidence("2026-11-16T10:00:00+00:00", "proposal", "requote@x", "Revised offer")
    stage, shown = infer_stage(base + [fact("11-12", "inbound"), requote], now=NOW)
    assert (stage, shown.ref) == ("proposal", "requote@x")
    # The same letter's own bargaining words do not make it a negotiation; the client's do.
    same = Evidence(requote.at, "terms", requote.ref, "revised offer")
    assert infer_stage(base + [requote, same], now=NOW)[0] == "proposal"
    assert infer_stage(base + [requote, fact("11-18", "terms")], now=NOW)[0] == "negotiation"
    # A price sent with the contract itself (one letter) keeps the contract.
    with_draft = Evidence(requote.at, "contract", requote.ref, "draft")
    assert infer_stage(base + [requote, with_draft], now=NOW)[0] == "contract"


def test_an_extra_or_a_clause_priced_after_the_contract_draft_keeps_the_contract() -> None:
    def said(day: str, kind: str, quote: str, ref: str = "") -> Evidence:
        return Evidence(f"2026-{day}T11:00:00+00:00", kind, ref or f"{day}-{kind}-q@x", quote)

    base = [fact("11-02", "inbound"), fact("11-02", "outbound"), fact("11-05", "inbound"),
            said("11-06", "proposal", "Итого за пакет: 1 840 000 руб. с НДС."),
            fact("11-09", "outbound", "draft@x"), said("11-09", "contract", "Проект договора", "draft@x"),
            fact("11-12", "inbound")]
    # An extra priced well under the deal's sums (a projector for the hall, more passes): the
    # contract stands, in either language.
    for extra in ("Проектор в зал можем поставить — 36 000 руб. с НДС за оба дня.",
                  "Two more passes would be EUR 1,150 in total."):
        assert infer_stage(base + [said("11-16", "proposal", extra)], now=NOW)[0] == "contract"
    # The whole scope re-quoted still moves the deal back to the offer.
    requote = said("11-16", "proposal", "Пересчитали урезанный пакет: 1 150 000 руб. с НДС.")
    assert infer_stage(base + [requote], now=NOW)[0] == "proposal"
    # A price named for a clause of the draft (a cap answered in its protocol of
    # disagreements) keeps the contract, whatever its size; the same price with no clause
    # is a new offer.
    for clause in ("Clause 8: we can offer a cap of USD 1,500,000 per year.",
                   "По пункту 6.2 готовы на лимит 1 500 000 руб. в год."):
        assert infer_stage(base + [said("11-16", "proposal", clause)], now=NOW)[0] == "contract"
    bare = said("11-16", "proposal", "We can offer a cap of USD 1,500,000 per year.")
    assert infer_stage(base + [bare], now=NOW)[0] == "proposal"


def test_transliterated_document_names_are_read() -> None:
    assert "contract" in kinds("Добрый день!", "out", attachments=("Dogovor_postavki_v2.docx",))
    assert "proposal" in kinds("Добрый день!", "out", attachments=("KP_Lesnaya_LED.pdf",))
    assert "proposal" not in kinds("Добрый день!", "out", attachments=("Kpp_rekvizity.pdf",))


def test_a_decline_loses_the_deal_and_a_new_offer_reopens_it() -> None:
    facts = [fact("11-02", "inbound"), fact("11-03", "proposal"), fact("11-05", "lost")]
    assert infer_stage(facts, now=NOW)[0] == "lost"
    assert infer_stage(facts + [fact("11-10", "proposal")], now=NOW)[0] == "proposal"


def test_a_sale_after_an_offer_wins_and_a_sale_before_it_does_not() -> None:
    base = [fact("11-02", "inbound"), fact("11-03", "outbound")]
    assert infer_stage(base + [fact("11-04", "sale")], now=NOW)[0] == "lead"
    assert infer_stage(base + [fact("11-05", "proposal"), fact("11-09", "sale")],
                       now=NOW)[0] == "won"


def test_an_offer_the_client_stopped_answering_is_lost() -> None:
    offer = [fact("09-10", "inbound"), fact("09-11", "proposal"), fact("09-11", "outbound"),
             fact("10-01", "inbound")]
    chased = offer + [fact("10-15", "outbound"), fact("10-29", "outbound")]
    stage, shown = infer_stage(chased, now=NOW)
    # Our two follow-ups went unanswered for seven weeks: the silence is the decline.
    assert (stage, shown.ref) == ("lost", "10-29-outbound@x") and "2026-10-01" in shown.quote
    # One follow-up only, or a client who answered the last time, is still talking.
    assert infer_stage(offer + [fact("10-29", "outbound")], now=NOW)[0] == "proposal"
    assert infer_stage(chased + [fact("11-02", "inbound")], now=NOW)[0] == "proposal"
    # Not yet weeks of silence: the client may be away.
    recent = [fact("11-01", "inbound"), fact("11-02", "proposal"), fact("11-02", "outbound"),
              fact("11-09", "outbound"), fact("11-16", "outbound")]
    assert infer_stage(recent, now=NOW)[0] == "proposal"
    # Before any offer, nothing is lost by silence this way.
    lead = [fact("09-10", "inbound"), fact("09-11", "outbound"), fact("10-15", "outbound"),
            fact("10-29", "outbound")]
    assert infer_stage(lead, now=NOW)[0] == "lead"


def test_long_silence_is_lost_when_configured() -> None:
    facts = [fact("08-02", "inbound"), fact("08-03", "outbound"), fact("08-04", "proposal")]
    assert infer_stage(facts, now=NOW)[0] == "proposal"
    stage, shown = infer_stage(facts, now=NOW, lost_after_days=60)
    assert (stage, shown.ref) == ("lost", "08-03-outbound@x") and "2026-08-03" in shown.quote


# ------------------------------------------------------------------------------ meetings

def test_a_meeting_indexed_before_it_happened_is_the_contact_on_its_day(db, settings) -> None:  # type: ignore[no-untyped-def]
    world = World(db)
    # Stored while still ahead (no contact row), and the calendar never changes again.
    world.event(start=at("2026-11-23 10:00"), end=at("2026-11-23 11:00"),
                client_id=world.romashka, manager_id=world.anna)
    world.deal(client_id=world.romashka, manager_id=world.anna, created=at("2026-10-01 10:00"),
               next_contact=at("2026-11-23 10:00"))
    with clock.freeze(at("2026-11-24 12:00")):
        summary = run_rules(db, settings, registry=[missed_next_contact.rule], raise_errors=True)
    assert summary.get("missed_next_contact").opened == 0
    assert db.conn.execute("SELECT channel FROM contacts WHERE client_id = ?",
                           (world.romashka,)).fetchall() == [("meeting",)]


# ------------------------------------------------------------------------------ the fold

def signal(world: World, message: int, kind: str, when: Any, *, thread: int, side: str = "client",
           value: str = "", text: str = "") -> None:
    world.db["deal_signals"].insert({
        "message_id": message, "kind": kind, "side": side, "text": text or kind,
        "span_start": 0, "value": value, "at": clock.iso(when), "manager_id": world.anna,
        "client_id": world.romashka, "thread_id": thread})


def conversation(world: World) -> int:
    thread = world.thread(world.romashka)
    for when, direction in (("2026-11-16 10:00", "in"), ("2026-11-16 12:00", "out")):
        world.message(when=at(when), direction=direction, client_id=world.romashka,
                      manager_id=world.anna, thread_id=thread, text="Условия кредита")
    return thread


def folded(world: World, settings: Any, when: str) -> dict[str, Any]:
    from indexer.negotiations import fold_negotiations

    with clock.freeze(at(when)):
        fold_negotiations(world.db, settings)
    return world.only_deal()


@pytest.mark.parametrize("ask", [
    "Could you please quote 12 rooms for 3 nights in March, breakfast included?",
    "Просим рассчитать стоимость перевозки 20 тонн из Казани в Пермь.",
])
@pytest.mark.parametrize("source,deals", [("auto", 0), ("directory", 1)])
def test_a_correspondent_we_asked_for_a_price_is_a_supplier_not_a_client(
        db, settings, ask: str, source: str, deals: int) -> None:  # type: ignore[no-untyped-def]
    from indexer.negotiations import fold_negotiations

    world = World(db)
    db.conn.execute("UPDATE clients SET source = ? WHERE id = ?", (source, world.romashka))
    thread = world.thread(world.romashka)
    asked = world.message(when=at("2026-11-16 10:00"), direction="out", client_id=world.romashka,
                          manager_id=world.anna, thread_id=thread, text=ask)
    for found in detect_signals(ask, direction="out", ref_time=REF):
        signal(world, asked, found.kind, at("2026-11-16 10:00"), thread=thread, side="manager",
               text=found.text)
    world.message(when=at("2026-11-16 15:00"), direction="in", client_id=world.romashka,
                  manager_id=world.anna, thread_id=thread, text="Our offer is attached.")
    with clock.freeze(at("2026-11-20 10:00")):
        fold_negotiations(db, settings)
    # Not in the directory: the price we asked for makes it a supplier. In it: still a client.
    assert db.conn.execute("SELECT count(*) FROM deals").fetchone()[0] == deals


def test_a_thank_you_alone_makes_no_negotiation(db, settings) -> None:  # type: ignore[no-untyped-def]
    from indexer.negotiations import fold_negotiations

    world = World(db)
    thread = world.thread(world.romashka)
    world.message(when=at("2026-11-16 10:00"), direction="out", client_id=world.romashka,
                  manager_id=world.anna, thread_id=thread)
    thanks = world.message(when=at("2026-11-16 11:00"), direction="in", client_id=world.romashka,
                           manager_id=world.anna, thread_id=thread)
    signal(world, thanks, "thanks", at("2026-11-16 11:00"), thread=thread)
    with clock.freeze(at("2026-11-20 10:00")):
        assert fold_negotiations(db, settings).created == 0


def test_the_date_the_client_asked_for_is_the_next_contact(db, settings) -> None:  # type: ignore[no-untyped-def]
    world = World(db)
    thread = conversation(world)
    ask = world.message(when=at("2026-11-17 10:00"), direction="in", client_id=world.romashka,
                        manager_id=world.anna, thread_id=thread)
    signal(world, ask, "contact_date", at("2026-11-17 10:00"), thread=thread,
           value="2026-11-25T00:00:00+03:00")
    deal = folded(world, settings, "2026-11-20 10:00")
    assert (deal["next_contact_at"][:10], deal["next_contact_source"]) == ("2026-11-24",
                                                                          "client_request")
    # The second letter only sets up the call still ahead: the needs are talked through there.
    assert deal["stage"] == "lead" and deal["stage_source"] == "inferred"


@pytest.mark.parametrize("second,planned,stage", [
    # The client writes again after a call or meeting was named for a day still ahead: the
    # letter sets it up ("Tuesday is fine", «3-го в 12 жду»), the deal is a lead until then.
    ("2026-11-18 09:00", "2026-11-17 15:00", "lead"),
    # The client wrote its needs again before any contact was planned: it came back.
    ("2026-11-17 09:00", "2026-11-17 15:00", "qualified"),
])
def test_letters_that_set_up_a_contact_still_ahead_leave_a_lead_a_lead(
        db, settings, second: str, planned: str, stage: str) -> None:  # type: ignore[no-untyped-def]
    world = World(db)
    thread = conversation(world)
    proposed = world.message(when=at(planned), direction="out", client_id=world.romashka,
                             manager_id=world.anna, thread_id=thread)
    signal(world, proposed, "contact_date", at(planned), thread=thread, side="manager",
           value="2026-11-26T11:00:00+03:00")
    world.message(when=at(second), direction="in", client_id=world.romashka,
                  manager_id=world.anna, thread_id=thread)
    assert folded(world, settings, "2026-11-20 10:00")["stage"] == stage
    # Once the day has passed (the call held or not), the client's letters count again.
    assert folded(world, settings, "2026-11-27 10:00")["stage"] == "qualified"


def test_the_heads_dated_promise_in_the_managers_conversation_is_its_next_contact(
        db, settings) -> None:  # type: ignore[no-untyped-def]
    world = World(db)
    head = 1
    thread = conversation(world)
    # The client writes to the head about a bill; the head answers in the same conversation.
    world.message(when=at("2026-11-18 09:00"), direction="in", client_id=world.romashka,
                  manager_id=head, thread_id=thread, mailbox_id=1)
    answer = world.message(when=at("2026-11-18 11:00"), direction="out", client_id=world.romashka,
                           manager_id=head, thread_id=thread, mailbox_id=1)
    world.promise(message_id=answer, made=at("2026-11-18 11:00"), due=at("2026-11-24 23:59"),
                  action="send", client_id=world.romashka, manager_id=head, thread_id=thread,
                  text="Исправленный акт пришлём до 24 ноября.")
    deal = folded(world, settings, "2026-11-20 10:00")
    assert deal["manager_id"] == world.anna
    assert (deal["next_contact_at"][:10], deal["next_contact_source"]) == ("2026-11-24",
                                                                          "promise")


def test_a_meeting_set_right_after_the_asked_date_answers_the_request(db, settings) -> None:  # type: ignore[no-untyped-def]
    world = World(db)
    thread = conversation(world)
    ask = world.message(when=at("2026-11-17 10:00"), direction="in", client_id=world.romashka,
                        manager_id=world.anna, thread_id=thread)
    signal(world, ask, "contact_date", at("2026-11-17 10:00"), thread=thread,
           value="2026-11-25T00:00:00+03:00")
    world.event(start=at("2026-11-26 11:00"), end=at("2026-11-26 12:00"),
                client_id=world.romashka, manager_id=world.anna)
    deal = folded(world, settings, "2026-11-20 10:00")
    assert (deal["next_contact_at"], deal["next_contact_source"]) == (
        clock.iso(at("2026-11-26 11:00")), "calendar")


def test_a_stage_set_by_tag_is_kept_by_the_fold(db, settings) -> None:  # type: ignore[no-untyped-def]
    from dealtrail.deals import update_deal

    world = World(db)
    thread = conversation(world)
    deal = folded(world, settings, "2026-11-20 10:00")
    update_deal(db, deal["id"], {"stage": "contract"}, actor="anna@testbank.ru", source="tag",
                source_ref="tag@x")
    sent = world.message(when=at("2026-11-21 10:00"), direction="out", client_id=world.romashka,
                         manager_id=world.anna, thread_id=thread)
    signal(world, sent, "proposal", at("2026-11-21 10:00"), thread=thread, side="manager")
    deal = folded(world, settings, "2026-11-22 10:00")
    assert (deal["stage"], deal["stage_source"]) == ("contract", "tag")
    assert json.loads(deal["stage_evidence"])["message_id"] == "tag@x"


# ------------------------------------------------------------------------------ the demo

@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from demo import run as demo_run

    out = tmp_path_factory.mktemp("negotiations")
    result = demo_run.run_demo(out, quiet=True)
    truth = json.loads((result.out_dir / "ground_truth.json").read_text(encoding="utf-8"))
    conn = sqlite3.connect(result.database)
    conn.row_factory = sqlite3.Row
    yield {"out": result.out_dir, "truth": truth, "conn": conn}
    conn.close()


def test_the_demo_has_no_deal_file_and_still_lists_every_negotiation(demo) -> None:  # type: ignore[no-untyped-def]
    assert not (Path(demo["out"]) / "deals.csv").exists()
    assert "deals.csv" not in (Path(demo["out"]) / "dealtrail.toml").read_text(encoding="utf-8")
    conn = demo["conn"]
    deals = conn.execute("SELECT d.*, m.email FROM deals d JOIN managers m ON m.id = d.manager_id"
                         ).fetchall()
    assert len(deals) == len(demo["truth"]["negotiations"])
    assert all(d["external_id"] is None for d in deals)
    for d in deals:
        evidence = json.loads(d["stage_evidence"])
        ref = evidence.get("message_id") or evidence.get("ref")
        assert ref, d["id"]
        if evidence.get("kind") not in ("tag", "pane"):
            assert d["stage_source"] == "inferred" and evidence["quote"]
            assert conn.execute("SELECT 1 FROM messages WHERE message_id = ?", (ref,)).fetchone()


def test_the_demo_next_contacts_come_from_meetings_and_client_requests(demo) -> None:  # type: ignore[no-untyped-def]
    conn = demo["conn"]
    by_pair = {}
    for row in conn.execute(
            "SELECT c.key, c.name, m.email, m.timezone, d.next_contact_at, d.next_contact_source"
            " FROM deals d"
            " JOIN clients c ON c.id = d.client_id JOIN managers m ON m.id = d.manager_id"):
        client = row["key"].split(":", 1)[1] if row["key"].startswith("person:") else row["name"]
        by_pair[(client, row["email"])] = row
    planned = [n for n in demo["truth"]["negotiations"] if n["next_contact"]]
    assert len(planned) >= 10
    source = {"calendar": "meeting", "client_request": "client_request"}
    for n in planned:
        row = by_pair[(n["client"], n["manager"])]
        # The day is the manager's own day (the one the rules hold them to).
        tz = ZoneInfo(row["timezone"])
        day = clock.parse_iso(row["next_contact_at"]).astimezone(tz).date().isoformat()
        assert (day, source[row["next_contact_source"]]) == (
            n["next_contact"], n["next_contact_source"]), n


def test_a_close_date_moved_by_mail_is_in_the_history_and_slips(demo) -> None:  # type: ignore[no-untyped-def]
    conn = demo["conn"]
    [slipped] = demo["truth"]["slipped_deals"]
    changes = conn.execute(
        "SELECT h.old_value, h.new_value, h.source FROM deal_history h JOIN deals d"
        " ON d.id = h.deal_id JOIN client_domains cd ON cd.client_id = d.client_id"
        " WHERE cd.domain = ? AND h.field = 'expected_close' ORDER BY h.id",
        (slipped["client"],)).fetchall()
    assert [tuple(c) for c in changes] == [(None, "2026-11-30", "inference"),
                                           ("2026-11-30", "2027-01-31", "inference")]


def test_folding_again_changes_nothing(demo) -> None:  # type: ignore[no-untyped-def]
    from dealtrail import config
    from dealtrail.store import open_db
    from demo.generate import AS_OF
    from indexer.negotiations import fold_negotiations

    settings = config.load(Path(demo["out"]) / "dealtrail.toml")
    db = open_db(Path(demo["out"]) / "dealtrail.db")
    try:
        with clock.freeze(AS_OF):
            fold_negotiations(db, settings)            # the tags applied after the first fold
            again = fold_negotiations(db, settings)
        assert (again.created, again.changed) == (0, 0)
    finally:
        db.conn.close()


def test_the_fold_links_promises_to_their_deal_by_their_ids(demo) -> None:  # type: ignore[no-untyped-def]
    # Linking a deal's promises read every promise not yet in a deal through an index on
    # deal_id (SQLite's choice for "deal_id IS NULL"): ~1 ms a deal, half the fold's time
    # on 10,000 messages. Each link must look the promises up by their ids.
    from dealtrail import config
    from dealtrail.store import open_db
    from demo.generate import AS_OF
    from indexer.negotiations import fold_negotiations

    settings = config.load(Path(demo["out"]) / "dealtrail.toml")
    db = open_db(Path(demo["out"]) / "dealtrail.db")
    statements: list[str] = []
    try:
        db.conn.set_trace_callback(statements.append)
        with clock.freeze(AS_OF):
            fold_negotiations(db, settings)
        db.conn.set_trace_callback(None)
        links = [s for s in statements if s.startswith("UPDATE promises SET deal_id")]
        assert links
        for sql in links:
            # SQLite takes the index once four ids or more are listed: a deal of ten promises
            wide = re.sub(r"IN \([^)]*\)", "IN (" + ",".join(map(str, range(1, 11))) + ")", sql)
            plan = " ".join(r[-1] for r in db.conn.execute("EXPLAIN QUERY PLAN " + wide))
            assert "INTEGER PRIMARY KEY" in plan and "promises_deal_text" not in plan, plan
    finally:
        db.conn.close()


# ------------------------------------------------------------------------------ the close tag

def test_the_close_tag_reads_the_last_day_of_what_was_named() -> None:
    from indexer.tags import parse

    parsed = parse("#close end of quarter", REF)
    assert not parsed.problems
    assert [(c.tag, c.value) for c in parsed.commands] == [("close", "2026-12-31")]
    assert parse("#закрытие 20 декабря", REF).commands[0].value == "2026-12-20"


def test_the_negotiations_report_shows_stage_evidence_and_what_was_agreed(demo) -> None:  # type: ignore[no-untyped-def]
    from dealtrail import config
    from dealtrail.store import open_db
    from demo.generate import AS_OF
    from reports.pipeline import deal_details, negotiations

    settings = config.load(Path(demo["out"]) / "dealtrail.toml")
    db = open_db(Path(demo["out"]) / "dealtrail.db")
    try:
        rows = negotiations(db, settings, as_of=AS_OF, detail=True)
    finally:
        db.conn.close()
    assert rows and all(r["stage_evidence"] for r in rows)
    for r in rows:
        made = [a["made_at"] for a in r["agreed"]]
        assert made == sorted(made, reverse=True)
    # Both sides' commitments, over every deal (other tests here fold the demo again later
    # in time, which may close the deal that holds the client's).
    db = open_db(Path(demo["out"]) / "dealtrail.db")
    try:
        everything = deal_details(db, [r[0] for r in db.conn.execute("SELECT id FROM deals")])
    finally:
        db.conn.close()
    sides = {a["side"] for found in everything.values() for a in found["agreed"]}
    assert sides == {"manager", "client"}


# ------------------------------------------------------------------- who is a negotiation

def test_a_directory_client_writing_to_its_owner_is_a_lead_before_any_answer(db, settings) -> None:  # type: ignore[no-untyped-def]
    from indexer.negotiations import fold_negotiations

    world = World(db)
    # Berlin Steel (Ben's) writes to Anna, who does not own it: no answer, no negotiation.
    other = world.thread(world.steel)
    world.message(when=at("2026-11-16 09:00"), direction="in", client_id=world.steel,
                  manager_id=world.anna, thread_id=other, text="Need a quote for a guarantee.")
    thread = world.thread(world.romashka)
    world.message(when=at("2026-11-17 09:00"), direction="in", client_id=world.romashka,
                  manager_id=world.anna, thread_id=thread, text="Просим рассчитать лизинг.")
    with clock.freeze(at("2026-11-18 10:00")):
        assert fold_negotiations(db, settings).created == 1
    rows = db.conn.execute("SELECT client_id, manager_id, stage FROM deals").fetchall()
    assert rows == [(world.romashka, world.anna, "lead")]


def test_a_call_back_answers_a_first_message_and_the_clients_own_call_qualifies(db, settings) -> None:  # type: ignore[no-untyped-def]
    world = World(db)
    thread = world.thread(world.romashka)
    world.message(when=at("2026-11-16 10:00"), direction="in", client_id=world.romashka,
                  manager_id=world.anna, thread_id=thread, text="Нужен расчёт, перезвоните.")

    def call(when: str, direction: str) -> None:
        ident = db["calls"].insert({
            "key": f"test:{when}", "manager_id": world.anna, "client_id": world.romashka,
            "direction": direction, "at": clock.iso(at(when)), "source": "import",
            "created_at": clock.iso(at(when))}).last_pk
        db["contacts"].insert({"key": f"call:{ident}", "manager_id": world.anna,
                               "client_id": world.romashka, "at": clock.iso(at(when)),
                               "channel": "call", "call_id": ident})

    call("2026-11-16 15:00", "out")
    assert folded(world, settings, "2026-11-17 10:00")["stage"] == "lead"
    call("2026-11-18 11:00", "in")
    assert folded(world, settings, "2026-11-18 12:00")["stage"] == "qualified"


# ------------------------------------------------------- cues read near their trigger words

FILLER = "Коллеги из казначейства уточнят детали по графику платежей позже. " * 12


@pytest.mark.parametrize("text,kind", [
    (FILLER + "Направляю коммерческое предложение по лизингу оборудования.", "proposal"),
    ("We would like to move on. " + "Our team reviewed the figures twice. " * 15
     + "Unfortunately we decided to go with another supplier.", "lost"),
    (FILLER + "Можете снизить ставку до 14%?" + FILLER, "terms"),
])
def test_a_cue_deep_in_a_long_letter_is_found(text: str, kind: str) -> None:
    direction = "out" if kind == "proposal" else "in"
    assert kind in kinds(text, direction)


def test_a_word_that_only_starts_like_a_cue_is_not_one_at_the_end_of_a_long_letter() -> None:
    # "offer" in "offering" must not match "offer\b" because the read stretch ends inside it.
    text = "Our treasury will confirm the schedule later. " * 8 + "Please find attached our offering"
    assert "proposal" not in kinds(text, "out")
    assert "proposal" in kinds(text.replace("our offering", "our offer"), "out")


@pytest.mark.parametrize("text,day", [
    ("Спасибо за встречу на прошлой неделе, созвонимся в четверг.", "2026-11-19"),
    ("Thanks for last week's call; let's talk next Tuesday.", "2026-11-24"),
    ("Last week you suggested we meet on 14 January.", "2027-01-14"),
])
def test_a_period_in_the_past_leaves_the_dates_ahead_in_the_sentence(text: str, day: str) -> None:
    assert kinds(text)["contact_date"][:10] == day


def test_a_meeting_last_week_is_no_date_to_contact() -> None:
    assert "contact_date" not in kinds("Thanks for the meeting last week, it was useful.")
    assert "contact_date" not in kinds("Спасибо за встречу на прошлой неделе, было полезно.")


@pytest.mark.parametrize("first,second,source", [
    ("client", "manager", "client_request"),     # "call me on Tuesday" - "I will, on Tuesday"
    ("manager", "client", "promise"),            # "shall we talk on Tuesday?" - "Tuesday suits"
])
def test_on_one_day_whoever_named_it_first_is_the_source(db, settings, first: str, second: str,
                                                         source: str) -> None:  # type: ignore[no-untyped-def]
    world = World(db)
    thread = conversation(world)
    for when, side in (("2026-11-17 10:00", first), ("2026-11-17 15:00", second)):
        sent = world.message(when=at(when), direction="in" if side == "client" else "out",
                             client_id=world.romashka, manager_id=world.anna, thread_id=thread)
        signal(world, sent, "contact_date", at(when), thread=thread, side=side,
               value="2026-11-24T00:00:00+03:00")
    deal = folded(world, settings, "2026-11-18 10:00")
    assert (deal["next_contact_at"][:10], deal["next_contact_source"]) == ("2026-11-23", source)


def test_a_sale_once_the_needs_are_understood_wins_without_an_offer_in_the_mail() -> None:
    # The price was given on a call; the mail never shows an offer, the booked sale does.
    facts = [fact("11-02", "inbound"), fact("11-02", "outbound"), fact("11-04", "call_in"),
             fact("11-06", "sale")]
    stage, shown = infer_stage(facts, now=NOW)
    assert (stage, shown.kind) == ("won", "sale")
    # Right after a first contact, a sale is other business: the deal stays a lead.
    assert infer_stage([facts[0], facts[1], facts[3]], now=NOW)[0] == "lead"


# ---------------------------------------------------- prices, payments and declines by class

@pytest.mark.parametrize("text", [
    "The rate will be EUR 1,800 per truck, valid until the end of the month.",
    "Ставка на рейс Казань – Пермь будет 180 тыс. руб., действует до конца недели.",
    "Фрахт до Владивостока — 2 300 USD за единицу.",
])
def test_a_rate_stated_in_any_tense_is_an_offer(text: str) -> None:
    assert "proposal" in kinds(text, "out")


def test_a_promise_to_send_prices_later_is_no_offer_yet() -> None:
    assert "proposal" not in kinds("I will send you the price for 3 routes by Friday.", "out")


@pytest.mark.parametrize("text", [
    "Счёт оплатили сегодня утром, спасибо.",
    "Оплатили, платёжное поручение прикладываю.",
    "Бухгалтерия оплатила счёт № 45 сегодня.",
])
def test_the_client_reporting_a_payment_has_won(text: str) -> None:
    assert "won" in kinds(text)


def test_a_payment_not_yet_made_is_not_won() -> None:
    assert "won" not in kinds("Мы ещё не оплатили, ждём согласования бюджета.")


def test_a_payment_order_sent_with_the_message_is_won_and_one_only_named_is_not() -> None:
    text = "Добрый день, платёжка за первую партию во вложении."
    assert "won" in kinds(text, attachments=["pp_118.pdf"])
    assert "won" in kinds("Payment confirmation attached.", attachments=["confirmation.pdf"])
    assert "won" not in kinds(text)
    assert "won" not in kinds("Платёжное поручение отправим завтра.", attachments=["scan.pdf"])


@pytest.mark.parametrize("text,direction", [
    ("After some thought we will proceed with another carrier this season.", "in"),
    ("Thanks for the quote, but we picked a different contractor.", "in"),
    ("Для нас это направление пока не актуально.", "in"),
    ("Понял вас, раз поставка сейчас не актуальна, вернёмся к ней весной.", "out"),
])
def test_declines_written_by_either_side(text: str, direction: str) -> None:
    assert "lost" in kinds(text, direction)


@pytest.mark.parametrize("text", [
    "Подскажите, если вопрос уже не актуален, я закрою заявку?",
    "If the offer is no longer relevant for you, just let me know.",
])
def test_asking_whether_the_deal_still_stands_is_no_decline(text: str) -> None:
    assert "lost" not in kinds(text, "out")


@pytest.mark.parametrize("text", [
    "Созвонимся в четверг после обеда, обсудим маршрут.",
    "Обсудим график отгрузок на следующей неделе.",
])
def test_a_call_or_talk_planned_together_is_a_next_contact_not_a_client_commitment(text: str) -> None:
    found = kinds(text)
    assert "contact_date" in found and "commitment" not in found


@pytest.mark.parametrize("text,commitment", [
    ("Давай 10 декабря встретимся на площадке, посмотрим зал и рассадку.", False),
    ("Let's meet on 10 December at the venue to walk through the seating.", False),
    ("Подписанный договор пришлём до 10 декабря.", True),
])
def test_a_meeting_planned_together_is_no_client_commitment_in_the_indexed_message(
        tmp_path: Path, text: str, commitment: bool) -> None:
    from indexer.analyze import AnalyzeContext, analyze
    from indexer.parse import parse_message
    from indexer.runner import one_shot_settings

    owner = "ivanov@bank.ru"
    ctx = AnalyzeContext.for_mailbox(one_shot_settings(owner, tmp_path), owner)
    raw = (f"From: cfo@client-firm.ru\nTo: {owner}\nSubject: Venue\n"
           "Date: Mon, 16 Nov 2026 10:00:00 +0300\nMessage-ID: <v1@client-firm.ru>\n"
           "Content-Type: text/plain; charset=utf-8\n\n" + text + "\n").encode()
    found = analyze(parse_message(raw, "5:1"), ctx).signals
    assert any(s.kind == "commitment" for s in found) is commitment


@pytest.mark.parametrize("seen", ["cc", "to", "meeting", None])
def test_the_other_side_of_a_clients_deal_is_no_client_of_its_own(
        db, settings, seen: str | None) -> None:  # type: ignore[no-untyped-def]
    from indexer.negotiations import fold_negotiations

    world = World(db)
    other = "wei@hengyu-machinery.cn"
    db["clients"].insert({"id": 30, "name": "hengyu-machinery.cn", "owner_email": "",
                          "key": "domain:hengyu-machinery.cn", "source": "auto",
                          "created_at": clock.iso(at("2026-11-01 09:00"))})
    # The client's own conversation, with its supplier on it (or not at all).
    thread = world.thread(world.romashka)
    asked = world.message(when=at("2026-11-02 10:00"), direction="in", client_id=world.romashka,
                          manager_id=world.anna, thread_id=thread, text="Нужен аккредитив")
    world.message(when=at("2026-11-02 12:00"), direction="out", client_id=world.romashka,
                  manager_id=world.anna, thread_id=thread, text="Пришлите контракт")
    if seen in ("cc", "to"):
        db.conn.execute(f"UPDATE messages SET {seen}_addrs = ? WHERE id = ?",
                        (json.dumps(["anna@testbank.ru", other] if seen == "to" else [other]),
                         asked))
    elif seen == "meeting":
        world.event(start=at("2026-11-05 10:00"), end=at("2026-11-05 11:00"),
                    client_id=world.romashka, manager_id=world.anna)
        db.conn.execute("UPDATE events SET attendees = ? WHERE client_id = ?",
                        (json.dumps(["client@romashka.ru", other]), world.romashka))
    # Later the supplier writes to the manager about the client's letter of credit.
    own = world.thread(30)
    wrote = world.message(when=at("2026-11-16 10:00"), direction="in", client_id=30,
                          manager_id=world.anna, thread_id=own,
                          text="Could you amend the LC to accept a copy of the B/L?")
    db.conn.execute("UPDATE messages SET from_addr = ? WHERE id = ?", (other, wrote))
    world.message(when=at("2026-11-16 12:00"), direction="out", client_id=30,
                  manager_id=world.anna, thread_id=own,
                  text="Amendments only on the applicant's instruction.")
    with clock.freeze(at("2026-11-20 10:00")):
        fold_negotiations(db, settings)
    clients = {r[0] for r in db.conn.execute("SELECT client_id FROM deals")}
    # Seen on the client's letters or meetings first: its counterparty. Never seen: a client.
    assert clients == ({world.romashka} if seen else {world.romashka, 30})


@pytest.mark.parametrize("text", [
    "Бюджет на этот год закрыт, вернёмся к вопросу в следующем году.",
    "Давайте вернёмся к этому разговору в первом квартале.",
    "Let's revisit the project next year, once the new plant is running.",
    "We'll talk again in the first quarter.",
])
def test_a_year_or_a_quarter_with_no_month_is_a_pause_not_a_contact(text: str) -> None:
    assert "contact_date" not in kinds(text)


@pytest.mark.parametrize("ours,stage", [
    # Our answer to the client's bargaining is an offer bargained over, though the first offer
    # went out in words no signal read ...
    ("Ставку дадим 1,7, дешевле не сможем.", "negotiation"),
    ("Это наш минимум по тарифу.", "negotiation"),
    ("Please find our improved offer below.", "negotiation"),
    ("We can't go any lower on the monthly fee.", "negotiation"),
    # ... our own talk of terms that answers no bargaining is not.
    ("Важно, чтобы в договоре не было штрафов за досрочный выкуп.", "qualified"),
])
def test_our_answer_to_bargaining_with_no_offer_read_is_bargaining(ours: str, stage: str) -> None:
    facts = [fact("11-02", "inbound"), fact("11-03", "outbound"), fact("11-05", "inbound"),
             fact("11-06", "outbound", "answer@x"), Evidence(
                 "2026-11-06T10:00:00+00:00", "terms", "answer@x", ours)]
    assert infer_stage(facts, now=NOW)[0] == stage


# ------------------------------------------- one answer to "who owns it" and "was it held"

@pytest.mark.parametrize("owner", [" Anna@TestBank.ru ", "ANNA@testbank.ru\t"])
def test_the_owner_the_directory_names_in_any_case_and_spacing_is_the_owner_here_too(
        db, settings, owner: str) -> None:  # type: ignore[no-untyped-def]
    """The fold reads a client's owner as the rules and the pane do (dealtrail/access.py):
    a client whose directory entry spells its owner with capitals or spaces writing once to
    that owner is a lead, as it is for an owner spelled plainly."""
    from dealtrail import access
    from indexer.negotiations import fold_negotiations

    world = World(db)
    db.conn.execute("UPDATE clients SET owner_email = ? WHERE id = ?", (owner, world.romashka))
    assert db.conn.execute(f"SELECT {access.client_owner_sql('?')}",
                           (world.romashka,)).fetchone()[0] == world.anna
    assert access.owns_client({"role": "manager", "email": "anna@testbank.ru"}, owner)
    thread = world.thread(world.romashka)
    world.message(when=at("2026-11-17 09:00"), direction="in", client_id=world.romashka,
                  manager_id=world.anna, thread_id=thread, text="Просим рассчитать лизинг.")
    with clock.freeze(at("2026-11-18 10:00")):
        assert fold_negotiations(db, settings).created == 1


def test_the_fold_follows_the_one_place_that_names_a_clients_owner(db, settings, monkeypatch
                                                                   ) -> None:  # type: ignore[no-untyped-def]
    """Change the one answer (the owner is nobody) and the fold follows it: a one-way letter
    from a listed client is no negotiation then (negative: the same letter made one above)."""
    from dealtrail import access
    from indexer.negotiations import fold_negotiations

    monkeypatch.setattr(access, "client_owner_sql", lambda client: "NULL")
    world = World(db)
    thread = world.thread(world.romashka)
    world.message(when=at("2026-11-17 09:00"), direction="in", client_id=world.romashka,
                  manager_id=world.anna, thread_id=thread, text="Need a leasing quote, please.")
    with clock.freeze(at("2026-11-18 10:00")):
        assert fold_negotiations(db, settings).created == 0


def test_the_fold_counts_the_meetings_the_one_held_rule_counts(db, settings, monkeypatch
                                                               ) -> None:  # type: ignore[no-untyped-def]
    """The fold reads "was a meeting held" from dealtrail/contacts.py: a rule that counts
    cancelled meetings too makes the fold see a cancelled one; the plain rule does not."""
    from dealtrail import contacts
    from indexer.negotiations import fold_negotiations

    world = World(db)
    world.event(start=at("2026-11-16 10:00"), end=at("2026-11-16 11:00"), client_id=world.steel,
                manager_id=world.ben, status="cancelled")
    with clock.freeze(at("2026-11-18 10:00")):
        assert fold_negotiations(db, settings).created == 0
    monkeypatch.setattr(contacts, "held_sql",
                        lambda alias="e": f"{alias + '.' if alias else ''}deleted = 0")
    with clock.freeze(at("2026-11-18 10:00")):
        assert fold_negotiations(db, settings).created == 1


# ------------------------------------- an intermediary's deal, made before it was known

def test_an_intermediarys_open_deal_is_voided_with_its_evidence_and_kept(db, settings
                                                                         ) -> None:  # type: ignore[no-untyped-def]
    """A deal the fold made for a client later shown to be a broker («мой клиент берёт оба»,
    "we act for our client") is no negotiation: the next fold voids it, keeps the row and
    writes in its history the letter that showed the broker. A deal a person touched (a
    tag), a won deal and a plain client's deal stay as they are."""
    from indexer.negotiations import fold_negotiations

    world = World(db)
    made = at("2026-11-10 10:00")
    inferred = world.deal(client_id=world.steel, manager_id=world.ben, created=made)
    tagged = world.deal(client_id=world.steel, manager_id=world.ben, created=made,
                        title="Leasing")
    won = world.deal(client_id=world.steel, manager_id=world.ben, created=made, status="won",
                     title="Deposit")
    plain = world.deal(client_id=world.romashka, manager_id=world.anna, created=made)
    db["deal_history"].insert({"deal_id": tagged, "at": clock.iso(made), "actor_email":
                               "ben@testbank.ru", "source": "tag", "source_ref": "<t@x>",
                               "field": "stage", "old_value": "lead", "new_value": "proposal"})
    db.conn.execute("UPDATE clients SET kind = 'intermediary', kind_source = 'inferred',"
                    " kind_evidence = ? WHERE id = ?",
                    (json.dumps({"message_id": "<broker@steel.de>", "quote": "Мой клиент берёт оба"},
                                ensure_ascii=False), world.steel))
    with clock.freeze(at("2026-11-18 10:00")):
        fold_negotiations(db, settings)
        fold_negotiations(db, settings)            # once: the second run finds nothing to do
    status = dict(db.conn.execute("SELECT id, status FROM deals").fetchall())
    assert status == {inferred: "void", tagged: "open", won: "won", plain: "open"}
    history = db.conn.execute("SELECT source, source_ref, old_value, new_value FROM deal_history"
                              " WHERE deal_id = ? AND field = 'status'", (inferred,)).fetchall()
    assert history == [("inference", "<broker@steel.de>", "open", "void")]


def test_a_listed_intermediarys_deal_is_voided_on_the_directorys_word(db, settings) -> None:  # type: ignore[no-untyped-def]
    from indexer.negotiations import fold_negotiations

    world = World(db)
    deal = world.deal(client_id=world.steel, manager_id=world.ben, created=at("2026-11-10 10:00"))
    db.conn.execute("UPDATE clients SET kind = 'intermediary', kind_source = 'directory'"
                    " WHERE id = ?", (world.steel,))
    with clock.freeze(at("2026-11-18 10:00")):
        fold_negotiations(db, settings)
    assert db.conn.execute("SELECT status FROM deals WHERE id = ?", (deal,)).fetchone() == ("void",)
    assert db.conn.execute("SELECT source_ref FROM deal_history WHERE deal_id = ?",
                           (deal,)).fetchall() == [("directory",)]


@pytest.mark.parametrize("text,lost", [
    # The client stays with its provider, a word or two before «остаться», or one it names.
    ("Правление решило всё-таки остаться с нынешним банком.", True),
    ("Партнёры решили пока остаться с прежним туроператором.", True),
    ("Благодарим, остаёмся в Альфа-Банке.", True),
    ("Пока останемся у «Ромашки», спасибо за предложение.", True),
    ("We'll stick with Barclays for now, thanks.", True),
    ("Thank you, we will stay with our current agency.", True),
    ("Остаёмся на связи, спасибо.", False),
    ("Останемся в Казани до вторника, билеты уже есть.", False),
    ("Мы остаёмся с вами, спасибо!", False),
    ("We will stay with the Hilton in Dubai for three nights.", False),
    ("Решили пока остаться на связи и вернуться к теме весной.", False),
    ("По оформлению мы, пожалуй, в итоге всё-таки остаёмся у «Классики».", False),
])
def test_the_client_staying_with_its_provider_is_a_decline(text: str, lost: bool) -> None:
    assert ("lost" in kinds(text, "in")) is lost


@pytest.mark.parametrize("text,lost", [
    # The offer turned down with the work kept for the client itself.
    ("Нет, спасибо, забронируем сами.", True),
    ("Спасибо, не нужно. Сами организуем.", True),
    ("Не надо, справимся сами.", True),
    ("No thanks, we'll arrange it ourselves.", True),
    ("Thanks, but we will book the venue ourselves.", True),
    ("Сами приедем к вам в офис в четверг.", False),
    ("Нет, сами приедем за документами в пятницу.", False),
    ("We will book the tickets ourselves once you confirm the hotel.", False),
])
def test_the_client_doing_it_itself_is_a_decline(text: str, lost: bool) -> None:
    assert ("lost" in kinds(text, "in")) is lost


@pytest.mark.parametrize("text,lost", [
    # The event or the order itself called off; a meeting or a call cancelled is moved.
    ("Банкет 14.12 придётся отменить, простите.", True),
    ("Увы, выездную сессию вынуждены отменить.", True),
    ("Решили отменить поездку в Сочи, руководство против.", True),
    ("We have to cancel the offsite, sorry.", True),
    ("Sadly we had to cancel this year's conference.", True),
    ("Встречу придётся отменить, давайте перенесём на пятницу.", False),
    ("We have to cancel Tuesday's call, can we do Wednesday?", False),
    ("Поездку в Казань придётся перенести на январь.", False),
])
def test_the_event_called_off_is_a_decline(text: str, lost: bool) -> None:
    assert ("lost" in kinds(text, "in")) is lost


@pytest.mark.parametrize("text,lost", [
    # Our side turns the client down: the deal itself refused, not a term of it.
    ("К сожалению, банк пока не готов предоставить лимит.", True),
    ("По итогам рассмотрения в выдаче гарантии отказано.", True),
    ("Кредитный комитет заявку не одобрил, причины ниже.", True),
    ("Unfortunately the credit committee declined the application.", True),
    ("We are unable to approve the loan at this time.", True),
    ("Банк не готов снизить ставку ниже 18 %.", False),
    ("Если комитет не одобрит, предложим другой вариант.", False),
    ("We are unable to offer a lower rate, 2.1% is our floor.", False),
    ("Мы не сможем выдать гарантию в этом месяце, комитет переносится.", False),
])
def test_our_side_turning_the_client_down_is_a_decline(text: str, lost: bool) -> None:
    assert ("lost" in kinds(text, "out")) is lost


@pytest.mark.parametrize("text,paper", [
    # A termination agreement with the sums it settles is neither a contract nor an offer.
    ("Направляю соглашение о расторжении договора с возвратом аванса 120 000 руб., "
     "подпишите, пожалуйста.", False),
    ("Attached is the termination agreement: the deposit of USD 4,500 is credited to your "
     "next event.", False),
    ("Направляю проект договора на банкет: 158 000 руб., подпишите, пожалуйста.", True),
    ("Please find attached the draft agreement for your signature, USD 12,400 in total.", True),
])
def test_a_termination_agreement_is_no_contract_and_no_offer(text: str, paper: bool) -> None:
    found = kinds(text, "out")
    assert ("contract" in found or "proposal" in found) is paper


def test_a_termination_after_the_client_called_off_keeps_the_deal_lost() -> None:
    facts = [Evidence("2026-11-02T09:00:00+00:00", "proposal", "a", "КП 150 000 руб."),
             Evidence("2026-11-05T09:00:00+00:00", "contract", "b", "проект договора"),
             Evidence("2026-11-20T09:00:00+00:00", "lost", "c", "банкет придётся отменить")]
    text = "Направляю соглашение о расторжении договора с зачётом аванса 50 000 руб."
    for s in detect_signals(text, direction="out", ref_time=REF):
        facts.append(Evidence("2026-11-24T09:00:00+00:00", s.kind, "d", s.text))
    found = infer_stage(facts, now=REF)
    assert found is not None and found[0] == "lost"


@pytest.mark.parametrize("text,contract", [
    # An application form or a power of attorney sent beside a draft named leaves it a draft.
    ("Проект договора на инкассацию и заявление на обслуживание — во вложении.", True),
    ("Проект договора и доверенность на подписанта направляю во вложении.", True),
    ("The draft agreement and the application form are attached.", True),
    ("Заявление на подключение — во вложении, договор присоединения на сайте.", False),
    ("Форма заявления о присоединении к договору — во вложении.", False),
    ("Проект договора пока откладываем, заявление пришлю позже.", False),
])
def test_a_draft_sent_with_an_application_form_is_a_contract(text: str, contract: bool) -> None:
    assert ("contract" in kinds(text, "out")) is contract


@pytest.mark.parametrize("text,terms", [
    # Another's terms asked to be matched after a rival's figure.
    ("Райффайзен даёт 14,9% на полгода. Можете повторить?", True),
    ("Альфа предложила 1,6% за эквайринг — сможете повторить эти условия?", True),
    ("A competitor quoted USD 41,000 for the same scope — could you match it?", True),
    ("Не открывается ссылка, можете повторить ссылку?", False),
    ("Can you match the invoice number to the shipment?", False),
])
def test_a_rival_offer_asked_to_be_matched_is_bargaining(text: str, terms: bool) -> None:
    assert ("terms" in kinds(text, "in")) is terms


@pytest.mark.parametrize("text,yes", [
    # The figure or the terms taken as offered.
    ("Хорошо, 16,4 принимается, готовьте документы.", True),
    ("Ставка принимается, ждём договор.", True),
    ("Условия принимаем, присылайте проект.", True),
    ("Fine — we accept 2.9% for the three years.", True),
    ("Ваше предложение принимается к рассмотрению, ответим до пятницы.", False),
    ("Предложение принимаем к сведению.", False),
    ("Мы не принимаем условия с предоплатой 100%.", False),
    ("Your offer is accepted for review by our committee.", False),
    ("Документы принимаются только в оригинале.", False),
])
def test_a_figure_taken_as_offered_is_a_yes(text: str, yes: bool) -> None:
    assert ("accepted" in kinds(text, "in")) is yes
