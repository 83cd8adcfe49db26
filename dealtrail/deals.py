"""Every change to a deal goes through here, so every change is audited.

Tag replies, pane clicks, calendar inference and imports all call
:func:`update_deal`; it writes one ``deal_history`` row per changed field with
who, when, from where, and the old and new value. Marking a deal won books a
sale (``external_id = "deal:<id>"``) so plan/fact sees it at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlite_utils

from . import clock
from .errors import NotFound, TagError

EDITABLE = ("stage", "amount_minor", "currency", "product_id", "expected_close", "next_contact_at",
            "next_contact_source", "agreements", "status", "won_at", "lost_reason", "title",
            "manager_id", "client_id", "stage_source", "stage_evidence")


@dataclass(frozen=True)
class FieldChange:
    """One field of one deal, before and after."""

    field: str
    old: Any
    new: Any

    def as_dict(self) -> dict[str, Any]:
        return {"field": self.field, "old": self.old, "new": self.new}


def get_deal(db: sqlite_utils.Database, deal_id: int) -> dict[str, Any]:
    """The deal row as a dict; NotFound when there is none."""
    cur = db.conn.execute("SELECT * FROM deals WHERE id = ?", (deal_id,))
    row = cur.fetchone()
    if row is None:
        raise NotFound(f"deal D-{deal_id} does not exist")
    return dict(zip([c[0] for c in cur.description], row, strict=True))


def create_deal(db: sqlite_utils.Database, *, client_id: int, manager_id: int | None,
                actor: str, source: str, source_ref: str = "", product_id: int | None = None,
                stage: str = "lead", amount_minor: int = 0, currency: str = "RUB",
                title: str = "", expected_close: str | None = None,
                next_contact_at: str | None = None, next_contact_source: str | None = None,
                agreements: str = "", external_id: str | None = None,
                at: datetime | None = None) -> int:
    """Create an open deal and record its creation in deal_history; returns its id."""
    stamp = clock.iso(at or clock.now())
    cur = db.conn.execute(
        "INSERT INTO deals (client_id, product_id, manager_id, title, stage, amount_minor, currency,"
        " expected_close, next_contact_at, next_contact_source, agreements, status, external_id,"
        " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,'open',?,?,?)",
        (client_id, product_id, manager_id, title, stage, amount_minor, currency, expected_close,
         next_contact_at, next_contact_source, agreements, external_id, stamp, stamp),
    )
    deal_id = int(cur.lastrowid or 0)
    _history(db, deal_id, stamp, actor, source, source_ref, "created", None, stage)
    return deal_id


def match_deal(deals: list[dict[str, Any]], manager_id: int | None, product: int | None
               ) -> dict[str, Any] | None:
    """Of a client's deals, the one of this manager (or of nobody) for this product.

    Open deals first, then the newest; a deal without a product takes any product
    unless the manager already has a deal for that product. Inference and the CRM
    import both find a client's deal this way, so neither makes a second one.
    """
    mine = [d for d in deals if d["manager_id"] in (manager_id, None)]
    ranked = sorted(mine, key=lambda d: (d["product_id"] != product, d["product_id"] is not None,
                                         d["status"] != "open", -d["id"]))
    for d in ranked:
        if product is None or d["product_id"] in (product, None):
            if product is not None and d["product_id"] is None and any(
                    o["product_id"] == product for o in mine):
                continue
            return d
    return None


def update_deal(db: sqlite_utils.Database, deal_id: int, changes: dict[str, Any], *, actor: str,
                source: str, source_ref: str = "", at: datetime | None = None,
                book_sale: bool = True) -> list[FieldChange]:
    """Apply ``changes`` to a deal; returns what really changed (same values are no-ops).

    Setting ``status`` to ``won`` books a sale for the deal's amount on the
    won date unless one is booked already, or ``book_sale`` is false (a CRM
    import: the money of its won deals comes from the accounting sales export).
    The won date is ``won_at`` when the change gives one, else the one the deal kept
    (a deal reopened and won again keeps its sale's day), else the moment of the change.
    """
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise TagError(f"cannot change {', '.join(sorted(unknown))} on a deal; "
                       f"editable fields: {', '.join(EDITABLE)}")
    deal = get_deal(db, deal_id)
    moment = at or clock.now()
    stamp = clock.iso(moment)
    if changes.get("status") == "won" and "won_at" not in changes and not deal.get("won_at"):
        changes = {**changes, "won_at": stamp}
    done: list[FieldChange] = []
    for field, new in changes.items():
        old = deal.get(field)
        if old == new:
            continue
        done.append(FieldChange(field, old, new))
    if not done:
        return []
    assignments = ", ".join(f"{c.field} = ?" for c in done)
    db.conn.execute(f"UPDATE deals SET {assignments}, updated_at = ? WHERE id = ?",
                    [c.new for c in done] + [stamp, deal_id])
    for c in done:
        _history(db, deal_id, stamp, actor, source, source_ref, c.field, c.old, c.new)
    if (book_sale and changes.get("status") == "won" and deal["status"] != "won"
            and not db.conn.execute("SELECT 1 FROM sales WHERE deal_id = ? LIMIT 1",
                                    (deal_id,)).fetchone()):
        # A deal won by a sale already booked (an accounting import) books nothing more.
        _book_won_sale(db, get_deal(db, deal_id), moment)
    return done


def record_event(db: sqlite_utils.Database, deal_id: int, event: str, text: str, *, actor: str,
                 source: str, source_ref: str = "", at: datetime | None = None) -> None:
    """Audit something that happened to a deal without changing a field (a complaint logged)."""
    get_deal(db, deal_id)
    _history(db, deal_id, clock.iso(at or clock.now()), actor, source, source_ref, event, None, text)


def _book_won_sale(db: sqlite_utils.Database, deal: dict[str, Any], moment: datetime) -> None:
    # The sale belongs to the manager's local calendar day (a deal won at 01:00
    # in Moscow on the 1st is next month's sale, though UTC still says the 31st).
    won = clock.parse_iso(deal["won_at"]) if deal.get("won_at") else moment
    row = db.conn.execute("SELECT timezone FROM managers WHERE id = ?",
                          (deal["manager_id"],)).fetchone()
    booked_on = clock.local_date(won, row[0] if row else "UTC").isoformat()
    db.conn.execute(
        "INSERT INTO sales (external_id, deal_id, manager_id, product_id, client_id, booked_on,"
        " amount_minor, currency, source, created_at) VALUES (?,?,?,?,?,?,?,?, 'deal', ?)"
        " ON CONFLICT (external_id) DO NOTHING",
        (f"deal:{deal['id']}", deal["id"], deal["manager_id"], deal["product_id"], deal["client_id"],
         booked_on, deal["amount_minor"], deal["currency"], clock.iso(moment)),
    )


def _history(db: sqlite_utils.Database, deal_id: int, stamp: str, actor: str, source: str,
             source_ref: str, field: str, old: Any, new: Any) -> None:
    db.conn.execute(
        "INSERT INTO deal_history (deal_id, at, actor_email, source, source_ref, field, old_value,"
        " new_value) VALUES (?,?,?,?,?,?,?,?)",
        (deal_id, stamp, actor, source, source_ref, field,
         None if old is None else str(old), None if new is None else str(new)),
    )


def person_client(db: sqlite_utils.Database, email: str, name: str, owner: str | None) -> int:
    """The client of a person writing from free mail: the directory's client that lists the
    address, else the person as a client of their own (a sole trader), made on first use."""
    key = f"person:{email}"
    row = (db.conn.execute("SELECT client_id FROM client_domains WHERE domain = ?",
                           (email.lower(),)).fetchone()       # the directory lists the address
           or db.conn.execute("SELECT id FROM clients WHERE key = ?", (key,)).fetchone())
    if row:
        return int(row[0])
    cur = db.conn.execute(
        "INSERT INTO clients (name, owner_email, segment, source, key, created_at)"
        " VALUES (?,?,'','person',?,?)", (name or email, owner, key, clock.iso(clock.now())))
    return int(cur.lastrowid or 0)
