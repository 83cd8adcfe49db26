"""Complaint past its SLA: a client's complaint still open after N business days.

The deadline is the end of working hours on the ``sla_days``-th workday
(default 2) after the local day the complaint was opened, in the time zone
of the responsible manager (the complaint's manager, else the client's
owner), on the company's business calendar: opened on Friday, due at the end
of Tuesday; opened before a public holiday, the holiday does not count.
A complaint resolved after its deadline closes the violation as
``kept_late``; one resolved in time never becomes a violation. Open
complaints are reported whatever their age.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from dealtrail import clock

from .engine import DEAL_LABEL, KEPT_LATE, OPEN, Finding, RuleContext


class ComplaintSla:
    """Complaints left open past their service level."""

    name = "complaint_sla"
    default_config: ClassVar[dict[str, Any]] = {"severity": "high", "sla_days": 2}
    description = "A client complaint stayed open longer than the allowed business days."
    windowed = False

    def evaluate(self, ctx: RuleContext) -> Iterable[Finding]:
        days = int(ctx.config["sla_days"])
        scope_sql, scope_params = ctx.scope("k.client_id")
        found = ctx.query(f"""
            SELECT k.*, c.name AS client_name, {DEAL_LABEL} AS deal_title,
                   coalesce(k.manager_id, (SELECT m.id FROM managers m
                                            WHERE m.email = lower(c.owner_email))) AS owner_id
            FROM complaints k LEFT JOIN clients c ON c.id = k.client_id
            LEFT JOIN deals d ON d.id = k.deal_id
            WHERE k.opened_at <= :now
              AND (k.status = 'open' OR k.resolved_at >= :window) {scope_sql}
        """, {"now": ctx.now_iso, "window": ctx.window_iso, **scope_params})
        for k in found:
            tz = ctx.tz(k["owner_id"])
            opened = clock.parse_iso(k["opened_at"])
            due = ctx.workdays_deadline(opened, days, tz)
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
                "source": k["source"], "opened_at": k["opened_at"], "sla_days": days,
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
                        f"{days} business days: {k['text'][:100]}",
                due_at=due, manager_id=k["owner_id"], client_id=k["client_id"],
                deal_id=deal_id, evidence=evidence,
                status=KEPT_LATE if resolved else OPEN, resolved_at=resolved)


rule = ComplaintSla()
