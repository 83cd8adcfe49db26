"""kill -9 in the middle of `dealtrail index`, then a re-run: nothing lost, nothing doubled."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

TABLES = {
    "messages": "message_key, folder, remote_id, direction, automated, client_id, manager_id, "
                "thread_id, subject, new_text, is_request, deleted",
    "threads": "key, subject, client_id, first_at, last_at, awaiting_reply_since",
    "contacts": "key, manager_id, client_id, at, channel",
    "promises": "message_id, party, action, text, span_start, due_at, status",
    "complaints": "key, client_id, text",
    "clients": "id, key, name, source",
    "index_errors": "remote_id, error",
    "messages_fts": "rowid, subject, new_text",
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
            return int(conn.execute("SELECT count(*) FROM messages").fetchone()[0])
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
