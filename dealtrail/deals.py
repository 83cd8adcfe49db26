"""Every change to a deal goes through here, so every change is audited.

Tag replies, pane clicks, calendar inference and imports all call
:func:`update_deal`; it writes one ``deal_history`` row per changed field with
who, when, from where, and the old and new value. Marking a deal won books a
provisional sale (``external_id = "deal:<id>"``) so plan/fact sees it at once; the
accounting's sale of the deal, once imported, replaces it (:func:`settle_sales`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
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

    A won deal is tied to its client's sale imported from the accounting when there is one
    (:func:`settle_sales`); else, unless ``book_sale`` is false (a CRM import: the money of
    its won deals comes from the accounting sales export), it books a provisional sale
    ``deal:<id>`` for its amount on the won date, kept to the amount while it is won; a deal
    of no amount books none.
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
    if {c.field for c in done} & {"status", "amount_minor", "currency"}:
        now = get_deal(db, deal_id)
        if now["status"] == "won":
            # The accounting's sale, once imported, is the deal's sale; until then the deal
            # books a provisional one for its amount (see settle_sales).
            settle_sales(db, [now["client_id"]])
            if book_sale:
                _book_won_sale(db, now, moment)
        elif deal["status"] == "won":
            # A deal no longer won has no sale of its own: its provisional one goes, and the
            # accounting's sale tied to it stays a sale of the client's, free to be tied again
            # when the deal is won once more.
            db.conn.execute("DELETE FROM sales WHERE external_id = ? AND source = 'deal'",
                            (f"deal:{deal_id}",))
            db.conn.execute("UPDATE sales SET deal_id = NULL WHERE deal_id = ?"
                            " AND source = 'import'", (deal_id,))
    return done


def record_event(db: sqlite_utils.Database, deal_id: int, event: str, text: str, *, actor: str,
                 source: str, source_ref: str = "", at: datetime | None = None) -> None:
    """Audit something that happened to a deal without changing a field (a complaint logged)."""
    get_deal(db, deal_id)
    _history(db, deal_id, clock.iso(at or clock.now()), actor, source, source_ref, event, None, text)


# An accounting sale booked on a deal's won day or up to this many days after it is that
# deal's sale: the accounting books a signed contract days or weeks after the letter saying
# so. A sale booked before the win, or later, is another sale of the client's.
SALE_DAYS_AFTER_WON = 92


def settle_sales(db: sqlite_utils.Database, client_ids: Iterable[int | None]) -> int:
    """Tie the accounting's sales of these clients to the won deals they are the sale of and
    drop those deals' provisional ``deal:<id>`` sales; returns the number of sales tied.

    The one rule (docs/reports.md, "A won deal's sale"): a sale imported from the accounting
    (``source = 'import'``), not yet tied to a deal, of more than zero, for the deal's client
    and, when both name one, its product, booked on the deal's won day (the manager's local
    date) or within ``SALE_DAYS_AFTER_WON`` days after it, is that deal's sale. Each deal takes one such sale, the one of
    the same product first, then the nearest in time; the sale keeps its amount and date, and
    only its ``deal_id`` is set. Idempotent: a re-import ties and drops nothing more.
    """
    tied = 0
    for client_id in sorted({c for c in client_ids if c is not None}):
        # A provisional sale of no amount (as earlier versions booked one) is no sale.
        db.conn.execute("DELETE FROM sales WHERE client_id = ? AND source = 'deal'"
                        " AND amount_minor = 0", (client_id,))
        deals = db.conn.execute(
            "SELECT d.id, d.product_id, d.won_at, COALESCE(m.timezone, 'UTC') FROM deals d"
            " LEFT JOIN managers m ON m.id = d.manager_id"
            " WHERE d.client_id = ? AND d.status = 'won' AND d.won_at IS NOT NULL"
            " AND NOT EXISTS (SELECT 1 FROM sales s WHERE s.deal_id = d.id"
            " AND s.source = 'import')", (client_id,)).fetchall()
        if not deals:
            continue
        won = {d[0]: (d[1], clock.local_date(clock.parse_iso(d[2]), d[3])) for d in deals}
        for sale_id, product_id, booked_on in db.conn.execute(
                "SELECT id, product_id, booked_on FROM sales WHERE client_id = ?"
                " AND deal_id IS NULL AND source = 'import' AND amount_minor > 0"
                " ORDER BY booked_on, id", (client_id,)).fetchall():
            day = date.fromisoformat(booked_on[:10])
            fits = [(product_id is None or dp is None or dp != product_id,
                     abs((day - on).days), ident) for ident, (dp, on) in won.items()
                    if (product_id is None or dp is None or dp == product_id)
                    and 0 <= (day - on).days <= SALE_DAYS_AFTER_WON]
            if not fits:
                continue
            deal_id = min(fits)[2]
            db.conn.execute("UPDATE sales SET deal_id = ? WHERE id = ?", (deal_id, sale_id))
            db.conn.execute("DELETE FROM sales WHERE external_id = ? AND source = 'deal'",
                            (f"deal:{deal_id}",))
            del won[deal_id]
            tied += 1
            if not won:
                break
    return tied


def _book_won_sale(db: sqlite_utils.Database, deal: dict[str, Any], moment: datetime) -> None:
    """The provisional sale of a won deal the accounting has not booked yet: its amount
    while it has one (a deal of no amount adds nothing to the fact, so it books nothing)."""
    if db.conn.execute("SELECT 1 FROM sales WHERE deal_id = ? AND source = 'import' LIMIT 1",
                       (deal["id"],)).fetchone():
        return
    if not deal["amount_minor"]:
        db.conn.execute("DELETE FROM sales WHERE external_id = ? AND source = 'deal'",
                        (f"deal:{deal['id']}",))
        return
    # The sale belongs to the manager's local calendar day (a deal won at 01:00
    # in Moscow on the 1st is next month's sale, though UTC still says the 31st).
    won = clock.parse_iso(deal["won_at"]) if deal.get("won_at") else moment
    row = db.conn.execute("SELECT timezone FROM managers WHERE id = ?",
                          (deal["manager_id"],)).fetchone()
    booked_on = clock.local_date(won, row[0] if row else "UTC").isoformat()
    db.conn.execute(
        "INSERT INTO sales (external_id, deal_id, manager_id, product_id, client_id, booked_on,"
        " amount_minor, currency, source, created_at) VALUES (?,?,?,?,?,?,?,?, 'deal', ?)"
        " ON CONFLICT (external_id) DO UPDATE SET amount_minor = excluded.amount_minor,"
        " currency = excluded.currency",
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
