"""The pane's read queries: which client a message is about, and that client's context.

Everything here is a read with portable SQL over indexed columns; the pane
calls :func:`client_context` every time the selected message changes, so it
must stay fast on a large mailbox (see ``bench/api.py``).
Who sees what is decided by :mod:`dealtrail.access` (a manager sees clients
they own or have a deal with, and only their own deals on them).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from typing import Any

import sqlite_utils

from dealtrail import access, clock
from dealtrail.addresses import client_of
from dealtrail.config import Settings
from dealtrail.domain import item_code
from dealtrail.errors import NotFound, PermissionDenied
from dealtrail.store import rows
from reports.i18n import amount_source_label, source_label, tie_clue_label
from rules.i18n import describe

from .auth import Principal

log = logging.getLogger(__name__)

MAX_ADDRESSES = 50
LATEST_CONTACTS = 8


def clean_addresses(addresses: Iterable[str]) -> list[str]:
    """Lower-cased, de-duplicated e-mail addresses (at most :data:`MAX_ADDRESSES`)."""
    seen: list[str] = []
    for raw in addresses:
        address = (raw or "").strip().lower()
        if "@" in address and address not in seen and len(address) <= 320:
            seen.append(address)
    return seen[:MAX_ADDRESSES]


def resolve_clients(db: sqlite_utils.Database, settings: Settings,
                    addresses: Iterable[str]) -> list[int]:
    """Client ids the addresses belong to, in the order the addresses came (sender first).

    Each is the client the indexer filed the address's mail under
    (:func:`dealtrail.addresses.client_of`): a known person wins over their domain;
    internal addresses map to nothing unless the person is linked to a client; an
    intermediary is left out.
    """
    found: list[int] = []
    for address in clean_addresses(addresses):
        client_id = client_of(db.conn, address, settings.company.internal_domains)
        if client_id is not None and client_id not in found:
            found.append(client_id)
    # A broker, dealer or agent on the letter is no client to show (indexer/intermediary.py);
    # the client it speaks for is shown when its address is on the letter too.
    brokers = {r[0] for r in db.conn.execute(
        f"SELECT id FROM clients WHERE kind = 'intermediary' AND id IN ({','.join('?' * len(found))})",
        found)} if found else set()
    return [c for c in found if c not in brokers]


def _client(db: sqlite_utils.Database, client_id: int) -> dict[str, Any]:
    found = rows(db, "SELECT id, name, owner_email, segment FROM clients WHERE id = ?", (client_id,))
    if not found:
        raise NotFound(f"client {client_id} does not exist")
    return found[0]


def client_context(db: sqlite_utils.Database, settings: Settings, viewer: Principal,
                   addresses: Iterable[str]) -> dict[str, Any]:
    """Everything the pane shows for the message with these sender/recipient addresses."""
    addresses = clean_addresses(addresses)
    ids = resolve_clients(db, settings, addresses)
    # Clients the viewer may not see are left out without a trace: neither
    # their names nor how many there are (a count would tell that a stranger's
    # address belongs to a client of someone else).
    visible = [_client(db, client_id) for client_id in ids
               if access.can_see_client(db, viewer, client_id)]
    result: dict[str, Any] = {
        "viewer": viewer.as_dict(),
        "addresses": addresses,
        "client": None,
        "others": [{"id": c["id"], "name": c["name"]} for c in visible[1:]],
        "plan": plan_strip(db, settings, viewer),
        "stages": list(settings.pipeline.stages),
        "stage_labels": settings.pipeline.labelled(),
    }
    if visible:
        result.update(client_card(db, settings, viewer, visible[0]))
    return result


def client_by_id(db: sqlite_utils.Database, settings: Settings, viewer: Principal,
                 client_id: int) -> dict[str, Any]:
    """The same context for a client picked by id (the pane's client switcher)."""
    if not access.can_see_client(db, viewer, client_id):
        # One answer for "does not exist" and "not yours": ids reveal nothing.
        raise NotFound(f"client {client_id} does not exist or is not yours")
    client = _client(db, client_id)
    result: dict[str, Any] = {"viewer": viewer.as_dict(), "addresses": [], "others": [],
                              "plan": plan_strip(db, settings, viewer),
                              "stages": list(settings.pipeline.stages),
                              "stage_labels": settings.pipeline.labelled()}
    result.update(client_card(db, settings, viewer, client))
    return result


def client_card(db: sqlite_utils.Database, settings: Settings, viewer: Principal,
                client: dict[str, Any]) -> dict[str, Any]:
    """Card, open deals, latest contacts, open promises, violations and complaints of a client."""
    cid = client["id"]
    # A manager sees only what is assigned to them, even on a client they own.
    scope, scope_args = access.deal_filter(viewer, "d")
    owner = rows(db, f"SELECT name, email FROM managers WHERE id = {access.client_owner_sql('?')}",
                 (cid,))
    deals = rows(
        db,
        "SELECT d.id, d.manager_id, d.title, d.stage, d.amount_minor, d.currency, d.expected_close,"
        " d.next_contact_at, d.next_contact_source, d.agreements, d.status, d.updated_at,"
        " p.code AS product_code, p.name_en AS product_en, p.name_ru AS product_ru,"
        " m.name AS manager_name, m.email AS manager_email"
        " FROM deals d LEFT JOIN products p ON p.id = d.product_id"
        " LEFT JOIN managers m ON m.id = d.manager_id"
        f" WHERE d.client_id = ? AND d.status = 'open'{scope}",
        (cid, *scope_args),
    )
    # The next contact is the board's (the deal's own date, else the client's next meeting).
    nexts = _next_contacts(db, [d["id"] for d in deals])
    # The amount is the board's too: the deal's own, else what its sales booked, with its source.
    from reports import api as reports_api

    worths = reports_api.deal_worth(db, settings, [d["id"] for d in deals])
    for d in deals:
        d["next_contact_at"], d["next_contact_source"] = nexts.get(d["id"], (None, ""))
        d["amount_minor"], d["currency"], d["amount_source"], _ = worths[d["id"]]
    deals.sort(key=lambda d: (d["next_contact_at"] is None, d["next_contact_at"] or "", d["id"]))
    product_rows = rows(
        db,
        "SELECT DISTINCT p.code, p.name_en, p.name_ru FROM deals d JOIN products p"
        f" ON p.id = d.product_id WHERE d.client_id = ?{scope} ORDER BY p.code",
        (cid, *scope_args),
    )
    contact_scope = access.deal_filter(viewer, "c")[0]
    contacts = rows(
        db,
        "SELECT c.at, c.channel, c.person_email, m.name AS manager_name, msg.subject,"
        " coalesce(cl.note, '') AS note"
        " FROM contacts c LEFT JOIN managers m ON m.id = c.manager_id"
        " LEFT JOIN messages msg ON msg.id = c.message_id"
        " LEFT JOIN calls cl ON cl.id = c.call_id"
        f" WHERE c.client_id = ?{contact_scope} ORDER BY c.at DESC LIMIT {LATEST_CONTACTS}",
        (cid, *scope_args),
    )
    person_scope = access.deal_filter(viewer, "pr")[0]
    promises = rows(
        db,
        "SELECT pr.id, pr.party, pr.action, pr.text, pr.made_at, pr.due_at, pr.status, pr.deal_id,"
        " m.name AS manager_name FROM promises pr LEFT JOIN managers m ON m.id = pr.manager_id"
        f" WHERE pr.client_id = ? AND pr.status = 'open'{person_scope}"
        " ORDER BY pr.due_at IS NULL, pr.due_at LIMIT 30",
        (cid, *scope_args),
    )
    violations = rows(
        db,
        "SELECT v.id, v.rule, v.severity, v.summary, v.evidence, v.due_at, v.detected_at, v.deal_id,"
        " m.name AS manager_name FROM violations v LEFT JOIN managers m ON m.id = v.manager_id"
        f" WHERE v.status = 'open' AND v.client_id = ?{access.deal_filter(viewer, 'v')[0]}"
        " ORDER BY v.detected_at DESC LIMIT 20",
        (cid, *scope_args),
    )
    complaints = rows(
        db,
        "SELECT c.id, c.text, c.source, c.opened_at, c.status, c.deal_id"
        f" FROM complaints c WHERE c.client_id = ? AND c.status = 'open'"
        f"{access.deal_filter(viewer, 'c')[0]} ORDER BY c.opened_at DESC LIMIT 20",
        (cid, *scope_args),
    )
    known = [{"code": p["code"], "en": p["name_en"], "ru": p["name_ru"]} for p in product_rows]
    ties = address_ties(db, cid)
    agreed = _agreed(db, [d["id"] for d in deals])
    return {
        "client": {
            "id": cid, "name": client["name"], "segment": client.get("segment") or "",
            "owner": owner[0] if owner else ({"name": client["owner_email"],
                                               "email": client["owner_email"]}
                                              if client.get("owner_email") else None),
            "products": known,
            "ties": ties,
        },
        "deals": [dict(_deal_out(d), can_change=access.can_change_record(viewer, d["manager_id"]),
                       agreed=agreed.get(d["id"], [])) for d in deals],
        "contacts": contacts,
        "promises": promises,
        "violations": [_described(v) for v in violations],
        "complaints": [{**c, "code": item_code("C", c["id"])} for c in complaints],
    }


def address_ties(db: sqlite_utils.Database, client_id: int) -> list[dict[str, Any]]:
    """The free-mail addresses the indexer tied to the client, each with its evidence: the
    letter that showed it (``message``: its id for ``/api/messages``, None once that letter
    is gone) and the clue, worded in both languages (``why``)."""
    found = []
    for address, evidence, message, sent_at in db.conn.execute(
            "SELECT d.domain, d.evidence, m.id, m.sent_at FROM client_domains d"
            " LEFT JOIN messages m ON m.id = (SELECT x.id FROM messages x WHERE x.message_id ="
            " json_extract(d.evidence, '$.message_id') ORDER BY x.id LIMIT 1)"
            " WHERE d.client_id = ? AND d.evidence <> '' ORDER BY d.domain LIMIT 50",
            (client_id,)):
        clue = str(json.loads(evidence).get("clue") or "")
        found.append({"address": address, "clue": clue, "message": message, "sent_at": sent_at,
                      "why": {loc: tie_clue_label(clue, loc) for loc in ("en", "ru")}})
    return found


def _agreed(db: sqlite_utils.Database, deal_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """What both sides agreed per deal, newest first: the reports' one answer."""
    from reports import api as reports_api

    return reports_api.agreed(db, deal_ids)


def _next_contacts(db: sqlite_utils.Database, deal_ids: list[int]
                   ) -> dict[int, tuple[str | None, str]]:
    from reports import api as reports_api

    return reports_api.next_contacts(db, deal_ids)


def _deal_out(deal: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": deal["id"], "code": item_code("D", deal["id"]), "title": deal["title"], "stage": deal["stage"],
        "amount_minor": deal["amount_minor"], "currency": deal["currency"],
        "amount_source": deal.get("amount_source", ""),
        "amount_source_label": {loc: amount_source_label(deal.get("amount_source"), loc)
                                for loc in ("en", "ru")},
        "expected_close": deal["expected_close"], "next_contact_at": deal["next_contact_at"],
        "next_contact_source": deal["next_contact_source"],
        # Shown as words in the viewer's language (the code stays for scripts).
        "next_contact_source_label": {loc: source_label(deal["next_contact_source"], loc)
                                      for loc in ("en", "ru")},
        "agreements": deal["agreements"],
        "status": deal["status"], "updated_at": deal["updated_at"],
        "product": ({"code": deal["product_code"], "en": deal["product_en"],
                     "ru": deal["product_ru"]} if deal["product_code"] else None),
        "manager": {"name": deal["manager_name"], "email": deal["manager_email"]},
    }


def plan_strip(db: sqlite_utils.Database, settings: Settings, viewer: Principal) -> dict[str, Any]:
    """This month's headline figures for the viewer (the whole company for the head).

    Read from :func:`reports.figures.headline`, as the dashboard, digest and CLI read them.
    """
    from reports import figures

    mine = access.report_scope(viewer)
    found = figures.plan_strip(db, settings, manager=mine)
    return {**found, "plan_minor": found["plan"], "fact_minor": found["fact"],
            "percent": found["pct"]}


def team_view(db: sqlite_utils.Database, settings: Settings, viewer: Principal) -> dict[str, Any]:
    """For the head and admins: each manager's open deals, overdue next contacts, violations.

    Every count and amount is the workload and plan/fact reports' (``reports.figures``).
    """
    from reports import api as reports_api
    from reports import figures

    if not access.sees_everything(viewer):
        raise PermissionDenied("the team view is for the head of sales; ask them for access")
    moment = clock.now()
    plan = reports_api.plan_fact(db, settings, None, as_of=moment)
    managers = []
    # Whoever carries a plan (access.carries_plan: managers and a head who sells), as the
    # workload report lists them.
    for w in reports_api.workload(db, settings, as_of=moment):
        row = figures.plan_row(plan, w["manager"]) or {}
        managers.append({
            "name": w["name"], "email": w["manager"], "team": w["team"],
            **{k: w[k] for k in figures.COUNTS},
            **{k: row.get(k) for k in (*figures.MONEY, *figures.PERCENTS)},
        })
    managers.sort(key=lambda m: m["name"])
    closed = reports_api.closed_deals(db, settings, plan["period"], as_of=moment)
    return {"managers": managers, "currency": plan["currency"], "period": plan["period"],
            "closed": closed["totals"], "data_as_of": figures.data_as_of(db)}


def _described(violation: dict[str, Any]) -> dict[str, Any]:
    """A violation row with its one-line description in both languages (the pane picks one)."""
    out = {k: v for k, v in violation.items() if k != "evidence"}
    out["summary"] = describe(violation, "en")
    out["summary_ru"] = describe(violation, "ru")
    out["code"] = item_code("V", violation["id"])
    return out
