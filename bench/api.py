"""Latency of the pane's main call (GET /api/pane) on a big database, over real HTTPS.

Generates the database with bench/bigdb.py when it is missing (1M messages by
default), adds the client domains the pane resolves senders by, pairs a head
and a manager, serves the real app with uvicorn over TLS on loopback and calls
the endpoint the pane calls on every selected message, with a keep-alive
client as a pinned pane would. Prints one JSON line last.

    python bench/api.py                         # bench/out/api-1m.db, 1M messages
    python bench/api.py --db /tmp/big.db --requests 500
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import sqlite3
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bigdb import AS_OF, generate, iso  # noqa: E402

os.environ.setdefault("DEALTRAIL_NOW", iso(AS_OF))

from addin import auth  # noqa: E402
from dealtrail.config import from_mapping  # noqa: E402
from dealtrail.store import open_db, rows  # noqa: E402

TARGET_P95_MS = 50.0


def settings(db_path: Path):  # type: ignore[no-untyped-def]
    """The bench's config: every person of the generated database is listed in it, since the
    service deactivates whoever the config no longer names."""
    conn = sqlite3.connect(db_path)
    try:
        people = [{"email": e, "name": n, "role": r, "team": t or "", "timezone": z, "locale": lc}
                  for e, n, r, t, z, lc in conn.execute(
                      "SELECT email, name, role, team, timezone, locale FROM managers")]
    finally:
        conn.close()
    return from_mapping({"company": {"name": "Big Bank", "internal_domains": ["bigbank.example"]},
                         "server": {"public_url": "https://localhost:8443"}, "managers": people})


def prepare(db_path: Path, messages: int) -> dict[str, str]:
    """Make the database if needed; return tokens for the head and one manager."""
    if not db_path.exists():
        db_path.parent.mkdir(parents=True, exist_ok=True)
        began = time.perf_counter()
        generate(db_path, messages, 20_000, 200, 5_000, 1)
        print(f"generated {db_path} in {time.perf_counter() - began:.0f}s", file=sys.stderr)
    db = open_db(db_path)
    try:
        db.conn.execute("INSERT OR IGNORE INTO client_domains (domain, client_id)"
                        " SELECT key, id FROM clients")
        conf = settings(db_path)
        tokens = {}
        for who, email in (("head", "head@bigbank.example"), ("manager", "m0@bigbank.example")):
            tokens[who] = auth.pair(db, auth.invite(db, conf, email).code).token
        return tokens
    finally:
        db.conn.close()


def serve(db_path: Path, cert_dir: Path) -> tuple[str, object, threading.Thread]:
    import uvicorn

    from addin.app import create_app
    from addin.certs import ensure_dev_cert

    pair = ensure_dev_cert(cert_dir)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(settings(db_path), db_path), host="127.0.0.1",
                                           port=port, ssl_certfile=str(pair.cert),
                                           ssl_keyfile=str(pair.key), log_level="warning",
                                           lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    return f"https://127.0.0.1:{port}", server, thread


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("bench/out/api-1m.db"))
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()

    import httpx

    tokens = prepare(args.db, args.messages)
    db = open_db(args.db, migrate=False)
    counts = {t: rows(db, f"SELECT COUNT(*) AS n FROM {t}")[0]["n"]
              for t in ("messages", "deals", "contacts", "promises", "clients")}
    own = [r["key"] for r in rows(db, "SELECT key FROM clients WHERE owner_email = ?",
                                  ("m0@bigbank.example",))]
    every = [r["key"] for r in rows(db, "SELECT key FROM clients")]
    db.conn.close()
    url, server, thread = serve(args.db, args.db.parent / "certs")
    rnd = random.Random(7)
    results: dict[str, dict[str, float]] = {}
    with httpx.Client(base_url=url, verify=False, timeout=30) as http:
        for who, domains in (("manager", own), ("head", every)):
            headers = {"Authorization": f"Bearer {tokens[who]}"}
            timings: list[float] = []
            found = 0
            for i in range(args.requests + 20):
                domain = rnd.choice(domains)
                params = [("email", f"contact{i}@{domain}"), ("email", "m0@bigbank.example"),
                          ("email", f"cc{i}@gmail.com")]
                began = time.perf_counter()
                response = http.get("/api/pane", params=params, headers=headers)
                elapsed = (time.perf_counter() - began) * 1000
                response.raise_for_status()
                if i >= 20:                       # the first calls warm caches and connections
                    timings.append(elapsed)
                    found += response.json()["client"] is not None
            results[who] = {"p50_ms": round(statistics.median(timings), 2),
                            "p95_ms": round(percentile(timings, 0.95), 2),
                            "p99_ms": round(percentile(timings, 0.99), 2),
                            "max_ms": round(max(timings), 2), "client_found": found}
    server.should_exit = True  # type: ignore[attr-defined]
    thread.join(timeout=10)
    p95 = max(r["p95_ms"] for r in results.values())
    print(json.dumps({"bench": "api", "endpoint": "GET /api/pane", "transport": "https-keepalive",
                      "requests_per_viewer": args.requests, **counts, **results,
                      "worst_p95_ms": p95, "target_p95_ms": TARGET_P95_MS,
                      "ok": p95 <= TARGET_P95_MS}))


if __name__ == "__main__":
    main()
