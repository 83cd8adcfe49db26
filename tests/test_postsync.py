"""The post-sync step under the daemon: `dealtrail run`'s scheduler reads a tag reply from a
real Dovecot, applies it, runs the rules for the client it changed, and confirms it over a
real SMTP server."""

from __future__ import annotations

import threading
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from dealtrail import clock
from dealtrail.deals import get_deal
from dealtrail.store import open_db, rows
from reports import scheduler
from rules.engine import run_rules
from tests.conftest import make_settings, seed_clients_and_deals
from tests.test_tags_e2e import TAG, mail


def _wait(check: Any, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.3)
    return bool(check())


def _applied(db_path: Path, key: str) -> bool:
    db = open_db(db_path, migrate=False)
    try:
        found = rows(db, "SELECT status, confirmation_sent_at FROM tag_commands"
                         " WHERE message_key = ?", [key])
    finally:
        db.conn.close()
    return bool(found) and found[0]["status"] == "applied" and bool(found[0]["confirmation_sent_at"])


def test_the_scheduler_applies_a_tag_reply_runs_its_rules_and_confirms_it(
        dovecot: Any, smtp: Any, tmp_path: Path) -> None:
    ben_box, tag_box = dovecot.add_user(), dovecot.add_user()
    # The first sync's worker processes come from a fork server that an earlier test may have
    # started with an older environment, so the passwords are read by a command, not from it.
    secrets = {}
    for user in (ben_box, tag_box):
        (tmp_path / user.name).write_text(user.password, encoding="utf-8")
        secrets[user.name] = {"command": f"cat {tmp_path / user.name}"}
    settings = make_settings(
        mailboxes=[dovecot.mailbox_settings(ben_box, name="ben", owner="ben@testbank.ru",
                                            password=secrets[ben_box.name]),
                   dovecot.mailbox_settings(tag_box, name="tags", owner=TAG, purpose="tags",
                                            password=secrets[tag_box.name])],
        tags={"address": TAG},
        digest={"enabled": False, "sender": "dealtrail@testbank.ru", "tag_address": TAG},
        schedule={"index_every_minutes": 60, "jitter_seconds": 0},
        smtp=smtp.config("starttls"))
    db_path = tmp_path / "run.db"
    deals = seed_clients_and_deals(db_path, settings)
    # Globex's next contact was three days ago and nobody wrote: the rule has flagged it.
    db = open_db(db_path)
    db.conn.execute("UPDATE deals SET next_contact_at = ? WHERE id = ?",
                    (clock.iso(clock.now() - timedelta(days=3)), deals["Globex"]))
    db.conn.commit()
    run_rules(db, settings)
    missed = "SELECT status FROM violations WHERE rule = 'missed_next_contact' AND deal_id = ?"
    assert [r["status"] for r in rows(db, missed, [deals["Globex"]])] == ["open"]
    db.conn.close()

    # Ben reschedules by tag; the reply reaches the tag mailbox and his own Sent folder.
    reply = mail("ben@testbank.ru", TAG, "Re: Daily digest",
                 f"D-{deals['Globex']} #stage proposal #next tomorrow 15:00 Term sheet sent.",
                 "sched-t1@testbank.ru")
    dovecot.append(ben_box, "Sent", reply)
    dovecot.append(tag_box, "INBOX", reply)

    stop = threading.Event()
    runner = threading.Thread(target=scheduler.run_forever, args=(settings, db_path),
                              kwargs={"stop": stop}, daemon=True)
    runner.start()
    try:
        done = _wait(lambda: _applied(db_path, "sched-t1@testbank.ru")
                     and smtp.to("ben@testbank.ru"), 45)
    finally:
        stop.set()
        runner.join(timeout=60)
    assert not runner.is_alive()
    assert done, "the tag reply was not applied and confirmed under the scheduler"

    db = open_db(db_path)
    try:
        assert get_deal(db, deals["Globex"])["stage"] == "proposal"
        # The rules ran for the client the tag changed, though no mail of that client arrived.
        assert [r["status"] for r in rows(db, missed, [deals["Globex"]])] == ["resolved"]
        summaries = {r["job"]: r["summary"] for r in scheduler.last_runs(db)}
    finally:
        db.conn.close()
    confirmation = smtp.to("ben@testbank.ru")[0].parsed()
    assert str(confirmation["Subject"]) == "Tags applied: Re: Daily digest"
    assert "stage: qualified -> proposal" in confirmation.get_content()
    assert confirmation["In-Reply-To"] == "<sched-t1@testbank.ru>"
    assert {"index:ben", "index:tags"} <= set(summaries)


def _unanswered_question(tmp_path: Path, monkeypatch: Any) -> tuple[Any, Path]:
    """Settings and a database for Anna's mailbox holding a client's five-day-old question."""
    from tests.test_scheduler import maildir

    monkeypatch.setenv("DEALTRAIL_NOW", "2026-11-26T10:00:00+00:00")    # a Thursday
    box = maildir(tmp_path / "anna")
    question = mail("boss@acme.ru", "anna@testbank.ru", "Rates",
                    "Could you send us the deposit rates, please?", "q1@acme.ru",
                    minutes_ago=5 * 24 * 60)
    (box / "cur" / "1.eml:2,S").write_bytes(question.as_bytes())
    settings = make_settings(mailboxes=[{"name": "anna", "kind": "maildir",
                                         "owner": "anna@testbank.ru", "path": str(box)}])
    db_path = tmp_path / "index.db"
    seed_clients_and_deals(db_path, settings)
    return settings, db_path


def _unanswered(db_path: Path) -> list[dict[str, Any]]:
    db = open_db(db_path)
    try:
        return rows(db, "SELECT v.status, c.name FROM violations v JOIN clients c"
                        " ON c.id = v.client_id WHERE v.rule = 'unanswered'")
    finally:
        db.conn.close()


def test_dealtrail_index_runs_the_rules_for_the_clients_whose_mail_arrived(
        tmp_path: Path, monkeypatch: Any) -> None:
    from indexer.runner import index_configured

    settings, db_path = _unanswered_question(tmp_path, monkeypatch)

    report = index_configured(settings, db_path, workers=1, progress=False)

    assert [s.added for s in report.syncs] == [1] and report.error == ""
    assert report.rules is not None and report.rules.get("unanswered").opened == 1
    assert "rules for 1 clients" in report.lines()[-1]
    assert _unanswered(db_path) == [{"status": "open", "name": "Acme"}]


def test_a_run_that_died_after_its_sync_has_its_post_sync_step_done_by_the_next(
        tmp_path: Path, monkeypatch: Any) -> None:
    from indexer.runner import index_configured
    from indexer.sync import sync_all

    settings, db_path = _unanswered_question(tmp_path, monkeypatch)
    # What a run killed right after its last batch committed leaves behind: the mail is
    # stored, its checkpoint too, and nothing after the sync ran.
    db = open_db(db_path)
    try:
        assert [r.added for r in sync_all(db, settings)] == [1]
    finally:
        db.conn.close()
    assert _unanswered(db_path) == []

    again = index_configured(settings, db_path, workers=1, progress=False)

    assert [s.added for s in again.syncs] == [0]
    assert again.rules is not None and again.rules.get("unanswered").opened == 1
    assert _unanswered(db_path) == [{"status": "open", "name": "Acme"}]
    # Done once: a third run has nothing left over.
    assert index_configured(settings, db_path, workers=1, progress=False).rules is None
