"""Stale deal: an open deal nobody has touched for too long, or with no next step planned.

Two conditions, each its own violation:

* ``no_contact``: no contact with the deal's client (any channel, any
  manager) for ``days`` calendar days (default 14), counted from the last
  contact, or from the deal's creation when there was none. The key carries
  the moment the silence began, so a contact resolves it and a new silence
  is a new violation.
* ``no_next_contact``: the deal has no ``next_contact_at`` and is older than
  ``no_next_contact_days`` (default 3); set ``check_next_contact = false`` to
  switch this half off.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from typing import Any, ClassVar

from dealtrail import clock
from dealtrail.contacts import last_contact_sql

from .engine import DEAL_LABEL, Finding, RuleContext


class StaleDeal:
    """Open deals without contact or without a planned next contact."""

    name = "stale_deal"
    default_config: ClassVar[dict[str, Any]] = {"severity": "low", "days": 14, "no_next_contact_days": 3,
                                      "check_next_contact": True}
    description = "An open deal had no contact for too long, or has no next contact planned."
    windowed = False

    def evaluate(self, ctx: RuleContext) -> Iterable[Finding]:
        days = float(ctx.config["days"])
        grace = float(ctx.config["no_next_contact_days"])
        scope_sql, scope_params = ctx.scope("d.client_id")
        deals = ctx.query(f"""
            SELECT d.id, d.client_id, d.manager_id, {DEAL_LABEL} AS title, d.stage, d.created_at,
                   d.next_contact_at, c.name AS client_name,
                   {last_contact_sql("d.client_id", ":now", "lc.id || ' ' || lc.at")}
                     AS last_contact
            FROM deals d LEFT JOIN clients c ON c.id = d.client_id
            WHERE d.status = 'open' {scope_sql}
        """, {"now": ctx.now_iso, **scope_params})
        for d in deals:
            base = {"deal_id": d["id"], "deal": d["title"], "stage": d["stage"],
                    "client": d["client_name"] or "", "tz": str(ctx.tz(d["manager_id"])),
                    "manager": ctx.manager(d["manager_id"])["email"]}
            contact_id, since = None, d["created_at"]
            if d["last_contact"]:
                raw_id, since = d["last_contact"].split(" ", 1)
                contact_id = int(raw_id)
            due = clock.parse_iso(since) + timedelta(days=days)
            if due < ctx.now:
                yield Finding(
                    key=f"deal:{d['id']}:no_contact:{since}",
                    summary=f"Deal {d['title'] or d['id']} with {d['client_name'] or 'client'}: "
                            f"no contact for more than {days:g} days",
                    due_at=due, manager_id=d["manager_id"], client_id=d["client_id"],
                    deal_id=d["id"],
                    evidence={**base, "reason": "no_contact", "days": days,
                              "last_contact_at": since if contact_id else None,
                              "last_contact_id": contact_id})
            if not ctx.config["check_next_contact"] or d["next_contact_at"]:
                continue
            due = clock.parse_iso(d["created_at"]) + timedelta(days=grace)
            if due < ctx.now:
                yield Finding(
                    key=f"deal:{d['id']}:no_next_contact",
                    summary=f"Deal {d['title'] or d['id']} with {d['client_name'] or 'client'} "
                            "has no next contact planned",
                    due_at=due, manager_id=d["manager_id"],
                    client_id=d["client_id"], deal_id=d["id"],
                    evidence={**base, "reason": "no_next_contact",
                              "created_at": d["created_at"]})


rule = StaleDeal()
