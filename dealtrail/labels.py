"""Corrections people make, kept as labels the company's own layer learns from.

A tag reply (``#notcomplaint C-5``, ``#notpromise V-12``, ``#wrongdate V-12``), a
``#complaint`` in reply to a client's message the inference did not flag, and a violation
waived as a false alarm each write one row: the sentence as it was inferred, what was wrong with it, its language and who said
so. The rows live only in the ``labels`` table; :mod:`indexer.learning` fits the local
layer from them and stores that layer in the same database.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from dealtrail import clock

#: What a label says about its sentence.
NOT_COMPLAINT = "not_complaint"
COMPLAINT = "complaint"
NOT_PROMISE = "not_promise"
WRONG_DATE = "wrong_date"
FALSE_ALARM = "false_alarm"
KINDS = (NOT_COMPLAINT, COMPLAINT, NOT_PROMISE, WRONG_DATE, FALSE_ALARM)
SOURCES = ("tag", "pane", "waive")


def record_label(conn: sqlite3.Connection, *, kind: str, sentence: str, lang: str, actor: str,
                 source: str, source_ref: str, target: str = "") -> bool:
    """Store one label inside the caller's transaction; False when it was stored before.

    Idempotent by (kind, source, source_ref, target): a tag reply processed twice or a
    click repeated adds nothing.
    """
    if kind not in KINDS:
        raise ValueError(f"label kind {kind!r} is not one of {', '.join(KINDS)}")
    if source not in SOURCES:
        raise ValueError(f"label source {source!r} is not one of {', '.join(SOURCES)}")
    text = " ".join((sentence or "").split())
    if not text:
        return False
    cur = conn.execute(
        "INSERT OR IGNORE INTO labels (kind, sentence, lang, actor_email, source, source_ref,"
        " target, created_at) VALUES (?,?,?,?,?,?,?,?)",
        (kind, text[:2000], lang or "", actor, source, source_ref, target,
         clock.iso(clock.now())))
    return bool(cur.rowcount)


def promise_sentence(conn: sqlite3.Connection, violation_id: int) -> tuple[str, str] | None:
    """(sentence, language) of the promise a violation is about, or None when it has none."""
    found = conn.execute(
        "SELECT p.text, coalesce(m.lang, '') FROM violations v JOIN promises p"
        " ON p.id = v.promise_id LEFT JOIN messages m ON m.id = p.message_id WHERE v.id = ?",
        (violation_id,)).fetchone()
    return (str(found[0]), str(found[1])) if found else None


def complaint_sentence(conn: sqlite3.Connection, complaint_id: int) -> tuple[str, str] | None:
    """(sentence, language) of a complaint inference found, or None for one a person logged
    (its text is their own words, nothing inference said)."""
    found = conn.execute(
        "SELECT c.text, coalesce(m.lang, '') FROM complaints c LEFT JOIN messages m"
        " ON m.id = c.message_id WHERE c.id = ? AND c.source = 'inferred'",
        (complaint_id,)).fetchone()
    return (str(found[0]), str(found[1])) if found else None


def all_labels(conn: sqlite3.Connection, kinds: tuple[str, ...] = KINDS) -> list[dict[str, Any]]:
    """The labels of ``kinds`` that still hold their sentence (a purge empties it), oldest first."""
    marks = ",".join("?" * len(kinds))
    cur = conn.execute(f"SELECT id, kind, sentence, lang, actor_email, source, source_ref,"
                       f" target, created_at FROM labels WHERE kind IN ({marks}) AND sentence != ''"
                       " ORDER BY id",
                       kinds)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
