"""Our own supplier is no client: a correspondent outside the directory that the manager
wrote to first, and with whom the manager was the first to bargain over a price while never
offering one, or to whom the manager speaks of our client as a third party, is a vendor we
buy from (the licences we resell, a venue, a subcontractor)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from tests.one_mailbox import index_and_fold

MANAGER = "Anna <anna@integra.ru>"
OTHER = "Mark Stone <mark@softvendor.com>"


def _letter(n: int, sender: str, to: str, body: str) -> bytes:
    msg = EmailMessage()
    msg["Message-ID"] = f"<s{n}@test>"
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = "Партнёрство" if n == 1 else "Re: Партнёрство"
    msg["Date"] = f"Mon, {9 + n} Nov 2026 11:00:00 +0300"
    if n > 1:
        msg["In-Reply-To"] = f"<s{n - 1}@test>"
        msg["References"] = " ".join(f"<s{k}@test>" for k in range(1, n))
    msg.set_content(body)
    return msg.as_bytes()


def _deals(tmp_path: Path, db: Any, bodies: list[str]) -> int:
    letters = [_letter(n, MANAGER, OTHER, body) if n % 2 else _letter(n, OTHER, MANAGER, body)
               for n, body in enumerate(bodies, 1)]
    index_and_fold(tmp_path, db, letters, domain="integra.ru", now="2026-11-25 12:00")
    return int(db.execute("SELECT count(*) FROM deals").fetchone()[0])


@pytest.mark.parametrize("bodies", [
    ["Добрый день! Мы интегратор, планируем продавать ваши лицензии нашим заказчикам в "
     "регионе. Расскажите, как устроена партнёрская программа?",
     "Анна, добрый день! Прайс для партнёров во вложении, условия зависят от статуса партнёра.",
     "Спасибо. Для нас дороговато: другие вендоры дают партнёрам 30 %. Можете снизить цену?",
     "Анна, можем дать 25 % на первый год, это наш максимум."],
    ["Hi Mark, we are a systems integrator and would like to resell your licences to our "
     "customers. How does your partner programme work?",
     "Hi Anna, partners get 20% off the list price; Silver status needs RUB 5m of sales.",
     "Thanks Mark. Could you do a better discount? Another vendor offers us 30%.",
     "Anna, 25% for the first year is the best we can do."],
])
def test_a_vendor_we_bargain_with_is_a_supplier_not_a_client(
        tmp_path: Path, db: Any, bodies: list[str]) -> None:
    assert _deals(tmp_path, db, bodies) == 0


@pytest.mark.parametrize("bodies", [
    # We offered first; the client bargained; our floor answers it: a client.
    ["Марк, добрый день! Предлагаем внедрение СЭД: 50 лицензий и настройка — 2,4 млн руб. "
     "с НДС. Удобно обсудить на неделе?",
     "Анна, спасибо. Дороговато для нас, можете снизить цену?",
     "Марк, 2,2 млн — это наш минимум, ниже не могу.",
     "Хорошо, обсудим с директором и вернёмся."],
    # The manager opened with no price; the client was first to bargain: still a client.
    ["Hi Mark, following the exhibition: we implement document workflow systems for "
     "distributors. Would you like a demo?",
     "Hi Anna, we saw your prices online - a bit expensive for us. Could you come down a "
     "little on the set-up fee?",
     "Mark, we cannot go lower on the set-up fee, but the first month is free.",
     "OK, let's have the demo next week."],
])
def test_a_client_we_wrote_to_first_who_bargains_with_us_stays_a_client(
        tmp_path: Path, db: Any, bodies: list[str]) -> None:
    assert _deals(tmp_path, db, bodies) == 1


@pytest.mark.parametrize("bodies", [
    # We wrote first about our client's order; the manager speaks of the client throughout.
    ["Mark, good morning. Our customer Fenwick Bakeries still has not received the two "
     "mixers of order 4471 that left your warehouse last week. Where are they?",
     "Anna, the pallet is with the haulier, delivery is booked for Thursday.",
     "Thanks. The customer is asking for the tracking number as well, can you send it?",
     "Tracking: HX-55120-B."],
    ["Mark, hello. Following your dealer price for the pump set: the end client wants it "
     "on site in four weeks. Is that possible?",
     "Anna, four weeks is possible with air freight, plus EUR 900.",
     "Understood, I will let the client know and come back to you.",
     "Fine, the slot is held until Friday."],
    ["Марк, добрый день! По заявке 118: клиент переносит монтаж на следующую неделю, "
     "подскажите, когда сможет выехать ваш инженер?",
     "Анна, инженер свободен во вторник с 10 до 13.",
     "Отлично, клиента предупрежу. Адрес прежний.",
     "Принято, вторник, 10:00."],
    ["Марк, добрый день! Спасибо за бронь зала на 12.03. Наш заказчик ООО «Вектор» "
     "просит добавить кофе-брейк в 15:00.",
     "Анна, добавили кофе-брейк, счёт пришлём к пятнице.",
     "Спасибо, сообщу заказчику.",
     "Хорошо, ждём группу 12-го."],
])
def test_a_correspondent_we_tell_of_our_client_is_a_supplier_not_a_client(
        tmp_path: Path, db: Any, bodies: list[str]) -> None:
    assert _deals(tmp_path, db, bodies) == 0


@pytest.mark.parametrize("bodies", [
    # We made an offer; speaking of the client's own customer does not undo it.
    ["Mark, our offer for the line: 4 pumps at USD 18,200 each, DAP Almaty, 6 weeks.",
     "Anna, thanks. Our end customer wants delivery in five weeks, can you do that?",
     "Mark, five weeks is possible for an extra USD 600 per unit.",
     "OK, I will check with them and come back."],
    ["Марк, добрый день! Направляем коммерческое предложение: 3 насоса по 410 000 руб., "
     "поставка 4 недели.",
     "Анна, спасибо. Заказчик просит срок 3 недели, это реально?",
     "Марк, 3 недели реально при предоплате 50 %.",
     "Хорошо, согласуем и вернёмся."],
    # A client told of our service desk, and as our client: the cue's look-alikes.
    ["Hi Mark, as our client, you get priority support: our customer service team will "
     "call you on Monday about the upgrade. Would you like a demo of the new module too?",
     "Hi Anna, yes please. We are considering the module for our three warehouses; how is "
     "it licensed?",
     "Licensed per warehouse. Tuesday 11:00 for the demo?",
     "Tuesday 11:00 is fine, see you then."],
    ["Марк, добрый день! Как наш клиент вы можете перейти на новую версию бесплатно. "
     "Показать вам новый модуль на неделе?",
     "Анна, да, интересно. Думаем о модуле для трёх складов, как он лицензируется?",
     "По числу складов. Клиент-банк и служба поддержки клиентов помогут с переходом. Демо "
     "во вторник в 11:00?",
     "Во вторник в 11:00 подходит."],
])
def test_a_client_spoken_to_of_customers_stays_a_client(
        tmp_path: Path, db: Any, bodies: list[str]) -> None:
    assert _deals(tmp_path, db, bodies) == 1
