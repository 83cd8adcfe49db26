"""One negotiation per product: a conversation whose subject names no product is about the
product both sides name in it when the manager priced it there; a product one side names in
passing starts no negotiation of its own."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from tests.one_mailbox import index_and_fold

MANAGER = "Anna <anna@integra.ru>"
CLIENT = "Mark Stone <mark@fenwick-foods.com>"
PRODUCTS = [
    {"code": "acquiring", "name_en": "Acquiring", "name_ru": "Эквайринг",
     "aliases": ["эквайринг", "acquiring", "POS terminal", "терминал"]},
    {"code": "payroll", "name_en": "Payroll", "name_ru": "Зарплатный проект",
     "aliases": ["зарплатный проект", "payroll"]},
]


def _letter(n: int, thread: str, subject: str, sender: str, to: str, body: str,
            reply_to: int | None) -> bytes:
    msg = EmailMessage()
    msg["Message-ID"] = f"<{thread}{n}@test>"
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject if reply_to is None else f"Re: {subject}"
    msg["Date"] = f"Mon, {9 + n} Nov 2026 11:00:00 +0300"
    if reply_to is not None:
        msg["In-Reply-To"] = f"<{thread}{reply_to}@test>"
    msg.set_content(body)
    return msg.as_bytes()


def _products(tmp_path: Path, db: Any, threads: list[tuple[str, list[str]]]) -> list[str]:
    """Each thread is (subject, bodies): the client writes first, the manager answers, in
    turn; threads follow each other in time. Returns the products of the deals made."""
    letters = []
    for t, (subject, bodies) in enumerate(threads):
        for k, body in enumerate(bodies):
            n = len(letters) + 1
            sender, to = (CLIENT, MANAGER) if k % 2 == 0 else (MANAGER, CLIENT)
            letters.append(_letter(n, f"t{t}-", subject, sender, to, body, n - 1 if k else None))
    index_and_fold(tmp_path, db, letters, domain="integra.ru", now="2026-11-30 12:00",
                   products=PRODUCTS)
    return sorted(r[0] or "" for r in db.execute(
        "SELECT p.code FROM deals d LEFT JOIN products p ON p.id = d.product_id"))


@pytest.mark.parametrize("threads", [
    [("Эквайринг для трёх магазинов",
      ["Анна, добрый день! Нужен эквайринг для трёх магазинов, какие условия?",
       "Марк, добрый день! Эквайринг: ставка 1,6 %, терминалы бесплатно. Тарифы во вложении."]),
     ("Вопрос",
      ["Анна, ещё вопрос: мы хотим перевести сотрудников на зарплатный проект, 120 человек. "
       "Что предложите?",
       "Марк, по зарплатному проекту: выпуск карт бесплатно, комиссия за зачисление 0,3 %, "
       "стоимость обслуживания 0 руб. Коммерческое предложение во вложении."])],
    [("POS terminals for three shops",
      ["Hi Anna, we need acquiring for our three shops. What are your rates?",
       "Hi Mark, acquiring at 1.6%, the POS terminals are free. Our proposal is attached."]),
     ("Another question",
      ["Anna, one more thing: we would like to move our 120 staff to a payroll scheme. What "
       "can you offer?",
       "Mark, for payroll we charge 0.3% per transfer and the cards are free. Please find "
       "attached our proposal for the payroll service."])],
])
def test_a_conversation_both_sides_hold_about_another_product_it_was_priced_in_is_its_own(
        tmp_path: Path, db: Any, threads: list[tuple[str, list[str]]]) -> None:
    assert _products(tmp_path, db, threads) == ["acquiring", "payroll"]


@pytest.mark.parametrize("threads", [
    # The client names the second product once in passing; the manager answers of the first.
    [("Эквайринг для трёх магазинов",
      ["Анна, добрый день! Нужен эквайринг для трёх магазинов, какие условия?",
       "Марк, добрый день! Эквайринг: ставка 1,6 %, терминалы бесплатно. Тарифы во вложении."]),
     ("Вопрос",
      ["Анна, по ставке 1,6 %: у нас сейчас зарплатный проект в другом банке, это влияет?",
       "Марк, нет, ставка та же. Коммерческое предложение во вложении, 1,6 % на все точки."])],
    # Both sides name the second product, but nothing is priced for it: talk, no offer.
    [("POS terminals for three shops",
      ["Hi Anna, we need acquiring for our three shops. What are your rates?",
       "Hi Mark, acquiring at 1.6%, the POS terminals are free. Our proposal is attached."]),
     ("Another question",
      ["Anna, do you also run payroll schemes? Just asking for later.",
       "Mark, yes, we do payroll too; happy to talk about it whenever you are ready."])],
])
def test_a_second_product_named_in_passing_or_never_priced_makes_no_second_negotiation(
        tmp_path: Path, db: Any, threads: list[tuple[str, list[str]]]) -> None:
    assert _products(tmp_path, db, threads) == ["acquiring"]
