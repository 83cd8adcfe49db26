"""Retention purge and erasure on the demo bank indexed at the full tier.

The raw database files (and the digest files on disk) are searched for the
removed text; the facts past reports are made of must not change.
"""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from dealtrail import clock
from dealtrail import config as config_mod
from dealtrail.cli import cli
from dealtrail.privacy import forget, purge_text
from dealtrail.store import open_db
from demo import company as co
from demo.generate import generate
from demo.run import AS_OF
from indexer.runner import index_configured
from reports.digest import write_digest_files


def raw_files(db_path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(db_path.parent.glob(db_path.name + "*")))


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A fully indexed demo bank at the full tier, with its digests on disk; copied per test."""
    out = tmp_path_factory.mktemp("bank")
    config_path = generate(out)
    with clock.freeze(AS_OF):
        settings = config_mod.load(config_path, overrides={"privacy": {"tier": "full"}})
        report = index_configured(settings, settings.database_path, progress=False)
        assert [r.error for r in report.syncs if r.error] == []
        db = open_db(settings.database_path)
        write_digest_files(db, settings, settings.path(settings.digest.out_dir))
        db.conn.close()
    return out, config_path


@pytest.fixture
def copy(bank: tuple[Path, Path], tmp_path: Path) -> tuple[Any, Path]:
    out, config_path = bank
    target = tmp_path / "bank"
    shutil.copytree(out, target)
    settings = config_mod.load(target / config_path.name, overrides={"privacy": {"tier": "full"}})
    return settings, settings.database_path


def facts(db_path: Path) -> dict[str, list[tuple]]:
    """What reports for past periods are computed from."""
    conn = sqlite3.connect(db_path)
    found = {
        "messages": list(conn.execute(
            "SELECT message_id, sent_at, direction, client_id, manager_id, thread_id FROM messages")),
        "promises": list(conn.execute(
            "SELECT message_id, party, action, made_at, due_at, status FROM promises")),
        "violations": list(conn.execute(
            "SELECT rule, status, client_id, manager_id, due_at FROM violations")),
        "deals": list(conn.execute(
            "SELECT client_id, stage, amount_minor, next_contact_at, status FROM deals")),
        "contacts": list(conn.execute("SELECT key, at, channel FROM contacts")),
        "complaints": list(conn.execute("SELECT key, client_id, opened_at, status FROM complaints")),
    }
    conn.close()
    return {k: sorted(v, key=repr) for k, v in found.items()}


def texts(db_path: Path) -> tuple[set[str], set[str]]:
    """(body lines of the new text, sentences kept as evidence)."""
    conn = sqlite3.connect(db_path)
    body = {line.strip() for (t,) in conn.execute("SELECT new_text FROM messages")
            for line in t.splitlines() if len(line.strip()) > 40}
    quoted = {r[0] for r in conn.execute(
        "SELECT text FROM promises UNION SELECT text FROM complaints UNION SELECT text FROM"
        " deal_signals") if len(r[0]) > 25}
    conn.close()
    return body, quoted


def test_purge_removes_text_from_every_file_and_keeps_the_facts(copy: tuple[Any, Path]) -> None:
    settings, db_path = copy
    body, quoted = texts(db_path)
    assert len(body) > 50 and len(quoted) > 20
    before = facts(db_path)
    conn = sqlite3.connect(db_path)
    # a correction label keeps the complaint sentence it corrected: it must go with the text
    conn.execute("INSERT INTO labels (kind, sentence, lang, actor_email, source, source_ref,"
                 " target, created_at) SELECT 'not_complaint', text, 'ru', 'head@x', 'tag', 'x',"
                 " 'C-' || id, '2026-11-01T00:00:00Z' FROM complaints WHERE text != '' LIMIT 1")
    labelled = conn.execute("SELECT sentence FROM labels").fetchone()[0]
    conn.commit()
    conn.close()
    assert labelled in quoted
    result = CliRunner().invoke(cli, ["--config", str(settings.base_dir / "dealtrail.toml"),
                                      "purge", "--before", (AS_OF + timedelta(days=1)).strftime("%Y-%m-%d")])
    assert result.exit_code == 0, result.output
    assert "text removed from" in result.output
    raw = raw_files(db_path)
    assert [s for s in body | quoted if s.encode() in raw] == []
    assert facts(db_path) == before
    conn = sqlite3.connect(db_path)
    word = sorted(body)[0].split()[0]
    assert conn.execute("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH ?",
                        (f'new_text:"{word}"',)).fetchone()[0] == 0
    conn.close()


def test_purge_before_a_date_keeps_later_text(copy: tuple[Any, Path]) -> None:
    settings, db_path = copy
    conn = sqlite3.connect(db_path)
    middle = conn.execute("SELECT sent_at FROM messages ORDER BY sent_at LIMIT 1 OFFSET"
                          " (SELECT count(*) / 2 FROM messages)").fetchone()[0]
    later = {r[0] for r in conn.execute(
        "SELECT new_text FROM messages WHERE sent_at >= ? AND length(new_text) > 40", (middle,))}
    conn.close()
    db = open_db(db_path)
    try:
        assert purge_text(db, clock.parse_iso(middle)).messages > 0
        assert purge_text(db, clock.parse_iso(middle)).messages == 0     # nothing left to do
        kept = {r[0] for r in db.conn.execute(
            "SELECT new_text FROM messages WHERE sent_at >= ? AND length(new_text) > 40", (middle,))}
        gone = db.conn.execute("SELECT count(*) FROM messages WHERE sent_at < ? AND new_text != ''",
                               (middle,)).fetchone()[0]
    finally:
        db.conn.close()
    assert kept == later and gone == 0


def test_forget_a_client_removes_every_trace_and_records_no_name(copy: tuple[Any, Path]) -> None:
    settings, db_path = copy
    name, domain, person, local = co.CLIENTS_EN[0]
    digest_dir = settings.path(settings.digest.out_dir)
    assert any(domain.encode() in p.read_bytes() or name.encode() in p.read_bytes()
               for p in digest_dir.iterdir())
    assert domain.encode() in raw_files(db_path)
    others_before = facts(db_path)["deals"]
    db = open_db(db_path)
    try:
        client_id = db.conn.execute("SELECT id FROM clients WHERE name = ?", (name,)).fetchone()[0]
        # a correction someone made about this client keeps the client's own sentence
        label = "Correction label sentence that quotes the client verbatim"
        db.conn.execute(
            "INSERT INTO labels (kind, sentence, lang, actor_email, source, source_ref, target,"
            " created_at) SELECT 'not_complaint', ?, 'en', ?, 'tag', 'x', 'V-' || id, ?"
            " FROM violations WHERE client_id = ? LIMIT 1",
            (label, settings.managers[0].email, clock.iso(clock.now()), client_id))
        assert db.conn.execute("SELECT count(*) FROM labels").fetchone()[0] == 1
        db.conn.commit()
        report = forget(db, settings, client=domain)
        erasures = db.conn.execute("SELECT * FROM erasures").fetchall()
    finally:
        db.conn.close()
    assert report.rows > 10 and report.files
    raw = raw_files(db_path)
    for needle in (domain, name, person, f"{local}@{domain}", label):
        assert needle.encode() not in raw, needle
    for path in digest_dir.iterdir():
        assert domain.encode() not in path.read_bytes() and name.encode() not in path.read_bytes()
    assert len(erasures) == 1
    assert not any(domain in str(v) or name in str(v) for v in erasures[0])
    assert [d for d in others_before if d[0] != client_id] == facts(db_path)["deals"]


def test_forget_an_address_removes_the_person(copy: tuple[Any, Path]) -> None:
    settings, db_path = copy
    _, domain, person, local = co.FREEMAIL_CLIENTS[1]
    address = f"{local}@{domain}"
    assert address.encode() in raw_files(db_path)
    backup = db_path.with_name(db_path.name + ".bak-m099_example")
    shutil.copy2(db_path, backup)
    result = CliRunner().invoke(cli, ["--config", str(settings.base_dir / "dealtrail.toml"),
                                      "forget", "--address", address])
    assert result.exit_code == 0, result.output
    raw = raw_files(db_path)
    assert address.encode() not in raw and person.encode() not in raw
    assert not backup.exists() and "1 pre-migration backups" in result.output


def test_forget_names_exactly_one_scope(copy: tuple[Any, Path]) -> None:
    settings, _ = copy
    result = CliRunner().invoke(cli, ["--config", str(settings.base_dir / "dealtrail.toml"),
                                      "forget"])
    assert result.exit_code != 0 and "exactly one of --client or --address" in result.output


def test_dealtrail_run_purges_each_tier_after_its_days(copy: tuple[Any, Path]) -> None:
    from reports.scheduler import PLANNERS, build_scheduler

    settings, db_path = copy
    assert "purge" not in [j.id for j in build_scheduler(settings, db_path).get_jobs()]
    kept = dataclasses.replace(settings.privacy, text_days={"full": 30, "facts": 0})
    settings = dataclasses.replace(settings, privacy=kept)
    jobs = [j for plan in PLANNERS for j in plan(settings, db_path, AS_OF) if j.id == "purge"]
    assert len(jobs) == 1
    with clock.freeze(AS_OF):
        jobs[0].func(*jobs[0].args)
    conn = sqlite3.connect(db_path)
    old, recent = conn.execute(
        "SELECT sum(sent_at < :cut AND new_text != ''), sum(sent_at >= :cut AND new_text != '')"
        " FROM messages", {"cut": clock.iso(AS_OF - timedelta(days=30))}).fetchone()
    status = conn.execute("SELECT status, summary FROM job_runs WHERE job = 'purge'").fetchone()
    conn.close()
    assert old == 0 and recent > 0
    assert status[0] == "ok" and "text removed from" in status[1]


def test_forget_finds_a_client_by_its_russian_name_in_any_case_and_no_other(db: Any,
                                                                            settings: Any) -> None:
    """SQLite's lower() folds only ASCII, so «ромашка» found no Ромашка; a looser match
    (another legal form of the name) is never erased."""
    for name in ("Ромашка", "АО «Ромашка»"):
        db.conn.execute("INSERT INTO clients (name, key, created_at) VALUES (?, ?, ?)",
                        (name, f"name:{name}", "2026-12-01T00:00:00+00:00"))
    db.conn.commit()
    forget(db, settings, client="ромашка")
    assert [r[0] for r in db.conn.execute("SELECT name FROM clients")] == ["АО «Ромашка»"]
