"""When client mail counts as answered, and who counts as a client to answer: one definition.

Every channel that speaks of unanswered mail, open requests or answered complaints reads
this module: the ``unanswered`` and ``complaint_sla`` rules, the workload report and the
digest. So a message is "unanswered" in the same sense everywhere.

* **Needs an answer**: an inbound client message the indexer marked as a request
  (``messages.is_request``; a reminder of what we owe is one; thanks, acknowledgements,
  lone greetings, declines, FYI, a status update made of an apology and the client's own
  plans, and requests dated later are not, see :func:`indexer.analyze.needs_no_answer`) or whose
  new text ends with a question mark, in the
  copy of the manager the client wrote To: the head or a colleague in Cc does not owe
  a second answer.
* **The answer** is the first later contact with the same client, whatever its thread or
  subject: an outbound message, or a call or a meeting that has happened (``contacts``
  rows of channel ``call`` or ``meeting``). A message in another thread answers a letter
  only when it went to the letter's writer too: one written to another person of the
  client only (its colleague, on another matter) leaves the writer unanswered. Mail whose
  recipients are not stored still counts.
* **An established client** is in the directory (or was named by a person's tag), has a
  deal (inferred from a two-way conversation, imported from a CRM, or set by a person),
  or has had a two-way conversation: the client wrote and we wrote, called or met. Until
  then an unknown sender raises no violations. An intermediary (a broker, dealer or agent:
  ``clients.kind``) never is: its letters about a client are filed under that client
  (:mod:`indexer.intermediary`), and the rest (its fee, its own news) owe no client an answer.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlite_utils

from . import clock

CONTACT_CHANNELS = ("call", "meeting")     # contacts that answer mail besides mail itself
#: The same as an SQL list, for ``channel IN ...``.
CONTACT_CHANNELS_SQL = "(" + ", ".join(f"'{c}'" for c in CONTACT_CHANNELS) + ")"


def answer_message_sql(client: str, after: str, until: str, column: str = "r.id",
                       asked: str | None = None) -> str:
    """A scalar subquery: ``column`` (the id) of the first outbound message to the client in
    ``(after, until]``, in any thread: what answers client mail, a complaint or a promise,
    and what follows a meeting up (rules/meeting_followup.py). The arguments are SQL
    expressions; ``column`` is read from the message aliased ``r``. ``asked``, the alias of
    the client's letter being answered, keeps out a message in another thread written to
    other people of the client and not to the letter's writer (module docstring)."""
    others = ""
    if asked is not None:
        others = (f" AND NOT (r.thread_id IS NOT {asked}.thread_id AND {asked}.from_addr != ''"
                  f" AND (r.to_addrs != '[]' OR r.cc_addrs != '[]')"
                  f" AND instr(lower(r.to_addrs || r.cc_addrs),"
                  f" '\"' || lower({asked}.from_addr) || '\"') = 0)")
    return (f"(SELECT {column} FROM messages r WHERE r.client_id = {client}"
            f" AND r.direction = 'out' AND r.deleted = 0 AND r.sent_at > {after}"
            f" AND r.sent_at <= {until}{others} ORDER BY r.sent_at, r.id LIMIT 1)")


def answer_contact_sql(client: str, after: str, until: str) -> str:
    """A scalar subquery: the id of the first call or meeting with the client in
    ``(after, until]`` (a ``contacts`` row). The arguments are SQL expressions."""
    return (f"(SELECT k.id FROM contacts k WHERE k.client_id = {client}"
            f" AND k.channel IN {CONTACT_CHANNELS_SQL} AND k.at > {after} AND k.at <= {until}"
            " ORDER BY k.at, k.id LIMIT 1)")


def unanswered_sql(client: str, after: str, until: str, asked: str | None = None) -> str:
    """SQL true when nothing answered client mail of ``after`` by ``until`` (``asked``: the
    alias of the letter, as in :func:`answer_message_sql`)."""
    return (f"({answer_message_sql(client, after, until, asked=asked)} IS NULL"
            f" AND {answer_contact_sql(client, after, until)} IS NULL)")


def addressed_sql(alias: str) -> str:
    """SQL true for the stored copy of message ``alias`` that belongs to its addressee.

    That is the copy in the mailbox of a manager named in To; when no manager is in To
    (the client wrote to a shared address, or only Cc'd us), every copy counts.
    """
    return (f"({alias}.manager_id IS NULL"
            f" OR EXISTS (SELECT 1 FROM managers g WHERE g.id = {alias}.manager_id"
            f"   AND instr(lower({alias}.to_addrs), '\"' || lower(g.email) || '\"') > 0)"
            f" OR NOT EXISTS (SELECT 1 FROM managers g WHERE"
            f"   instr(lower({alias}.to_addrs), '\"' || lower(g.email) || '\"') > 0))")


def needs_answer_sql(alias: str) -> str:
    """SQL true for a stored client message that needs an answer (module docstring)."""
    return (f"({alias}.direction = 'in' AND {alias}.client_id IS NOT NULL"
            f" AND {alias}.deleted = 0 AND ({alias}.is_request = 1"
            f"      OR rtrim({alias}.new_text, ' ' || char(9, 10, 13, 160)) LIKE '%?')"
            f" AND {addressed_sql(alias)})")


def established_sql(client: str) -> str:
    """SQL true for a client that may raise violations (module docstring)."""
    return (f"(NOT EXISTS (SELECT 1 FROM clients i WHERE i.id = {client}"
            f"   AND i.kind = 'intermediary') AND"
            f" (EXISTS (SELECT 1 FROM clients c WHERE c.id = {client}"
            f"   AND c.source IN ('directory', 'tag'))"
            f" OR EXISTS (SELECT 1 FROM deals d WHERE d.client_id = {client})"
            f" OR ((EXISTS (SELECT 1 FROM contacts k WHERE k.client_id = {client}"
            f"       AND k.channel IN {CONTACT_CHANNELS_SQL})"
            f"      OR EXISTS (SELECT 1 FROM messages r WHERE r.client_id = {client}"
            f"       AND r.direction = 'out' AND r.deleted = 0))"
            f"     AND EXISTS (SELECT 1 FROM messages m WHERE m.client_id = {client}"
            f"       AND m.direction = 'in' AND m.deleted = 0))))")


def established_clients(db: sqlite_utils.Database) -> set[int]:
    """The ids of the clients that may raise violations."""
    return {int(r[0]) for r in db.conn.execute(
        f"SELECT id FROM clients WHERE {established_sql('clients.id')}")}


def awaiting(db: sqlite_utils.Database, now: datetime | None = None, *,
             manager_id: int | None = None) -> list[dict[str, Any]]:
    """Client mail waiting for an answer at ``now``: one row per thread and addressee.

    Each row: ``thread_id``, ``manager_id``, ``client_id``, ``since`` (the first
    unanswered request of the thread), ``message_id`` (that request) and ``subject``
    (the thread's). Only established clients count. Oldest first. ``manager_id`` keeps
    one manager's rows (the digest reads one person's queue).
    """
    moment = clock.iso(now or clock.now())
    mine = "AND m.manager_id = :manager" if manager_id is not None else ""
    cur = db.conn.execute(f"""
        SELECT m.thread_id, m.manager_id, m.client_id, min(m.sent_at) AS since,
               min(m.id) AS message_id, coalesce(t.subject, m.subject) AS subject
        FROM messages m LEFT JOIN threads t ON t.id = m.thread_id
        WHERE {needs_answer_sql('m')} AND m.sent_at <= :now
          AND {unanswered_sql('m.client_id', 'm.sent_at', ':now', asked='m')}
          AND {established_sql('m.client_id')} {mine}
        GROUP BY m.thread_id, m.manager_id
        ORDER BY since, m.thread_id""", {"now": moment, "manager": manager_id})
    names = [c[0] for c in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur]


def close_answered_complaints(db: sqlite_utils.Database, now: datetime | None = None) -> int:
    """Resolve every open complaint the client has been answered on since it came.

    The answer is the same as for any client mail (module docstring): the first later
    outbound message to the client, call or meeting, up to ``now``; the complaint is
    resolved at that moment. Returns how many were closed.
    """
    moment = clock.iso(now or clock.now())
    first = (f"min(coalesce((SELECT r.sent_at FROM messages r WHERE r.id = "
             f"{answer_message_sql('complaints.client_id', 'complaints.opened_at', ':now')}),"
             f" '9999'), coalesce((SELECT k.at FROM contacts k WHERE k.id = "
             f"{answer_contact_sql('complaints.client_id', 'complaints.opened_at', ':now')}),"
             f" '9999'))")
    cur = db.conn.execute(
        f"UPDATE complaints SET status = 'resolved', resolved_at = {first}"
        f" WHERE status = 'open' AND client_id IS NOT NULL AND opened_at <= :now"
        f" AND NOT {unanswered_sql('complaints.client_id', 'complaints.opened_at', ':now')}",
        {"now": moment})
    return cur.rowcount or 0


def close_answered_requests(db: sqlite_utils.Database, now: datetime | None = None) -> int:
    """Mark every open client request (a ``promises`` row of party ``client``) answered by
    ``now`` as kept, with the answer's time and, when it was mail, its message.

    The answer is the one of the module docstring. Returns how many were closed.
    """
    moment = clock.iso(now or clock.now())
    mail = answer_message_sql("promises.client_id", "promises.made_at", ":now")
    contact = answer_contact_sql("promises.client_id", "promises.made_at", ":now")
    mail_at = f"(SELECT r.sent_at FROM messages r WHERE r.id = {mail})"
    contact_at = f"(SELECT k.at FROM contacts k WHERE k.id = {contact})"
    cur = db.conn.execute(
        f"UPDATE promises SET status = 'kept',"
        f" fulfilled_at = min(coalesce({mail_at}, '9999'), coalesce({contact_at}, '9999')),"
        f" fulfilled_message_id = CASE WHEN coalesce({mail_at}, '9999')"
        f"   <= coalesce({contact_at}, '9999') THEN {mail} END"
        f" WHERE party = 'client' AND status = 'open' AND client_id IS NOT NULL"
        f" AND made_at <= :now AND NOT {unanswered_sql('promises.client_id', 'promises.made_at', ':now')}",
        {"now": moment})
    return cur.rowcount or 0
