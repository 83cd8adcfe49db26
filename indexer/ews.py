"""Exchange Web Services (Exchange Server 2016/2019/SE) through exchangelib.

exchangelib's untyped surface stays in this module; the rest of dealtrail
sees only the :class:`~dealtrail.domain.Connector` protocol.

Mail folders are read with SyncFolderItems, one page at a time: each page's
changes are yielded together with the sync state that follows them, so the
sync loop stores the state only after it has stored the page. (exchangelib's
``Folder.sync_items`` keeps the state to itself until its generator is fully
consumed, which would lose the position of a run that stops half-way.) New
items are fetched with GetItem as MIME (the store parses them) plus their
Outlook categories, which become flags. Calendars are read with a CalendarView
(FindItem) over a window around today, so recurring meetings arrive expanded
into occurrences; occurrences that vanish from the window become deletions.

Throttling: exchangelib's FaultTolerance honours the server's
BackOffMilliseconds; :class:`_BoundedRetry` caps the total wait of one run
and treats HTTP 401 as a login failure rather than as throttling.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests
from exchangelib import (
    BASIC,
    DELEGATE,
    IMPERSONATION,
    NTLM,
    OAUTH2,
    Account,
    Configuration,
    Credentials,
    EWSDateTime,
    FaultTolerance,
    Identity,
    OAuth2Credentials,
)
from exchangelib import (
    UTC as EWS_UTC,
)
from exchangelib import errors as ews_errors
from exchangelib.folders import Calendar, Inbox, SentItems
from exchangelib.folders.known_folders import MsgFolderRoot
from exchangelib.items import ID_ONLY
from exchangelib.protocol import BaseProtocol
from exchangelib.services import SyncFolderItems

from dealtrail import clock
from dealtrail.config import Mailbox, Settings
from dealtrail.domain import Change, Checkpoint, Deletion, Event, FlagUpdate, Folder, RawMessage
from dealtrail.errors import ConfigError, SourceAuthError, SourceError
from dealtrail.messages import Msg

from .options import EwsOptions

log = logging.getLogger(__name__)

ROLES = {"inbox": "inbox", "sentitems": "sent", "archive": "archive", "calendar": "calendar"}
_DISTINGUISHED = {"inbox": Inbox, "sentitems": SentItems, "calendar": Calendar}
AUTH_TYPES = {"ntlm": NTLM, "basic": BASIC, "oauth": OAUTH2}
ACCESS_TYPES = {"impersonation": IMPERSONATION, "delegate": DELEGATE}

#: Changes asked for per SyncFolderItems call (EWS allows up to 512).
SYNC_PAGE_SIZE = 100
#: Items per GetItem call; MIME bodies make large responses, so keep it modest.
FETCH_CHUNK = 25
#: The longest a run waits in total for a throttled server before giving up.
MAX_TOTAL_BACKOFF_SECONDS = 300.0
_EVENT_FIELDS = ("uid", "subject", "start", "end", "is_all_day", "organizer", "required_attendees",
                 "optional_attendees", "location", "is_cancelled", "legacy_free_busy_status",
                 "recurrence_id", "type")

_AUTH_ERRORS: tuple[type[BaseException], ...] = (
    ews_errors.UnauthorizedError, ews_errors.ErrorAccessDenied, ews_errors.ErrorImpersonateUserDenied,
    ews_errors.ErrorImpersonationDenied, ews_errors.ErrorImpersonationFailed,
    ews_errors.ErrorInvalidAuthorizationContext, ews_errors.ErrorNonExistentMailbox,
)


# -- TLS: trust a private CA per host -------------------------------------------

_CA_FILES: dict[str, str] = {}
_CA_LOCK = threading.Lock()


class _CaFileAdapter(requests.adapters.HTTPAdapter):
    """Verify hosts listed in ``_CA_FILES`` against their configured CA bundle.

    exchangelib documents ``BaseProtocol.HTTP_ADAPTER_CLS`` as the hook for
    custom TLS handling; the adapter is global, so it looks the CA file up by
    host and leaves every other host to the system trust store.
    """

    @staticmethod
    def _verify_for(url: str | None, verify: Any) -> Any:
        host = (urlsplit(url or "").hostname or "").lower()
        return _CA_FILES.get(host, verify)

    def cert_verify(self, conn: Any, url: str, verify: Any, cert: Any) -> None:
        super().cert_verify(conn=conn, url=url, verify=self._verify_for(url, verify), cert=cert)

    def get_connection_with_tls_context(self, request: Any, verify: Any, proxies: Any = None,
                                        cert: Any = None) -> Any:
        return super().get_connection_with_tls_context(
            request=request, verify=self._verify_for(request.url, verify), proxies=proxies, cert=cert)


def trust_ca_file(endpoint: str, ca_file: str) -> None:
    """Make exchangelib verify ``endpoint``'s host against ``ca_file`` (a PEM bundle)."""
    host = (urlsplit(endpoint).hostname or "").lower()
    with _CA_LOCK:
        current = BaseProtocol.HTTP_ADAPTER_CLS
        if current is not _CaFileAdapter:
            if current is not requests.adapters.HTTPAdapter:
                log.warning("replacing exchangelib HTTP adapter %s to trust %s for %s",
                            current.__name__, ca_file, host)
            BaseProtocol.HTTP_ADAPTER_CLS = _CaFileAdapter
        _CA_FILES[host] = ca_file


# -- retries -------------------------------------------------------------------


class _BoundedRetry(FaultTolerance):
    """FaultTolerance with a cap on the total wait, and 401 treated as bad credentials.

    Stock FaultTolerance retries an HTTP 401 as throttling for up to an hour,
    which turns a wrong password into a silent hang.
    """

    def __init__(self, max_total: float = MAX_TOTAL_BACKOFF_SECONDS) -> None:
        super().__init__(max_wait=max_total)
        self.waited = 0.0

    def back_off(self, seconds: float | None) -> None:
        wait = float(seconds if seconds is not None else self.DEFAULT_BACKOFF)
        self.waited += wait
        if self.waited > self.max_wait:
            raise ews_errors.RateLimitError("Max timeout reached", wait=self.waited)
        log.info("EWS server asked to back off %.1f s", wait)
        super().back_off(wait)

    def raise_response_errors(self, response: Any) -> Any:
        if response.status_code == 401:
            raise ews_errors.UnauthorizedError(f"Invalid credentials for {response.url}")
        return super().raise_response_errors(response)


# -- options -------------------------------------------------------------------


# -- the connector -------------------------------------------------------------


class EwsConnector:
    """Reads one mailbox (mail folders and calendar) from Exchange Server over EWS."""

    name = "ews"

    def __init__(self, options: EwsOptions, credentials: Any, *,
                 max_total_backoff: float = MAX_TOTAL_BACKOFF_SECONDS) -> None:
        self.options = options
        #: Set by the sync loop: the remote ids already stored for a folder.
        self.known_ids: Callable[[Folder], set[str]] | None = None
        if options.ca_file:
            trust_ca_file(options.endpoint, options.ca_file)
        self._retry = _BoundedRetry(max_total_backoff)
        config = Configuration(service_endpoint=options.endpoint, credentials=credentials,
                               auth_type=AUTH_TYPES[options.auth], retry_policy=self._retry,
                               max_connections=2)
        self._account = Account(primary_smtp_address=options.address, config=config, autodiscover=False,
                                access_type=ACCESS_TYPES[options.access_type], default_timezone=EWS_UTC)
        # exchangelib shares one Protocol per (endpoint, credentials): with impersonation
        # every mailbox of the service account uses it, so give it this run's policy.
        self._account.protocol.config.retry_policy = self._retry
        self._folders: dict[str, Any] = {}

    @classmethod
    def from_mailbox(cls, mailbox: Mailbox, settings: Settings, *,
                     max_total_backoff: float = MAX_TOTAL_BACKOFF_SECONDS) -> EwsConnector:
        """Build the connector from ``[[mailboxes]] kind = "ews"``; reads secrets now."""
        options = dataclasses.replace(mailbox.options, mailbox_name=mailbox.name,
                                      owner=mailbox.owner)
        if options.ca_file and not Path(options.ca_file).is_file():
            raise ConfigError(Msg("opt_ews_ca", where=f"mailboxes.{mailbox.name}.ca_file",
                                  path=options.ca_file))
        if options.auth == "oauth":
            identity = Identity(primary_smtp_address=options.address)
            credentials: Any = OAuth2Credentials(
                client_id=options.oauth_client_id, client_secret=options.oauth_client_secret(),
                tenant_id=options.oauth_tenant_id, identity=identity)
        else:
            credentials = Credentials(options.username, options.password())
        return cls(options, credentials, max_total_backoff=max_total_backoff)

    # -- Connector protocol ------------------------------------------------
    def folders(self) -> Iterable[Folder]:
        """The configured folders: distinguished ids (inbox, sentitems, calendar, ...) or paths."""
        return [Folder(name, ROLES.get(name.lower(), "other")) for name in self.options.folders]

    def changes(self, folder: Folder, checkpoint: Checkpoint | None
                ) -> Iterator[tuple[list[Change], Checkpoint]]:
        """Yield the folder's changes page by page, each with the checkpoint that follows it."""
        self._retry.waited = 0.0
        if folder.role == "calendar":
            yield from self._calendar_changes(folder, checkpoint)
        else:
            yield from self._mail_changes(folder, checkpoint)

    def close(self) -> None:
        """Close the HTTP sessions of this account's protocol."""
        try:
            self._account.protocol.close()
        except Exception:  # noqa: BLE001 - closing dead sessions is not news
            log.debug("closing EWS sessions for %s failed", self.options.mailbox_name, exc_info=True)

    # -- mail ------------------------------------------------------------------
    def _mail_changes(self, folder: Folder, checkpoint: Checkpoint | None
                      ) -> Iterator[tuple[list[Change], Checkpoint]]:
        state: str | None = (checkpoint or {}).get("sync_state") or None
        ews_folder = self._folder(folder.name)
        known = self.known_ids(folder) if self.known_ids else None
        restarted = False
        while True:
            try:
                raw, new_state, last = self._sync_page(ews_folder, state, folder.name)
            except ews_errors.ErrorInvalidSyncStateData:
                if restarted or state is None:
                    raise self._source_error(folder.name, "the server rejected a fresh sync state") from None
                log.warning("EWS %s/%s: sync state expired; re-reading the folder from the start",
                            self.options.mailbox_name, folder.name)
                state, restarted = None, True
                continue
            batch = self._to_changes(ews_folder, raw, known, folder.name)
            log.debug("EWS %s/%s: %d changes, last page %s", self.options.mailbox_name, folder.name,
                      len(batch), last)
            yield batch, {"sync_state": new_state}
            if last or new_state == state:
                return
            state = new_state

    def _sync_page(self, ews_folder: Any, state: str | None, where: str
                   ) -> tuple[list[tuple[str, Any]], str, bool]:
        svc = SyncFolderItems(account=self._account)
        with self._errors(where):
            try:
                raw = list(svc.call(folder=ews_folder, shape=ID_ONLY, additional_fields=set(),
                                    sync_state=state, ignore=None, max_changes_returned=SYNC_PAGE_SIZE,
                                    sync_scope=None))
            except AttributeError:
                # exchangelib 5.6 reads <SyncState> before the response class, so an error
                # answer (it has no SyncState) surfaces as AttributeError and hides its
                # code. With a stored state the likely cause is that state being refused.
                if state:
                    raise ews_errors.ErrorInvalidSyncStateData("SyncFolderItems answered with an error") from None
                raise ews_errors.EWSError("SyncFolderItems answered with an error") from None
        for entry in raw:
            if isinstance(entry, Exception):
                if isinstance(entry, ews_errors.ErrorInvalidSyncStateData):
                    raise entry
                with self._errors(where):
                    raise entry
        return raw, str(svc.sync_state), bool(svc.includes_last_item_in_range)

    def _to_changes(self, ews_folder: Any, raw: list[tuple[str, Any]], known: set[str] | None,
                    where: str) -> list[Change]:
        """Map SyncFolderItems changes to domain changes, fetching what is new."""
        new_ids: list[tuple[str, str]] = []
        updated: list[tuple[str, str]] = []
        deleted: list[str] = []
        for change_type, item in raw:
            if change_type == SyncFolderItems.DELETE:
                deleted.append(item.id)
            elif change_type in (SyncFolderItems.CREATE, SyncFolderItems.UPDATE):
                # What the store already has needs only its categories (e.g. a create
                # re-listed after a sync-state reset); an update of an item the store
                # never saw is, for us, a new item.
                target = updated if known is not None and item.id in known else new_ids
                target.append((item.id, item.changekey))
            # Read-flag changes carry nothing dealtrail keeps.
        out: list[Change] = []
        for item in self._fetch(ews_folder, new_ids, ("mime_content", "categories", "datetime_received",
                                                       "sensitivity"), where):
            if item.mime_content is None:
                log.warning("EWS %s/%s: item %s has no MIME content; skipped",
                            self.options.mailbox_name, where, item.id)
                continue
            out.append(RawMessage(remote_id=item.id, raw=_as_bytes(item.mime_content),
                                  flags=tuple(item.categories or ()),
                                  received_at=_aware(item.datetime_received),
                                  sensitivity=str(getattr(item, "sensitivity", None) or "")))
        for item in self._fetch(ews_folder, updated, ("categories",), where):
            out.append(FlagUpdate(remote_id=item.id, flags=tuple(item.categories or ())))
        out.extend(Deletion(remote_id=i) for i in deleted)
        return out

    def _fetch(self, ews_folder: Any, ids: list[tuple[str, str]], fields: tuple[str, ...], where: str
               ) -> Iterator[Any]:
        """GetItem in chunks; items deleted in the meantime are skipped (a Delete follows)."""
        for start in range(0, len(ids), FETCH_CHUNK):
            chunk = ids[start:start + FETCH_CHUNK]
            with self._errors(where):
                results = list(self._account.fetch(ids=chunk, folder=ews_folder, only_fields=list(fields)))
            for (item_id, _), result in zip(chunk, results, strict=False):
                if isinstance(result, ews_errors.ErrorItemNotFound):
                    log.info("EWS %s/%s: item %s vanished before it was read", self.options.mailbox_name,
                             where, item_id)
                    continue
                if isinstance(result, Exception):
                    with self._errors(where):
                        raise result
                yield result

    # -- calendar ------------------------------------------------------------
    def _calendar_changes(self, folder: Folder, checkpoint: Checkpoint | None
                          ) -> Iterator[tuple[list[Change], Checkpoint]]:
        today = clock.now().date()
        start = datetime.combine(today - timedelta(days=self.options.window_days_back), time(), UTC)
        end = datetime.combine(today + timedelta(days=self.options.window_days_ahead + 1), time(),
                               UTC)
        ews_folder = self._folder(folder.name)
        with self._errors(folder.name):
            items = list(ews_folder.view(start=EWSDateTime.from_datetime(start),
                                         end=EWSDateTime.from_datetime(end)).only(*_EVENT_FIELDS))
        events: list[Change] = []
        seen: dict[str, str] = {}
        for item in items:
            if isinstance(item, Exception):
                with self._errors(folder.name):
                    raise item
            event = _event(item)
            events.append(event)
            seen[event.remote_id] = clock.iso(event.start)
        # An occurrence seen last time inside today's window and missing now was deleted.
        previous: dict[str, str] = (checkpoint or {}).get("occurrences") or {}
        window_start = clock.iso(start)
        events.extend(Deletion(remote_id=rid) for rid, when in sorted(previous.items())
                      if rid not in seen and when >= window_start)
        yield events, {"window": [clock.iso(start), clock.iso(end)], "occurrences": seen}

    # -- helpers -------------------------------------------------------------
    def _folder(self, name: str) -> Any:
        if name not in self._folders:
            with self._errors(name):
                cls = _DISTINGUISHED.get(name.lower())
                if cls is not None:
                    self._folders[name] = self._account.root.get_default_folder(cls)
                else:
                    node = self._account.root.get_default_folder(MsgFolderRoot)
                    for part in name.strip("/").split("/"):
                        node = node / part
                    self._folders[name] = node
        return self._folders[name]

    def _source_error(self, where: str, what: str) -> SourceError:
        return SourceError(Msg("src_ews_failed", mailbox=self.options.mailbox_name,
                               address=self.options.address, folder=where, what=what))

    @contextmanager
    def _errors(self, where: str) -> Iterator[None]:
        """Turn exchangelib/requests failures into dealtrail errors that say what to do."""
        opts = self.options
        try:
            yield
        except ews_errors.ErrorInvalidSyncStateData:
            raise                               # the caller restarts the folder
        except _AUTH_ERRORS as exc:
            who = opts.username or "the OAuth application"
            raise SourceAuthError(Msg(
                "src_ews_refused_impersonation" if opts.access == "impersonation"
                else "src_ews_refused_delegate", mailbox=opts.mailbox_name, endpoint=opts.endpoint,
                who=who, address=opts.address, detail=type(exc).__name__, access=opts.access,
            )) from None
        except ews_errors.RateLimitError as exc:
            raise self._source_error(where, Msg("src_ews_throttled", seconds=f"{exc.wait:.0f}")) from None
        except (ews_errors.EWSError, requests.RequestException, OSError) as exc:
            raise self._source_error(where, Msg("src_resumes", detail=f"{type(exc).__name__}: "
                                                                     f"{_short(exc)}")) from None


def _event(item: Any) -> Event:
    """A CalendarView occurrence as a domain Event."""
    status = "confirmed"
    if item.is_cancelled:
        status = "cancelled"
    elif item.legacy_free_busy_status == "Tentative":
        status = "tentative"
    attendees = tuple(a.mailbox.email_address.lower()
                      for a in list(item.required_attendees or ()) + list(item.optional_attendees or ())
                      if a.mailbox is not None and a.mailbox.email_address)
    organizer = ""
    if item.organizer is not None and item.organizer.email_address:
        organizer = item.organizer.email_address.lower()
    recurrence = _aware(item.recurrence_id) if item.recurrence_id else None
    return Event(remote_id=item.id, uid=item.uid or item.id, summary=item.subject or "",
                 start=_aware(item.start), end=_aware(item.end), organizer=organizer,
                 attendees=attendees, location=item.location or "", all_day=bool(item.is_all_day),
                 status=status, recurrence_id=clock.iso(recurrence) if recurrence else None)


def _aware(value: Any) -> datetime:
    """exchangelib datetimes/dates as aware UTC datetimes (all-day dates at midnight UTC)."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return datetime.fromtimestamp(value.timestamp(), UTC)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    raise SourceError(f"EWS returned {value!r} where a date was expected")


def _as_bytes(value: Any) -> bytes:
    return value if isinstance(value, bytes) else str(value).encode("utf-8")


def _short(exc: BaseException, limit: int = 300) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= limit else text[:limit] + "..."
