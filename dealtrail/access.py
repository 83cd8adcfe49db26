"""Who may see a client, see a deal and change a deal: the one rule, used everywhere.

The pane, the JSON API, tag commands, the dashboard, digests and reports ask
here and nowhere else. The rule (docs/security.md, "Who may see and change
what"):

- A **manager** sees the clients they own in the directory, have a deal
  with, or have a violation or complaint about their work on (so they see
  what dealtrail holds about their work as the head does), and of those
  clients only their *own* deals and the contacts,
  promises, violations and complaints assigned to them. Owning a client does
  not open other managers' deals on it. A manager changes only their own
  deals (and closes only complaints and violations assigned to them).
- The **head** of sales sees and changes every client and deal, and is the
  one who waives violations.
- An **admin** runs the service: manages people and tokens, and sees every
  client and deal (to support users), but changes no deal that is not
  assigned to them: a deal's history names the people accountable for it.
  Admins carry no sales plan and no workload.
- A person who is deactivated (removed from ``[[managers]]``) sees and
  changes nothing.

A *person* is anything carrying a manager's id, e-mail, role and (optionally)
``active``: a ``managers`` row as a mapping, or an object with ``manager_id``
(or ``id``), ``email`` and ``role`` attributes such as the API's principal.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import sqlite_utils

from .domain import ROLES
from .errors import PermissionDenied

__all__ = ["ROLES", "assign_complaints", "can_change_deal", "can_change_record", "can_see_client", "can_see_deal",
           "carries_plan", "client_owner_sql", "revoke_credentials", "change_filter",
           "changes_everything", "deal_filter", "manages_users", "owns_client", "report_scope",
           "sees_everything", "waives_violations"]

MANAGER, HEAD, ADMIN = ROLES


def _get(person: Any, *names: str) -> Any:
    for name in names:
        if isinstance(person, Mapping):
            if name in person:
                return person[name]
        elif hasattr(person, name):
            return getattr(person, name)
    return None


def _role(person: Any) -> str:
    """The person's role, or '' for someone who is deactivated or not a person at all."""
    if person is None:
        return ""
    active = _get(person, "active")
    if active is not None and not active:
        return ""
    role = _get(person, "role")
    return role if role in ROLES else ""


def _id(person: Any) -> int | None:
    value = _get(person, "manager_id", "id")
    return int(value) if value is not None else None


def _email(person: Any) -> str:
    return str(_get(person, "email") or "").strip().lower()


# --- roles ----------------------------------------------------------------------------------

def sees_everything(person: Any) -> bool:
    """The head and admins see every client and deal; managers see their own."""
    return _role(person) in (HEAD, ADMIN)


def changes_everything(person: Any) -> bool:
    """Only the head changes deals, complaints and violations of other people."""
    return _role(person) == HEAD


def waives_violations(person: Any) -> bool:
    """Only the head waives a violation (a manager's '#resolved' merely resolves it)."""
    return _role(person) == HEAD


def manages_users(person: Any) -> bool:
    """Only admins invite people, list them and revoke their access."""
    return _role(person) == ADMIN


def carries_plan(person: Any) -> bool:
    """Managers and the head sell (plans, workload, digests); admins do not."""
    return _role(person) in (MANAGER, HEAD)


# --- one client, one deal -------------------------------------------------------------------

def owns_client(person: Any, owner_email: str | None) -> bool:
    """Is ``person`` the owner the directory names for a client (its ``owner_email``, in
    any case and spacing)?"""
    return bool(owner_email) and (owner_email or "").strip().lower() == _email(person)


def client_owner_sql(client: str) -> str:
    """A scalar subquery: the id of the manager who owns client ``client`` (an SQL
    expression) in the directory, as :func:`owns_client` reads ``owner_email``; NULL when
    the client has no owner or the owner is nobody in ``managers``."""
    return ("(SELECT om.id FROM clients oc JOIN managers om"
            f" ON om.email = lower(trim(oc.owner_email, {_SPACES})) WHERE oc.id = {client})")


# The white space :func:`owns_client` strips (str.strip) that SQL's trim() keeps by default.
_SPACES = "' ' || char(9, 10, 11, 12, 13, 160)"


def assign_complaints(db: sqlite_utils.Database) -> int:
    """Give each complaint that names no manager to its client's owner; returns how many.

    A complaint is the manager's the client wrote To; one that reached no manager (a shared
    mailbox, an import) is the owner's, who answers for its deadline (``complaint_sla``):
    so the owner sees and closes it in the pane and the reports count it as theirs.
    """
    owner = client_owner_sql("complaints.client_id")
    cur = db.conn.execute(f"UPDATE complaints SET manager_id = {owner}"
                          f" WHERE manager_id IS NULL AND {owner} IS NOT NULL")
    return cur.rowcount or 0


def can_see_client(db: sqlite_utils.Database, person: Any, client_id: int) -> bool:
    """Does the client exist and may ``person`` see it (own it, or have a deal, violation or
    complaint on it)?"""
    role = _role(person)
    if not role:
        return False
    found = db.conn.execute("SELECT owner_email FROM clients WHERE id = ?", (client_id,)).fetchone()
    if found is None:
        return False
    if role in (HEAD, ADMIN) or owns_client(person, found[0]):
        return True
    # A deal with the client, or a violation or complaint about their own work on it: what
    # dealtrail holds about a person's work they see as the head does, on the client's card.
    hit = db.conn.execute(
        "SELECT 1 FROM deals WHERE client_id = ?1 AND manager_id = ?2"
        " UNION ALL SELECT 1 FROM violations WHERE client_id = ?1 AND manager_id = ?2"
        " UNION ALL SELECT 1 FROM complaints WHERE client_id = ?1 AND manager_id = ?2 LIMIT 1",
        (client_id, _id(person))).fetchone()
    return hit is not None


def _deal_manager(db: sqlite_utils.Database, deal: int | Mapping[str, Any]) -> tuple[bool, Any]:
    if isinstance(deal, Mapping):
        return True, deal.get("manager_id")
    found = db.conn.execute("SELECT manager_id FROM deals WHERE id = ?", (int(deal),)).fetchone()
    return (found is not None), (found[0] if found else None)


def can_see_deal(db: sqlite_utils.Database, person: Any, deal: int | Mapping[str, Any]) -> bool:
    """May ``person`` see the deal (an id or a ``deals`` row)? False when it does not exist."""
    exists, manager_id = _deal_manager(db, deal)
    if not exists or not _role(person):
        return False
    return sees_everything(person) or (manager_id is not None and manager_id == _id(person))


def can_change_deal(db: sqlite_utils.Database, person: Any, deal: int | Mapping[str, Any]) -> bool:
    """May ``person`` change the deal (an id or a ``deals`` row)? False when it does not exist."""
    exists, manager_id = _deal_manager(db, deal)
    if not exists:
        return False
    return can_change_record(person, manager_id)


def can_change_record(person: Any, manager_id: int | None) -> bool:
    """May ``person`` change a deal, complaint or violation assigned to ``manager_id``?"""
    if not _role(person):
        return False
    return changes_everything(person) or (manager_id is not None and manager_id == _id(person))


# --- lists ----------------------------------------------------------------------------------

def _filter(person: Any, everything: bool, alias: str, column: str
            ) -> tuple[str, tuple[Any, ...]]:
    if everything:
        return "", ()
    if not _role(person) or _id(person) is None:
        return " AND 1 = 0", ()
    return f" AND {alias}.{column} = ?", (_id(person),)


def deal_filter(person: Any, alias: str = "d", column: str = "manager_id"
                ) -> tuple[str, tuple[Any, ...]]:
    """SQL ``AND ...`` condition (and its parameters) keeping the rows ``person`` may see.

    ``alias.column`` is the manager a row (deal, contact, promise, violation,
    complaint) is assigned to. Empty for people who see everything; a condition
    that matches nothing for a deactivated person.
    """
    return _filter(person, sees_everything(person), alias, column)


def change_filter(person: Any, alias: str = "d", column: str = "manager_id"
                  ) -> tuple[str, tuple[Any, ...]]:
    """Like :func:`deal_filter`, keeping the rows ``person`` may change."""
    return _filter(person, changes_everything(person), alias, column)


def report_scope(person: Any) -> str | None:
    """The manager e-mail the reports are limited to for ``person``; None for everyone."""
    if sees_everything(person):
        return None
    if not _role(person):
        raise PermissionDenied("this person is deactivated; they see no reports")
    return _email(person)


# --- credentials ----------------------------------------------------------------------------

def revoke_credentials(db: sqlite_utils.Database, manager_id: int) -> int:
    """Revoke every token and pairing code of a person and unlink their Entra ID account.

    Returns how many tokens and codes were live. After this, the person signs
    in again only with a new code from an administrator.
    """
    cur = db.conn.execute("UPDATE api_tokens SET revoked = 1 WHERE manager_id = ? AND revoked = 0",
                          (manager_id,))
    db.conn.execute("UPDATE managers SET entra_tid = NULL, entra_oid = NULL WHERE id = ?",
                    (manager_id,))
    return int(cur.rowcount)
