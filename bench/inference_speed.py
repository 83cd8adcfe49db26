"""Messages per second of new_text + detect_intents + detect_complaint over the Enron inbox.

Usage:
    .venv/bin/python bench/inference_speed.py [--corpora PATH] [--repeat 3]

Bodies are parsed once up front (parsing is not measured here); then the three
functions run on every body, one process, one core. Best of ``--repeat`` runs, as wall
time and as this process's CPU time (steadier on a shared machine). Prints ONE JSON
line last.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import json
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from indexer.complaint import detect_complaint  # noqa: E402
from indexer.intent import detect_intents  # noqa: E402
from indexer.intent_model import corpora_dir  # noqa: E402
from indexer.newtext import new_text  # noqa: E402


def load_bodies(corpora: Path) -> list[tuple[str, datetime]]:
    """(text body, sent time) of every Enron inbox message under ``corpora``."""
    out = []
    for path in sorted((corpora / "enron_inbox" / "maildir").glob("*/inbox/*")):
        if not path.is_file():
            continue
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.compat32)
        payload = msg.get_payload(decode=True) or b""
        body = payload.decode("latin-1", errors="replace")
        try:
            sent = email.utils.parsedate_to_datetime(msg["Date"])
        except (TypeError, ValueError):
            sent = datetime(2001, 10, 1, tzinfo=UTC)
        out.append((body, sent))
    return out


def run_once(bodies: list[tuple[str, datetime]]) -> tuple[float, dict]:
    """Wall seconds for one pass over ``bodies`` and what was found."""
    secs, _, counts = _timed(bodies)
    return secs, counts


def _timed(bodies: list[tuple[str, datetime]]) -> tuple[float, float, dict]:
    """(wall seconds, CPU seconds of this process, counts) for one pass over ``bodies``."""
    counts = {"promise": 0, "request": 0, "complaint": 0}
    c0 = time.process_time()
    t0 = time.perf_counter()
    for body, sent in bodies:
        text = new_text(body)
        intents = detect_intents(text, direction="in", ref_time=sent, lang=None)
        for i in intents:
            counts[i.kind] += 1
        if detect_complaint(text) is not None:
            counts["complaint"] += 1
    return time.perf_counter() - t0, time.process_time() - c0, counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", help="folder holding enron_inbox/ (default: tests/corpora)")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    bodies = load_bodies(corpora_dir(args.corpora))
    sizes = [len(b) for b, _ in bodies]
    run_once(bodies[:200])                      # warm up regex caches
    # typical 1-2 KB messages with no promise: the hot-path budget is 0.2 ms each
    small = [(b, s) for b, s in bodies if 1000 <= len(b) <= 2000]
    small = [(b, s) for b, s in small if not any(
        i.kind == "promise" for i in detect_intents(new_text(b), direction="in", ref_time=s))]
    walls, cpus, small_walls, small_cpus = [], [], [], []
    counts = {}
    for _ in range(args.repeat):
        wall, cpu, counts = _timed(bodies)
        walls.append(wall)
        cpus.append(cpu)
        wall, cpu, _ = _timed(small)
        small_walls.append(wall)
        small_cpus.append(cpu)
    best = min(walls)
    n_small = max(len(small), 1)
    res = {
        "messages": len(bodies), "median_body_bytes": int(statistics.median(sizes)),
        "seconds_best": round(best, 3), "messages_per_s": round(len(bodies) / best),
        "ms_per_message": round(1000 * best / len(bodies), 4),
        "cpu_ms_per_message": round(1000 * min(cpus) / len(bodies), 4),
        "small_no_promise_messages": len(small),
        "small_no_promise_ms_per_message": round(1000 * min(small_walls) / n_small, 4),
        "small_no_promise_cpu_ms_per_message": round(1000 * min(small_cpus) / n_small, 4),
        "found": counts,
    }
    print(f"{len(bodies)} messages, best of {args.repeat}: {best:.3f} s")
    print(json.dumps(res))


if __name__ == "__main__":
    main()
