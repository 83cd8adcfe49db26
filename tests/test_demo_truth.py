"""The whole pipeline on the demo bank, checked against the ground truth its generator wrote.

`dealtrail demo --once` runs as a person would run it; then the database is
compared with ground_truth.json: every planted violation is found and none is
invented, plan/fact matches the generated plans and sales, tag commands applied.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from typing import Any

import pytest

from dealtrail import clock, config
from dealtrail.store import open_db

RULE_TRUTH = {
    "broken_promise": lambda t: [x["client"] for x in t["broken_promises"]],
    "unanswered": lambda t: [x["client"] for x in t["unanswered"]],
    "complaint_sla": lambda t: [x["client"] for x in t["complaints"] if x["past_sla"]],
    "meeting_followup": lambda t: [x["client"] for x in t["meetings_without_followup"]],
    "stale_deal": lambda t: [x["client"] for x in t["stale_deals"]],
    "missed_next_contact": lambda t: [x["client"] for x in t["missed_next_contacts"]],
    "slipped_deal": lambda t: [x["client"] for x in t["slipped_deals"]],
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("demo") / "bank"
    # In Russian, as the demo bank's administrator would run it (test_demo_serve runs it in English).
    done = subprocess.run([sys.executable, "-m", "dealtrail", "--lang", "ru", "demo", "--once",
                           "--out", str(out)],
                          capture_output=True, text=True, timeout=600,
                          env={**os.environ, "COLUMNS": "160"})
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    truth = json.loads((out / "ground_truth.json").read_text(encoding="utf-8"))
    conn = sqlite3.connect(out / "dealtrail.db")
    yield {"out": out, "truth": truth, "conn": conn, "stdout": done.stdout}
    conn.close()


def client_domain(conn: sqlite3.Connection, client_id: int | None) -> str | None:
    if client_id is None:
        return None
    key = conn.execute("SELECT key FROM clients WHERE id = ?", (client_id,)).fetchone()[0]
    if key.startswith("dir:"):
        row = conn.execute("SELECT domain FROM client_domains WHERE client_id = ? ORDER BY domain",
                           (client_id,)).fetchone()
        return row[0] if row else key
    return key.split(":", 1)[1].split("@")[-1]


def test_demo_once_prints_the_five_answers_and_writes_every_digest(demo: dict[str, Any]) -> None:
    digests = sorted((demo["out"] / "digests").glob("*.html"))
    assert len(digests) == 6, "the head and five managers"
    for path in digests:
        html = path.read_text(encoding="utf-8")
        assert "<table" in html and "<script" not in html
    # The demo bank's locale is Russian: the five answers are printed in Russian.
    for heading in ("План / факт", "Переговоры", "Загрузка", "Продажи по продуктам",
                    "Продажи по менеджерам", "Жалобы и нарушения"):
        assert heading in demo["stdout"], heading
    # and what the demo says around them in the operator's language
    for line in ("Демо-банк создан в", "проиндексировано писем: ", "записано сводок: 6, в "):
        assert line in demo["stdout"], line
    assert "Demo bank" not in demo["stdout"] and "indexed " not in demo["stdout"]


@pytest.mark.parametrize("rule", sorted(RULE_TRUTH))
def test_every_planted_violation_is_found_and_none_invented(demo: dict[str, Any], rule: str) -> None:
    conn = demo["conn"]
    expected = sorted(RULE_TRUTH[rule](demo["truth"]))
    found = sorted(client_domain(conn, cid) for (cid,) in conn.execute(
        "SELECT client_id FROM violations WHERE rule = ? AND status = 'open'", (rule,)))
    assert found == expected


def test_promises_kept_late_close_as_kept_late(demo: dict[str, Any]) -> None:
    conn = demo["conn"]
    expected = sorted(x["client"] for x in demo["truth"]["kept_late_promises"])
    found = sorted(client_domain(conn, cid) for (cid,) in conn.execute(
        "SELECT client_id FROM violations WHERE rule = 'broken_promise' AND status = 'kept_late'"))
    assert found == expected


def test_every_planted_promise_is_detected_with_its_due_day(demo: dict[str, Any]) -> None:
    conn = demo["conn"]
    for item in demo["truth"]["broken_promises"] + demo["truth"]["kept_late_promises"]:
        rows = conn.execute(
            "SELECT p.due_at, m.sent_at FROM promises p JOIN messages m ON m.id = p.message_id"
            " WHERE m.message_id = ? AND p.party = 'manager'", (item["message_id"],)).fetchall()
        assert rows, f"promise in {item['message_id']} not detected"
        assert any(due and due >= item["due"] for due, _ in rows)
    kept = demo["truth"]["kept_promises"]
    detected = sum(1 for item in kept if conn.execute(
        "SELECT 1 FROM promises p JOIN messages m ON m.id = p.message_id WHERE m.message_id = ?",
        (item["message_id"],)).fetchone())
    assert detected / len(kept) >= 0.9, f"{detected} of {len(kept)} kept promises detected"


def test_automated_mail_is_never_a_contact(demo: dict[str, Any]) -> None:
    conn = demo["conn"]
    automated = conn.execute("SELECT count(DISTINCT message_key) FROM messages WHERE direction = 'auto'"
                             ).fetchone()[0]
    assert automated == demo["truth"]["automated_messages"]
    assert conn.execute("SELECT count(*) FROM contacts c JOIN messages m ON m.id = c.message_id"
                        " WHERE m.direction = 'auto'").fetchone()[0] == 0


def test_plan_fact_matches_generated_plans_and_sales(demo: dict[str, Any]) -> None:
    from reports.api import plan_fact

    settings = config.load(demo["out"] / "dealtrail.toml")
    db = open_db(demo["out"] / "dealtrail.db")
    truth = demo["truth"]
    with clock.freeze(clock.parse_iso(truth["as_of"])):
        for month in ("2026-09", "2026-10", "2026-11"):
            report = plan_fact(db, settings, month)
            by_manager = {r["key"]: r for r in report["rows"] if r["level"] == "manager"}
            company = next(r for r in report["rows"] if r["level"] == "company")
            for email, plan in truth["plan"][month]["plan_minor"].items():
                assert by_manager[email]["plan"] == plan, (month, email)
                assert by_manager[email]["fact"] == truth["plan"][month]["fact_minor"].get(email, 0), \
                    (month, email)
            assert company["fact"] == sum(r["fact"] for r in by_manager.values())
            assert company["plan"] == sum(truth["plan"][month]["plan_minor"].values())
    db.conn.close()


def test_tag_commands_update_deals_and_spoofing_is_rejected(demo: dict[str, Any]) -> None:
    conn = demo["conn"]
    for update in demo["truth"]["tag_updates"]:
        # The deal was inferred from the mail; the tag reply found it by its client.
        deal_id, value = conn.execute(
            f"SELECT d.id, d.{update['field']} FROM deals d JOIN client_domains cd"
            " ON cd.client_id = d.client_id JOIN managers m ON m.id = d.manager_id"
            " WHERE cd.domain = ? AND m.email = ?", (update["client"], update["manager"])).fetchone()
        assert value == update["value"], update
        assert conn.execute("SELECT count(*) FROM deal_history WHERE deal_id = ? AND source = 'tag'",
                            (deal_id,)).fetchone()[0] >= 1
    for rejected in demo["truth"]["tag_rejected"]:
        status = conn.execute("SELECT status FROM tag_commands WHERE message_key = ?",
                              (rejected["message_id"],)).fetchone()
        assert status == ("rejected",)


def test_reindex_with_no_new_mail_changes_nothing_and_is_fast(demo: dict[str, Any]) -> None:
    from indexer.sync import sync_all

    settings = config.load(demo["out"] / "dealtrail.toml")
    db = open_db(demo["out"] / "dealtrail.db")
    tables = ("messages", "threads", "contacts", "promises", "deals", "events", "complaints")
    before = {t: db.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in tables}
    with clock.freeze(clock.parse_iso(demo["truth"]["as_of"])):
        started = time.monotonic()
        reports = sync_all(db, settings)
        elapsed = time.monotonic() - started
    assert all(r.added == 0 and r.updated == 0 and r.events == 0 and not r.error for r in reports)
    assert elapsed < 1.0, f"no-change re-index took {elapsed:.2f}s"
    after = {t: db.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in tables}
    assert after == before
    db.conn.close()


def test_the_demo_call_log_is_imported_and_every_answered_call_is_a_contact(
        demo: dict[str, Any]) -> None:
    planted = demo["truth"]["calls"]
    conn = demo["conn"]
    assert conn.execute("SELECT COUNT(*) FROM calls WHERE client_id IS NOT NULL").fetchone()[0] \
        == planted["rows"] > 0
    assert conn.execute("SELECT COUNT(*) FROM contacts WHERE channel = 'call'").fetchone()[0] \
        == planted["answered"] > 0
    # Workload counts them, a column of its own.
    from demo.generate import AS_OF
    from reports.workload import workload

    settings = config.load(demo["out"] / "dealtrail.toml")
    db = open_db(demo["out"] / "dealtrail.db", migrate=False)
    try:
        rows = workload(db, settings, as_of=AS_OF)
    finally:
        db.conn.close()
    assert sum(r["calls_per_day"] for r in rows) > 0


def test_the_demo_crm_export_merges_into_the_deals_found_in_the_mail(
        demo: dict[str, Any], tmp_path: Any) -> None:
    import shutil

    from reports.crm import import_deals

    copy = tmp_path / "copy.db"
    shutil.copy(demo["out"] / "dealtrail.db", copy)   # the other tests read the demo's own
    if (demo["out"] / "dealtrail.db-wal").exists():
        shutil.copy(demo["out"] / "dealtrail.db-wal", tmp_path / "copy.db-wal")
    settings = config.load(demo["out"] / "dealtrail.toml")
    db = open_db(copy, migrate=False)
    try:
        before = db.conn.execute("SELECT COUNT(*) FROM deals").fetchone()[0]
        done = import_deals(db, settings, demo["out"] / "crm-export.csv")
        assert (done["created"], done["merged"]) == (0, len(demo["truth"]["crm_example"])) == (0, 3)
        assert db.conn.execute("SELECT COUNT(*) FROM deals").fetchone()[0] == before
        merged = db.conn.execute("SELECT c.name FROM deals d JOIN clients c ON c.id = d.client_id"
                                 " WHERE d.external_id IS NOT NULL ORDER BY d.external_id")
        assert [r[0] for r in merged] == demo["truth"]["crm_example"]
    finally:
        db.conn.close()


@pytest.mark.parametrize("width", [80, 120])
def test_the_five_answers_keep_every_name_readable_in_a_narrow_terminal(demo: dict[str, Any],
                                                                         width: int) -> None:
    import io

    from rich.cells import cell_len
    from rich.console import Console

    import indexer  # noqa: F401  (registers the demo's mailbox kinds before the config loads)
    from demo.generate import AS_OF
    from reports.render import print_five_answers

    settings = config.load(demo["out"] / "dealtrail.toml")
    db = open_db(settings.database_path)
    console = Console(file=io.StringIO(), width=width)
    with clock.freeze(AS_OF):
        print_five_answers(db, settings, console)
    db.conn.close()
    lines = console.file.getvalue().splitlines()
    assert max(cell_len(line) for line in lines) <= width
    managers = [m.name for m in settings.managers if m.role != "admin"]
    clients = [r[0] for r in demo["conn"].execute(
        "SELECT DISTINCT c.name FROM deals d JOIN clients c ON c.id = d.client_id"
        " WHERE d.stage NOT IN ('won', 'lost')")]
    assert managers and clients
    for name in managers + clients:           # whole, on one line of some table row
        assert any(name in line for line in lines), name
