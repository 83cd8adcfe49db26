"""The fold reads every letter of a client with an open deal on every sync, also a sync with
nothing new: what it does per deal grows with the letters, never with their square."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from dealtrail.store import open_db
from indexer.commitments import settle_commitments
from indexer.negotiations import Evidence, infer_stage

NOW = datetime(2026, 11, 20, 12, tzinfo=ZoneInfo("UTC"))
#: Letters of one long negotiation; read pairwise they took minutes (~10 ms now).
LETTERS = 12_000


def _at(i: int) -> str:
    """The time of the ``i``-th letter: one each half hour from New Year's Day."""
    return (datetime(2026, 1, 1, tzinfo=ZoneInfo("UTC")) + timedelta(minutes=30 * i)).isoformat()


def test_offers_after_the_contract_are_read_in_linear_time() -> None:
    # Each offer after the contract draft asked whether its letter carries a contract too,
    # by reading all the facts again (2 million comparisons on the Russian threads' deals).
    # Letters that each carry an offer and a contract: each offer after the first contract
    # is in a letter with its own contract, so the deal stays at the first contract.
    facts = [Evidence("2026-01-01T00:00:00+00:00", "inbound", "first@x")]
    facts += [Evidence(_at(i), kind, f"l{i}@x") for i in range(1, LETTERS)
              for kind in ("proposal", "contract")]
    started = time.process_time()
    stage, shown = infer_stage(facts, now=NOW)
    assert time.process_time() - started < 2.0
    assert (stage, shown.ref) == ("contract", "l1@x")
    facts.append(Evidence(_at(LETTERS), "proposal", "again@x"))
    assert infer_stage(facts, now=NOW)[1].ref == "again@x"   # a letter of its own: back


def test_commitments_are_settled_in_linear_time(tmp_path: Path) -> None:
    # Each of the client's dated commitments looked through all its letters for one in its
    # window (1 million comparisons on the Russian threads' deals).
    db = open_db(tmp_path / "x.db")
    messages = [(i, f"m{i}@x", 1, "in" if i % 3 else "out", _at(i), "", i % 97 == 0, 1)
                for i in range(LETTERS)]
    stamp = "2026-11-20T12:00:00+00:00"
    signals = []
    for i in range(0, LETTERS + 40):
        text, files = ("I will send the documents", True) if i % 8 else ("I will answer", False)
        at, due = _at(i), _at(i + 9 if i < LETTERS else i + 8000)
        # kept by a letter of the client's (one with a file for documents) in its window: the
        # nine letters after it
        kept = any(m[3] == "in" and (m[6] or not files) for m in messages[i + 1:i + 10])
        signals.append({"id": i, "kind": "commitment", "text": text, "at": at, "due_at": due,
                        "status": "kept" if kept else "broken" if due < stamp else "open",
                        "deal_id": 1})
    assert {s["status"] for s in signals} == {"kept", "broken", "open"}
    changes = db.conn.total_changes
    started = time.process_time()
    settle_commitments(db, 1, messages, signals, [], [], NOW)
    assert time.process_time() - started < 2.0
    assert db.conn.total_changes == changes     # every status as the window says: none written
