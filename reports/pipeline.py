"""Negotiations: every open deal with its stage, what was agreed and the next contact.

``agreements`` is the deal's own note (set by a ``#note``/agreement tag or the
pane); when empty, the text of the latest promise detected for the deal, or
else for the same client and manager. ``next_contact_at`` is the deal's own
date (with its source: calendar, promise, tag, pane, import); when it has none,
the next calendar event with the client. A deal is overdue when its next
contact date has passed.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

import sqlite_utils

from dealtrail import clock
from dealtrail.config import Settings
from dealtrail.domain import item_code
from dealtrail.store import rows

from .plan import directory
from .sales import Fx

log = logging.getLogger(__name__)


def negotiations(db: sqlite_utils.Database, settings: Settings, *, manager: str | None = None,
                 as_of: datetime | None = None) -> list[dict[str, Any]]:
    """Every open deal, most urgent first (overdue, then by next contact date)."""
    moment = as_of or clock.now()
    now_iso = clock.iso(moment)
    today = clock.local_date(moment, settings.company.timezone)
    fx = Fx(db, settings)
    params: list[Any] = [now_iso]
    where = "d.status = 'open'"
    if manager:
        people, _ = directory(db, settings)
        where += " AND d.manager_id = ?"
        params.append(people.by_email(manager)["id"])
    sql = f"""
        SELECT d.id, d.title, d.stage, d.amount_minor, d.currency, d.expected_close,
               d.next_contact_at, d.next_contact_source, d.agreements, d.updated_at,
               d.client_id, d.manager_id,
               c.name AS client, p.code AS product, p.name_en AS product_name,
               m.email AS manager_email, m.name AS manager_name,
               (SELECT MAX(ct.at) FROM contacts ct WHERE ct.client_id = d.client_id) AS last_contact_at,
               (SELECT MIN(e.start_at) FROM events e WHERE e.client_id = d.client_id
                  AND e.deleted = 0 AND e.status <> 'cancelled' AND e.start_at >= ?) AS next_event_at
        FROM deals d
        JOIN clients c ON c.id = d.client_id
        LEFT JOIN products p ON p.id = d.product_id
        LEFT JOIN managers m ON m.id = d.manager_id
        WHERE {where}
    """
    deals = rows(db, sql, params)
    need = [d["id"] for d in deals if not d["agreements"]]
    promised = _latest_promises(db, need) if need else {}
    by_client = _latest_client_promises(db, [d for d in deals if not d["agreements"]
                                             and d["id"] not in promised])
    probs = settings.pipeline.probabilities
    out = []
    for d in deals:
        agreements, agreements_source = d["agreements"], "deal" if d["agreements"] else ""
        if not agreements:
            text = promised.get(d["id"]) or by_client.get((d["client_id"], d["manager_id"]))
            if text:
                agreements, agreements_source = text, "promise"
        next_at, next_source = d["next_contact_at"], d["next_contact_source"] or ""
        if not next_at and d["next_event_at"]:
            next_at, next_source = d["next_event_at"], "calendar"
        overdue = bool(next_at) and clock.parse_iso(next_at) < moment
        out.append({
            "code": item_code("D", d["id"]), "id": d["id"], "title": d["title"],
            "client": d["client"], "client_id": d["client_id"],
            "product": d["product"], "product_name": d["product_name"],
            "manager": d["manager_email"], "manager_name": d["manager_name"],
            "stage": d["stage"], "probability": float(probs.get(d["stage"], 0.0)),
            "amount": d["amount_minor"], "currency": d["currency"],
            "amount_base": fx.to_base(d["amount_minor"], d["currency"], today),
            "expected_close": d["expected_close"],
            "agreements": agreements, "agreements_source": agreements_source,
            "last_contact_at": d["last_contact_at"],
            "next_contact_at": next_at, "next_contact_source": next_source if next_at else "",
            "overdue": overdue, "no_next_contact": not next_at,
        })
    out.sort(key=lambda r: (not r["overdue"], r["next_contact_at"] is None,
                            r["next_contact_at"] or "", r["id"]))
    return out


def _latest_promises(db: sqlite_utils.Database, deal_ids: list[int]) -> dict[int, str]:
    """The text of the most recent manager promise attached to each of ``deal_ids``.

    One plain pass over the promises (the latest is picked here) keeps the cost
    flat however many deals are open, and the SQL portable.
    """
    wanted = set(deal_ids)
    best: dict[int, tuple[str, int, str]] = {}
    for r in rows(db, "SELECT deal_id, made_at, id, text FROM promises "
                      "WHERE party = 'manager' AND deal_id IS NOT NULL"):
        if r["deal_id"] in wanted:
            key = (r["made_at"], r["id"], r["text"])
            if r["deal_id"] not in best or key > best[r["deal_id"]]:
                best[r["deal_id"]] = key
    return {deal: value[2] for deal, value in best.items()}


def _latest_client_promises(db: sqlite_utils.Database, deals: list[dict[str, Any]]
                            ) -> dict[tuple[int, int], str]:
    """The most recent open manager promise per (client, manager), for deals without their own."""
    wanted = {(d["client_id"], d["manager_id"]) for d in deals}
    best: dict[tuple[int, int], tuple[str, int, str]] = {}
    if not wanted:
        return {}
    for r in rows(db, "SELECT client_id, manager_id, made_at, id, text FROM promises "
                      "WHERE party = 'manager' AND status = 'open' AND client_id IS NOT NULL"):
        pair = (r["client_id"], r["manager_id"])
        if pair in wanted:
            key = (r["made_at"], r["id"], r["text"])
            if pair not in best or key > best[pair]:
                best[pair] = key
    return {pair: value[2] for pair, value in best.items()}
