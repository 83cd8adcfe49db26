"""Broken promise: a manager's promise whose deadline passed without the act that keeps it.

The act that keeps a promise made in message M (party = manager):

* ``send``: an outbound message to the promise's client or in its thread,
  after M, with an attachment or a link, or saying it carries the document ("во
  вложении", "attached") or giving the data inline ("Машины на 08.10: 1) Volvo ...")
  (an ``enclosure`` signal; archives often strip the files);
* an invitation («приглашение пришлю сегодня», "I'll send the Zoom link"): as ``send``, or
  a meeting with the client planned after M in the calendar (invitations are sent from
  it; the calendar keeps no time of sending, so the invitation counts as sent when
  promised), as a client's invitation is in :mod:`indexer.commitments`;
* a thing delivered (``send`` / ``other``: «оригиналы будут у вас завтра», "the samples ship
  today"): as above, or the client's own short reply in the promise's thread saying it has
  come («Получили, всё на месте. Спасибо.», "Received, thank you!"): a courier, a shipment
  or a visit leaves no letter of the manager's; a thank-you alone, or a "noted", keeps
  nothing;
* ``call`` / ``meet``: a calendar event with the client, or a logged call or
  meeting (contacts), after M and not in the future; for a day named more than three
  days ahead, from the day before that day on;
* ``reply`` / ``other``: any outbound message to the client or in the thread after M,
  or a call or meeting with the client after M and not in the future; a call the client
  made is its own act and keeps nothing of the manager's promise to come back;
* a term put into a document to come (``other`` naming a contract, draft, proposal,
  invoice or annex: «перерасчёт сделаем в счёте за декабрь», «оформим допсоглашением»,
  "I will add this to the lease draft"): as ``send``, the document itself; the next
  letter or call only talks about it. A thing brought to a meeting stays a visit.

A letter to the client in a conversation whose subject names another product than the
promise's conversation is about that other deal and keeps nothing of this one.

The deadline is ``promises.due_at`` as the promise said it, in the manager's
time zone: "до понедельника" made on Friday evening is due at the end of
Monday. A deadline that falls on a weekend or public holiday is NOT moved to
the next workday: the manager named that day. A ``day``-grain due stored as
the start of the day (local midnight) is read as the end of that day. A call or meeting
promised at an hour ("наберу завтра в 10", "I'll call you at 10:00") is a time it begins,
not a deadline before it: a call started within that hour keeps it.

The rule also keeps ``promises.status`` current: open, kept, kept_late or
broken, with ``fulfilled_message_id`` / ``fulfilled_event_id`` / ``fulfilled_at``.
Promises without a due date never become violations.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, time, timedelta
from typing import Any, ClassVar

from dealtrail import clock
from dealtrail.answered import CONTACT_CHANNELS_SQL
from dealtrail.contacts import held_sql
from indexer.commitments import brings, invites
from indexer.deal_signals import ENCLOSED_RE

from .engine import DEAL_LABEL, KEPT_LATE, OPEN, Finding, RuleContext

_FIRST_OUT = """
    SELECT r.id FROM messages r
    WHERE r.{col} = p.{col} AND r.direction = 'out' AND r.deleted = 0
      AND r.sent_at > p.made_at AND r.sent_at <= :now AND r.id != p.message_id {extra}
    ORDER BY r.sent_at, r.id LIMIT 1
"""
_CARRIES = ("r.has_attachment = 1 OR r.has_link = 1"
            " OR EXISTS (SELECT 1 FROM deal_signals s WHERE s.message_id = r.id"
            " AND s.kind = 'enclosure')")
_LINKED = f"AND (p.action != 'send' OR {_CARRIES})"
# A term promised into a document (:func:`amends_document`) is kept by the letter carrying it.
_CARRYING = f"AND ({_CARRIES})"
# A letter in a conversation whose subject names only other products than the promise's own
# conversation is about another deal: the offer for one product sent to the client does not
# keep the calculation promised for another («пришлю расчёт по обучению до среды», then the
# SIEM proposal in its own thread). A subject that names the promise's product too, or a
# promise that names the other product itself («по эквайрингу пришлю расчёт отдельным
# письмом»), keeps it there.
_SUBJECT = "kind = 'product' AND span_start <= -2"
# The conversations whose subject names a product are looked up in one list, read once per
# query: deal_signals has no index by conversation, and a correlated EXISTS scanned the whole
# table for every letter tried (~18 s for the Russian threads' 10,000 letters).
_NAMED_THREADS = f"(SELECT thread_id FROM deal_signals WHERE {_SUBJECT} AND thread_id IS NOT NULL)"
_OWN_PRODUCT = (
    f"AND NOT (r.thread_id IS NOT NULL AND r.thread_id IN {_NAMED_THREADS}"
    f" AND p.thread_id IS NOT NULL AND p.thread_id IN {_NAMED_THREADS}"
    " AND NOT EXISTS (SELECT 1 FROM deal_signals o JOIN deal_signals n ON n.value = o.value"
    " WHERE o.thread_id = r.thread_id AND o.kind = 'product' AND o.span_start <= -2"
    " AND n.kind = 'product'"
    " AND (n.message_id = p.message_id OR (n.thread_id = p.thread_id AND n.span_start <= -2))))")
# The client calling is the client's act, not the manager's: «ответ дам до 8 декабря» is not
# kept by the client ringing the same afternoon to ask how it goes. A call the manager made,
# a meeting, or a call logged with no direction still keeps a promise to come back.
_OURS = ("AND (p.action IN ('call', 'meet') OR k.call_id IS NULL OR NOT EXISTS"
         " (SELECT 1 FROM calls c WHERE c.id = k.call_id AND c.direction = 'in'))")

# A call or meeting promised for a named day weeks ahead ("10 декабря наберу вас") is kept
# by the call of about that day, not by an earlier one about something else: an act counts
# from the day before that day on. A promise for the next days is kept by any call or meeting.
_NEAR_DAY = ("AND (p.action NOT IN ('call', 'meet') OR coalesce(p.due_grain, '') NOT IN"
             " ('day', 'hour', 'minute') OR p.due_at <= strftime('%Y-%m-%dT%H:%M:%S', p.made_at,"
             " '+3 days') OR {at} >= strftime('%Y-%m-%dT%H:%M:%S', p.due_at, '-2 days'))")


# The client's short reply saying what was promised has come (the ``thanks`` signal of a
# short inbound letter, :mod:`indexer.deal_signals`): «получили», «всё пришло», «дошли»,
# "received", "arrived"; not «не получили», nor "well received" said of a plan. A term put
# into a bill or a draft is seen there: «скидку в счёте увидели», "saw the credit on the
# invoice".
_RECEIVED = re.compile(
    r"(?<!не\s)(?<!\w)(?:получил[аи]?|получено|пришл[аио]|дошл[аио]|доставлен\w*|"
    r"(?:у|)видел[аи]?|(?<!well\s)received|arrived|came\s+through|"
    r"(?<!n't\s)(?<!not\s)(?:saw|have\s+seen|can\s+see)\s+(?:it|them|the)\b)(?!\w)",
    re.IGNORECASE | re.UNICODE)


class BrokenPromise:
    """Promises past their deadline without the act that fulfils them."""

    name = "broken_promise"
    default_config: ClassVar[dict[str, Any]] = {"severity": "high"}
    description = "A promise to a client passed its deadline without the promised act."

    def evaluate(self, ctx: RuleContext) -> Iterable[Finding]:
        scope_sql, scope_params = ctx.scope("p.client_id")
        sql = f"""
            SELECT p.*, c.name AS client_name,
                   {DEAL_LABEL} AS deal_title,
              CASE WHEN p.action IN ('call', 'meet') THEN NULL
                   ELSE ({_FIRST_OUT.format(col='client_id', extra=_LINKED + _OWN_PRODUCT)})
                   END AS by_client,
              CASE WHEN p.action IN ('call', 'meet') OR p.thread_id IS NULL THEN NULL
                   ELSE ({_FIRST_OUT.format(col='thread_id', extra=_LINKED)}) END AS by_thread,
              CASE WHEN p.action != 'other' THEN NULL
                   ELSE ({_FIRST_OUT.format(col='client_id', extra=_CARRYING + _OWN_PRODUCT)})
                   END AS by_client_doc,
              CASE WHEN p.action != 'other' OR p.thread_id IS NULL THEN NULL
                   ELSE ({_FIRST_OUT.format(col='thread_id', extra=_CARRYING)}) END
                   AS by_thread_doc,
              CASE WHEN p.action = 'send' THEN NULL ELSE
              (SELECT e.id FROM events e
                WHERE e.client_id = p.client_id AND {held_sql()}
                  AND e.start_at > p.made_at AND e.start_at <= :now
                  {_NEAR_DAY.format(at='e.start_at')}
                ORDER BY e.start_at LIMIT 1) END AS by_event,
              CASE WHEN p.action = 'send' THEN NULL ELSE
              (SELECT k.id FROM contacts k
                WHERE k.client_id = p.client_id AND k.channel IN {CONTACT_CHANNELS_SQL}
                  AND k.at > p.made_at AND k.at <= :now
                  {_NEAR_DAY.format(at='k.at')} {_OURS}
                ORDER BY k.at LIMIT 1) END AS by_contact,
              CASE WHEN p.action != 'send' THEN NULL ELSE
              (SELECT e.id FROM events e
                WHERE e.client_id = p.client_id AND {held_sql()}
                  AND e.start_at > p.made_at
                ORDER BY e.start_at LIMIT 1) END AS by_invite
            FROM promises p
            LEFT JOIN clients c ON c.id = p.client_id
            LEFT JOIN deals d ON d.id = p.deal_id
            WHERE p.party = 'manager' AND p.status != 'cancelled'
              AND (p.due_at IS NULL OR p.due_at >= :window OR p.status IN ('open', 'broken'))
              {scope_sql}
        """
        params: dict[str, Any] = {"now": ctx.now_iso, "window": ctx.window_iso, **scope_params}
        promises = ctx.query(sql, params)
        times = _act_times(ctx, promises)
        receipts = _receipts(ctx, promises)
        status_updates: list[tuple[Any, ...]] = []
        for p in promises:
            act = _first_act(p, times, receipts.get(p["thread_id"], ()))
            tz = ctx.tz(p["manager_id"])
            deadline = _deadline(p, tz) if p["due_at"] else None
            fulfilled_at = act[2] if act else None
            if act and (deadline is None or act[2] <= deadline):
                status = "kept"
            elif act:
                status = "kept_late"
            elif deadline is not None and deadline < ctx.now:
                status = "broken"
            else:
                status = "open"
            new = (status,
                   act[1] if act and act[0] == "message" else None,
                   act[1] if act and act[0] == "event" else None,
                   clock.iso(fulfilled_at) if fulfilled_at else None)
            old = (p["status"], p["fulfilled_message_id"], p["fulfilled_event_id"],
                   p["fulfilled_at"])
            if new != old:
                status_updates.append((*new, p["id"]))
            if status not in ("broken", "kept_late") or deadline is None:
                continue
            if deadline < ctx.window_start:
                continue
            evidence = {
                "promise_id": p["id"], "message_id": p["message_id"], "text": p["text"],
                "action": p["action"], "made_at": p["made_at"], "due_at": clock.iso(deadline),
                "due_grain": p["due_grain"], "thread_id": p["thread_id"],
                "client": p["client_name"] or "", "deal": p["deal_title"] or "",
                "manager": ctx.manager(p["manager_id"])["email"], "tz": str(tz),
            }
            deal_id = p["deal_id"]
            if deal_id is None:
                deal_id, evidence["deal"] = ctx.open_deal(p["client_id"])
            if act:
                evidence["fulfilled_at"] = clock.iso(act[2])
                evidence[f"fulfilled_{act[0]}_id"] = act[1]
            yield Finding(
                key=f"promise:{p['id']}",
                summary=f"Promise to {p['client_name'] or 'client'} not kept by "
                        f"{deadline.astimezone(tz):%Y-%m-%d %H:%M}: {p['text'][:120]}",
                due_at=deadline, manager_id=p["manager_id"], client_id=p["client_id"],
                deal_id=deal_id, promise_id=p["id"], evidence=evidence,
                status=KEPT_LATE if status == "kept_late" else OPEN,
                resolved_at=fulfilled_at if status == "kept_late" else None)
        ctx.conn.executemany(
            "UPDATE promises SET status=?, fulfilled_message_id=?, fulfilled_event_id=?,"
            " fulfilled_at=? WHERE id=?", status_updates)


def _act_times(ctx: RuleContext, promises: list[dict[str, Any]]) -> dict[str, dict[int, str]]:
    """The times of every candidate act, fetched in three set-based queries."""
    ids: dict[str, set[int]] = {"message": set(), "event": set(), "contact": set()}
    for p in promises:
        for col, kind in (("by_client", "message"), ("by_thread", "message"),
                          ("by_client_doc", "message"), ("by_thread_doc", "message"),
                          ("by_event", "event"), ("by_contact", "contact")):
            if p[col] is not None:
                ids[kind].add(p[col])
    out: dict[str, dict[int, str]] = {}
    for kind, table, col in (("message", "messages", "sent_at"), ("event", "events", "start_at"),
                             ("contact", "contacts", "at")):
        found = ctx.query(f"SELECT id, {col} AS at FROM {table} WHERE id IN "
                          "(SELECT value FROM json_each(?))", [_json(ids[kind])])
        out[kind] = {r["id"]: r["at"] for r in found}
    return out


def _receipts(ctx: RuleContext, promises: list[dict[str, Any]]
              ) -> dict[int, list[tuple[str, int]]]:
    """The client's replies saying a thing has come or is seen where it was promised, per
    thread: (sent_at, message id), oldest first, in the threads of the promises to deliver
    something."""
    threads = {p["thread_id"] for p in promises
               if p["thread_id"] is not None and p["action"] in ("send", "other")}
    out: dict[int, list[tuple[str, int]]] = {}
    if not threads:
        return out
    for r in ctx.query(
            "SELECT m.id, m.thread_id, m.sent_at, s.text FROM deal_signals s"
            " JOIN messages m ON m.id = s.message_id"
            # A term named back is a receipt too: «скидку в счёте видел» is read as terms.
            " WHERE s.kind IN ('thanks', 'terms') AND m.direction = 'in' AND m.deleted = 0"
            " AND m.sent_at <= ? AND m.thread_id IN (SELECT value FROM json_each(?))"
            " ORDER BY m.sent_at, m.id", [ctx.now_iso, _json(threads)]):
        if _RECEIVED.search(r["text"]):
            out.setdefault(r["thread_id"], []).append((r["sent_at"], r["id"]))
    return out


def _json(values: set[int]) -> str:
    return "[" + ",".join(str(v) for v in sorted(values)) + "]"


def _first_act(p: dict[str, Any], times: dict[str, dict[int, str]],
               receipts: Iterable[tuple[str, int]] = ()) -> tuple[str, int, datetime] | None:
    """The earliest act that keeps promise ``p`` as (kind, id, time), or None."""
    candidates: list[tuple[str, str, int]] = []
    if p["action"] == "other" and amends_document(p["text"]):
        # The document is the act, as for a promise to send it.
        p = {**p, "action": "send", "by_client": p["by_client_doc"],
             "by_thread": p["by_thread_doc"], "by_invite": None}
    if p["action"] in ("send", "other"):
        # The client says the thing has come: kept by then, whoever carried it.
        made = clock.parse_iso(p["made_at"])
        got = next(((at, ident) for at, ident in receipts if clock.parse_iso(at) > made), None)
        if got is not None:
            candidates.append((got[0], "message", got[1]))
    for col in ("by_client", "by_thread"):
        if p[col] is not None:
            candidates.append((times["message"][p[col]], "message", p[col]))
    if p["action"] in ("call", "meet"):
        # Only a call or meeting keeps a promise to call or meet.
        candidates = []
    if p["action"] != "send":
        # "I'll come back to you on Thursday" is kept by a call or a meeting as well.
        if p["by_event"] is not None:
            candidates.append((times["event"][p["by_event"]], "event", p["by_event"]))
        if p["by_contact"] is not None:
            candidates.append((times["contact"][p["by_contact"]], "contact", p["by_contact"]))
    if p["by_invite"] is not None and invites(p["text"].lower()):
        # The meeting in the calendar is the invitation sent («приглашение пришлю сегодня»).
        # The calendar keeps no time of sending, so it counts as sent when promised.
        candidates.append((p["made_at"], "event", p["by_invite"]))
    if not candidates:
        return None
    at, kind, ident = min(candidates, key=lambda c: clock.parse_iso(c[0]))
    return kind, ident, clock.parse_iso(at)


# The documents a term is put into. «За наш счёт» is "at our expense" and a «расчётный
# счёт» a bank account, not an invoice; «проект» alone is as often a project as a draft.
_DOCUMENT = re.compile(
    r"(?<!\w)(?:договор\w*|допсоглашени\w*|соглашени\w*|редакци\w*|сч[её]т(?:е|а|у)?|"
    r"кп|предложени\w*|приложени\w*|спецификаци\w*|смет\w*|оферт\w*)(?!\w)|"
    r"\b(?:draft|contract|proposal|concept|agreement|annex|appendix|invoice|offer|lease|"
    r"heads\s+of\s+terms|term\s+sheet)s?\b", re.IGNORECASE | re.UNICODE)
_NOT_DOCUMENT = re.compile(
    r"(?:за|на)\s+(?:наш|свой|ваш|собственный|их|его|е[её])\s+сч[её]т\w*|"
    r"расч[её]тн\w*\s+сч[её]т\w*|сч[её]т\w*\s+(?:в\s+банке|№)", re.IGNORECASE | re.UNICODE)
def amends_document(text: str) -> bool:
    """Whether a manager's promise (not one to send) puts a term into a document to come:
    «перерасчёт сделаем в декабрьском счёте», «подготовлю новую редакцию договора», "we
    will reflect your comments in the draft". The document sent keeps it, as a promise to
    send; a letter or a call before it keeps nothing."""
    cleaned = _NOT_DOCUMENT.sub(" ", text)
    low = cleaned.lower()
    # «Договор во вложении — терминалы поставим после подписания»: the document has come
    # with the promise; what is left is the delivery.
    return bool(_DOCUMENT.search(cleaned)) and not brings(low) and not ENCLOSED_RE.search(low)


def _deadline(p: dict[str, Any], tz: Any) -> datetime:
    due = clock.parse_iso(p["due_at"])
    local = due.astimezone(tz)
    if p["due_grain"] == "day" and local.time() == time(0, 0):
        # A day stored as its start: the promise meant the whole day.
        return datetime.combine(local.date(), time(23, 59, 59), tz)
    if p["action"] in ("call", "meet") and p["due_grain"] in ("hour", "minute"):
        # "наберу в 10": the call begins at ten, so one at 10:06 is on time.
        return due + timedelta(hours=1) - timedelta(seconds=1)
    return due


rule = BrokenPromise()
