"""Corrections are labels; the company's layer learns from them; they never leave the database.

The end-to-end test runs the real indexer over a Maildir on disk: a client's complaint is
found, the manager replies ``C-1 #нежалоба`` to the tag address from her own mailbox, the
label is stored, the ``learn`` job's work fits the layer, and the next index run no longer
flags the same sentence in a new message.
"""

from __future__ import annotations

import logging
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from dealtrail import labels
from dealtrail.store import open_db, rows
from indexer import complaint_model
from indexer.complaint import detect_complaint
from indexer.learning import LocalLayer, fit_layer, load_layer, retrain
from indexer.runner import index_configured
from rules.engine import waive
from tests.conftest import make_settings

OWNER = "anna@testbank.ru"
TAG = "deals@testbank.ru"
SENTENCE = "Мы крайне недовольны тем, что ваш курьер опять приехал без звонка."


def _raw(sender: str, to: str, text: str, msgid: str, date: str, subject: str = "Доставка"
         ) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = f"<{msgid}>"
    msg.set_content(text)
    return msg.as_bytes()


def _put(root: Path, folder: str, name: str, raw: bytes) -> None:
    for sub in ("cur", "new", "tmp"):
        (root / folder / sub).mkdir(parents=True, exist_ok=True)
    (root / folder / "cur" / f"{name}:2,S").write_bytes(raw)


def _complaints(db_path: Path) -> list[dict[str, Any]]:
    db = open_db(db_path)
    try:
        return rows(db, "SELECT c.id, c.text, c.status, m.message_id FROM complaints c"
                        " JOIN messages m ON m.id = c.message_id ORDER BY c.id")
    finally:
        db.conn.close()


@pytest.fixture
def company(tmp_path: Path) -> dict[str, Any]:
    mail = tmp_path / "mail"
    settings = make_settings(
        mailboxes=[{"name": "anna", "kind": "maildir", "owner": OWNER, "path": str(mail)}],
        tags={"address": TAG, "pending_hours": 0})
    _put(mail, "", "1.M1P1.host", _raw("Boss <boss@acme.ru>", OWNER,
                                       f"Добрый день.\n\n{SENTENCE}\n\nС уважением, Иван",
                                       "c1@acme.ru", "Mon, 07 Dec 2026 10:00:00 +0300"))
    return {"mail": mail, "settings": settings, "db_path": tmp_path / "dealtrail.db",
            "root": tmp_path}


def _index(company: dict[str, Any]) -> None:
    index_configured(company["settings"], company["db_path"], workers=1, progress=False)


def test_not_a_complaint_tag_is_a_label_and_the_next_index_no_longer_flags_the_sentence(
        company: dict[str, Any], caplog: pytest.LogCaptureFixture) -> None:
    _index(company)
    first = _complaints(company["db_path"])
    assert [c["message_id"] for c in first] == ["c1@acme.ru"]
    code = f"C-{first[0]['id']}"
    # The manager's correction: a reply to the tag address, its copy in her Sent folder.
    _put(company["mail"], ".Sent", "2.M2P1.host",
         _raw(OWNER, TAG, f"{code} #нежалоба", "t1@testbank.ru",
              "Mon, 07 Dec 2026 11:00:00 +0300", subject="Re: Доставка"))
    _index(company)
    db = open_db(company["db_path"])
    try:
        got = labels.all_labels(db.conn)
        assert [(r["kind"], r["sentence"], r["lang"], r["actor_email"], r["source"],
                 r["target"]) for r in got] == [
            ("not_complaint", SENTENCE, "ru", OWNER, "tag", code)]
        assert rows(db, "SELECT status FROM complaints")[0]["status"] == "resolved"
        with caplog.at_level(logging.DEBUG):
            report = retrain(db.conn)
        assert report.complaint_labels == 1 and not report.failed
        assert retrain(db.conn).skipped          # nothing new: the job does no work
        layer_data = db.conn.execute("SELECT data FROM local_models").fetchone()[0]
    finally:
        db.conn.close()
    # The same sentence in a new message of the same client is no longer a complaint...
    _put(company["mail"], "", "3.M3P1.host",
         _raw("Boss <boss@acme.ru>", OWNER, f"Здравствуйте!\n\n{SENTENCE}",
              "c2@acme.ru", "Tue, 08 Dec 2026 10:00:00 +0300"))
    # ... while another complaint still is.
    _put(company["mail"], "", "4.M4P1.host",
         _raw("Boss <boss@acme.ru>", OWNER, "Это безобразие, деньги списали дважды!",
              "c3@acme.ru", "Tue, 08 Dec 2026 11:00:00 +0300"))
    _index(company)
    assert [c["message_id"] for c in _complaints(company["db_path"])] == \
        ["c1@acme.ru", "c3@acme.ru"]
    # The labels stay in the database: the stored layer holds hashed features only, no
    # log line quotes them, and no file beside the database and the mail itself holds them.
    assert "недовольны" not in layer_data and "курьер" not in layer_data
    assert not [r for r in caplog.records if "курьер" in r.getMessage()]
    db_name = company["db_path"].name
    for path in company["root"].rglob("*"):
        if path.is_file() and company["mail"] not in path.parents \
                and not path.name.startswith(db_name):
            assert "курьер".encode() not in path.read_bytes(), path


def test_the_layer_lowers_the_model_on_what_people_rejected_and_not_on_the_rest() -> None:
    base = complaint_model.load()
    rejected = "we are disappointed that the weather ruined our picnic again"
    other = "i am disappointed with your bank, the transfer failed three times"
    layer = fit_layer([rejected], [], base)
    assert layer.complaint_logit(rejected) < -1.0
    # one label moves its own words, and the other sentence far less
    assert layer.complaint_logit(other) > layer.complaint_logit(rejected) / 2
    assert detect_complaint(rejected, "en", layer) is None


def test_a_rejected_promise_vetoes_the_same_wording_with_other_details() -> None:
    layer = fit_layer([], ["I'll be in Houston on Monday."])
    assert layer.rejects_promise("I'll be in Houston next week.")
    assert not layer.rejects_promise("I'll send you the signed contract on Monday.")
    assert LocalLayer.from_json(layer.to_json()) == layer


def test_a_violation_waived_as_a_false_alarm_stores_its_promise_as_a_label(db: Any) -> None:
    db.conn.execute("INSERT INTO mailboxes (name, kind, owner_email) VALUES ('a','imap',?)",
                    (OWNER,))
    db.conn.execute("INSERT INTO messages (mailbox_id, message_key, folder, remote_id,"
                    " message_id, from_addr, sent_at, direction, lang, indexed_at)"
                    " VALUES (1, 'k', 'Sent', '1', 'k', ?, '2026-12-01T10:00:00+00:00', 'out',"
                    " 'en', '2026-12-01T10:00:00+00:00')", (OWNER,))
    db.conn.execute("INSERT INTO promises (message_id, party, action, text, span_start,"
                    " span_end, made_at, status) VALUES (1, 'manager', 'other',"
                    " 'I will be at the office next week.', 0, 10,"
                    " '2026-12-01T10:00:00+00:00', 'broken')")
    db.conn.execute("INSERT INTO violations (rule, key, promise_id, summary, detected_at)"
                    " VALUES ('broken_promise', 'bp:1', 1, 'late', '2026-12-02T10:00:00+00:00')")
    waive(db, 1, reason="not a promise", by="head@testbank.ru", false_alarm=True)
    got = labels.all_labels(db.conn)
    assert [(r["kind"], r["sentence"], r["lang"], r["source"]) for r in got] == [
        ("false_alarm", "I will be at the office next week.", "en", "waive")]
    retrain(db.conn)
    layer = load_layer(db.conn)
    assert layer is not None and layer.rejects_promise("I will be at the office next month.")
