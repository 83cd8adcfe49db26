"""Reading violations back: the list the head checks, one plain dict per violation."""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from dealtrail.domain import item_code, parse_item_code
from dealtrail.errors import NotFound
from dealtrail.messages import Msg
from dealtrail.store import rows

from .i18n import describe

STATUSES = ("open", "resolved", "kept_late", "waived")


def parse_violation_id(text: str | int) -> int:
    """``"V-12"``, ``"v-12"`` or ``"12"`` -> 12."""
    if isinstance(text, int):
        return text
    if text.strip().isdigit():
        return int(text.strip())
    parsed = parse_item_code(text)
    if parsed is None or parsed[0] != "V":
        raise NotFound(Msg("not_violation_code", value=text))
    return parsed[1]


def list_violations(db: sqlite_utils.Database, *, manager: str | None = None,
                    rule: str | None = None, status: str | None = None,
                    client_ids: list[int] | None = None, locale: str = "en",
                    limit: int | None = None) -> list[dict[str, Any]]:
    """Violations newest due first, filtered by manager email, rule, status or clients.

    Each item: code ("V-<id>"), id, rule, manager (email), manager_name, client,
    client_id, deal (title), deal_id, deal_code, promise_id, due (UTC ISO),
    status, severity, summary (stored English), text (in ``locale``),
    evidence (dict), detected_at, resolved_at, waived_by, waive_reason.
    """
    where, params = ["1=1"], []
    if manager:
        where.append("lower(m.email) = lower(?)")
        params.append(manager)
    if rule:
        where.append("v.rule = ?")
        params.append(rule)
    if status:
        where.append("v.status = ?")
        params.append(status)
    if client_ids is not None:
        where.append("v.client_id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(sorted(client_ids)))
    sql = (
        "SELECT v.*, m.email AS manager_email, m.name AS manager_name, c.name AS client_name,"
        " d.title AS deal_title FROM violations v"
        " LEFT JOIN managers m ON m.id = v.manager_id"
        " LEFT JOIN clients c ON c.id = v.client_id"
        " LEFT JOIN deals d ON d.id = v.deal_id"
        f" WHERE {' AND '.join(where)} ORDER BY v.due_at DESC, v.id DESC"
    )
    if limit:
        sql += f" LIMIT {int(limit)}"
    out = []
    for r in rows(db, sql, params):
        evidence = json.loads(r["evidence"] or "{}")
        out.append({
            "code": item_code("V", r["id"]), "id": r["id"], "rule": r["rule"],
            "manager": r["manager_email"] or evidence.get("manager", ""),
            "manager_name": r["manager_name"] or "",
            "client": r["client_name"] or evidence.get("client", ""), "client_id": r["client_id"],
            "deal": r["deal_title"] or evidence.get("deal", "") or "", "deal_id": r["deal_id"],
            "deal_code": item_code("D", r["deal_id"]) if r["deal_id"] else "",
            "promise_id": r["promise_id"], "due": r["due_at"], "status": r["status"],
            "severity": r["severity"], "summary": r["summary"],
            "text": describe({**r, "evidence": evidence}, locale),
            "evidence": evidence, "detected_at": r["detected_at"],
            "resolved_at": r["resolved_at"], "waived_by": r["waived_by"],
            "waive_reason": r["waive_reason"],
        })
    return out
