"""Generate a large, deterministic dealtrail database for benchmarks.

Rows are written directly with SQL in batches (no indexer), shaped like a
real bank's year: managers in teams, clients, threads and messages (in/out),
contacts, calendar events, deals with history, promises, sales, plans,
violations and complaints, all ending at ``AS_OF``.

    python bench/bigdb.py --out /tmp/big.db --messages 1000000 --deals 20000
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dealtrail.store import open_db

AS_OF = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
STAGES = ["lead", "qualified", "proposal", "negotiation", "contract"]
PRODUCTS = [("credit", "Loans", "Кредиты"), ("deposit", "Deposits", "Депозиты"),
            ("leasing", "Leasing", "Лизинг"), ("rko", "Cash management", "РКО"),
            ("fx", "FX", "Валютный контроль")]
BATCH = 50_000


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def insert(conn, table: str, cols: list[str], rows) -> int:  # type: ignore[no-untyped-def]
    sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
    batch, total = [], 0
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            conn.executemany(sql, batch)
            total += len(batch)
            batch.clear()
    if batch:
        conn.executemany(sql, batch)
        total += len(batch)
    return total


def generate(out: Path, messages: int, deals: int, managers: int, clients: int, seed: int) -> dict:
    if out.exists():
        out.unlink()
    db = open_db(out)
    conn = db.conn
    rnd = random.Random(seed)
    start = AS_OF - timedelta(days=365)
    stamp = iso(AS_OF)
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("BEGIN")
    teams = [f"team{t}" for t in range(max(1, managers // 20))]
    insert(conn, "managers", ["id", "email", "name", "role", "team", "timezone", "locale"],
           [(0 + 1, "head@bigbank.example", "Head", "head", teams[0], "Europe/Moscow", "ru")] +
           [(i + 2, f"m{i}@bigbank.example", f"Manager {i}", "manager", teams[i % len(teams)],
             "Europe/Moscow", "ru") for i in range(managers)])
    mids = list(range(2, managers + 2))
    insert(conn, "mailboxes", ["id", "name", "kind", "owner_email"],
           [(m, f"mb{m}", "imap", f"m{m - 2}@bigbank.example") for m in mids])
    insert(conn, "products", ["id", "code", "name_en", "name_ru", "aliases"],
           [(i + 1, c, en, ru, "[]") for i, (c, en, ru) in enumerate(PRODUCTS)])
    owner = {c: rnd.choice(mids) for c in range(1, clients + 1)}
    insert(conn, "clients", ["id", "name", "owner_email", "key", "created_at"],
           [(c, f"Client {c}", f"m{owner[c] - 2}@bigbank.example", f"client{c}.example", stamp)
            for c in owner])

    n_threads = max(1, messages // 5)
    thread_client = [0] + [rnd.randint(1, clients) for _ in range(n_threads)]
    insert(conn, "threads", ["id", "key", "subject", "client_id"],
           ((t, f"t{t}", f"Subject {t}", thread_client[t]) for t in range(1, n_threads + 1)))
    span = (AS_OF - start).total_seconds()

    def message_rows():  # type: ignore[no-untyped-def]
        for i in range(1, messages + 1):
            t = rnd.randint(1, n_threads)
            c = thread_client[t]
            m = owner[c] if rnd.random() < 0.9 else rnd.choice(mids)
            sent = start + timedelta(seconds=rnd.random() * span)
            direction = "in" if rnd.random() < 0.45 else "out" if rnd.random() < 0.85 else "internal"
            yield (i, m, f"<{i}@bigbank.example>", "INBOX" if direction == "in" else "Sent",
                   str(i), f"{i}@bigbank.example", t, f"Subject {t}", iso(sent), direction,
                   c if direction != "internal" else None, m, "snippet", stamp)

    insert(conn, "messages", ["id", "mailbox_id", "message_key", "folder", "remote_id", "message_id",
                              "thread_id", "subject", "sent_at", "direction", "client_id",
                              "manager_id", "snippet", "indexed_at"], message_rows())
    insert(conn, "contacts", ["key", "manager_id", "client_id", "at", "channel", "message_id"],
           ((f"email:{r[0]}", r[1], r[2], r[3], "email_in" if r[4] == "in" else "email_out", r[0])
            for r in conn.execute("SELECT id, manager_id, client_id, sent_at, direction FROM messages "
                                  "WHERE client_id IS NOT NULL").fetchall()))
    n_events = max(1, messages // 20)
    insert(conn, "events", ["mailbox_id", "calendar", "remote_id", "uid", "summary", "start_at",
                            "end_at", "client_id", "manager_id", "indexed_at"],
           ((m, "cal", f"e{i}", f"e{i}", "Meeting", iso(s), iso(s + timedelta(hours=1)),
             rnd.randint(1, clients), m, stamp)
            for i in range(n_events)
            for m in [rnd.choice(mids)]
            for s in [start + timedelta(seconds=rnd.random() * (span + 21 * 86400))]))

    deal_rows, history, sales = [], [], []
    for d in range(1, deals + 1):
        c = rnd.randint(1, clients)
        m = owner[c]
        status = rnd.choices(["open", "won", "lost"], [60, 25, 15])[0]
        close = (AS_OF + timedelta(days=rnd.randint(-120, 120))).date()
        amount = rnd.randint(1, 500) * 100_000_00
        currency = "RUB" if rnd.random() < 0.9 else "USD"
        won_at = iso(datetime.combine(close, datetime.min.time(), UTC)
                     + timedelta(hours=10)) if status == "won" and close <= AS_OF.date() else None
        if status == "won" and won_at is None:
            status = "open"
        next_contact = iso(AS_OF + timedelta(days=rnd.randint(-20, 30))) if status == "open" \
            and rnd.random() < 0.8 else None
        deal_rows.append((d, c, rnd.randint(1, len(PRODUCTS)), m, f"Deal {d}",
                          "won" if status == "won" else rnd.choice(STAGES), amount, currency,
                          close.isoformat(), next_contact, "tag" if next_contact else None,
                          "agreed terms" if rnd.random() < 0.3 else "", status, won_at, stamp, stamp))
        if rnd.random() < 0.2:
            history.append((d, iso(AS_OF - timedelta(days=rnd.randint(1, 200))), f"m{m - 2}@bigbank.example",
                            "tag", "expected_close", (close - timedelta(days=rnd.randint(5, 40))).isoformat(),
                            close.isoformat()))
        if won_at:
            sales.append((f"deal:{d}", d, m, deal_rows[-1][2], c, close.isoformat(), amount,
                          currency, "deal", stamp))
    insert(conn, "deals", ["id", "client_id", "product_id", "manager_id", "title", "stage",
                           "amount_minor", "currency", "expected_close", "next_contact_at",
                           "next_contact_source", "agreements", "status", "won_at", "created_at",
                           "updated_at"], deal_rows)
    insert(conn, "deal_history", ["deal_id", "at", "actor_email", "source", "field", "old_value",
                                  "new_value"], history)
    for i in range(deals // 2):
        c = rnd.randint(1, clients)
        day = (start + timedelta(days=rnd.randint(0, 365))).date()
        sales.append((f"1c:{i}", None, owner[c], rnd.randint(1, len(PRODUCTS)), c, day.isoformat(),
                      rnd.randint(-10, 200) * 10_000_00, "RUB", "import", stamp))
    insert(conn, "sales", ["external_id", "deal_id", "manager_id", "product_id", "client_id",
                           "booked_on", "amount_minor", "currency", "source", "created_at"], sales)
    insert(conn, "fx_rates", ["currency", "on_date", "rate"],
           [("USD", (start.date() + timedelta(days=i)).isoformat(), f"{90 + (i % 30) / 10:.2f}")
            for i in range(366)])
    plans = []
    for month in range(1, 13):
        key = f"2026-{month:02d}"
        plans += [(key, "month", "manager", "", m, None, 300_000_000_00, "RUB", stamp) for m in mids]
    plans.append(("2026-Q4", "quarter", "company", "", None, None, 200 * 900_000_000_00, "RUB", stamp))
    insert(conn, "plans", ["period", "period_kind", "scope", "team", "manager_id", "product_id",
                           "amount_minor", "currency", "imported_at"], plans)
    n_promises = max(1, messages // 20)
    insert(conn, "promises", ["message_id", "party", "action", "text", "span_start", "span_end",
                              "made_at", "due_at", "manager_id", "client_id", "deal_id", "status"],
           ((rnd.randint(1, messages), "manager", "send", f"I will send the offer {i}", i, i + 10,
             iso(made), iso(made + timedelta(days=3)), rnd.choice(mids), rnd.randint(1, clients),
             rnd.randint(1, deals) if rnd.random() < 0.5 else None,
             rnd.choice(["open", "kept", "broken"]))
            for i in range(n_promises)
            for made in [start + timedelta(seconds=rnd.random() * span)]))
    rules = ["unanswered", "broken_promise", "missed_next_contact", "stale_deal"]
    insert(conn, "violations", ["rule", "key", "manager_id", "client_id", "summary", "detected_at",
                                "status"],
           ((rnd.choice(rules), f"v{i}", rnd.choice(mids), rnd.randint(1, clients), "late",
             iso(start + timedelta(seconds=rnd.random() * span)),
             rnd.choices(["open", "resolved", "waived"], [30, 60, 10])[0])
            for i in range(deals)))
    insert(conn, "complaints", ["key", "client_id", "manager_id", "text", "source", "opened_at",
                                "status"],
           ((f"c{i}", rnd.randint(1, clients), rnd.choice(mids), "unhappy", "inferred",
             iso(start + timedelta(seconds=rnd.random() * span)),
             rnd.choice(["open", "resolved"])) for i in range(deals // 5)))
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    counts = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
              for t in ("messages", "contacts", "events", "deals", "sales", "promises", "violations")}
    db.conn.close()
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--deals", type=int, default=20_000)
    parser.add_argument("--managers", type=int, default=200)
    parser.add_argument("--clients", type=int, default=5_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    began = time.perf_counter()
    counts = generate(args.out, args.messages, args.deals, args.managers, args.clients, args.seed)
    print(json.dumps({"out": str(args.out), "seconds": round(time.perf_counter() - began, 1),
                      "as_of": iso(AS_OF), **counts}))


if __name__ == "__main__":
    main()
