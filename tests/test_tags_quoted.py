"""A reply under a quoted digest line: the one item code in the quoted part names the deal."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from dealtrail import clock
from dealtrail.config import from_mapping
from dealtrail.deals import create_deal, get_deal
from dealtrail.directory import sync_directory
from indexer.sync import sync_all
from indexer.tags_apply import process_pending

TAG = "deals@testbank.ru"
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def reply(n: int, new_text: str, quoted: str) -> bytes:
    msg = EmailMessage()
    msg["Message-ID"] = f"<reply{n}@testbank.ru>"
    msg["From"] = "Anna <anna@testbank.ru>"
    msg["To"] = TAG
    msg["Subject"] = "RE: Ежедневная сводка"
    msg["Date"] = "Wed, 25 Nov 2026 11:50:00 +0300"
    quote = "\n".join("> " + line for line in quoted.splitlines())
    msg.set_content(f"{new_text}\n\n25.11.2026 в 08:30, dealtrail <dealtrail@testbank.ru> "
                    f"написал(а):\n{quote}\n")
    return msg.as_bytes()


def maildir(root: Path) -> Path:
    for sub in ("cur", "new", "tmp"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    return root


def test_a_single_quoted_code_names_the_deal_and_two_are_refused(tmp_path: Path, db: Any) -> None:
    tags, anna = maildir(tmp_path / "tags"), tmp_path / "anna"
    sent = maildir(anna / ".Sent")
    maildir(anna)
    settings = from_mapping({
        "company": {"internal_domains": ["testbank.ru"]},
        "managers": [{"email": "anna@testbank.ru", "name": "Anna", "locale": "ru"}],
        "tags": {"address": TAG},
        "mailboxes": [
            {"name": "anna", "kind": "maildir", "owner": "anna@testbank.ru", "path": str(anna)},
            {"name": "tags", "kind": "maildir", "owner": TAG, "purpose": "tags", "path": str(tags)},
        ],
    })
    with clock.freeze(NOW):
        sync_directory(db, settings)
        client = db.execute("INSERT INTO clients (name, key, created_at) VALUES"
                            " ('Acme', 'domain:acme.ru', '2026-01-01')").lastrowid
        manager = db.execute("SELECT id FROM managers").fetchone()[0]
        one = create_deal(db, client_id=client, manager_id=manager, actor="t", source="import",
                          stage="qualified")
        two = create_deal(db, client_id=client, manager_id=manager, actor="t", source="import",
                          stage="qualified")
        single = reply(1, "#этап кп", f"Просроченные контакты:\nD-{one} Acme — позвонить сегодня")
        double = reply(2, "#этап переговоры",
                       f"D-{one} Acme — позвонить сегодня\nD-{two} Acme — отправить КП")
        for n, raw in ((1, single), (2, double)):
            (tags / "cur" / f"{n}.r:2,S").write_bytes(raw)
            (sent / "cur" / f"{n}.r:2,S").write_bytes(raw)
        sync_all(db, settings)
        process_pending(db, settings, confirm=False)
        assert get_deal(db, one)["stage"] == "proposal"
        assert get_deal(db, two)["stage"] == "qualified"
        status = dict(db.execute("SELECT message_key, status FROM tag_commands").fetchall())
        assert status == {"reply1@testbank.ru": "applied", "reply2@testbank.ru": "rejected"}
