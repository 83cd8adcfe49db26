"""The evidence behind a violation, a complaint or a figure: the message or event it is about.

Every drill-down link in the dashboard and digest ends here. Who may open it is
:mod:`dealtrail.access`: the viewer must be allowed to see the client the item
is about (a manager, in addition, only the items assigned to them). Anything
else is :class:`~dealtrail.errors.NotFound`, worded the same as an id that does
not exist, so a link never tells whether a hidden client is there.

A message shows its headers and the text the privacy tier kept (for the
``facts`` tier only the fact sentences were written to disk; that is what is
shown). Where the source allows, it also carries a link that opens the same
item in Outlook on the web: EWS and Graph item ids are stored as the remote id.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote, urlsplit

import sqlite_utils

from dealtrail import access
from dealtrail.config import Settings
from dealtrail.domain import item_code
from dealtrail.errors import NotFound
from rules.i18n import describe

__all__ = ["complaint_evidence", "deal_timeline", "message", "outlook_link", "violation_evidence"]

GRAPH_OWA = "https://outlook.office365.com/owa/"


def outlook_link(settings: Settings, mailbox_name: str, kind: str, remote_id: str) -> str | None:
    """The Outlook on the web address of a stored EWS or Graph item; None for other sources."""
    if not remote_id or kind not in ("ews", "graph"):
        return None
    base = GRAPH_OWA
    if kind == "ews":
        box = next((m for m in settings.mailboxes if m.name == mailbox_name), None)
        endpoint = getattr(getattr(box, "options", None), "endpoint", "") or ""
        parts = urlsplit(endpoint)
        if not parts.scheme or not parts.netloc:
            return None
        base = f"{parts.scheme}://{parts.netloc}/owa/"
    return f"{base}?ItemID={quote(remote_id, safe='')}&exvsurl=1&viewmodel=ReadMessageItem"


def _visible(db: sqlite_utils.Database, viewer: Any, client_id: int | None,
             manager_id: int | None) -> bool:
    """May ``viewer`` open an item about ``client_id`` assigned to ``manager_id``?"""
    if access.sees_everything(viewer):
        return True
    if client_id is not None and not access.can_see_client(db, viewer, int(client_id)):
        return False
    # A manager opens only what is assigned to them, on a client they may see.
    return manager_id is not None and access.can_change_record(viewer, int(manager_id))


def message(db: sqlite_utils.Database, settings: Settings, viewer: Any,
            message_id: int) -> dict[str, Any]:
    """One stored message's headers and kept text, for a viewer allowed to see its client."""
    row = db.conn.execute(
        "SELECT m.id, m.subject, m.from_addr, m.from_name, m.to_addrs, m.cc_addrs, m.sent_at,"
        " m.direction, m.client_id, m.manager_id, m.new_text, m.snippet, m.folder, m.remote_id,"
        " m.deleted, b.name, b.kind, c.name, g.name, g.email"
        " FROM messages m JOIN mailboxes b ON b.id = m.mailbox_id"
        " LEFT JOIN clients c ON c.id = m.client_id LEFT JOIN managers g ON g.id = m.manager_id"
        " WHERE m.id = ?", (message_id,)).fetchone()
    missing = NotFound(f"message {message_id} does not exist or is not yours to see")
    if row is None:
        raise missing
    (ident, subject, from_addr, from_name, to_addrs, cc_addrs, sent_at, direction, client_id,
     manager_id, new_text, snippet, folder, remote_id, deleted, box, kind, client, manager_name,
     manager_email) = row
    if not _visible(db, viewer, client_id, manager_id):
        raise missing
    return {
        "id": ident, "subject": subject, "from": from_addr, "from_name": from_name,
        "to": json.loads(to_addrs or "[]"), "cc": json.loads(cc_addrs or "[]"),
        "sent_at": sent_at, "direction": direction, "folder": folder, "deleted": bool(deleted),
        "client": {"id": client_id, "name": client or ""} if client_id is not None else None,
        "manager": {"id": manager_id, "name": manager_name or "", "email": manager_email or ""},
        # The text the privacy tier kept; nothing is fetched from the mailbox again.
        "text": new_text or "", "snippet": snippet or "",
        "outlook_url": outlook_link(settings, box, kind, remote_id),
    }


def _event(db: sqlite_utils.Database, event_id: int) -> dict[str, Any] | None:
    row = db.conn.execute("SELECT id, summary, start_at, end_at FROM events WHERE id = ?",
                          (event_id,)).fetchone()
    if row is None:
        return None
    return {"id": row[0], "summary": row[1], "start_at": row[2], "end_at": row[3]}


def _evidence(db: sqlite_utils.Database, settings: Settings, viewer: Any, what: str,
              row: tuple[Any, ...] | None, ident: int) -> dict[str, Any]:
    missing = NotFound(f"{what} {ident} does not exist or is not yours to see")
    if row is None:
        raise missing
    client_id, manager_id, message_id, event_id, item = row
    if not _visible(db, viewer, client_id, manager_id):
        raise missing
    shown = None
    if message_id is not None:
        try:
            shown = message(db, settings, viewer, int(message_id))
        except NotFound:        # the message sits in a mailbox the viewer may not open
            shown = None
    return {what: item, "message": shown,
            "event": _event(db, int(event_id)) if event_id is not None else None}


def violation_evidence(db: sqlite_utils.Database, settings: Settings, viewer: Any,
                       violation_id: int) -> dict[str, Any]:
    """A violation with the message (or event) it is about."""
    found = db.conn.execute(
        "SELECT id, rule, client_id, manager_id, deal_id, severity, summary, evidence, due_at,"
        " detected_at, status FROM violations WHERE id = ?", (violation_id,)).fetchone()
    row = None
    if found is not None:
        evidence = json.loads(found[7] or "{}")
        facts = {"rule": found[1], "summary": found[6], "evidence": evidence, "due_at": found[8]}
        item = {"id": found[0], "rule": found[1], "client_id": found[2], "deal_id": found[4],
                "severity": found[5], "summary": describe(facts, "en"),
                "summary_ru": describe(facts, "ru"), "due_at": found[8],
                "detected_at": found[9], "status": found[10],
                "quote": str(evidence.get("text") or "")}
        row = (found[2], found[3], evidence.get("message_id") or evidence.get("reply_message_id"),
               evidence.get("event_id"), item)
    return _evidence(db, settings, viewer, "violation", row, violation_id)


def complaint_evidence(db: sqlite_utils.Database, settings: Settings, viewer: Any,
                       complaint_id: int) -> dict[str, Any]:
    """A complaint with the message it was found in."""
    found = db.conn.execute(
        "SELECT id, client_id, manager_id, message_id, text, source, status, opened_at"
        " FROM complaints WHERE id = ?", (complaint_id,)).fetchone()
    row = None
    if found is not None:
        item = {"id": found[0], "client_id": found[1], "quote": found[4], "source": found[5],
                "status": found[6], "opened_at": found[7]}
        row = (found[1], found[2], found[3], None, item)
    return _evidence(db, settings, viewer, "complaint", row, complaint_id)


def deal_timeline(db: sqlite_utils.Database, settings: Settings, viewer: Any, deal_id: int
                  ) -> dict[str, Any]:
    """A negotiation with its timeline (:func:`reports.pipeline.timeline`), for a viewer who may
    see the deal, and the stages with the company's labels, as the board gets them."""
    from .pipeline import timeline

    found = db.conn.execute(
        "SELECT d.id, d.title, d.stage, d.status, d.client_id, c.name, d.manager_id"
        " FROM deals d LEFT JOIN clients c ON c.id = d.client_id WHERE d.id = ?",
        (deal_id,)).fetchone()
    if found is None or not access.can_see_deal(db, viewer, {"manager_id": found[6]}):
        raise NotFound(f"deal {deal_id} does not exist or is not yours to see")
    return {"deal": {"id": found[0], "code": item_code("D", found[0]), "title": found[1],
                     "stage": found[2], "status": found[3],
                     "client": {"id": found[4], "name": found[5] or ""}},
            "timeline": timeline(db, deal_id), "stages": settings.pipeline.labelled()}
