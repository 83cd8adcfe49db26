"""The IMAP connector against a real Dovecot: what it yields, and how it survives faults."""

from __future__ import annotations

import email
import logging
import os
import pickle
import signal
import threading
import time
from datetime import UTC
from typing import Any

import pytest

from dealtrail.domain import Deletion, FlagUpdate, Folder, RawMessage
from dealtrail.errors import SourceAuthError, SourceError
from indexer.imap import (
    TRUNCATED_HEADER,
    ImapConnector,
    ImapOptions,
    compress_uids,
    count_uids,
    expand_uids,
)
from tests.conftest import make_settings
from tests.fixtures.dovecot import DovecotServer, DovecotUser, make_message

INBOX = Folder("INBOX", "inbox")


def connector(server: DovecotServer, user: DovecotUser, **overrides: Any) -> ImapConnector:
    options: dict[str, Any] = {
        "mailbox": f"{user.name}-imap", "host": server.host, "port": server.tls_port,
        "tls": "implicit", "username": user.name, "password": lambda: user.password,
        "ca_file": str(server.ca_file), "timeout": 10.0, "retry_delay": 0.05,
    }
    options.update(overrides)
    return ImapConnector(ImapOptions(**options))


def drain(conn: ImapConnector, folder: Folder, cp: dict[str, Any] | None
          ) -> tuple[list[Any], dict[str, Any] | None, int]:
    """All changes of one pass, the last checkpoint, and the number of batches."""
    items: list[Any] = []
    batches = 0
    for batch, new_cp in conn.changes(folder, cp):
        items.extend(batch)
        cp = new_cp
        batches += 1
    return items, cp, batches


def message_ids(items: list[Any]) -> list[str]:
    return [email.message_from_bytes(i.raw)["Message-ID"] for i in items if isinstance(i, RawMessage)]


def test_uid_sets_round_trip_compactly() -> None:
    uids = [1, 2, 3, 7, 9, 10, 11, 400]
    assert compress_uids(uids) == "1:3,7,9:11,400"
    assert expand_uids(compress_uids(uids)) == set(uids)
    assert compress_uids(range(1, 50001)) == "1:50000"
    assert expand_uids("") == set()
    assert count_uids("1:3,7,9:11,400") == 8 and count_uids("") == 0


def test_folders_follow_special_use_and_skip_junk_and_trash(dovecot: DovecotServer,
                                                           imap_user: DovecotUser) -> None:
    dovecot.create_folder(imap_user, "Clients/Acme")
    dovecot.create_folder(imap_user, "Private")
    conn = connector(dovecot, imap_user, folders=("Clients/*",))
    try:
        found = {f.name: f.role for f in conn.folders()}
    finally:
        conn.close()
    assert found == {"INBOX": "inbox", "Sent": "sent", "Archive": "archive",
                     "Clients/Acme": "other"}


def test_folders_left_unread_are_named_with_the_setting_that_reads_them(
        dovecot: DovecotServer, imap_user: DovecotUser, caplog: pytest.LogCaptureFixture) -> None:
    dovecot.create_folder(imap_user, "Clients/Acme")
    dovecot.create_folder(imap_user, "Private")
    with caplog.at_level(logging.WARNING, logger="indexer.imap"):
        conn = connector(dovecot, imap_user)
        try:
            names = {f.name for f in conn.folders()}
        finally:
            conn.close()
    assert names == {"INBOX", "Sent", "Archive"}
    [notice] = [r.getMessage() for r in caplog.records if "folders not read" in r.getMessage()]
    assert "folders not read: Clients/Acme, Private; add them to folders" in notice
    assert "Junk" not in notice and "Trash" not in notice and "Drafts" not in notice
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="indexer.imap"):
        conn = connector(dovecot, imap_user, folders=("Clients/*",), skip_folders=("Private",))
        try:
            conn.folders()
        finally:
            conn.close()
    assert not [r for r in caplog.records if "folders not read" in r.getMessage()]


def test_skip_folders_and_explicit_junk(dovecot: DovecotServer, imap_user: DovecotUser) -> None:
    conn = connector(dovecot, imap_user, folders=("Junk",), skip_folders=("Archive",))
    try:
        names = {f.name for f in conn.folders()}
    finally:
        conn.close()
    assert names == {"INBOX", "Sent", "Junk"}


def test_initial_sync_yields_every_message_unread_and_with_keywords(
        dovecot: DovecotServer, imap_user: DovecotUser) -> None:
    msgs = [make_message(f"Offer {i}") for i in range(5)]
    uids = dovecot.append_many(imap_user, "INBOX", msgs)
    dovecot.set_flags(imap_user, "INBOX", [uids[1]], ["dealtrail-complaint"])
    validity = dovecot.uidvalidity(imap_user, "INBOX")
    conn = connector(dovecot, imap_user, batch_size=2)
    try:
        items, cp, batches = drain(conn, INBOX, None)
    finally:
        conn.close()
    assert batches == 3
    assert [i.remote_id for i in items] == [f"{validity}:{u}" for u in uids]
    assert message_ids(items) == [m["Message-ID"] for m in msgs]
    assert items[1].flags == ("dealtrail-complaint",)
    assert items[0].received_at is not None and items[0].received_at.tzinfo is UTC
    assert pickle.loads(pickle.dumps(items[0])) == items[0]      # worker processes get it
    assert items[0].raw.rstrip() == msgs[0].as_bytes().replace(b"\n", b"\r\n").rstrip()
    assert cp is not None and cp["last_uid"] == uids[-1] and cp["uidvalidity"] == validity
    assert expand_uids(cp["uids"]) == set(uids)
    # BODY.PEEK[] left the messages unread.
    client = dovecot.client(imap_user)
    try:
        client.select_folder("INBOX")
        assert client.search(["UNSEEN"]) == uids
    finally:
        client.logout()


def test_unchanged_folder_costs_one_status_command_and_yields_nothing(
        dovecot: DovecotServer, imap_user: DovecotUser, caplog: pytest.LogCaptureFixture) -> None:
    dovecot.append_many(imap_user, "INBOX", [make_message(f"m{i}") for i in range(20)])
    conn = connector(dovecot, imap_user)
    try:
        _, cp, _ = drain(conn, INBOX, None)
        items, cp2, batches = drain(conn, INBOX, cp)   # warm connection
        started = time.perf_counter()
        for _ in range(5):
            assert drain(conn, INBOX, cp)[2] == 0
        per_folder = (time.perf_counter() - started) / 5
        with caplog.at_level(logging.DEBUG, logger="imapclient.imaplib"):
            drain(conn, INBOX, cp)
    finally:
        conn.close()
    assert (items, batches, cp2) == ([], 0, cp)
    assert per_folder < 0.05
    sent = [r.getMessage().split()[2] for r in caplog.records
            if r.name == "imapclient.imaplib" and r.getMessage().startswith("> ")]
    assert sent == ["STATUS"]


def test_new_mail_flag_change_and_deletion_are_incremental(
        dovecot: DovecotServer, imap_user: DovecotUser) -> None:
    uids = dovecot.append_many(imap_user, "INBOX", [make_message(f"m{i}") for i in range(4)])
    validity = dovecot.uidvalidity(imap_user, "INBOX")
    conn = connector(dovecot, imap_user)
    try:
        _, cp, _ = drain(conn, INBOX, None)
        new_uid = dovecot.append(imap_user, "INBOX", make_message("New offer"))
        dovecot.set_flags(imap_user, "INBOX", [uids[0]], ["\\Seen", "dealtrail-complaint"])
        dovecot.delete(imap_user, "INBOX", [uids[2]])
        items, cp2, _ = drain(conn, INBOX, cp)
        again, _, batches = drain(conn, INBOX, cp2)
    finally:
        conn.close()
    kinds = {type(i).__name__: i for i in items}
    assert set(kinds) == {"RawMessage", "FlagUpdate", "Deletion"}
    assert [i.remote_id for i in items if isinstance(i, RawMessage)] == [f"{validity}:{new_uid}"]
    assert [i for i in items if isinstance(i, FlagUpdate)] == [
        FlagUpdate(f"{validity}:{uids[0]}", ("\\Seen", "dealtrail-complaint"))]
    assert [i for i in items if isinstance(i, Deletion)] == [Deletion(f"{validity}:{uids[2]}")]
    assert expand_uids(cp2["uids"]) == {uids[0], uids[1], uids[3], new_uid}
    assert (again, batches) == ([], 0)


def test_deletions_without_qresync_come_from_the_uid_set_difference(
        dovecot: DovecotServer, imap_user: DovecotUser) -> None:
    uids = dovecot.append_many(imap_user, "Sent", [make_message(f"s{i}") for i in range(6)])
    validity = dovecot.uidvalidity(imap_user, "Sent")
    sent = Folder("Sent", "sent")
    conn = connector(dovecot, imap_user, use_qresync=False)
    try:
        _, cp, _ = drain(conn, sent, None)
        dovecot.delete(imap_user, "Sent", [uids[1], uids[4]])
        dovecot.set_flags(imap_user, "Sent", [uids[0]], ["\\Answered"])
        items, _, _ = drain(conn, sent, cp)
    finally:
        conn.close()
    assert sorted(i.remote_id for i in items if isinstance(i, Deletion)) == sorted(
        f"{validity}:{u}" for u in (uids[1], uids[4]))
    assert [i.flags for i in items if isinstance(i, FlagUpdate)] == [("\\Answered",)]


def test_uidvalidity_change_rescans_the_folder(dovecot: DovecotServer,
                                                imap_user: DovecotUser) -> None:
    dovecot.create_folder(imap_user, "Deals")
    msgs = [make_message(f"d{i}") for i in range(3)]
    dovecot.append_many(imap_user, "Deals", msgs)
    folder = Folder("Deals", "other")
    conn = connector(dovecot, imap_user)
    try:
        first, cp, _ = drain(conn, folder, None)
        new_validity = dovecot.reset_uidvalidity(imap_user, "Deals")
        second, cp2, _ = drain(conn, folder, cp)
    finally:
        conn.close()
    assert cp2 is not None and cp2["uidvalidity"] == new_validity != cp["uidvalidity"]
    assert sorted(message_ids(second)) == sorted(message_ids(first))
    assert all(i.remote_id.startswith(f"{new_validity}:") for i in second)


def test_dropped_connection_mid_sync_reconnects_without_loss_or_duplicates(
        dovecot: DovecotServer, imap_user: DovecotUser) -> None:
    msgs = [make_message(f"bulk {i}") for i in range(9)]
    dovecot.append_many(imap_user, "INBOX", msgs)
    conn = connector(dovecot, imap_user, batch_size=3)
    seen: list[Any] = []
    try:
        for number, (batch, _cp) in enumerate(conn.changes(INBOX, None)):
            seen.extend(batch)
            if number == 0:
                pids = dovecot.imap_pids(imap_user)
                assert pids, "no imap process serves the connector"
                for pid in pids:
                    os.kill(pid, signal.SIGKILL)
    finally:
        conn.close()
    assert message_ids(seen) == [m["Message-ID"] for m in msgs]


def test_server_gone_for_good_raises_source_error_after_bounded_retries(
        dovecot: DovecotServer, imap_user: DovecotUser) -> None:
    from tests.fixtures.dovecot import free_port
    conn = connector(dovecot, imap_user, port=free_port(), max_retries=2)
    started = time.perf_counter()
    with pytest.raises(SourceError, match="failed 3 times"):
        list(conn.changes(INBOX, None))
    assert time.perf_counter() - started < 5


def test_wrong_password_raises_one_clear_auth_error(
        dovecot_for_failures: DovecotServer) -> None:
    user = dovecot_for_failures.add_user()
    conn = connector(dovecot_for_failures, user, password=lambda: "wrong")
    with pytest.raises(SourceAuthError) as info:
        list(conn.changes(INBOX, None))
    text = str(info.value)
    assert f"{user.name}-imap" in text and dovecot_for_failures.host in text
    assert "password" in text and "wrong" not in text


def test_starttls_with_the_test_ca_works(dovecot: DovecotServer, imap_user: DovecotUser) -> None:
    dovecot.append(imap_user, "INBOX", make_message("over starttls"))
    conn = connector(dovecot, imap_user, tls="starttls", port=dovecot.port)
    try:
        items, _, _ = drain(conn, INBOX, None)
    finally:
        conn.close()
    assert len(items) == 1


@pytest.mark.parametrize("tls", ["implicit", "starttls"])
def test_tls_without_the_ca_is_refused(dovecot: DovecotServer, imap_user: DovecotUser,
                                       tls: str) -> None:
    port = dovecot.tls_port if tls == "implicit" else dovecot.port
    conn = connector(dovecot, imap_user, tls=tls, port=port, ca_file="")
    with pytest.raises(SourceError, match="not trusted.*ca_file"):
        conn.folders()


def test_oversized_message_is_kept_as_its_header(dovecot: DovecotServer,
                                                 imap_user: DovecotUser) -> None:
    big = make_message("Signed contract", size_pad=20_000)
    dovecot.append(imap_user, "INBOX", big)
    conn = connector(dovecot, imap_user, max_message_bytes=10_000)
    try:
        items, _, _ = drain(conn, INBOX, None)
    finally:
        conn.close()
    parsed = email.message_from_bytes(items[0].raw)
    assert parsed["Subject"] == "Signed contract"
    assert int(parsed[TRUNCATED_HEADER]) > 20_000
    assert len(items[0].raw) < 2_000


def test_protocol_log_never_shows_the_password(dovecot: DovecotServer, imap_user: DovecotUser,
                                               caplog: pytest.LogCaptureFixture) -> None:
    dovecot.append(imap_user, "INBOX", make_message("logged"))
    with caplog.at_level(logging.DEBUG, logger="imapclient.imaplib"):
        conn = connector(dovecot, imap_user)
        try:
            drain(conn, INBOX, None)
        finally:
            conn.close()
    protocol = [r.getMessage() for r in caplog.records if r.name == "imapclient.imaplib"]
    assert any("LOGIN **REDACTED**" in line for line in protocol)
    assert not any(imap_user.password in line for line in protocol)


def test_from_mailbox_reads_the_configured_mailbox(dovecot: DovecotServer,
                                                   imap_user: DovecotUser) -> None:
    from indexer.connectors import make_connector
    dovecot.append(imap_user, "INBOX", make_message("configured"))
    mapping = dovecot.mailbox_settings(imap_user, owner="anna@testbank.ru", tls="starttls",
                                       batch_size=10)
    settings = make_settings(mailboxes=[mapping])
    conn = make_connector(settings.mailboxes[0], settings)
    try:
        assert isinstance(conn, ImapConnector)
        folder = next(f for f in conn.folders() if f.role == "inbox")
        items, _, _ = drain(conn, folder, None)
    finally:
        conn.close()
    assert message_ids(items) and len(items) == 1


def test_new_mail_arriving_during_a_pass_is_picked_up_next_time(
        dovecot: DovecotServer, imap_user: DovecotUser) -> None:
    dovecot.append_many(imap_user, "INBOX", [make_message(f"a{i}") for i in range(4)])
    conn = connector(dovecot, imap_user, batch_size=2)
    late = make_message("late")
    try:
        cp = None
        first: list[Any] = []
        for number, (batch, cp) in enumerate(conn.changes(INBOX, None)):  # noqa: B007 - last one used below
            first.extend(batch)
            if number == 0:
                thread = threading.Thread(target=dovecot.append, args=(imap_user, "INBOX", late))
                thread.start()
                thread.join()
        second, cp2, _ = drain(conn, INBOX, cp)
        third, _, batches = drain(conn, INBOX, cp2)
    finally:
        conn.close()
    everything = message_ids(first) + message_ids(second)
    assert sorted(everything) == sorted(set(everything))
    assert late["Message-ID"] in everything
    assert (third, batches) == ([], 0)


# -- end to end through the sync loop ----------------------------------------------------------

def _mail_for_anna(count: int, prefix: str) -> list[Any]:
    return [make_message(f"{prefix} {i}: loan offer", sender=f"ivan{i % 7}@acme-{i % 5}.ru",
                         body=f"Hello Anna, please send the contract {i}. Regards, Ivan")
            for i in range(count)]


def _stored(db_path: Any) -> list[tuple[str, str, str]]:
    import sqlite3

    conn = sqlite3.connect(str(db_path))
    try:
        return sorted(conn.execute(
            "SELECT folder, message_id, remote_id FROM messages WHERE deleted = 0").fetchall())
    finally:
        conn.close()


def test_sync_mailbox_stores_everything_once_and_resync_adds_nothing(
        dovecot: DovecotServer, imap_user: DovecotUser, tmp_path: Any) -> None:
    from dealtrail.store import open_db
    from indexer.sync import sync_mailbox

    dovecot.append_many(imap_user, "INBOX", _mail_for_anna(30, "in"))
    dovecot.append_many(imap_user, "Sent", [make_message(f"re {i}", sender="anna@testbank.ru",
                                                         to="ivan@acme.ru") for i in range(5)])
    settings = make_settings(mailboxes=[dovecot.mailbox_settings(
        imap_user, owner="anna@testbank.ru", batch_size=7)])
    mailbox = settings.mailboxes[0]
    db = open_db(tmp_path / "e2e.db")
    try:
        first = sync_mailbox(db, settings, mailbox)
        assert (first.error, first.added) == ("", 35)
        second = sync_mailbox(db, settings, mailbox)
        assert (second.error, second.added, second.updated, second.deleted) == ("", 0, 0, 0)
        dovecot.set_flags(imap_user, "INBOX", [1], ["dealtrail-complaint"])
        third = sync_mailbox(db, settings, mailbox)
        assert (third.added, third.updated) == (0, 1)
    finally:
        db.conn.close()
    stored = _stored(tmp_path / "e2e.db")
    assert len(stored) == 35 and len({m for _, m, _ in stored}) == 35


def test_sync_reports_a_wrong_password_and_goes_on(
        dovecot: DovecotServer, dovecot_for_failures: DovecotServer, imap_user: DovecotUser,
        tmp_path: Any) -> None:
    from dealtrail.store import open_db
    from indexer.sync import sync_all

    good = imap_user
    dovecot.append(good, "INBOX", make_message("still indexed"))
    rejected = dovecot_for_failures.add_user()
    bad = dovecot_for_failures.mailbox_settings(rejected, name="bad", owner="anna@testbank.ru")
    os.environ[bad["password"]["env"]] = "wrong"
    try:
        settings = make_settings(mailboxes=[
            bad, dovecot.mailbox_settings(good, name="good", owner="ben@testbank.ru")])
        db = open_db(tmp_path / "auth.db")
        try:
            reports = {r.mailbox: r for r in sync_all(db, settings)}
        finally:
            db.conn.close()
    finally:
        os.environ[bad["password"]["env"]] = rejected.password
    assert "rejected the login" in reports["bad"].error
    assert (reports["good"].error, reports["good"].added) == ("", 1)


def _config_file(path: Any, dovecot: DovecotServer, user: DovecotUser, db: Any) -> Any:
    mapping = dovecot.mailbox_settings(user, owner="anna@testbank.ru", batch_size=50)
    text = f"""database = "{db}"
[company]
name = "Test Bank"
internal_domains = ["testbank.ru"]
[[managers]]
email = "anna@testbank.ru"
name = "Anna Petrova"
[[mailboxes]]
name = "{mapping['name']}"
kind = "imap"
owner = "anna@testbank.ru"
host = "{mapping['host']}"
port = {mapping['port']}
tls = "implicit"
username = "{mapping['username']}"
password = {{env = "{mapping['password']['env']}"}}
ca_file = "{mapping['ca_file']}"
batch_size = 50
"""
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.slow
def test_kill_9_during_index_then_resume_loses_and_duplicates_nothing(
        dovecot: DovecotServer, imap_user: DovecotUser, tmp_path: Any) -> None:
    import sqlite3
    import subprocess
    import sys
    from pathlib import Path

    dovecot.append_many(imap_user, "INBOX", _mail_for_anna(600, "bulk"))
    cli = [str(Path(sys.executable).with_name("dealtrail"))]
    killed_db, clean_db = tmp_path / "killed.db", tmp_path / "clean.db"
    killed_cfg = _config_file(tmp_path / "killed.toml", dovecot, imap_user, killed_db)
    clean_cfg = _config_file(tmp_path / "clean.toml", dovecot, imap_user, clean_db)

    child = subprocess.Popen([*cli, "--config", str(killed_cfg), "index", "--quiet"],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    stored_before_kill = 0
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline and child.poll() is None:
            if killed_db.exists():
                try:
                    conn = sqlite3.connect(f"file:{killed_db}?mode=ro", uri=True, timeout=1)
                    stored_before_kill = conn.execute("SELECT count(*) FROM messages").fetchone()[0]
                    conn.close()
                except sqlite3.Error:
                    stored_before_kill = 0
                if stored_before_kill >= 50:
                    break
            time.sleep(0.02)
    finally:
        child.kill()                                   # SIGKILL: no cleanup, no final commit
        output = child.communicate(timeout=10)[0].decode(errors="replace")
    assert 50 <= stored_before_kill < 600, f"kill came too late or never: {output}"

    resumed = subprocess.run([*cli, "--config", str(killed_cfg), "index", "--quiet"],
                             capture_output=True, text=True, timeout=120)
    assert resumed.returncode == 0, resumed.stdout + resumed.stderr
    clean = subprocess.run([*cli, "--config", str(clean_cfg), "index", "--quiet"],
                           capture_output=True, text=True, timeout=120)
    assert clean.returncode == 0, clean.stdout + clean.stderr

    after_kill, uninterrupted = _stored(killed_db), _stored(clean_db)
    assert len(uninterrupted) == 600
    assert after_kill == uninterrupted
