"""Time every report on a big generated database (see bench/bigdb.py).

    python bench/bigdb.py --out /tmp/big.db            # 1M messages, 20k deals
    python bench/reports.py --db /tmp/big.db --runs 20

Prints p50/p95 milliseconds per report; the last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bigdb import AS_OF, PRODUCTS
from dealtrail import config
from dealtrail.store import open_db
from reports import api


def settings() -> config.Settings:
    return config.from_mapping({
        "company": {"name": "Big Bank", "base_currency": "RUB", "country": "RU",
                    "timezone": "Europe/Moscow"},
        "products": [{"code": c, "name_en": en, "name_ru": ru} for c, en, ru in PRODUCTS],
    })


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    db = open_db(args.db)
    s = settings()
    cases: dict[str, Any] = {
        "plan_fact_month": lambda: api.plan_fact(db, s, "2026-11", as_of=AS_OF),
        "plan_fact_year": lambda: api.plan_fact(db, s, "2026", as_of=AS_OF),
        "plan_fact_manager": lambda: api.plan_fact(db, s, "2026-Q4", manager="m7@bigbank.example",
                                                   as_of=AS_OF),
        "negotiations": lambda: api.negotiations(db, s, as_of=AS_OF),
        "negotiations_manager": lambda: api.negotiations(db, s, manager="m7@bigbank.example",
                                                         as_of=AS_OF),
        "negotiations_page": lambda: api.negotiations(db, s, as_of=AS_OF, limit=50),
        "workload": lambda: api.workload(db, s, as_of=AS_OF),
        "sales_product": lambda: api.sales(db, s, "2026-Q4", by="product", as_of=AS_OF),
        "sales_manager": lambda: api.sales(db, s, "2026", by="manager", as_of=AS_OF),
        "complaints_and_violations": lambda: api.complaints_and_violations(db, s, "2026-11",
                                                                           as_of=AS_OF),
        "motivation": lambda: api.motivation(db, s, "2026-11", as_of=AS_OF),
    }
    result: dict[str, Any] = {"db": str(args.db), "runs": args.runs,
                              "messages": db.execute("SELECT COUNT(*) FROM messages").fetchone()[0],
                              "deals": db.execute("SELECT COUNT(*) FROM deals").fetchone()[0]}
    for name, run in cases.items():
        run()  # warm the page cache and the holiday tables
        times = []
        for _ in range(args.runs):
            began = time.perf_counter()
            run()
            times.append((time.perf_counter() - began) * 1000)
        times.sort()
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        result[name] = {"p50_ms": round(statistics.median(times), 1), "p95_ms": round(p95, 1)}
        print(f"{name:28s} p50 {result[name]['p50_ms']:8.1f} ms   p95 {p95:8.1f} ms", flush=True)
    result["max_p95_ms"] = max(v["p95_ms"] for v in result.values() if isinstance(v, dict))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
