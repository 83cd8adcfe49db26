"""Unanswered client mail: a client's question without a manager's reply in N business hours.

What needs an answer and what answers it is defined once, in
:mod:`dealtrail.answered`: an inbound client request (thanks, acknowledgements,
lone greetings, declines and FYI are not requests), in the copy of the manager
the client wrote To; answered by the first later outbound message to the same
client in any thread (in another thread, one that went to the asker too), a call or a
meeting. Auto-replies and internal mail never count.

Several questions in a row in one thread share one answer, so they make one
violation, keyed by the first of them. The deadline is ``reply_hours``
working hours (default 8) after that first question, counted on the business
calendar in the time zone of the manager who received it. A reply after the
deadline closes the violation as ``kept_late``.

Set-based: one SQL pass finds each question's reply and measures the wait in
working seconds against a per-day table of the business calendar (see
``rules.businesstime``); only the violations come back to Python, which
computes their exact deadline.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar

from dealtrail import clock
from dealtrail.answered import answer_contact_sql, answer_message_sql, needs_answer_sql

from .businesstime import business_table, manager_zones, moment_sql, seconds_sql
from .engine import KEPT_LATE, OPEN, Finding, RuleContext


class Unanswered:
    """Client questions left without a reply for too long."""

    name = "unanswered"
    default_config: ClassVar[dict[str, Any]] = {"severity": "medium", "reply_hours": 8}
    description = "A client's question got no reply within the allowed business hours."

    def evaluate(self, ctx: RuleContext) -> Iterable[Finding]:
        hours = float(ctx.config["reply_hours"])
        scope_sql, scope_params = ctx.scope("m.client_id")
        company_tz = ctx.settings.company.timezone
        zones_table = manager_zones(ctx, set(ctx.manager_ids()))
        zones = {str(ctx.tz(m)) for m in ctx.manager_ids()} | {company_tz}
        days = business_table(ctx, zones, ctx.window_start.date() - timedelta(days=1),
                              ctx.now.date() + timedelta(days=45))
        asked_b = seconds_sql(days, "p.tz", "p.t_asked")
        until_b = seconds_sql(days, "p.tz", "p.t_until")
        found = ctx.query(f"""
            WITH q AS (
              SELECT m.id, m.thread_id, m.sent_at, m.manager_id, m.client_id, m.subject,
                     m.from_addr,
                     {answer_message_sql("m.client_id", "m.sent_at", ":now", asked="m")} AS msg_reply_id,
                     {answer_contact_sql("m.client_id", "m.sent_at", ":now")} AS contact_id
              FROM messages m
              WHERE {needs_answer_sql("m")}
                AND m.thread_id IS NOT NULL AND m.sent_at >= :window AND m.sent_at <= :now
                {scope_sql}
            ),
            answered AS (
              -- The answer is the earlier of our next message to the client (any thread)
              -- and a call or meeting with the client (dealtrail.answered); reply_id < 0
              -- names the contact.
              SELECT q.*,
                     CASE WHEN k.at IS NOT NULL AND (r.sent_at IS NULL OR k.at < r.sent_at)
                          THEN -k.id ELSE q.msg_reply_id END AS reply_id,
                     CASE WHEN k.at IS NOT NULL AND (r.sent_at IS NULL OR k.at < r.sent_at)
                          THEN k.at ELSE r.sent_at END AS reply_at,
                     k.channel AS reply_channel
              FROM q
              LEFT JOIN messages r ON r.id = q.msg_reply_id
              LEFT JOIN contacts k ON k.id = q.contact_id
            ),
            firsts AS (
              SELECT a.*, row_number() OVER (PARTITION BY a.thread_id, coalesce(a.reply_id, 0)
                                             ORDER BY a.sent_at, a.id) AS rank
              FROM answered a
            ),
            p AS (
              SELECT f.*, coalesce(z.tz, :company_tz) AS tz,
                     CAST(strftime('%s', f.sent_at) AS INTEGER) AS t_asked,
                     CAST(strftime('%s', coalesce(f.reply_at, :now)) AS INTEGER) AS t_until
              FROM firsts f
              LEFT JOIN {zones_table} z ON z.manager_id = f.manager_id
              WHERE f.rank = 1
            )
            SELECT p.*, c.name AS client_name, t.subject AS thread_subject,
                   {moment_sql(days, "p.tz", f"{asked_b} + :secs")} AS t_due
            FROM p
            LEFT JOIN clients c ON c.id = p.client_id
            LEFT JOIN threads t ON t.id = p.thread_id
            WHERE p.t_until - p.t_asked > :secs AND {until_b} - {asked_b} > :secs
            ORDER BY p.id
        """, {"now": ctx.now_iso, "window": ctx.window_iso, "secs": hours * 3600,
              "company_tz": company_tz, **scope_params})
        seen: set[tuple[int, int]] = set()
        for q in found:
            ident = (q["thread_id"], q["reply_id"] or 0)
            if ident in seen:
                continue  # the same question stored in two mailboxes
            seen.add(ident)
            tz = ctx.tz(q["manager_id"])
            asked = clock.parse_iso(q["sent_at"])
            due = (datetime.fromtimestamp(q["t_due"], UTC) if q["t_due"] is not None
                   else ctx.business_hours_deadline(asked, hours, tz))
            replied = clock.parse_iso(q["reply_at"]) if q["reply_at"] else None
            if replied is not None and replied <= due:
                continue
            if replied is None and due >= ctx.now:
                continue
            evidence: dict[str, Any] = {
                "message_id": q["id"], "thread_id": q["thread_id"], "asked_at": q["sent_at"],
                "from": q["from_addr"], "subject": q["thread_subject"] or q["subject"],
                "client": q["client_name"] or "", "reply_hours": hours, "tz": str(tz),
                "manager": ctx.manager(q["manager_id"])["email"],
            }
            if replied is not None and q["reply_id"] < 0:
                evidence.update(reply_contact_id=-q["reply_id"], replied_at=q["reply_at"],
                                reply_channel=q["reply_channel"])
            elif replied is not None:
                evidence.update(reply_message_id=q["reply_id"], replied_at=q["reply_at"])
            deal_id, evidence["deal"] = ctx.open_deal(q["client_id"])
            yield Finding(
                key=f"thread:{q['thread_id']}:{q['id']}",
                summary=f"Question from {q['client_name'] or q['from_addr']} "
                        f"\"{(q['thread_subject'] or q['subject'])[:80]}\" not answered within "
                        f"{hours:g} business hours",
                due_at=due, manager_id=q["manager_id"], client_id=q["client_id"],
                deal_id=deal_id, evidence=evidence, status=KEPT_LATE if replied else OPEN,
                resolved_at=replied)


rule = Unanswered()
