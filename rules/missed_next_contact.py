"""Missed next contact: a deal's next contact day passed with no contact with its client.

``deals.next_contact_at`` names a moment; its *local day* in the deal
manager's time zone is the day the contact was due. Any contact with the
client that day counts (the ``contacts`` table: email either way, meeting,
call; by any manager). When that day ends without one, the violation opens;
a later contact closes it as ``kept_late``. Rescheduling the next contact to
another day before the old one passes leaves nothing behind; rescheduling
after it passed resolves the old violation (its row stays as history).

A next contact that is the manager's own dated promise to call or meet, or a document or an
answer the manager owes, is the broken-promise rule's to judge: the day passing in silence is
one broken promise, not also a missed contact.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, time
from typing import Any, ClassVar

from dealtrail import clock

from .engine import DEAL_LABEL, KEPT_LATE, OPEN, Finding, RuleContext


class MissedNextContact:
    """Deals whose planned next contact day ended without a contact."""

    name = "missed_next_contact"
    default_config: ClassVar[dict[str, Any]] = {"severity": "medium"}
    description = "The planned next contact day of a deal passed without any contact."

    def evaluate(self, ctx: RuleContext) -> Iterable[Finding]:
        scope_sql, scope_params = ctx.scope("d.client_id")
        deals = ctx.query(f"""
            SELECT d.id, d.client_id, d.manager_id, {DEAL_LABEL} AS title, d.next_contact_at,
                   d.next_contact_source, c.name AS client_name
            FROM deals d LEFT JOIN clients c ON c.id = d.client_id
            WHERE d.status = 'open' AND d.next_contact_at IS NOT NULL
              AND d.next_contact_at < :now AND d.next_contact_at >= :window {scope_sql}
              AND NOT (d.next_contact_source = 'promise' AND EXISTS (
                  SELECT 1 FROM promises p WHERE p.client_id = d.client_id
                    AND p.party = 'manager' AND p.due_at = d.next_contact_at
                    AND p.action IN ('call', 'meet', 'send', 'reply')))
        """, {"now": ctx.now_iso, "window": ctx.window_iso, **scope_params})
        windows = []
        for d in deals:
            tz = ctx.tz(d["manager_id"])
            day = clock.parse_iso(d["next_contact_at"]).astimezone(tz).date()
            lo = datetime.combine(day, time(0), tz)
            hi = ctx.end_of_local_day(day, tz)
            if hi >= ctx.now:
                continue  # the day is not over yet
            windows.append((d["id"], d["client_id"], clock.iso(lo), clock.iso(hi), day.isoformat(),
                            str(tz)))
        table = ctx.temp_table("windows", ["deal_id", "client_id", "lo", "hi", "day", "tz"],
                               windows)
        found = ctx.query(f"""
            SELECT w.*,
              EXISTS (SELECT 1 FROM contacts k WHERE k.client_id = w.client_id
                        AND k.at >= w.lo AND k.at <= w.hi) AS on_day,
              (SELECT k.id || ' ' || k.at FROM contacts k WHERE k.client_id = w.client_id
                        AND k.at > w.hi AND k.at <= :now ORDER BY k.at LIMIT 1) AS later
            FROM {table} w
        """, {"now": ctx.now_iso})
        by_id = {d["id"]: d for d in deals}
        for w in found:
            if w["on_day"]:
                continue
            d = by_id[w["deal_id"]]
            due = clock.parse_iso(w["hi"])
            evidence: dict[str, Any] = {
                "deal_id": d["id"], "deal": d["title"], "client": d["client_name"] or "",
                "next_contact_at": d["next_contact_at"], "source": d["next_contact_source"],
                "day": w["day"], "tz": w["tz"], "manager": ctx.manager(d["manager_id"])["email"],
            }
            late_at = None
            if w["later"]:
                contact_id, at = w["later"].split(" ", 1)
                late_at = clock.parse_iso(at)
                evidence.update(contact_id=int(contact_id), contacted_at=at)
            yield Finding(
                key=f"deal:{d['id']}:{w['day']}",
                summary=f"No contact with {d['client_name'] or 'client'} on the planned "
                        f"next contact day {w['day']} (deal {d['title'] or d['id']})",
                due_at=due, manager_id=d["manager_id"], client_id=d["client_id"],
                deal_id=d["id"], evidence=evidence,
                status=KEPT_LATE if late_at else OPEN, resolved_at=late_at)


rule = MissedNextContact()
