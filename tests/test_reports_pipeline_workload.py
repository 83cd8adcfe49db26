"""Negotiations and workload on small hand-built data."""

from __future__ import annotations

from typing import Any

from reports import api
from tests.test_reports_support import STAMP, at, deal, seed

NOW = at("2026-11-27T12:00:00+03:00")  # a Friday


def message(db: Any, ident: int, manager_id: int, client_id: int | None, thread_id: int,
            sent_at: str, direction: str) -> None:
    db["messages"].insert({"id": ident, "mailbox_id": 1, "message_key": f"k{ident}",
                           "folder": "INBOX", "remote_id": str(ident), "thread_id": thread_id,
                           "sent_at": sent_at, "direction": direction, "client_id": client_id,
                           "manager_id": manager_id, "indexed_at": STAMP})
    if client_id is not None and direction in ("in", "out"):
        # One contact per client message, as the indexer derives them.
        db["contacts"].insert({"key": f"email:{ident}", "manager_id": manager_id,
                               "client_id": client_id, "at": sent_at,
                               "channel": f"email_{direction}", "message_id": ident})


def test_negotiations_show_agreements_next_contact_and_overdue(db: Any, settings: Any) -> None:
    ids = seed(db, settings)
    anna, ben = ids["anna@testbank.ru"], ids["ben@testbank.ru"]
    db["mailboxes"].insert({"id": 1, "name": "anna", "kind": "imap", "owner_email": "a"})
    noted = deal(db, ids["Acme"], anna, product_id=ids["credit"], amount=5_000_00,
                 agreements="rate 12%, send term sheet", next_contact_at="2026-11-26T09:00:00+00:00",
                 next_contact_source="tag")
    promised = deal(db, ids["Globex"], ben, stage="negotiation")
    deal(db, ids["Globex"], ben, status="lost")
    message(db, 1, ben, ids["Globex"], 1, "2026-11-20T10:00:00+00:00", "out")
    db["promises"].insert({"message_id": 1, "party": "manager", "action": "send",
                           "text": "I will send the contract on Monday", "span_start": 0,
                           "span_end": 10, "made_at": "2026-11-20T10:00:00+00:00",
                           "manager_id": ben, "client_id": ids["Globex"], "deal_id": promised})
    db["events"].insert({"mailbox_id": 1, "calendar": "c", "remote_id": "e1", "uid": "e1",
                         "start_at": "2026-12-01T08:00:00+00:00", "end_at": "2026-12-01T09:00:00+00:00",
                         "client_id": ids["Globex"], "manager_id": ben, "indexed_at": STAMP})
    got = api.negotiations(db, settings, as_of=NOW)
    assert [g["code"] for g in got] == [f"D-{noted}", f"D-{promised}"]  # overdue first
    first, second = got
    assert (first["agreements"], first["overdue"], first["next_contact_source"]) == (
        "rate 12%, send term sheet", True, "tag")
    assert first["product"] == "credit" and first["amount"] == 5_000_00
    assert second["agreements"] == "I will send the contract on Monday"
    assert (second["next_contact_at"], second["next_contact_source"], second["overdue"]) == (
        "2026-12-01T08:00:00+00:00", "calendar", False)
    assert second["last_contact_at"] == "2026-11-20T10:00:00+00:00"
    assert [g["code"] for g in api.negotiations(db, settings, manager="ben@testbank.ru",
                                                as_of=NOW)] == [f"D-{promised}"]


def test_workload_counts_and_business_hours_first_response(db: Any, settings: Any) -> None:
    ids = seed(db, settings)
    anna, ben = ids["anna@testbank.ru"], ids["ben@testbank.ru"]
    acme, globex = ids["Acme"], ids["Globex"]
    db["mailboxes"].insert({"id": 1, "name": "anna", "kind": "imap", "owner_email": "a"})
    # Thread 1: client writes Friday 17:00 Moscow, Anna replies Monday 10:00 -> 2 business hours.
    message(db, 1, anna, acme, 1, "2026-11-20T14:00:00+00:00", "in")
    message(db, 2, anna, acme, 1, "2026-11-23T07:00:00+00:00", "out")
    # Thread 2: in at 10:00, reply 14:00 the same day -> 4 hours.  Thread 3: 11:00 -> 13:00, 2 h.
    message(db, 3, anna, globex, 2, "2026-11-24T07:00:00+00:00", "in")
    message(db, 4, anna, globex, 2, "2026-11-24T11:00:00+00:00", "out")
    message(db, 5, anna, acme, 3, "2026-11-25T08:00:00+00:00", "in")
    message(db, 6, anna, acme, 3, "2026-11-25T10:00:00+00:00", "out")
    message(db, 7, anna, acme, 3, "2026-10-01T10:00:00+00:00", "in")   # outside the 30 days
    db["threads"].insert_all([{"id": 1, "key": "t1"}, {"id": 2, "key": "t2"},
                              {"id": 3, "key": "t3", "awaiting_reply_since":
                               "2026-11-26T08:00:00+00:00"}])
    deal(db, acme, anna, next_contact_at="2026-11-25T09:00:00+00:00")   # overdue contact
    deal(db, globex, anna)
    deal(db, globex, ben)
    db["violations"].insert({"rule": "unanswered", "key": "v1", "manager_id": anna,
                             "summary": "late", "detected_at": STAMP, "status": "open"})
    # Meetings: Friday this week, Tuesday next week, and one cancelled.
    for i, (start, status) in enumerate([("2026-11-27T12:00:00+00:00", "confirmed"),
                                         ("2026-12-01T12:00:00+00:00", "confirmed"),
                                         ("2026-11-26T12:00:00+00:00", "cancelled")]):
        db["events"].insert({"mailbox_id": 1, "calendar": "c", "remote_id": f"e{i}", "uid": f"e{i}",
                             "start_at": start, "end_at": start, "manager_id": anna,
                             "status": status, "indexed_at": STAMP})
    rows = {r["manager"]: r for r in api.workload(db, settings, as_of=NOW)}
    a, b = rows["anna@testbank.ru"], rows["ben@testbank.ru"]
    assert (a["open_deals"], a["active_clients"]) == (2, 2)
    assert (a["inbound_per_day"], a["outbound_per_day"]) == (0.1, 0.1)   # 3 each / 30 days
    assert (a["meetings_this_week"], a["meetings_next_week"]) == (1, 1)
    assert a["unanswered"] == 1 and a["oldest_unanswered_since"] == "2026-11-26T08:00:00+00:00"
    assert (a["open_violations"], a["overdue_contacts"], a["overdue_items"]) == (1, 1, 2)
    assert a["median_first_response_hours"] == 2.0
    assert b["median_first_response_hours"] is None
    # Anna: 2 + 0.5*2 + 6/30 + 1 + 0.5 + 1 = 5.7; Ben: 1.  Median over the two managers = 3.35.
    assert a["weighted_load"] == 5.7 and b["weighted_load"] == 1.0
    assert a["load_index"] == round(5.7 / 3.35, 2)
    only = api.workload(db, settings, manager="ben@testbank.ru", as_of=NOW)
    assert [r["manager"] for r in only] == ["ben@testbank.ru"]
    assert only[0]["load_index"] == round(1.0 / 3.35, 2)
