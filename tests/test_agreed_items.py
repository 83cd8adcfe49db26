"""Which sentences are agreed items of a negotiation (indexer/agreed.py), read through analysis.

Every class of sentence that says its writer will act but commits nobody to the deal,
in Russian and English, beside a sentence of the same shape that does commit.
"""

from __future__ import annotations

import pytest

from indexer.analysis import AnalyzeContext
from indexer.analyze import analyze
from indexer.parse import parse_message
from indexer.runner import one_shot_settings

OWNER = "ivanov@bank.ru"


def _letter(tmp_path, text: str, *, inbound: bool) -> object:  # type: ignore[no-untyped-def]
    ctx = AnalyzeContext.for_mailbox(one_shot_settings(OWNER, tmp_path), OWNER)
    sender, to = ("cfo@client-firm.ru", OWNER) if inbound else (OWNER, "cfo@client-firm.ru")
    raw = (f"From: {sender}\nTo: {to}\nSubject: Лизинг / Leasing\n"
           "Date: Mon, 16 Nov 2026 10:00:00 +0300\nMessage-ID: <a1@x.ru>\n"
           "Content-Type: text/plain; charset=utf-8\n\n" + text + "\n").encode()
    return analyze(parse_message(raw, "5:1"), ctx)


def manager_promises(tmp_path, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [i.sentence for i in _letter(tmp_path, text, inbound=False).intents  # type: ignore[attr-defined]
            if i.kind == "promise"]


def client_commitments(tmp_path, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.text for s in _letter(tmp_path, text, inbound=True).signals  # type: ignore[attr-defined]
            if s.kind == "commitment"]


@pytest.mark.parametrize("text", [
    # a question asks, it does not commit
    "Заеду к вам в среду утром — вам удобно?",
    "I'll come by on Wednesday morning — does that suit you?",
    # an acknowledgement or a hedge
    "Павел, сделаю.",
    "Посмотрю.",
    "Will do.",
    "Посмотрю, что можно сделать со ставкой.",
    "I'll check what we can do on the rate.",
    "Напомню о себе.",
    "I'll keep you posted.",
    "We aim to issue the letter of credit on 9 December.",
    # a proposal waiting for the reader's yes, an offer on the reader's need
    "Предлагаю встретиться в пятницу, 20 ноября, в 15:00 — привезу образцы договоров.",
    "I suggest we talk on Friday, 20 November at 3 pm, I will walk you through the terms.",
    "При необходимости пришлю выписку по счёту.",
    "If you need the reference letters, I will send them.",
    "Let me know and I will book the meeting room.",
    # staffing and roles
    "Подключим нашего кредитного аналитика.",
    "Приеду не один: со мной будет наш юрист.",
    "I will bring our credit analyst along.",
    "I will be your main point of contact for the leasing deal.",
    # a step inside our own company that promises the reader nothing
    "Вопрос по залогу уточню у нашей службы рисков.",
    "I'll raise the collateral question with our risk team.",
    "Спасибо за добрые слова, передам Марине!",
    "I'll pass your kind words on to our team.",
    # a referral
    "Брокера посоветую.",
    "I will recommend a reliable broker.",
    # done in the letter itself
    "Расскажу подробнее: лимит считается от выручки за последний год.",
    "I will explain: the limit follows last year's revenue.",
    # the reader's wish noted, with no day and no document to carry it
    "Работы по выходным ок, пожелание по шуму учтём.",
    "Your holiday closures are noted, we will take them into account.",
])
def test_a_manager_sentence_that_commits_nobody_is_no_promise(tmp_path, text: str) -> None:  # type: ignore[no-untyped-def]
    assert manager_promises(tmp_path, text) == []


@pytest.mark.parametrize("text", [
    "Заеду к вам в среду утром, обсудим график платежей.",
    "I will send you the draft lease on Thursday.",
    "Пришлите баланс — посчитаю.",
    "Согласую ставку с нашей службой рисков и вернусь с ответом до пятницы.",
    "I'll check with our risk team and get back to you by Friday.",
    "Возьму с собой проект договора.",
    "I will bring the signed schedule to our meeting.",
    "Выпустим гарантию в понедельник, если текст ок.",
    "Справку для аудиторов подготовлю к среде.",
    "Пожелание по шуму учтём в договоре подряда.",
])
def test_a_manager_sentence_of_the_same_shape_that_commits_is_a_promise(tmp_path,
                                                                         text: str) -> None:  # type: ignore[no-untyped-def]
    assert manager_promises(tmp_path, text) != []


@pytest.mark.parametrize("text,commits", [
    ("The board meets on 3 December; we aim to sign the lease by 18 December.", False),
    ("Повторю вопрос по графику — нам нужно понять до конца месяца.", False),
    ("Let me repeat my question on the schedule: we will decide by the end of the month.",
     False),
    ("Договор подпишем до 18 декабря.", True),
    ("We will send the signed lease by 18 December.", True),
])
def test_a_client_sentence_commits_only_when_it_is_no_aim_or_repeated_question(
        tmp_path, text: str, commits: bool) -> None:  # type: ignore[no-untyped-def]
    assert bool(client_commitments(tmp_path, text)) is commits


def test_what_the_head_promised_in_a_managers_conversation_is_agreed_in_that_deal(
        db, settings) -> None:  # type: ignore[no-untyped-def]
    from dealtrail import clock
    from indexer.negotiations import fold_negotiations
    from reports.pipeline import deal_details
    from tests.test_rules_world import World, at

    world = World(db)
    head = 1
    thread = world.thread(world.romashka, "Факторинг")
    world.message(when=at("2026-11-02 10:00"), direction="in", client_id=world.romashka,
                  manager_id=world.anna, thread_id=thread, text="Нужен факторинг на 20 млн.")
    world.message(when=at("2026-11-02 12:00"), direction="out", client_id=world.romashka,
                  manager_id=world.anna, thread_id=thread, text="Посчитаем условия.")
    said = world.message(when=at("2026-11-03 09:00"), direction="out",
                         client_id=world.romashka, manager_id=head, thread_id=thread,
                         text="Лимит согласую лично, решение будет у вас в среду.")
    promise = world.promise(message_id=said, made=at("2026-11-03 09:00"),
                            due=at("2026-11-04 23:59"), action="other",
                            client_id=world.romashka, manager_id=head, thread_id=thread,
                            text="Лимит согласую лично, решение будет у вас в среду.")
    with clock.freeze(at("2026-11-03 12:00")):
        fold_negotiations(world.db, settings)
    deals = db.conn.execute("SELECT id, manager_id FROM deals WHERE client_id = ?",
                            (world.romashka,)).fetchall()
    assert [m for _, m in deals] == [world.anna]        # the head takes no deal of their own
    agreed = deal_details(db, [deals[0][0]])[deals[0][0]]["agreed"]
    assert [a["text"] for a in agreed] == ["Лимит согласую лично, решение будет у вас в среду."]
    assert db.conn.execute("SELECT deal_id FROM promises WHERE id = ?",
                           (promise,)).fetchone()[0] == deals[0][0]


@pytest.mark.parametrize("text,commits", [
    # a promise the veto keeps without its date is still dated as a client's commitment
    ("Our lawyers will revert with their comments next week.", True),
    ("Our finance team will confirm the budget next week.", True),
    # the client's own business told in numbers is the setting of the deal
    ("В январе наймём 30 новых водителей.", False),
    ("We will have 40 new operators on the line from March.", False),
    ("We will receive 12 more trucks in January.", False),
])
def test_a_clients_dated_act_commits_and_its_own_business_in_numbers_does_not(
        tmp_path, text: str, commits: bool) -> None:  # type: ignore[no-untyped-def]
    assert bool(client_commitments(tmp_path, text)) is commits


@pytest.mark.parametrize("text,promises", [
    ("Паспорт пришлю заранее, приеду одна.", False),
    ("I will come with a colleague, see you there.", False),
    ("Приеду вдвоём с коллегой 27 ноября к 10:00.", True),      # a visit with its day
])
def test_who_comes_to_a_visit_with_no_day_is_no_promise(tmp_path, text: str,
                                                        promises: bool) -> None:  # type: ignore[no-untyped-def]
    assert bool(manager_promises(tmp_path, text)) is promises


@pytest.mark.parametrize("text,commits", [
    # a commitment that names no day is still one: it stays open until its act is seen
    ("Пропуск на вас закажем.", True),
    ("Оригиналы договора передадим с водителем.", True),
    ("We will send you the signed originals by courier.", True),
    ("Сообщим, как только директор подпишет.", True),
    # the acts of the first person and of the client's people, as the others are
    ("Подумаю до пятницы и напишу.", True),
    ("Юристы вернут замечания до среды.", True),
    ("Бухгалтер оплатит счёт до пятницы.", True),
    ("Our accountant will check the invoice by Friday.", True),
    ("Подписать договор планируем до конца месяца.", True),
    # a word that only begins like one of them
    ("Иначе придётся вернуться к другим предложениям.", False),
    ("Мы планируем с весны перевезти склад в Тверь.", False),
])
def test_a_clients_commitment_needs_no_day_and_is_read_by_its_act(tmp_path, text: str,
                                                                  commits: bool) -> None:  # type: ignore[no-untyped-def]
    assert bool(client_commitments(tmp_path, text)) is commits


@pytest.mark.parametrize("text", [
    "We will need a deposit account and payroll later.",
    "Нам понадобится ещё один счёт в валюте.",
    "I will invite our CFO as well.",
    "Приглашу нашего финансового директора.",
    "Anna from finance will join the call.",
    "I'll coordinate the visit from our side.",
    "Буду координировать поездку с нашей стороны.",
    "I'll circulate it to the partners.",
    "We will present your offer to our credit committee.",
    "Вынесем ваше предложение на наш инвестиционный комитет.",
    "I'll be honest with you.",
    "Буду краток: нам нужен лизинг.",
])
def test_a_clients_need_its_people_its_own_committee_and_its_manner_commit_nobody(
        text: str) -> None:
    from indexer.agreed import agreed

    assert not agreed(text, "client")


@pytest.mark.parametrize("text", [
    "Внесу правки в п. 4.1 и пришлю новую редакцию завтра.",
    "I will rework clause No. 7 and send the new draft tomorrow.",
])
def test_an_abbreviation_before_a_number_does_not_cut_the_promise_in_two(tmp_path,
                                                                         text: str) -> None:  # type: ignore[no-untyped-def]
    assert manager_promises(tmp_path, text) == [text]


@pytest.mark.parametrize("text", [
    "We will keep the quote valid for 30 days.",
    "I will keep these terms valid for two weeks.",
    "Условия гарантирую, они в силе до 20 декабря.",
])
def test_how_long_an_offer_holds_is_no_promise_however_it_is_worded(tmp_path,
                                                                     text: str) -> None:  # type: ignore[no-untyped-def]
    assert manager_promises(tmp_path, text) == []


def test_a_price_the_manager_holds_for_the_client_makes_an_offer() -> None:
    from datetime import UTC, datetime

    from indexer.deal_signals import detect_signals

    said = ("The 20ft container comes at USD 1,450 and we will hold this rate for your "
            "December loads.")
    found = detect_signals(said, direction="out",
                           ref_time=datetime(2026, 11, 16, 10, tzinfo=UTC))
    assert [s.kind for s in found if s.kind == "proposal"] == ["proposal"]


@pytest.mark.parametrize(("text", "side"), [
    # an act under a condition, no day named outside it
    ("Пересчитаю график, если пришлёте выручку по месяцам.", "manager"),
    ("If your tender documents ask for a deposit, we will of course provide it.", "manager"),
    ("Если в понедельник поставщик опять не привезёт — выставлю ему штраф.", "manager"),
    ("If we do not get the revised figures on Monday we will continue with the other bidders.",
     "client"),
    # what follows otherwise
    ("Нам важно получить деньги до 20-го, иначе переносим закупку на весну.", "client"),
    ("Otherwise we will have to look at other lenders for the new line.", "client"),
    # advice: the reader is to act
    ("Советуем застраховать груз на полную стоимость.", "manager"),
    ("We'd recommend you open the credit in euros.", "manager"),
    # a forecast of how long it takes
    ("Нашим юристам понадобится около недели.", "client"),
    ("The review will take about three weeks.", "client"),
    # what a meeting will hold
    ("На демонстрации покажем: карточку клиента, воронку и отчёты.", "manager"),
    ("On the call we'll cover: pricing, onboarding and the timeline.", "manager"),
    # a step inside the writer's own company, its departments named
    ("Уточню у рисковиков.", "manager"),
    ("Выносим вопрос на правление.", "manager"),
    ("I'll clarify it with our compliance.", "manager"),
])
def test_a_condition_a_consequence_advice_a_forecast_and_an_agenda_commit_nobody(
        text: str, side: str) -> None:
    from indexer.agreed import agreed

    assert not agreed(text, side)


@pytest.mark.parametrize(("text", "side"), [
    ("Если текст устроит, выпустим гарантию в четверг.", "manager"),
    ("I will send the draft on Thursday, if that works for you.", "manager"),
    ("Если согласуете, подпишем 10 декабря.", "client"),
    ("Давайте обсудим на встрече 8 декабря в 11:00, я пришлю приглашение.", "client"),
])
def test_an_act_with_its_own_day_commits_whatever_its_condition(text: str, side: str) -> None:
    from indexer.agreed import agreed

    assert agreed(text, side, dated=True)


@pytest.mark.parametrize("text", [
    "Если вас устроит, подготовлю проект гарантии.",
    "If the wording is fine with your lawyers, I will issue the guarantee.",
])
def test_an_act_whose_condition_is_only_the_readers_yes_still_commits(text: str) -> None:
    from indexer.agreed import agreed

    assert agreed(text, "manager")


@pytest.mark.parametrize(("text", "inbound"), [
    # what the meeting will hold, named as where the showing happens
    ("Про новые требования регулятора — покажу на встрече в четверг.", False),
    ("Черновик архитектуры на встрече покажем целиком.", False),
    ("I will show you the dashboard mock-ups at the meeting on Thursday.", False),
    # a question put off to a later time
    ("Вернёмся к этому вопросу в феврале, после отчётности.", True),
    ("We will come back to this topic after the audit, around 10 February.", True),
    ("We'll look at it again in March, once the budget is set.", True),
    # the letter asks its questions itself
    ("Чтобы расчёт был точным, уточню пару деталей: площадь склада и охрану.", False),
    ("So that the quote is accurate, let me ask two things: the floor area and the alarm.",
     False),
])
def test_what_a_meeting_holds_a_question_put_off_and_questions_asked_here_commit_nobody(
        tmp_path, text: str, inbound: bool) -> None:  # type: ignore[no-untyped-def]
    found = client_commitments(tmp_path, text) if inbound else manager_promises(tmp_path, text)
    assert found == []


@pytest.mark.parametrize(("text", "inbound"), [
    ("Приеду в четверг, покажу макеты отчётов.", False),
    ("I will send you the dashboard mock-ups on Thursday.", False),
    ("Вернёмся к вам с ответом до 10 февраля.", True),
    ("We will come back to you with our answer by 10 February.", True),
])
def test_a_visit_or_an_answer_to_the_reader_of_the_same_shape_still_commits(
        tmp_path, text: str, inbound: bool) -> None:  # type: ignore[no-untyped-def]
    found = client_commitments(tmp_path, text) if inbound else manager_promises(tmp_path, text)
    assert found != []


@pytest.mark.parametrize("text", [
    # the client turns the deal down: the loss of the deal, not its commitment
    "After some thought we'll stay with our own bank, it matched the rate with no deposit.",
    "We will go with our usual lessor after all - they matched the terms.",
    "Решили остаться в нашем банке, документы отзовём на этой неделе.",
    "Продолжим работу с нынешним поставщиком до конца года.",
])
def test_a_client_turning_the_deal_down_commits_to_nothing(tmp_path, text: str) -> None:  # type: ignore[no-untyped-def]
    assert client_commitments(tmp_path, text) == []


@pytest.mark.parametrize("text", [
    "Подпишем договор с вами до пятницы.",
    "We will stay with you and sign by Friday.",
])
def test_a_client_staying_with_us_still_commits(tmp_path, text: str) -> None:  # type: ignore[no-untyped-def]
    assert client_commitments(tmp_path, text) == [text]


@pytest.mark.parametrize(("text", "kept"), [
    # who comes along is staffing, whatever the verb
    ("Возьму на встречу коллегу из отдела рисков.", False),
    ("Возьмём нашего юриста, он ответит по договору.", False),
    ("I'll take our treasury specialist along.", False),
    ("I'll take along a colleague from risk.", False),
    # a thing taken along is still delivered
    ("Возьму документы с собой.", True),
    ("I'll take the signed copy to the meeting on Friday.", True),
])
def test_taking_a_colleague_along_is_staffing_taking_a_document_still_commits(
        tmp_path, text: str, kept: bool) -> None:  # type: ignore[no-untyped-def]
    assert (manager_promises(tmp_path, text) == [text]) is kept


@pytest.mark.parametrize("text", [
    "Марина, прикинем.",
    "Оформим.",
    "We'll calculate.",
])
def test_a_bare_verb_with_nothing_it_acts_on_is_an_acknowledgement(tmp_path, text: str) -> None:  # type: ignore[no-untyped-def]
    assert manager_promises(tmp_path, text) == []


@pytest.mark.parametrize(("text", "kept"), [
    ("Марина, прикинем. Расчёт пришлю к пятнице.", "Расчёт пришлю к пятнице."),
    ("Позвоню сам.", "Позвоню сам."),
    ("We'll calculate the rate by Friday.", "We'll calculate the rate by Friday."),
])
def test_a_verb_with_what_it_acts_on_or_its_day_still_commits(tmp_path, text: str,
                                                               kept: str) -> None:  # type: ignore[no-untyped-def]
    assert manager_promises(tmp_path, text) == [kept]


@pytest.mark.parametrize(("text", "found"), [
    # the act refused is a term turned down, not a commitment
    ("Ок, но аванс 50% мы не оплатим, только по факту поставки.", []),
    ("Этот пункт мы не согласуем.", []),
    ("We will not sign the guarantee in this form.", []),
    # a deadline said with «не позднее», or a refusal beside an act promised, still commits
    ("Не позднее пятницы подпишем.", ["Не позднее пятницы подпишем."]),
    ("Аванс вперёд не оплатим, но договор подпишем до пятницы.",
     ["Аванс вперёд не оплатим, но договор подпишем до пятницы."]),
])
def test_a_client_act_refused_commits_to_nothing(tmp_path, text: str, found: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert client_commitments(tmp_path, text) == found


@pytest.mark.parametrize(("text", "kept"), [
    # one thing promised twice in a letter is one agreed item, the dated one
    ("Расчёт обновлю с учётом второго склада. Новый расчёт пришлю до четверга.",
     ["Новый расчёт пришлю до четверга."]),
    ("The revised schedule (I'll send it separately).\nI will send you the revised schedule "
     "by Thursday.", ["I will send you the revised schedule by Thursday."]),
    # two things, each its own item
    ("Договор пришлю до четверга. Образцы привезу на встречу.",
     ["Договор пришлю до четверга.", "Образцы привезу на встречу."]),
    ("I will send you the contract by Thursday. I'll bring the samples to the meeting.",
     ["I will send you the contract by Thursday.", "I'll bring the samples to the meeting."]),
])
def test_one_thing_promised_twice_in_a_letter_is_one_item(tmp_path, text: str,
                                                          kept: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert manager_promises(tmp_path, text) == kept


@pytest.mark.parametrize(("text", "found"), [
    # a thing of the client's due by a day, with no one named as doing it
    ("Выписка за квартал будет к 25-му.", ["Выписка за квартал будет к 25-му."]),
    ("Гарантия от банка будет к среде, её ещё оформляют.",
     ["Гарантия от банка будет к среде, её ещё оформляют."]),
    ("The bank statements will be shared next week.",
     ["The bank statements will be shared next week."]),
    # with no day, or a state rather than a thing due, nothing is committed
    ("Решение будет к этому времени.", []),
    ("The rate will be higher without the deposit.", []),
    ("It will be signed once the board agrees.", []),
])
def test_a_thing_of_the_clients_due_by_a_day_is_a_commitment(tmp_path, text: str,
                                                            found: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert client_commitments(tmp_path, text) == found



@pytest.mark.parametrize("text", [
    # a named colleague, a team or the thing itself acts for our side, by a day
    "Ольга из бухгалтерии пришлёт акт сверки в четверг.",
    "Склад отгрузит вашу партию 20 ноября.",
    "Счёт в среду.",
    "Our legal team will send the redlines by Thursday.",
    "Maria sends the revised schedule tomorrow.",
    "Invoice Wednesday.",
])
def test_our_side_named_otherwise_than_i_or_we_commits_by_its_day(tmp_path, text: str) -> None:  # type: ignore[no-untyped-def]
    found = [i for i in _letter(tmp_path, text, inbound=False).intents  # type: ignore[attr-defined]
             if i.kind == "promise"]
    assert [i.sentence for i in found] == [text]
    assert found[0].due is not None


@pytest.mark.parametrize("text", [
    # a colleague's act already done, the client's own schedule, a question
    "Ольга из бухгалтерии вчера прислала акт сверки.",
    "Ваш склад принимает грузы по средам.",
    "Ольга пришлёт акт сверки в четверг?",
    "Maria sent the revised schedule on Friday.",
    "Your warehouse will take the delivery on Thursday.",
    "Will the invoice go out on Wednesday?",
])
def test_a_colleagues_past_act_the_clients_schedule_or_a_question_commits_nobody(
        tmp_path, text: str) -> None:  # type: ignore[no-untyped-def]
    assert manager_promises(tmp_path, text) == []


@pytest.mark.parametrize("text,commits", [
    # the writer's own people looking a paper over, with no day and nothing back to the
    # reader: a step inside the writer's company
    ("Договор получили, наш юрист его посмотрит.", False),
    ("Спасибо, в бухгалтерии посмотрят реквизиты.", False),
    ("Thanks for the term sheet, our legal team will go through it.", False),
    ("Got the draft; my accountant will look it over.", False),
    ("Пришлите проект, юристы посмотрят.", False),         # the request asks the reader
    ("Please send the draft over, our counsel will review it.", False),
    # the same with a day, or ending in an answer to the reader, commits
    ("Наш юрист посмотрит договор до среды.", True),
    ("Юристы посмотрят проект и вернутся к вам с замечаниями.", True),
    ("Our legal team will go through it by Thursday.", True),
    ("My accountant will look it over and get back to you.", True),
])
def test_the_writers_people_reviewing_a_paper_with_no_day_commit_nobody(
        tmp_path, text: str, commits: bool) -> None:  # type: ignore[no-untyped-def]
    assert bool(client_commitments(tmp_path, text)) is commits


@pytest.mark.parametrize("text", [
    # our thing said in the future passive, by a day: a past participle after "will be" is
    # no past act
    "The signed lease schedule will be sent by 20 November.",
    "The spare terminals will be shipped on Friday.",
    # the reader named as the one who will have our thing, by a day
    "You and Pavel will have the revised schedule on Thursday, 19 November.",
    "You will receive the draft guarantee tomorrow.",
])
def test_our_thing_in_the_future_passive_or_the_reader_receiving_it_commits_by_its_day(
        tmp_path, text: str) -> None:  # type: ignore[no-untyped-def]
    assert manager_promises(tmp_path, text) == [text]


@pytest.mark.parametrize("text", [
    # a past act reported, and the reader's own act, stay no promise of ours
    "The signed lease schedule was sent to you on 12 November.",
    "You will have to sign the schedule by Thursday.",
    "You will receive a call from the insurer tomorrow?",
    # the future passive whose agent is the reader: the reader's act
    "The lease schedule will be signed by your director on Friday.",
])
def test_a_past_passive_or_the_readers_own_duty_commits_nobody(tmp_path, text: str) -> None:  # type: ignore[no-untyped-def]
    assert manager_promises(tmp_path, text) == []


@pytest.mark.parametrize("text,promises", [
    # what is priced separately is the offer's scope, not an act promised
    ("Страхование техники посчитаем отдельно.", False),
    ("Доставку оценим отдельно, это другой договор.", False),
    ("Insurance of the equipment we will price separately.", False),
    ("Installation we'll quote separately, it is a different contract.", False),
    # a calculation promised with its day still is one
    ("Страхование посчитаем отдельно и пришлём до пятницы.", True),
    ("We will quote the installation separately by Friday.", True),
    # a bare verb with its pronoun and nothing it acts on
    ("Я приеду.", False),
    ("Мы подъедем.", False),
    ("Я приеду в четверг.", True),
])
def test_what_is_priced_separately_or_a_pronoun_and_a_bare_verb_is_no_promise(
        tmp_path, text: str, promises: bool) -> None:  # type: ignore[no-untyped-def]
    assert bool(manager_promises(tmp_path, text)) is promises


@pytest.mark.parametrize(("text", "side"), [
    # an act promised in its own clause beside a proposal: the proposal waits, the act does not
    ("Каталог вышлю сегодня до вечера, а встречу предлагаю провести в пятницу.", "manager"),
    ("Пробную партию отгрузим на ваш склад — предлагаю 14 марта.", "manager"),
    ("Предлагаю созвониться во вторник, а подписанный протокол пришлём до пятницы.", "client"),
    ("I will send you the price list today, and I suggest we meet on Friday.", "manager"),
    # a time's colon is not the colon of a list the letter gives itself
    ("Опишу проблему технологам в 16:30 и перезвоню вам сегодня.", "manager"),
])
def test_an_act_beside_a_proposal_or_a_time_still_commits(text: str, side: str) -> None:
    from indexer.agreed import agreed

    assert agreed(text, side, dated=True)


@pytest.mark.parametrize(("text", "side"), [
    # a proposal whose other clauses only hold what is talked about together
    ("Предлагаю встретиться в четверг, обсудим график поставок.", "manager"),
    ("I suggest a call on Monday, and we will discuss the delivery plan.", "manager"),
    # the client's own body still to decide
    ("Если совет директоров утвердит, подпишем до 20 декабря.", "client"),
    ("If the supervisory board approves, we will sign by 20 December.", "client"),
    # a conversation put off
    ("Вернёмся к нашему разговору весной, когда будет бюджет.", "client"),
    # what a call will hold, however long the thing shown is named
    ("I will show you the two cold rooms of the new warehouse layout during our call on Friday.",
     "manager"),
])
def test_a_proposal_the_clients_own_body_a_talk_put_off_and_a_call_agenda_commit_nobody(
        text: str, side: str) -> None:
    from indexer.agreed import agreed

    assert not agreed(text, side, dated=True)


@pytest.mark.parametrize("text", [
    "Если согласуете, подпишем в понедельник.",
    "If you approve it, we will sign on Monday.",
])
def test_a_promise_waiting_on_the_readers_decision_still_commits(text: str) -> None:
    from indexer.agreed import agreed

    assert agreed(text, "client", dated=True)


@pytest.mark.parametrize("text", [
    "Предлагаю встретиться на складе 12 марта в 10:00 — приглашение пришлю сегодня.",
    "I suggest we meet at the plant on 12 March at 10:00, I will send the invite today.",
])
def test_the_invitation_to_a_meeting_proposed_is_the_proposals_own_errand(text: str) -> None:
    from indexer.agreed import agreed

    assert not agreed(text, "manager", dated=True)


@pytest.mark.parametrize(("text", "side"), [
    # a plan or a try
    ("We plan to send the pallets to your depot on Monday.", "client"),
    ("I will try to be at the tasting on Thursday.", "client"),
    ("Планируем отгрузить пробную партию в среду.", "client"),
    # readiness offered
    ("Готова приехать к вам на склад в четверг, покажу упаковку.", "manager"),
    ("We are happy to send two more reference letters this week.", "manager"),
    # the reader's time accepted with a bare verb
    ("Вторник, 11:30 — хорошо, подъеду.", "manager"),
    ("Thursday at 10 - great, I'll be there.", "manager"),
    # the letter sums itself up
    ("Подытожу: 80 гостей, 14 марта, ужин и трансфер.", "manager"),
])
def test_a_plan_a_try_readiness_an_accepted_time_and_a_summary_commit_nobody(
        text: str, side: str) -> None:
    from indexer.agreed import agreed

    assert not agreed(text, side, dated=True)


@pytest.mark.parametrize(("text", "side"), [
    ("Расчёт будет готов к пятнице, пришлю сразу.", "manager"),
    ("The samples are ready, we will ship them on Monday.", "manager"),
    ("Вторник, 11:30 — хорошо, подъеду и привезу подписанный договор.", "manager"),
])
def test_a_thing_ready_or_an_accepted_time_with_an_act_still_commits(text: str,
                                                                   side: str) -> None:
    from indexer.agreed import agreed

    assert agreed(text, side, dated=True)


def test_a_plan_named_as_a_thing_brought_still_commits() -> None:
    from indexer.agreed import agreed

    assert agreed("I will bring the floor plan to our visit on 4 March.", "manager", dated=True)


# A thing of ours on its way with its day named as a part of today ("this afternoon", "later
# today") or as a span of working days ("within five working days", «в течение трёх рабочих
# дней»): the day is named, so our side committed to it, with that day.
@pytest.mark.parametrize("text", [
    "The countersigned lease will reach you via DocuSign this afternoon.",
    "The revised rota goes out to you this evening.",
    "The overpaid fee will be credited back to your account within five working days.",
    "The deposit will be refunded within 3 business days.",
    "Акт сверки бухгалтерия пришлёт в течение трёх рабочих дней.",
    "Новый график монтажа бригадир пришлёт в течение 2 рабочих дней.",
])
def test_our_thing_due_this_afternoon_or_within_working_days_is_a_promise(
        tmp_path, text: str) -> None:  # type: ignore[no-untyped-def]
    assert manager_promises(tmp_path, text) == [text]


@pytest.mark.parametrize("text", [
    "The deposit was refunded within 3 business days.",         # past: told, not promised
    "Your director will sign it this afternoon.",               # the reader's act
    "Ваш бухгалтер пришлёт акт в течение трёх рабочих дней.",    # the reader's people
    "Would the invoice reach you this afternoon?",               # a question
])
def test_a_past_act_the_readers_act_or_a_question_in_such_a_span_is_no_promise(
        tmp_path, text: str) -> None:  # type: ignore[no-untyped-def]
    assert manager_promises(tmp_path, text) == []


# What the manager says it could do with no day of its own is an offer of readiness, as
# «готов» is: nothing agreed until the client takes it; an act promised outright before it
# in the sentence, or the offer's own day, still commits.
@pytest.mark.parametrize("text", [
    "Могу выслать шаблон заявки, оформим за один день.",
    "В пятницу буду в Тольятти, могу заехать к вам и посмотреть склад.",
    "Можем привезти пробные образцы на склад.",
    "I can send you the sample agreement as well.",
    "On Thursday I'm in Leeds, we could drop by to look at the loading bay.",
])
def test_what_the_manager_could_do_is_an_offer_not_an_agreed_item(text: str) -> None:
    from indexer.agreed import agreed

    assert not agreed(text, "manager", dated=True)


@pytest.mark.parametrize("text", [
    "Вышлю шаблон заявки завтра, могу и образец договора приложить.",
    "I'll send the draft on Friday, and I can also share the checklist.",
    "We can confirm the pallets will leave the depot on Monday.",
    "Завтра привезу образцы.",
    "Можем привезти пробные образцы в среду.",           # an offer with its own day
    "We could drop by on Thursday to look at the loading bay.",
])
def test_an_act_promised_before_what_could_be_done_still_commits(text: str) -> None:
    from indexer.agreed import agreed

    assert agreed(text, "manager", dated=True)
