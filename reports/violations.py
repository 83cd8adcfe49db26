"""Complaints and violations by manager and by client, with the trend and the open list.

A violation counts in the period it was detected in; a complaint in the period
it was opened in (both compared in the company's time zone). The trend is the
change against the previous period of the same kind. The open list holds every
violation and complaint still open at ``as_of``, whenever it started.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from datetime import datetime
from typing import Any

import sqlite_utils

from dealtrail import clock
from dealtrail.config import Settings
from dealtrail.domain import item_code
from dealtrail.store import rows
from rules.i18n import describe

from .periods import Period, resolve
from .plan import directory

log = logging.getLogger(__name__)


def _counts(db: sqlite_utils.Database, table: str, stamp: str, lo: str, hi: str,
            manager_id: int | None, extra: str) -> list[dict[str, Any]]:
    where = f"{stamp} >= ? AND {stamp} < ?"
    params: list[Any] = [lo, hi]
    if manager_id is not None:
        where += " AND manager_id = ?"
        params.append(manager_id)
    return rows(db, f"SELECT manager_id, client_id, {extra} status, COUNT(*) AS n FROM {table} "
                    f"WHERE {where} GROUP BY manager_id, client_id, {extra} status", params)


def complaints_and_violations(db: sqlite_utils.Database, settings: Settings,
                              period: str | Period | None, *, manager: str | None = None,
                              as_of: datetime | None = None) -> dict[str, Any]:
    """Counts by manager and by client (by rule and status), the trend, and what is open."""
    moment = as_of or clock.now()
    tz = settings.company.timezone
    per = resolve(period, moment, tz)
    prev = per.previous()
    people, _ = directory(db, settings)
    mid = people.by_email(manager)["id"] if manager else None
    lo, hi = per.utc_bounds(tz)
    hi = min(hi, clock.iso(moment))
    plo, phi = prev.utc_bounds(tz)
    cur_v = _counts(db, "violations", "detected_at", lo, hi, mid, "rule,")
    prev_v = _counts(db, "violations", "detected_at", plo, phi, mid, "rule,")
    cur_c = _counts(db, "complaints", "opened_at", lo, hi, mid, "")
    prev_c = _counts(db, "complaints", "opened_at", plo, phi, mid, "")
    names = {r["id"]: r["name"] for r in rows(db, "SELECT id, name FROM clients WHERE id IN "
                                                  "(SELECT client_id FROM violations UNION "
                                                  "SELECT client_id FROM complaints)")}

    def group(key: str) -> list[dict[str, Any]]:
        acc: dict[Any, dict[str, Any]] = defaultdict(lambda: {
            "violations": 0, "violations_previous": 0, "by_rule": Counter(), "by_status": Counter(),
            "complaints": 0, "complaints_previous": 0, "complaints_by_status": Counter()})
        for r in cur_v:
            a = acc[r[key]]
            a["violations"] += r["n"]
            a["by_rule"][r["rule"]] += r["n"]
            a["by_status"][r["status"]] += r["n"]
        for r in prev_v:
            acc[r[key]]["violations_previous"] += r["n"]
        for r in cur_c:
            acc[r[key]]["complaints"] += r["n"]
            acc[r[key]]["complaints_by_status"][r["status"]] += r["n"]
        for r in prev_c:
            acc[r[key]]["complaints_previous"] += r["n"]
        out = []
        for ident, a in acc.items():
            if key == "manager_id":
                who = people.by_id(ident)
                label = {"manager": who["email"] if who else None,
                         "name": who["name"] if who else "(unassigned)"}
            else:
                label = {"client_id": ident, "client": names.get(ident, "(no client)")}
            out.append({**label, **{k: dict(v) if isinstance(v, Counter) else v
                                    for k, v in a.items()},
                        "violations_trend": a["violations"] - a["violations_previous"],
                        "complaints_trend": a["complaints"] - a["complaints_previous"]})
        out.sort(key=lambda r: (-(r["violations"] + r["complaints"]), str(r.get("name") or r.get("client"))))
        return out

    open_items = _open_items(db, mid, names, people)
    totals = {
        "violations": sum(r["n"] for r in cur_v), "violations_previous": sum(r["n"] for r in prev_v),
        "complaints": sum(r["n"] for r in cur_c), "complaints_previous": sum(r["n"] for r in prev_c),
        "by_rule": dict(sum((Counter({r["rule"]: r["n"]}) for r in cur_v), Counter())),
    }
    totals["violations_trend"] = totals["violations"] - totals["violations_previous"]
    totals["complaints_trend"] = totals["complaints"] - totals["complaints_previous"]
    return {**per.as_dict(), "as_of": clock.iso(moment), "previous_period": prev.key,
            "by_manager": group("manager_id"), "by_client": group("client_id"),
            "totals": totals, "open": open_items}


def _open_items(db: sqlite_utils.Database, manager_id: int | None, names: dict[int, str],
                people: Any) -> list[dict[str, Any]]:
    where, params = "", []
    if manager_id is not None:
        where, params = " AND manager_id = ?", [manager_id]
    out = []
    for r in rows(db, f"SELECT id, rule, manager_id, client_id, deal_id, severity, summary, evidence, "
                      f"due_at, detected_at FROM violations WHERE status = 'open'{where} "
                      f"ORDER BY detected_at", params):
        who = people.by_id(r["manager_id"])
        out.append({"code": item_code("V", r["id"]), "kind": "violation", "rule": r["rule"],
                    "severity": r["severity"], "summary": describe(r, "en"),
                    "summary_ru": describe(r, "ru"),
                    "manager": who["email"] if who else None, "client": names.get(r["client_id"]),
                    "deal": item_code("D", r["deal_id"]) if r["deal_id"] else None,
                    "due_at": r["due_at"], "since": r["detected_at"]})
    for r in rows(db, f"SELECT id, manager_id, client_id, deal_id, text, opened_at FROM complaints "
                      f"WHERE status = 'open'{where} ORDER BY opened_at", params):
        who = people.by_id(r["manager_id"])
        out.append({"code": item_code("C", r["id"]), "kind": "complaint", "rule": "complaint",
                    "severity": "high", "summary": r["text"],
                    "manager": who["email"] if who else None, "client": names.get(r["client_id"]),
                    "deal": item_code("D", r["deal_id"]) if r["deal_id"] else None,
                    "due_at": None, "since": r["opened_at"]})
    return out
