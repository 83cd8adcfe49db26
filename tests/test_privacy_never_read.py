"""Mail that is never stored: Private/Personal, denied correspondents, excluded folders, non-clients.

Skipped mail leaves no row anywhere (searched in the raw database files), only a
count in the sync report.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from dealtrail import clock
from dealtrail.store import open_db
from indexer.sync import sync_mailbox
from tests.conftest import make_settings
from tests.fixtures.dovecot import DovecotServer, DovecotUser, make_message
from tests.fixtures.recorded_http import EWS_PASSWORD, EWS_USER, GRAPH_CLIENT_SECRET


def raw_files(db_path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(db_path.parent.glob(db_path.name + "*")))


def _sync(dovecot: DovecotServer, user: DovecotUser, db_path: Path, **privacy: Any) -> Any:
    settings = make_settings(mailboxes=[dovecot.mailbox_settings(user, owner="anna@testbank.ru")],
                             privacy=privacy)
    db = open_db(db_path)
    try:
        return sync_mailbox(db, settings, settings.mailboxes[0])
    finally:
        db.conn.close()


def _private(subject: str, value: str, body: str) -> Any:
    msg = make_message(subject, sender="olga@client-1.ru", body=body)
    msg["Sensitivity"] = value
    return msg


def test_private_and_personal_mail_over_imap_is_never_stored(
        dovecot: DovecotServer, imap_user: DovecotUser, tmp_path: Path) -> None:
    dovecot.append_many(imap_user, "INBOX", [
        make_message("Deposit rates", sender="olga@client-1.ru", body="Please call me back."),
        _private("Doctor appointment", "Private", "My diagnosis is confidential-marker-one."),
        _private("Family", "personal", "Birthday party marker-two."),
        _private("Board minutes", "Company-Confidential", "Business marker-three."),
    ])
    report = _sync(dovecot, imap_user, tmp_path / "db.sqlite", tier="full")
    assert (report.error, report.added, report.skipped) == ("", 2, 2)
    assert "skipped=2" in report.line()
    raw = raw_files(tmp_path / "db.sqlite")
    for secret in (b"Doctor appointment", b"confidential-marker-one", b"Family", b"marker-two"):
        assert secret not in raw
    assert b"Deposit rates" in raw and b"Business marker-three" in raw


def test_reading_private_mail_can_be_allowed(
        dovecot: DovecotServer, imap_user: DovecotUser, tmp_path: Path) -> None:
    dovecot.append(imap_user, "INBOX", _private("Doctor", "Private", "Body."))
    report = _sync(dovecot, imap_user, tmp_path / "db.sqlite", skip_private=False)
    assert (report.added, report.skipped) == (1, 0)


def test_denied_correspondents_and_excluded_folders_are_never_stored(
        dovecot: DovecotServer, imap_user: DovecotUser, tmp_path: Path) -> None:
    dovecot.create_folder(imap_user, "HR")
    dovecot.append_many(imap_user, "INBOX", [
        make_message("From a client", sender="olga@client-1.ru"),
        make_message("From a lawyer", sender="lawyer@family-law.ru"),
        make_message("From the lawyer's office", sender="desk@mail.family-law.ru"),
        make_message("From a person", sender="ivan.personal@client-2.ru"),
    ])
    dovecot.append(imap_user, "HR", make_message("Salary review", sender="hr@testbank.ru"))
    report = _sync(dovecot, imap_user, tmp_path / "db.sqlite",
                   deny=["@family-law.ru", "Ivan.Personal@client-2.ru"], exclude_folders=["hr"])
    assert (report.error, report.added, report.skipped) == ("", 1, 3)
    raw = raw_files(tmp_path / "db.sqlite")
    for secret in (b"From a lawyer", b"family-law.ru", b"From a person", b"Salary review"):
        assert secret not in raw
    db = open_db(tmp_path / "db.sqlite")
    folders = [r[0] for r in db.conn.execute("SELECT folder FROM sync_state")]
    db.conn.close()
    assert "HR" not in folders and "INBOX" in folders


def test_allow_list_mode_reads_only_mail_with_a_directory_client(
        dovecot: DovecotServer, imap_user: DovecotUser, tmp_path: Path) -> None:
    directory = tmp_path / "clients.csv"
    directory.write_text("client,domains,owner\nClient One,client-1.ru,anna@testbank.ru\n",
                         encoding="utf-8")
    dovecot.append_many(imap_user, "INBOX", [
        make_message("Client mail", sender="olga@sales.client-1.ru"),
        make_message("Newsletter", sender="news@shop.example"),
        make_message("Friend", sender="friend@gmail.com"),
    ])
    settings = make_settings(mailboxes=[dovecot.mailbox_settings(imap_user, owner="anna@testbank.ru")],
                             privacy={"only_clients": True},
                             clients={"directory": str(directory), "auto_create": True})
    from dealtrail.directory import sync_directory
    db = open_db(tmp_path / "db.sqlite")
    try:
        sync_directory(db, settings)
        report = sync_mailbox(db, settings, settings.mailboxes[0])
        subjects = [r[0] for r in db.conn.execute("SELECT subject FROM messages")]
        clients = [r[0] for r in db.conn.execute("SELECT name FROM clients")]
    finally:
        db.conn.close()
    assert (report.added, report.skipped) == (1, 2)
    assert subjects == ["Client mail"]
    assert clients == ["Client One"]     # nothing auto-created from skipped mail


def test_a_mailbox_tier_overrides_the_company_tier(
        dovecot: DovecotServer, imap_user: DovecotUser, tmp_path: Path) -> None:
    dovecot.append(imap_user, "INBOX", make_message(
        "Deposit", sender="olga@client-1.ru", body="The weather in Kazan is lovely this week."))
    box = dovecot.mailbox_settings(imap_user, owner="anna@testbank.ru") | {"privacy": "full"}
    settings = make_settings(mailboxes=[box], privacy={"tier": "metadata"})
    db = open_db(tmp_path / "db.sqlite")
    try:
        assert sync_mailbox(db, settings, settings.mailboxes[0]).added == 1
        kept = db.conn.execute("SELECT new_text FROM messages").fetchone()[0]
    finally:
        db.conn.close()
    assert "Kazan" in kept


EWS_FIRST = "AAMkADdlYzc2LTAwMQBGAAAAAADinbox01AAA="
GRAPH_FIRST = "AAMkAGVmMDEzMTM4AGinbox-g01AAA="
FIRST_SUBJECT = "Кредитная линия на 2026".encode()


def _recorded_sync(server: Any, box: dict[str, Any], db_path: Path) -> Any:
    settings = make_settings(mailboxes=[box], privacy={"tier": "full"})
    db = open_db(db_path)
    try:
        with clock.freeze(datetime(2026, 3, 10, 9, 0, tzinfo=UTC)):
            return sync_mailbox(db, settings, settings.mailboxes[0])
    finally:
        db.conn.close()


def test_mail_graph_marks_private_is_never_downloaded_nor_stored(
        recorded_http: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from tests.test_graph import graph_box

    monkeypatch.setenv("GRAPH_TEST_SECRET", GRAPH_CLIENT_SECRET)
    recorded_http.script.sensitivity = {GRAPH_FIRST: "Private"}
    report = _recorded_sync(recorded_http, graph_box(recorded_http), tmp_path / "db.sqlite")
    assert report.error == "" and report.skipped == 1 and report.added > 0
    mime_ids = [r.path for r in recorded_http.operations("mime")]
    assert mime_ids and not any(GRAPH_FIRST in p for p in mime_ids)
    assert FIRST_SUBJECT not in raw_files(tmp_path / "db.sqlite")


def test_mail_exchange_marks_private_over_ews_is_never_stored(
        recorded_http: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("EWS_TEST_PASSWORD", EWS_PASSWORD)
    recorded_http.script.sensitivity = {EWS_FIRST: "Private"}
    raw_box = {"name": "anna-ews", "kind": "ews", "owner": "anna@testbank.ru",
               "service_endpoint": recorded_http.ews_url, "username": EWS_USER,
               "password": {"env": "EWS_TEST_PASSWORD"}, "auth": "basic",
               "access": "impersonation", "ca_file": recorded_http.ca_file}
    report = _recorded_sync(recorded_http, raw_box, tmp_path / "db.sqlite")
    assert report.error == "" and report.skipped == 1 and report.added > 0
    asked = [f for r in recorded_http.operations("GetItem") for f in r.detail.get("fields", [])]
    assert "item:Sensitivity" in asked
    assert FIRST_SUBJECT not in raw_files(tmp_path / "db.sqlite")


def test_a_tags_mailbox_keeps_the_text_its_commands_are_read_from(
        dovecot: DovecotServer, imap_user: DovecotUser, tmp_path: Path) -> None:
    dovecot.append(imap_user, "INBOX", make_message(
        "Re: deposit", sender="anna@testbank.ru", to="deals@testbank.ru",
        body="#stage proposal #next friday"))
    box = dovecot.mailbox_settings(imap_user, owner="deals@testbank.ru") | {"purpose": "tags"}
    settings = make_settings(mailboxes=[box])          # the default tier, no tags.address
    assert settings.privacy.tier == "facts" and not settings.tags.address
    db = open_db(tmp_path / "db.sqlite")
    try:
        assert sync_mailbox(db, settings, settings.mailboxes[0]).added == 1
        kept = db.conn.execute("SELECT new_text FROM messages").fetchone()[0]
    finally:
        db.conn.close()
    assert "#stage proposal" in kept


def test_a_deny_entry_that_is_neither_address_nor_domain_is_refused() -> None:
    from dealtrail.errors import ConfigError

    with pytest.raises(ConfigError, match=r'privacy.deny: .*"@family-law.ru"'):
        make_settings(privacy={"deny": ["family-law.ru"]})
