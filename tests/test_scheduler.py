"""The scheduler: jobs per mailbox and per time zone, job records, and `dealtrail run` as a process."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from dealtrail.store import open_db, rows
from reports import scheduler
from tests.test_digest import AS_OF, digest_settings, seed

REPO = Path(__file__).resolve().parents[1]
# The installed entry point, without depending on where the venv's scripts are.
DEALTRAIL = [sys.executable, "-c", "from dealtrail.cli import main; main()"]


def maildir(path: Path) -> Path:
    for sub in ("cur", "new", "tmp"):
        (path / sub).mkdir(parents=True, exist_ok=True)
    return path


def test_one_digest_trigger_per_time_zone_at_local_send_time(tmp_path):
    settings = digest_settings(digest={"sender": "d@testbank.ru", "send_at": "08:30"})
    sched = scheduler.build_scheduler(settings, tmp_path / "db.sqlite")
    jobs = {j.id: j for j in sched.get_jobs()}
    assert set(jobs) == {"digest:Europe/Berlin", "digest:Europe/Moscow"}
    assert jobs["digest:Europe/Moscow"].args[2] == ["head@testbank.ru", "anna@testbank.ru"]
    assert jobs["digest:Europe/Berlin"].args[2] == ["ben@testbank.ru"]
    start = datetime(2026, 11, 26, 0, 0, tzinfo=UTC)
    for zone in ("Europe/Berlin", "Europe/Moscow"):
        fire = jobs[f"digest:{zone}"].trigger.get_next_fire_time(None, start)
        local = fire.astimezone(ZoneInfo(zone))
        assert (local.date().isoformat(), local.hour, local.minute) == ("2026-11-26", 8, 30)
    moscow = jobs["digest:Europe/Moscow"].trigger.get_next_fire_time(None, start)
    berlin = jobs["digest:Europe/Berlin"].trigger.get_next_fire_time(None, start)
    assert (berlin - moscow).total_seconds() == 2 * 3600


def test_each_mailbox_is_indexed_on_an_interval_never_twice_at_once(tmp_path):
    settings = digest_settings(
        mailboxes=[{"name": "anna-mail", "kind": "maildir", "owner": "anna@testbank.ru",
                    "path": str(maildir(tmp_path / "anna"))},
                   {"name": "off", "kind": "maildir", "owner": "ben@testbank.ru",
                    "path": str(tmp_path / "ben"), "enabled": False}],
        schedule={"index_every_minutes": 7, "jitter_seconds": 30})
    jobs = {j.id: j for j in scheduler.build_scheduler(settings, tmp_path / "db").get_jobs()}
    assert "index:anna-mail" in jobs and "index:off" not in jobs and "rules" in jobs
    index = jobs["index:anna-mail"]
    assert index.max_instances == 1 and index.coalesce
    assert index.trigger.interval.total_seconds() == 7 * 60 and index.trigger.jitter == 30


def test_catch_up_sends_only_zones_whose_time_passed_recently():
    settings = digest_settings(digest={"sender": "d@testbank.ru", "send_at": "08:30"})
    # 06:00 UTC: 09:00 in Moscow (30 min late), 07:00 in Berlin (not yet).
    assert scheduler.catch_up_zones(settings, AS_OF) == ["Europe/Moscow"]
    assert scheduler.catch_up_zones(settings, AS_OF.replace(hour=20)) == []


def test_digest_job_sends_and_records_a_job_run(db_path, smtp):
    settings = digest_settings(smtp=smtp.config("starttls"))
    db = open_db(db_path)
    seed(db, settings)
    os.environ["DEALTRAIL_NOW"] = AS_OF.isoformat()
    try:
        scheduler.digest_job(settings, db_path, ["ben@testbank.ru"], "Europe/Berlin")
    finally:
        del os.environ["DEALTRAIL_NOW"]
    assert [m.rcpt_tos for m in smtp.messages] == [["ben@testbank.ru"]]
    runs = scheduler.last_runs(db)
    assert [(r["job"], r["status"]) for r in runs] == [("digest:Europe/Berlin", "ok")]
    assert runs[0]["summary"].startswith("sent 1,")


def test_a_failing_digest_job_is_recorded_as_failed_and_does_not_raise(db_path, monkeypatch):
    monkeypatch.setattr("dealtrail.mailer.DEFAULT_BACKOFF", 0.01)
    settings = digest_settings(smtp={"host": "127.0.0.1", "port": 1, "timeout": 1.0})
    db = open_db(db_path)
    seed(db, settings)
    os.environ["DEALTRAIL_NOW"] = AS_OF.isoformat()
    try:
        scheduler.digest_job(settings, db_path, ["anna@testbank.ru"], "Europe/Moscow")
    finally:
        del os.environ["DEALTRAIL_NOW"]
    run = scheduler.last_runs(db)[0]
    assert run["status"] == "failed" and "127.0.0.1:1" in run["summary"]


def _config(tmp_path: Path, smtp: Any) -> Path:
    box = maildir(tmp_path / "anna-mail")
    cfg = tmp_path / "dealtrail.toml"
    cfg.write_text(f"""
database = "{tmp_path / 'dealtrail.db'}"

[company]
name = "Test Bank"
internal_domains = ["testbank.ru"]
timezone = "Europe/Moscow"

[[managers]]
email = "head@testbank.ru"
name = "Olga Head"
role = "head"
timezone = "Europe/Moscow"

[[managers]]
email = "anna@testbank.ru"
name = "Anna Petrova"
timezone = "Europe/Moscow"

[[managers]]
email = "ben@testbank.ru"
name = "Ben Miller"
timezone = "America/New_York"
locale = "en"

[[mailboxes]]
name = "anna-mail"
kind = "maildir"
owner = "anna@testbank.ru"
path = "{box}"

[schedule]
index_every_minutes = 10
jitter_seconds = 0

[digest]
sender = "dealtrail@testbank.ru"
send_at = "08:30"

[smtp]
host = "{smtp.host}"
port = {smtp.port}
security = "starttls"
ca_file = "{smtp.ca_file}"
""", encoding="utf-8")
    return cfg


def _lines(stream: Any, out: queue.Queue[str]) -> None:
    for line in iter(stream.readline, ""):
        out.put(line)


def _wait_for(lines: queue.Queue[str], seen: list[str], needle: str, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(needle in line for line in seen):
            return True
        try:
            seen.append(lines.get(timeout=0.2))
        except queue.Empty:
            pass
    return any(needle in line for line in seen)


def test_dealtrail_run_schedules_per_time_zone_indexes_and_stops_on_sigterm(tmp_path, smtp):
    cfg = _config(tmp_path, smtp)
    env = {**os.environ, "DEALTRAIL_LOG": "INFO"}
    env.pop("DEALTRAIL_NOW", None)
    proc = subprocess.Popen([*DEALTRAIL, "--config", str(cfg), "run"],
                            cwd=REPO, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            text=True)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=_lines, args=(proc.stderr, lines), daemon=True).start()
    seen: list[str] = []
    try:
        assert _wait_for(lines, seen, "scheduler started", 30), "".join(seen)
        assert _wait_for(lines, seen, "job=index:anna-mail", 30), "".join(seen)
        log = "".join(seen)
        assert "scheduled digest:America/New_York" in log
        assert "scheduled digest:Europe/Moscow" in log
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=20) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    while not lines.empty():
        seen.append(lines.get())
    assert "received SIGTERM" in "".join(seen) and "scheduler stopped" in "".join(seen)

    status = subprocess.run([*DEALTRAIL, "--config", str(cfg), "status"], cwd=REPO, env=env, capture_output=True, text=True,
                            timeout=60)
    assert status.returncode == 0, status.stderr
    assert "index:anna-mail" in status.stdout
    db = open_db(tmp_path / "dealtrail.db")
    assert rows(db, "SELECT COUNT(*) AS n FROM job_runs WHERE job = 'index:anna-mail'")[0]["n"] >= 1


def test_a_first_sync_uses_worker_processes_and_later_syncs_stay_in_process(tmp_path, db_path):
    from dealtrail.store import open_db, rows
    from indexer.runner import default_workers
    from tests.fixtures.dovecot import make_message

    box = maildir(tmp_path / "anna")
    for i in range(40):
        (box / "cur" / f"{i}.eml:2,S").write_bytes(
            make_message(f"deposit {i}", body="Please send the rates by Friday.").as_bytes())
    settings = digest_settings(mailboxes=[{"name": "anna-mail", "kind": "maildir",
                                           "owner": "anna@testbank.ru", "path": str(box)}])
    open_db(db_path).conn.close()            # `dealtrail run` migrates before it schedules
    scheduler.index_job(settings, db_path, "anna-mail")
    (box / "cur" / "late.eml:2,S").write_bytes(make_message("one more").as_bytes())
    scheduler.index_job(settings, db_path, "anna-mail")
    db = open_db(db_path)
    try:
        runs = [r["summary"] for r in rows(db, "SELECT summary FROM job_runs"
                                                " WHERE job = 'index:anna-mail' ORDER BY id")]
        stored = db.conn.execute("SELECT count(*) FROM messages").fetchone()[0]
    finally:
        db.conn.close()
    assert stored == 41
    assert "added=40" in runs[0] and "added=1" in runs[1]
    workers = default_workers()
    assert (f"workers={workers}" in runs[0]) is (workers > 1)
    assert "workers=" not in runs[1]
