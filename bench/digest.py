"""Benchmark: render the daily digest of a 200-manager bank (plus its head) and time it.

Builds a temporary database with 200 managers in 4 time zones, 10 clients and 5 open
deals each, promises due, unanswered threads, violations, complaints, plans and sales,
then renders every recipient's daily digest (HTML with inlined CSS + text) once.
Target: all 201 digests in at most 10 s on 2 cores.

Usage: .venv/bin/python bench/digest.py [--managers 200]
The last line of output is one JSON object with the figures.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dealtrail import config as config_mod  # noqa: E402
from dealtrail.store import open_db  # noqa: E402
from reports.digest import build_digest, recipients  # noqa: E402

AS_OF = datetime(2026, 11, 26, 6, 0, tzinfo=UTC)
ZONES = ("Europe/Moscow", "Europe/Berlin", "Asia/Yekaterinburg", "Europe/London")


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def settings_for(count: int) -> config_mod.Settings:
    managers = [{"email": "head@bank.test", "name": "Head", "role": "head", "team": "t0",
                 "timezone": "Europe/Moscow", "locale": "ru"}]
    managers += [{"email": f"m{i}@bank.test", "name": f"Manager {i}", "team": f"t{i % 10}",
                  "timezone": ZONES[i % len(ZONES)], "locale": "ru" if i % 2 else "en"}
                 for i in range(count)]
    return config_mod.from_mapping({
        "company": {"name": "Bench Bank", "timezone": "Europe/Moscow", "country": "RU"},
        "managers": managers,
        "products": [{"code": f"p{j}", "name_en": f"Product {j}", "name_ru": f"Продукт {j}"}
                     for j in range(5)],
        "digest": {"sender": "dealtrail@bank.test", "tag_address": "tags@bank.test"},
    })


def fill(db: object, settings: config_mod.Settings) -> dict[str, int]:
    rnd = random.Random(7)
    conn = db.conn  # type: ignore[attr-defined]
    stamp = iso(AS_OF - timedelta(days=30))
    conn.execute("BEGIN")
    mids = []
    for m in settings.managers:
        mids.append(conn.execute(
            "INSERT INTO managers (email, name, role, team, timezone, locale) VALUES (?,?,?,?,?,?)",
            (m.email, m.name, m.role, m.team, m.timezone, m.locale)).lastrowid)
    pids = [conn.execute("INSERT INTO products (code, name_en, name_ru) VALUES (?,?,?)",
                         (p.code, p.name_en, p.name_ru)).lastrowid for p in settings.products]
    box = conn.execute("INSERT INTO mailboxes (name, kind, owner_email) VALUES "
                       "('all', 'imap', 'head@bank.test')").lastrowid
    counts = {"deals": 0, "promises": 0, "threads": 0, "violations": 0, "sales": 0}
    for mid in mids[1:]:
        for p in pids:
            conn.execute("INSERT INTO plans (period, period_kind, scope, manager_id, product_id, "
                         "amount_minor, currency, imported_at) VALUES ('2026-11','month','manager',"
                         "?,?,?,'RUB',?)", (mid, p, rnd.randint(10, 100) * 1_000_000_00, stamp))
        for c in range(10):
            cid = conn.execute("INSERT INTO clients (name, key, created_at) VALUES (?,?,?)",
                               (f"Client {mid}-{c} <b>", f"c{mid}-{c}.test", stamp)).lastrowid
            if c < 5:
                next_at = AS_OF + timedelta(hours=rnd.randint(-72, 72))
                conn.execute(
                    "INSERT INTO deals (client_id, product_id, manager_id, title, stage, amount_minor,"
                    " currency, expected_close, next_contact_at, created_at, updated_at) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    (cid, rnd.choice(pids), mid, f"Deal {c}", rnd.choice(["lead", "proposal",
                                                                         "negotiation"]),
                     rnd.randint(1, 50) * 1_000_000_00, "RUB", "2026-11-30", iso(next_at), stamp,
                     stamp))
                counts["deals"] += 1
            tid = conn.execute(
                "INSERT INTO threads (key, subject, client_id) VALUES (?,?,?)",
                (f"t{mid}-{c}", f"Question {c}", cid)).lastrowid
            counts["threads"] += 1
            msg = conn.execute(
                "INSERT INTO messages (mailbox_id, message_key, folder, remote_id, thread_id, "
                "subject, sent_at, direction, client_id, manager_id, indexed_at) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (box, f"k{mid}-{c}", "INBOX", f"{mid}-{c}", tid, f"Question {c}",
                 iso(AS_OF - timedelta(days=1)), "in", cid, mid, stamp)).lastrowid
            if c % 2 == 0:
                conn.execute(
                    "INSERT INTO promises (message_id, party, action, text, span_start, span_end, "
                    "made_at, due_at, manager_id, client_id) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (msg, "manager", "send", "send the offer", 0, 5, stamp,
                     iso(AS_OF + timedelta(hours=rnd.randint(-48, 12))), mid, cid))
                counts["promises"] += 1
            if c == 0:
                conn.execute(
                    "INSERT INTO violations (rule, key, manager_id, client_id, summary, "
                    "detected_at) VALUES (?,?,?,?,?,?)",
                    ("unanswered", f"u{mid}", mid, cid, "Client waited too long",
                     iso(AS_OF - timedelta(hours=rnd.randint(1, 48)))))
                counts["violations"] += 1
            if c < 3:
                conn.execute(
                    "INSERT INTO sales (external_id, manager_id, product_id, client_id, booked_on, "
                    "amount_minor, currency, created_at) VALUES (?,?,?,?,?,?,?,?)",
                    (f"s{mid}-{c}", mid, rnd.choice(pids), cid,
                     f"2026-11-{rnd.randint(1, 25):02d}", rnd.randint(1, 20) * 1_000_000_00,
                     "RUB", stamp))
                counts["sales"] += 1
    conn.execute("COMMIT")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--managers", type=int, default=200)
    args = parser.parse_args()
    settings = settings_for(args.managers)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "bench.db")
        counts = fill(db, settings)
        people = recipients(settings)
        started = time.perf_counter()
        sizes = []
        slowest = 0.0
        cache: dict[str, object] = {}     # shared team-wide figures, as send_digests does
        for m in people:
            one = time.perf_counter()
            built = build_digest(db, settings, m.email, "daily", AS_OF, cache=cache)
            slowest = max(slowest, time.perf_counter() - one)
            sizes.append(len(built.html.encode()))
        seconds = time.perf_counter() - started
    figures = {
        "benchmark": "digest", "recipients": len(people), "managers": args.managers,
        **counts, "seconds": round(seconds, 2),
        "ms_per_digest": round(seconds / len(people) * 1000, 1),
        "slowest_ms": round(slowest * 1000, 1),
        "html_kb_median": round(sorted(sizes)[len(sizes) // 2] / 1024, 1),
        "target_seconds": 10, "ok": seconds <= 10,
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
