"""IMAP with XOAUTH2 against a real Dovecot whose oauth2 passdb asks a real introspection endpoint.

After one check of the server itself (OAUTHBEARER), every test goes through the
product path: a ``[[mailboxes]]`` entry with ``oauth2_token = {env = ...}`` or
``{command = ...}`` and no password, synced by ``sync_mailbox`` or ``dealtrail
index``. The one rejected login happens on a Dovecot of this module's own
(``rejecting_dovecot``): after a failure Dovecot delays every later login from the
same address, so failures on a shared server would slow other tests, and theirs this one.
"""

from __future__ import annotations

import base64
import imaplib
import json
import logging
import shlex
import sqlite3
import ssl
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from dealtrail.cli import cli
from dealtrail.store import open_db
from indexer.sync import sync_mailbox
from tests.conftest import make_settings
from tests.fixtures.dovecot import (
    DovecotServer,
    DovecotUser,
    TokenIntrospection,
    make_message,
    running_dovecot,
)


def introspection(server: DovecotServer) -> TokenIntrospection:
    assert server.oauth2 is not None, "the Dovecot fixture runs without its token endpoint"
    return server.oauth2


def oauth2_mailbox(server: DovecotServer, user: DovecotUser, token: dict[str, str],
                   **extra: Any) -> dict[str, Any]:
    """A ``[[mailboxes]]`` mapping that logs in with XOAUTH2 only (no password at all)."""
    mapping = server.mailbox_settings(user, **extra)
    del mapping["password"]
    mapping["oauth2_token"] = token
    return mapping


def stored_subjects(db_path: Path, mailbox: str) -> list[str]:
    conn = sqlite3.connect(str(db_path))
    try:
        return sorted(r[0] for r in conn.execute(
            "SELECT m.subject FROM messages m JOIN mailboxes b ON b.id = m.mailbox_id "
            "WHERE b.name = ?", (mailbox,)))
    finally:
        conn.close()


def test_server_takes_oauthbearer_from_the_introspection_endpoint(dovecot: DovecotServer,
                                                                   imap_user: DovecotUser) -> None:
    # The fixture itself: OAUTHBEARER (RFC 7628) is accepted too, and the token is checked
    # by asking the endpoint, not by a password file.
    endpoint = introspection(dovecot)
    token = endpoint.issue(imap_user)
    imap = imaplib.IMAP4_SSL(dovecot.host, dovecot.tls_port,
                             ssl_context=ssl.create_default_context(cafile=str(dovecot.ca_file)))
    try:
        payload = (f"n,a={imap_user.name},\x01host={dovecot.host}\x01port={dovecot.tls_port}"
                   f"\x01auth=Bearer {token}\x01\x01").encode()
        typ, _ = imap.authenticate("OAUTHBEARER", lambda _challenge: payload)
        assert typ == "OK"
        assert imap.select("INBOX", readonly=True)[0] == "OK"
    finally:
        imap.logout()
    assert (imap_user.name, True) in endpoint.checks


def test_valid_token_from_env_syncs_the_mailbox(dovecot: DovecotServer, imap_user: DovecotUser,
                                                tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    endpoint = introspection(dovecot)
    dovecot.append_many(imap_user, "INBOX", [make_message(f"Loan offer {i}") for i in range(3)])
    monkeypatch.setenv("DEALTRAIL_TEST_OAUTH2_ENV", endpoint.issue(imap_user))
    checks_before = len(endpoint.checks)
    settings = make_settings(mailboxes=[oauth2_mailbox(
        dovecot, imap_user, {"env": "DEALTRAIL_TEST_OAUTH2_ENV"}, owner="anna@testbank.ru")])
    db = open_db(tmp_path / "oauth2.db")
    try:
        report = sync_mailbox(db, settings, settings.mailboxes[0])
    finally:
        db.conn.close()
    assert (report.error, report.added) == ("", 3)
    assert stored_subjects(tmp_path / "oauth2.db", settings.mailboxes[0].name) == [
        "Loan offer 0", "Loan offer 1", "Loan offer 2"]
    # The login went through the oauth2 passdb: Dovecot asked the endpoint about this user.
    assert (imap_user.name, True) in endpoint.checks[checks_before:]


def test_token_command_runs_on_every_run_so_a_renewed_token_is_picked_up(
        dovecot: DovecotServer, imap_user: DovecotUser, tmp_path: Path) -> None:
    endpoint = introspection(dovecot)
    token_file = tmp_path / "token"
    token_file.write_text(endpoint.issue(imap_user) + "\n", encoding="utf-8")
    settings = make_settings(mailboxes=[oauth2_mailbox(
        dovecot, imap_user, {"command": f"cat {shlex.quote(str(token_file))}"},
        owner="anna@testbank.ru")])
    mailbox = settings.mailboxes[0]
    dovecot.append(imap_user, "INBOX", make_message("Before renewal"))
    db = open_db(tmp_path / "renew.db")
    try:
        first = sync_mailbox(db, settings, mailbox)
        assert (first.error, first.added) == ("", 1)
        # The provider rotates the token: the old one dies, the helper now prints a new one.
        old = token_file.read_text(encoding="utf-8").strip()
        token_file.write_text(endpoint.issue(imap_user) + "\n", encoding="utf-8")
        endpoint.expire(old)
        dovecot.append(imap_user, "INBOX", make_message("After renewal"))
        second = sync_mailbox(db, settings, mailbox)
    finally:
        db.conn.close()
    assert (second.error, second.added) == ("", 1)
    assert stored_subjects(tmp_path / "renew.db", mailbox.name) == ["After renewal",
                                                                     "Before renewal"]


# -- an expired token next to a valid one, through `dealtrail index` -------------------------

@dataclass
class IndexRun:
    """One `dealtrail -vv index`: anna-mail with an expired token, then ben-mail with a valid one."""

    exit_code: int
    output: str
    records: list[logging.LogRecord]
    db_path: Path
    tokens: dict[str, str]          # mailbox name -> the token it used
    users: dict[str, DovecotUser]   # mailbox name -> its user


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _toml_mailbox(mapping: dict[str, Any]) -> str:
    token = mapping["oauth2_token"]
    kind, value = next(iter(token.items()))
    return f"""
[[mailboxes]]
name = "{mapping['name']}"
kind = "imap"
owner = "{mapping['owner']}"
host = "{mapping['host']}"
port = {mapping['port']}
tls = "implicit"
username = "{mapping['username']}"
oauth2_token = {{{kind} = {json.dumps(value)}}}
ca_file = {json.dumps(mapping['ca_file'])}
timeout = 10.0
"""


@pytest.fixture(scope="module")
def rejecting_dovecot() -> Iterator[DovecotServer]:
    """A Dovecot only for the rejected token (about 0.1 s to start)."""
    yield from running_dovecot(pool_size=2)


@pytest.fixture(scope="module")
def index_run(dovecot: DovecotServer, rejecting_dovecot: DovecotServer,
              tmp_path_factory: pytest.TempPathFactory) -> Iterator[IndexRun]:
    """Run the index once for the module: the only rejected login of these tests."""
    folder = tmp_path_factory.mktemp("oauth2-index")
    valid_user = dovecot.add_user()
    expired_user = rejecting_dovecot.add_user()
    dovecot.append(valid_user, "INBOX", make_message("Still indexed"))
    rejecting_dovecot.append(expired_user, "INBOX", make_message("Never read"))
    valid_token = introspection(dovecot).issue(valid_user)
    expired_token = introspection(rejecting_dovecot).issue(expired_user)
    introspection(rejecting_dovecot).expire(expired_token)
    token_file = folder / "expired-token"
    token_file.write_text(expired_token, encoding="utf-8")
    db_path = folder / "dealtrail.db"
    config = folder / "dealtrail.toml"
    config.write_text(f"""database = {json.dumps(str(db_path))}
[company]
name = "Test Bank"
internal_domains = ["testbank.ru"]
[[managers]]
email = "anna@testbank.ru"
name = "Anna Petrova"
[[managers]]
email = "ben@testbank.ru"
name = "Ben Miller"
""" + _toml_mailbox(oauth2_mailbox(
        rejecting_dovecot, expired_user, {"command": f"cat {shlex.quote(str(token_file))}"},
        name="anna-mail", owner="anna@testbank.ru"))
        + _toml_mailbox(oauth2_mailbox(
            dovecot, valid_user, {"env": "DEALTRAIL_TEST_OAUTH2_VALID"}, name="ben-mail",
            owner="ben@testbank.ru")), encoding="utf-8")
    collect = _Collect()
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(collect)
    root.setLevel(logging.DEBUG)
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("DEALTRAIL_TEST_OAUTH2_VALID", valid_token)
            result = CliRunner().invoke(cli, ["-vv", "--config", str(config), "index", "--quiet"])
    finally:
        root.removeHandler(collect)
        root.setLevel(old_level)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    yield IndexRun(exit_code=result.exit_code, output=result.output, records=collect.records,
                   db_path=db_path, tokens={"anna-mail": expired_token, "ben-mail": valid_token},
                   users={"anna-mail": expired_user, "ben-mail": valid_user})


def test_expired_token_fails_its_mailbox_once_saying_to_renew_it_and_the_other_syncs(
        index_run: IndexRun) -> None:
    conn = sqlite3.connect(str(index_run.db_path))
    try:
        errors = dict(conn.execute("SELECT name, last_error FROM mailboxes"))
        jobs = conn.execute("SELECT job, status, summary FROM job_runs WHERE job LIKE 'index:%' "
                            "ORDER BY job").fetchall()
    finally:
        conn.close()
    error = errors["anna-mail"] or ""
    assert "mailbox anna-mail" in error and index_run.users["anna-mail"].name in error
    assert "rejected the login" in error
    assert error.count("renew the OAuth2 token") == 1
    assert "password" not in error           # the advice fits a token, not a password
    assert errors["ben-mail"] is None
    assert [(job, status) for job, status, _ in jobs] == [("index:anna-mail", "failed"),
                                                          ("index:ben-mail", "ok")]
    assert stored_subjects(index_run.db_path, "ben-mail") == ["Still indexed"]
    assert stored_subjects(index_run.db_path, "anna-mail") == []
    # One error: no retries or reconnects for a rejected token, one line on the console.
    assert index_run.exit_code == 1
    assert [line for line in index_run.output.splitlines() if "error:" in line] == [
        next(line for line in index_run.output.splitlines() if "mailbox=anna-mail" in line)]
    noisy = [r for r in index_run.records if r.levelno >= logging.WARNING
             and "anna-mail" in r.getMessage()]
    assert len(noisy) == 1, [r.getMessage() for r in noisy]


def test_tokens_never_reach_the_logs_the_console_or_the_database(index_run: IndexRun) -> None:
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    logged = "\n".join(formatter.format(r) for r in index_run.records)
    # The wire log was on (so this test can fail) and covered the login itself.
    assert any(r.name.startswith(("imapclient", "indexer.imap")) for r in index_run.records)
    assert "AUTHENTICATE **REDACTED**" in logged
    db_bytes = b"".join(p.read_bytes() for p in index_run.db_path.parent.glob("dealtrail.db*"))
    assert db_bytes
    for name, token in index_run.tokens.items():
        user = index_run.users[name].name
        sasl = base64.b64encode(f"user={user}\x01auth=Bearer {token}\x01\x01".encode()).decode()
        for secret in (token, sasl):
            assert secret not in logged, name
            assert secret not in index_run.output, name
            assert secret.encode() not in db_bytes, name


def _literal_sizes_per_authenticate(records: list[logging.LogRecord]) -> list[list[int]]:
    """From imaplib's wire log: the sizes of the client's responses after each AUTHENTICATE."""
    exchanges: list[list[int]] = []
    for record in records:
        message = record.getMessage()
        if "AUTHENTICATE" in message and ">" in message:
            exchanges.append([])
        elif message.startswith("write literal size ") and exchanges:
            exchanges[-1].append(int(message.rsplit(" ", 1)[1]))
    return exchanges


def test_a_rejected_token_is_sent_once_and_the_error_challenge_answered_empty(
        index_run: IndexRun) -> None:
    exchanges = _literal_sizes_per_authenticate(index_run.records)
    assert len(exchanges) == 2, exchanges          # anna-mail (rejected), ben-mail (accepted)
    rejected, accepted = exchanges
    assert len(accepted) == 1 and accepted[0] > 0
    assert len(rejected) == 2, rejected            # the token, then the answer to the error
    assert rejected[0] > 0 and rejected[1] == 0
