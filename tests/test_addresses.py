"""Which client an address belongs to: the indexer, the pane and tags give one answer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from addin.pane_data import resolve_clients
from dealtrail.addresses import client_of, lookup, with_parents
from dealtrail.config import from_mapping
from dealtrail.directory import sync_directory
from indexer.sync import sync_mailbox
from tests.test_indexer_files import _mail, _maildir

SENDERS = [
    "Ivan <ivan.petrov@gmail.com>",          # free mail, nobody listed it: a person of their own
    "Mila <mila@yandex.ru>",                 # free mail the directory lists for Acme
    "Petr <petr@acme.ru>",                   # the listed domain
    "Olga <olga@msk.acme.ru>",               # a subdomain of it
    "Oleg <oleg@msk.corp.acme.ru>",          # a deeper one: still Acme's mail
    "Vera <vera@globex.ru>",                 # nobody listed it: a client made for the domain
    "Anna <anna.b@testbank.ru>",             # a colleague: no client
]


def _settings(root: Path, directory: Path, auto_create: bool = True) -> Any:
    return from_mapping({
        "company": {"internal_domains": ["testbank.ru"]},
        "managers": [{"email": "anna@testbank.ru", "name": "Anna"}],
        "mailboxes": [{"name": "anna", "kind": "maildir", "owner": "anna@testbank.ru",
                       "path": str(root)}],
        "clients": {"directory": str(directory), "auto_create": auto_create},
    })


@pytest.fixture(params=[True, False], ids=["auto-create", "directory-only"])
def indexed(request: pytest.FixtureRequest, tmp_path: Path, db: Any) -> Any:
    inbox = _maildir(tmp_path / "md")
    for n, sender in enumerate(SENDERS, 1):
        (inbox / "cur" / f"{n}.a:2,S").write_bytes(
            _mail(n, sender, "anna@testbank.ru", "Кредит", "Пришлите условия по кредиту?"))
    directory = tmp_path / "clients.csv"
    directory.write_text("client,domains\nAcme,\"acme.ru, mila@yandex.ru\"\n", encoding="utf-8")
    settings = _settings(tmp_path / "md", directory, auto_create=request.param)
    sync_directory(db, settings)
    report = sync_mailbox(db, settings, settings.mailboxes[0])
    assert (report.added, report.failed, report.error) == (len(SENDERS), 0, "")
    return settings


def _filed(db: Any) -> dict[str, int | None]:
    return dict(db.execute("SELECT from_addr, client_id FROM messages").fetchall())


def test_the_pane_shows_the_client_the_indexer_filed_the_mail_under(db: Any, indexed: Any) -> None:
    filed = _filed(db)
    assert len(filed) == len(SENDERS)
    for address, client_id in filed.items():
        assert resolve_clients(db, indexed, [address]) == ([client_id] if client_id else []), address
        assert client_of(db.conn, address, indexed.company.internal_domains) == client_id, address


def test_a_free_mail_person_nobody_listed_is_found_in_the_pane(db: Any, indexed: Any) -> None:
    ivan = _filed(db)["ivan.petrov@gmail.com"]
    assert ivan is not None, "a free-mail sender is a person client even without auto_create"
    assert resolve_clients(db, indexed, ["ivan.petrov@gmail.com"]) == [ivan]


def test_mail_from_any_subdomain_is_filed_under_the_listed_domain(db: Any, indexed: Any) -> None:
    filed = _filed(db)
    acme = db.execute("SELECT id FROM clients WHERE name = 'Acme'").fetchone()[0]
    assert [filed[a] for a in ("petr@acme.ru", "olga@msk.acme.ru", "oleg@msk.corp.acme.ru",
                               "mila@yandex.ru")] == [acme] * 4
    assert filed["anna.b@testbank.ru"] is None
    globex = filed["vera@globex.ru"]
    assert (globex is not None) == bool(indexed.clients.auto_create)


def test_lookup_tries_the_domain_then_its_parents_or_the_free_mail_address() -> None:
    assert with_parents("msk.corp.acme.ru") == ("msk.corp.acme.ru", "corp.acme.ru", "acme.ru")
    assert with_parents("acme.ru") == ("acme.ru",)
    assert with_parents("localhost") == ("localhost",)
    assert lookup("oleg@msk.acme.ru") == (("msk.acme.ru", "acme.ru"), "domain:msk.acme.ru")
    assert lookup("ivan@gmail.com") == (("ivan@gmail.com",), "person:ivan@gmail.com")


def test_allow_list_mode_reads_the_mail_the_indexer_would_file_under_a_directory_client(
        tmp_path: Path, db: Any) -> None:
    # privacy.only_clients asks "is this a directory client's mail?" with the same lookup
    # as the filing: a free-mail address the directory lists is that client's.
    inbox = _maildir(tmp_path / "md")
    for n, sender in enumerate(SENDERS, 1):
        (inbox / "cur" / f"{n}.a:2,S").write_bytes(
            _mail(n, sender, "anna@testbank.ru", "Кредит", "Пришлите условия по кредиту?"))
    directory = tmp_path / "clients.csv"
    directory.write_text("client,domains\nAcme,\"acme.ru, mila@yandex.ru\"\n", encoding="utf-8")
    settings = from_mapping({
        "company": {"internal_domains": ["testbank.ru"]},
        "managers": [{"email": "anna@testbank.ru", "name": "Anna"}],
        "mailboxes": [{"name": "anna", "kind": "maildir", "owner": "anna@testbank.ru",
                       "path": str(tmp_path / "md")}],
        "clients": {"directory": str(directory)}, "privacy": {"only_clients": True}})
    sync_directory(db, settings)
    sync_mailbox(db, settings, settings.mailboxes[0])
    acme = db.execute("SELECT id FROM clients WHERE name = 'Acme'").fetchone()[0]
    assert _filed(db) == {a: acme for a in ("mila@yandex.ru", "petr@acme.ru", "olga@msk.acme.ru",
                                            "oleg@msk.corp.acme.ru")}
