"""Microsoft 365 mailboxes through Microsoft Graph (msal + httpx, no SDK).

Mail: ``/users/{user}/mailFolders/{folder}/messages/delta`` per folder, with
``$select`` limited to what deciding needs (id, categories, receivedDateTime);
the message itself is read as MIME (``/$value``) only when the store does not
have it yet, so a re-categorised or read message costs no download. Each
delta page is one batch; its checkpoint is the ``@odata.nextLink`` (resume
mid-round) or, at the end of a round, the ``@odata.deltaLink``. A 410 Gone
(expired delta token) restarts the folder from the beginning; the store
upserts by Message-ID, so nothing is duplicated.

Calendar: ``/users/{user}/calendarView/delta`` over a window around today
(occurrences of recurring meetings arrive expanded), restarted when the
window has moved a week.

Throttling: 429/503/504 are retried after ``Retry-After`` (bounded: a few
attempts, each wait capped). Tokens come from msal's client-credentials flow
with a client secret or a certificate; msal caches them until they expire.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import ssl
import time as time_mod
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import httpx
import msal
import requests

from dealtrail import clock
from dealtrail.config import Mailbox, Settings
from dealtrail.domain import Change, Checkpoint, Deletion, Event, FlagUpdate, Folder, RawMessage
from dealtrail.errors import ConfigError, SourceAuthError, SourceError
from dealtrail.messages import Msg

from .neverread import PRIVATE
from .options import GraphOptions

log = logging.getLogger(__name__)

#: Authority hosts msal knows; any other (e.g. a test server) skips instance discovery.
MICROSOFT_AUTHORITY_HOSTS = frozenset({
    "login.microsoftonline.com", "login.microsoftonline.us", "login.partner.microsoftonline.cn",
    "login.chinacloudapi.cn", "login.windows.net", "login.microsoft.com", "sts.windows.net",
})
ROLES = {"inbox": "inbox", "sentitems": "sent", "archive": "archive", "calendar": "calendar"}
MAIL_SELECT = "id,categories,receivedDateTime,internetMessageId,isDraft,sensitivity"
PAGE_SIZE = 50
MAX_ATTEMPTS = 5                  # per request, for 429/503/504 and dropped connections
MAX_RETRY_AFTER_SECONDS = 120.0   # a longer Retry-After ends the run; the next one resumes
CALENDAR_RESTART_DAYS = 7         # re-anchor the calendar window after this many days


class _DeltaExpired(Exception):
    """Graph answered 410 Gone: the delta or skip token is no longer valid."""


def client_credential(options: GraphOptions, where: str) -> str | dict[str, str]:
    """The msal client credential: the secret, or the certificate's key and thumbprint."""
    if options.certificate_file:
        path = Path(options.certificate_file)
        try:
            pem = path.read_bytes()
        except OSError as exc:
            raise ConfigError(f"{where}.certificate_file: cannot read {path} ({exc.strerror}); "
                              "point it to the PEM file holding the app's private key and certificate") from None
        thumbprint = options.certificate_thumbprint or _thumbprint(pem, where)
        credential = {"private_key": pem.decode("ascii", "replace"), "thumbprint": thumbprint}
        if options.certificate_key_password is not None:
            credential["passphrase"] = options.certificate_key_password()
        return credential
    if options.client_secret is not None:
        return options.client_secret()
    raise ConfigError(f"{where}: set client_secret = {{env = \"...\"}} or certificate_file for the "
                      "Entra ID app registration")


def _thumbprint(pem: bytes, where: str) -> str:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes

    try:
        cert = x509.load_pem_x509_certificate(pem)
    except ValueError:
        raise ConfigError(f"{where}.certificate_file: no PEM certificate found next to the key; add it "
                          "or set certificate_thumbprint") from None
    return cert.fingerprint(hashes.SHA1()).hex().upper()  # noqa: S303 - Entra ID thumbprints are SHA-1


class GraphConnector:
    """Reads one Microsoft 365 mailbox (mail folders and calendar) through Microsoft Graph."""

    name = "graph"

    def __init__(self, options: GraphOptions, credential: str | dict[str, str], *,
                 max_attempts: int = MAX_ATTEMPTS,
                 max_retry_after: float = MAX_RETRY_AFTER_SECONDS, timeout: float = 60.0) -> None:
        self.options = options
        #: Set by the sync loop: the remote ids already stored for a folder.
        self.known_ids: Callable[[Folder], set[str]] | None = None
        #: Set by the sync loop: mail the server marks private is never downloaded.
        self.skip_private = False
        self.max_attempts = max_attempts
        self.max_retry_after = max_retry_after
        host = (urlsplit(options.authority).hostname or "").lower()
        known_authority = host in MICROSOFT_AUTHORITY_HOSTS
        self._app = msal.ConfidentialClientApplication(
            options.client_id, client_credential=credential,
            authority=f"{options.authority}/{options.tenant_id}",
            validate_authority=known_authority, instance_discovery=known_authority,
            http_client=_token_session(options.ca_file, timeout))
        graph = urlsplit(options.graph_url)
        self._scope = f"{graph.scheme}://{graph.netloc}/.default"
        verify: Any = ssl.create_default_context(cafile=options.ca_file) if options.ca_file else True
        self._http = httpx.Client(timeout=timeout, verify=verify, follow_redirects=False,
                                  headers={"User-Agent": "dealtrail"})
        self._user_url = f"{options.graph_url}/users/{quote(options.user, safe='@')}"

    @classmethod
    def from_mailbox(cls, mailbox: Mailbox, settings: Settings, **kwargs: Any) -> GraphConnector:
        """Build the connector from ``[[mailboxes]] kind = "graph"``; reads secrets now."""
        options = dataclasses.replace(mailbox.options, mailbox_name=mailbox.name,
                                      user=mailbox.options.user or mailbox.owner)
        if options.ca_file and not Path(options.ca_file).is_file():
            raise ConfigError(Msg("opt_graph_ca", where=f"mailboxes.{mailbox.name}.ca_file",
                                  path=options.ca_file))
        return cls(options, client_credential(options, f"mailboxes.{mailbox.name}"), **kwargs)

    # -- Connector protocol ------------------------------------------------
    def folders(self) -> Iterable[Folder]:
        """The configured folders: well-known names (inbox, sentitems, archive) or ids, and calendar."""
        return [Folder(name, ROLES.get(name.lower(), "other")) for name in self.options.folders]

    def changes(self, folder: Folder, checkpoint: Checkpoint | None
                ) -> Iterator[tuple[list[Change], Checkpoint]]:
        """Yield one batch per delta page, each with the link that resumes after it."""
        if folder.role == "calendar":
            yield from self._calendar_changes(folder, checkpoint)
        else:
            yield from self._mail_changes(folder, checkpoint)

    def close(self) -> None:
        """Close the HTTP connections."""
        self._http.close()

    # -- mail ------------------------------------------------------------------
    def _mail_changes(self, folder: Folder, checkpoint: Checkpoint | None
                      ) -> Iterator[tuple[list[Change], Checkpoint]]:
        start_url = f"{self._user_url}/mailFolders/{quote(folder.name, safe='')}/messages/delta"
        start_params = {"$select": MAIL_SELECT}
        known = self.known_ids(folder) if self.known_ids else set()
        for page in self._delta(folder, checkpoint, start_url, start_params, {}):
            batch: list[Change] = []
            for item in page.items:
                if "@removed" in item:
                    batch.append(Deletion(remote_id=item["id"]))
                    continue
                categories = tuple(item.get("categories") or ())
                if item["id"] in known:
                    batch.append(FlagUpdate(remote_id=item["id"], flags=categories))
                    continue
                sensitivity = str(item.get("sensitivity") or "")
                if self.skip_private and sensitivity.lower() in PRIVATE:
                    # Never downloaded: the sync skips it whatever its MIME says.
                    batch.append(RawMessage(remote_id=item["id"], raw=b"", flags=categories,
                                            sensitivity=sensitivity))
                    known.add(item["id"])
                    continue
                raw = self._mime(item["id"], folder.name)
                if raw is None:
                    continue
                batch.append(RawMessage(remote_id=item["id"], raw=raw, flags=categories,
                                        received_at=_parse_time(item.get("receivedDateTime"))))
                known.add(item["id"])
            yield batch, page.checkpoint

    def _mime(self, message_id: str, where: str) -> bytes | None:
        url = f"{self._user_url}/messages/{quote(message_id, safe='')}/$value"
        try:
            return self._get(url, None, where).content
        except _NotFound:
            log.info("Graph %s/%s: message %s vanished before it was read", self.options.mailbox_name,
                     where, message_id)
            return None

    # -- calendar --------------------------------------------------------------
    def _calendar_changes(self, folder: Folder, checkpoint: Checkpoint | None
                          ) -> Iterator[tuple[list[Change], Checkpoint]]:
        today = clock.now().date()
        start = datetime.combine(today - timedelta(days=self.options.window_days_back), time(), UTC)
        end = datetime.combine(today + timedelta(days=self.options.window_days_ahead + 1), time(), UTC)
        window = [clock.iso(start), clock.iso(end)]
        if checkpoint and checkpoint.get("window"):
            anchored = clock.parse_iso(checkpoint["window"][0])
            if start - anchored >= timedelta(days=CALENDAR_RESTART_DAYS):
                log.info("Graph %s: calendar window moved; re-reading it", self.options.mailbox_name)
                checkpoint = None
            else:
                window = list(checkpoint["window"])
        start_url = f"{self._user_url}/calendarView/delta"
        params = {"startDateTime": window[0], "endDateTime": window[1]}
        for page in self._delta(folder, checkpoint, start_url, params, {"window": window}):
            batch: list[Change] = []
            for item in page.items:
                if "@removed" in item:
                    batch.append(Deletion(remote_id=item["id"]))
                else:
                    batch.append(_event(item))
            yield batch, page.checkpoint

    # -- delta paging ------------------------------------------------------------
    def _delta(self, folder: Folder, checkpoint: Checkpoint | None, start_url: str,
               start_params: dict[str, str], extra: dict[str, Any]) -> Iterator[_Page]:
        """Follow nextLinks to the deltaLink; restart once from the beginning on 410 Gone."""
        cp = checkpoint or {}
        url: str = cp.get("next_link") or cp.get("delta_link") or start_url
        params: dict[str, str] | None = None if url != start_url else start_params
        restarted = False
        while True:
            try:
                data = self._get(url, params, folder.name).json()
            except _DeltaExpired:
                if restarted or url == start_url:
                    raise SourceError(f"Graph mailbox {self.options.mailbox_name}, folder {folder.name}: "
                                      "the server rejected a fresh delta query (410)") from None
                log.warning("Graph %s/%s: delta token expired (410); reading the folder again from the "
                            "start", self.options.mailbox_name, folder.name)
                url, params, restarted = start_url, start_params, True
                continue
            items = list(data.get("value") or ())
            next_link = data.get("@odata.nextLink")
            if next_link:
                yield _Page(items, {"next_link": next_link, **extra})
                url, params = next_link, None
                continue
            delta_link = data.get("@odata.deltaLink")
            if not delta_link:
                raise SourceError(f"Graph mailbox {self.options.mailbox_name}, folder {folder.name}: "
                                  "a delta page had neither nextLink nor deltaLink")
            yield _Page(items, {"delta_link": delta_link, **extra})
            return

    # -- HTTP ----------------------------------------------------------------
    def _token(self) -> str:
        opts = self.options
        try:
            result = self._app.acquire_token_for_client(scopes=[self._scope])
        except (requests.RequestException, OSError, ValueError) as exc:
            raise SourceError(Msg("src_graph_token_unreachable", mailbox=opts.mailbox_name,
                                  authority=opts.authority,
                                  detail=f"{type(exc).__name__}: {_short(exc)}")) from None
        token = result.get("access_token") if isinstance(result, dict) else None
        if not token:
            error = result.get("error", "unknown_error") if isinstance(result, dict) else "unknown_error"
            detail = (result.get("error_description") or "").splitlines()[0] if isinstance(result, dict) else ""
            detail = detail.split(" Trace ID:")[0]
            raise SourceAuthError(Msg("src_graph_app_refused", mailbox=opts.mailbox_name,
                                      app=opts.client_id, tenant=opts.tenant_id,
                                      detail=f"{error}: {detail}"))
        return str(token)

    def _get(self, url: str, params: dict[str, str] | None, where: str) -> httpx.Response:
        """GET with a bearer token, retrying throttling and dropped connections (bounded)."""
        opts = self.options
        headers = {"Prefer": f'odata.maxpagesize={PAGE_SIZE}, IdType="ImmutableId", outlook.timezone="UTC"'}
        for attempt in range(1, self.max_attempts + 1):
            headers["Authorization"] = f"Bearer {self._token()}"
            try:
                response = self._http.get(url, params=params, headers=headers)
            except httpx.HTTPError as exc:
                if attempt == self.max_attempts:
                    raise SourceError(Msg("src_graph_failed", mailbox=opts.mailbox_name, folder=where,
                                          detail=f"{type(exc).__name__}: {_short(exc)}")) from None
                self._sleep(min(2.0 ** attempt, self.max_retry_after), "connection failed", where)
                continue
            status = response.status_code
            if status < 300:
                return response
            if status in (429, 503, 504) and attempt < self.max_attempts:
                wait = _retry_after(response, default=2.0 ** attempt)
                if wait > self.max_retry_after:
                    raise SourceError(Msg("src_graph_throttled", mailbox=opts.mailbox_name,
                                          folder=where, seconds=f"{wait:.0f}"))
                self._sleep(wait, f"HTTP {status}", where)
                continue
            raise self._http_error(response, where)
        raise SourceError(Msg("src_graph_still_throttled", mailbox=opts.mailbox_name, folder=where,
                              attempts=self.max_attempts))

    def _sleep(self, seconds: float, why: str, where: str) -> None:
        log.info("Graph %s/%s: %s; retrying in %.1f s", self.options.mailbox_name, where, why, seconds)
        time_mod.sleep(seconds)

    def _http_error(self, response: httpx.Response, where: str) -> Exception:
        opts = self.options
        status = response.status_code
        code, message = _graph_error(response)
        if status == 410:
            return _DeltaExpired(code)
        if status == 404 and "/$value" in str(response.request.url):
            return _NotFound(code)
        if status in (401, 403):
            return SourceAuthError(Msg("src_graph_user_refused", mailbox=opts.mailbox_name,
                                       user=opts.user, app=opts.client_id,
                                       detail=f"HTTP {status} {code}: {message}"))
        if status == 404:
            return SourceError(Msg("src_graph_not_found", mailbox=opts.mailbox_name, folder=where,
                                   user=opts.user, detail=f"{code}: {message}"))
        return SourceError(Msg("src_graph_failed", mailbox=opts.mailbox_name, folder=where,
                               detail=f"HTTP {status} {code}: {message}"))


class _CaFileAdapter(requests.adapters.HTTPAdapter):
    """Verify against one CA bundle even when REQUESTS_CA_BUNDLE is set.

    requests lets that environment variable override ``Session.verify``, which
    would silently ignore the configured ``ca_file``.
    """

    def __init__(self, ca_file: str) -> None:
        self.ca_file = ca_file
        super().__init__(max_retries=1)

    def send(self, request: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        kwargs["verify"] = self.ca_file
        return super().send(request, **kwargs)


def _token_session(ca_file: str, timeout: float) -> requests.Session:
    """The HTTP client msal uses for discovery and tokens."""
    session = requests.Session()
    if ca_file:
        session.mount("https://", _CaFileAdapter(ca_file))
    session.request = functools.partial(session.request, timeout=timeout)  # type: ignore[method-assign]
    return session


class _NotFound(Exception):
    """The item is gone (404)."""


@dataclass
class _Page:
    items: list[dict[str, Any]]
    checkpoint: Checkpoint


def _event(item: dict[str, Any]) -> Event:
    """A calendarView delta event (an occurrence or single event) as a domain Event."""
    status = "confirmed"
    if item.get("isCancelled"):
        status = "cancelled"
    elif item.get("showAs") == "tentative":
        status = "tentative"
    start = _parse_graph_time(item.get("start") or {})
    attendees = tuple(
        str(a["emailAddress"]["address"]).lower() for a in item.get("attendees") or ()
        if (a.get("emailAddress") or {}).get("address"))
    organizer = ((item.get("organizer") or {}).get("emailAddress") or {}).get("address") or ""
    recurrence = clock.iso(start) if item.get("type") in ("occurrence", "exception") else None
    return Event(remote_id=item["id"], uid=item.get("iCalUId") or item["id"],
                 summary=item.get("subject") or "", start=start,
                 end=_parse_graph_time(item.get("end") or {}), organizer=organizer.lower(),
                 attendees=attendees, description=item.get("bodyPreview") or "",
                 location=(item.get("location") or {}).get("displayName") or "",
                 all_day=bool(item.get("isAllDay")), status=status, recurrence_id=recurrence)


def _parse_graph_time(value: dict[str, Any]) -> datetime:
    """Graph's ``{"dateTime": "2026-03-04T09:00:00.0000000", "timeZone": "UTC"}`` as aware UTC."""
    text = str(value.get("dateTime") or "")
    if not text:
        raise SourceError("Graph returned an event without a start or end time")
    head, _, fraction = text.partition(".")
    moment = datetime.fromisoformat(head + (f".{fraction[:6]}" if fraction else ""))
    if moment.tzinfo is None:
        zone_name = str(value.get("timeZone") or "UTC")
        try:
            zone: Any = UTC if zone_name.upper() == "UTC" else ZoneInfo(zone_name)
        except (ZoneInfoNotFoundError, ValueError):
            log.warning("Graph time zone %r unknown; reading the time as UTC", zone_name)
            zone = UTC
        moment = moment.replace(tzinfo=zone)
    return moment.astimezone(UTC)


def _parse_time(text: str | None) -> datetime | None:
    return clock.parse_iso(text) if text else None


def _retry_after(response: httpx.Response, default: float) -> float:
    value = response.headers.get("Retry-After", "")
    try:
        return max(0.0, float(value))
    except ValueError:
        return default


def _graph_error(response: httpx.Response) -> tuple[str, str]:
    try:
        error = response.json().get("error") or {}
    except ValueError:
        return "", _short(response.text, 200)
    if isinstance(error, str):
        return error, ""
    return str(error.get("code") or ""), _short(str(error.get("message") or ""), 200)


def _short(value: Any, limit: int = 300) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[:limit] + "..."


__all__ = ["GraphConnector", "GraphOptions", "client_credential"]
