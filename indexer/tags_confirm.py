"""Confirming tag commands by email: the text of the answer and its delivery.

Every decided command (applied or rejected) is answered once, in the
sender's language: what changed (``field: old -> new``) or why nothing did.
Deciding and applying live in ``indexer/tags_apply.py``; this module only
reads the ``tag_commands`` row it is given and records when the answer went
out. An SMTP server that does not take the mail never fails the run: the
answer is tried again on later runs for :data:`CONFIRMATION_RETRY`.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Collection
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

import sqlite_utils

from dealtrail import clock
from dealtrail.config import Settings
from dealtrail.errors import DealtrailError, DeliveryError
from dealtrail.store import rows, transaction
from indexer.tags import format_amount

log = logging.getLogger(__name__)

#: Words of the confirmation email, RU/EN.
WORDS: dict[str, dict[str, str]] = {
    "applied": {"en": "Tags applied", "ru": "Теги применены"},
    "rejected": {"en": "Tags rejected", "ru": "Теги не применены"},
    "nothing": {"en": "Nothing changed: the deal already had these values.",
                "ru": "Ничего не изменилось: у сделки уже были эти значения."},
    "why": {"en": "Why:", "ru": "Причина:"},
    "changes": {"en": "Changes:", "ru": "Изменения:"},
    "footer": {"en": "Tags: #stage #next #close #amount #product #won #lost #complaint #resolved #note "
                     "#client #call — see docs/tags.md.",
               "ru": "Теги: #этап #след #закрытие #сумма #продукт #выиграна #проиграна #жалоба #решено "
                     "#заметка #клиент #звонок — см. docs/tags.md."},
}

#: The longest line of the command quoted back (20 lines at most).
QUOTED_LINE = 300

#: How long a confirmation that could not be sent is tried again on later runs.
CONFIRMATION_RETRY = timedelta(days=3)


def active_manager(db: sqlite_utils.Database, email: str) -> dict[str, Any] | None:
    """The active manager row with this email, or None."""
    found = rows(db, "SELECT * FROM managers WHERE email = ? AND active = 1", [email])
    return found[0] if found else None


def can_confirm(settings: Settings) -> bool:
    """Whether confirmations can be sent at all (a sender address and an SMTP host)."""
    return bool(settings.digest.sender) and bool(settings.smtp.host)


def confirm_all(db: sqlite_utils.Database, settings: Settings, ids: list[int]
                ) -> tuple[int, int]:
    """Confirm the commands decided just now, then retry older unsent ones.

    Returns ``(confirmed, unconfirmed)``. The first refusal of the SMTP server
    stops the attempts: the remaining answers wait for a later run rather than
    for a dead server once per command.
    """
    confirmed = 0
    for n, command_id in enumerate(ids):
        try:
            if send_confirmation(db, settings, command_id):
                confirmed += 1
        except DeliveryError as exc:
            log.warning("tag confirmation %s not sent: %s", command_id, exc)
            return confirmed, len(ids) - n
    return confirmed + retry_confirmations(db, settings, skip=ids), 0


def retry_confirmations(db: sqlite_utils.Database, settings: Settings, *,
                        skip: Collection[int] = ()) -> int:
    """Send the confirmations earlier runs could not (SMTP down), while they are still news."""
    since = clock.iso(clock.now() - CONFIRMATION_RETRY)
    sent = 0
    for row in rows(db, "SELECT id, message_key FROM tag_commands WHERE status != 'pending'"
                        " AND confirmation_sent_at IS NULL AND received_at >= ? ORDER BY id",
                    [since]):
        if row["id"] in skip:
            continue               # decided in this run: already tried once just now
        try:
            if send_confirmation(db, settings, row["id"]):
                sent += 1
        except DeliveryError as exc:
            log.warning("tag confirmation for %s still not sent: %s", row["message_key"], exc)
            break                  # the server is still down: the next run tries again
    return sent


def send_confirmation(db: sqlite_utils.Database, settings: Settings, command_id: int) -> bool:
    """Email the sender what changed or why nothing did; False when there is nobody to tell.

    Raises DeliveryError when the SMTP server does not take it (the caller logs it).
    """
    cmd = rows(db, "SELECT * FROM tag_commands WHERE id = ?", [command_id])[0]
    manager = active_manager(db, cmd["sender"])
    if manager is None or cmd["confirmation_sent_at"] or cmd["status"] == "pending":
        return False   # never write back to a sender we do not manage (spoofed mail)
    lang = manager["locale"] if manager["locale"] in ("ru", "en") else "en"
    msg_row = rows(db, "SELECT subject, message_id, automated FROM messages"
                       " WHERE message_key = ? LIMIT 1", [cmd["message_key"]])
    if cmd["status"] == "rejected" and msg_row and msg_row[0]["automated"]:
        return False   # answering an auto-reply risks a mail loop
    subject = msg_row[0]["subject"] if msg_row else ""
    text = confirmation_text(db, cmd, lang, manager["timezone"])
    headers = {}
    if msg_row and msg_row[0]["message_id"]:
        headers = {"In-Reply-To": f"<{msg_row[0]['message_id']}>",
                   "References": f"<{msg_row[0]['message_id']}>"}
    from dealtrail import mailer  # here: a sync with no tag reply to answer never loads smtplib

    email = mailer.build_message(
        sender=settings.digest.sender, to=cmd["sender"], sender_name=settings.company.name,
        subject=f"{WORDS[cmd['status']][lang]}: {subject}".strip().rstrip(":"), text=text,
        headers=headers)
    mailer.send(settings.smtp, email, retries=1, backoff=0.5)
    with transaction(db):
        db.conn.execute("UPDATE tag_commands SET confirmation_sent_at = ? WHERE id = ?",
                        (clock.iso(clock.now()), command_id))
    return True


def confirmation_text(db: sqlite_utils.Database, cmd: dict[str, Any], lang: str, tz: str) -> str:
    """The plain-text body: each change ``field: old -> new``, or the reason it was rejected."""
    lines = [f"{WORDS[cmd['status']][lang]}."]
    if cmd["status"] == "applied":
        changes = json.loads(cmd["changes"] or "[]")
        if changes:
            lines.append(WORDS["changes"][lang])
            for ch in changes:
                lines.append(f"  {ch['target']} {_field(ch['field'], lang)}: "
                             f"{_show(db, ch['field'], ch['old'], tz)} -> "
                             f"{_show(db, ch['field'], ch['new'], tz)}")
        else:
            lines.append(WORDS["nothing"][lang])
    else:
        lines += [WORDS["why"][lang], f"  {cmd['reason']}"]
    if cmd["raw_text"]:
        quoted = [ln if len(ln) <= QUOTED_LINE else ln[:QUOTED_LINE] + "…"
                  for ln in cmd["raw_text"].splitlines()[:20]]
        lines += ["", "> " + "\n> ".join(quoted)]
    lines += ["", WORDS["footer"][lang]]
    return "\n".join(lines) + "\n"


FIELD_NAMES = {"stage": "этап", "next_contact_at": "следующий контакт", "amount_minor": "сумма",
               "currency": "валюта", "product_id": "продукт", "status": "статус",
               "agreements": "договорённости", "won_at": "дата выигрыша",
               "lost_reason": "причина проигрыша", "complaint": "жалоба", "created": "создана",
               "call": "звонок",
               "next_contact_source": "источник контакта", "expected_close": "ожидаемое закрытие"}


def _field(name: str, lang: str) -> str:
    return FIELD_NAMES.get(name, name) if lang == "ru" else name.replace("_", " ")


def _show(db: sqlite_utils.Database, field_name: str, value: Any, tz: str) -> str:
    if value is None or value == "":
        return "—"
    if field_name == "amount_minor":
        return format_amount(int(value), "")
    if field_name == "product_id":
        found = db.conn.execute("SELECT code FROM products WHERE id = ?", (value,)).fetchone()
        return found[0] if found else str(value)
    if field_name in ("next_contact_at", "won_at"):
        try:
            return clock.parse_iso(str(value)).astimezone(ZoneInfo(tz)).strftime("%Y-%m-%d %H:%M")
        except (ValueError, DealtrailError):
            return str(value)
    return str(value)
