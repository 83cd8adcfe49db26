"""Sending digests through a real SMTP server: headers, parts, exactly once across restarts."""

from __future__ import annotations

import functools
from typing import Any

import pytest

from dealtrail import mailer
from dealtrail.errors import DeliveryError
from dealtrail.store import rows
from reports import digest as digest_mod
from reports import digest_delivery as delivery
from tests.test_digest import AS_OF, XSS, digest_settings, seed

EVERYONE = {"head@testbank.ru", "anna@testbank.ru", "ben@testbank.ru"}


def fast(smtp_settings: Any, msg: Any) -> None:
    """Real delivery with a short back-off so failure tests stay quick."""
    mailer.send(smtp_settings, msg, retries=1, backoff=0.01)


@pytest.fixture
def ssettings(smtp: Any) -> Any:
    return digest_settings(smtp=smtp.config("starttls"))


@pytest.fixture
def seeded(db: Any, ssettings: Any) -> dict[str, int]:
    return seed(db, ssettings)


def sent_rows(db: Any) -> dict[str, dict[str, Any]]:
    return {r["recipient"]: r for r in rows(db, "SELECT * FROM digests_sent WHERE kind = 'daily'")}


def test_each_recipient_gets_one_digest_with_both_parts_and_the_right_headers(
        db, ssettings, seeded, smtp):
    report = delivery.send_digests(db, ssettings, now=AS_OF, deliver=fast)

    assert sorted(r for r, _, _ in report.sent) == sorted(EVERYONE) and report.ok
    assert {m.rcpt_tos[0] for m in smtp.messages} == EVERYONE and len(smtp.messages) == 3
    recorded = sent_rows(db)
    for received in smtp.messages:
        msg = received.parsed()
        who = received.rcpt_tos[0]
        assert received.tls and received.login == smtp.username
        assert msg["From"].addresses[0].addr_spec == "dealtrail@testbank.ru"
        assert msg["Reply-To"] == "tags@testbank.ru"
        assert msg["To"] == who
        assert recorded[who]["status"] == "sent" and recorded[who]["period"] == "2026-11-26"
        assert recorded[who]["message_id"] == msg["Message-ID"].strip("<>")
        plain, html = msg.get_body(("plain",)), msg.get_body(("html",))
        assert plain.get_content_charset() == "utf-8" and html.get_content_charset() == "utf-8"
        assert msg.get_content_type() == "multipart/alternative"
        text, page = plain.get_content(), html.get_content()
        if who == "ben@testbank.ru":
            assert msg["Subject"] == "Test Bank: your day, 26 November"
            assert "Your contacts today" in text and "Your contacts today" in page
            assert XSS in text and XSS not in page and "&lt;img src=x" in page
        else:
            assert "26 ноября" in msg["Subject"]
            assert "Доброе утро" in text and "Доброе утро" in page


def test_a_second_run_sends_nothing(db, ssettings, seeded, smtp):
    delivery.send_digests(db, ssettings, now=AS_OF, deliver=fast)
    again = delivery.send_digests(db, ssettings, now=AS_OF.replace(hour=9), deliver=fast)
    assert again.sent == [] and len(again.skipped) == 3
    assert len(smtp.messages) == 3


def test_opted_out_recipient_gets_nothing(db, smtp, ):
    settings = digest_settings(smtp=smtp.config("starttls"),
                               digest={"sender": "dealtrail@testbank.ru",
                                       "opt_out": ["anna@testbank.ru"]})
    seed(db, settings)
    delivery.send_digests(db, settings, now=AS_OF, deliver=fast)
    assert smtp.to("anna@testbank.ru") == [] and len(smtp.messages) == 2
    assert "anna@testbank.ru" not in sent_rows(db)


class Crash(BaseException):
    """Stands for the process being killed (not an Exception: nothing may catch it)."""


def crashing(after_deliveries: int, *, deliver_first: bool) -> Any:
    """A delivery function that dies on call number ``after_deliveries + 1``."""
    calls = {"n": 0}

    def deliver(smtp_settings: Any, msg: Any) -> None:
        calls["n"] += 1
        if calls["n"] > after_deliveries:
            if deliver_first:
                fast(smtp_settings, msg)
            raise Crash()
        fast(smtp_settings, msg)
    return deliver


def test_restart_after_a_crash_before_delivery_has_no_duplicate_and_no_miss(
        db, ssettings, seeded, smtp):
    with pytest.raises(Crash):
        delivery.send_digests(db, ssettings, now=AS_OF, deliver=crashing(1, deliver_first=False))
    assert len(smtp.messages) == 1
    states = {r["status"] for r in sent_rows(db).values()}
    assert states == {"sent", "sending"}

    delivery.send_digests(db, ssettings, now=AS_OF, deliver=fast)
    per_recipient = {who: len(smtp.to(who)) for who in EVERYONE}
    assert per_recipient == dict.fromkeys(EVERYONE, 1)
    assert {r["status"] for r in sent_rows(db).values()} == {"sent"}


def test_crash_after_delivery_is_not_resent_once_the_message_was_indexed(
        db, ssettings, seeded, smtp):
    with pytest.raises(Crash):
        delivery.send_digests(db, ssettings, now=AS_OF, deliver=crashing(0, deliver_first=True))
    assert len(smtp.messages) == 1
    who = smtp.messages[0].rcpt_tos[0]
    pending = sent_rows(db)[who]
    assert pending["status"] == "sending"
    # The recipient's mailbox was indexed meanwhile: the digest is in it.
    mailbox = db.conn.execute("INSERT INTO mailboxes (name, kind, owner_email) VALUES "
                              "('inbox', 'imap', ?)", (who,)).lastrowid
    db.conn.execute("INSERT INTO messages (mailbox_id, message_key, folder, remote_id, message_id, "
                    "sent_at, direction, indexed_at) VALUES (?,?,?,?,?,?,?,?)",
                    (mailbox, pending["message_id"], "INBOX", "9", pending["message_id"],
                     AS_OF.isoformat(), "auto", AS_OF.isoformat()))

    delivery.send_digests(db, ssettings, now=AS_OF, deliver=fast)
    assert {w: len(smtp.to(w)) for w in EVERYONE} == dict.fromkeys(EVERYONE, 1)
    assert sent_rows(db)[who]["status"] == "sent"


def test_crash_after_delivery_not_yet_indexed_is_resent_with_the_same_message_id(
        db, ssettings, seeded, smtp):
    with pytest.raises(Crash):
        delivery.send_digests(db, ssettings, now=AS_OF, deliver=crashing(0, deliver_first=True))
    who = smtp.messages[0].rcpt_tos[0]
    first_id = smtp.messages[0].parsed()["Message-ID"]

    delivery.send_digests(db, ssettings, now=AS_OF, deliver=fast)
    copies = smtp.to(who)
    assert len(copies) == 2                       # never a miss: resent, recognisably the same
    assert {c.parsed()["Message-ID"] for c in copies} == {first_id}
    assert all(len(smtp.to(w)) == 1 for w in EVERYONE - {who})


def test_failed_sends_are_recorded_reported_and_retried_next_run(db, ssettings, seeded, smtp):
    smtp.fail_next(2 * 3)                         # every attempt of every recipient (1 retry each)
    report = delivery.send_digests(db, ssettings, now=AS_OF, deliver=fast)
    assert not report.ok and len(report.failed) == 3 and report.sent == []
    assert "451" in report.summary()
    failed = sent_rows(db)
    assert {r["status"] for r in failed.values()} == {"failed"}
    assert all("451" in r["error"] and r["attempts"] == 1 for r in failed.values())

    retry = delivery.send_digests(db, ssettings, now=AS_OF, deliver=fast)
    assert len(retry.sent) == 3 and retry.ok
    assert {w: len(smtp.to(w)) for w in EVERYONE} == dict.fromkeys(EVERYONE, 1)
    assert all(r["attempts"] == 2 and r["error"] == "" for r in sent_rows(db).values())


def test_a_recipient_that_keeps_failing_is_given_up_after_max_attempts(db, ssettings, seeded, smtp):
    smtp.fail_next(1000)
    for _ in range(delivery.MAX_ATTEMPTS):
        delivery.send_digests(db, ssettings, now=AS_OF, only=["ben@testbank.ru"], deliver=fast)
    last = delivery.send_digests(db, ssettings, now=AS_OF, only=["ben@testbank.ru"],
                                   deliver=fast)
    assert last.gave_up == [("ben@testbank.ru", "daily", "2026-11-26")] and not last.ok
    assert smtp.messages == []


def test_broken_template_fails_the_run_and_sends_nothing(db, ssettings, seeded, smtp, tmp_path):
    import shutil

    broken = tmp_path / "templates"
    shutil.copytree(digest_mod.TEMPLATES, broken)
    page = broken / "_layout.html.jinja"
    page.write_text(page.read_text(encoding="utf-8").replace("{{ subject }}</h1>",
                                                             "{{ subjcet }}</h1>"),
                    encoding="utf-8")
    with pytest.raises(DeliveryError, match="subjcet"):
        delivery.send_digests(db, ssettings, now=AS_OF, deliver=fast,
                                templates_dir=str(broken))
    assert smtp.messages == [] and sent_rows(db) == {}


def test_server_down_is_a_failure_not_a_crash(db, seeded, smtp):
    settings = digest_settings(smtp={"host": "127.0.0.1", "port": 1, "timeout": 2.0})
    report = delivery.send_digests(db, settings, now=AS_OF,
                                     deliver=functools.partial(mailer.send, retries=0))
    assert len(report.failed) == 3 and "127.0.0.1:1" in report.failed[0][3]


def _send_in_another_process(db_path: str, settings: Any, go: Any, done: Any) -> None:
    from dealtrail.store import open_db

    other = open_db(db_path)
    try:
        go.wait(10)
        delivery.send_digests(other, settings, now=AS_OF, deliver=_slow)
        done.put("ok")
    except BaseException as exc:  # noqa: BLE001 - reported to the test
        done.put(repr(exc))
    finally:
        other.conn.close()


def _slow(smtp_settings: Any, msg: Any) -> None:
    """A delivery slow enough that two unsynchronised senders would overlap."""
    import time

    time.sleep(0.3)
    fast(smtp_settings, msg)


def test_two_processes_sending_at_once_deliver_each_digest_once(
        db, db_path, ssettings, seeded, smtp):
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    go, done = ctx.Event(), ctx.Queue()
    senders = [ctx.Process(target=_send_in_another_process, args=(str(db_path), ssettings, go, done))
               for _ in range(2)]
    for p in senders:
        p.start()
    go.set()
    results = [done.get(timeout=60) for _ in senders]
    for p in senders:
        p.join(10)
    assert results == ["ok", "ok"]
    assert {who: len(smtp.to(who)) for who in EVERYONE} == dict.fromkeys(EVERYONE, 1)
    assert {r["status"] for r in sent_rows(db).values()} == {"sent"}


def test_a_sender_waits_for_the_lock_and_says_so_when_it_gives_up(db, ssettings, seeded, smtp):
    from dealtrail.errors import DatabaseError
    from dealtrail.store import exclusive

    with exclusive(db, "digest"):
        # Another holder (here: this process, through a second file descriptor) keeps it.
        with pytest.raises(DatabaseError, match="another dealtrail process has held the digest"):
            with exclusive(db, "digest", wait=0.3):
                pass
    assert smtp.messages == []
