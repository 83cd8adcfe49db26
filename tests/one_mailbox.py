"""The company of one manager, Anna, whose maildir holds the letters a test writes: the
directory synced, the mailbox indexed (every letter added), the negotiations folded."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dealtrail import clock
from dealtrail.config import from_mapping
from dealtrail.directory import sync_directory
from indexer.negotiations import fold_negotiations
from indexer.sync import sync_mailbox
from tests.test_indexer_files import _maildir
from tests.test_rules_world import at


def index_and_fold(tmp_path: Path, db: Any, letters: list[bytes], *, domain: str, now: str,
                   products: list[dict[str, Any]] | None = None) -> Any:
    """Index ``letters`` (in order) from Anna's maildir at ``domain``, the company's own, and
    fold the negotiations at ``now`` (Moscow time); returns the settings."""
    inbox = _maildir(tmp_path / "md")
    for n, raw in enumerate(letters, 1):
        (inbox / "cur" / f"{n}.a:2,S").write_bytes(raw)
    settings = from_mapping({
        "company": {"internal_domains": [domain]},
        "managers": [{"email": f"anna@{domain}", "name": "Anna"}],
        "mailboxes": [{"name": "anna", "kind": "maildir", "owner": f"anna@{domain}",
                       "path": str(tmp_path / "md")}],
        **({"products": products} if products is not None else {}),
        "clients": {"auto_create": True},
    })
    sync_directory(db, settings)
    report = sync_mailbox(db, settings, settings.mailboxes[0])
    assert (report.added, report.failed) == (len(letters), 0)
    with clock.freeze(at(now)):
        fold_negotiations(db, settings)
    return settings
