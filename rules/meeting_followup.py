"""Meeting without follow-up: a meeting with a client not followed by an email in time.

A meeting is a calendar event with a client (``events.client_id``), not
all-day, not cancelled or deleted, that has ended. The follow-up is the first
outbound message to that client (any manager) sent after the meeting ended.
The deadline is the end of working hours on the ``days``-th workday (default
1) after the meeting's local day, in the time zone of the manager whose
calendar holds it: a Friday meeting is due a follow-up by Monday evening.
The same meeting in two calendars is one violation (keyed by its iCalendar
UID and recurrence id). A later follow-up closes it as ``kept_late``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from dealtrail import answered, clock
from dealtrail.contacts import held_sql

from .engine import KEPT_LATE, OPEN, Finding, RuleContext


class MeetingFollowup:
    """Client meetings without a follow-up email."""

    name = "meeting_followup"
    default_config: ClassVar[dict[str, Any]] = {"severity": "low", "days": 1}
    description = "A meeting with a client was not followed by an email within the business days."

    def evaluate(self, ctx: RuleContext) -> Iterable[Finding]:
        days = int(ctx.config["days"])
        scope_sql, scope_params = ctx.scope("e.client_id")
        found = ctx.query(f"""
            SELECT e.id, e.uid, e.recurrence_id, e.summary, e.start_at, e.end_at, e.client_id,
                   e.manager_id, c.name AS client_name,
                   {answered.answer_message_sql("e.client_id", "e.end_at", ":now",
                                                "r.id || ' ' || r.sent_at")} AS followup
            FROM events e LEFT JOIN clients c ON c.id = e.client_id
            WHERE e.client_id IS NOT NULL AND {held_sql()} AND e.all_day = 0
              AND e.end_at <= :now AND e.end_at >= :window
              {scope_sql}
            ORDER BY e.id
        """, {"now": ctx.now_iso, "window": ctx.window_iso, **scope_params})
        seen: set[tuple[str, str]] = set()
        for e in found:
            ident = (e["uid"], e["recurrence_id"])
            if ident in seen:
                continue
            seen.add(ident)
            tz = ctx.tz(e["manager_id"])
            due = ctx.workdays_deadline(clock.parse_iso(e["end_at"]), days, tz)
            sent = None
            evidence: dict[str, Any] = {
                "event_id": e["id"], "uid": e["uid"], "title": e["summary"],
                "start_at": e["start_at"], "end_at": e["end_at"], "days": days,
                "client": e["client_name"] or "", "tz": str(tz),
                "manager": ctx.manager(e["manager_id"])["email"],
            }
            if e["followup"]:
                raw_id, at = e["followup"].split(" ", 1)
                sent = clock.parse_iso(at)
                if sent <= due:
                    continue
                evidence.update(followup_message_id=int(raw_id), followup_at=at)
            elif due >= ctx.now:
                continue
            local = clock.parse_iso(e["start_at"]).astimezone(tz)
            deal_id, evidence["deal"] = ctx.open_deal(e["client_id"])
            yield Finding(
                key=f"event:{e['uid']}:{e['recurrence_id']}",
                summary=f"No follow-up email to {e['client_name'] or 'client'} after the meeting "
                        f"\"{e['summary'][:60]}\" on {local:%Y-%m-%d %H:%M}",
                due_at=due, manager_id=e["manager_id"], client_id=e["client_id"],
                deal_id=deal_id, evidence=evidence, status=KEPT_LATE if sent else OPEN,
                resolved_at=sent)


rule = MeetingFollowup()
