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


def update_deal(db: sqlite_utils.Database, deal_id: int, changes: dict[str, Any], *, actor: str,
                source: str, source_ref: str = "", at: datetime | None = None) -> list[FieldChange]:
    """Apply ``changes`` to a deal; returns what really changed (same values are no-ops).

    Setting ``status`` to ``won`` books a sale for the deal's amount on the
    won date unless one is booked already.
    """
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise TagError(f"cannot change {', '.join(sorted(unknown))} on a deal; "
                       f"editable fields: {', '.join(EDITABLE)}")
    deal = get_deal(db, deal_id)
    moment = at or clock.now()
    stamp = clock.iso(moment)
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
    if changes.get("status") == "won" and deal["status"] != "won" and not db.conn.execute(
            "SELECT 1 FROM sales WHERE deal_id = ? LIMIT 1", (deal_id,)).fetchone():
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


DEAL_COLUMNS: dict[str, tuple[str, ...]] = {
    "external_id": ("id", "номер"), "client": ("клиент",), "domain": ("домен",),
    "client_email": ("email клиента",), "manager": ("менеджер",), "product": ("продукт",),
    "stage": ("этап", "стадия"), "amount": ("сумма",), "currency": ("валюта",),
    "expected_close": ("дата закрытия",), "next_contact": ("следующий контакт",),
}
DEAL_REQUIRED = ("external_id", "manager")


def import_deals(db: sqlite_utils.Database, path: Any, *, actor: str = "import",
                 base_currency: str = "RUB") -> int:
    """Load open deals from a CSV/XLSX (a CRM export) keyed by external_id; re-import is a no-op.

    Columns: external_id, client (name) or domain (or client_email for a person), manager (email), product (code), stage,
    amount (major units), currency, expected_close (YYYY-MM-DD), next_contact (ISO time).
    Row errors are collected and nothing is imported when there is any.
    """
    from pathlib import Path

    from .tables import raise_collected, read_table

    source = Path(path)
    conn = db.conn
    managers = {r[0]: r[1] for r in conn.execute("SELECT email, id FROM managers")}
    products = {r[0]: r[1] for r in conn.execute("SELECT code, id FROM products")}
    errors: list[str] = []
    ready: list[dict[str, Any]] = []
    for row in read_table(source, DEAL_COLUMNS, required=DEAL_REQUIRED):
        client = None
        if row.text("domain"):
            found = conn.execute("SELECT client_id FROM client_domains WHERE domain = ?",
                                 (row.text("domain").lower(),)).fetchone()
            client = found[0] if found else None
        if client is None and row.text("client"):
            found = conn.execute("SELECT id FROM clients WHERE name = ?",
                                 (row.text("client"),)).fetchone()
            client = found[0] if found else None
        if client is None and "@" in row.text("client_email"):
            # A sole trader writing from free mail is a client by address, not by domain.
            client = _person_client(db, row.text("client_email").lower(), row.text("client"),
                                    row.text("manager").lower() or None)
        manager = managers.get(row.text("manager").lower())
        if not row.text("external_id"):
            errors.append(row.error("external_id", "is empty"))
            continue
        if client is None:
            column = "client" if row.text("client") or not row.text("domain") else "domain"
            errors.append(row.error(column, f"unknown client {row.text(column)!r}"))
            continue
        if manager is None:
            errors.append(row.error("manager", f"unknown manager {row.text('manager')!r}"))
            continue
        product = products.get(row.text("product"))
        if row.text("product") and product is None:
            errors.append(row.error("product", f"unknown product {row.text('product')!r}"))
            continue
        column = "amount"
        try:
            amount = int(round(float((row.text("amount") or "0").replace(" ", "")
                                     .replace(",", ".")) * 100))
            column = "next_contact"
            next_contact = (clock.iso(clock.parse_iso(row.text("next_contact")))
                            if row.text("next_contact") else None)
        except ValueError as exc:
            errors.append(row.error(column, str(exc)))
            continue
        ready.append(dict(external_id=row.text("external_id"), client_id=client,
                          manager_id=manager, product_id=product,
                          stage=row.text("stage") or "lead", amount_minor=amount,
                          currency=(row.text("currency") or base_currency).upper(),
                          expected_close=row.text("expected_close") or None,
                          next_contact_at=next_contact,
                          next_contact_source="import" if next_contact else None))
    raise_collected(errors)
    created = 0
    for deal in ready:
        if conn.execute("SELECT 1 FROM deals WHERE external_id = ?", (deal["external_id"],)).fetchone():
            continue
        external_id = deal.pop("external_id")
        create_deal(db, actor=actor, source="import", source_ref=source.name,
                    external_id=external_id, **deal)
        created += 1
    return created


def _person_client(db: sqlite_utils.Database, email: str, name: str, owner: str | None) -> int:
    key = f"person:{email}"
    row = db.conn.execute("SELECT id FROM clients WHERE key = ?", (key,)).fetchone()
    if row:
        return int(row[0])
    cur = db.conn.execute(
        "INSERT INTO clients (name, owner_email, segment, source, key, created_at)"
        " VALUES (?,?,'','person',?,?)", (name or email, owner, key, clock.iso(clock.now())))
    return int(cur.lastrowid or 0)
