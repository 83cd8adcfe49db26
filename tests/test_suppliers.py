"""Our own supplier is no client: a correspondent outside the directory that the manager
wrote to first, and with whom the manager was the first to bargain over a price while never
offering one, is a vendor we buy from (the licences we resell, a venue, a subcontractor)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from dealtrail import clock
from dealtrail.config import from_mapping
from dealtrail.directory import sync_directory
from indexer.negotiations import fold_negotiations
from indexer.sync import sync_mailbox
from tests.test_indexer_files import _maildir
from tests.test_rules_world import at

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
    inbox = _maildir(tmp_path / "md")
    for n, body in enumerate(bodies, 1):
        raw = _letter(n, MANAGER, OTHER, body) if n % 2 else _letter(n, OTHER, MANAGER, body)
        (inbox / "cur" / f"{n}.a:2,S").write_bytes(raw)
    settings = from_mapping({
        "company": {"internal_domains": ["integra.ru"]},
        "managers": [{"email": "anna@integra.ru", "name": "Anna"}],
        "mailboxes": [{"name": "anna", "kind": "maildir", "owner": "anna@integra.ru",
                       "path": str(tmp_path / "md")}],
        "clients": {"auto_create": True},
    })
    sync_directory(db, settings)
    report = sync_mailbox(db, settings, settings.mailboxes[0])
    assert (report.added, report.failed) == (len(bodies), 0)
    with clock.freeze(at("2026-11-25 12:00")):
        fold_negotiations(db, settings)
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
