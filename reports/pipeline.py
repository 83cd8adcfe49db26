"""Negotiations: every open deal with its stage, what was agreed and the next contact.

``agreements`` is the deal's own note (set by a ``#note``/agreement tag or the
pane); when empty, the text of the latest promise detected for the deal, or
else the latest open one for the same client and manager. ``next_contact_at``
is the deal's own date (with its source: calendar, promise, tag, pane,
import); when it has none, the next calendar event with the client. A deal is
overdue when its next contact date has passed.

One set-based query answers the whole report: the client facts (last contact,
next meeting) are looked up once per client with an open deal, the latest
promise texts are read straight from the ``m008`` covering indexes, and the
urgency order (overdue, then by next contact date, then by code) is computed in
SQL. The whole list is one flat query (each deal read once); a page of it
(``limit``/``offset``) ranks the deals first and looks promises up only for the
rows returned, so it costs little more than the ranking. Stored times are
canonical UTC ISO-8601 text (see ``dealtrail.schema``), so comparing the text
compares the moments.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime, timedelta
from typing import Any

import sqlite_utils

from dealtrail import clock
from dealtrail.config import Settings
from dealtrail.contacts import held_sql, last_contact_sql
from dealtrail.directory import load_directory
from dealtrail.domain import item_code
from dealtrail.periods import Period, resolve

from .sales import Fx
from .worth import worth

log = logging.getLogger(__name__)

# Latest manager promise of a deal / open manager promise of a (client, manager) pair;
# ties on made_at go to the later row, as everywhere else in the reports.
_DEAL_PROMISE = """(SELECT p.text FROM promises p
                     WHERE p.deal_id = d.id AND p.party = 'manager'
                     ORDER BY p.made_at DESC, p.id DESC LIMIT 1)"""
_PAIR_PROMISE = """CASE WHEN d.manager_id IS NULL THEN
                     (SELECT p.text FROM promises p
                       WHERE p.client_id = d.client_id AND p.manager_id IS NULL
                         AND p.party = 'manager' AND p.status = 'open'
                       ORDER BY p.made_at DESC, p.id DESC LIMIT 1)
                   ELSE
                     (SELECT p.text FROM promises p
                       WHERE p.client_id = d.client_id AND p.manager_id = d.manager_id
                         AND p.party = 'manager' AND p.status = 'open'
                       ORDER BY p.made_at DESC, p.id DESC LIMIT 1)
                   END"""



def _next_event_sql(client: str) -> str:
    """The client's next calendar event from ``:now`` (cancelled and deleted ones never)."""
    return (f"(SELECT MIN(e.start_at) FROM events e WHERE e.client_id = {client}"
            f" AND e.start_at >= :now AND {held_sql()})")


# Per client: the last contact and the next calendar event (both queries below start here).
_CLIENT_FACTS = """
WITH client_facts AS MATERIALIZED (
    SELECT k.client_id,
           """ + last_contact_sql("k.client_id", ":now") + """ AS last_contact_at,
           """ + _next_event_sql("k.client_id") + """ AS next_event_at
    FROM (SELECT DISTINCT d.client_id FROM deals d WHERE {where}) k
)"""

# The next contact: the deal's own date, else the client's next calendar event.
_NEXT_CONTACT = """CASE WHEN COALESCE(d.next_contact_at, '') = '' AND f.next_event_at IS NOT NULL
                THEN f.next_event_at ELSE d.next_contact_at END AS next_at,
           CASE WHEN COALESCE(d.next_contact_at, '') = '' AND f.next_event_at IS NOT NULL
                THEN 'calendar' ELSE COALESCE(d.next_contact_source, '') END AS next_source"""

_SQL = _CLIENT_FACTS + """,
board AS MATERIALIZED (
    SELECT d.id, f.last_contact_at,
           """ + _NEXT_CONTACT + """
    FROM deals d
    JOIN client_facts f ON f.client_id = d.client_id
    WHERE {where}
),
page AS MATERIALIZED (
    SELECT r.*, CASE WHEN COALESCE(r.next_at, '') <> '' AND r.next_at < :due
                     THEN 1 ELSE 0 END AS overdue
    FROM board r
    {page}
)
SELECT d.id, d.title, d.stage, d.amount_minor, d.currency, d.expected_close, d.agreements,
       CASE WHEN COALESCE(d.agreements, '') <> '' THEN NULL
            ELSE COALESCE(NULLIF({deal_promise}, ''), {pair_promise}) END AS promised,
       d.client_id, d.product_id, d.manager_id, r.last_contact_at,
       r.next_at, r.next_source, r.overdue
FROM page r
JOIN deals d ON d.id = r.id
JOIN clients c ON c.id = d.client_id
ORDER BY {order}
"""

# The whole list: one flat query (no paging stage), so each open deal is read
# once and its latest promises are looked up while it is read; only the final
# ORDER BY sorts.
_FULL_SQL = _CLIENT_FACTS + """
SELECT r.*, CASE WHEN COALESCE(r.next_at, '') <> '' AND r.next_at < :due
                 THEN 1 ELSE 0 END AS overdue
FROM (
    SELECT d.id, d.title, d.stage, d.amount_minor, d.currency, d.expected_close, d.agreements,
           CASE WHEN COALESCE(d.agreements, '') <> '' THEN NULL
                ELSE COALESCE(NULLIF({deal_promise}, ''), {pair_promise}) END AS promised,
           d.client_id, d.product_id, d.manager_id, f.last_contact_at,
           """ + _NEXT_CONTACT + """
    FROM deals d
    JOIN client_facts f ON f.client_id = d.client_id
    JOIN clients c ON c.id = d.client_id
    WHERE {where}
) r
ORDER BY {order}
"""

# Most urgent first: overdue, then by next contact date (none last), then by code.
_URGENT = ("overdue DESC, CASE WHEN r.next_at IS NULL THEN 1 ELSE 0 END, "
           "COALESCE(r.next_at, ''), r.id")


def negotiations(db: sqlite_utils.Database, settings: Settings, *, manager: str | None = None,
                 as_of: datetime | None = None, limit: int | None = None, offset: int = 0,
                 overdue_first: bool = True, detail: bool = False,
                 product: str | None = None) -> list[dict[str, Any]]:
    """Open deals, most urgent first (overdue, then by next contact date, then by code).

    ``limit``/``offset`` return one page of that order (``limit=None``: every
    open deal). ``overdue_first=False`` orders by deal code instead, a stable
    order for walking every page while time moves on. ``detail=True`` adds each
    deal's stage evidence and what both sides agreed (:func:`deal_details`).
    """
    if limit is not None and limit < 0 or offset < 0:
        raise ValueError(f"negotiations page limit={limit} offset={offset}: both must be >= 0")
    moment = as_of or clock.now()
    today = clock.local_date(moment, settings.company.timezone)
    params: dict[str, Any] = {"now": clock.iso(moment), "due": _due_mark(moment)}
    where = "d.status = 'open'"
    if manager:
        people, _ = load_directory(db, settings)
        where += " AND d.manager_id = :manager_id"
        params["manager_id"] = people.by_email(manager)["id"]
    if product:
        _, goods = load_directory(db, settings)
        where += " AND d.product_id = :product_id"
        params["product_id"] = goods.resolve(product)["id"]
    order = _URGENT if overdue_first else "r.id"
    if limit is not None or offset:
        # A page: promises are looked up for the returned rows only.
        sql = _SQL.format(where=where, deal_promise=_DEAL_PROMISE, pair_promise=_PAIR_PROMISE,
                          order=order, page=f"ORDER BY {order} LIMIT :limit OFFSET :offset")
        params.update(limit=-1 if limit is None else limit, offset=offset)
    else:
        sql = _FULL_SQL.format(where=where, deal_promise=_DEAL_PROMISE,
                               pair_promise=_PAIR_PROMISE, order=order)
    cursor = db.conn.execute(sql, params)
    # Names come from small lookups: one string object each, not one per deal row.
    # (Read while the cursor above is open, so from the same snapshot.)
    clients = dict(db.conn.execute(
        f"SELECT c.id, c.name FROM clients c WHERE c.id IN "
        f"(SELECT d.client_id FROM deals d WHERE {where})", params))
    products = {ident: (code, name) for ident, code, name in db.conn.execute(
        "SELECT id, code, name_en FROM products")}
    managers = {ident: (email, name) for ident, email, name in db.conn.execute(
        "SELECT id, email, name FROM managers")}
    nobody = (None, None)
    fx = Fx(db, settings)
    base = fx.base
    probs = {stage: float(p) for stage, p in settings.pipeline.probabilities.items()}
    code = item_code
    out: list[dict[str, Any]] = []
    append = out.append
    found = cursor.fetchall()
    worths = worth(db, fx, [r[0] for r in found])
    for (ident, title, stage, _stored, _currency, expected_close, agreements, promised,
         client_id, product_id, manager_id, last_contact_at, next_at, next_source,
         overdue) in found:
        amount, currency, amount_source, amount_ref = worths[ident]
        product, product_name = products.get(product_id, nobody)
        manager_email, manager_name = managers.get(manager_id, nobody)
        if agreements:
            agreements_source = "deal"
        elif promised:
            agreements, agreements_source = promised, "promise"
        else:
            agreements_source = ""
        append({
            "code": code("D", ident), "id": ident, "title": title,
            "client": clients.get(client_id), "client_id": client_id,
            "product": product, "product_name": product_name,
            "manager": manager_email, "manager_name": manager_name,
            "stage": stage, "probability": probs.get(stage, 0.0),
            "amount": amount, "currency": currency,
            "amount_source": amount_source, "amount_ref": amount_ref,
            # Conversion only for other currencies (Fx caches its rates).
            "amount_base": (None if amount is None else int(amount)
                            if currency == base or currency.upper() == base
                            else fx.to_base(amount, currency, today)),
            "expected_close": expected_close,
            "agreements": agreements, "agreements_source": agreements_source,
            "last_contact_at": last_contact_at,
            "next_contact_at": next_at, "next_contact_source": next_source if next_at else "",
            "overdue": overdue == 1, "no_next_contact": not next_at,
        })
    if detail:
        details = deal_details(db, [row["id"] for row in out])
        for row in out:
            row.update(details.get(row["id"], {}))
    return out


def next_contacts(db: sqlite_utils.Database, deal_ids: list[int], as_of: datetime | None = None
                  ) -> dict[int, tuple[str | None, str]]:
    """Per deal: ``(next_contact_at, next_contact_source)`` as the board shows them, for the
    pane's card: the deal's own date, else the client's next calendar event (``calendar``);
    ``(None, "")`` when there is neither."""
    params: dict[str, Any] = {"now": clock.iso(as_of or clock.now())}
    out: dict[int, tuple[str | None, str]] = {}
    for start in range(0, len(deal_ids), 500):
        part = {f"d{i}": ident for i, ident in enumerate(deal_ids[start:start + 500])}
        marks = ", ".join(f":{key}" for key in part)
        for ident, next_at, source in db.conn.execute(
                f"SELECT d.id, {_NEXT_CONTACT} FROM deals d JOIN (SELECT id,"
                f" {_next_event_sql('client_id')} AS next_event_at FROM deals"
                f" WHERE id IN ({marks})) f ON f.id = d.id", {**params, **part}):
            out[ident] = (next_at, source if next_at else "")
    return out


# When a closed deal closed: a won deal's own date; a lost deal's last change to "lost"
# (deal_history), else its last update.
# A lost deal closed when it last became lost: when the message that says so was sent if the
# change names one (an index run reads a client's "no" days or months later), else when the
# change was made (the pane, a tag reply).
_CLOSED_AT = """CASE WHEN d.status = 'won' THEN d.won_at ELSE COALESCE(
    (SELECT COALESCE((SELECT MIN(m.sent_at) FROM messages m WHERE h.source_ref <> ''
                        AND m.message_id = h.source_ref), h.at)
       FROM deal_history h WHERE h.deal_id = d.id AND h.field = 'status'
       AND h.new_value = 'lost' ORDER BY h.at DESC, h.id DESC LIMIT 1), d.updated_at) END"""


def closed(db: sqlite_utils.Database, settings: Settings, period: str | Period | None, *,
           manager: str | None = None, product: str | None = None,
           as_of: datetime | None = None) -> dict[str, Any]:
    """Deals won or lost in the period: the board's won and lost columns, newest first.

    A deal counts in the period it closed in (company time zone): a won deal by its
    ``won_at``, a lost one by when it became lost (``_CLOSED_AT``). Returns ``{period, kind,
    start, end, as_of, currency, rows: [{code, id, title, client, client_id, product,
    product_name, manager, manager_name, stage, last_stage, status, amount, currency,
    amount_base, closed_at, lost_reason}], totals: {won: {count, amount_base}, lost: {...}}}``;
    ``stage`` is the column the deal stands in (``won`` or ``lost``), ``last_stage`` the stage
    it had. Money in base minor units where converted.
    """
    moment = as_of or clock.now()
    per = resolve(period, moment, settings.company.timezone)
    lo, hi = per.utc_bounds(settings.company.timezone)
    people, goods = load_directory(db, settings)
    where = ["d.status IN ('won', 'lost')", f"{_CLOSED_AT} >= :lo", f"{_CLOSED_AT} < :hi",
             f"{_CLOSED_AT} <= :now"]
    params: dict[str, Any] = {"lo": lo, "hi": hi, "now": clock.iso(moment)}
    if manager:
        where.append("d.manager_id = :manager_id")
        params["manager_id"] = people.by_email(manager)["id"]
    if product:
        where.append("d.product_id = :product_id")
        params["product_id"] = goods.resolve(product)["id"]
    fx = Fx(db, settings)
    out: list[dict[str, Any]] = []
    totals = {s: {"count": 0, "amount_base": 0} for s in ("won", "lost")}
    found = db.conn.execute(
            f"SELECT d.id, d.title, d.stage, d.status, d.amount_minor, d.currency, d.lost_reason,"
            f" {_CLOSED_AT} AS closed_at, c.name, d.client_id, p.code, p.name_en, m.email, m.name"
            " FROM deals d JOIN clients c ON c.id = d.client_id"
            " LEFT JOIN products p ON p.id = d.product_id"
            " LEFT JOIN managers m ON m.id = d.manager_id"
            f" WHERE {' AND '.join(where)} ORDER BY closed_at DESC, d.id DESC", params).fetchall()
    worths = worth(db, fx, [r[0] for r in found])
    for (ident, title, stage, status, _stored, _currency, lost_reason, closed_at, client,
         client_id, product_code, product_name, manager_email, manager_name) in found:
        amount, currency, amount_source, amount_ref = worths[ident]
        on = clock.local_date(clock.parse_iso(closed_at), settings.company.timezone)
        base = None if amount is None else fx.to_base(amount, currency, on)
        totals[status]["count"] += 1
        totals[status]["amount_base"] += base or 0
        out.append({
            "code": item_code("D", ident), "id": ident, "title": title, "client": client,
            "client_id": client_id, "product": product_code, "product_name": product_name,
            "manager": manager_email, "manager_name": manager_name, "stage": status,
            "last_stage": stage, "status": status, "amount": amount, "currency": currency,
            "amount_source": amount_source, "amount_ref": amount_ref, "amount_base": base,
            "closed_at": closed_at, "lost_reason": lost_reason or "",
        })
    return {**per.as_dict(), "as_of": clock.iso(moment), "currency": fx.base, "rows": out,
            "totals": totals, "warnings": fx.warnings()}


#: Agreed items shown per deal (the newest first).
AGREED_SHOWN = 5


def deal_details(db: sqlite_utils.Database, deal_ids: list[int]) -> dict[int, dict[str, Any]]:
    """Per deal: who set the stage and its evidence, and what both sides agreed, newest first.

    ``stage_evidence`` is ``{"message_id" or "ref", "quote", "kind", "at"}`` (see
    docs/negotiations.md); ``agreed`` lists the manager's promises and the client's
    commitments as ``{"side", "text", "due_at", "status", "made_at", "message_id"}``.
    """
    out: dict[int, dict[str, Any]] = {}
    for start in range(0, len(deal_ids), 500):
        part = deal_ids[start:start + 500]
        marks = ",".join("?" * len(part))
        for ident, source, evidence in db.conn.execute(
                f"SELECT id, stage_source, stage_evidence FROM deals WHERE id IN ({marks})", part):
            out[ident] = {"stage_source": source,
                          "stage_evidence": json.loads(evidence) if evidence else {},
                          "agreed": []}
        for deal_id, side, text, due_at, status, made_at, mid in db.conn.execute(
                "SELECT p.deal_id, 'manager', p.text, p.due_at, p.status, p.made_at, m.message_id"
                " FROM promises p JOIN messages m ON m.id = p.message_id"
                f" WHERE p.deal_id IN ({marks}) AND p.party = 'manager'"
                " UNION ALL"
                " SELECT s.deal_id, 'client', s.text, s.due_at, s.status, s.at, m.message_id"
                " FROM deal_signals s JOIN messages m ON m.id = s.message_id"
                f" WHERE s.deal_id IN ({marks}) AND s.kind = 'commitment'"
                " ORDER BY 6 DESC", part + part):
            items = out[deal_id]["agreed"]
            if len(items) < AGREED_SHOWN:
                items.append({"side": side, "text": text, "due_at": due_at, "status": status,
                              "made_at": made_at, "message_id": mid})
    return out


def overdue_by_manager(db: sqlite_utils.Database, as_of: datetime | None = None, *,
                       product_id: int | None = None) -> dict[Any, int]:
    """Open deals whose next contact is overdue, counted per manager id (the board's ``overdue``).

    The one definition every channel uses: the next contact (the deal's own date, else
    the client's next calendar event) is before ``as_of``. ``product_id`` counts the deals
    of one product.
    """
    moment = as_of or clock.now()
    where = "d.status = 'open'"
    if product_id is not None:
        where += f" AND d.product_id = {int(product_id)}"
    sql = _CLIENT_FACTS.format(where=where) + """
SELECT r.manager_id, COUNT(*) FROM (
    SELECT d.manager_id, """ + _NEXT_CONTACT + """
    FROM deals d JOIN client_facts f ON f.client_id = d.client_id
    WHERE """ + where + """
) r WHERE COALESCE(r.next_at, '') <> '' AND r.next_at < :due GROUP BY r.manager_id"""
    params = {"now": clock.iso(moment), "due": _due_mark(moment)}
    return {manager_id: int(n) for manager_id, n in db.conn.execute(sql, params)}


def _due_mark(moment: datetime) -> str:
    """The stored-text bound below which a next contact is overdue at ``moment``.

    Stored times have whole seconds, so a time is before ``moment`` exactly
    when it is before ``moment`` rounded up to the next whole second.
    """
    whole = moment.replace(microsecond=0)
    return clock.iso(whole if whole == moment else whole + timedelta(seconds=1))


TIMELINE_SHOWN = 500     # newest entries of one deal's timeline


def timeline(db: sqlite_utils.Database, deal_id: int) -> list[dict[str, Any]]:
    """One deal's timeline, newest first: the messages, meetings and calls between its manager
    and client, the promises, requests and deal signals with their quoted sentences, and every
    change of the deal (tags, pane, imports) with who made it.

    Each entry is ``{"at", "kind", "title", "quote", "message_id", "event_id", ...}``;
    ``kind`` is the contact channel (email_out, email_in, meeting, call), ``promise``,
    ``request``, ``signal`` or ``change``. Signals and promises not yet tied to a deal count
    when they are between the deal's manager and client.
    """
    deal = db.conn.execute("SELECT client_id, manager_id FROM deals WHERE id = ?",
                           (deal_id,)).fetchone()
    if deal is None:
        return []
    client_id, manager_id = deal
    pair = "client_id = ?2 AND manager_id IS ?3"
    out: list[dict[str, Any]] = []
    for at, channel, message_id, event_id, subject, summary, note in db.conn.execute(
            "SELECT c.at, c.channel, c.message_id, c.event_id, m.subject, e.summary, k.note"
            " FROM contacts c LEFT JOIN messages m ON m.id = c.message_id"
            " LEFT JOIN events e ON e.id = c.event_id LEFT JOIN calls k ON k.id = c.call_id"
            " WHERE c.client_id = ?2 AND c.manager_id IS ?3 ORDER BY c.at DESC LIMIT ?4",
            (deal_id, client_id, manager_id, TIMELINE_SHOWN)):
        out.append({"at": at, "kind": channel, "title": subject or summary or "",
                    "quote": note or "", "message_id": message_id, "event_id": event_id})
    for at, party, text, message_id, due_at, status in db.conn.execute(
            "SELECT made_at, party, text, message_id, due_at, status FROM promises"
            f" WHERE deal_id = ?1 OR (deal_id IS NULL AND {pair}) ORDER BY made_at DESC LIMIT ?4",
            (deal_id, client_id, manager_id, TIMELINE_SHOWN)):
        out.append({"at": at, "kind": "promise" if party == "manager" else "request",
                    "title": status, "quote": text, "message_id": message_id, "event_id": None,
                    "due_at": due_at, "status": status})
    for at, kind, side, text, message_id in db.conn.execute(
            "SELECT at, kind, side, text, message_id FROM deal_signals"
            f" WHERE deal_id = ?1 OR (deal_id IS NULL AND {pair}) ORDER BY at DESC LIMIT ?4",
            (deal_id, client_id, manager_id, TIMELINE_SHOWN)):
        out.append({"at": at, "kind": "signal", "title": f"{side}: {kind}", "quote": text,
                    "message_id": message_id, "event_id": None, "side": side, "signal": kind})
    for at, actor, source, ref, field_name, old, new in db.conn.execute(
            "SELECT at, actor_email, source, source_ref, field, old_value, new_value"
            " FROM deal_history WHERE deal_id = ?1 ORDER BY at DESC, id DESC LIMIT ?2",
            (deal_id, TIMELINE_SHOWN)):
        # ``title`` names the codes; screens build their own line from field, old and new.
        out.append({"at": at, "kind": "change", "title": f"{field_name}: {old or '—'} → {new or '—'}",
                    "quote": "", "message_id": None, "event_id": None, "source": source,
                    "source_ref": ref, "actor": actor, "field": field_name, "old": old,
                    "new": new})
    out.sort(key=lambda e: e["at"] or "", reverse=True)
    return out[:TIMELINE_SHOWN]
