"""Stage evidence by class: what kind of evidence moves a negotiation, in other wording."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from indexer.deal_signals import detect_signals

REF = datetime(2026, 11, 16, 10, 0, tzinfo=ZoneInfo("Europe/Moscow"))   # a Monday


def kinds(text: str, direction: str = "out", subject: str = "") -> set[str]:
    return {s.kind for s in detect_signals(text, direction=direction, ref_time=REF,
                                           subject=subject)}


@pytest.mark.parametrize("text", [
    "Добрый день!\nПредложение банка:\n— открытие счёта бесплатно;\n"
    "— переводы в юанях: 120 CNY за платёж;\n— конвертация: 0,4 % к курсу ЦБ.\n"
    "Пакет документов пришлю в понедельник.",
    "Добрый день!\nНаше предложение, с учётом вчерашнего разговора:\n\n— лизинг 3 тягачей, "
    "41,2 млн\n— аванс 20 %\nЖду обратной связи.",
    "Dear Ms Lee,\nThanks for the call. Our offer:\n- accounts in AED and USD, opened remotely\n"
    "- outgoing transfers: USD 25 each\n- FX: 0.25% over our rate\nBest regards",
    "Dear Ms Lee,\nOur offer, through our partner insurer:\n\n- all risks incl. transport\n"
    "- about GBP 14.5 thousand a year\n\nLet me know.",
])
def test_an_offer_headed_on_its_own_line_then_its_figures_below_is_an_offer(text: str) -> None:
    assert "proposal" in kinds(text)


@pytest.mark.parametrize("subject,text", [
    ("Коммерческое предложение — самосвалы Shacman",
     "Четыре самосвала, 28,6 млн, аванс 15 %, 36 мес., КАСКО включено."),
    ("Quotation - cold store racking, Jebel Ali",
     "Two rows of drive-in racking, 14 bays, EUR 46,200 installed, six weeks from order."),
])
def test_a_new_letter_whose_subject_names_the_offer_and_whose_body_has_the_sum_is_an_offer(
        subject: str, text: str) -> None:
    assert "proposal" in kinds(text, subject=subject)
    # A reply in the thread of an offer is not a new offer by its subject alone.
    assert "proposal" not in kinds(text, subject="RE: " + subject)
    # Nor is the client's own letter.
    assert "proposal" not in kinds(text, "in", subject=subject)


@pytest.mark.parametrize("subject,text", [
    ("Предложение по встрече", "Давайте встретимся 24-го, у нас в 11:00, зал 2."),
    ("Our terms - invoice", "Invoice No. 4471 for USD 8,200 is attached, due in 30 days."),
])
def test_a_subject_naming_an_offer_with_no_sum_or_with_a_bill_is_no_offer(
        subject: str, text: str) -> None:
    assert "proposal" not in kinds(text, subject=subject)


@pytest.mark.parametrize("text_names,contract_in", [(None, "deposit"), ("deposit", "deposit"),
                                                   ("credit", "credit")])
def test_a_conversation_whose_subject_names_no_product_goes_on_where_the_talk_stood(
        db, settings, text_names: str | None, contract_in: str) -> None:  # type: ignore[no-untyped-def]
    # The loan was talked about first, the deposit after; then a new thread «Проект
    # соглашения» with the draft. It is the deposit's (the talk opened last before it),
    # unless its letters name the loan.
    from dealtrail import clock
    from indexer.negotiations import fold_negotiations
    from tests.test_next_contact import _deals_by_product, _two_products
    from tests.test_rules_world import World, at

    world = World(db)
    _two_products(world)
    thread = world.thread(world.romashka, subject="Проект соглашения")
    sent = world.message(when=at("2026-11-12 10:00"), direction="out", client_id=world.romashka,
                         manager_id=world.anna, thread_id=thread, text="Проект во вложении.")
    for kind, value, start in (("contract", "", 0), ("product", text_names, 5)):
        if value is None and kind == "product":
            continue
        world.db["deal_signals"].insert({
            "message_id": sent, "kind": kind, "side": "manager", "text": "Проект во вложении.",
            "span_start": start, "value": value or "", "at": clock.iso(at("2026-11-12 10:00")),
            "manager_id": world.anna, "client_id": world.romashka, "thread_id": thread})
    with clock.freeze(at("2026-11-16 10:00")):
        fold_negotiations(world.db, settings)
    stages = {code: deal["stage"] for code, deal in _deals_by_product(world).items()}
    assert stages[contract_in] == "contract"
    assert stages[{"credit": "deposit", "deposit": "credit"}[contract_in]] != "contract"


@pytest.mark.parametrize("text,lost", [
    # The client keeps the work itself, or stays with its own provider: a decline.
    ("We have decided to handle the bookkeeping in-house after all.", True),
    ("Keep it in-house for now, the board said; sorry for the trouble.", True),
    ("For now we will stay with our usual forwarder, sorry.", True),
    ("Посчитали ещё раз — сделаем своими силами, спасибо.", True),
    ("Решили, что справимся сами, бухгалтер остаётся.", True),
    ("Останемся со своим банком, там дали ту же ставку.", True),
    # Our own people, or a task done by the client, decline nothing.
    ("We keep our in-house team informed about your offer.", False),
    ("Our in-house lawyer will review the draft by Friday.", False),
    ("Сделаем сами выписку и пришлём вам.", False),
])
def test_the_client_keeping_the_work_or_its_own_provider_is_a_decline(text: str,
                                                                      lost: bool) -> None:
    assert ("lost" in kinds(text, "in")) is lost


@pytest.mark.parametrize("text,direction,won", [
    # The client telling us it was paid (by its own buyer, under its own contract) is its
    # business, not our deal won.
    ("Good news: we received payment under the export LC today, less the bank charges.", "in",
     False),
    ("Оплату получили сегодня: покупатель рассчитался полностью, закрываем поставку.", "in",
     False),
    # The seller confirming our client's money came is.
    ("Thanks, Ahmed - the advance payment has been received, delivery is scheduled.", "out",
     True),
    ("Предоплату получили, машины ставим в график отгрузки.", "out", True),
])
def test_money_received_is_a_sale_only_when_the_seller_says_it(text: str, direction: str,
                                                                won: bool) -> None:
    assert ("won" in kinds(text, direction)) is won


@pytest.mark.parametrize("text,accepted", [
    ("Посмотрели с директором — давайте работать, что от нас нужно?", True),
    ("Вариант с лизингом подходит, давайте оформлять.", True),
    ("Тягачи берём, готовьте документы.", True),
    ("Thanks Anna, we'd like to proceed with the second option.", True),
    ("Spoke to our CFO: let's go ahead on these terms.", True),
    # A question, a condition, a pause or a no is no yes.
    ("Shall we proceed with the application?", False),
    ("If the board agrees, let's proceed in January.", False),
    ("Берём паузу до января, вернёмся после праздников.", False),
    ("Не согласны с условиями по залогу.", False),
])
def test_the_clients_yes_to_go_ahead(text: str, accepted: bool) -> None:
    assert ("accepted" in kinds(text, "in")) is accepted


@pytest.mark.parametrize("text,terms", [
    # The client's figures against ours are bargaining: «… много, нужно …», "too long, we need".
    ("Срок 12 месяцев мало, нужно 18 — иначе платёж не тянем.", True),
    ("3 месяца на внедрение долго — нам нужно 6 недель.", True),
    ("За обслуживание счёта просим 0 руб. первые полгода.", True),
    ("A 30% advance is too high for us, we need 20.", True),
    ("Eight weeks for the rollout is too long, we need five.", True),
    # Many documents or a need with no figure of the deal is no bargaining.
    ("Документов много, нужно 2 дня на проверку.", False),
    ("Too much paperwork, we need a simpler process.", False),
])
def test_the_clients_figures_against_ours_are_bargaining(text: str, terms: bool) -> None:
    assert ("terms" in kinds(text, "in")) is terms


def test_the_clients_yes_after_an_offer_is_negotiation_and_before_it_is_nothing() -> None:
    from datetime import timedelta

    from indexer.negotiations import Evidence, infer_stage

    day = datetime(2026, 11, 2, 10, 0, tzinfo=ZoneInfo("UTC"))

    def fact(days: int, kind: str) -> Evidence:
        return Evidence((day + timedelta(days=days)).isoformat(), kind, f"m{days}{kind}@x")

    talk = [fact(0, "inbound"), fact(0, "outbound"), fact(1, "inbound")]
    now = day + timedelta(days=10)
    assert infer_stage([*talk, fact(2, "accepted")], now=now)[0] == "qualified"  # type: ignore[index]
    offered = [*talk, fact(3, "outbound"), fact(3, "proposal")]
    assert infer_stage([*offered, fact(4, "inbound"), fact(4, "accepted")],
                       now=now)[0] == "negotiation"  # type: ignore[index]


@pytest.mark.parametrize("text,offer", [
    # What the product allows, answering "do you do this?", is no price offered.
    ("Да, работаем: гарантии на срок до 3 лет, минимальная сумма 5 млн руб.", False),
    ("Yes, we do: facilities from USD 250,000, tenors up to 5 years.", False),
    ("Коротко о продукте: лизинг от 3 млн руб., аванс от 10 %.", False),
    # A sum with the thing priced still is an offer.
    ("Условия: 2 погрузчика — 7,8 млн руб., аванс 15 %, 36 месяцев.", True),
    ("Terms: two loaders - USD 96,000, 15% advance, 36 months.", True),
])
def test_a_limit_of_the_product_is_no_price_offered(text: str, offer: bool) -> None:
    assert ("proposal" in kinds(text)) is offer


@pytest.mark.parametrize("text,contract", [
    # An insurance policy is the contract of insurance.
    ("Attached is the draft insurance policy from our partner: all risks, 5 years.", True),
    ("Проект полиса КАСКО во вложении, посмотрите, пожалуйста.", True),
    # A company's own policy sent is no contract.
    ("Please find attached our privacy policy.", False),
    ("Our travel policy is attached for your reference.", False),
])
def test_a_draft_insurance_policy_is_a_contract_draft(text: str, contract: bool) -> None:
    assert ("contract" in kinds(text)) is contract


@pytest.mark.parametrize("text,contract", [
    # The draft named with what it covers, or a services contract in two documents.
    ("Please find attached the draft annual property policy from Severnaya, effective 1 March.",
     True),
    ("Attached are our MSA and the statement of work for the audit, USD 40,000.", True),
    ("Attached is the draft master services agreement for your legal team.", True),
    # A draft still to be reworked is not sent.
    ("После согласования спецификации обновим проект договора и пришлём.", False),
    ("Once the scope is agreed we will update the draft agreement.", False),
])
def test_a_contract_draft_named_by_its_kind_is_a_contract(text: str, contract: bool) -> None:
    assert ("contract" in kinds(text)) is contract


@pytest.mark.parametrize("text,contract", [
    ("Высылаем наш проект договора поставки, посмотрите.", True),
    # The client asking for the draft sends nothing.
    ("Одобрено, направляйте проект договора, подключим юристов.", False),
    ("Высылайте проект договора, посмотрим на этой неделе.", False),
])
def test_the_client_asking_for_the_draft_is_no_draft_sent(text: str, contract: bool) -> None:
    assert ("contract" in kinds(text, "in")) is contract


@pytest.mark.parametrize("text,direction", [
    # A non-disclosure agreement signed opens the talk; the deal is not signed.
    ("Our NDA is attached, please return a signed copy at your earliest.", "in"),
    ("NDA signed on our side, scan attached.", "out"),
    ("Соглашение о конфиденциальности подписали, скан во вложении.", "in"),
])
def test_a_signed_nda_is_no_deal_won(text: str, direction: str) -> None:
    assert "won" not in kinds(text, direction)
    assert "won" in kinds("Договор подписали, скан во вложении.", "in")


@pytest.mark.parametrize("text,lost", [
    # The client stays with its provider, named.
    ("Правление решило остаться в «Альфа-Лизинге»: они скинули 10 %.", True),
    ("Директор решил остаться у прежнего поставщика, извините.", True),
    # ... or declines the service named, or builds its own.
    ("От услуги пока отказываемся, бюджет ушёл на другое.", True),
    ("Совет решил создать собственный отдел мониторинга.", True),
    ("We have decided to build our own monitoring team next year.", True),
    ("We are declining the proposal for now, thank you for your time.", True),
    # ... or the tender went to someone else.
    ("По итогам тендера победителем признано ООО «Альфа» с ценой 9 млн руб.", True),
    ("The winning bidder is Omega Security LLC; thank you for taking part.", True),
    # Staying with us, or winning it, is no decline.
    ("Решили остаться с вами ещё на год.", False),
    ("Победителем признано ваше предложение, поздравляем.", False),
    ("От проекта не отказываемся, просто сдвигаем на месяц.", False),
])
def test_the_client_staying_with_another_or_building_its_own_is_a_decline(text: str,
                                                                         lost: bool) -> None:
    assert ("lost" in kinds(text, "in")) is lost


@pytest.mark.parametrize("text,terms", [
    # The offer asked to be bettered, with no word of what.
    ("Вы у нас на втором месте. Сможете как-то улучшить?", True),
    ("We are leaning to another quote, to be frank. Anything more you can do?", True),
    ("Could you sharpen it a little before Friday's committee?", True),
    # The client's own figure for ours.
    ("Семьсот — много после такого месяца. Давайте 640 и два года, тогда подпишем.", True),
    ("Сможете 1 200?", True),
    ("Can you do 88k if we sign this month?", True),
    # A time, a date or a question about the work is no figure for the price.
    ("Давайте 11.30, если вам удобно.", False),
    ("Давайте 15-го созвонимся.", False),
    ("Can you do the 14th instead of the 12th?", False),
    ("Можете улучшить шаблон отчёта к понедельнику?", False),
])
def test_the_client_asking_for_a_better_offer_or_naming_its_figure_bargains(
        text: str, terms: bool) -> None:
    assert ("terms" in kinds(text, "in")) is terms


@pytest.mark.parametrize("text,direction,day", [
    # A talk held names no talk ahead: the date is the documents'.
    ("Как обсудили по телефону, реестр объектов пришлём до 3 декабря.", "in", None),
    ("Созвонились с юристом, правки внесём до пятницы.", "in", None),
    ("As we discussed on the phone, the register will follow by 3 December.", "in", None),
    # The manager's «наберу», "I'll ring you" is a call ahead.
    ("Спасибо! В четверг 19-го наберу, уточню по срокам.", "out", "2026-11-19"),
    ("Thanks, I'll ring you on Thursday the 19th about the timing.", "out", "2026-11-19"),
])
def test_a_talk_held_is_no_contact_ahead_and_a_call_promised_is(text: str, direction: str,
                                                                  day: str | None) -> None:
    found = [s.value[:10] for s in detect_signals(text, direction=direction, ref_time=REF)
             if s.kind == "contact_date"]
    assert found == ([day] if day else [])


@pytest.mark.parametrize("text,accepted", [
    # The manager writes the client's yes down, item by item.
    ("Thanks for the call today. To sum up:\n1. Limit USD 2m, 3 years — agreed in principle.\n"
     "2. Your team sends the budget by Friday.", True),
    ("По итогам встречи:\n1. Аванс 20 %, срок 36 месяцев — согласовано.\n2. Договор — к 15-му.",
     True),
    # Someone else agreeing, or an agreement still to be had, is no yes of the client.
    ("The insurer has agreed in principle to add the clause.", False),
    ("Срок поставки нужно ещё согласовать с заводом.", False),
    ("Условия — согласовано с юристами банка, ждём ваших комментариев.", False),
])
def test_the_managers_summary_of_the_clients_yes_is_accepted(text: str, accepted: bool) -> None:
    assert ("accepted" in kinds(text, "out")) is accepted


@pytest.mark.parametrize("text,day", [
    # Someone else's visit named as a point in time plans no contact with us.
    ("Let's start the rollout in December, before the regulator visit.", None),
    ("Запускаем обучение в декабре, до визита аудиторов.", None),
    # Our own visit, or the site visit, is one.
    ("Before our visit on 3 December please send the floor plans.", "2026-12-03"),
    ("До визита к вам 3 декабря пришлю план работ.", "2026-12-03"),
])
def test_someone_elses_visit_as_a_point_in_time_is_no_contact(text: str,
                                                              day: str | None) -> None:
    found = [s.value[:10] for s in detect_signals(text, direction="in", ref_time=REF)
             if s.kind == "contact_date"]
    assert found == ([day] if day else [])


@pytest.mark.parametrize("text,lost", [
    # A choice made, in a letter that thanks for the effort or leaves the door open for later,
    # is the choice of someone else, whoever it names.
    ("Спасибо за работу, но выбрали «Гофропак-Урал» — у них своя линия печати. В следующий "
     "раз обязательно обратимся.", True),
    ("Спасибо за ваше время! Руководство решило работать с местной типографией, на будущее "
     "контакты сохраним.", True),
    ("Thank you for your time and effort. We signed with a converter in Poland — maybe next "
     "season.", True),
    ("Thanks for all the work on this. In the end we have decided to go with Northgate "
     "Finance, their tenor was longer. Let's keep in touch.", True),
    # The choice is ours, a thing, a question or a condition; or nobody parts.
    ("Спасибо за работу, выбрали второй вариант — ждём договор.", False),
    ("Спасибо за ваше время. Выбрали площадку в Казани, ждём расчёт.", False),
    ("Thank you for your time. We have decided to go with your proposal.", False),
    ("Thanks for your time - if the board decides to go with Northgate, maybe next year.", False),
    ("We have decided to go with Northgate Finance for the overdraft.", False),
])
def test_a_choice_made_as_the_client_parts_politely_is_a_decline(text: str, lost: bool) -> None:
    assert ("lost" in kinds(text, "in")) is lost


@pytest.mark.parametrize("text,accepted", [
    # The offer approved and the next step asked for, in the client's own words.
    ("Ок, цена за ящик устраивает, запускайте первую партию.", True),
    ("Согласны на 16,9 %, готовим пакет документов.", True),
    ("Условия нас подходят — направляйте договор поставки.", True),
    ("Fine with the revised quote, please go ahead with the first run.", True),
    ("OK with EUR 0.112 per carton, please send the supply agreement.", True),
    # Not a yes: a time approved, a refusal, a condition, an approval with no step.
    ("Вторник подходит, 11:00, высылайте ссылку.", False),
    ("The date works for us, please send the invite.", False),
    ("Цена не устраивает, направляйте новый расчёт.", False),
    ("Если цена устроит руководство, запускаем в январе.", False),
    ("Цена в целом устраивает, но обсудим на встрече.", False),
])
def test_the_offer_approved_with_the_next_step_asked_for_is_a_yes(text: str,
                                                                  accepted: bool) -> None:
    assert ("accepted" in kinds(text, "in")) is accepted


@pytest.mark.parametrize("text,terms", [
    # Our price found too much, or us asked to move on it, in words no cue lists.
    ("Цена за гофроящик высоковата, у соседей на три рубля меньше.", True),
    ("Комиссия 0,5 % — много для нас.", True),
    ("Сможете как-нибудь подвинуться по клише?", True),
    ("Your unit price is on the high side for a run this size.", True),
    ("Can you match EUR 0.098 per carton?", True),
    ("Could you come down a little on the set-up fee?", True),
    # Not bargaining: the price not found too much, a clarification, a meeting, a condition.
    ("Ставка устраивает, тарифы много раз сравнивали.", False),
    ("Можете подтвердить, что цена указана с НДС?", False),
    ("Could you meet us on Tuesday to discuss the rate?", False),
    ("Если ставка окажется высоковата, вернёмся к разговору.", False),
])
def test_the_client_finding_our_price_too_much_or_asking_us_to_move_bargains(
        text: str, terms: bool) -> None:
    assert ("terms" in kinds(text, "in")) is terms


@pytest.mark.parametrize("text,lost", [
    # The deal done with another provider, or kept where it is, with no thanks or regrets.
    ("Мы продлили договор с нынешним поставщиком гофротары ещё на год.", True),
    ("Разместили заказ у другой типографии.", True),
    ("Руководство решило пока оставить расчётное обслуживание в «Промсвязьбанке».", True),
    ("We renewed with our current bank for another year.", True),
    ("The order has been placed with a competing converter.", True),
    # Ours, background, a time or a part of the scope, a condition.
    ("Подписали договор с вашим банком вчера.", False),
    ("Решили оставить заявку на январь.", False),
    ("Решили оставить в проекте два склада.", False),
    ("We bought our current compressors from a local distributor in 2021.", False),
    ("Если продлим договор с текущим поставщиком, сообщу.", False),
])
def test_the_deal_done_elsewhere_or_kept_where_it_is_is_a_decline(text: str, lost: bool) -> None:
    assert ("lost" in kinds(text, "in")) is lost


@pytest.mark.parametrize("text,kind,found", [
    # Bargaining against another's figure, a fee asked away, room on the price asked for.
    ("Другие типографии дают 39 рублей за тот же тираж.", "terms", True),
    ("A competitor has quoted 12% lower for the same board grade.", "terms", True),
    ("Можно ли отменить комиссию за ведение счёта?", "terms", True),
    ("Could you waive the set-up fee for the first order?", "terms", True),
    ("Any flexibility on the price if we double the volume?", "terms", True),
    ("We will waive the late fee for this month.", "terms", False),
    ("We are flexible on the delivery dates.", "terms", False),
    # A cost of ours asked to be taken on by us; not our own offer to, nor a work asked for.
    ("Could you absorb the £9,500 set-up cost if we sign for two years?", "terms", True),
    ("Can you absorb the freight on the first shipment?", "terms", True),
    ("Возьмёте на себя доставку до Караганды?", "terms", True),
    ("Сможете включить пусконаладку в стоимость?", "terms", True),
    ("Could you cover the reception desk on Monday morning?", "terms", False),
    ("Кто возьмёт на себя приёмку на объекте?", "terms", False),
    ("The courier broke the display. Could you cover the repair costs?", "terms", False),
    ("Возьмёте на себя расходы на ремонт ворот?", "terms", False),
    # The yes with a figure, a "deal", "good to go", or the next step asked as a question.
    ("Ок, берём по 31,20, счёт выставляйте.", "accepted", True),
    ("Договорились, 15,9 % нас устраивает. Что нужно для подписания?", "accepted", True),
    ("We're good to go at EUR 0.098 - please send the paperwork.", "accepted", True),
    ("Договорились, созвонимся в четверг.", "accepted", False),
    # The decision to go with us, reported as the client's or its board's.
    ("Great news: the partners have agreed to proceed with you on the revised terms.", "accepted", True),
    ("The committee has approved your proposal, so we can move on.", "accepted", True),
    ("Правление одобрило ваше предложение по лизингу.", "accepted", True),
    ("Посовещались и решили работать с вами.", "accepted", True),
    ("We have decided to proceed with another supplier.", "accepted", False),
    ("Правление не одобрило ваше предложение.", "accepted", False),
    ("If the board approves the budget, we will proceed.", "accepted", False),
    # The work kept with the client: in-house, its own funds.
    ("We've decided to print the sleeves in-house at our Tver plant.", "lost", True),
    ("Вопрос с оборудованием закрыли собственными средствами, лизинг не нужен.", "lost", True),
    ("Решили сделать ремонт своими силами, а по кредиту вопрос в силе.", "lost", False),
])
def test_bargaining_a_yes_and_a_decline_in_a_second_set_of_own_words(text: str, kind: str,
                                                                     found: bool) -> None:
    assert (kind in kinds(text, "in")) is found


@pytest.mark.parametrize("text,attachment,offer", [
    # A loan, a deposit or a guarantee offered by its rate with its sum or term.
    ("Готовы выдать кредит 12 млн на 2 года под 18,5 % с залогом техники.", "", True),
    ("По овердрафту: лимит 3 млн, 19,2 % годовых, транш до 45 дней.", "", True),
    ("Кредитная линия 40 млн, ставка — ключевая + 2,8 %, срок 36 месяцев.", "", True),
    ("Deposit: 6 months at 15.9%, minimum RUB 5m.", "", True),
    ("Можем открыть овердрафт 7 млн руб. под 18,1 % годовых.", "", True),
    ("Оборот 15 млн руб. Доля безнала 40 %.", "", False),
    # ... or its terms sent: «условия по кредиту», an attachment named so.
    ("Индикативные условия по гарантии прикладываю.", "", True),
    ("Направляю во вложении.", "Условия_лизинг_Ромашка.pdf", True),
    # Not an offer: the market rate, the client's question, its old loan, a bill, a promise.
    ("Ключевая ставка сейчас 16,5 %, до конца года вряд ли снизят.", "", False),
    ("Могу ли я получить кредит 8 млн на 3 года под 19 %?", "", False),
    ("Погашено 40 % кредита за 2 года.", "", False),
    ("Пришлю условия по кредиту в понедельник.", "", False),
])
def test_a_bank_product_offered_by_its_rate_or_its_terms_is_an_offer(text: str, attachment: str,
                                                                     offer: bool) -> None:
    found = {s.kind for s in detect_signals(text, direction="out", ref_time=REF,
                                            attachments=[attachment] if attachment else ())}
    assert ("proposal" in found) is offer


@pytest.mark.parametrize("title,moves", [
    ("Предложение по депозиту для Ромашки", True),
    ("Deposit terms for Romashka", True),
    # A reply in form stays in the conversation it answers, whatever it names.
    ("RE: Deposit terms for Romashka", False),
])
def test_a_letter_retitled_to_another_product_in_a_thread_starts_that_products_negotiation(
        db, settings, title: str, moves: bool) -> None:  # type: ignore[no-untyped-def]
    # The loan is talked about; then the manager answers in the same thread with a letter
    # titled anew for the deposit, with its offer, and the client bargains under that title.
    from dealtrail import clock
    from indexer.negotiations import fold_negotiations
    from tests.test_next_contact import _deals_by_product
    from tests.test_rules_world import World, at

    world = World(db)
    world.db["products"].insert_all([
        {"id": 1, "code": "credit", "name_en": "Loans", "name_ru": "Кредиты"},
        {"id": 2, "code": "deposit", "name_en": "Deposits", "name_ru": "Депозиты"}])
    thread = world.thread(world.romashka, subject="Кредит на оборудование")

    def letter(when: str, direction: str, subject: str, *found: tuple[str, str]) -> None:
        sent = world.message(when=at(when), direction=direction, client_id=world.romashka,
                             manager_id=world.anna, thread_id=thread, text=subject,
                             subject=subject)
        for kind, value in found:
            world.db["deal_signals"].insert({
                "message_id": sent, "kind": kind, "side": "client" if direction == "in"
                else "manager", "text": subject, "span_start": -2 if kind == "product" else 0,
                "value": value, "at": clock.iso(at(when)), "manager_id": world.anna,
                "client_id": world.romashka, "thread_id": thread})

    letter("2026-11-02 10:00", "in", "Кредит на оборудование", ("product", "credit"))
    letter("2026-11-02 12:00", "out", "RE: Кредит на оборудование", ("product", "credit"))
    letter("2026-11-03 10:00", "in", "RE: Кредит на оборудование", ("product", "credit"))
    letter("2026-11-05 10:00", "out", title, ("product", "deposit"), ("proposal", ""))
    letter("2026-11-06 10:00", "in", "Re: " + title, ("product", "deposit"), ("terms", ""))
    with clock.freeze(at("2026-11-16 10:00")):
        fold_negotiations(world.db, settings)
    stages = {code: deal["stage"] for code, deal in _deals_by_product(world).items()}
    if moves:
        assert stages == {"credit": "qualified", "deposit": "negotiation"}
    else:
        assert set(stages) == {"credit"}


@pytest.mark.parametrize("text,direction,contract", [
    # A contract named among the documents of the client's file, asked for or sent: the
    # client's own contract for review, not a draft of ours.
    ("Для рассмотрения нужны анкета клиента, баланс за 9 месяцев и проект контракта с заказчиком.",
     "out", False),
    ("Направляем устав, выписку из ЕГРЮЛ и договор с заказчиком.", "in", False),
    ("To review the facility we need the KYC questionnaire, the 2025 financial statements and "
     "a draft of the contract with your customer.", "out", False),
    ("Please find attached our draft contract with the buyer, the articles of association "
     "and the management accounts.", "in", False),
    # Our draft sent with one form to fill in is still our draft.
    ("Направляю проект договора и анкету для заполнения.", "out", True),
    ("The draft agreement and the KYC questionnaire are attached.", "out", True),
])
def test_a_contract_named_among_the_documents_of_the_clients_file_is_no_draft(
        text: str, direction: str, contract: bool) -> None:
    assert ("contract" in kinds(text, direction)) is contract


@pytest.mark.parametrize("text,terms", [
    # The manager's answer to the client's bargaining: the offer bettered, or the floor named.
    ("Пересчитали: улучшенные условия — ставка 16,1 %, комиссия за выдачу 0,3 %.", True),
    ("Готовы дать 12,40 руб. за коробку — это наш минимум при таком тираже.", True),
    ("Скидку до 4 % дадим, ниже по этой позиции не можем.", True),
    ("Attached is our improved quote: EUR 0.112 per sleeve at 500k.", True),
    ("USD 27 per transfer - we cannot go any lower on this corridor.", True),
    ("EUR 3,950 per truck; that is our floor for December loading.", True),
    # Other minimums and lows, and "below" in its place, bargain over nothing.
    ("Минимальный тираж — 10 тыс. шт., срок 15 рабочих дней.", False),
    ("Таблица ниже, если не можете открыть вложение.", False),
    ("Our floor plan for the new warehouse is attached.", False),
])
def test_the_managers_bettered_offer_or_named_floor_is_bargaining(text: str, terms: bool) -> None:
    assert ("terms" in kinds(text)) is terms


@pytest.mark.parametrize("text,won", [
    # An order placed under the framework contract already signed is business won.
    ("Добрый день! По рамочному договору — очередная заявка: гофроящик 60 тыс. шт., "
     "цена по спецификации.", True),
    ("В рамках рамочного договора заказ на 12 тыс. банок, график отгрузки во вложении.", True),
    ("Hi Dmitry, our next call-off under the framework agreement is attached: 40k sleeves.",
     True),
    ("Under our master supply agreement, please find attached our new order for 25k jars.",
     True),
    # A framework contract still being drafted, or an order still to come, wins nothing.
    ("Проект рамочного договора посмотрим до пятницы.", False),
    ("Once the framework agreement is signed we will place the first order.", False),
])
def test_an_order_under_the_framework_contract_is_won(text: str, won: bool) -> None:
    assert ("won" in kinds(text, "in")) is won


@pytest.mark.parametrize("text,won", [
    # The bank's product delivered is the deal won.
    ("Банковская гарантия выдана и внесена в реестр, оригинал передадим курьером.", True),
    ("Кредит выдан сегодня, средства на вашем счёте.", True),
    ("Good news: the performance guarantee has been issued, the original goes by courier.", True),
    ("The first tranche was disbursed this morning, as agreed.", True),
    ("Please confirm the day the guarantee is to be issued.", False),
    # Still to come, or not yet, is no win.
    ("Гарантия будет выдана после оплаты комиссии.", False),
    ("The guarantee has not been issued yet: we wait for the fee.", False),
])
def test_the_banks_product_issued_is_the_deal_won(text: str, won: bool) -> None:
    assert ("won" in kinds(text)) is won


@pytest.mark.parametrize("after_the_win", [True, False])
def test_a_new_product_the_client_asks_for_after_the_win_starts_its_own_negotiation(
        db, settings, after_the_win: bool) -> None:  # type: ignore[no-untyped-def]
    # The guarantee is issued; in a reply under the same title the client asks for a loan:
    # that is a new negotiation. Before the win, a loan named in passing is the same talk.
    from dealtrail import clock
    from indexer.negotiations import fold_negotiations
    from tests.test_next_contact import _deals_by_product
    from tests.test_rules_world import World, at

    world = World(db)
    world.db["products"].insert_all([
        {"id": 1, "code": "guarantee", "name_en": "Guarantees", "name_ru": "Гарантии"},
        {"id": 2, "code": "credit", "name_en": "Loans", "name_ru": "Кредиты"}])
    thread = world.thread(world.romashka, subject="Гарантия по контракту")

    def letter(when: str, direction: str, *found: tuple[str, str, int]) -> None:
        sent = world.message(when=at(when), direction=direction, client_id=world.romashka,
                             manager_id=world.anna, thread_id=thread, text="...",
                             subject="RE: Гарантия по контракту")
        for kind, value, start in (("product", "guarantee", -2), *found):
            world.db["deal_signals"].insert({
                "message_id": sent, "kind": kind, "side": "client" if direction == "in"
                else "manager", "text": "...", "span_start": start, "value": value,
                "at": clock.iso(at(when)), "manager_id": world.anna,
                "client_id": world.romashka, "thread_id": thread})

    letter("2026-11-02 10:00", "in")
    letter("2026-11-02 12:00", "out", ("proposal", "", 0))
    if after_the_win:
        letter("2026-11-05 10:00", "out", ("won", "", 0))
    letter("2026-11-06 10:00", "in", ("product", "credit", 40))
    letter("2026-11-06 12:00", "out")
    with clock.freeze(at("2026-11-16 10:00")):
        fold_negotiations(world.db, settings)
    stages = {code: deal["stage"] for code, deal in _deals_by_product(world).items()}
    if after_the_win:
        assert stages["guarantee"] == "won" and "credit" in stages
    else:
        assert set(stages) <= {"guarantee"}


@pytest.mark.parametrize("text,direction,kind,found", [
    # A yes on one term with the client's own figure for another is bargaining.
    ("Поручительство учредителя готовы дать, но комиссия 0,3 % и лимит 40 млн.", "in",
     "terms", True),
    ("We are fine with the 12-month term, but the fee at 0.8% would work for us.", "in",
     "terms", True),
    ("Готовы подписать в декабре, но сначала покажем договор юристам.", "in", "terms", False),
    # A draft withdrawn is no draft sent.
    ("Проект договора, направленный 2 ноября, прошу считать недействительным: условия меняются.",
     "out", "contract", False),
    ("Please disregard the draft agreement sent on Monday; the committee changed the terms.",
     "out", "contract", False),
    ("Направляю проект договора с учётом ваших правок.", "out", "contract", True),
])
def test_a_yes_with_the_clients_own_figure_bargains_and_a_draft_withdrawn_is_no_draft(
        text: str, direction: str, kind: str, found: bool) -> None:
    assert (kind in kinds(text, direction)) is found


@pytest.mark.parametrize("text,terms", [
    # Our price set against the market or the client's own target is bargaining.
    ("Дороже рынка не берём: у вас выше рынка процентов на шесть. Целевая цена — 9,80 за штуку.",
     True),
    ("Целевая 27 руб. за банку, иначе не проходим по бюджету.", True),
    ("Your quote is above market by roughly 5%.", True),
    ("Our target price is EUR 0.092 per sleeve at this volume.", True),
    # A target that is no price, or the market told as news, bargains over nothing.
    ("Целевая аудитория — мамы с детьми до 3 лет.", False),
    ("Our target launch date is 1 March.", False),
])
def test_our_price_set_against_the_market_or_the_clients_target_is_bargaining(
        text: str, terms: bool) -> None:
    assert ("terms" in kinds(text, "in")) is terms


@pytest.mark.parametrize("text,proposal", [
    # A table of prices sent by the manager is an offer, with no price word in the text.
    ("Иван, добрый день!\n| Формат | 50 тыс., руб./шт. без НДС | 150 тыс. |\n|---|---|---|\n"
     "| Коробка 0,5 кг | 8,70 | 8,20 |\n| Коробка 1 кг | 11,30 | 10,60 |\nОплата 50/50.", True),
    ("Hi Sam,\n| Item | USD per unit, 20k | 50k |\n|---|---|---|\n| 250 ml jar | 0.41 | 0.37 |\n"
     "Ex works, 30 days.", True),
    # A table of what was shipped, or a bill's, is no offer.
    ("| Дата | Отгружено, шт. |\n|---|---|\n| 02.11 | 40 000 |", False),
    ("Invoice summary:\n| Item | Amount, USD |\n|---|---|\n| Jars | 8,200 |", False),
])
def test_a_table_of_prices_is_an_offer(text: str, proposal: bool) -> None:
    assert ("proposal" in kinds(text)) is proposal


@pytest.mark.parametrize("text,proposal", [
    # The price of the product named as a share of its sum is an offer.
    ("Стоимость гарантии исполнения — 2,1 % годовых от суммы гарантии, минимум 10 000 руб.",
     True),
    ("Вознаграждение банка составит 1,5 % от суммы аккредитива.", True),
    ("The fee for the performance guarantee is 1.9% p.a. of the guarantee amount.", True),
    # A price asked about, or someone else's, offers nothing.
    ("Какова стоимость гарантии — 2 % годовых или больше?", False),
    ("The cost of funding for us rose to 17% this year.", False),
])
def test_the_price_of_the_product_as_a_share_of_its_sum_is_an_offer(text: str,
                                                                    proposal: bool) -> None:
    assert ("proposal" in kinds(text)) is proposal


@pytest.mark.parametrize("text,won", [
    # A signing still needed, with its deadline, is the contract to come, not the deal won ...
    ("Could you send the draft? Our CFO needs the contract signed before the 20th.", False),
    ("The agreement must be signed by Friday so that the line can start in January.", False),
    ("Нам важно, чтобы договор был подписан до 20 декабря.", False),
    ("Договор должен быть подписан до конца месяца, иначе бюджет сгорит.", False),
    # ... while a signing told as done still is won.
    ("The contract is signed; scans attached.", True),
    ("Договор подписан, оригиналы передадим курьером.", True),
])
def test_a_signing_still_needed_is_no_deal_won(text: str, won: bool) -> None:
    assert ("won" in kinds(text, "in")) is won


@pytest.mark.parametrize("text,lost", [
    # Thanks, but the thing was already got from another provider, named: a decline ...
    ("Спасибо за расчёт, но мы уже подключили эквайринг в «Ак Барсе».", True),
    ("Thank you for the figures, but we have already set up the account with Modulbank.", True),
    # ... not the client's setting told in a first letter, nor the thing got from us.
    ("Мы уже открыли счёт в Сбербанке, теперь нужен зарплатный проект.", False),
    ("We already bank with Tinkoff and now need a guarantee.", False),
    ("Спасибо, но мы уже оформили всё в вашем отделении.", False),
])
def test_the_thing_already_got_elsewhere_after_thanks_is_a_decline(text: str, lost: bool) -> None:
    assert ("lost" in kinds(text, "in")) is lost


@pytest.mark.parametrize("text,terms", [
    # Another provider named where its figure is, and us asked to come closer to it.
    ("Марат, в Билайн Бизнес нам дают 2 400 руб. за канал, подумайте.", True),
    ("У «Сибтелекома» нам предлагают 11 % скидки на год.", True),
    ("Что скажете? Сможете приблизиться к их цифре?", True),
    ("Northwind Telecom quoted us EUR 640 per month for the same link.", True),
    ("Baltic Mutual offers 0.9% on the same cover.", True),
    ("Could you get closer to that number?", True),
    # Not bargaining: a figure that is no price, the client's own setup, a place.
    ("У Ирины предлагают два варианта даты встречи.", False),
    ("В Казани нам дают 3 дня на разгрузку.", False),
    ("The team offered 2 slots for the visit.", False),
])
def test_another_providers_figure_or_a_request_to_come_closer_is_bargaining(
        text: str, terms: bool) -> None:
    assert ("terms" in kinds(text, "in")) is terms


@pytest.mark.parametrize("text,won", [
    # The client's bare word that it signed, the paper with it.
    ("подписала, скан во вложении", True),
    ("Подписали. Оригиналы курьером в среду.", True),
    ("Signed, scan attached. Originals to follow by courier.", True),
    ("Signed supply agreement is attached.", True),
    # Not signed: still to come, not yet, something else signed.
    ("Подписал служебку у директора, договор смотрят юристы.", False),
    ("Ещё не подписали, ждём генерального.", False),
    ("Signed NDA attached, now please send the price list.", False),
])
def test_the_clients_bare_word_that_it_signed_with_the_paper_is_a_win(text: str, won: bool
                                                                     ) -> None:
    assert ("won" in kinds(text, "in")) is won


@pytest.mark.parametrize("text,contract", [
    # A draft put on hold until the terms are settled again is no contract sent.
    ("Apologies for the detour: the draft lease is on hold until the board picks a variant.",
     False),
    ("Проект договора пока откладываем — сначала согласуем новую ставку.", False),
    ("Работу над проектом договора приостанавливаем до решения кредитного комитета.", False),
    ("Проект договора поставки во вложении, жду ваших правок.", True),
    ("The draft supply agreement is attached for your review.", True),
])
def test_a_contract_draft_put_on_hold_is_no_contract_sent(text: str, contract: bool) -> None:
    assert ("contract" in kinds(text)) is contract


@pytest.mark.parametrize("text,lost", [
    # A decision to get the thing from a provider named, in a letter that parts politely.
    ("Сообщаем, что правление приняло решение закупить линию у «Вектор-Инжиниринг». "
     "Благодарим за подробную работу над расчётом и рассчитываем на сотрудничество.", True),
    ("Спасибо вам за внимание к нашему запросу. Решили разместить заказ в типографии «Орион».",
     True),
    ("Thanks for the quick turnaround. Our group decided to source the racks from Nordic Steel "
     "AB. Hope to work together in future.", True),
    # Not a decline: the choice is ours, a meeting place, or nothing parts.
    ("Спасибо за работу! Решили открыть счёт у вас, в «Параллели».", False),
    ("Спасибо за помощь. Решили провести встречу в «Атриуме».", False),
    ("We decided to take the loan from you, thanks for the help in future steps.", False),
])
def test_a_decision_to_get_it_from_a_named_provider_parting_politely_is_a_decline(
        text: str, lost: bool) -> None:
    assert ("lost" in kinds(text, "in")) is lost


@pytest.mark.parametrize("text,contract", [
    # A state customer's draft contract posted to the procurement portal is the client's draft.
    ("Сообщаем, что проект контракта размещён на электронной площадке, подпишите его в срок.",
     True),
    ("Please note the draft contract has been uploaded to the e-procurement portal.", True),
    ("Проект контракта будет размещён на площадке после публикации протокола.", False),
])
def test_a_draft_contract_posted_to_the_procurement_portal_is_the_clients_draft(
        text: str, contract: bool) -> None:
    assert ("contract" in kinds(text, "in")) is contract


@pytest.mark.parametrize("text,terms", [
    # The client's own figure asked for or put as a question of ours: bargaining.
    ("Given the collateral, we would ask for 2.9% over the key rate.", True),
    ("The advance looks heavy. Could we do 15%?", True),
    ("Можем ли мы рассчитывать на 7,5 % при таком обороте?", True),
    ("Могли бы мы зафиксировать 410 руб. за паллету на год?", True),
    # Not bargaining: a time, a count, or our own figure asked to be kept.
    ("Could we do the call at 15:30 instead?", False),
    ("We would ask for two more weeks to collect the documents.", False),
    ("Можно ли сохранить ставку 1,4 % до марта?", False),
])
def test_the_clients_own_figure_asked_for_is_bargaining(text: str, terms: bool) -> None:
    assert ("terms" in kinds(text, "in")) is terms


@pytest.mark.parametrize("text,proposal", [
    # A table of a contract's clauses, the sides' positions on them, is no table of prices,
    # though a cell's word holds a currency's letters («грубой», «трубы», "neuro").
    ("Наша позиция по разногласиям:\n| Пункт | Ваша редакция | Наша редакция |\n|---|---|---|\n"
     "| 7.1 | штраф 200% | 100% цены Этапа, кроме случаев грубой небрежности |\n"
     "| 8.3 | пеня 0,2%/день | принимаем 0,1%/день |", False),
    ("Our comments on the redline:\n| Clause | Your wording | Our position |\n|---|---|---|\n"
     "| 4.2 | damages 200% | 100% of the Order price, except for neurotic negligence |\n"
     "| 5.1 | 0.2%/day | agreed at 0.1%/day |", False),
    # A currency written with a figure in the header still makes the table of prices.
    ("| Модуль | Цена, руб./польз. |\n|---|---|\n| Склад | 4 200 |", True),
])
def test_a_table_of_clauses_with_a_currencys_letters_inside_a_word_is_no_offer(
        text: str, proposal: bool) -> None:
    assert ("proposal" in kinds(text)) is proposal


@pytest.mark.parametrize("text,terms", [
    # An updated or bettered offer only promised is no answer to bargaining yet ...
    ("Поняла вас. Вернусь к вам в феврале с обновлённым КП.", False),
    ("Понял, напишем вам после праздников с обновлённым предложением.", False),
    ("Understood. I'll come back to you in January with a revised quote.", False),
    # ... while one sent is.
    ("Направляем обновлённое предложение: скидка 7 % на лицензии.", True),
    ("Please find our revised quote attached: 6% off the licences.", True),
])
def test_a_bettered_offer_only_promised_is_no_bargaining(text: str, terms: bool) -> None:
    assert ("terms" in kinds(text)) is terms


@pytest.mark.parametrize("text,attachments,contract", [
    # A sample or a template of the contract, shown before anything is agreed, is no draft ...
    ("Добрый день! Шаблон договора поставки во вложении, посмотрите условия.", [], False),
    ("Hello Aidar, the sample service agreement is attached for your lawyers.", [], False),
    ("Hello Aidar, please find attached our standard maintenance agreement.",
     ["Maintenance_agreement_template.pdf"], False),
    # ... while the client's own draft still is.
    ("Hello Aidar, please find attached the draft maintenance agreement for your company.",
     ["Maintenance_agreement_draft_v1.pdf"], True),
    ("Проект договора для вашей компании во вложении.", ["Договор_проект.docx"], True),
])
def test_a_sample_or_template_contract_is_no_draft(text: str, attachments: list[str],
                                                   contract: bool) -> None:
    found = {s.kind for s in detect_signals(text, direction="out", ref_time=REF,
                                             attachments=attachments)}
    assert ("contract" in found) is contract


@pytest.mark.parametrize("text,lost", [
    # Regret parts as thanks do, and a decision «идти … на «…»» names where the client goes.
    ("Коллеги, к сожалению, приняли решение выступить экспонентом на «Балтик Экспо» — бюджет "
     "на выставки у нас один.", True),
    ("Мы приняли решение идти спонсором на «Ладожский саммит». К сожалению, к вам в этот "
     "сезон не получится.", True),
    ("Unfortunately, we have decided to go with Helix Expo for our stand this year.", True),
    # Regret over something else, or a choice of ours: no decline.
    ("К сожалению, не смогу во вторник. Решили идти на «Ярмарку» вместе с вами, обсудим?",
     False),
    ("Unfortunately I am out on Friday; we decided to go with your second option.", False),
    ("К сожалению, задержались с ответом: бюджет согласовали, ждём договор.", False),
])
def test_a_choice_made_with_regret_is_a_decline(text: str, lost: bool) -> None:
    assert ("lost" in kinds(text, "in")) is lost


@pytest.mark.parametrize("text,lost", [
    # What is declined only in its present form, to be talked over anew, is no decline ...
    ("Спецификация в таком виде нам не актуальна, давайте пересоберём состав на встрече.", False),
    ("The proposal as it stands is no longer relevant for us; let's rethink the scope.", False),
    # ... while another party chosen, whatever its trade, is.
    ("По итогам тендера правление выбрало другого перевозчика, спасибо за участие.", True),
    ("Сообщаем, что дирекция выбрала другого дистрибьютора.", True),
])
def test_a_decline_of_the_present_form_is_no_loss_and_another_party_chosen_is(
        text: str, lost: bool) -> None:
    assert ("lost" in kinds(text, "in")) is lost


@pytest.mark.parametrize("text,lost", [
    # Something "other" chosen, in a letter that parts politely, whatever its noun.
    ("К сожалению, правление выбрало иное помещение — ближе к складу. Будем рады вернуться "
     "к разговору весной.", True),
    ("Спасибо за ваше время! Остановились на другом объекте, на Варшавке.", True),
    ("Unfortunately the partners selected a closer office, near the courthouse. Thank you for "
     "your time.", True),
    # A bare choice in a letter that closes the matter names someone else.
    ("Взяли паузу и посчитали. Выбрали Люберцы, там 8 900. Тема закрыта.", True),
    ("We chose Eastgate in the end, cheaper by a third. Consider this closed.", True),
    # A third party's way taken, in a letter that parts politely.
    ("Our board wants us on their own carrier's program, so we are going that route. I will "
     "keep you in mind for next year.", True),
    # The choice is ours, a date, or nobody parts or closes the matter.
    ("Выбрали ваш второй вариант — тема закрыта, ждём договор.", False),
    ("Выбрали Люберцы, там 8 900. Ждём договор.", False),
    ("We chose Eastgate, your second building. Consider this closed; send the lease.", False),
    ("Thanks so much! We will go that route, please send the forms.", False),
    ("Unfortunately we picked a different date for the visit.", False),
    ("Остановились на другом объекте, на Варшавке — пришлите, пожалуйста, планировку.", False),
])
def test_something_other_chosen_or_the_matter_closed_is_a_decline(text: str, lost: bool) -> None:
    assert ("lost" in kinds(text, "in")) is lost


@pytest.mark.parametrize("text,terms", [
    # Our figure turned down, or asked to be worked again, in the client's own words.
    ("Ставка 31 500 для нас не подходит: окупаемость уходит за пять лет.", True),
    ("Рост платежа на 14 % нам неприемлем. Пересчитайте с отсрочкой на полгода.", True),
    ("Пересчитайте, пожалуйста, КП с авансом 10 %.", True),
    ("14 800 — не рынок для этого района.", True),
    ("A 16% jump in the premium is not acceptable to the owners.", True),
    ("We can't absorb another $12,000 on the fleet this year.", True),
    ("Could you requote the umbrella with a $3M limit?", True),
    # ... or the client's own figure set against ours.
    ("Готовы на 18 700 за метр, дальше не двигаемся.", True),
    ("Девять двести не потянем. 8 400 и подписываем.", True),
    ("Ask the carrier whether they can bring it down to 92,000.", True),
    # A time, a floor, a condition, our own sums, a recount of one's own or a paper is none.
    ("Встреча в 11:30 нам не подходит, давайте после обеда.", False),
    ("Офис на 3 этаже нам не подходит — нужен партер.", False),
    ("Если рост на 14 % для совета неприемлем, мы сообщим.", False),
    ("If a 16% jump is not acceptable to the owners, I will let you know.", False),
    ("Нам нужно пересчитать бюджет под 18 700 и согласовать с учредителем.", False),
    ("Готовы на 12 декабря, если вам удобно.", False),
    ("Friday at 10:30 is not workable for our CFO.", False),
    ("Please requote nothing yet; we are still collecting the vehicle list.", False),
])
def test_our_figure_turned_down_or_the_clients_own_figure_is_bargaining(text: str,
                                                                        terms: bool) -> None:
    assert ("terms" in kinds(text, "in")) is terms
