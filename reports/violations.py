"""Complaints and violations by manager and by client, with the trend and the open list.

A violation counts in the period it happened in (``happened_at``: its deadline, the missed
day or the broken due date, not the index run that found it); a complaint in the period
it was opened in (both compared in the company's time zone). The trend is the
change against the previous period of the same kind. The open list holds every
violation and complaint still open at ``as_of``, whenever it started.

The counts are grouped in SQL (by manager, client, rule and status), complaints from the
``m008`` period index, violations by ``happened_at``, and folded into both tables in one
pass over plain tuples; the open list reads what is open in detection order from an index and
parses each violation's evidence once for both languages.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime
from typing import Any

import sqlite_utils

from dealtrail import clock
from dealtrail.config import Settings
from dealtrail.directory import load_directory
from dealtrail.domain import item_code
from dealtrail.periods import Period, resolve
from rules.i18n import describe

from .workload import PRODUCT_DEALS

log = logging.getLogger(__name__)

# Client ids per name query (well under every SQL engine's parameter limit).
_CHUNK = 500


def happened_at(alias: str = "v") -> str:
    """SQL for when a violation happened: its deadline (the missed contact day, the broken due
    date), or when a rule first saw it if it has none or was seen before it fell due.

    A new team's first index finds months of past violations at once; counted by
    ``detected_at`` they all landed in this week. The violations report, the trends and the
    digest count by this one expression (portable SQL, no engine's ``MIN``)."""
    a = f"{alias}." if alias else ""
    return (f"(CASE WHEN {a}due_at IS NOT NULL AND {a}due_at < {a}detected_at"
            f" THEN {a}due_at ELSE {a}detected_at END)")


def happened_between(lo: str, hi: str, alias: str = "v", *, closed: str = "[)"
                     ) -> tuple[str, list[Any]]:
    """``(where, params)`` for the violations that happened between ``lo`` and ``hi``.

    ``closed`` is ``"[)"`` (a period) or ``"(]"`` (since the last digest up to now). A
    violation never happens after it is detected, so ``detected_at`` bounded from below
    keeps the ``m008`` index reading only the rows that can match."""
    a = f"{alias}." if alias else ""
    at = happened_at(alias)
    low, high = (">=", "<") if closed == "[)" else (">", "<=")
    return (f"{a}detected_at {low} ? AND {at} {low} ? AND {at} {high} ?", [lo, lo, hi])


# Per group: violations, previous, by rule, by status, complaints, previous, complaints by status.
_Acc = list[Any]


def _counts(db: sqlite_utils.Database, table: str, lo: str, hi: str,
            manager_id: int | None, rule: str, product_id: int | None = None
            ) -> list[tuple[Any, ...]]:
    """``(manager_id, client_id, rule, status, n)`` rows of one period (rule ``None`` for complaints)."""
    if table == "violations":
        where, params = happened_between(lo, hi, "")
    else:
        where, params = "opened_at >= ? AND opened_at < ?", [lo, hi]
    if manager_id is not None:
        where += " AND manager_id = ?"
        params.append(manager_id)
    if product_id is not None:
        where += f" AND deal_id IN ({PRODUCT_DEALS})"
        params.append(product_id)
    return db.conn.execute(
        f"SELECT manager_id, client_id, {rule} AS rule, status, COUNT(*) FROM {table} "
        f"WHERE {where} GROUP BY manager_id, client_id, {rule}, status", params).fetchall()


def _fold(cur_v: list[tuple[Any, ...]], prev_v: list[tuple[Any, ...]],
          cur_c: list[tuple[Any, ...]], prev_c: list[tuple[Any, ...]]
          ) -> tuple[dict[Any, _Acc], dict[Any, _Acc]]:
    """Accumulators by manager id and by client id, in first-seen order."""
    by_manager: dict[Any, _Acc] = {}
    by_client: dict[Any, _Acc] = {}

    def acc(table: dict[Any, _Acc], key: Any) -> _Acc:
        a = table.get(key)
        if a is None:
            a = table[key] = [0, 0, {}, {}, 0, 0, {}]
        return a

    for manager_id, client_id, rule, status, n in cur_v:
        for a in (acc(by_manager, manager_id), acc(by_client, client_id)):
            a[0] += n
            a[2][rule] = a[2].get(rule, 0) + n
            a[3][status] = a[3].get(status, 0) + n
    for manager_id, client_id, _rule, _status, n in prev_v:
        acc(by_manager, manager_id)[1] += n
        acc(by_client, client_id)[1] += n
    for manager_id, client_id, _rule, status, n in cur_c:
        for a in (acc(by_manager, manager_id), acc(by_client, client_id)):
            a[4] += n
            a[6][status] = a[6].get(status, 0) + n
    for manager_id, client_id, _rule, _status, n in prev_c:
        acc(by_manager, manager_id)[5] += n
        acc(by_client, client_id)[5] += n
    return by_manager, by_client


def _rows(table: dict[Any, _Acc], label: Any) -> list[dict[str, Any]]:
    """One output row per group, most violations and complaints first, then by name."""
    out = []
    for ident, (v, vp, by_rule, by_status, c, cp, c_status) in table.items():
        out.append({**label(ident), "violations": v, "violations_previous": vp,
                    "by_rule": by_rule, "by_status": by_status, "complaints": c,
                    "complaints_previous": cp, "complaints_by_status": c_status,
                    "violations_trend": v - vp, "complaints_trend": c - cp})
    out.sort(key=lambda r: (-(r["violations"] + r["complaints"]),
                            str(r.get("name") or r.get("client"))))
    return out


def complaints_and_violations(db: sqlite_utils.Database, settings: Settings,
                              period: str | Period | None, *, manager: str | None = None,
                              as_of: datetime | None = None, product: str | None = None
                              ) -> dict[str, Any]:
    """Counts by manager and by client (by rule and status), the trend, and what is open.

    ``product`` keeps the violations and complaints about a deal of that product."""
    moment = as_of or clock.now()
    tz = settings.company.timezone
    per = resolve(period, moment, tz)
    prev = per.previous()
    people, goods = load_directory(db, settings)
    mid = people.by_email(manager)["id"] if manager else None
    pid = goods.resolve(product)["id"] if product else None
    lo, hi = per.utc_bounds(tz)
    hi = min(hi, clock.iso(moment))
    plo, phi = prev.utc_bounds(tz)
    cur_v = _counts(db, "violations", lo, hi, mid, "rule", pid)
    prev_v = _counts(db, "violations", plo, phi, mid, "rule", pid)
    cur_c = _counts(db, "complaints", lo, hi, mid, "NULL", pid)
    prev_c = _counts(db, "complaints", plo, phi, mid, "NULL", pid)
    open_v, open_c = _open_rows(db, mid, pid)
    # Names of just the clients shown (each comes from a violation or a complaint).
    shown = {r[1] for part in (cur_v, prev_v, cur_c, prev_c) for r in part}
    shown.update(r[3] for r in open_v)
    shown.update(r[2] for r in open_c)
    shown.discard(None)
    names = _client_names(db, sorted(shown))

    managers: dict[Any, dict[str, Any]] = {}
    for ident in {r[0] for part in (cur_v, prev_v, cur_c, prev_c) for r in part}:
        who = people.by_id(ident)
        managers[ident] = {"manager": who["email"] if who else None,
                           "name": who["name"] if who else "(unassigned)"}
    by_manager, by_client = _fold(cur_v, prev_v, cur_c, prev_c)

    by_rule: dict[str, int] = {}
    for r in cur_v:
        by_rule[r[2]] = by_rule.get(r[2], 0) + r[4]
    totals: dict[str, Any] = {
        "violations": sum(r[4] for r in cur_v), "violations_previous": sum(r[4] for r in prev_v),
        "complaints": sum(r[4] for r in cur_c), "complaints_previous": sum(r[4] for r in prev_c),
        "by_rule": by_rule,
    }
    totals["violations_trend"] = totals["violations"] - totals["violations_previous"]
    totals["complaints_trend"] = totals["complaints"] - totals["complaints_previous"]
    return {**per.as_dict(), "as_of": clock.iso(moment), "previous_period": prev.key,
            "by_manager": _rows(by_manager, managers.__getitem__),
            "by_client": _rows(by_client, lambda ident: {
                "client_id": ident, "client": names.get(ident, "(no client)")}),
            "totals": totals, "open": _open_items(open_v, open_c, names, people)}


def _client_names(db: sqlite_utils.Database, ids: list[int]) -> dict[int, str]:
    """Names of the clients ``ids`` (portable SQL: bounded ``IN`` lists)."""
    names: dict[int, str] = {}
    for start in range(0, len(ids), _CHUNK):
        part = ids[start:start + _CHUNK]
        names.update(db.conn.execute(
            f"SELECT id, name FROM clients WHERE id IN ({','.join('?' * len(part))})", part))
    return names


def _open_rows(db: sqlite_utils.Database, manager_id: int | None, product_id: int | None = None
               ) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Open violations and complaints (of one manager, about one product, if given), oldest
    first."""
    where, params = "", []
    if manager_id is not None:
        where, params = " AND manager_id = ?", [manager_id]
    if product_id is not None:
        where += f" AND deal_id IN ({PRODUCT_DEALS})"
        params.append(product_id)
    violations = db.conn.execute(
        f"SELECT id, rule, manager_id, client_id, deal_id, severity, summary, evidence, due_at, "
        f"detected_at FROM violations WHERE status = 'open'{where} ORDER BY detected_at",
        params).fetchall()
    complaints = db.conn.execute(
        f"SELECT id, manager_id, client_id, deal_id, text, opened_at FROM complaints "
        f"WHERE status = 'open'{where} ORDER BY opened_at", params).fetchall()
    return violations, complaints


def _open_items(violations: list[tuple[Any, ...]], complaints: list[tuple[Any, ...]],
                names: dict[int, str], people: Any) -> list[dict[str, Any]]:
    emails: dict[Any, tuple[str | None, str | None]] = {}

    def person(ident: Any) -> tuple[str | None, str | None]:
        if ident not in emails:
            who = people.by_id(ident)
            emails[ident] = (who["email"], who["name"]) if who else (None, None)
        return emails[ident]

    def email(ident: Any) -> str | None:
        return person(ident)[0]

    out = []
    for (ident, rule, manager_id, client_id, deal_id, severity, summary, evidence, due_at,
         detected_at) in violations:
        facts = {"rule": rule, "summary": summary, "client": names.get(client_id),
                 "due_at": due_at,
                 "evidence": {} if evidence in ("", "{}") else json.loads(evidence or "{}")}
        out.append({"id": ident, "code": item_code("V", ident), "kind": "violation", "rule": rule,
                    "severity": severity, "summary": describe(facts, "en"),
                    "summary_ru": describe(facts, "ru"),
                    "manager": email(manager_id), "manager_name": person(manager_id)[1],
                    "client": names.get(client_id),
                    "deal": item_code("D", deal_id) if deal_id else None,
                    "due_at": due_at, "since": detected_at})
    for ident, manager_id, client_id, deal_id, text, opened_at in complaints:
        out.append({"id": ident, "code": item_code("C", ident), "kind": "complaint",
                    "rule": "complaint",
                    "severity": "high", "summary": text,
                    "manager": email(manager_id), "manager_name": person(manager_id)[1],
                    "client": names.get(client_id),
                    "deal": item_code("D", deal_id) if deal_id else None,
                    "due_at": None, "since": opened_at})
    return out
