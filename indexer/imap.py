"""IMAP connector: incremental, crash-safe reading of a mailbox with imapclient.

What it yields per folder (see :class:`dealtrail.domain.Connector`):

* ``RawMessage(remote_id="<uidvalidity>:<uid>", raw, flags)`` for every message
  with a UID above the checkpoint, fetched in batches with ``BODY.PEEK[]``
  (never sets ``\\Seen``). A message larger than ``max_message_bytes`` is
  yielded with its header only plus ``X-Dealtrail-Truncated: <size>``, so the
  contact it records (who, whom, when, subject) is not lost.
* ``FlagUpdate`` for messages whose flags or keywords changed since the stored
  HIGHESTMODSEQ (CONDSTORE). Keywords such as ``dealtrail-complaint`` pass
  through as flags.
* ``Deletion`` for expunged messages: QRESYNC ``VANISHED (EARLIER)`` where the
  server offers it, otherwise the difference between the UIDs known to the
  checkpoint and the UIDs on the server.

The checkpoint per folder is ``{"uidvalidity", "uidnext", "last_uid",
"modseq", "uids"}`` where ``uids`` is the compact set of UIDs at or below
``last_uid`` that exist (``"1:480,482:1000"``). A changed UIDVALIDITY rescans
the folder; the store reconciles messages by Message-ID.

An unchanged folder costs one ``STATUS`` command. A dropped connection is
re-opened with bounded exponential back-off and the folder resumes from the
last checkpoint handed out; a rejected login raises :class:`SourceAuthError`.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import logging
import multiprocessing.util
import os
import socket
import ssl
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC
from typing import Any

import imapclient
from imapclient import exceptions as imap_errors
from imapclient.response_parser import parse_fetch_response

from dealtrail.config import Mailbox, Settings
from dealtrail.domain import (
    Change,
    Checkpoint,
    Deletion,
    FlagUpdate,
    Folder,
    RawMessage,
)
from dealtrail.errors import ConfigError, SourceAuthError, SourceError
from dealtrail.messages import Msg

from .options import ImapOptions

log = logging.getLogger(__name__)
protocol_log = log.getChild("protocol")

TRUNCATED_HEADER = "X-Dealtrail-Truncated"

# SPECIAL-USE flag (RFC 6154) -> role; folders without one fall back to well-known names.
SPECIAL_USE = {
    b"\\sent": "sent", b"\\archive": "archive", b"\\junk": "junk", b"\\trash": "trash",
    b"\\drafts": "drafts", b"\\all": "all", b"\\flagged": "flagged", b"\\important": "important",
}
WELL_KNOWN_NAMES = {
    "sent": {"sent", "sent items", "sent messages", "sent mail", "отправленные",
             "отправленные элементы"},
    "archive": {"archive", "archives", "архив"},
    "junk": {"junk", "spam", "junk e-mail", "junk email", "спам", "нежелательная почта"},
    "trash": {"trash", "deleted", "deleted items", "deleted messages", "корзина", "удаленные",
              "удалённые", "удаленные элементы"},
    "drafts": {"drafts", "черновики"},
}
# Roles synced without configuration; everything else only when named in ``folders``.
DEFAULT_ROLES = ("inbox", "sent", "archive")
# Roles never synced unless named exactly (not by a pattern) in ``folders``.
SKIPPED_ROLES = ("junk", "trash", "drafts", "all")
# Folder roles outside the domain's vocabulary are reported as "other".
DOMAIN_ROLES = ("inbox", "sent", "archive")

# Exceptions that mean "the connection is gone", worth a reconnect.
CONNECTION_ERRORS: tuple[type[BaseException], ...] = (
    OSError, EOFError, imap_errors.IMAPClientAbortError, socket.timeout,
)


# -- UID sets ----------------------------------------------------------------------------------

def compress_uids(uids: Iterable[int]) -> str:
    """``[1, 2, 3, 7, 9, 10]`` -> ``"1:3,7,9:10"`` (sorted, duplicates dropped)."""
    parts: list[str] = []
    start = prev = None
    for uid in sorted(set(uids)):
        if start is None:
            start = prev = uid
        elif uid == prev + 1:  # type: ignore[operator]
            prev = uid
        else:
            parts.append(f"{start}:{prev}" if start != prev else str(start))
            start = prev = uid
    if start is not None:
        parts.append(f"{start}:{prev}" if start != prev else str(start))
    return ",".join(parts)


def expand_uids(text: str) -> set[int]:
    """The inverse of :func:`compress_uids`."""
    out: set[int] = set()
    for part in filter(None, (text or "").split(",")):
        low, _, high = part.partition(":")
        out.update(range(int(low), int(high or low) + 1))
    return out


def count_uids(text: str) -> int:
    """How many UIDs :func:`expand_uids` would return, without building the set."""
    total = 0
    for part in filter(None, (text or "").split(",")):
        low, _, high = part.partition(":")
        total += int(high or low) - int(low) + 1
    return total


# -- configuration -----------------------------------------------------------------------------

class ImapConnector:
    """Reads one IMAP mailbox; implements :class:`dealtrail.domain.Connector`."""

    name = "imap"

    def __init__(self, options: ImapOptions) -> None:
        self.options = options
        self._client: Any = None
        self._selected: str | None = None     # the folder fetch_uids last selected
        self._qresync = False
        self._condstore = False
        #: Set by the sync loop when worker processes prepare batches: new messages are
        #: then yielded as :class:`FetchTask` items that the workers fetch themselves.
        self.parallel_fetch = False

    @classmethod
    def from_mailbox(cls, mailbox: Mailbox, settings: Settings) -> ImapConnector:
        """Build from a configured mailbox; secrets are read only when connecting."""
        return cls(dataclasses.replace(mailbox.options, mailbox=mailbox.name))

    # -- connection ----------------------------------------------------------------------------
    @property
    def where(self) -> str:
        o = self.options
        return Msg("src_mailbox", mailbox=o.mailbox, user=o.username, server=f"{o.host}:{o.port}")

    def _ssl_context(self) -> ssl.SSLContext:
        try:
            return ssl.create_default_context(cafile=self.options.ca_file or None)
        except (OSError, ssl.SSLError) as exc:
            raise ConfigError(Msg("opt_ca_unreadable", where=f"mailboxes.{self.options.mailbox}.ca_file",
                                  path=self.options.ca_file, detail=str(exc))) from None

    def connect(self) -> Any:
        """Open, secure and authenticate a connection (reusing a live one)."""
        if self._client is not None:
            return self._client
        o = self.options
        context = self._ssl_context()
        try:
            client = imapclient.IMAPClient(o.host, port=o.port, ssl=o.tls == "implicit",
                                           ssl_context=context, timeout=o.timeout)
            client.normalise_times = False      # keep INTERNALDATE time-zone aware
            if o.tls == "starttls":
                client.starttls(context)
            elif o.tls == "none":
                log.warning("%s: tls = none, the password travels in clear text", self.where)
        except ssl.SSLCertVerificationError as exc:
            raise SourceError(Msg("src_untrusted", where=self.where,
                                  detail=str(exc.verify_message))) from None
        except ssl.SSLError as exc:
            raise SourceError(Msg("src_imap_tls", where=self.where, detail=str(exc))) from None
        except imap_errors.IMAPClientError as exc:
            raise SourceError(Msg("src_said", where=self.where, detail=str(exc))) from None
        try:
            if o.oauth2_token is not None:
                client.sasl_login("XOAUTH2", XOAuth2(o.username, o.oauth2_token()))
            else:
                assert o.password is not None
                client.login(o.username, o.password())
        except imap_errors.LoginError as exc:
            _quiet_logout(client)
            raise SourceAuthError(Msg("src_imap_token_rejected" if o.oauth2_token is not None
                                      else "src_imap_login_rejected",
                                      where=self.where, detail=_text(exc))) from None
        caps = {c.upper() for c in client.capabilities()}
        self._qresync = self.options.use_qresync and b"QRESYNC" in caps
        self._condstore = b"CONDSTORE" in caps or self._qresync
        if self._qresync:
            client.enable("QRESYNC")
        elif self._condstore:
            client.enable("CONDSTORE")
        log.debug("%s: connected (condstore=%s, qresync=%s)", self.where, self._condstore,
                  self._qresync)
        self._client = client
        return client

    def close(self) -> None:
        """Log out and drop the connection."""
        client, self._client = self._client, None
        self._selected = None
        if client is not None:
            _quiet_logout(client)

    def _drop(self) -> None:
        client, self._client = self._client, None
        self._selected = None
        if client is not None:
            try:
                client.shutdown()
            except Exception as exc:  # noqa: BLE001 - the socket is already broken
                log.debug("%s: shutdown after a drop: %r", self.where, exc)

    def _retrying(self, what: str, func: Callable[[], Any]) -> Any:
        """Run ``func`` on a live connection, reconnecting with back-off on a drop."""
        attempt = 0
        while True:
            try:
                self.connect()
                return func()
            except CONNECTION_ERRORS as exc:
                attempt = self._back_off(what, exc, attempt)

    def _back_off(self, what: str, exc: BaseException, attempt: int) -> int:
        self._drop()
        if isinstance(exc, ssl.SSLCertVerificationError):
            raise SourceError(Msg("src_untrusted_short", where=self.where)) from None
        attempt += 1
        if attempt > self.options.max_retries:
            raise SourceError(Msg("src_imap_gave_up", where=self.where, what=what, attempts=attempt,
                                  detail=repr(exc))) from None
        delay = min(30.0, self.options.retry_delay * 2 ** (attempt - 1))
        log.warning("%s: %s: connection lost (%r); reconnecting in %.1f s (%d/%d)", self.where,
                    what, exc, delay, attempt, self.options.max_retries)
        time.sleep(delay)
        return attempt

    # -- folders -------------------------------------------------------------------------------
    def folders(self) -> list[Folder]:
        """Inbox, Sent and Archive (SPECIAL-USE or well-known names) plus configured folders."""
        listing = self._retrying("LIST", lambda: self._client.list_folders())
        wanted = self.options.folders
        skipped = self.options.skip_folders
        out: list[Folder] = []
        unread: list[str] = []
        for flags, _delim, name in listing:
            lowered = {f.lower() for f in flags}
            if b"\\noselect" in lowered or b"\\nonexistent" in lowered:
                continue
            role = folder_role(name, lowered)
            named = name in wanted
            matched = named or any(fnmatch.fnmatchcase(name, p) for p in wanted)
            if any(name == p or fnmatch.fnmatchcase(name, p) for p in skipped):
                continue
            if role in SKIPPED_ROLES and not named:
                continue
            if role in DEFAULT_ROLES or matched:
                out.append(Folder(name=name, role=role if role in DOMAIN_ROLES else "other"))
            else:
                unread.append(name)
        if unread:
            # Managers file client mail into folders of their own; unread, it is lost silently.
            log.warning("%s: folders not read: %s; add them to folders (names or patterns such "
                        "as \"Clients/*\") to read them, or to skip_folders to stop this notice",
                        self.where, ", ".join(sorted(unread)))
        missing = [p for p in wanted if not any(ch in p for ch in "*?[")
                   and p not in {f.name for f in out}]
        if missing:
            log.warning("%s: configured folders not on the server: %s", self.where,
                        ", ".join(missing))
        return out

    # -- changes -------------------------------------------------------------------------------
    def changes(self, folder: Folder, checkpoint: Checkpoint | None
                ) -> Iterator[tuple[list[Change], Checkpoint]]:
        """Yield batches of changes in ``folder`` since ``checkpoint``, each with its successor.

        A dropped connection is re-opened and the pass restarts from the last
        checkpoint yielded, so nothing the caller committed is fetched twice
        except the batch in flight.
        """
        current = dict(checkpoint) if checkpoint else None
        attempt = 0
        while True:
            try:
                self.connect()
                for batch, cp in self._pass(folder, current):
                    current = cp
                    attempt = 0
                    yield batch, cp
                self._unselect()
                return
            except CONNECTION_ERRORS as exc:
                attempt = self._back_off(f"syncing {folder.name}", exc, attempt)
            except imap_errors.IMAPClientError as exc:
                raise SourceError(Msg("src_folder_said", where=self.where, folder=folder.name,
                                      detail=_text(exc))) from None

    def _pass(self, folder: Folder, cp: Checkpoint | None
              ) -> Iterator[tuple[list[Change], Checkpoint]]:
        client = self._client
        if cp and self._unchanged(folder, cp):
            protocol_log.debug("%s: %s unchanged", self.options.mailbox, folder.name)
            return
        info = client.select_folder(folder.name, readonly=True)
        validity = int(info[b"UIDVALIDITY"])
        uidnext = int(info.get(b"UIDNEXT") or 0)
        modseq = int(info[b"HIGHESTMODSEQ"]) if self._condstore and b"HIGHESTMODSEQ" in info else 0
        exists = int(info.get(b"EXISTS") or 0)
        if cp and int(cp.get("uidvalidity", 0)) != validity:
            log.warning("%s: UIDVALIDITY of %s changed (%s -> %s); rescanning the folder",
                        self.where, folder.name, cp.get("uidvalidity"), validity)
            cp = None
        last_uid = int(cp["last_uid"]) if cp else 0
        known = expand_uids(cp.get("uids", "")) if cp else set()
        old_modseq = int(cp.get("modseq") or 0) if cp else 0
        pending: list[Change] = []

        # 1. Flag changes and deletions among the messages we already have.
        if cp and last_uid:
            flags_changed, vanished = self._known_changes(folder, validity, last_uid, known,
                                                          old_modseq, exists)
            pending.extend(flags_changed)
            for uid in sorted(vanished & known):
                pending.append(Deletion(remote_id=f"{validity}:{uid}"))
            known -= vanished

        def checkpoint(final: bool) -> Checkpoint:
            return {
                "uidvalidity": validity,
                # 0 until the pass is complete, so an interrupted pass is never "unchanged".
                "uidnext": max(uidnext, last_uid + 1) if final else 0,
                "last_uid": last_uid,
                "modseq": modseq if final else old_modseq,
                "uids": compress_uids(known),
            }

        # 2. New messages by UID (``n:*`` always matches the highest UID: filter it).
        new = sorted(u for u in client.search(["UID", f"{last_uid + 1}:*"]) if u > last_uid)
        if pending and not new:
            yield pending, checkpoint(True)
            return
        for start in range(0, len(new), self.options.batch_size):
            uids = new[start:start + self.options.batch_size]
            if self.parallel_fetch and self.options.worker_connections:
                pending.extend(self._tasks(folder, validity, uids))
            else:
                pending.extend(self._fetch_new(folder, validity, uids))
            known.update(uids)
            last_uid = uids[-1]
            final = start + self.options.batch_size >= len(new)
            yield pending, checkpoint(final)
            pending = []
        if not new:
            final_cp = checkpoint(True)
            if final_cp != cp:
                yield [], final_cp

    def _unselect(self) -> None:
        """Leave the folder: STATUS on a selected folder may answer from the session's view."""
        client = self._client
        if client is None or client._imap.state != "SELECTED":
            return
        if client.has_capability("UNSELECT"):
            client.unselect_folder()
        else:
            client.close_folder()   # EXAMINEd read-only, so CLOSE expunges nothing

    def _unchanged(self, folder: Folder, cp: Checkpoint) -> bool:
        """One STATUS round trip: True when nothing can have changed since ``cp``."""
        what = [b"UIDVALIDITY", b"UIDNEXT", b"MESSAGES"]
        if self._condstore:
            what.append(b"HIGHESTMODSEQ")
        status = self._client.folder_status(folder.name, what)
        if int(status[b"UIDVALIDITY"]) != int(cp.get("uidvalidity", -1)):
            return False
        if int(status[b"UIDNEXT"]) != int(cp.get("uidnext", -1)):
            return False
        if self._condstore and int(status.get(b"HIGHESTMODSEQ", -1)) != int(cp.get("modseq") or -2):
            return False
        return int(status[b"MESSAGES"]) == count_uids(cp.get("uids", ""))

    def _known_changes(self, folder: Folder, validity: int, last_uid: int, known: set[int],
                       old_modseq: int, exists: int) -> tuple[list[Change], set[int]]:
        """FlagUpdates since ``old_modseq`` and the UIDs expunged, for UIDs <= last_uid."""
        client = self._client
        updates: list[Change] = []
        vanished: set[int] = set()
        if self._qresync and old_modseq:
            fetched, vanished = self._fetch_changed_since(last_uid, old_modseq)
        elif self._condstore and old_modseq:
            changed = [u for u in client.search(["MODSEQ", str(old_modseq + 1)]) if u <= last_uid]
            fetched = {}
            for start in range(0, len(changed), 1000):
                fetched.update(client.fetch(changed[start:start + 1000], ["FLAGS"]))
        else:
            fetched = {}
        for uid, data in sorted(fetched.items()):
            if uid in known and b"FLAGS" in data:
                updates.append(FlagUpdate(remote_id=f"{validity}:{uid}",
                                          flags=_flags(data[b"FLAGS"])))
        if not self._qresync or not old_modseq:
            # Set difference, only when the counts say something went away.
            present_new = len([u for u in client.search(["UID", f"{last_uid + 1}:*"])
                               if u > last_uid])
            if exists - present_new < len(known):
                on_server = set(client.search(["UID", f"1:{last_uid}"]))
                vanished = known - on_server
        return updates, vanished

    def _fetch_changed_since(self, last_uid: int, modseq: int
                             ) -> tuple[dict[int, dict[bytes, Any]], set[int]]:
        """``UID FETCH 1:<last> (FLAGS) (CHANGEDSINCE m VANISHED)`` in one round trip.

        imapclient has no public call that returns the untagged VANISHED
        response, so this goes one level down to its imaplib connection.
        """
        imap = self._client._imap
        imap.untagged_responses.pop("VANISHED", None)
        tag = imap._command("UID", "FETCH", f"1:{last_uid}", "(UID FLAGS)",
                            f"(CHANGEDSINCE {modseq} VANISHED)")
        typ, data = imap._command_complete("FETCH", tag)
        if typ != "OK":
            raise imap_errors.IMAPClientError(f"UID FETCH CHANGEDSINCE failed: {data!r}")
        _, fetch_data = imap._untagged_response(typ, data, "FETCH")
        vanished_raw = imap.untagged_responses.pop("VANISHED", [])
        fetched = parse_fetch_response([d for d in fetch_data if d is not None], True, True)
        vanished: set[int] = set()
        for item in vanished_raw:
            text = item.decode("ascii", "replace") if isinstance(item, bytes) else str(item)
            text = text.replace("(EARLIER)", "").strip()
            vanished |= expand_uids(text)
        return fetched, vanished

    def _fetch_new(self, folder: Folder, validity: int, uids: Sequence[int]) -> list[Change]:
        """Fetch one batch in one ``FETCH``: flags, arrival time and at most the size limit.

        ``BODY.PEEK[]<0.limit>`` returns a message whole when it is within the
        limit, so only messages that fill the window cost a second round trip
        (``RFC822.SIZE`` and the header). One response per message instead of
        two halves the parsing, which is most of the connector's CPU.
        """
        client = self._client
        limit = max(1, self.options.max_message_bytes)
        data = client.fetch(list(uids), ["FLAGS", "INTERNALDATE", f"BODY.PEEK[]<0.{limit}>"])
        full = [u for u in uids if len(data.get(u, {}).get(b"BODY[]<0>") or b"") >= limit]
        sizes = client.fetch(full, ["RFC822.SIZE", "BODY.PEEK[HEADER]"]) if full else {}
        out: list[Change] = []
        for uid in uids:
            m = data.get(uid)
            if m is None:             # expunged between SEARCH and FETCH
                continue
            raw = m.get(b"BODY[]<0>")
            if raw is None:
                continue
            if uid in sizes:
                size = int(sizes[uid].get(b"RFC822.SIZE", 0))
                if size > limit:
                    header = sizes[uid].get(b"BODY[HEADER]") or b""
                    log.info("%s: %s UID %s is %d bytes (limit %d); keeping its header only",
                             self.where, folder.name, uid, size, limit)
                    raw = f"{TRUNCATED_HEADER}: {size}\r\n".encode() + header
            received = m.get(b"INTERNALDATE")
            if received is not None:
                # imapclient's own FixedOffset tzinfo does not pickle (worker processes).
                received = received.astimezone(UTC) if received.tzinfo else None
            out.append(RawMessage(remote_id=f"{validity}:{uid}", raw=bytes(raw),
                                  flags=_flags(m.get(b"FLAGS", ())), received_at=received))
        protocol_log.debug("%s: %s fetched %d of %d", self.options.mailbox, folder.name,
                           len(out), len(uids))
        return out

    # -- fetching in worker processes ----------------------------------------------------------
    def _tasks(self, folder: Folder, validity: int, uids: Sequence[int]) -> list[FetchTask]:
        """Split one batch into FETCH_TASKS tasks, so every worker gets a share of it."""
        size = max(MIN_TASK_UIDS, -(-len(uids) // FETCH_TASKS))
        return [FetchTask(self.options, folder, validity, tuple(uids[i:i + size]))
                for i in range(0, len(uids), size)]

    def fetch_uids(self, folder: Folder, validity: int, uids: Sequence[int]) -> list[Change]:
        """Fetch the given UIDs of ``folder`` on this connection (what a FetchTask runs)."""
        def run() -> list[Change]:
            if self._selected != folder.name:
                info = self._client.select_folder(folder.name, readonly=True)
                self._selected = folder.name
                now = int(info[b"UIDVALIDITY"])
                if now != validity:
                    raise SourceError(Msg("src_uidvalidity", where=self.where, folder=folder.name,
                                          before=validity, now=now))
            return self._fetch_new(folder, validity, uids)
        try:
            result: list[Change] = self._retrying(Msg("src_fetching", folder=folder.name), run)
        except imap_errors.IMAPClientError as exc:
            raise SourceError(Msg("src_folder_said", where=self.where, folder=folder.name,
                                      detail=_text(exc))) from None
        return result


#: Tasks per batch when workers fetch: two per worker of a two-worker pool keeps both busy.
FETCH_TASKS = 4
MIN_TASK_UIDS = 50


@dataclass(frozen=True)
class FetchTask:
    """New messages of one folder, fetched by whichever process prepares them.

    Implements :class:`dealtrail.domain.Deferred`. It carries the connection
    options (secrets as references, read when connecting), so a worker process
    opens its own authenticated connection, keeps it for the next task of the
    same mailbox, and re-opens it with the same back-off as the sync loop.
    """

    options: ImapOptions
    folder: Folder
    validity: int
    uids: tuple[int, ...]

    @property
    def count(self) -> int:
        return len(self.uids)

    def fetch(self) -> list[Change]:
        return _process_connector(self.options).fetch_uids(self.folder, self.validity, self.uids)


_process_connection: tuple[int, tuple[Any, ...], ImapConnector] | None = None
_finalizer_pid = 0          # the process that registered the logout finalizer


def _process_connector(options: ImapOptions) -> ImapConnector:
    """This process's connection for ``options`` (one at a time; another mailbox replaces it)."""
    global _process_connection, _finalizer_pid
    key = (options.mailbox, options.host, options.port, options.username, options.tls,
           options.ca_file)
    pid = os.getpid()
    if _process_connection is not None:
        held_pid, held_key, held = _process_connection
        if held_pid != pid:
            # Inherited through fork: the socket belongs to the parent; leave it alone.
            _process_connection = None
        elif held_key == key:
            return held
        else:
            held.close()
    if _finalizer_pid != pid:
        # Log out when this worker process exits (a pool closed after its work).
        multiprocessing.util.Finalize(None, _close_process_connection, exitpriority=10)
        _finalizer_pid = pid
    connector = ImapConnector(options)
    _process_connection = (pid, key, connector)
    return connector


def _close_process_connection() -> None:
    global _process_connection
    held, _process_connection = _process_connection, None
    if held is not None and held[0] == os.getpid():
        held[2].close()


class XOAuth2:
    """The XOAUTH2 SASL exchange: the bearer token once, then empty answers.

    After a rejected token the server sends an error challenge that the
    client must answer empty (imapclient's ``oauth2_login`` would send the
    token a second time), so the token crosses the wire once per login.
    """

    def __init__(self, username: str, token: str) -> None:
        self._first: bytes | None = f"user={username}\x01auth=Bearer {token}\x01\x01".encode()

    def __call__(self, challenge: bytes) -> bytes:
        first, self._first = self._first, None
        return first if first is not None else b""

    def __repr__(self) -> str:
        return "XOAuth2(***)"


def folder_role(name: str, flags: set[bytes]) -> str:
    """The role of a folder from its SPECIAL-USE flags (lower-cased) or its well-known name."""
    if name.upper() == "INBOX":
        return "inbox"
    for flag, role in SPECIAL_USE.items():
        if flag in flags:
            return role
    leaf = name.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[-1].strip().lower()
    for role, names in WELL_KNOWN_NAMES.items():
        if leaf in names or name.lower() in names:
            return role
    return "other"


def _flags(raw: Iterable[Any]) -> tuple[str, ...]:
    out = []
    for flag in raw:
        text = flag.decode("utf-8", "replace") if isinstance(flag, bytes) else str(flag)
        if text.lower() != "\\recent":
            out.append(text)
    return tuple(sorted(out))


def _text(exc: BaseException) -> str:
    text = str(exc)
    if text.startswith(("b'", 'b"')):
        text = text[2:-1]
    return text.strip() or exc.__class__.__name__


def _quiet_logout(client: Any) -> None:
    try:
        client.logout()
    except Exception:  # noqa: BLE001 - closing a connection we are abandoning anyway
        try:
            client.shutdown()
        except Exception as exc:  # noqa: BLE001
            log.debug("shutdown failed: %r", exc)
