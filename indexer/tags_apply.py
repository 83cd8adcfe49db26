"""Applying tag commands: who may, to what, audited, idempotent, confirmed by email.

:func:`process_pending` runs after every index run. It finds messages sent
to the tag address (every message in a ``purpose = "tags"`` mailbox, and
managers' messages with the tag address in To/Cc/Bcc), and for each one not
decided yet:

1. **Trust** (``indexer/tags_trust.py``). The sender must be a manager, and
   that manager's own Sent folder must hold a copy with the same Message-ID
   addressed to the tag address, whose own text is then the only one read
   (``tags.trust = "sent-folder"``); or the receiving server's
   Authentication-Results must show DKIM/SPF passing for ``tags.auth_domain``
   (``"authentication-results"``). A manager's message whose Sent copy is not
   indexed yet stays *pending* and is retried on the next run, then rejected
   after ``tags.pending_hours``.
2. **Parse** the new text of the trusted copy (never the quoted part) with
   :func:`indexer.tags.parse`.
3. **Target**: an item code (D-142, V-17, C-5) on the tag line, in the text or
   in the subject; else the client (``#client``, the message's own client,
   the message it replies to, its thread) and that client's single open deal
   of the sender (``#product`` picks among several; ``#stage`` on a
   client with none creates one).
4. **Apply** in one transaction with the ``tag_commands`` row: every deal
   change goes through :func:`dealtrail.deals.update_deal` with the
   Message-ID as ``source_ref``. A manager changes own deals, the head any.
5. **Confirm** to the sender in their language (``indexer/tags_confirm.py``); an
   unreachable SMTP server is logged and never fails the run.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import sqlite_utils

from dealtrail import access, clock, labels
from dealtrail.addresses import client_of, clients_named, with_parents
from dealtrail.calls import record_call
from dealtrail.config import Settings
from dealtrail.deals import create_deal, get_deal, update_deal
from dealtrail.errors import NotFound, PermissionDenied, TagError
from dealtrail.messages import Msg
from dealtrail.store import rows, transaction
from dealtrail.workdays import company_calendar
from indexer.tags import CORRECTIONS, Command, Parsed, Problem, codes_in, parse
from indexer.tags_confirm import active_manager, can_confirm, confirm_all
from indexer.tags_trust import auth_results_pass, trusted_copy

log = logging.getLogger(__name__)

PENDING_REASON = "waiting for the Sent copy"
#: The command's text kept in tag_commands (and quoted in the confirmation from there).
MAX_RAW_TEXT = 10_000
DEAL_TAGS = {"stage", "next", "close", "amount", "product", "won", "lost", "note"}

REASONS: dict[str, dict[str, str]] = {
    "not_manager": {"en": "not a manager: {sender} is not a managed mailbox",
                    "ru": "отправитель {sender} не является менеджером"},
    "automated": {"en": "automated message", "ru": "автоматическое письмо"},
    "no_sent_copy": {"en": "the message is not in {sender}'s Sent folder, so it cannot be confirmed "
                           "as sent by you", "ru": "письма нет в папке «Отправленные» {sender}, "
                           "поэтому нельзя подтвердить, что его отправили вы"},
    "sent_copy_differs": {"en": "the message with this Message-ID in {sender}'s Sent folder was not "
                                "sent to the tag address, so this command is not yours",
                          "ru": "письмо с этим Message-ID в папке «Отправленные» {sender} не было "
                                "отправлено на адрес для тегов, поэтому эта команда не ваша"},
    "auth_failed": {"en": "no passing DKIM/SPF for {domain} in Authentication-Results",
                    "ru": "нет успешной проверки DKIM/SPF для {domain} (Authentication-Results)"},
    "no_tags": {"en": "no tags found in the new text of the message",
                "ru": "в новом тексте письма нет тегов"},
    "no_target": {"en": "cannot tell which deal: reply to a client's message, put a code like "
                        "D-142 next to the tags, or add #client",
                  "ru": "непонятно, какая сделка: ответьте на письмо клиента, укажите код вида "
                        "D-142 рядом с тегами или добавьте #клиент"},
    "many_codes": {"en": "several item codes ({codes}); put each code on the line with its tags",
                   "ru": "несколько кодов ({codes}); пишите каждый код в строке со своими тегами"},
    "many_deals": {"en": "{client} has several open deals ({codes}); add the code or #product",
                   "ru": "у клиента {client} несколько открытых сделок ({codes}); укажите код или "
                         "#продукт"},
    "no_deal": {"en": "{client} has no open deal of yours; add #stage to create one",
                "ru": "у клиента {client} нет вашей открытой сделки; добавьте #этап, чтобы создать"},
    "unknown_client": {"en": "{client!r} is not one of your clients; the head can assign it to you",
                       "ru": "{client!r} не ваш клиент; назначить его вам может руководитель"},
    "many_clients": {"en": "{client!r} may mean several clients ({names}); name one by its domain "
                           "or an address, e.g. #client {example}",
                     "ru": "{client!r} может означать несколько клиентов ({names}); укажите "
                           "клиента доменом или адресом, например #клиент {example}"},
    "not_found": {"en": "{code} does not exist", "ru": "{code} не существует"},
    "not_yours": {"en": "{code} belongs to another manager; only the head may change it",
                  "ru": "{code} принадлежит другому менеджеру; менять может только руководитель"},
    "closed": {"en": "{code} is already {status}", "ru": "{code} уже закрыта ({status})"},
    "needs_code": {"en": "#{tag} needs the code of the item it corrects next to it: C-5 for a "
                         "complaint, V-12 for a broken promise",
                   "ru": "рядом с #{tag} нужен код того, что исправляется: C-5 для жалобы, "
                         "V-12 для нарушенного обещания"},
    "wrong_kind": {"en": "#{tag} cannot be used on {code}",
                   "ru": "#{tag} нельзя применить к {code}"},
    "failed": {"en": "the command could not be applied ({error}); the administrator finds why in "
                     "the log", "ru": "команду не удалось применить ({error}); причину "
                     "администратор найдёт в журнале"},
    "error": {"en": "{text}", "ru": "{text}"},
}


class _Reject(Exception):
    def __init__(self, reason: str, /, **params: Any) -> None:
        super().__init__(reason)
        self.reason = reason
        self.params = params


def reason_text(code: str, params: dict[str, Any], lang: str) -> str:
    """A rejection reason in the sender's language."""
    lang = lang if lang in ("ru", "en") else "en"
    return REASONS.get(code, REASONS["error"])[lang].format(text=code, **params)


@dataclass
class TagReport:
    """What one pass over the pending tag commands did."""

    applied: int = 0
    rejected: int = 0
    pending: int = 0
    confirmed: int = 0
    unconfirmed: int = 0
    ids: list[int] = field(default_factory=list)

    def line(self) -> str:
        return Msg("tags_line", applied=self.applied, rejected=self.rejected, pending=self.pending,
                   confirmed=self.confirmed, unconfirmed=self.unconfirmed)


def tag_address(settings: Settings) -> str:
    return (settings.tags.address or settings.digest.tag_address).lower()


def candidates(db: sqlite_utils.Database, settings: Settings) -> list[dict[str, Any]]:
    """Message keys sent to the tag address that have no final decision yet, oldest first."""
    address = tag_address(settings)
    like = f'%"{address}"%' if address else "\x00"
    return rows(db, """
        SELECT m.message_key, min(m.sent_at) AS sent_at FROM messages m
        JOIN mailboxes b ON b.id = m.mailbox_id
        WHERE m.deleted = 0
          AND (b.purpose = 'tags' OR lower(m.to_addrs) LIKE :like OR lower(m.cc_addrs) LIKE :like
               OR lower(m.bcc_addrs) LIKE :like)
          AND m.message_key NOT IN (SELECT message_key FROM tag_commands WHERE status != 'pending')
        GROUP BY m.message_key ORDER BY min(m.sent_at), m.message_key""", {"like": like})


def process_pending(db: sqlite_utils.Database, settings: Settings, *,
                    confirm: bool = True) -> TagReport:
    """Decide every undecided tag command, then confirm; never raises for one bad message."""
    report = TagReport()
    smtp_ok = confirm and can_confirm(settings)
    if confirm and not smtp_ok and candidates(db, settings):
        log.warning("tag confirmations are not sent: set digest.sender and [smtp] host in "
                    "dealtrail.toml")
    for cand in candidates(db, settings):
        try:
            status, command_id = process_message(db, settings, cand["message_key"])
        except Exception:  # noqa: BLE001 - one broken message never stops the run
            log.exception("tag command %s could not be processed", cand["message_key"])
            continue
        setattr(report, status, getattr(report, status) + 1)
        if status != "pending" and command_id is not None:
            report.ids.append(command_id)
    if smtp_ok:
        report.confirmed, report.unconfirmed = confirm_all(db, settings, report.ids)
    else:
        report.unconfirmed = len(report.ids)
    if report.applied or report.rejected or report.pending or report.confirmed:
        log.info(report.line())
    return report


# ------------------------------------------------------------------------------ one message

def process_message(db: sqlite_utils.Database, settings: Settings, message_key: str
                    ) -> tuple[str, int | None]:
    """Decide one message: ``(status, tag_commands.id)``; status is applied|rejected|pending."""
    copies = rows(db, """
        SELECT m.*, b.owner_email, b.purpose, coalesce(s.role, '') AS role FROM messages m
        JOIN mailboxes b ON b.id = m.mailbox_id
        LEFT JOIN sync_state s ON s.mailbox_id = m.mailbox_id AND s.folder = m.folder
        WHERE m.message_key = ? AND m.deleted = 0
        ORDER BY b.purpose = 'tags' DESC, m.id""", [message_key])
    if not copies:
        return "pending", None
    msg = copies[0]
    sender = msg["from_addr"].lower()
    manager = active_manager(db, sender)
    lang = (manager or {}).get("locale") or settings.company.locale
    base = {"message_key": message_key, "mailbox_id": msg["mailbox_id"], "sender": sender,
            "received_at": msg["sent_at"], "raw_text": msg["new_text"][:MAX_RAW_TEXT]}
    if manager is None:
        return "rejected", _record(db, base, "rejected", "not_manager", {"sender": sender}, lang)
    own, why = trusted_copy(settings, sender, copies, tag_address(settings))
    if own is None:
        first_seen = min(clock.parse_iso(c["indexed_at"]) for c in copies)
        waited = clock.now() - max(first_seen, clock.parse_iso(msg["sent_at"]))
        if why == "no_sent_copy" and waited < timedelta(hours=settings.tags.pending_hours):
            return "pending", _record(db, base, "pending", "", {}, lang, reason=PENDING_REASON)
        return "rejected", _record(db, base, "rejected", why,
                                   {"sender": sender, "domain": settings.tags.auth_domain}, lang)
    # From here on only the trusted copy speaks: its text, subject, references and time.
    base["raw_text"] = own["new_text"][:MAX_RAW_TEXT]
    try:
        return _decide(db, settings, own, manager, base, lang)
    except Exception as exc:  # noqa: BLE001 - every command is answered, once
        log.exception("tag command %s could not be applied", message_key)
        return "rejected", _record(db, base, "rejected", "failed",
                                   {"error": type(exc).__name__}, lang)


def _decide(db: sqlite_utils.Database, settings: Settings, msg: dict[str, Any],
            manager: dict[str, Any], base: dict[str, Any], lang: str) -> tuple[str, int | None]:
    """Parse and apply the trusted copy's text; reject it with the reason when it cannot be."""
    automated = bool(msg["automated"]) or msg["direction"] == "auto"
    tz = ZoneInfo(manager["timezone"] or settings.company.timezone)
    sent_at = clock.parse_iso(msg["sent_at"])
    parsed = parse(msg["new_text"], sent_at.astimezone(tz), stages=settings.pipeline.stages,
                   products=settings.products, lang=msg["lang"] or None,
                   calendar=company_calendar(settings))
    base["parsed"] = json.dumps(parsed.as_dict(), ensure_ascii=False)
    if parsed.problems:
        return "rejected", _record(db, base, "rejected", "problems", {}, lang,
                                   reason="; ".join(p.text(lang) for p in parsed.problems))
    if not parsed.commands:
        # An auto-reply (out of office) to the tag address is not a command; the
        # classifier's word is not trusted over tags a manager really wrote.
        return "rejected", _record(db, base, "rejected", "automated" if automated else "no_tags",
                                   {}, lang)
    try:
        with transaction(db):
            targets, changes = _apply(db, settings, msg, manager, parsed, sent_at)
            command_id = _record(db, base | {"target": ", ".join(targets),
                                             "changes": json.dumps(changes, ensure_ascii=False)},
                                 "applied", "", {}, lang, in_transaction=True)
        return "applied", command_id
    except _Reject as exc:
        return "rejected", _record(db, base, "rejected", exc.reason, exc.params, lang)
    except (NotFound, PermissionDenied, TagError) as exc:
        return "rejected", _record(db, base, "rejected", "error", {}, lang, reason=str(exc))


def _record(db: sqlite_utils.Database, base: dict[str, Any], status: str, code: str,
            params: dict[str, Any], lang: str, *, reason: str = "",
            in_transaction: bool = False) -> int:
    """Insert or update the tag_commands row; returns its id."""
    if code and not reason:
        reason = reason_text(code, params, lang)
    values = {"parsed": "[]", "target": "", "changes": "[]"} | base | {"status": status,
                                                                         "reason": reason}
    sql = ("INSERT INTO tag_commands (message_key, mailbox_id, sender, received_at, raw_text, parsed,"
           " target, status, reason, changes) VALUES (:message_key, :mailbox_id, :sender,"
           " :received_at, :raw_text, :parsed, :target, :status, :reason, :changes)"
           " ON CONFLICT (message_key) DO UPDATE SET parsed = excluded.parsed,"
           " target = excluded.target, status = excluded.status, reason = excluded.reason,"
           " changes = excluded.changes WHERE tag_commands.status = 'pending'")
    if in_transaction:
        db.conn.execute(sql, values)
    else:
        with transaction(db):
            db.conn.execute(sql, values)
    return int(db.conn.execute("SELECT id FROM tag_commands WHERE message_key = ?",
                               (base["message_key"],)).fetchone()[0])


# ------------------------------------------------------------------------------ targets

def _apply(db: sqlite_utils.Database, settings: Settings, msg: dict[str, Any],
           manager: dict[str, Any], parsed: Parsed, sent_at: datetime
           ) -> tuple[list[str], list[dict[str, Any]]]:
    groups: dict[str, list[Command]] = {}
    for c in parsed.commands:
        groups.setdefault(c.code, []).append(c)
    changes: list[dict[str, Any]] = []
    targets: list[str] = []
    for code, commands in groups.items():
        note = parsed.note if code == "" or len(groups) == 1 else ""
        target = code or _default_target(db, settings, msg, manager, commands, parsed, sent_at,
                                         changes)
        targets.append(target)
        changes += _apply_target(db, settings, target, commands, note, msg, manager, sent_at)
    return targets, changes


def _default_target(db: sqlite_utils.Database, settings: Settings, msg: dict[str, Any],
                    manager: dict[str, Any], commands: list[Command], parsed: Parsed,
                    sent_at: datetime, changes: list[dict[str, Any]]) -> str:
    subject_codes = [c for c in codes_in(msg["subject"]) if c not in parsed.codes]
    # Only when neither the new text nor the subject names an item does the quoted
    # part decide, and only when it quotes exactly one (a reply under one digest line).
    quoted = json.loads(msg.get("quoted_codes") or "[]")
    codes = parsed.codes or subject_codes or quoted
    if len(codes) > 1:
        raise _Reject("many_codes", codes=", ".join(codes))
    if codes:
        return codes[0]
    correction = next((c.tag for c in commands if c.tag in CORRECTIONS), None)
    if correction:
        raise _Reject("needs_code", tag=correction)
    client_id = _client_of(db, settings, msg, commands, manager)
    if client_id is None:
        raise _Reject("no_target")
    if not access.can_see_client(db, manager, client_id):
        # A deal or a complaint of one's own on a client would open it in the pane: tags
        # reach only the clients the sender may see, and answer as for an unknown one.
        named = next((c.value for c in commands if c.tag == "client"), None)
        raise _Reject("unknown_client", client=named or _client_name(db, client_id))
    tags = {c.tag for c in commands}
    if tags <= {"complaint", "resolved", "client", "call"}:
        return f"client:{client_id}"
    client_name = _client_name(db, client_id)
    mine, mine_args = access.change_filter(manager, "deals")
    deals = rows(db, f"SELECT id, product_id FROM deals WHERE client_id = ?"
                     f" AND status = 'open'{mine} ORDER BY id", [client_id, *mine_args])
    product = next((c.value for c in commands if c.tag == "product"), None)
    product_id = _product_id(db, product) if product else None
    if product_id is not None and len(deals) > 1:
        deals = [d for d in deals if d["product_id"] == product_id]
    if len(deals) == 1:
        return f"D-{deals[0]['id']}"
    if deals:
        raise _Reject("many_deals", client=client_name,
                      codes=", ".join(f"D-{d['id']}" for d in deals))
    if "stage" not in tags:
        raise _Reject("no_deal", client=client_name)
    owner = manager["id"]
    if access.changes_everything(manager):
        # The client's owner, as the rules and the negotiations read it.
        found = db.conn.execute(f"SELECT {access.client_owner_sql('?')}", (client_id,)).fetchone()
        owner = found[0] if found[0] is not None else owner
    deal_id = create_deal(db, client_id=client_id, manager_id=owner, actor=manager["email"],
                          source="tag", source_ref=msg["message_id"] or msg["message_key"],
                          product_id=product_id, currency=settings.company.base_currency,
                          title=msg["subject"][:200], at=sent_at)
    changes.append({"target": f"D-{deal_id}", "field": "created", "old": None, "new": "open"})
    return f"D-{deal_id}"


def _client_name(db: sqlite_utils.Database, client_id: int) -> str:
    return str(db.conn.execute("SELECT name FROM clients WHERE id = ?", (client_id,)).fetchone()[0])


def _client_of(db: sqlite_utils.Database, settings: Settings, msg: dict[str, Any],
               commands: list[Command], manager: dict[str, Any]) -> int | None:
    named = next((c.value for c in commands if c.tag == "client"), None)
    if named:
        return _find_client(db, settings, named, manager)
    if msg["client_id"]:
        return int(msg["client_id"])
    if msg["in_reply_to"]:
        found = db.conn.execute("SELECT client_id FROM messages WHERE message_id = ?"
                                " AND client_id IS NOT NULL LIMIT 1",
                                (msg["in_reply_to"],)).fetchone()
        if found:
            return int(found[0])
        # An auto-reply or a newsletter has no client of its own; its sender may.
        for (sender,) in db.conn.execute("SELECT DISTINCT from_addr FROM messages"
                                         " WHERE message_id = ?", (msg["in_reply_to"],)):
            try:
                return _find_client(db, settings, sender)
            except _Reject:
                continue
    if msg["thread_id"]:
        found = db.conn.execute(
            "SELECT coalesce(t.client_id, (SELECT client_id FROM messages WHERE thread_id = t.id"
            " AND client_id IS NOT NULL LIMIT 1)) FROM threads t WHERE t.id = ?",
            (msg["thread_id"],)).fetchone()
        if found and found[0]:
            return int(found[0])
    return None


def _find_client(db: sqlite_utils.Database, settings: Settings, named: str,
                 manager: dict[str, Any] | None = None) -> int:
    """The client ``#client`` names: an address's is the one its mail is filed under
    (:func:`dealtrail.addresses.client_of`); a domain's is the one its mail would be filed
    under (the domain or its nearest listed parent); else the client of that name.

    A name several clients share (in any case or legal form: «Ромашка» and «ООО Ромашка»)
    is never settled by picking one: among those ``manager`` may see, one is the answer and
    several are a rejection that lists them with a domain to name each by. Clients the
    sender may not see are neither chosen nor listed: a name only they bear is unknown."""
    name = named.strip().lower()
    if "@" in name:
        found = client_of(db.conn, name, settings.company.internal_domains)
        if found is not None:
            return found
    else:
        for domain in with_parents(name):
            hit = db.conn.execute("SELECT client_id FROM client_domains WHERE domain = ?",
                                  (domain,)).fetchone()
            if hit:
                return int(hit[0])
        seen = clients_named(db.conn, name, loose=True, visible=None if manager is None else
                             (lambda c: access.can_see_client(db, manager, c)))
        if len(seen) > 1:
            labels = [_client_label(db, c) for c in seen]
            raise _Reject("many_clients", client=named, names=", ".join(labels),
                          example=labels[0].rpartition(" (")[2].rstrip(")") or labels[0])
        if seen:
            return seen[0]
    raise _Reject("unknown_client", client=named)


def _client_label(db: sqlite_utils.Database, client_id: int) -> str:
    """«Name (domain)»: a client as a rejection lists it, with a domain to name it by."""
    domain = db.conn.execute("SELECT min(domain) FROM client_domains WHERE client_id = ?",
                             (client_id,)).fetchone()[0]
    name = _client_name(db, client_id)
    return f"{name} ({domain})" if domain else name


def _product_id(db: sqlite_utils.Database, code: str) -> int | None:
    found = db.conn.execute("SELECT id FROM products WHERE code = ?", (code,)).fetchone()
    return int(found[0]) if found else None


# ------------------------------------------------------------------------------ changes

def _apply_target(db: sqlite_utils.Database, settings: Settings, target: str,
                  commands: list[Command], note: str, msg: dict[str, Any],
                  manager: dict[str, Any], sent_at: datetime) -> list[dict[str, Any]]:
    ref = msg["message_id"] or msg["message_key"]
    kind, _, ident = target.partition("-")
    if target.startswith("client:"):
        client_id = int(target.split(":")[1])
        return (_complaints(db, commands, client_id, None, manager, msg, sent_at, target)
                + _calls(db, commands, client_id, manager, msg, sent_at, target))
    if kind in ("V", "C", "P"):
        return _close_item(db, kind, int(ident), target, commands, note, manager, sent_at, ref)
    try:
        deal = get_deal(db, int(ident))
    except NotFound:
        raise _Reject("not_found", code=target) from None
    if not access.can_change_deal(db, manager, deal):
        raise _Reject("not_yours", code=target)
    tags = {c.tag for c in commands}
    if deal["status"] != "open" and tags - {"note", "complaint", "resolved", "client", "call"}:
        raise _Reject("closed", code=target, status=deal["status"])
    stages = settings.pipeline.stages
    change: dict[str, Any] = {}
    for c in commands:
        if c.tag == "stage":
            change["stage"] = c.value
            if c.value in ("won", "lost"):
                change["status"] = c.value
        elif c.tag == "next":
            change.update(next_contact_at=c.value, next_contact_source="tag")
        elif c.tag == "close":
            change["expected_close"] = c.value
        elif c.tag in ("amount", "won") and c.value:
            change.update(amount_minor=c.value["amount_minor"],
                          currency=c.value["currency"] or deal["currency"])
        elif c.tag == "product":
            product_id = _product_id(db, c.value)
            if product_id is None:
                raise _Reject("error", text=f"product {c.value} is not in the database")
            change["product_id"] = product_id
        if c.tag == "lost" and c.value:
            change["lost_reason"] = c.value
    if "won" in tags or change.get("status") == "won":
        change["status"] = "won"        # won_at: dealtrail.deals.update_deal, at the reply's time
        if "won" in stages:
            change["stage"] = "won"
    if "lost" in tags or change.get("status") == "lost":
        change["status"] = "lost"
        if "lost" in stages:
            change["stage"] = "lost"
    if note:
        change["agreements"] = note
    done = [dict(target=target, **fc.as_dict()) for fc in
            update_deal(db, deal["id"], change, actor=manager["email"], source="tag",
                        source_ref=ref, at=sent_at)]
    done += _complaints(db, commands, deal["client_id"], deal["id"], manager, msg, sent_at, target)
    done += _calls(db, commands, deal["client_id"], manager, msg, sent_at, target)
    return done


def _calls(db: sqlite_utils.Database, commands: list[Command], client_id: int,
           manager: dict[str, Any], msg: dict[str, Any], sent_at: datetime, target: str
           ) -> list[dict[str, Any]]:
    """``#call [outcome]``: the sender spoke with the client by phone, at the message's time."""
    done: list[dict[str, Any]] = []
    for n, c in enumerate(x for x in commands if x.tag == "call"):
        _, outcome = record_call(db.conn, key=f"tag:{msg['message_key']}:{n}",
                                 manager_id=manager["id"], client_id=client_id, at=sent_at,
                                 note=c.value or "", source="tag",
                                 source_ref=msg["message_id"] or msg["message_key"])
        if outcome == "inserted":
            done.append({"target": target, "field": "call", "old": None,
                         "new": c.value or clock.iso(sent_at)})
    return done


def _complaints(db: sqlite_utils.Database, commands: list[Command], client_id: int,
                deal_id: int | None, manager: dict[str, Any], msg: dict[str, Any],
                sent_at: datetime, target: str) -> list[dict[str, Any]]:
    done: list[dict[str, Any]] = []
    stamp = clock.iso(sent_at)
    for n, c in enumerate(x for x in commands if x.tag == "complaint"):
        cur = db.conn.execute(
            "INSERT OR IGNORE INTO complaints (key, client_id, manager_id, deal_id, message_id,"
            " text, source, opened_at, status) VALUES (?,?,?,?,?,?,'tag',?,'open')",
            (f"tag:{msg['message_key']}:{n}", client_id, manager["id"], deal_id, msg["id"],
             c.value[:1000], stamp))
        if cur.rowcount:
            done.append({"target": f"C-{cur.lastrowid}", "field": "complaint", "old": None,
                         "new": c.value})
            done += _missed_complaint(db, msg, manager, f"C-{cur.lastrowid}")
    if any(c.tag == "resolved" for c in commands):
        mine, mine_args = access.change_filter(manager, "complaints")
        params: list[Any] = [client_id, f"tag:{msg['message_key']}:%", *mine_args]
        for (cid,) in db.conn.execute("SELECT id FROM complaints WHERE client_id = ? AND"
                                      f" status = 'open' AND key NOT LIKE ?{mine} ORDER BY id",
                                      params).fetchall():
            db.conn.execute("UPDATE complaints SET status = 'resolved', resolved_at = ? WHERE id = ?",
                            (stamp, cid))
            done.append({"target": f"C-{cid}", "field": "status", "old": "open",
                         "new": "resolved"})
    return done


def _missed_complaint(db: sqlite_utils.Database, msg: dict[str, Any], manager: dict[str, Any],
                      target: str) -> list[dict[str, Any]]:
    """A ``#complaint`` in reply to a client's message that inference did not flag: the
    client's text is a label saying it was a complaint."""
    if not msg["in_reply_to"]:
        return []
    found = db.conn.execute(
        "SELECT m.new_text, m.lang FROM messages m WHERE m.message_id = ? AND m.direction = 'in'"
        " AND m.deleted = 0 AND NOT EXISTS (SELECT 1 FROM complaints c WHERE c.message_id = m.id"
        " AND c.source = 'inferred') LIMIT 1", (msg["in_reply_to"],)).fetchone()
    # Below the full tier the client's text is not kept: there is no sentence to label.
    if found is None or not found[0] or not labels.record_label(
            db.conn, kind=labels.COMPLAINT, sentence=found[0], lang=found[1],
            actor=manager["email"], source="tag", source_ref=msg["message_id"] or
            msg["message_key"], target=target):
        return []
    return [{"target": target, "field": "label", "old": None, "new": labels.COMPLAINT}]


def _close_item(db: sqlite_utils.Database, kind: str, ident: int, target: str,
                commands: list[Command], note: str, manager: dict[str, Any], sent_at: datetime,
                ref: str) -> list[dict[str, Any]]:
    """``#resolved`` on a violation (the head waives it) or a complaint (resolves it);
    a correction (``#notcomplaint``, ``#notpromise``, ``#wrongdate``) also closes the item
    and stores the label that the company's layer learns from."""
    tags = {c.tag for c in commands}
    for c in commands:
        if c.tag not in ("resolved", "note", *CORRECTIONS):
            raise _Reject("wrong_kind", tag=c.tag, code=target)
    table = {"V": "violations", "C": "complaints"}.get(kind)
    fits = {"violations": {"notpromise", "wrongdate"}, "complaints": {"notcomplaint"}}
    wrong = (tags & set(CORRECTIONS)) - fits.get(table or "", set())
    if table is None or wrong or not tags & {"resolved", *CORRECTIONS}:
        raise _Reject("wrong_kind", tag=next(iter(wrong), commands[0].tag), code=target)
    found = rows(db, f"SELECT * FROM {table} WHERE id = ?", [ident])
    if not found:
        raise _Reject("not_found", code=target)
    item = found[0]
    if not access.can_change_record(manager, item["manager_id"]):
        raise _Reject("not_yours", code=target)
    if item["status"] != "open":
        raise _Reject("closed", code=target, status=item["status"])
    done = _labels(db, tags, table, item, target, manager, ref)
    stamp = clock.iso(sent_at)
    if table == "violations" and access.waives_violations(manager):
        # The head accepting a violation waives it, so the rules never reopen it.
        reason = note or " ".join(f"#{t}" for t in sorted(tags - {"note"}))
        db.conn.execute("UPDATE violations SET status = 'waived', waived_by = ?, waive_reason = ?,"
                        " resolved_at = ? WHERE id = ?",
                        (manager["email"], reason, stamp, ident))
        new = "waived"
    else:
        db.conn.execute(f"UPDATE {table} SET status = 'resolved', resolved_at = ? WHERE id = ?",
                        (stamp, ident))
        new = "resolved"
    return [{"target": target, "field": "status", "old": "open", "new": new}, *done]


def _labels(db: sqlite_utils.Database, tags: set[str], table: str, item: dict[str, Any],
            target: str, manager: dict[str, Any], ref: str) -> list[dict[str, Any]]:
    """Store the labels a correction says; a promise that was none is cancelled."""
    done: list[dict[str, Any]] = []
    found = (labels.complaint_sentence(db.conn, item["id"]) if table == "complaints"
             else labels.promise_sentence(db.conn, item["id"]))
    for tag, kind in (("notcomplaint", labels.NOT_COMPLAINT),
                      ("notpromise", labels.NOT_PROMISE), ("wrongdate", labels.WRONG_DATE)):
        if tag not in tags:
            continue
        if found is None and table == "complaints":
            continue            # a complaint a person logged: closed, nothing to learn
        if found is None:
            raise _Reject("wrong_kind", tag=tag, code=target)
        sentence, lang = found
        if labels.record_label(db.conn, kind=kind, sentence=sentence, lang=lang,
                               actor=manager["email"], source="tag", source_ref=ref,
                               target=target):
            done.append({"target": target, "field": "label", "old": None, "new": kind})
    if "notpromise" in tags and item.get("promise_id"):
        db.conn.execute("UPDATE promises SET status = 'cancelled' WHERE id = ?"
                        " AND status IN ('open', 'broken')", (item["promise_id"],))
    return done


__all__ = ["Problem", "TagReport", "auth_results_pass", "candidates", "process_message",
           "process_pending"]


def list_commands(db: sqlite_utils.Database, status: str | None = None, limit: int = 50
                  ) -> list[dict[str, Any]]:
    """The latest tag commands (optionally of one status), newest first."""
    where = "WHERE status = ?" if status else ""
    return rows(db, f"SELECT id, received_at, sender, status, target, reason, changes,"
                    f" confirmation_sent_at, raw_text FROM tag_commands {where}"
                    f" ORDER BY received_at DESC, id DESC LIMIT ?",
                [status, limit] if status else [limit])
