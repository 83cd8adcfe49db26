"""Complaint past its SLA: a client's complaint still open after N business hours.

The deadline counts ``sla_hours`` working hours (default 18: two working days of
the default 09:00-18:00) from the moment the complaint was received, on the
company's business calendar (``company_calendar``: weekends and public holidays
do not count) in the time zone of the responsible manager (the complaint's
manager, the one the client wrote To, else the client's owner). A complaint is
resolved when the manager answers the client (:mod:`dealtrail.answered`: mail in
any thread, a call, a meeting) or a person resolves it. Resolved after its
deadline closes the violation as ``kept_late``; resolved in time never becomes
a violation. Open complaints are reported whatever their age.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from dealtrail import clock
from dealtrail.access import client_owner_sql

from .engine import DEAL_LABEL, KEPT_LATE, OPEN, Finding, RuleContext


class ComplaintSla:
    """Complaints left open past their service level."""

    name = "complaint_sla"
    default_config: ClassVar[dict[str, Any]] = {"severity": "high", "sla_hours": 18}
    description = "A client complaint stayed open longer than the allowed business hours."
    windowed = False

    def evaluate(self, ctx: RuleContext) -> Iterable[Finding]:
        hours = float(ctx.config["sla_hours"])
        scope_sql, scope_params = ctx.scope("k.client_id")
        found = ctx.query(f"""
            SELECT k.*, c.name AS client_name, {DEAL_LABEL} AS deal_title,
                   coalesce(k.manager_id, {client_owner_sql("k.client_id")}) AS owner_id
            FROM complaints k LEFT JOIN clients c ON c.id = k.client_id
            LEFT JOIN deals d ON d.id = k.deal_id
            WHERE k.opened_at <= :now
              AND (k.status = 'open' OR k.resolved_at >= :window) {scope_sql}
        """, {"now": ctx.now_iso, "window": ctx.window_iso, **scope_params})
        for k in found:
            tz = ctx.tz(k["owner_id"])
            opened = clock.parse_iso(k["opened_at"])
            due = ctx.business_hours_deadline(opened, hours, tz)
            resolved = (clock.parse_iso(k["resolved_at"])
                        if k["status"] != "open" and k["resolved_at"] else None)
            if k["status"] != "open" and resolved is None:
                continue  # closed without a time: nothing to measure
            if resolved is not None and resolved <= due:
                continue
            if resolved is None and due >= ctx.now:
                continue
            evidence: dict[str, Any] = {
                "complaint_id": k["id"], "message_id": k["message_id"], "text": k["text"][:500],
                "source": k["source"], "opened_at": k["opened_at"], "sla_hours": hours,
                "client": k["client_name"] or "", "tz": str(tz),
                "manager": ctx.manager(k["owner_id"])["email"],
            }
            if resolved is not None:
                evidence["resolved_at"] = k["resolved_at"]
            deal_id, evidence["deal"] = ((k["deal_id"], k["deal_title"] or "") if k["deal_id"]
                                         else ctx.open_deal(k["client_id"]))
            yield Finding(
                key=f"complaint:{k['id']}",
                summary=f"Complaint from {k['client_name'] or 'client'} open longer than "
                        f"{hours:g} business hours: {k['text'][:100]}",
                due_at=due, manager_id=k["owner_id"], client_id=k["client_id"],
                deal_id=deal_id, evidence=evidence,
                status=KEPT_LATE if resolved else OPEN, resolved_at=resolved)


rule = ComplaintSla()
