"""Benchmark: a full rules pass over a database of 1M messages, then an incremental one.

Builds (once, then reuses) a synthetic bank: managers in two time zones,
clients, threads of alternating client and manager mail over a year, contacts
for every client message, promises, meetings, deals with history and
complaints. Then times ``run_rules`` cold (first pass, writing every
violation), warm (nothing changed) and incremental (the clients one indexer
batch touches). Prints the figures last, as one JSON line.

    .venv/bin/python bench/rules.py --messages 1000000 --db /tmp/dealtrail-bench-rules.db
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import random
import shutil
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

# Run as a script, this file's folder comes first on sys.path and its name
# would shadow the ``rules`` package it measures.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

from dealtrail import clock  # noqa: E402
from dealtrail.config import from_mapping  # noqa: E402
from dealtrail.store import open_db  # noqa: E402
from rules.engine import run_rules  # noqa: E402

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
DAYS = 365


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def build(path: Path, n_messages: int, seed: int = 7) -> dict:
    """Write the synthetic database to ``path``; return its shape."""
    rnd = random.Random(seed)
    if path.exists():
        path.unlink()
    db = open_db(path)
    conn = db.conn
    conn.execute("PRAGMA synchronous=OFF")
    n_managers = max(5, n_messages // 5000)
    n_clients = max(20, n_messages // 200)
    stamp = _iso(NOW - timedelta(days=DAYS + 30))
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO managers (id, email, name, role, timezone) VALUES (?,?,?,?,?)",
        [(i, f"m{i}@bank.ru", f"Manager {i}", "manager",
          "Europe/Berlin" if i % 5 == 0 else "Europe/Moscow") for i in range(1, n_managers + 1)])
    conn.executemany(
        "INSERT INTO mailboxes (id, name, kind, owner_email) VALUES (?,?,?,?)",
        [(i, f"mb{i}", "imap", f"m{i}@bank.ru") for i in range(1, n_managers + 1)])
    owner = {c: rnd.randint(1, n_managers) for c in range(1, n_clients + 1)}
    conn.executemany(
        "INSERT INTO clients (id, name, owner_email, key, created_at) VALUES (?,?,?,?,?)",
        [(c, f"Client {c}", f"m{owner[c]}@bank.ru", f"client{c}.ru", stamp)
         for c in range(1, n_clients + 1)])
    start = NOW - timedelta(days=DAYS)
    messages, contacts, promises, threads = [], [], [], []
    mid = tid = 0
    text_q = "Добрый день! Подскажите, пожалуйста, когда будут готовы документы по сделке?"
    text_s = "Спасибо, получили. Коллеги посмотрят и вернутся с комментариями на этой неделе."
    while mid < n_messages:
        tid += 1
        client = rnd.randint(1, n_clients)
        manager = owner[client]
        t = start + timedelta(seconds=rnd.randint(0, DAYS * 86400))
        threads.append((tid, f"<t{tid}@x>", f"Deal {tid}", client, _iso(t)))
        for k in range(rnd.randint(2, 12)):
            if mid >= n_messages:
                break
            mid += 1
            roll = rnd.random()
            direction = ("in" if k % 2 == 0 else "out") if roll < 0.9 else (
                "internal" if roll < 0.95 else "auto")
            is_req = 1 if direction == "in" and rnd.random() < 0.4 else 0
            body = text_q if is_req else text_s
            messages.append((mid, manager, f"<m{mid}@x>", "INBOX" if direction == "in" else "Sent",
                             str(mid), f"m{mid}@x", tid, f"Deal {tid}",
                             f"a@client{client}.ru", _iso(t), direction, client, manager,
                             1 if rnd.random() < 0.2 else 0, 1 if rnd.random() < 0.1 else 0,
                             is_req, body[:60], body, _iso(t)))
            if direction in ("in", "out"):
                contacts.append((f"email_{direction}:{mid}:{manager}", manager, client, _iso(t),
                                 f"email_{direction}", mid))
            if direction == "out" and rnd.random() < 0.05:
                due = t + timedelta(days=rnd.choice([1, 2, 3, 7]))
                promises.append((mid, "manager", rnd.choice(["send", "call", "meet", "reply"]),
                                 "Пришлю договор до пятницы", 0, 25, _iso(t), _iso(due), "day",
                                 manager, client, tid))
            # mostly quick replies, sometimes days of silence
            gap = rnd.choice([600, 3600, 4 * 3600, 20 * 3600, 3 * 86400])
            t += timedelta(seconds=rnd.randint(gap // 4, gap))
        if len(messages) >= 50_000:
            _flush(conn, messages, contacts, promises, threads)
    _flush(conn, messages, contacts, promises, threads)
    events = []
    for e in range(1, n_messages // 20 + 1):
        client = rnd.randint(1, n_clients)
        t = start + timedelta(seconds=rnd.randint(0, DAYS * 86400))
        events.append((owner[client], "Calendar", f"e{e}", f"uid{e}", "Встреча", _iso(t),
                       _iso(t + timedelta(hours=1)), client, owner[client], _iso(t)))
    conn.executemany(
        "INSERT INTO events (mailbox_id, calendar, remote_id, uid, summary, start_at, end_at,"
        " client_id, manager_id, indexed_at) VALUES (?,?,?,?,?,?,?,?,?,?)", events)
    deals, history, complaints = [], [], []
    for d in range(1, n_clients * 2 + 1):
        client = rnd.randint(1, n_clients)
        created = NOW - timedelta(days=rnd.randint(1, DAYS))
        nxt = NOW + timedelta(days=rnd.randint(-20, 20)) if rnd.random() < 0.8 else None
        close = (NOW + timedelta(days=rnd.randint(-10, 90))).date().isoformat()
        deals.append((d, client, owner[client], f"Deal {d}", rnd.choice(["open"] * 4 + ["won"]),
                      close, _iso(nxt) if nxt else None, _iso(created), _iso(created)))
        if rnd.random() < 0.3:
            at = NOW - timedelta(days=rnd.randint(1, 60))
            old = at.date() + timedelta(days=rnd.randint(0, 20))
            history.append((d, _iso(at), f"m{owner[client]}@bank.ru", "tag", "expected_close",
                            old.isoformat(), close))
    for k in range(1, n_clients // 5 + 1):
        client = rnd.randint(1, n_clients)
        opened = NOW - timedelta(days=rnd.randint(0, 120))
        done = rnd.random() < 0.7
        complaints.append((f"inferred:{k}", client, owner[client], "Жалоба", "inferred",
                           _iso(opened), "resolved" if done else "open",
                           _iso(opened + timedelta(days=rnd.randint(0, 6))) if done else None))
    conn.executemany(
        "INSERT INTO deals (id, client_id, manager_id, title, status, expected_close,"
        " next_contact_at, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)", deals)
    conn.executemany(
        "INSERT INTO deal_history (deal_id, at, actor_email, source, field, old_value, new_value)"
        " VALUES (?,?,?,?,?,?,?)", history)
    conn.executemany(
        "INSERT INTO complaints (key, client_id, manager_id, text, source, opened_at, status,"
        " resolved_at) VALUES (?,?,?,?,?,?,?,?)", complaints)
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.close()
    return {"managers": n_managers, "clients": n_clients, "threads": tid}


def _flush(conn, messages, contacts, promises, threads) -> None:  # type: ignore[no-untyped-def]
    conn.executemany(
        "INSERT INTO threads (id, key, subject, client_id, first_at) VALUES (?,?,?,?,?)", threads)
    conn.executemany(
        "INSERT INTO messages (id, mailbox_id, message_key, folder, remote_id, message_id,"
        " thread_id, subject, from_addr, sent_at, direction, client_id, manager_id,"
        " has_attachment, has_link, is_request, snippet, new_text, indexed_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", messages)
    conn.executemany(
        "INSERT INTO contacts (key, manager_id, client_id, at, channel, message_id)"
        " VALUES (?,?,?,?,?,?)", contacts)
    conn.executemany(
        "INSERT INTO promises (message_id, party, action, text, span_start, span_end, made_at,"
        " due_at, due_grain, manager_id, client_id, thread_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        promises)
    for batch in (messages, contacts, promises, threads):
        batch.clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--db", default="/tmp/dealtrail-bench-rules.db",
                        help="Cached source database (built when missing or of another size).")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--lookback-days", type=int, default=90)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    source = Path(args.db)
    meta = source.with_suffix(".json")
    shape = json.loads(meta.read_text()) if meta.exists() and source.exists() else {}
    build_s = None
    if args.rebuild or shape.get("messages") != args.messages:
        t0 = time.perf_counter()
        shape = {"messages": args.messages, **build(source, args.messages)}
        build_s = round(time.perf_counter() - t0, 1)
        meta.write_text(json.dumps(shape))
    work = source.with_name(source.stem + "-run.db")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    shutil.copy2(source, work)
    os.sync()  # the copy's write-back must not compete with the timed runs
    names = ["broken_promise", "missed_next_contact", "unanswered", "stale_deal",
             "complaint_sla", "meeting_followup", "slipped_deal"]
    settings = from_mapping({
        "company": {"country": "RU", "timezone": "Europe/Moscow"},
        "rules": {n: {"lookback_days": args.lookback_days} for n in names},
    })
    db = open_db(work)
    figures: dict = {"bench": "rules", **shape, "lookback_days": args.lookback_days,
                     "build_s": build_s, "machine": f"{os.cpu_count()} cores, "
                     f"{platform.machine()}, Python {platform.python_version()}"}
    with clock.freeze(NOW):
        t0 = time.perf_counter()
        cold = run_rules(db, settings, raise_errors=True)
        figures["full_cold_s"] = round(time.perf_counter() - t0, 2)
        figures["per_rule_cold_s"] = {r.rule: round(r.duration, 2) for r in cold.results}
        figures["violations"] = {r.rule: r.opened + r.kept_late for r in cold.results}
        warm_times = []
        for _ in range(3):
            t0 = time.perf_counter()
            warm = run_rules(db, settings, raise_errors=True)
            warm_times.append(time.perf_counter() - t0)
        figures["full_warm_s"] = round(sorted(warm_times)[1], 2)  # median of 3
        figures["full_warm_max_s"] = round(max(warm_times), 2)
        figures["per_rule_warm_s"] = {r.rule: round(r.duration, 2) for r in warm.results}
        figures["warm_opened"] = sum(r.opened for r in warm.results)
        touched = random.Random(1).sample(range(1, shape["clients"] + 1), 20)
        t0 = time.perf_counter()
        run_rules(db, settings, clients=touched, raise_errors=True)
        figures["incremental_20_clients_s"] = round(time.perf_counter() - t0, 3)
    db.conn.close()
    print(json.dumps(figures, ensure_ascii=False), file=sys.stdout)


if __name__ == "__main__":
    main()
