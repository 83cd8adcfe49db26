"""Opening the database: one SQLite file, owner-only, WAL, migrated in order.

All SQL that is specific to SQLite (pragmas, FTS5, sqlite-utils) stays here
and in ``schema.py``; report and API queries use portable SQL.
"""

from __future__ import annotations

import fcntl
import logging
import os
import shutil
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlite_utils

from . import clock
from .errors import ConfigError, DatabaseError
from .messages import Msg
from .schema import migrations

log = logging.getLogger(__name__)


class Database(sqlite_utils.Database):
    """sqlite-utils' ``Database``, whose scripts run in a transaction are split in linear time.

    Inside a transaction sqlite-utils splits a script into statements itself (Python's
    ``executescript`` would commit first), asking ``sqlite3.complete_statement`` after every
    character of the text gathered so far: quadratic in a statement's length, ~0.05 s of the
    ~0.09 s it takes to create a new database's schema. A statement can only end at a
    semicolon, so asking there alone gives the very same statements.
    """

    def executescript(self, sql: str) -> sqlite3.Cursor:
        if not self.conn.in_transaction:
            return super().executescript(sql)
        cursor = self.conn.cursor()
        for statement in script_statements(sql):
            cursor.execute(statement)
        return cursor


def script_statements(sql: str) -> Iterator[str]:
    """The complete statements of an SQL script, stripped, in order (the text after the last
    complete one, if any, comes last): what sqlite-utils runs one by one in a transaction."""
    start = 0
    end = sql.find(";")
    while end != -1:
        statement = sql[start:end + 1].strip()
        if statement and sqlite3.complete_statement(statement):
            yield statement
            start = end + 1
        end = sql.find(";", end + 1)
    rest = sql[start:].strip()
    if rest:
        yield rest


def open_db(path: str | os.PathLike[str], *, migrate: bool = True) -> sqlite_utils.Database:
    """Open (creating if needed) the database at ``path`` and apply pending migrations.

    A new file is created with mode 0600 before SQLite touches it. An existing
    file with pending migrations is copied to ``<name>.bak-<migration>`` first.
    """
    target = Path(path)
    try:
        if str(target) != ":memory:":
            target.parent.mkdir(parents=True, exist_ok=True)
            if not target.exists():
                fd = os.open(target, os.O_CREAT | os.O_WRONLY, 0o600)
                os.close(fd)
            else:
                _check_private(target)
            # SQLite gives its WAL and shared-memory files the database's mode; ones left
            # by an older copy or another tool are tightened too.
            for sidecar in (target.with_name(target.name + "-wal"),
                            target.with_name(target.name + "-shm")):
                if sidecar.exists():
                    _check_private(sidecar)
        key = os.environ.get(KEY_VARIABLE, "")
        if key:
            conn = _encrypted(target, key)
        else:
            conn = sqlite3.connect(str(target), timeout=30, isolation_level=None,
                                   check_same_thread=False)
    except (OSError, sqlite3.Error) as exc:
        raise DatabaseError(Msg("db_cannot_open", target=str(target), detail=str(exc))) from exc
    db = Database(conn)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA busy_timeout=30000")
    conn.execute("PRAGMA temp_store=MEMORY")
    # Reports scan large indexes; a 64 MB page cache and memory-mapped reads keep them in RAM.
    conn.execute("PRAGMA cache_size=-65536")
    conn.execute("PRAGMA mmap_size=268435456")
    if migrate:
        migrate_db(db, target)
    return db


def describe_db(path: str | os.PathLike[str]) -> str:
    """Say what state the database at ``path`` is in, writing nothing (``dealtrail check``).

    A missing file is not created: its nearest existing folder must be writable, since
    the first command that opens it will create it there. An existing file is opened
    read-only and its migrations are counted; pending ones are not applied. Raises
    :class:`ConfigError` when the file could not be created there, :class:`DatabaseError`
    when an existing one cannot be read.
    """
    target = Path(path)
    if not target.exists():
        parent = target.parent
        while not parent.exists() and parent != parent.parent:
            parent = parent.parent
        problem = (Msg("db_folder_not_folder") if not parent.is_dir()
                   else Msg("db_folder_not_writable") if not os.access(parent, os.W_OK | os.X_OK)
                   else None)
        if problem:
            raise ConfigError(Msg("db_cannot_create", target=str(target), parent=str(parent),
                                  problem=problem))
        return Msg("db_not_yet", target=str(target))
    if os.environ.get(KEY_VARIABLE, ""):
        return Msg("db_encrypted", target=str(target))
    try:
        conn = sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True)
        try:
            ro = sqlite_utils.Database(conn)
            applied = [m.name for m in migrations.applied(ro)]
            pending = [m.name for m in migrations.pending(ro)]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise DatabaseError(Msg("db_cannot_read", target=str(target), detail=str(exc))) from exc
    if pending:
        return Msg("db_pending", target=str(target), migration=applied[-1] if applied else "none",
                   count=len(pending))
    return Msg("db_at", target=str(target), migration=applied[-1] if applied else "none")


#: The environment variable holding the key of an encrypted database (SQLCipher).
KEY_VARIABLE = "DEALTRAIL_DB_KEY"


def _encrypted(target: Path, key: str) -> Any:
    """A connection to a SQLCipher-encrypted database (optional: ``dealtrail[encrypted]``)."""
    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        raise DatabaseError(Msg("db_no_sqlcipher", variable=KEY_VARIABLE)) from None
    conn = dbapi2.connect(str(target), timeout=30, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA key = '{}'".format(key.replace("'", "''")))
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi2.DatabaseError:
        conn.close()
        raise DatabaseError(Msg("db_wrong_key", target=str(target), variable=KEY_VARIABLE)) from None
    return conn


def _check_private(target: Path) -> None:
    mode = target.stat().st_mode & 0o777
    if mode & 0o077:
        log.warning("database %s is readable by others (mode %o); tightening to 0600", target, mode)
        os.chmod(target, 0o600)


def migrate_db(db: sqlite_utils.Database, target: Path | None = None) -> list[str]:
    """Apply pending migrations (backing the file up first when it already has data)."""
    pending = [m.name for m in migrations.pending(db)]
    if not pending:
        return []
    if target is not None and migrations.applied(db):
        backup = target.with_name(f"{target.name}.bak-{pending[0]}")
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copy2(target, backup)
        os.chmod(backup, 0o600)
        log.info("backed up %s to %s before migrating", target, backup)
    try:
        migrations.apply(db)
    except sqlite3.Error as exc:
        raise DatabaseError(Msg("db_migration_failed", pending=str(pending), detail=str(exc))) from exc
    log.info("applied migrations: %s", ", ".join(pending))
    return pending


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite3.Connection]:
    """One write transaction (BEGIN IMMEDIATE ... COMMIT), rolled back on any error."""
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")


def record_job(db: sqlite_utils.Database, job: str, status: str, summary: str,
               started_at: str | None = None) -> None:
    """Write one row to job_runs (what ``dealtrail status`` shows)."""
    stamp = clock.iso(clock.now())
    db.conn.execute(
        "INSERT INTO job_runs (job, started_at, finished_at, status, summary) VALUES (?,?,?,?,?)",
        (job, started_at or stamp, stamp, status, summary),
    )


def rows(db: sqlite_utils.Database, sql: str, params: Any = ()) -> list[dict[str, Any]]:
    """Run a read query and return plain dicts."""
    cursor = db.conn.execute(sql, params)
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


@contextmanager
def exclusive(db: sqlite_utils.Database, name: str, *, wait: float = 600.0,
              poll: float = 0.2) -> Iterator[None]:
    """Hold the lock ``name`` for this database across processes (``flock`` on a file beside it).

    Used where two processes must not do the same work at once, e.g. a manual
    ``dealtrail digest send`` while ``dealtrail run`` sends the same digests.
    The kernel drops the lock when its holder exits, even after ``kill -9``, so
    a crash never leaves it stale. A caller waits up to ``wait`` seconds for the
    holder to finish, then fails with :class:`DatabaseError`. An in-memory
    database has no other process to exclude, so nothing is locked.
    """
    path = next((row[2] for row in db.conn.execute("PRAGMA database_list") if row[1] == "main"),
                "")
    if not path:
        yield
        return
    lock_path = f"{path}.{name}.lock"
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + wait
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise DatabaseError(Msg("db_locked", where=str(lock_path), name=name,
                                            seconds=f"{wait:.0f}")) from None
                if not told:
                    log.info("waiting for another dealtrail process to finish %s", name)
                    told = True
                time.sleep(poll)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def write_private(path: str | os.PathLike[str], text: str) -> Path:
    """Write ``text`` to ``path`` readable by the owner only (0600), whole or not at all.

    Files that hold client data (digests, previews) go through here: the text
    lands in a 0600 temporary file beside ``path`` that then replaces it, so a
    reader never sees half a file and an older 0644 file is not reused.
    """
    target = Path(path)
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    fd = os.open(temp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        os.chmod(temp, 0o600)           # in case a stale temporary file had other bits
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return target
