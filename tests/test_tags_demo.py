"""On the demo bank: the planted tag updates are applied and the spoofed one is rejected."""

from __future__ import annotations

import json
from pathlib import Path

from rich.console import Console

from dealtrail.store import open_db, rows
from demo.run import run_demo


def test_demo_bank_tag_updates_match_the_ground_truth(tmp_path: Path) -> None:
    result = run_demo(tmp_path / "demo", console=Console(quiet=True), quiet=True)
    truth = json.loads((result.out_dir / "ground_truth.json").read_text(encoding="utf-8"))
    assert truth["tag_updates"] and truth["tag_rejected"]
    db = open_db(result.database)
    try:
        for update in truth["tag_updates"]:
            deal = rows(db, "SELECT d.* FROM deals d JOIN client_domains cd ON cd.client_id ="
                            " d.client_id JOIN managers m ON m.id = d.manager_id"
                            " WHERE cd.domain = ? AND m.email = ?",
                        [update["client"], update["manager"]])[0]
            assert deal[update["field"]] == update["value"], update
            if "amount_minor" in update:
                assert deal["amount_minor"] == update["amount_minor"]
            changed = rows(db, "SELECT DISTINCT field FROM deal_history WHERE deal_id = ?"
                               " AND source = 'tag'", [deal["id"]])
            assert update["field"] in {c["field"] for c in changed}
        commands = {r["message_key"]: r for r in rows(db, "SELECT * FROM tag_commands")}
        for spoof in truth["tag_rejected"]:
            assert commands[spoof["message_id"]]["status"] == "rejected"
            assert commands[spoof["message_id"]]["target"] == ""
        applied = [r for r in commands.values() if r["status"] == "applied"]
        assert len(applied) == len(truth["tag_updates"])
        # No deal outside the planted ones was touched by a tag.
        touched = rows(db, "SELECT DISTINCT cd.domain FROM deal_history h JOIN deals d"
                           " ON d.id = h.deal_id JOIN client_domains cd ON cd.client_id = d.client_id"
                           " WHERE h.source = 'tag'")
        assert {t["domain"] for t in touched} == {u["client"] for u in truth["tag_updates"]}
    finally:
        db.conn.close()
