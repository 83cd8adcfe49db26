"""Slipped deal: the expected close date moved out of the current month or quarter.

Each change of ``expected_close`` in ``deal_history`` is read against the
period current at the moment of the change (the manager's local date): when
the old date lay inside the current month (or quarter) and the new one lies
after that period's end, the deal slipped: the sign of a sale pushed into the
next period. A quarter-crossing move is reported as a quarter slip, else a
month slip; ``periods`` (default ``["month", "quarter"]``) chooses which count.

The violation stays open while the deal is open and its expected close is
still after the period's end; it resolves when the deal is won within that
period or the date moves back into it. A lost deal keeps its slip open until
the head waives it; so does a deal won only after the period ended.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any, ClassVar

from dealtrail import clock
from dealtrail.periods import period_containing

from .engine import DEAL_LABEL, Finding, RuleContext


def _date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


class SlippedDeal:
    """Deals whose expected close moved past the end of the current period."""

    name = "slipped_deal"
    default_config: ClassVar[dict[str, Any]] = {"severity": "medium", "periods": ["month", "quarter"]}
    description = "A deal's expected close moved from this month or quarter into the next one."
    windowed = False

    def evaluate(self, ctx: RuleContext) -> Iterable[Finding]:
        periods = set(ctx.config["periods"])
        scope_sql, scope_params = ctx.scope("d.client_id")
        found = ctx.query(f"""
            SELECT h.id AS history_id, h.at, h.actor_email, h.source, h.source_ref,
                   h.old_value, h.new_value, d.id AS deal_id, d.client_id, d.manager_id,
                   {DEAL_LABEL} AS title, d.status, d.won_at, d.expected_close, c.name AS client_name
            FROM deal_history h JOIN deals d ON d.id = h.deal_id
            LEFT JOIN clients c ON c.id = d.client_id
            WHERE h.field = 'expected_close' AND h.at <= :now
              AND h.old_value IS NOT NULL AND h.new_value IS NOT NULL {scope_sql}
            ORDER BY h.id
        """, {"now": ctx.now_iso, **scope_params})
        for h in found:
            old, new = _date(h["old_value"]), _date(h["new_value"])
            if old is None or new is None or new <= old:
                continue
            tz = ctx.tz(h["manager_id"])
            changed = clock.parse_iso(h["at"])
            today = changed.astimezone(tz).date()
            # The widest period the move left counts: a quarter-crossing move is a quarter slip.
            left = next((p for p in (period_containing(today, kind)
                                     for kind in ("quarter", "month") if kind in periods)
                         if p.contains(old) and p.end < new), None)
            if left is None:
                continue
            period, end = left.kind, left.end
            current = _date(h["expected_close"])
            won = h["status"] == "won" and h["won_at"] and \
                clock.parse_iso(h["won_at"]).astimezone(tz).date() <= end
            if won or (h["status"] == "open" and current is not None and current <= end):
                continue  # it closed in time after all, or came back into the period
            yield Finding(
                key=f"history:{h['history_id']}",
                summary=f"Deal {h['title'] or h['deal_id']} with {h['client_name'] or 'client'}: "
                        f"expected close moved from {old} to {new}, out of the {period}",
                due_at=ctx.end_of_local_day(end, tz), manager_id=h["manager_id"],
                client_id=h["client_id"], deal_id=h["deal_id"],
                evidence={"history_id": h["history_id"], "deal_id": h["deal_id"],
                          "deal": h["title"], "client": h["client_name"] or "",
                          "old": old.isoformat(), "new": new.isoformat(), "period": period,
                          "period_end": end.isoformat(), "changed_at": h["at"],
                          "changed_by": h["actor_email"], "source": h["source"],
                          "source_ref": h["source_ref"], "tz": str(tz),
                          "manager": ctx.manager(h["manager_id"])["email"]})


rule = SlippedDeal()
