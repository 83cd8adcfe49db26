"""What tag trust reads from the store, filled by the real indexer from a real IMAP server.

A manager may Bcc the tag address on their own message to a client: only the
Sent copy carries the Bcc header, and the writer keeps it in ``bcc_addrs``.
With ``tags.trust = "authentication-results"`` the writer keeps only the
topmost Authentication-Results header (the one the receiving server added);
a sender can put any header below it, so a forged "pass" there is not trusted.
"""

from __future__ import annotations

import json
from datetime import timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from dealtrail import clock
from dealtrail.deals import get_deal
from dealtrail.store import open_db, rows
from indexer.parse import parse_message
from indexer.runner import index_configured
from tests.conftest import make_settings, seed_clients_and_deals

TAG = "deals@testbank.ru"
RECEIVER_FAIL = ("mx.testbank.ru; dkim=none; spf=fail smtp.mailfrom=evil.example")
FORGED_PASS = "mx.testbank.ru; dkim=pass header.d=testbank.ru; spf=pass smtp.mailfrom=testbank.ru"
RECEIVER_PASS = "mx.testbank.ru; dkim=pass header.d=testbank.ru"


def _raw(sender: str, to: str, subject: str, body: str, msgid: str, *,
         auth: tuple[str, ...] = ()) -> bytes:
    lines = [f"Authentication-Results: {value}" for value in auth] + [
        f"From: {sender}", f"To: {to}", f"Subject: {subject}",
        f"Date: {format_datetime(clock.now() - timedelta(minutes=5))}",
        f"Message-ID: <{msgid}>", "Content-Type: text/plain; charset=utf-8", "", body, ""]
    return "\r\n".join(lines).encode()




def test_topmost_authentication_results_is_the_one_kept_by_the_parser() -> None:
    raw = _raw("ben@testbank.ru", TAG, "x", "body", "p1@x", auth=(RECEIVER_FAIL, FORGED_PASS))
    assert parse_message(raw, "1").headers["authentication-results"] == RECEIVER_FAIL


def test_manager_bcc_to_the_tag_address_on_a_sent_message_is_applied(
        dovecot: Any, tmp_path: Path) -> None:
    anna_box = dovecot.add_user()
    settings = make_settings(
        mailboxes=[dovecot.mailbox_settings(anna_box, name="anna", owner="anna@testbank.ru")],
        tags={"address": TAG, "pending_hours": 0})
    db_path = tmp_path / "bcc.db"
    deals = seed_clients_and_deals(db_path, settings)
    sent = EmailMessage()
    sent["From"] = "anna@testbank.ru"
    sent["To"] = "boss@acme.ru"
    sent["Bcc"] = TAG
    sent["Subject"] = "Предложение по кредиту"
    sent["Date"] = format_datetime(clock.now() - timedelta(minutes=5))
    sent["Message-ID"] = "<bcc1@testbank.ru>"
    sent.set_content("#этап предложение Направляю предложение по ставке.")
    dovecot.append(anna_box, "Sent", sent)

    reports = index_configured(settings, db_path, progress=False).syncs
    assert [r.error for r in reports] == [""]
    db = open_db(db_path)
    stored = rows(db, "SELECT to_addrs, bcc_addrs FROM messages WHERE message_key = ?",
                  ["bcc1@testbank.ru"])[0]
    assert json.loads(stored["bcc_addrs"]) == [TAG]
    assert TAG not in stored["to_addrs"]
    command = rows(db, "SELECT status, reason FROM tag_commands WHERE message_key = ?",
                   ["bcc1@testbank.ru"])
    assert [c["status"] for c in command] == ["applied"]
    assert get_deal(db, deals["Acme"])["stage"] == "proposal"
    db.conn.close()


def test_a_forged_lower_authentication_results_header_is_not_trusted(
        dovecot: Any, tmp_path: Path) -> None:
    tag_box = dovecot.add_user()
    settings = make_settings(
        mailboxes=[dovecot.mailbox_settings(tag_box, name="tags", owner=TAG, purpose="tags")],
        tags={"address": TAG, "pending_hours": 0,
              "trust": "authentication-results", "auth_domain": "testbank.ru",
              "authserv_id": "mx.testbank.ru"})
    db_path = tmp_path / "auth.db"
    deals = seed_clients_and_deals(db_path, settings)
    # Neither message has a Sent copy in a managed mailbox; only the headers can vouch.
    dovecot.append(tag_box, "INBOX", _raw(
        "ben@testbank.ru", TAG, "Globex", f"D-{deals['Globex']} #won", "forged@evil.example",
        auth=(RECEIVER_FAIL, FORGED_PASS)))
    dovecot.append(tag_box, "INBOX", _raw(
        "anna@testbank.ru", TAG, "Acme", f"D-{deals['Acme']} #stage proposal", "real@testbank.ru",
        auth=(RECEIVER_PASS, "relay.internal; spf=none")))

    reports = index_configured(settings, db_path, progress=False).syncs
    assert [r.error for r in reports] == [""]
    db = open_db(db_path)
    stored = {r["message_key"]: r["auth_results"] for r in rows(
        db, "SELECT message_key, auth_results FROM messages")}
    assert stored == {"forged@evil.example": RECEIVER_FAIL, "real@testbank.ru": RECEIVER_PASS}
    status = {r["message_key"]: r for r in rows(db, "SELECT * FROM tag_commands")}
    assert status["forged@evil.example"]["status"] == "rejected"
    assert "testbank.ru" in status["forged@evil.example"]["reason"]
    assert status["real@testbank.ru"]["status"] == "applied"
    assert get_deal(db, deals["Globex"])["status"] == "open"
    assert get_deal(db, deals["Acme"])["stage"] == "proposal"
    db.conn.close()


def test_worker_processes_carry_bcc_and_the_topmost_authentication_results(tmp_path: Path) -> None:
    from indexer.runner import index_maildir

    maildir = tmp_path / "mail"
    for sub in ("cur", "new", "tmp"):
        (maildir / ".Sent" / sub).mkdir(parents=True)
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    sent = _raw("anna@testbank.ru", "boss@acme.ru", "Offer", "See the offer.", "w1@testbank.ru")
    sent = sent.replace(b"To: boss@acme.ru\r\n", f"To: boss@acme.ru\r\nBcc: {TAG}\r\n".encode())
    (maildir / ".Sent" / "cur" / "1.M1P1.host:2,S").write_bytes(sent)
    (maildir / "cur" / "2.M2P1.host:2,S").write_bytes(_raw(
        "boss@acme.ru", "anna@testbank.ru", "Re: Offer", "Thanks.", "w2@acme.ru",
        auth=(RECEIVER_PASS, FORGED_PASS)))
    db_path = tmp_path / "w.db"
    report = index_maildir(maildir, "anna@testbank.ru", db_path, workers=2, progress=False).syncs[0]
    assert (report.added, report.error) == (2, "")
    db = open_db(db_path)
    stored = {r["message_key"]: r for r in rows(db, "SELECT * FROM messages")}
    assert json.loads(stored["w1@testbank.ru"]["bcc_addrs"]) == [TAG]
    assert stored["w2@acme.ru"]["auth_results"] == RECEIVER_PASS
    db.conn.close()
