"""The access audit: one entry per API call and per CLI report, a hash chain that shows a
removed or edited entry even after the append-only triggers are dropped."""

from __future__ import annotations

import getpass
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from addin.app import create_app
from dealtrail import audit
from dealtrail.store import open_db, rows
from tests.fixtures.browser import Bank, bank_settings, bearer, seed_bank
from tests.test_reports_render_cli import CONFIG


@pytest.fixture
def bank(tmp_path: Path) -> Bank:
    return seed_bank(tmp_path / "bank.db", bank_settings())


def audit_rows(db_path: Path) -> list[dict[str, Any]]:
    db = open_db(db_path, migrate=False)
    try:
        return rows(db, "SELECT * FROM access_audit ORDER BY id")
    finally:
        db.conn.close()


def dealtrail(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dealtrail", *args], capture_output=True,
                          text=True, timeout=120)


def test_every_api_call_writes_one_entry_naming_who_what_client_and_source(bank: Bank) -> None:
    http = TestClient(create_app(bank_settings(), bank.db_path), base_url="https://localhost:8443")
    anna, head = bearer(bank.tokens["anna"]), bearer(bank.tokens["head"])
    before = len(audit_rows(bank.db_path))
    calls = [
        http.get("/api/me", headers=anna),
        http.get("/api/pane?email=ivan@alpha.ru", headers=anna),
        http.get(f"/api/clients/{bank.clients['alpha']}", headers=anna),
        http.get(f"/api/clients/{bank.clients['beta']}", headers=anna),        # not hers: 404
        http.get("/api/dashboard/issues?period=2026-11", headers=head),
        http.get("/api/team", headers={"Authorization": "Bearer dt_not-a-token"}),  # 401
        http.post(f"/api/deals/{bank.deals['alpha']}/note", headers=anna,
                  json={"text": "Confidential: client asked for 4.5% rate"}),
    ]
    assert [c.status_code for c in calls] == [200, 200, 200, 404, 200, 401, 200]
    logged = audit_rows(bank.db_path)[before:]
    assert len(logged) == len(calls)
    by_action = [(e["actor"], e["action"], e["client_id"], e["status"]) for e in logged]
    assert by_action == [
        ("anna@testbank.ru", "GET /api/me", None, 200),
        ("anna@testbank.ru", "GET /api/pane", bank.clients["alpha"], 200),
        ("anna@testbank.ru", "GET /api/clients/{client_id:int}", bank.clients["alpha"], 200),
        ("anna@testbank.ru", "GET /api/clients/{client_id:int}", bank.clients["beta"], 404),
        ("head@testbank.ru", "GET /api/dashboard/{section}", None, 200),
        ("-", "GET /api/team", None, 401),
        ("anna@testbank.ru", "POST /api/deals/{deal_id:int}/note", bank.clients["alpha"], 200),
    ]
    assert {e["channel"] for e in logged} == {"api"}
    assert {e["source"] for e in logged} == {"testclient"}     # the TCP peer of the test client
    assert '"section":"issues"' in logged[4]["detail"] and '"period":"2026-11"' in logged[4]["detail"]
    # ids and report options only: never the text a person sent, nor the addresses asked about
    for entry in logged:
        assert "Confidential" not in str(entry) and "ivan@alpha.ru" not in str(entry)
    db = open_db(bank.db_path, migrate=False)
    assert audit.verify(db).ok
    db.conn.close()


def test_a_cli_report_writes_an_entry_with_the_os_user(tmp_path: Path) -> None:
    config = tmp_path / "dealtrail.toml"
    config.write_text(CONFIG, encoding="utf-8")
    done = dealtrail("--config", str(config), "report", "violations", "--period", "2026-11",
                     "--format", "json")
    assert done.returncode == 0, done.stderr
    logged = audit_rows(tmp_path / "dealtrail.db")
    assert [(e["actor"], e["channel"], e["source"], e["action"]) for e in logged] == [
        (getpass.getuser(), "cli", "cli", "report violations")]
    assert logged[0]["detail"] == '{"period":"2026-11"}'
    shown = dealtrail("--db", str(tmp_path / "dealtrail.db"), "audit", "--person",
                      getpass.getuser())
    assert shown.returncode == 0 and "report violations" in shown.stdout


def _chain(db_path: Path, n: int = 5) -> None:
    db = open_db(db_path)
    for i in range(n):
        audit.record(db, actor=f"p{i}@testbank.ru", channel="api", source="10.0.0.1",
                     action="GET /api/me", status=200)
    db.conn.close()


def _tamper(db_path: Path, sql: str) -> None:
    """What a database owner can do: drop the triggers, then change rows."""
    conn = sqlite3.connect(db_path)
    conn.executescript("DROP TRIGGER access_audit_no_update; DROP TRIGGER access_audit_no_delete;"
                       + sql)
    conn.close()


def test_the_log_refuses_update_and_delete(tmp_path: Path) -> None:
    _chain(tmp_path / "a.db")
    conn = sqlite3.connect(tmp_path / "a.db")
    for sql in ("UPDATE access_audit SET actor = 'x' WHERE id = 2", "DELETE FROM access_audit"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute(sql)
    conn.close()


def test_verify_passes_on_an_untouched_log_and_prints_its_head(tmp_path: Path) -> None:
    _chain(tmp_path / "a.db")
    done = dealtrail("--db", str(tmp_path / "a.db"), "audit", "--verify")
    assert done.returncode == 0, done.stderr
    assert "ok: 5 entries; newest #5 hash" in done.stdout


@pytest.mark.parametrize("sql, bad", [
    ("DELETE FROM access_audit WHERE id = 3;", "#4: entry #3 before it was removed"),
    ("UPDATE access_audit SET actor = 'someone@else' WHERE id = 2;", "#2: its content was changed"),
    # an edit that recomputes the entry's own hash still breaks the next link
    ("UPDATE access_audit SET status = 404 WHERE id = 2;"
     "UPDATE access_audit SET hash = '{rehash}' WHERE id = 2;", "#3: it does not follow"),
    ("DELETE FROM access_audit WHERE id >= 4;", "#4: entries #4..#5 at the end were removed"),
])
def test_verify_names_the_first_removed_or_edited_entry(tmp_path: Path, sql: str, bad: str) -> None:
    path = tmp_path / "a.db"
    _chain(path)
    if "{rehash}" in sql:
        db = open_db(path, migrate=False)
        entry = rows(db, "SELECT * FROM access_audit WHERE id = 2")[0]
        db.conn.close()
        sql = sql.replace("{rehash}", audit.entry_hash({**entry, "status": 404}))
    _tamper(path, sql)
    done = dealtrail("--db", str(path), "audit", "--verify")
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert lines == [f"access audit broken at entry {bad}" + lines[0].split(bad, 1)[1]]


def test_verify_with_a_written_down_head_catches_a_rewritten_chain(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    _chain(path)
    db = open_db(path, migrate=False)
    head = audit.verify(db)
    db.conn.close()
    # The owner rewrites everything consistently: new content, every hash recomputed.
    _tamper(path, "UPDATE access_audit SET actor = 'nobody';")
    db = open_db(path, migrate=False)
    prev = audit.GENESIS
    for entry in rows(db, "SELECT * FROM access_audit ORDER BY id"):
        entry["prev_hash"] = prev
        prev = audit.entry_hash(entry)
        db.conn.execute("UPDATE access_audit SET prev_hash = ?, hash = ? WHERE id = ?",
                        (entry["prev_hash"], prev, entry["id"]))
    assert audit.verify(db).ok                    # the chain alone cannot tell
    db.conn.close()
    done = dealtrail("--db", str(path), "audit", "--verify", "--expect",
                     f"{head.head_id}:{head.head_hash}")
    assert done.returncode == 1
    assert "entry #5: its hash differs from the one written down" in done.stderr


def test_only_an_administrator_reads_the_audit_through_the_api(bank: Bank) -> None:
    http = TestClient(create_app(bank_settings(), bank.db_path), base_url="https://localhost:8443")
    http.get("/api/me", headers=bearer(bank.tokens["anna"]))
    for who in ("head", "anna"):
        refused = http.get("/api/dashboard/audit", headers=bearer(bank.tokens[who]))
        assert refused.status_code == 403
    shown = http.get("/api/dashboard/audit?person=anna@testbank.ru",
                     headers=bearer(bank.tokens["admin"]))
    assert shown.status_code == 200
    # newest first; her refused try at the audit is in it too
    assert [(e["action"], e["status"]) for e in shown.json()["data"]] == [
        ("GET /api/dashboard/{section}", 403), ("GET /api/me", 200)]
    bad = http.get("/api/dashboard/audit?since=yesterday", headers=bearer(bank.tokens["admin"]))
    assert bad.status_code == 400 and "since 'yesterday' is not a date" in bad.json()["error"]


def test_the_dashboard_shows_the_audit_to_the_administrator_only(browser: Any,
                                                                 live_app: Any) -> None:
    from playwright.sync_api import expect

    from tests.fixtures.browser import new_context

    for who, shown in (("admin", True), ("head", False)):
        context = new_context(browser, token=live_app.bank.tokens[who], width=1280)
        page = context.new_page()
        page.goto(f"{live_app.url}/dashboard")
        expect(page.locator("#board")).to_contain_text("Alpha Leasing LLC")
        if shown:
            expect(page.locator("#panel-audit")).to_contain_text("GET /api/dashboard/{section}")
            expect(page.locator("#panel-audit")).to_contain_text("root@testbank.ru")
        else:
            expect(page.locator("#panel-audit")).to_have_count(0)
        context.close()


def test_a_manager_sees_their_violation_on_a_client_of_someone_else_as_the_head_does(
        bank: Bank) -> None:
    """Anna broke a deadline with Ben's client: she opens that client and sees the violation,
    described as the head sees it, but still none of Ben's deals."""
    db = open_db(bank.db_path, migrate=False)
    db.conn.execute(
        "INSERT INTO violations (rule, key, manager_id, client_id, severity, summary, detected_at)"
        " VALUES ('no_reply', 'no_reply:beta:anna', ?, ?, 'high', 'Beta asked Anna; no reply',"
        " '2026-12-01T09:00:00+00:00')", (bank.managers["anna"], bank.clients["beta"]))
    db.conn.close()
    http = TestClient(create_app(bank_settings(), bank.db_path), base_url="https://localhost:8443")
    beta = f"/api/clients/{bank.clients['beta']}"
    mine = http.get(beta, headers=bearer(bank.tokens["anna"]))
    assert mine.status_code == 200
    head = http.get(beta, headers=bearer(bank.tokens["head"])).json()

    def anna_violations(card: dict[str, Any]) -> list[dict[str, Any]]:
        return [v for v in card["violations"] if v["manager_name"] == "Anna Petrova"]

    assert anna_violations(mine.json()) == anna_violations(head) != []
    assert mine.json()["deals"] == [] and head["deals"] != []


def test_every_api_route_is_audited_once_per_call(bank: Bank) -> None:
    """Walks the app's own route table, so a route added later is covered without a new test."""
    from starlette.routing import Route

    app = create_app(bank_settings(), bank.db_path)
    http = TestClient(app, base_url="https://localhost:8443")
    ids = {"client_id": str(bank.clients["alpha"]), "deal_id": str(bank.deals["alpha"]),
           "section": "issues"}
    db = open_db(bank.db_path)
    for name, table in (("message_id", "messages"), ("violation_id", "violations"),
                        ("complaint_id", "complaints")):
        ids[name] = str(db.conn.execute(f"SELECT min(id) FROM {table}").fetchone()[0])
    db.conn.close()
    routes = [r for r in app.routes if isinstance(r, Route) and r.path.startswith("/api/")]
    assert len(routes) >= 15
    for route in routes:
        path = route.path
        for name, value in ids.items():
            path = path.replace(f"{{{name}:int}}", value).replace(f"{{{name}}}", value)
        assert "{" not in path, f"{route.path}: give this test an id for its parameter"
        method = "POST" if "POST" in (route.methods or ()) else "GET"
        before = len(audit_rows(bank.db_path))
        answer = http.request(method, path, headers=bearer(bank.tokens["head"]),
                              json={} if method == "POST" else None)
        logged = audit_rows(bank.db_path)[before:]
        assert [(e["action"], e["status"]) for e in logged] == [
            (f"{method} {route.path}", answer.status_code)], path
        if answer.status_code == 200 and any(
                k in route.path for k in ("message_id", "violation_id", "complaint_id")):
            assert logged[0]["client_id"] is not None, path     # the client the evidence is of
        if answer.status_code == 200 and any(k in route.path for k in ("client_id", "deal_id")):
            assert logged[0]["client_id"] == bank.clients["alpha"], path


def test_pairing_attempts_are_audited_until_the_address_is_throttled(bank: Bank) -> None:
    from addin import limits

    http = TestClient(create_app(bank_settings(), bank.db_path), base_url="https://localhost:8443")
    allowed = limits.PAIR_ATTEMPTS[0]
    before = len(audit_rows(bank.db_path))
    statuses = [http.post("/api/pair", json={"code": f"wrong-{n}"}).status_code
                for n in range(allowed + 3)]
    assert statuses[-1] == 429 and statuses.count(429) == 3
    logged = audit_rows(bank.db_path)[before:]
    assert len(logged) == allowed
    assert {(e["actor"], e["action"]) for e in logged} == {("-", "POST /api/pair")}
    assert all("wrong-" not in str(e) for e in logged)          # the code tried is not kept


def test_the_audit_listing_keeps_control_characters_of_a_client_name_off_the_terminal(
        bank: Bank) -> None:
    db = open_db(bank.db_path, migrate=False)
    db.conn.execute("UPDATE clients SET name = ? WHERE id = ?",
                    ("Evil\x1b[2J\x1b]0;pwned\x07 Ltd", bank.clients["alpha"]))
    audit.record(db, actor="anna@testbank.ru", channel="api", source="10.0.0.1",
                 action="GET /api/clients/{client_id:int}", client_id=bank.clients["alpha"],
                 status=200)
    db.conn.close()
    shown = dealtrail("--db", str(bank.db_path), "audit", "--client", str(bank.clients["alpha"]))
    assert shown.returncode == 0, shown.stderr
    assert "Evil?[2J?]0;pwned? Ltd" in shown.stdout and "\x1b" not in shown.stdout


def test_the_audit_finds_a_client_by_a_russian_name_in_any_case(db: Any) -> None:
    """SQLite's lower() folds only ASCII: «ромашка» finds Ромашка (dealtrail.addresses)."""
    client = db.conn.execute("INSERT INTO clients (name, key, created_at) VALUES"
                             " ('Ромашка', 'domain:romashka.ru', '2026-12-01')").lastrowid
    audit.record(db, actor="anna@testbank.ru", channel="api", source="10.0.0.1",
                 action="GET /api/clients/{client_id:int}", client_id=client, status=200)
    for named in ("Ромашка", "ромашка", "Domain:romashka.ru"):
        assert [e["client_id"] for e in audit.entries(db, client=named)] == [client], named
