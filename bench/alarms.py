"""How true the alarms are: unanswered mail, complaints and who is a client.

Each company is indexed as of its truth's moment by the loader of ``bench/negotiations.py``
(directory, plans, sales, call log, sync and the post-sync step with the rules), then:

* ``unanswered_p`` / ``unanswered_r``: the open ``unanswered`` violations (the alarms) against
  the client messages the truth says need an answer and have none. An alarm is right when
  its message, or a later one of the same client to the same manager, is such a message;
* ``requests_p`` / ``requests_r``: the inbound messages marked as requests against the
  truth's ``needs_answer``;
* ``complaints_right_manager``: share of the true complaints about the company recorded on
  the manager the client wrote to; ``complaints_third_party``: grievances about someone
  else recorded as complaints; ``complaints_open_answered``: true complaints the manager
  answered that are still open; ``complaints_false``: complaints recorded on a message
  where the truth has no grievance at all;
* ``client_split``: directory clients whose mail, sales, complaints or violations land on
  more than one client row;
* ``unknown_violations``: violations on the clients made from senders the truth lists as
  not clients (unknown senders, auto-replies, newsletters; not the company's own people).

The demo bank labels only its planted unanswered questions and complaints, so there the
alarm precision counts an alarm as wrong only when the demo's truth says otherwise.

The figures are printed per company and, last, as one JSON line. With ``--misses`` every
missed or false unanswered alarm is followed by how its message is built, in words that name
no mail text: its stored copies (request, addressed, established client, age at the truth's
moment), what the product counted as its answer (mail or call, thread, manager, to whom, how
soon), the violation it raised and any later mail to the asker that was not counted.

    .venv/bin/python bench/alarms.py --company tests/companies/promvozduh --no-demo
    .venv/bin/python bench/alarms.py                         # demo + tests/companies/*
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from negotiations import run_company, run_demo  # noqa: E402


def _mid(text: str) -> str:
    return text.strip().strip("<>").lower()


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 3) if den else None


def _messages(conn: sqlite3.Connection) -> dict[str, list[dict[str, Any]]]:
    """Stored rows per Message-ID (one per mailbox that holds the message)."""
    conn.row_factory = sqlite3.Row
    out: dict[str, list[dict[str, Any]]] = {}
    for r in conn.execute(
            "SELECT m.id, m.message_id, m.client_id, m.direction, m.is_request, m.sent_at,"
            " m.from_addr, m.to_addrs, m.cc_addrs, g.email AS manager"
            " FROM messages m LEFT JOIN managers g ON g.id = m.manager_id WHERE m.deleted = 0"):
        out.setdefault(_mid(r["message_id"]), []).append(dict(r))
    return out


def _alarms(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    rows = []
    for r in conn.execute(
            "SELECT v.evidence, v.client_id, g.email AS manager FROM violations v"
            " LEFT JOIN managers g ON g.id = v.manager_id"
            " WHERE v.rule = 'unanswered' AND v.status = 'open'"):
        ev = json.loads(r["evidence"])
        msg = conn.execute("SELECT message_id, sent_at FROM messages WHERE id = ?",
                           (ev.get("message_id"),)).fetchone()
        rows.append({"mid": _mid(msg["message_id"]) if msg else "", "client": r["client_id"],
                     "manager": r["manager"], "at": msg["sent_at"] if msg else ""})
    return rows


def _awaiting(conn: sqlite3.Connection, truth: dict[str, Any]) -> set[str]:
    """Message-IDs of the requests the product holds as waiting for an answer at the truth's
    moment (:func:`dealtrail.answered.awaiting`, the digest's queue)."""
    import sqlite_utils

    from dealtrail import clock
    from dealtrail.answered import awaiting

    moment = clock.parse_iso(truth["as_of"]) if truth.get("as_of") else None
    ids = [r["message_id"] for r in awaiting(sqlite_utils.Database(conn), moment)]
    return {_mid(r[0]) for i in ids
            for r in conn.execute("SELECT message_id FROM messages WHERE id = ?", (i,))}


def _hours(a: str, b: str) -> str:
    from dealtrail import clock

    return f"{(clock.parse_iso(b) - clock.parse_iso(a)).total_seconds() / 3600:.1f}h"


def _why_class(conn: sqlite3.Connection, mid: str, truth: dict[str, Any]) -> str:
    """How a missed or false unanswered alarm's message is built, in words that name no mail
    text: its stored copies (direction, request, addressed, established client), what the
    product counted as its answer (channel, thread, who wrote it, to whom, how soon) and the
    later mail to the asker the product did not count, so the miss classes can be read."""
    from dealtrail.answered import (
        addressed_sql,
        answer_contact_sql,
        answer_message_sql,
        established_sql,
        needs_answer_sql,
    )

    as_of = truth.get("as_of") or "9999"
    rows = conn.execute(
        f"SELECT m.*, {addressed_sql('m')} AS addressed, {needs_answer_sql('m')} AS needs,"
        f" {established_sql('m.client_id')} AS established,"
        f" {answer_message_sql('m.client_id', 'm.sent_at', ':as_of', asked='m')} AS reply_id,"
        f" {answer_contact_sql('m.client_id', 'm.sent_at', ':as_of')} AS contact_id,"
        " (SELECT email FROM managers g WHERE g.id = m.manager_id) AS owner"
        " FROM messages m WHERE lower(trim(m.message_id, '<>')) = :mid AND m.deleted = 0",
        {"mid": mid, "as_of": as_of}).fetchall()
    if not rows:
        return "not stored"
    parts = []
    for r in rows:
        bits = [f"{r['direction']}", f"client={'yes' if r['client_id'] else 'no'}",
                f"request={r['is_request']}",
                f"addressed={r['addressed']}", f"established={r['established']}",
                f"lang={r['lang']}",
                f"owner_in={'to' if r['owner'] and r['owner'].lower() in r['to_addrs'].lower() else 'cc' if r['owner'] and r['owner'].lower() in r['cc_addrs'].lower() else '-'}",
                f"asked={r['sent_at'][:16]}", f"age={_hours(r['sent_at'], as_of) if as_of != '9999' else '?'}"]
        if r["needs"]:
            if r["reply_id"]:
                a = conn.execute("SELECT * FROM messages WHERE id = ?", (r["reply_id"],)).fetchone()
                k = (conn.execute("SELECT at FROM contacts WHERE id = ?", (r["contact_id"],)).fetchone()
                     if r["contact_id"] else None)
                if k is None or a["sent_at"] <= k["at"]:
                    to = a["to_addrs"].lower()
                    asker = r["from_addr"].lower()
                    who = ("asker in To" if f'"{asker}"' in to else "asker in Cc" if asker in a["cc_addrs"].lower()
                           else "another person of the client")
                    bits.append(f"answer=mail {_hours(r['sent_at'], a['sent_at'])} later,"
                                f" {'same' if a['thread_id'] == r['thread_id'] else 'other'} thread,"
                                f" {'same' if a['manager_id'] == r['manager_id'] else 'other'} manager,"
                                f" to {who}, automated={a['automated'] or '-'},"
                                f" replies_to={'the ask' if _mid(a['in_reply_to']) == mid else 'other' if a['in_reply_to'] else '-'}")
                    r = dict(r) | {"contact_id": None}
            if r["contact_id"]:
                k = conn.execute("SELECT * FROM contacts WHERE id = ?", (r["contact_id"],)).fetchone()
                bits.append(f"answer={k['channel']} {_hours(r['sent_at'], k['at'])} later,"
                            f" {'same' if k['manager_id'] == r['manager_id'] else 'other'} manager,"
                            f" person={'asker' if k['person_email'].lower() == r['from_addr'].lower() else 'other' if k['person_email'] else '-'}")
            if not r["reply_id"] and not r["contact_id"]:
                bits.append("answer=none")
        v = conn.execute("SELECT status, due_at FROM violations WHERE rule = 'unanswered'"
                         " AND json_extract(evidence, '$.message_id') = ?", (r["id"],)).fetchone()
        if v:
            bits.append(f"violation={v['status']} due={v['due_at'][:16] if v['due_at'] else '-'}")
        # Later mail from us to the asker's address that is not counted as the answer.
        later = conn.execute(
            "SELECT direction, client_id = ? AS same_client, sent_at FROM messages"
            " WHERE sent_at > ? AND sent_at <= ? AND deleted = 0 AND direction != 'in'"
            " AND instr(lower(to_addrs || cc_addrs), lower(?)) > 0 ORDER BY sent_at LIMIT 1",
            (r["client_id"], r["sent_at"], as_of, r["from_addr"])).fetchone()
        # The owner's later calls and meetings with anyone: whether one went to another client
        # row or to none (a number or a person the product did not tie to this client).
        calls = conn.execute(
            "SELECT k.channel, k.client_id = ? AS same_client, k.at,"
            " (SELECT c.source FROM clients c WHERE c.id = k.client_id) AS source"
            " FROM contacts k WHERE k.manager_id = ? AND k.at > ? AND k.at <= ?"
            " AND k.channel IN ('call', 'meeting') ORDER BY k.at LIMIT 3",
            (r["client_id"], r["manager_id"], r["sent_at"], as_of)).fetchall()
        if calls:
            bits.append("owner_contacts_after=" + ",".join(
                f"{c['channel']}:{'same' if c['same_client'] else 'other:' + str(c['source'])}"
                f"@{_hours(r['sent_at'], c['at'])}" for c in calls))
        if later:
            bits.append(f"later_to_asker={later['direction']} same_client={later['same_client']}"
                        f" {_hours(r['sent_at'], later['sent_at'])} later")
        parts.append(" ".join(bits))
    return " | ".join(parts)


def _unanswered(conn: sqlite3.Connection, truth: dict[str, Any],
                msgs: dict[str, list[dict[str, Any]]], misses: list[str]) -> dict[str, Any]:
    inbound = truth.get("inbound")
    if inbound is not None:
        wanted = {_mid(i["message_id"]) for i in inbound if i["needs_answer"] and not i["answered"]}
        needs = {_mid(i["message_id"]) for i in inbound if i["needs_answer"]}
        labelled = {_mid(i["message_id"]) for i in inbound}
    else:   # the demo bank: its planted unanswered questions
        wanted = {_mid(i["message_id"]) for i in truth.get("unanswered", [])}
        needs, labelled = set(), set()
    # (client, manager) of every truly unanswered message and when it came.
    pending = []
    for mid in wanted:
        for row in msgs.get(mid, []):
            pending.append((row["client_id"], row["manager"], row["sent_at"], mid))
    found: set[str] = set()
    right = 0
    alarms = _alarms(conn)
    for a in alarms:
        hits = {mid for client, manager, at, mid in pending
                if mid == a["mid"] or (client == a["client"] and manager == a["manager"]
                                       and at >= a["at"])}
        if hits:
            right += 1
            found |= hits
        elif inbound is None and a["mid"] not in labelled:
            right += 1      # the demo labels only its planted questions: not counted wrong
        else:
            truth_row = next((i for i in inbound or [] if _mid(i["message_id"]) == a["mid"]), None)
            why = ("needs no answer" if truth_row and not truth_row["needs_answer"]
                   else "answered" if truth_row else "not a client message")
            misses.append(f"false alarm ({why}): {a['mid']} [{_why_class(conn, a['mid'], truth)}]")
    queued = _awaiting(conn, truth) if wanted - found else set()
    for mid in sorted(wanted - found):
        # In the product's queue of mail waiting for an answer, but its reply time not out yet.
        misses.append(f"missed unanswered: {mid}" + (" (waiting, not yet overdue)"
                                                     if mid in queued else "")
                      + f" [{_why_class(conn, mid, truth)}]")
    out: dict[str, Any] = {"unanswered_alarms": len(alarms), "unanswered_true": len(wanted),
                           "unanswered_p": _ratio(right, len(alarms)) if alarms else 1.0,
                           "unanswered_r": _ratio(len(found), len(wanted))}
    if inbound is not None:
        marked = {mid for mid in labelled
                  if any(r["direction"] == "in" and r["is_request"] for r in msgs.get(mid, []))}
        out["requests_p"] = _ratio(len(marked & needs), len(marked))
        out["requests_r"] = _ratio(len(marked & needs), len(needs))
        for mid in sorted(marked - needs):
            misses.append(f"request that needs no answer: {mid}")
    return out


def _complaints(conn: sqlite3.Connection, truth: dict[str, Any], misses: list[str]
                ) -> dict[str, Any]:
    stored: dict[str, list[dict[str, Any]]] = {}
    for r in conn.execute(
            "SELECT k.status, m.message_id, g.email AS manager FROM complaints k"
            " JOIN messages m ON m.id = k.message_id"
            " LEFT JOIN managers g ON g.id = k.manager_id"):
        stored.setdefault(_mid(r["message_id"]), []).append(dict(r))
    answered = {_mid(i["message_id"]) for i in truth.get("inbound", []) if i["answered"]}
    about_us = [c for c in truth.get("complaints", []) if c.get("about_us", True)]
    right = third = open_answered = 0
    for c in about_us:
        rows = stored.get(_mid(c["message_id"]), [])
        if rows and all(r["manager"] == c["manager"] for r in rows):
            right += 1
        else:
            misses.append(f"complaint on {[r['manager'] for r in rows] or 'nobody'}, "
                          f"written to {c['manager']}: {_mid(c['message_id'])}")
        if _mid(c["message_id"]) in answered and any(r["status"] == "open" for r in rows):
            open_answered += 1
            misses.append(f"complaint answered but open: {_mid(c['message_id'])}")
    for c in truth.get("complaints", []):
        if not c.get("about_us", True) and stored.get(_mid(c["message_id"])):
            third += 1
            misses.append(f"third-party grievance as complaint: {_mid(c['message_id'])}")
    grievances = {_mid(c["message_id"]) for c in truth.get("complaints", [])}
    false = sorted(set(stored) - grievances)
    misses += [f"complaint on a message with no grievance: {mid}" for mid in false]
    return {"complaints_true": len(about_us),
            "complaints_right_manager": _ratio(right, len(about_us)),
            "complaints_third_party": third, "complaints_open_answered": open_answered,
            "complaints_false": len(false)}


def _clients(conn: sqlite3.Connection, truth: dict[str, Any], misses: list[str]
             ) -> dict[str, Any]:
    """Directory clients spread over several rows; violations on senders who are not clients."""
    names = {r["id"]: r["name"] for r in conn.execute("SELECT id, name FROM clients")}
    directory: dict[str, set[int]] = {}
    for r in conn.execute("SELECT id, name FROM clients WHERE source = 'directory'"):
        directory[r["name"]] = {r["id"]}
    # An address the directory lists (a domain or a full free-mail address) -> its client.
    listed: dict[str, str] = {}
    for r in conn.execute("SELECT d.domain, c.name FROM client_domains d JOIN clients c"
                          " ON c.id = d.client_id WHERE c.source = 'directory'"):
        listed[r["domain"].lower()] = r["name"]
    split = 0
    for r in conn.execute("SELECT from_addr, to_addrs, client_id FROM messages"
                          " WHERE client_id IS NOT NULL AND direction IN ('in', 'out')"):
        for addr in [r["from_addr"], *json.loads(r["to_addrs"] or "[]")]:
            addr = str(addr).lower()
            owner = listed.get(addr) or listed.get(addr.rpartition("@")[2])
            if owner:
                directory[owner].add(r["client_id"])
    for table in ("sales", "complaints", "violations"):
        for r in conn.execute(f"SELECT DISTINCT client_id FROM {table} WHERE client_id IS NOT NULL"):
            for owner, ids in directory.items():
                if names.get(r["client_id"]) == owner:
                    ids.add(r["client_id"])
    for owner, ids in directory.items():
        if len(ids) > 1:
            split += 1
            misses.append(f"client split: {owner} -> {sorted(names.get(i, '?') for i in ids)}")
    # The company's own people: the truth's "internal" list, or its not-negotiations marked
    # "internal" (their mail to a real client is not a stranger's).
    internal = {str(a).lower() for a in truth.get("internal", [])} | {
        n["address"].lower() for n in truth.get("not_negotiations", [])
        if n.get("why") == "internal"}
    unknown = [n["address"].lower() for n in truth.get("not_negotiations", [])
               if n["address"].lower() not in internal]
    ids = set()
    for addr in unknown:
        ids |= {r[0] for r in conn.execute(
            "SELECT DISTINCT client_id FROM messages WHERE lower(from_addr) = ?"
            " AND client_id IS NOT NULL", (addr,))}
    ids -= {i for group in directory.values() for i in group}
    bad = conn.execute(f"SELECT count(*) FROM violations WHERE client_id IN"
                       f" ({','.join('?' * len(ids))})", sorted(ids)).fetchone()[0] if ids else 0
    if bad:
        misses.append(f"violations on unknown senders: {bad} on {sorted(names[i] for i in ids)}")
    return {"client_split": split, "unknown_clients": len(ids), "unknown_violations": bad}


def score(database: Path, truth: dict[str, Any], misses: list[str]) -> dict[str, Any]:
    """The figures for one company (module docstring)."""
    conn = sqlite3.connect(database)
    conn.row_factory = sqlite3.Row
    try:
        msgs = _messages(conn)
        conn.row_factory = sqlite3.Row
        return {**_unanswered(conn, truth, msgs, misses), **_complaints(conn, truth, misses),
                **_clients(conn, truth, misses)}
    finally:
        conn.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--company", action="append", type=Path, default=[],
                        help="a company folder (default: the demo and tests/companies/*)")
    parser.add_argument("--no-demo", action="store_true", help="skip the demo bank")
    parser.add_argument("--misses", action="store_true", help="print every miss")
    args = parser.parse_args(argv)
    companies = args.company or sorted(p for p in (REPO / "tests" / "companies").glob("*")
                                       if (p / "truth.json").exists())
    figures: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="alarms-") as tmp:
        work = Path(tmp)
        runs: list[tuple[str, Callable[[], tuple[Path, dict[str, Any]]]]] = []
        if not args.no_demo:
            runs.append(("demo", lambda: run_demo(work)))
        for folder in companies:
            runs.append((folder.name, lambda folder=folder: run_company(folder.resolve(), work)))
        for name, run in runs:
            database, truth = run()
            misses: list[str] = []
            figures[name] = score(database, truth, misses)
            print(f"{name}: " + ", ".join(f"{k}={v}" for k, v in figures[name].items()))
            if args.misses:
                for line in misses:
                    print(f"  {line}")
    print(json.dumps({"bench": "alarms", "companies": figures}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
