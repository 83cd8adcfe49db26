"""A correspondent that quotes us its own price sells to us: the vendor whose licences we
resell, the supplier we buy from. Written to first by the manager, never offered a price by
us, it is no client; a client quoting a rival's price, its budget or our price stays one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_negotiations import kinds
from tests.test_suppliers import _deals


@pytest.mark.parametrize("bodies", [
    ["Марк, добрый день! Планируем продлить 50 лицензий на 2027 год для наших заказчиков. "
     "Кто у вас теперь ведёт партнёрские продления?",
     "Анна, добрый день! Продления веду я. Стоимость лицензии для партнёров — 12 000 руб. за "
     "рабочее место в год, действует до 31.12.",
     "Спасибо, Марк. Передам руководству и вернусь.",
     "Хорошо, Анна, жду."],
    ["Hi Mark, we are planning to renew our 50 seats for 2027 on behalf of our customers. "
     "Who looks after partner renewals on your side now?",
     "Hi Anna, I do. The partner price is USD 140 per seat per year, valid till the end of "
     "December.",
     "Thanks Mark, I will take it to our management and come back to you.",
     "Great, talk soon."],
    ["Hi Mark, our stand contractor for the spring fair fell through. Are you free in March?",
     "Hi Anna, yes, we are. Renewal of last year's build for the 36 m2 stand comes to "
     "EUR 6,300; the offer is valid until 15 December.",
     "Thanks, I will confirm next week.",
     "Sure."],
])
def test_a_correspondent_that_quotes_us_its_price_is_a_supplier_not_a_client(
        tmp_path: Path, db: Any, bodies: list[str]) -> None:
    assert _deals(tmp_path, db, bodies) == 0


@pytest.mark.parametrize("bodies", [
    # We wrote first; the client quotes a rival's price and its budget: still a client.
    ["Марк, добрый день! Мы внедряем СЭД для дистрибьюторов. Интересно посмотреть демо?",
     "Анна, интересно. Другие интеграторы дают нам 9 000 руб. за место, бюджет — 1,2 млн руб. "
     "с НДС. Сможете уложиться?",
     "Марк, уложимся: 50 мест и настройка — 1,15 млн руб. с НДС.",
     "Хорошо, давайте демо во вторник."],
    ["Hi Mark, following the exhibition: we run document workflow for distributors. Would a "
     "demo be useful?",
     "Hi Anna, yes. We currently pay USD 120 per seat to our present provider and another "
     "vendor offers us USD 100. Can you match that?",
     "Mark, we can do USD 98 per seat for 50 seats, set-up included.",
     "OK, let's have the demo next week."],
    # Our price restated by the client, bargained over: a client's sentence.
    ["Hi Mark, a quick follow-up on our renewal terms for your team. Do you have a minute?",
     "Hi Anna, your price of USD 140 per seat is above our budget for next year.",
     "Mark, for 50 seats we can do USD 128, that is our floor.",
     "Fine, send the paperwork."],
])
def test_a_client_quoting_a_rivals_price_its_budget_or_ours_stays_a_client(
        tmp_path: Path, db: Any, bodies: list[str]) -> None:
    assert _deals(tmp_path, db, bodies) == 1


@pytest.mark.parametrize("text,sells", [
    ("Стоимость лицензии для партнёров — 12 000 руб. за место, действует до 31.12.", True),
    ("The partner price is USD 140 per seat per year, valid till the end of December.", True),
    ("Нам нужно 3 насоса, бюджет 1,2 млн руб. с НДС.", False),
    ("We currently pay EUR 2,100 a month to our cleaners.", False),
    ("Сейчас платим 18 500 руб. в месяц текущему подрядчику.", False),
])
def test_the_price_a_correspondent_sells_at_is_told_from_the_buyers(text: str,
                                                                    sells: bool) -> None:
    assert ("sells" in kinds(text, "in")) is sells
    assert "sells" not in kinds(text, "out")
