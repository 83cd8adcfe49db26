"""Common pytest fixtures: where the public corpora are, a fresh database, settings."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dealtrail import config as config_mod
from dealtrail.store import open_db
from indexer import intent_model

# Fixture modules for real servers; each starts its server once per session.
pytest_plugins = [
    "tests.fixtures.dovecot",
    "tests.fixtures.caldav_server",
    "tests.fixtures.smtp_server",
    "tests.fixtures.recorded_http",
    "tests.fixtures.browser",
]

REPO = Path(__file__).resolve().parents[1]

# The suite matches the command line's English lines; a company config with locale = "ru" or a
# Russian shell would otherwise switch them. Tests of the Russian lines choose it themselves
# (tests/test_cli_language.py). Set in os.environ so that subprocesses inherit it too.
os.environ["DEALTRAIL_LANG"] = "en"
ARTIFACTS = Path(os.environ.get("DEALTRAIL_TEST_ARTIFACTS", REPO / "test-artifacts"))


@pytest.fixture(scope="session")
def corpora() -> Path:
    """The public corpora copied into the repository (tests/corpora/README.md)."""
    return intent_model.CORPORA


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "dealtrail.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Any]:
    database = open_db(db_path)
    yield database
    database.conn.close()


def make_settings(**overrides: Any) -> config_mod.Settings:
    """Small valid settings for tests: one head, two managers (Moscow and Berlin), two products."""
    raw: dict[str, Any] = {
        "company": {"name": "Test Bank", "internal_domains": ["testbank.ru"],
                    "base_currency": "RUB", "country": "RU", "timezone": "Europe/Moscow"},
        "managers": [
            {"email": "head@testbank.ru", "name": "Olga Head", "role": "head", "team": "corp",
             "timezone": "Europe/Moscow", "locale": "ru"},
            {"email": "anna@testbank.ru", "name": "Anna Petrova", "team": "corp",
             "timezone": "Europe/Moscow", "locale": "ru"},
            {"email": "ben@testbank.ru", "name": "Ben Miller", "team": "corp",
             "timezone": "Europe/Berlin", "locale": "en"},
        ],
        "products": [
            {"code": "credit", "name_en": "Loans", "name_ru": "Кредиты", "aliases": ["кредит", "loan"]},
            {"code": "deposit", "name_en": "Deposits", "name_ru": "Депозиты", "aliases": ["депозит"]},
        ],
    }
    raw.update(overrides)
    return config_mod.from_mapping(raw)


@pytest.fixture
def settings() -> config_mod.Settings:
    return make_settings()


def seed_clients_and_deals(db_path: Path, settings: Any) -> dict[str, int]:
    """Acme (Anna's) and Globex (Ben's), each with one open deal; returns deal ids by name."""
    from dealtrail import clock
    from dealtrail.deals import create_deal
    from dealtrail.directory import sync_directory
    from dealtrail.store import rows

    db = open_db(db_path)
    sync_directory(db, settings)
    managers = {r["email"]: r["id"] for r in rows(db, "SELECT email, id FROM managers")}
    deals = {}
    for name, domain, owner in (("Acme", "acme.ru", "anna@testbank.ru"),
                                ("Globex", "globex.com", "ben@testbank.ru")):
        client = db.conn.execute("INSERT INTO clients (name, key, owner_email, created_at)"
                                 " VALUES (?,?,?,?)", (name, f"domain:{domain}", owner,
                                                       clock.iso(clock.now()))).lastrowid
        db.conn.execute("INSERT INTO client_domains (domain, client_id) VALUES (?, ?)", (domain, client))
        deals[name] = create_deal(db, client_id=client, manager_id=managers[owner],
                                  actor="import", source="import", stage="qualified")
    db.conn.close()
    return deals
