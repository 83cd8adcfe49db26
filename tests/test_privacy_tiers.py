"""Privacy tiers: the raw database files of the indexed demo bank hold what the tier allows.

The demo bank is indexed once per tier into its own database. The full tier is the
reference: its stored new text gives the body sentences, its promises the sentences
that back a fact. The other tiers' raw files (the database, its WAL and anything
beside it) are then searched for those sentences as bytes.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from dealtrail import clock
from dealtrail import config as config_mod
from demo import company as co
from demo.generate import generate
from demo.run import AS_OF
from indexer.runner import index_configured


def raw_files(db_path: Path) -> bytes:
    """Every file the database keeps beside it (main file, WAL, shared memory, journals)."""
    return b"".join(p.read_bytes() for p in sorted(db_path.parent.glob(db_path.name + "*")))


@pytest.fixture(scope="module")
def tiers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("bank")
    config_path = generate(out)
    databases = {}
    with clock.freeze(AS_OF):
        for tier in ("full", "facts", "metadata"):
            db_path = out / tier / "dealtrail.db"
            db_path.parent.mkdir()
            settings = config_mod.load(config_path, overrides={"privacy": {"tier": tier}})
            report = index_configured(settings, db_path, progress=False)
            assert [r.error for r in report.syncs if r.error] == []
            databases[tier] = db_path
    return databases


def _sentences(db_path: Path) -> tuple[set[str], set[str], set[str]]:
    """(body lines no fact quotes, fact sentences, subjects) stored at the full tier."""
    conn = sqlite3.connect(db_path)
    facts = {r[0] for r in conn.execute("SELECT text FROM promises WHERE length(text) > 25")}
    quoted = " ".join(r[0] for r in conn.execute(
        "SELECT text FROM promises UNION ALL SELECT text FROM deal_signals"
        " UNION ALL SELECT text FROM complaints UNION ALL SELECT raw_text FROM tag_commands"))
    tag = f'%"{co.TAG_ADDRESS}"%'
    body = set()
    for (text,) in conn.execute(
            "SELECT new_text FROM messages WHERE to_addrs NOT LIKE ? AND cc_addrs NOT LIKE ?"
            " AND bcc_addrs NOT LIKE ?", (tag, tag, tag)):
        for line in text.splitlines():
            line = line.strip()
            if len(line) > 40 and line not in quoted:
                body.add(line)
    subjects = {r[0] for r in conn.execute("SELECT subject FROM messages WHERE length(subject) > 15")}
    conn.close()
    return body, facts, subjects


def test_the_full_tier_keeps_the_new_text_and_its_index(tiers: dict[str, Path]) -> None:
    body, facts, _ = _sentences(tiers["full"])
    assert len(body) > 50 and len(facts) > 20
    conn = sqlite3.connect(tiers["full"])
    word = sorted(body)[0].split()[0]
    assert conn.execute("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH ?",
                        (f'new_text:"{word}"',)).fetchone()[0] > 0
    conn.close()


def test_the_facts_tier_keeps_the_sentences_behind_facts_and_no_other_body_text(
        tiers: dict[str, Path]) -> None:
    body, facts, subjects = _sentences(tiers["full"])
    raw = raw_files(tiers["facts"])
    kept_body = [s for s in body if s.encode() in raw]
    assert kept_body == []
    assert all(s.encode() in raw for s in facts)
    assert all(s.encode() in raw for s in subjects)


def test_the_metadata_tier_keeps_no_body_text_and_no_fact_sentences(
        tiers: dict[str, Path]) -> None:
    body, facts, subjects = _sentences(tiers["full"])
    raw = raw_files(tiers["metadata"])
    assert [s for s in body | facts if s.encode() in raw] == []
    assert all(s.encode() in raw for s in subjects)


def test_every_tier_finds_the_same_facts_and_violations(tiers: dict[str, Path]) -> None:
    """Inference reads the whole message at every tier: only what is written differs."""
    found = {}
    for tier, path in tiers.items():
        conn = sqlite3.connect(path)
        found[tier] = (
            conn.execute("SELECT count(*), count(DISTINCT message_id) FROM messages").fetchone(),
            sorted(conn.execute("SELECT party, action, made_at, due_at, status FROM promises")),
            sorted(conn.execute("SELECT rule, status, client_id, manager_id FROM violations")),
            sorted(conn.execute("SELECT client_id, stage, next_contact_at FROM deals")),
        )
        conn.close()
    assert found["facts"] == found["full"]
    assert found["metadata"] == found["full"]


def test_the_database_and_every_file_beside_it_are_owner_only(tiers: dict[str, Path]) -> None:
    for path in tiers.values():
        beside = list(path.parent.glob(path.name + "*"))
        assert beside and all(p.stat().st_mode & 0o077 == 0 for p in beside), [
            (p.name, oct(p.stat().st_mode)) for p in beside]
