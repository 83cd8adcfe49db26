"""kill -9 in the middle of `dealtrail index`, then a re-run: nothing lost, nothing doubled.

Every kind of source is covered. File sources are killed when the store reaches a number of
items; server sources (Dovecot, Radicale, the recorded EWS/Graph server) are reached through
a proxy that stops the client at a chosen request, so the kills land before the first batch,
between batches and near the end. Each crashed database, once re-run, must equal the
database of one uninterrupted run, row for row.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.fixtures.caldav_server import CaldavUser, RadicaleServer
from tests.fixtures.dovecot import DovecotServer, DovecotUser
from tests.fixtures.holding_proxy import HoldingProxy
from tests.fixtures.recorded_http import (
    EWS_PASSWORD,
    EWS_USER,
    GRAPH_CLIENT_ID,
    GRAPH_CLIENT_SECRET,
    GRAPH_TENANT,
    RecordedServer,
)

TABLES = {
    "messages": "message_key, folder, remote_id, direction, automated, client_id, manager_id, "
                "thread_id, subject, new_text, is_request, deleted",
    "threads": "key, subject, client_id, first_at, last_at, last_outbound_at",
    "contacts": "key, manager_id, client_id, at, channel",
    "promises": "message_id, party, action, text, span_start, due_at, status",
    "complaints": "key, client_id, text",
    "clients": "id, key, name, source",
    "index_errors": "remote_id, error",
    "messages_fts": "rowid, subject, new_text",
    "events": "calendar, remote_id, uid, recurrence_id, summary, start_at, end_at, organizer, "
              "attendees, status, client_id, manager_id, deleted",
}


def snapshot(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        return {t: sorted(conn.execute(f"SELECT {c} FROM {t}").fetchall(), key=repr)
                for t, c in TABLES.items()}
    finally:
        conn.close()


def count(path: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute("SELECT (SELECT count(*) FROM messages)"
                                    " + (SELECT count(*) FROM events)").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


@pytest.fixture(scope="module")
def enron_maildir(corpora: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("enron") / "maildir"
    for sub in ("cur", "new", "tmp"):
        (root / sub).mkdir(parents=True)
    for i, path in enumerate(sorted((corpora / "enron_inbox" / "maildir").rglob("*"))):
        if path.is_file():
            shutil.copy(path, root / "cur" / f"{i:05d}.enron:2,S")
    return root


def index(maildir: Path, db: Path, env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "dealtrail", "--db", str(db), "index", "--maildir", str(maildir),
         "--owner", "vince.kaminski@enron.com", "--quiet"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_kill_9_mid_index_then_resume_equals_uninterrupted_run(enron_maildir: Path, tmp_path: Path
                                                               ) -> None:
    env = {**os.environ, "DEALTRAIL_BATCH_SIZE": "100", "DEALTRAIL_NOW": "2002-01-01T00:00:00+00:00"}
    reference = tmp_path / "reference.db"
    done = index(enron_maildir, reference, env)
    assert done.wait(timeout=300) == 0, done.stderr.read()
    total = count(reference)
    assert total > 2500

    crashed = tmp_path / "crashed.db"
    kills = 0
    for threshold in (300, 1200, 2200):
        proc = index(enron_maildir, crashed, env)
        deadline = time.monotonic() + 120
        while proc.poll() is None and count(crashed) < threshold and time.monotonic() < deadline:
            time.sleep(0.01)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            kills += 1
        assert count(crashed) < total or proc.returncode == 0
    assert kills >= 2, "the index must have been killed mid-run at least twice"
    final = index(enron_maildir, crashed, env)
    assert final.wait(timeout=300) == 0, final.stderr.read()
    assert snapshot(crashed) == snapshot(reference)


# -- every other source ------------------------------------------------------------------

def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str | Path):
        return json.dumps(str(value))
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} = {_toml_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(value)


def write_config(path: Path, mailbox: dict[str, Any], owner: str = "anna@testbank.ru") -> Path:
    """A dealtrail.toml with one manager and one mailbox."""
    lines = ['[company]', 'internal_domains = ["testbank.ru"]', 'timezone = "Europe/Moscow"',
             '[[managers]]', f'email = "{owner}"', 'name = "Anna"', '[[mailboxes]]']
    lines += [f"{key} = {_toml_value(value)}" for key, value in mailbox.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_index(config: Path, db: Path, env: dict[str, str], workers: int = 1) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "dealtrail", "--config", str(config), "--db", str(db), "index",
         "--quiet", "--workers", str(workers)], env=env, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE)


def run_to_end(config: Path, db: Path, env: dict[str, str], workers: int = 1) -> None:
    proc = run_index(config, db, env, workers)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, (out + err).decode(errors="replace")


def crash_at_counts(config: Path, tmp_path: Path, env: dict[str, str],
                    thresholds: tuple[int, ...]) -> int:
    """Kill runs as the store reaches each threshold (resuming each time); returns the kills."""
    reference = tmp_path / "reference.db"
    run_to_end(config, reference, env)
    total = count(reference)
    assert total > max(thresholds)
    crashed = tmp_path / "crashed.db"
    kills = 0
    for threshold in thresholds:
        proc = run_index(config, crashed, env)
        deadline = time.monotonic() + 120
        while proc.poll() is None and count(crashed) < threshold and time.monotonic() < deadline:
            time.sleep(0.005)
        if proc.poll() is None:
            # On a loaded machine the run may store its last batch between the poll and the
            # kill; it is then killed in its post-sync step, which is a crash moment as well.
            os.kill(proc.pid, signal.SIGKILL)
            kills += 1
        proc.communicate()
    run_to_end(config, crashed, env)
    assert snapshot(crashed) == snapshot(reference)
    return kills


def crash_at_requests(config: Path, tmp_path: Path, env: dict[str, str], proxy: HoldingProxy,
                      workers: int = 1) -> list[int]:
    """Kill three runs, each resuming the one before, then re-run to the end.

    The moments: a quarter of a whole run's sends into the first run (before anything is
    stored), then the first request after the next run stored a batch, then the first
    request once half is stored. The last run may end first (nothing may follow the last
    batch); the others must be killed. Returns the items stored at each kill.
    """
    reference = tmp_path / "reference.db"
    proxy.arm(None)
    run_to_end(config, reference, env, workers)
    sends, total, expected = proxy.sends, count(reference), snapshot(reference)
    assert total > 0 and sends > 3
    crashed = tmp_path / "crashed.db"
    stored = []
    for moment, share in ((max(1, sends // 4), None), (None, 1), (None, total // 2)):
        floor = None if share is None else max(count(crashed) + 1, share)
        proxy.arm(moment, None if floor is None else lambda f=floor: count(crashed) >= f)
        proc = run_index(config, crashed, env, workers)
        deadline = time.monotonic() + 60
        while not proxy.held.wait(0.01) and proc.poll() is None:
            assert time.monotonic() < deadline, "the run neither ended nor reached its moment"
        if proxy.held.is_set():
            os.kill(proc.pid, signal.SIGKILL)
            stored.append(count(crashed))
        # Worker processes outlive their killed parent until their task ends (and hold its
        # output pipes): the held connection is dropped first so that they can end.
        proxy.release()
        proc.communicate(timeout=60)
    proxy.arm(None)
    run_to_end(config, crashed, env, workers)
    assert snapshot(crashed) == expected, f"killed with {stored} of {total} stored"
    assert len(stored) >= 2, f"only {len(stored)} runs were killed mid-run"
    assert any(0 < n < total for n in stored), \
        f"no kill fell between two stored batches ({stored} of {total}): nothing resumed"
    return stored


def _mbox_from(maildir_files: list[Path], path: Path) -> Path:
    with path.open("wb") as out:
        for source in maildir_files:
            raw = source.read_bytes()
            out.write(b"From MAILER-DAEMON Mon Jan  1 00:00:00 2001\n")
            out.write(b"".join(b">" + line if line.startswith(b"From ") else line
                               for line in raw.splitlines(keepends=True)))
            if not raw.endswith(b"\n"):
                out.write(b"\n")
            out.write(b"\n")
    return path


ENRON_OWNER = "vince.kaminski@enron.com"
ENRON_ENV = {"DEALTRAIL_BATCH_SIZE": "50", "DEALTRAIL_NOW": "2002-01-01T00:00:00+00:00"}


def test_kill_9_mid_mbox_import_then_resume_equals_uninterrupted_run(enron_maildir: Path,
                                                                      tmp_path: Path) -> None:
    files = sorted((enron_maildir / "cur").iterdir())[:600]
    mbox = _mbox_from(files, tmp_path / "archive.mbox")
    config = write_config(tmp_path / "dealtrail.toml",
                          {"name": "archive", "kind": "mbox", "owner": ENRON_OWNER, "path": mbox},
                          owner=ENRON_OWNER)
    kills = crash_at_counts(config, tmp_path, {**os.environ, **ENRON_ENV}, (60, 250, 450))
    assert kills >= 2, "the import must have been killed mid-run at least twice"


def test_kill_9_mid_eml_import_then_resume_equals_uninterrupted_run(enron_maildir: Path,
                                                                     tmp_path: Path) -> None:
    root = tmp_path / "emls"
    for i, source in enumerate(sorted((enron_maildir / "cur").iterdir())[:600]):
        target = root / f"year{i % 3}" / f"{i:04d}.eml"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, target)
    config = write_config(tmp_path / "dealtrail.toml",
                          {"name": "emls", "kind": "eml", "owner": ENRON_OWNER, "path": root},
                          owner=ENRON_OWNER)
    kills = crash_at_counts(config, tmp_path, {**os.environ, **ENRON_ENV}, (60, 250, 450))
    assert kills >= 2, "the import must have been killed mid-run at least twice"


def _vevent(i: int, day: str) -> str:
    return (f"BEGIN:VEVENT\r\nUID:meeting-{i}@testbank.ru\r\nDTSTAMP:{day}T080000Z\r\n"
            f"DTSTART:{day}T{9 + i % 8:02d}0000Z\r\nDTEND:{day}T{10 + i % 8:02d}0000Z\r\n"
            f"SUMMARY:Meeting {i}\r\nORGANIZER:mailto:anna@testbank.ru\r\n"
            f"ATTENDEE:mailto:person{i % 11}@client{i % 7}.ru\r\nEND:VEVENT\r\n")


def _calendar(*events: str) -> str:
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n" + "".join(events) + \
        "END:VCALENDAR\r\n"


def test_kill_9_mid_ics_import_then_resume_equals_uninterrupted_run(tmp_path: Path) -> None:
    folder = tmp_path / "calendar"
    folder.mkdir()
    for i in range(400):
        (folder / f"{i:03d}.ics").write_text(_calendar(_vevent(i, f"202611{1 + i % 28:02d}")),
                                             encoding="utf-8")
    config = write_config(tmp_path / "dealtrail.toml",
                          {"name": "cal", "kind": "ics", "owner": "anna@testbank.ru",
                           "path": folder})
    env = {**os.environ, "DEALTRAIL_BATCH_SIZE": "25",
           "DEALTRAIL_NOW": "2026-11-20T00:00:00+00:00"}
    kills = crash_at_counts(config, tmp_path, env, (50, 180, 320))
    assert kills >= 2, "the import must have been killed mid-run at least twice"


def _client_mail(i: int, *, sent: bool) -> Any:
    from tests.fixtures.dovecot import make_message

    client = f"person{i % 11}@client{i % 7}.ru"
    body = ("Send me the proposal by Friday, please." if i % 3 else
            "I will send you the signed contract tomorrow.")
    when = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC) + dt.timedelta(hours=i)
    return make_message(f"Deal {i % 13} step {i}", sender="anna@testbank.ru" if sent else client,
                        to=client if sent else "anna@testbank.ru", body=body, when=when,
                        message_id=f"<crash-{i}@{'testbank' if sent else 'client'}.ru>")


@pytest.mark.parametrize("workers", [1, 2], ids=["one-process", "two-workers-fetch"])
def test_kill_9_mid_imap_sync_then_resume_equals_uninterrupted_run(
        dovecot: DovecotServer, imap_user: DovecotUser, tmp_path: Path, workers: int) -> None:
    dovecot.append_many(imap_user, "INBOX", [_client_mail(i, sent=False) for i in range(160)])
    dovecot.append_many(imap_user, "Sent", [_client_mail(i, sent=True) for i in range(160, 220)])
    with HoldingProxy(dovecot.host, dovecot.tls_port) as proxy:
        box = dovecot.mailbox_settings(imap_user, name="anna-imap", owner="anna@testbank.ru",
                                       port=proxy.port, batch_size=20)
        config = write_config(tmp_path / "dealtrail.toml", box)
        env = {**os.environ, "DEALTRAIL_NOW": "2026-11-20T00:00:00+00:00"}
        crash_at_requests(config, tmp_path, env, proxy, workers)


def test_kill_9_mid_caldav_sync_then_resume_equals_uninterrupted_run(
        caldav_server: RadicaleServer, caldav_user: CaldavUser, tmp_path: Path) -> None:
    caldav_server.make_calendar(caldav_user, "work", "Work")
    for i in range(210):            # three batches of calendar objects (100 each)
        caldav_server.put_event(caldav_user, "work", f"m{i:03d}.ics",
                                _calendar(_vevent(i, f"202611{1 + i % 28:02d}")))
    port = int(caldav_server.url.rsplit(":", 1)[1])
    with HoldingProxy("127.0.0.1", port) as proxy:
        box = caldav_server.mailbox_settings(caldav_user, name="anna-cal", owner="anna@testbank.ru",
                                             url=f"http://127.0.0.1:{proxy.port}/")
        config = write_config(tmp_path / "dealtrail.toml", box)
        env = {**os.environ, "DEALTRAIL_NOW": "2026-11-20T00:00:00+00:00"}
        crash_at_requests(config, tmp_path, env, proxy)


RECORDED_ENV = {"DEALTRAIL_NOW": "2026-03-10T09:00:00+00:00", "EWS_TEST_PASSWORD": EWS_PASSWORD,
                "GRAPH_TEST_SECRET": GRAPH_CLIENT_SECRET}


def test_kill_9_mid_ews_sync_then_resume_equals_uninterrupted_run(
        recorded_http: RecordedServer, tmp_path: Path) -> None:
    with HoldingProxy("127.0.0.1", recorded_http.port) as proxy:
        box = {"name": "anna-ews", "kind": "ews", "owner": "anna@testbank.ru",
               "service_endpoint": f"https://127.0.0.1:{proxy.port}/EWS/Exchange.asmx",
               "username": EWS_USER, "password": {"env": "EWS_TEST_PASSWORD"}, "auth": "basic",
               "access": "impersonation", "ca_file": recorded_http.ca_file}
        config = write_config(tmp_path / "dealtrail.toml", box)
        crash_at_requests(config, tmp_path, {**os.environ, **RECORDED_ENV}, proxy)


def test_kill_9_mid_graph_sync_then_resume_equals_uninterrupted_run(
        recorded_http: RecordedServer, tmp_path: Path) -> None:
    with HoldingProxy("127.0.0.1", recorded_http.port) as proxy:
        base = f"https://127.0.0.1:{proxy.port}"
        box = {"name": "anna-m365", "kind": "graph", "owner": "anna@testbank.ru",
               "tenant_id": GRAPH_TENANT, "client_id": GRAPH_CLIENT_ID,
               "client_secret": {"env": "GRAPH_TEST_SECRET"}, "authority": base,
               "graph_url": f"{base}/graph/v1.0", "ca_file": recorded_http.ca_file}
        config = write_config(tmp_path / "dealtrail.toml", box)
        crash_at_requests(config, tmp_path, {**os.environ, **RECORDED_ENV}, proxy)
