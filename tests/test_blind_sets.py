"""The blind sets are measured, and their first run is on record before anything reads them."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import blind  # noqa: E402


def test_every_blind_set_has_its_first_run_recorded():
    names = {name for name, _, _ in blind.sets()}
    assert {"complaints_blind", "promises_enron_blind", "replies"} <= names
    missing = names - set(blind.first_runs())
    assert not missing, ("record the first run before reading its misses: "
                         f".venv/bin/python bench/blind.py --record-first ({sorted(missing)})")


def test_each_set_has_one_first_run_and_each_record_names_a_set():
    records = [json.loads(x) for x in blind.FIRST_RUNS.read_text(encoding="utf-8").splitlines()
               if x.strip()]
    names = [r["set"] for r in records]
    assert len(names) == len(set(names)), "a first run is recorded once and never rewritten"
    assert set(names) <= {name for name, _, _ in blind.sets()}


def test_recording_appends_only_the_sets_not_yet_recorded(tmp_path, monkeypatch):
    path = tmp_path / "first.jsonl"
    path.write_text(json.dumps({"set": "a", "commit": "x", "date": "d",
                                "figures": {"product": 1}}) + "\n", encoding="utf-8")
    monkeypatch.setattr(blind, "FIRST_RUNS", path)
    added = blind.record_first({"a": {"kind": "k", "product": 2},
                                "b": {"kind": "k", "product": 3, "misses": ["m"]}})
    assert added == ["b"]
    recs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    assert [r["set"] for r in recs] == ["a", "b"]
    assert recs[0]["figures"] == {"product": 1}
    assert "misses" not in recs[1]["figures"]
    assert blind.first_runs()["a"]["figures"] == {"product": 1}


def test_a_promise_dated_by_a_vague_period_counts_only_among_all_dated_promises(tmp_path):
    # The guide gives "next week" no day; the product stores the week's end with week grain.
    rows = [{"text": "I will follow up with you next week.", "ref_time": "2001-10-10T09:00:00-05:00",
             "promise": True, "due": None},
            {"text": "I will send the draft on Friday.", "ref_time": "2001-10-10T09:00:00-05:00",
             "promise": True, "due": "2001-10-12"}]
    path = tmp_path / "promises.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    res = blind.score_promises(path, blind.product_promise)
    assert (res["precision"], res["recall"]) == (1.0, 1.0)
    assert (res["dated_precision"], res["dated_n"]) == (0.5, 2)
    assert (res["dated_day_precision"], res["dated_day_n"]) == (1.0, 1)


def test_the_reply_peer_is_scored_without_the_signature_it_strips():
    # a set's expected new text holds no signature or disclaimer, so the peer is asked for
    # the reply without them, as its README says; its parse_reply keeps both
    peer = blind.reply_peer()
    assert peer is not None, "install the bench extra: .venv/bin/pip install -e '.[bench]'"
    body = ("Das passt, bitte schicken Sie den Vertrag.\n\nMit freundlichen Grüßen\n"
            "Jonas Weber\nEinkauf\n\nAm 3. März 2026 um 10:12 schrieb Lena Kraus <lk@example.de>:\n"
            "> Sollen wir den Vertrag schicken?\n")
    assert blind._norm(peer(body)) == "Das passt, bitte schicken Sie den Vertrag."
    assert "Jonas Weber" in blind.mail_parser_reply_text(body, keep_signature=True)
