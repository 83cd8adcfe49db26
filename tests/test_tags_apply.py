"""Applying tag commands on a real database: trust, targets, permissions, audit, idempotency.

Messages are inserted the way the indexer stores them (a tags mailbox copy and
the manager's Sent copy); the end-to-end path through real servers is in
``test_tags_e2e.py``.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from dealtrail import clock
from dealtrail.deals import create_deal, get_deal
from dealtrail.directory import sync_directory
from dealtrail.store import rows
from indexer.tags_apply import auth_results_pass, process_pending
from tests.conftest import make_settings

TAG = "deals@testbank.ru"
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


@pytest.fixture
def world(db: Any) -> dict[str, Any]:
    settings = make_settings(tags={"address": TAG},
                             mailboxes=[{"name": "tags", "kind": "maildir", "owner": TAG,
                                         "purpose": "tags", "path": "/nonexistent"}])
    sync_directory(db, settings)
    ids = {r["email"]: r["id"] for r in rows(db, "SELECT email, id FROM managers")}
    boxes = {}
    for owner, purpose in ((TAG, "tags"), ("anna@testbank.ru", "manager"),
                           ("ben@testbank.ru", "manager"), ("head@testbank.ru", "manager")):
        cur = db.conn.execute("INSERT INTO mailboxes (name, kind, owner_email, purpose)"
                              " VALUES (?,?,?,?)", (owner, "imap", owner, purpose))
        boxes[owner] = cur.lastrowid
        for folder, role in (("INBOX", "inbox"), ("Sent", "sent")):
            db.conn.execute("INSERT INTO sync_state (mailbox_id, folder, role, checkpoint,"
                            " updated_at) VALUES (?,?,?,'{}',?)",
                            (cur.lastrowid, folder, role, clock.iso(NOW)))
    acme = db.conn.execute("INSERT INTO clients (name, key, owner_email, created_at) VALUES"
                           " ('Acme', 'domain:acme.ru', 'anna@testbank.ru', ?)",
                           (clock.iso(NOW),)).lastrowid
    db.conn.execute("INSERT INTO client_domains (domain, client_id) VALUES ('acme.ru', ?)", (acme,))
    deal = create_deal(db, client_id=acme, manager_id=ids["anna@testbank.ru"], actor="import",
                       source="import", stage="qualified", amount_minor=500_000_00)
    with clock.freeze(NOW):
        yield {"db": db, "settings": settings, "ids": ids, "boxes": boxes, "acme": acme,
               "deal": deal}


_n = iter(range(1, 10_000))


def put(w: dict[str, Any], text: str, *, sender: str = "anna@testbank.ru",
        copies: tuple[tuple[str, str], ...] = ((TAG, "INBOX"), ("anna@testbank.ru", "Sent")),
        subject: str = "FW: rate", in_reply_to: str = "", client_id: int | None = None,
        key: str | None = None, sent_at: datetime | None = None, auth_results: str = "",
        to: tuple[str, ...] = (TAG,), automated: str | None = None) -> str:
    """Store a message as the indexer would: one row per mailbox copy."""
    key = key or f"tag-{next(_n)}@testbank.ru"
    for owner, folder in copies:
        w["db"].conn.execute(
            "INSERT INTO messages (mailbox_id, message_key, folder, remote_id, message_id,"
            " in_reply_to, subject, from_addr, to_addrs, sent_at, direction, automated, client_id,"
            " new_text, indexed_at, auth_results) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (w["boxes"][owner], key, folder, key, key, in_reply_to, subject, sender,
             json.dumps(list(to)), clock.iso(sent_at or NOW - timedelta(minutes=5)),
             "auto" if automated else "internal", automated, client_id, text, clock.iso(NOW),
             auth_results))
    return key


def command(w: dict[str, Any], key: str) -> dict[str, Any]:
    return rows(w["db"], "SELECT * FROM tag_commands WHERE message_key = ?", [key])[0]


def run(w: dict[str, Any]) -> Any:
    return process_pending(w["db"], w["settings"], confirm=False)


def test_a_managers_own_message_changes_her_deal_with_history_naming_the_message(world):
    key = put(world, f"D-{world['deal']} #stage proposal #amount 1.2m Client agreed on the rate.")
    report = run(world)
    assert (report.applied, report.rejected) == (1, 0)
    deal = get_deal(world["db"], world["deal"])
    assert (deal["stage"], deal["amount_minor"], deal["agreements"]) == \
        ("proposal", 120_000_000, "Client agreed on the rate.")
    history = rows(world["db"], "SELECT field, old_value, new_value, source, source_ref,"
                                " actor_email FROM deal_history WHERE source = 'tag'")
    assert {h["field"] for h in history} == {"stage", "amount_minor", "agreements"}
    assert all(h["source_ref"] == key and h["actor_email"] == "anna@testbank.ru" for h in history)
    stored = command(world, key)
    assert stored["status"] == "applied" and stored["target"] == f"D-{world['deal']}"
    assert {c["field"] for c in json.loads(stored["changes"])} == \
        {"stage", "amount_minor", "agreements"}


def test_applying_the_same_message_twice_changes_nothing(world):
    put(world, f"D-{world['deal']} #stage proposal")
    run(world)
    before = rows(world["db"], "SELECT count(*) AS n FROM deal_history")[0]["n"]
    second = run(world)
    assert (second.applied, second.rejected, second.pending) == (0, 0, 0)
    assert rows(world["db"], "SELECT count(*) AS n FROM deal_history")[0]["n"] == before
    assert rows(world["db"], "SELECT count(*) AS n FROM tag_commands")[0]["n"] == 1


def test_a_client_writing_to_the_tag_address_is_rejected_as_not_a_manager(world):
    key = put(world, f"D-{world['deal']} #won 100 млн", sender="boss@acme.ru",
              copies=((TAG, "INBOX"),))
    run(world)
    assert command(world, key)["status"] == "rejected"
    assert "boss@acme.ru" in command(world, key)["reason"]
    assert get_deal(world["db"], world["deal"])["status"] == "open"


def test_a_spoofed_manager_address_without_the_sent_copy_waits_then_is_rejected(world):
    key = put(world, f"D-{world['deal']} #won", copies=((TAG, "INBOX"),))
    assert run(world).pending == 1
    assert command(world, key)["status"] == "pending"
    with clock.freeze(NOW + timedelta(hours=25)):
        assert run(world).rejected == 1
    assert command(world, key)["status"] == "rejected"
    assert "Sent" in command(world, key)["reason"] or "Отправленные" in command(world, key)["reason"]
    assert get_deal(world["db"], world["deal"])["status"] == "open"


def test_a_pending_command_is_applied_once_the_sent_copy_is_indexed(world):
    key = put(world, f"D-{world['deal']} #stage contract", copies=((TAG, "INBOX"),))
    assert run(world).pending == 1
    put(world, f"D-{world['deal']} #stage contract", key=key,
        copies=(("anna@testbank.ru", "Sent"),))
    assert run(world).applied == 1
    assert get_deal(world["db"], world["deal"])["stage"] == "contract"


def test_a_forged_command_reusing_the_message_id_of_a_real_sent_message_is_not_applied(world):
    # Anna's real message to the client, as her Sent folder holds it; the client who got
    # it sends the tag address a message with her From and the same Message-ID.
    real = put(world, "Please find our offer attached.", copies=(("anna@testbank.ru", "Sent"),),
               to=("boss@acme.ru",))
    put(world, f"D-{world['deal']} #lost too expensive", key=real, copies=((TAG, "INBOX"),))
    report = run(world)
    assert (report.applied, report.rejected) == (0, 1)
    assert command(world, real)["status"] == "rejected"
    assert "Message-ID" in command(world, real)["reason"]
    deal = get_deal(world["db"], world["deal"])
    assert (deal["status"], deal["stage"]) == ("open", "qualified")


def test_a_forged_copy_of_a_real_tag_command_applies_only_what_the_manager_sent(world):
    real = put(world, f"D-{world['deal']} #stage proposal", copies=(("anna@testbank.ru", "Sent"),))
    put(world, f"D-{world['deal']} #lost", key=real, copies=((TAG, "INBOX"),))
    assert run(world).applied == 1
    deal = get_deal(world["db"], world["deal"])
    assert (deal["status"], deal["stage"]) == ("open", "proposal")
    assert command(world, real)["raw_text"] == f"D-{world['deal']} #stage proposal"


def test_without_a_tag_address_in_the_config_the_tags_mailbox_owner_is_the_address(world):
    from dataclasses import replace

    settings = world["settings"]
    world["settings"] = replace(settings, tags=replace(settings.tags, address=""))
    put(world, f"D-{world['deal']} #stage proposal")
    assert run(world).applied == 1


def test_a_copy_in_someone_elses_sent_folder_does_not_vouch_for_the_sender(world):
    key = put(world, f"D-{world['deal']} #stage contract",
              copies=((TAG, "INBOX"), ("ben@testbank.ru", "Sent"), ("anna@testbank.ru", "INBOX")))
    assert run(world).pending == 1
    assert command(world, key)["status"] == "pending"


def test_a_manager_cannot_change_another_managers_deal_but_the_head_can(world):
    key = put(world, f"D-{world['deal']} #stage contract", sender="ben@testbank.ru",
              copies=((TAG, "INBOX"), ("ben@testbank.ru", "Sent")))
    run(world)
    assert command(world, key)["status"] == "rejected"
    assert "another manager" in command(world, key)["reason"]
    put(world, f"D-{world['deal']} #этап договор", sender="head@testbank.ru",
        copies=((TAG, "INBOX"), ("head@testbank.ru", "Sent")))
    run(world)
    assert get_deal(world["db"], world["deal"])["stage"] == "contract"


def test_a_reply_to_a_client_message_finds_the_clients_single_open_deal(world):
    put(world, "Can we meet?", sender="boss@acme.ru", key="client-1@acme.ru",
        copies=(("anna@testbank.ru", "INBOX"),), client_id=world["acme"], to=("anna@testbank.ru",))
    put(world, "#этап переговоры #след пятница 11:00 Клиент согласовал ставку.",
        in_reply_to="client-1@acme.ru")
    run(world)
    deal = get_deal(world["db"], world["deal"])
    assert deal["stage"] == "negotiation" and deal["agreements"] == "Клиент согласовал ставку."
    assert deal["next_contact_at"] == "2026-11-27T08:00:00+00:00"
    assert deal["next_contact_source"] == "tag"


def test_won_books_the_sale_for_the_new_amount(world):
    put(world, "#won 12 млн Договор подписан.", subject=f"Re: D-{world['deal']}")
    run(world)
    deal = get_deal(world["db"], world["deal"])
    assert (deal["status"], deal["amount_minor"]) == ("won", 1_200_000_000)
    sale = rows(world["db"], "SELECT amount_minor, source FROM sales WHERE deal_id = ?",
                [world["deal"]])
    assert sale == [{"amount_minor": 1_200_000_000, "source": "deal"}]


def test_stage_for_a_client_without_an_open_deal_creates_one(world):
    globex = world["db"].conn.execute(
        "INSERT INTO clients (name, key, owner_email, created_at) VALUES ('Globex',"
        " 'domain:globex.ru', 'anna@testbank.ru', ?)",
        (clock.iso(NOW),)).lastrowid
    world["db"].conn.execute("INSERT INTO client_domains (domain, client_id) VALUES ('globex.ru', ?)", (globex,))
    key = put(world, "#client globex.ru #stage proposal #product кредит")
    run(world)
    assert command(world, key)["status"] == "applied"
    deal = rows(world["db"], "SELECT * FROM deals WHERE client_id = ?", [globex])[0]
    assert deal["stage"] == "proposal" and deal["manager_id"] == world["ids"]["anna@testbank.ru"]


@pytest.mark.parametrize("text", ["#client acme.ru #stage lead", "#client acme.ru #complaint долго",
                                  "#client boss@acme.ru #stage lead #complaint долго"])
def test_a_manager_cannot_reach_another_managers_client_by_naming_it(world, text):
    from dealtrail import access

    before = rows(world["db"], "SELECT count(*) AS n FROM deals")[0]["n"]
    key = put(world, text, sender="ben@testbank.ru", copies=((TAG, "INBOX"),
                                                             ("ben@testbank.ru", "Sent")))
    run(world)
    assert command(world, key)["status"] == "rejected"
    assert rows(world["db"], "SELECT count(*) AS n FROM deals")[0]["n"] == before
    assert rows(world["db"], "SELECT count(*) AS n FROM complaints")[0]["n"] == 0
    ben = rows(world["db"], "SELECT * FROM managers WHERE email = 'ben@testbank.ru'")[0]
    assert not access.can_see_client(world["db"], ben, world["acme"])


def test_a_missing_client_and_another_managers_client_get_the_same_answer(world):
    hidden = put(world, "#client acme.ru #stage lead", sender="ben@testbank.ru",
                 copies=((TAG, "INBOX"), ("ben@testbank.ru", "Sent")))
    missing = put(world, "#client nowhere.ru #stage lead", sender="ben@testbank.ru",
                  copies=((TAG, "INBOX"), ("ben@testbank.ru", "Sent")))
    run(world)
    assert command(world, hidden)["reason"] == \
        command(world, missing)["reason"].replace("nowhere.ru", "acme.ru")


@pytest.mark.parametrize("named", ["olga@msk.acme.ru", "msk.acme.ru"])
def test_a_client_named_by_an_address_is_the_one_its_mail_is_filed_under(world, named):
    # The indexer files mail from any subdomain of a listed domain under its client
    # (dealtrail.addresses): naming that address, or that subdomain, finds the same client.
    key = put(world, f"#client {named} #stage proposal")
    run(world)
    assert command(world, key)["status"] == "applied", command(world, key)["reason"]
    assert rows(world["db"], "SELECT stage FROM deals WHERE client_id = ?",
                [world["acme"]])[0]["stage"] == "proposal"


@pytest.mark.parametrize("named", ["Ромашка", "РОМАШКА", "ООО «Ромашка»"])
def test_a_client_named_in_russian_is_found_in_any_case_and_legal_form(world, named):
    # SQLite's lower() folds only ASCII: the name is compared as dealtrail.addresses does.
    romashka = world["db"].conn.execute(
        "INSERT INTO clients (name, key, owner_email, created_at) VALUES"
        " ('Ромашка', 'domain:romashka.ru', 'anna@testbank.ru', ?)", (clock.iso(NOW),)).lastrowid
    key = put(world, f"#client {named} #stage proposal")
    run(world)
    assert command(world, key)["status"] == "applied", command(world, key)["reason"]
    assert rows(world["db"], "SELECT stage FROM deals WHERE client_id = ?",
                [romashka])[0]["stage"] == "proposal"


def _two_romashkas(world: dict[str, Any]) -> tuple[int, int]:
    ids = []
    for name, domain, owner in (("Ромашка", "romashka.ru", "anna@testbank.ru"),
                                ("ООО «Ромашка»", "romashka-trade.ru", "ben@testbank.ru")):
        ident = world["db"].conn.execute(
            "INSERT INTO clients (name, key, owner_email, created_at) VALUES (?,?,?,?)",
            (name, f"domain:{domain}", owner, clock.iso(NOW))).lastrowid
        world["db"].conn.execute("INSERT INTO client_domains (domain, client_id) VALUES (?, ?)", (domain, ident))
        ids.append(ident)
    return ids[0], ids[1]


def test_a_name_several_clients_share_is_rejected_with_the_domain_to_name_each_by(world):
    # Two clients whose names differ only by the legal form, named in a third: picking the
    # older one would put the head's stage on the wrong client's deal without a word.
    _two_romashkas(world)
    key = put(world, "#client АО Ромашка #stage proposal", sender="head@testbank.ru",
              copies=((TAG, "INBOX"), ("head@testbank.ru", "Sent")))
    run(world)
    done = command(world, key)
    assert done["status"] == "rejected"
    assert "romashka.ru" in done["reason"] and "romashka-trade.ru" in done["reason"]
    assert rows(world["db"], "SELECT count(*) AS n FROM deals")[0]["n"] == 1


def test_a_shared_name_means_the_one_client_the_sender_may_see(world):
    # Ben sees only his own «Ромашка»: the name is not ambiguous for him, and the other
    # client is neither chosen nor named to him.
    _, bens = _two_romashkas(world)
    key = put(world, "#client ромашка #stage proposal", sender="ben@testbank.ru",
              copies=((TAG, "INBOX"), ("ben@testbank.ru", "Sent")))
    run(world)
    done = command(world, key)
    assert done["status"] == "applied", done["reason"]
    assert rows(world["db"], "SELECT client_id FROM deals WHERE stage = 'proposal'") == \
        [{"client_id": bens}]


def test_the_owner_and_the_head_may_start_a_deal_on_the_client(world):
    for sender in ("anna@testbank.ru", "head@testbank.ru"):
        key = put(world, "#client acme.ru #stage lead #product депозит", sender=sender,
                  copies=((TAG, "INBOX"), (sender, "Sent")))
        run(world)
        assert command(world, key)["status"] == "applied", command(world, key)["reason"]


def test_a_deal_the_head_starts_goes_to_the_owner_the_rules_read_in_any_case(world):
    # An owner written as a person typed it: the complaint rule and the negotiations read it
    # in any case, and a deal the head started by tag went to the head instead of Ben.
    globex = world["db"].conn.execute(
        "INSERT INTO clients (name, key, owner_email, created_at) VALUES ('Globex',"
        " 'domain:globex.ru', ' Ben@TestBank.ru', ?)", (clock.iso(NOW),)).lastrowid
    world["db"].conn.execute("INSERT INTO client_domains (domain, client_id) VALUES ('globex.ru', ?)", (globex,))
    key = put(world, "#client globex.ru #stage lead", sender="head@testbank.ru",
              copies=((TAG, "INBOX"), ("head@testbank.ru", "Sent")))
    run(world)
    assert command(world, key)["status"] == "applied", command(world, key)["reason"]
    assert rows(world["db"], "SELECT manager_id FROM deals WHERE client_id = ?", [globex]) == \
        [{"manager_id": world["ids"]["ben@testbank.ru"]}]


def test_tags_with_no_target_are_rejected_with_how_to_name_one(world):
    key = put(world, "#stage proposal", subject="hello")
    run(world)
    assert command(world, key)["status"] == "rejected"
    assert "D-142" in command(world, key)["reason"]


def test_a_malformed_command_changes_nothing_and_says_why_in_the_senders_language(world):
    key = put(world, f"D-{world['deal']} #stage proposal #amount abc")
    run(world)
    stored = command(world, key)
    assert stored["status"] == "rejected" and "не удалось понять сумму" in stored["reason"]
    assert get_deal(world["db"], world["deal"])["stage"] == "qualified"


def test_an_auto_reply_without_tags_is_rejected_quietly(world):
    key = put(world, "I am out of office.", automated="out-of-office")
    run(world)
    assert command(world, key)["status"] == "rejected"


def test_complaint_and_resolved_on_a_deal(world):
    put(world, f"D-{world['deal']} #жалоба платёж задержали на неделю")
    run(world)
    complaint = rows(world["db"], "SELECT * FROM complaints")[0]
    assert (complaint["source"], complaint["status"], complaint["deal_id"]) == \
        ("tag", "open", world["deal"])
    put(world, f"C-{complaint['id']} #решено")
    run(world)
    assert rows(world["db"], "SELECT status FROM complaints")[0]["status"] == "resolved"


def test_resolved_on_a_violation_resolves_it_for_the_manager_and_waives_it_for_the_head(world):
    db = world["db"]
    for key in ("r:1", "r:2"):
        db.conn.execute("INSERT INTO violations (rule, key, manager_id, summary, detected_at)"
                        " VALUES ('broken_promise', ?, ?, 'late', ?)",
                        (key, world["ids"]["anna@testbank.ru"], clock.iso(NOW)))
    put(world, "V-1 #resolved sent the documents")
    put(world, "V-2 #resolved agreed with the client", sender="head@testbank.ru",
        copies=((TAG, "INBOX"), ("head@testbank.ru", "Sent")))
    run(world)
    got = rows(db, "SELECT status, waived_by FROM violations ORDER BY id")
    assert got == [{"status": "resolved", "waived_by": None},
                   {"status": "waived", "waived_by": "head@testbank.ru"}]


def test_authentication_results_trust_accepts_passing_dkim_for_the_company_domain(world):
    from dataclasses import replace

    settings = world["settings"]
    world["settings"] = replace(settings, tags=replace(settings.tags, trust="authentication-results",
                                                       auth_domain="testbank.ru",
                                                       authserv_id="mx.testbank.ru"))
    good = put(world, f"D-{world['deal']} #stage proposal", copies=((TAG, "INBOX"),),
               auth_results="mx.testbank.ru; dkim=pass header.d=testbank.ru header.s=s1; "
                            "spf=pass smtp.mailfrom=anna@testbank.ru")
    bad = put(world, f"D-{world['deal']} #won", copies=((TAG, "INBOX"),),
              auth_results="mx.testbank.ru; dkim=fail header.d=testbank.ru; spf=softfail "
                           "smtp.mailfrom=anna@testbank.ru")
    run(world)
    assert command(world, good)["status"] == "applied"
    assert command(world, bad)["status"] == "rejected"
    assert get_deal(world["db"], world["deal"])["status"] == "open"


@pytest.mark.parametrize("header, ok", [
    ("mx.bank.ru; dkim=pass header.d=bank.ru", True),
    ("mx.bank.ru; spf=pass smtp.mailfrom=anna@bank.ru", True),
    ("mx.bank.ru; dkim=pass header.d=mail.bank.ru", True),
    ("mx.bank.ru 1; dkim=pass (good signature) header.d=bank.ru", True),
    ("mx.bank.ru (mail (front) server); dkim=pass header.d=bank.ru", True),
    ("MX.Bank.RU; DKIM=Pass header.d=Bank.RU", True),
    ("mx.bank.ru; dkim=pass header.d=evil-bank.ru", False),
    ("mx.bank.ru; dkim=fail header.d=bank.ru; spf=none", False),
    ("", False),
    # written by someone other than the receiving server
    ("mx.evil.ru; dkim=pass header.d=bank.ru", False),
    ("mx.bank.ru.evil.ru; dkim=pass header.d=bank.ru", False),
    ("(mx.bank.ru) mx.evil.ru; dkim=pass header.d=bank.ru", False),
    # a pass only inside comments
    ("mx.bank.ru; dkim=fail (dkim=pass header.d=bank.ru) header.d=bank.ru", False),
    ("mx.bank.ru; spf=none (spf=pass smtp.mailfrom=bank.ru)", False),
    ("mx.bank.ru; dkim=pass header.d=evil.ru (header.d=bank.ru)", False),
    ("mx.bank.ru; dkim=fail header.d=bank.ru (\\) dkim=pass header.d=bank.ru)", False),
])
def test_authentication_results_pass_only_from_the_receiving_server_outside_comments(header, ok):
    assert auth_results_pass(header, "bank.ru", "mx.bank.ru") is ok


def test_authentication_results_trust_needs_the_receiving_servers_id_in_the_config():
    from dealtrail.errors import ConfigError

    with pytest.raises(ConfigError, match=r"tags.authserv_id"):
        make_settings(tags={"address": TAG, "trust": "authentication-results",
                            "auth_domain": "testbank.ru"})


def test_unreachable_smtp_leaves_the_confirmation_unsent_and_the_run_succeeds(world, caplog):
    from dataclasses import replace

    from tests.fixtures.dovecot import free_port

    settings = world["settings"]
    world["settings"] = replace(settings, digest=replace(settings.digest,
                                                         sender="dealtrail@testbank.ru"),
                                smtp=replace(settings.smtp, host="127.0.0.1", port=free_port(),
                                             timeout=2.0))
    key = put(world, f"D-{world['deal']} #stage proposal")
    report = process_pending(world["db"], world["settings"])
    assert (report.applied, report.confirmed, report.unconfirmed) == (1, 0, 1)
    assert command(world, key)["confirmation_sent_at"] is None
    assert get_deal(world["db"], world["deal"])["stage"] == "proposal"
    assert any("not sent" in r.getMessage() for r in caplog.records)


def test_cli_parse_shows_what_a_text_would_do(tmp_path):
    from click.testing import CliRunner

    from dealtrail.cli import cli

    result = CliRunner().invoke(cli, ["--config", str(tmp_path / "none.toml"), "tags", "parse",
                                      "#stage proposal #amount $50k #stge x",
                                      "--at", "2026-11-25T10:00:00+03:00"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["#stage = proposal", "#amount = 50 000 USD",
                                          "error: unknown tag #stge — did you mean #stage?"]


def test_cli_list_shows_decisions(world, tmp_path, db_path):
    from click.testing import CliRunner

    from dealtrail.cli import cli

    put(world, f"D-{world['deal']} #stage proposal")
    put(world, "#won", sender="boss@acme.ru", copies=((TAG, "INBOX"),))
    run(world)
    result = CliRunner().invoke(cli, ["--db", str(db_path), "--config", str(tmp_path / "x.toml"),
                                      "tags", "list", "--status", "rejected"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert len(lines) == 1 and "boss@acme.ru rejected" in lines[0]


def test_a_confirmation_the_smtp_server_refused_is_sent_by_the_next_run(world, smtp, monkeypatch):
    from dataclasses import replace

    from tests.fixtures.dovecot import free_port

    monkeypatch.setenv("DEALTRAIL_NOW", NOW.isoformat())
    settings = replace(world["settings"], digest=replace(world["settings"].digest,
                                                         sender="dealtrail@testbank.ru"))
    world["settings"] = replace(settings, smtp=replace(settings.smtp, host="127.0.0.1",
                                                       port=free_port(), timeout=2.0))
    key = put(world, f"D-{world['deal']} #stage proposal")
    first = process_pending(world["db"], world["settings"])
    assert (first.applied, first.unconfirmed) == (1, 1)

    working = make_settings(smtp=smtp.config("starttls")).smtp
    world["settings"] = replace(settings, smtp=working)
    again = process_pending(world["db"], world["settings"])
    assert (again.applied, again.confirmed) == (0, 1)
    assert command(world, key)["confirmation_sent_at"] is not None
    assert len(smtp.to("anna@testbank.ru")) == 1
    # Sent once: a third run has nothing left to confirm.
    assert process_pending(world["db"], world["settings"]).confirmed == 0
    assert len(smtp.to("anna@testbank.ru")) == 1


def test_a_close_tag_sets_the_expected_close_and_the_fold_then_keeps_it(world):
    from indexer.negotiations import fold_negotiations

    put(world, f"D-{world['deal']} #close 20 December")
    assert run(world).applied == 1
    assert get_deal(world["db"], world["deal"])["expected_close"].endswith("-12-20")
    history = rows(world["db"], "SELECT source FROM deal_history WHERE field = 'expected_close'")
    assert [h["source"] for h in history] == ["tag"]
    fold_negotiations(world["db"], world["settings"])
    assert get_deal(world["db"], world["deal"])["expected_close"].endswith("-12-20")


def test_a_complaint_tag_in_reply_to_an_unflagged_client_message_labels_its_text(world):
    db = world["db"]
    text = "Третий раз прошу вернуть комиссию, а ответа всё нет."
    db.conn.execute(
        "INSERT INTO messages (mailbox_id, message_key, folder, remote_id, message_id, subject,"
        " from_addr, sent_at, direction, client_id, new_text, lang, indexed_at)"
        " VALUES (?, 'c1@acme.ru', 'INBOX', '1', 'c1@acme.ru', 'Комиссия', 'boss@acme.ru', ?,"
        " 'in', ?, ?, 'ru', ?)",
        (world["boxes"]["anna@testbank.ru"], clock.iso(NOW - timedelta(hours=2)), world["acme"],
         text, clock.iso(NOW)))
    put(world, "#жалоба клиент недоволен", in_reply_to="c1@acme.ru", client_id=world["acme"])
    run(world)
    got = rows(db, "SELECT kind, sentence, lang, actor_email, target FROM labels")
    complaint = rows(db, "SELECT id FROM complaints")[0]["id"]
    assert got == [{"kind": "complaint", "sentence": text, "lang": "ru",
                    "actor_email": "anna@testbank.ru", "target": f"C-{complaint}"}]


def test_corrections_need_the_code_of_what_they_correct(world):
    key = put(world, "#notcomplaint", client_id=world["acme"])
    run(world)
    stored = command(world, key)
    assert stored["status"] == "rejected" and "C-5" in stored["reason"]
    assert rows(world["db"], "SELECT * FROM labels") == []


def test_not_a_complaint_on_a_complaint_a_person_logged_closes_it_and_learns_nothing(world):
    put(world, f"D-{world['deal']} #complaint the courier was late")
    run(world)
    complaint = rows(world["db"], "SELECT id FROM complaints")[0]["id"]
    put(world, f"C-{complaint} #notcomplaint")
    run(world)
    assert rows(world["db"], "SELECT status FROM complaints")[0]["status"] == "resolved"
    assert rows(world["db"], "SELECT * FROM labels") == []


def test_not_a_promise_on_a_violation_without_a_promise_is_rejected(world):
    world["db"].conn.execute("INSERT INTO violations (rule, key, manager_id, summary, detected_at)"
                             " VALUES ('unanswered', 'u:1', ?, 'late', ?)",
                             (world["ids"]["anna@testbank.ru"], clock.iso(NOW)))
    key = put(world, "V-1 #notpromise")
    run(world)
    assert command(world, key)["status"] == "rejected"
    assert rows(world["db"], "SELECT status FROM violations")[0]["status"] == "open"


def test_a_deal_won_again_keeps_the_day_its_sale_was_booked_on(world):
    """Won, reopened, won again by a tag reply: the won date stays the sale's day, as the
    pane and inference keep it (dealtrail.deals.update_deal), so the board's won column
    and plan/fact count the deal in the same month."""
    from addin.actions import set_stage
    from addin.auth import Principal

    first = put(world, f"D-{world['deal']} #won", sent_at=NOW - timedelta(days=20))
    run(world)
    assert command(world, first)["status"] == "applied", command(world, first)["reason"]
    won_at = get_deal(world["db"], world["deal"])["won_at"]
    anna = Principal(world["ids"]["anna@testbank.ru"], "anna@testbank.ru", "Anna", "manager",
                     "corp", "Europe/Moscow", "ru")
    set_stage(world["db"], world["settings"], anna, world["deal"], "negotiation")
    again = put(world, f"D-{world['deal']} #won")
    run(world)
    assert command(world, again)["status"] == "applied", command(world, again)["reason"]
    deal = get_deal(world["db"], world["deal"])
    assert (deal["status"], deal["won_at"]) == ("won", won_at)
    assert [r["booked_on"] for r in rows(world["db"], "SELECT booked_on FROM sales"
                                         " WHERE deal_id = ?", [world["deal"]])] == \
        [won_at[:10]]
