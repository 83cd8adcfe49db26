"""Hand-built rows for rule tests (no tests here): managers, clients, mail, events, deals."""

from __future__ import annotations

import itertools
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from dealtrail import clock

MSK = ZoneInfo("Europe/Moscow")
BER = ZoneInfo("Europe/Berlin")
_seq = itertools.count(1)


def at(text: str, tz: ZoneInfo = MSK) -> datetime:
    """``"2026-11-27 18:30"`` in ``tz`` as an aware datetime."""
    return datetime.fromisoformat(text).replace(tzinfo=tz)


def iso(text: str, tz: ZoneInfo = MSK) -> str:
    return clock.iso(at(text, tz))


class World:
    """A tiny company in a database: Anna (Moscow), Ben (Berlin), two directory clients."""

    def __init__(self, db: Any) -> None:
        self.db = db
        stamp = iso("2026-11-01 09:00")
        db["managers"].insert_all([
            {"id": 1, "email": "head@testbank.ru", "name": "Olga Head", "role": "head",
             "timezone": "Europe/Moscow"},
            {"id": 2, "email": "anna@testbank.ru", "name": "Anna Petrova", "role": "manager",
             "timezone": "Europe/Moscow"},
            {"id": 3, "email": "ben@testbank.ru", "name": "Ben Miller", "role": "manager",
             "timezone": "Europe/Berlin"},
        ])
        db["mailboxes"].insert_all([
            {"id": 1, "name": "anna", "kind": "maildir", "owner_email": "anna@testbank.ru"},
            {"id": 2, "name": "ben", "kind": "maildir", "owner_email": "ben@testbank.ru"},
        ])
        db["clients"].insert_all([
            {"id": 10, "name": "Romashka LLC", "owner_email": "anna@testbank.ru",
             "key": "romashka.ru", "source": "directory", "created_at": stamp},
            {"id": 20, "name": "Berlin Steel", "owner_email": "ben@testbank.ru",
             "key": "steel.de", "source": "directory", "created_at": stamp},
        ])
        self.anna, self.ben = 2, 3
        self.romashka, self.steel = 10, 20

    def thread(self, client_id: int, subject: str = "Credit line") -> int:
        return self.db["threads"].insert(
            {"key": f"t{next(_seq)}", "subject": subject, "client_id": client_id}).last_pk

    def message(self, *, when: datetime, direction: str, client_id: int, manager_id: int,
                thread_id: int | None = None, text: str = "", is_request: int = 0,
                has_attachment: int = 0, has_link: int = 0, subject: str = "Credit line",
                mailbox_id: int | None = None) -> int:
        n = next(_seq)
        return self.db["messages"].insert({
            "mailbox_id": mailbox_id or (1 if manager_id == self.anna else 2),
            "message_key": f"<m{n}@x>", "folder": "INBOX" if direction == "in" else "Sent",
            "remote_id": str(n), "message_id": f"m{n}@x", "thread_id": thread_id,
            "subject": subject, "from_addr": "client@romashka.ru" if direction == "in"
            else "anna@testbank.ru", "sent_at": clock.iso(when), "direction": direction,
            "client_id": client_id, "manager_id": manager_id, "has_attachment": has_attachment,
            "has_link": has_link, "is_request": is_request, "new_text": text,
            "indexed_at": clock.iso(when)}).last_pk

    def promise(self, *, message_id: int, made: datetime, due: datetime | None, action: str,
                client_id: int, manager_id: int, thread_id: int | None = None,
                text: str = "Пришлю договор до понедельника", grain: str = "day",
                deal_id: int | None = None) -> int:
        return self.db["promises"].insert({
            "message_id": message_id, "party": "manager", "action": action, "text": text,
            "span_start": 0, "span_end": len(text), "made_at": clock.iso(made),
            "due_at": clock.iso(due) if due else None, "due_grain": grain,
            "manager_id": manager_id, "client_id": client_id, "thread_id": thread_id,
            "deal_id": deal_id}).last_pk

    def event(self, *, start: datetime, end: datetime, client_id: int, manager_id: int,
              uid: str | None = None, summary: str = "Meeting", status: str = "confirmed") -> int:
        n = next(_seq)
        return self.db["events"].insert({
            "mailbox_id": 1 if manager_id == self.anna else 2, "calendar": "Calendar",
            "remote_id": f"e{n}", "uid": uid or f"uid{n}", "summary": summary,
            "start_at": clock.iso(start), "end_at": clock.iso(end), "client_id": client_id,
            "manager_id": manager_id, "status": status, "indexed_at": clock.iso(start)}).last_pk

    def contact(self, *, when: datetime, client_id: int, manager_id: int,
                channel: str = "email_out") -> int:
        return self.db["contacts"].insert({
            "key": f"{channel}:{next(_seq)}", "manager_id": manager_id, "client_id": client_id,
            "at": clock.iso(when), "channel": channel}).last_pk

    def deal(self, *, client_id: int, manager_id: int, created: datetime,
             next_contact: datetime | None = None, expected_close: str | None = None,
             status: str = "open", title: str = "Credit line 50M") -> int:
        return self.db["deals"].insert({
            "client_id": client_id, "manager_id": manager_id, "title": title, "stage": "proposal",
            "amount_minor": 5_000_000_000, "currency": "RUB", "status": status,
            "expected_close": expected_close,
            "next_contact_at": clock.iso(next_contact) if next_contact else None,
            "created_at": clock.iso(created), "updated_at": clock.iso(created)}).last_pk

    def only_deal(self) -> dict[str, Any]:
        """The one deal of the world, as a row of names and values (a test of one
        conversation's fold)."""
        cur = self.db.conn.execute("SELECT * FROM deals")
        [row] = cur.fetchall()
        return dict(zip([c[0] for c in cur.description], row, strict=True))

    def violations(self, rule: str | None = None) -> list[dict[str, Any]]:
        sql = "SELECT * FROM violations" + (" WHERE rule = ?" if rule else "") + " ORDER BY id"
        return [dict(r) for r in self.db.query(sql, [rule] if rule else [])]
