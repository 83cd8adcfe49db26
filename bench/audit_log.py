"""What the access audit costs: one entry on an empty log and on a long one, and a verification.

Writing an entry reads the newest entry by its primary key and inserts one row, so its cost
should not grow with the log; verifying reads every entry once.

    .venv/bin/python bench/audit_log.py            # 100 000 entries
    .venv/bin/python bench/audit_log.py --entries 10000
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from dealtrail import audit
from dealtrail.store import open_db


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = open_db(Path(folder) / "audit.db")

        def write(n: int) -> float:
            start = time.perf_counter()
            for i in range(n):
                audit.record(db, actor="anna@bank.ru", channel="api", source="10.0.0.1",
                             action="GET /api/clients/{client_id:int}", client_id=i % 40,
                             detail=json.dumps({"client_id": i % 40}), status=200)
            return (time.perf_counter() - start) / n * 1000

        first = write(1000)
        write(max(args.entries - 2000, 0))
        later = write(1000)
        start = time.perf_counter()
        verdict = audit.verify(db)
        took = time.perf_counter() - start
        db.conn.close()
    print(json.dumps({"entries": verdict.entries, "ms_per_entry_first_1000": round(first, 2),
                      "ms_per_entry_last_1000": round(later, 2),
                      "verify_s": round(took, 2), "ok": verdict.ok}))


if __name__ == "__main__":
    main()
