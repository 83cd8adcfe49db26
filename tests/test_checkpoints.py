"""Saved sync checkpoints: an mbox resumes at a message boundary; a broken one stops one mailbox only."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from dealtrail import clock
from dealtrail.cli import cli
from dealtrail.config import from_mapping
from dealtrail.directory import sync_directory
from indexer import files
from indexer.files import MboxConnector
from indexer.sync import sync_mailbox


def _mail(n: int, body: str = "hello") -> bytes:
    msg = EmailMessage()
    msg["Message-ID"] = f"<cp{n}@client.ru>"
    msg["From"] = "petr@client.ru"
    msg["To"] = "anna@testbank.ru"
    msg["Subject"] = f"letter {n}"
    msg["Date"] = f"Tue, 10 Nov 2026 10:{n:02d}:00 +0300"
    msg.set_content(body)
    return msg.as_bytes()


def _append_mbox(path: Path, numbers: range) -> list[int]:
    """Append messages (one with an mboxo-escaped body line); returns where each starts."""
    starts = []
    with path.open("ab") as fh:
        for n in numbers:
            starts.append(fh.tell())
            fh.write(b"From petr@client.ru Tue Nov 10 10:00:00 2026\n")
            fh.write(_mail(n, "From the start of it\nend").replace(b"\nFrom the", b"\n>From the"))
            fh.write(b"\n")
    return starts


def test_every_mbox_batch_checkpoint_resumes_at_the_next_message_whole(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mbox = tmp_path / "a.mbox"
    starts = _append_mbox(mbox, range(5))
    monkeypatch.setattr(files, "BATCH", 2)      # what DEALTRAIL_BATCH_SIZE=2 sets
    connector = MboxConnector(mbox, "archive")
    folder = connector.folders()[0]
    batches = list(connector.changes(folder, None))
    whole = [(c.remote_id, c.raw) for batch, _ in batches for c in batch]  # type: ignore[attr-defined]
    assert [r for r, _ in whole] == [f"offset:{s}" for s in starts]
    for done, (_, checkpoint) in enumerate(batches[:-1], start=1):
        resumed = [(c.remote_id, c.raw) for batch, _ in connector.changes(folder, checkpoint)
                   for c in batch]  # type: ignore[attr-defined]
        assert resumed == whole[2 * done:], f"resume from {checkpoint}"
    assert list(connector.changes(folder, batches[-1][1])) == [], "a finished file is skipped"


def _settings(tmp_path: Path, *mailboxes: dict[str, Any]) -> Any:
    return from_mapping({
        "company": {"internal_domains": ["testbank.ru"]},
        "managers": [{"email": "anna@testbank.ru", "name": "Anna"}],
        "mailboxes": list(mailboxes),
    })


def test_mbox_checkpoint_written_by_older_versions_resumes_without_junk(tmp_path: Path, db: Any
                                                                        ) -> None:
    mbox = tmp_path / "a.mbox"
    first = _append_mbox(mbox, range(2))
    settings = _settings(tmp_path, {"name": "archive", "kind": "mbox", "owner": "anna@testbank.ru",
                                    "path": str(mbox)})
    sync_directory(db, settings)
    assert sync_mailbox(db, settings, settings.mailboxes[0]).added == 2
    later = _append_mbox(mbox, range(2, 4))
    # What a run killed after its first batch left behind before mid-file checkpoints
    # pointed at message boundaries: one byte into the last stored message, size null.
    db.execute("UPDATE sync_state SET checkpoint = ?",
               (f'{{"mtime": null, "offset": {first[1] + 1}, "size": null}}',))
    report = sync_mailbox(db, settings, settings.mailboxes[0])
    assert report.error == ""
    assert report.added == 2
    ids = sorted(r[0] for r in db.execute("SELECT remote_id FROM messages"))
    assert ids == sorted(f"offset:{s}" for s in first + later), "no fragment stored as a message"
    assert db.execute("SELECT count(*) FROM index_errors").fetchone()[0] == 0


def _write_config(tmp_path: Path, broken: dict[str, Any]) -> Path:
    good = tmp_path / "good"
    for sub in ("cur", "new", "tmp"):
        (good / sub).mkdir(parents=True)
    (good / "cur" / "1.a:2,S").write_bytes(_mail(50))
    config = tmp_path / "dealtrail.toml"
    config.write_text(
        f'database = "{tmp_path / "d.db"}"\n'
        '[company]\ninternal_domains = ["testbank.ru"]\n'
        '[[managers]]\nemail = "anna@testbank.ru"\nname = "Anna"\n'
        f'[[mailboxes]]\nname = "broken"\nkind = "{broken["kind"]}"\nowner = "anna@testbank.ru"\n'
        f'path = "{broken["path"]}"\n'
        f'[[mailboxes]]\nname = "good"\nkind = "maildir"\nowner = "anna@testbank.ru"\n'
        f'path = "{good}"\n', encoding="utf-8")
    return config


def _ics(path: Path, uid: str) -> None:
    start = (clock.now() - timedelta(days=3)).strftime("%Y%m%dT100000Z")
    end = (clock.now() - timedelta(days=3)).strftime("%Y%m%dT110000Z")
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nDTSTAMP:{start}\r\nDTSTART:{start}\r\nDTEND:{end}\r\nSUMMARY:Meeting\r\n"
        "ORGANIZER:mailto:anna@testbank.ru\r\nATTENDEE:mailto:petr@client.ru\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n", encoding="utf-8")


@pytest.mark.parametrize(("kind", "checkpoint"), [
    ("mbox", "{not json"),
    ("mbox", "[1, 2]"),
    ("mbox", '{"offset": "12", "size": null}'),
    ("mbox", '{"offset": 3, "size": "big"}'),
    ("ics", '{"files": [1]}'),        # no check foresees it: the connector itself fails
])
def test_a_broken_checkpoint_stops_only_its_mailbox_and_names_the_fix(
        tmp_path: Path, kind: str, checkpoint: str) -> None:
    if kind == "mbox":
        source = tmp_path / "a.mbox"
        _append_mbox(source, range(3))
    else:
        source = tmp_path / "cal"
        source.mkdir()
        _ics(source / "one.ics", "one")
    config = _write_config(tmp_path, {"kind": kind, "path": source})
    runner = CliRunner()
    args = ["--config", str(config), "index", "--quiet", "--workers", "1"]
    assert runner.invoke(cli, args).exit_code == 0
    conn = sqlite3.connect(tmp_path / "d.db")
    clean = (conn.execute("SELECT count(*) FROM messages").fetchone()[0],
             conn.execute("SELECT count(*) FROM events").fetchone()[0])
    conn.execute("UPDATE sync_state SET checkpoint = ? WHERE mailbox_id ="
                 " (SELECT id FROM mailboxes WHERE name = 'broken')", (checkpoint,))
    conn.commit()
    (tmp_path / "good" / "new" / "2.b").write_bytes(_mail(51))

    result = runner.invoke(cli, args)
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit), "no traceback, an exit code"
    broken = [line for line in result.output.splitlines() if line.startswith("mailbox=broken")]
    assert len(broken) == 1 and "error: " in broken[0], result.output
    assert "dealtrail index --reset-mailbox broken" in broken[0]
    assert "Traceback" not in result.output
    good = conn.execute("SELECT count(*) FROM messages m JOIN mailboxes b ON b.id = m.mailbox_id"
                        " WHERE b.name = 'good'").fetchone()[0]
    assert good == 2, "the mailbox after the broken one was indexed"
    assert "mailbox=good" in result.output and result.output.count(" ok") == 1

    again = runner.invoke(cli, args)
    assert again.exit_code == 1, "the same clear line on every run until it is reset"

    fixed = runner.invoke(cli, [*args, "--reset-mailbox", "broken"])
    assert fixed.exit_code == 0, fixed.output
    assert "broken: forgot the sync position of 1 folder(s)" in fixed.output
    assert (conn.execute("SELECT count(*) FROM messages").fetchone()[0],
            conn.execute("SELECT count(*) FROM events").fetchone()[0]) == (clean[0] + 1, clean[1]), \
        "read again from the start: nothing doubled"
    conn.close()


def test_reset_mailbox_refuses_a_name_not_in_the_config(tmp_path: Path) -> None:
    config = _write_config(tmp_path, {"kind": "maildir", "path": tmp_path / "good"})
    result = CliRunner().invoke(cli, ["--config", str(config), "index", "--quiet",
                                      "--reset-mailbox", "nosuch"])
    assert result.exit_code == 2
    assert "no mailbox named 'nosuch'" in result.output and "good" in result.output


def test_the_daemon_reports_a_broken_checkpoint_in_one_line_and_indexes_the_other_mailbox(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from dealtrail import config as config_mod
    from reports.scheduler import index_job

    source = tmp_path / "a.mbox"
    _append_mbox(source, range(3))
    config = _write_config(tmp_path, {"kind": "mbox", "path": source})
    assert CliRunner().invoke(cli, ["--config", str(config), "index", "--quiet",
                                    "--workers", "1"]).exit_code == 0
    conn = sqlite3.connect(tmp_path / "d.db")
    conn.execute("UPDATE sync_state SET checkpoint = '{not json' WHERE mailbox_id ="
                 " (SELECT id FROM mailboxes WHERE name = 'broken')")
    conn.commit()
    (tmp_path / "good" / "new" / "2.b").write_bytes(_mail(51))
    settings = config_mod.load(str(config))

    caplog.set_level("INFO")
    for name in ("broken", "good"):
        index_job(settings, tmp_path / "d.db", name)
    assert not [r for r in caplog.records if r.exc_info], "no traceback in the daemon's log"
    status, summary = conn.execute("SELECT status, summary FROM job_runs WHERE job = 'index:broken'"
                                   " ORDER BY id DESC LIMIT 1").fetchone()
    assert status == "failed" and "dealtrail index --reset-mailbox broken" in summary
    assert conn.execute("SELECT status FROM job_runs WHERE job = 'index:good'"
                        " ORDER BY id DESC LIMIT 1").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM messages m JOIN mailboxes b ON b.id = m.mailbox_id"
                        " WHERE b.name = 'good'").fetchone()[0] == 2
    conn.close()


def test_an_ics_folder_resumed_from_a_batch_checkpoint_still_deletes_a_removed_file(
        tmp_path: Path, db: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from indexer.files import IcsFolderConnector

    folder = tmp_path / "cal"
    folder.mkdir()
    for name in ("a", "b", "c"):
        _ics(folder / f"{name}.ics", name)
    settings = _settings(tmp_path, {"name": "cal", "kind": "ics", "owner": "anna@testbank.ru",
                                    "path": str(folder)})
    sync_directory(db, settings)
    assert sync_mailbox(db, settings, settings.mailboxes[0]).events == 3
    saved = db.execute("SELECT checkpoint FROM sync_state").fetchone()[0]
    (folder / "a.ics").unlink()
    for name in ("b", "c"):
        _ics(folder / f"{name}.ics", f"{name}-moved")
    monkeypatch.setattr(files, "BATCH", 1)      # what DEALTRAIL_BATCH_SIZE=1 sets
    connector = IcsFolderConnector(folder, "cal")
    connector.known_ids = lambda _: {r[0] for r in db.execute("SELECT remote_id FROM events")}
    calendar = connector.folders()[0]
    _, after_b = next(iter(connector.changes(calendar, json.loads(saved))))
    # Killed here: b is stored, c and the removal of a are not.
    rest = [c for batch, _ in connector.changes(calendar, after_b) for c in batch]
    assert sorted(c.remote_id for c in rest if type(c).__name__ == "Deletion") == \
        ["a.ics:a", "c.ics:c"]
    assert [c.remote_id for c in rest if type(c).__name__ == "Event"] == ["c.ics:c-moved"]
