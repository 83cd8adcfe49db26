"""CalDAV connector: calendars of one account, incremental with sync-token or etags.

Per calendar (``Folder(name=<display name or URL>, role="calendar")``) it
yields :class:`dealtrail.domain.Event` occurrences inside a window (default
120 days back, 60 ahead; recurring events are expanded by ``indexer.ics``) and
:class:`Deletion` for occurrences that disappeared.

Incremental sync uses the RFC 6578 sync-collection REPORT when the server
supports it; otherwise the ``caldav`` package falls back to listing etags
(a "fake-" token), and a changed listing is compared with the checkpoint.
The checkpoint keeps the token, the window's first day and, per calendar
object (href), the ids of the occurrences it produced, so a deleted object
or a dropped occurrence becomes a Deletion. When the window moves to a new
day the calendar is re-expanded in full; occurrences that merely fell out
of the back of the window are kept (they happened).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from dealtrail import clock
from dealtrail.config import Mailbox, Settings
from dealtrail.domain import Change, Checkpoint, Deletion, Folder
from dealtrail.errors import ConfigError, ParseError, SourceAuthError, SourceError
from dealtrail.messages import Msg
from indexer.ics import parse_calendar
from indexer.options import CaldavOptions

log = logging.getLogger(__name__)

BATCH_OBJECTS = 100


class CaldavConnector:
    """Reads the calendars of one CalDAV account; implements the Connector Protocol."""

    name = "caldav"

    def __init__(self, options: CaldavOptions) -> None:
        self.options = options
        self._client: Any = None
        self._calendars: dict[str, Any] = {}

    @classmethod
    def from_mailbox(cls, mailbox: Mailbox, settings: Settings) -> CaldavConnector:
        """Build from a configured mailbox; the password is read when connecting."""
        manager = settings.manager(mailbox.owner)
        zone = manager.timezone if manager else settings.company.timezone
        return cls(dataclasses.replace(mailbox.options, mailbox=mailbox.name,
                                       default_tz=ZoneInfo(zone)))

    @property
    def where(self) -> str:
        return Msg("src_mailbox", mailbox=self.options.mailbox, user=self.options.username,
                   server=self.options.url)

    # -- connection ----------------------------------------------------------------------------
    def _connect(self) -> Any:
        if self._client is None:
            import caldav

            o = self.options
            password = o.password()
            # caldav's lazy module attributes are typed as object; DAVClient is a class.
            self._client = caldav.DAVClient(  # type: ignore[operator]
                url=o.url, username=o.username, password=password,
                ssl_verify_cert=o.ca_file or True, timeout=o.timeout)
        return self._client

    def close(self) -> None:
        client, self._client = self._client, None
        self._calendars = {}
        if client is not None:
            try:
                client.close()
            except Exception as exc:  # noqa: BLE001 - closing an HTTP session we drop anyway
                log.debug("%s: close failed: %r", self.where, exc)

    def _guard(self, what: str, func: Callable[[], Any]) -> Any:
        """Run a server call, turning library errors into dealtrail errors with advice."""
        from caldav.lib import error as dav_error

        try:
            return func()
        except dav_error.AuthorizationError as exc:
            raise SourceAuthError(Msg("src_dav_login_rejected", where=self.where, what=what,
                                      detail=str(exc.reason or 401))) from None
        except dav_error.DAVError as exc:
            raise SourceError(Msg("src_failed", where=self.where, what=what, detail=str(exc))) from None
        except OSError as exc:
            raise SourceError(Msg("src_failed_certificate" if "CERTIFICATE" in str(exc).upper()
                                  else "src_failed_network",
                                  where=self.where, what=what, detail=str(exc))) from None
        except Exception as exc:
            # requests/niquests raise their own ConnectionError types (not OSError).
            if type(exc).__name__ in ("ConnectionError", "SSLError", "Timeout", "ReadTimeout",
                                      "ConnectTimeout"):
                raise SourceError(Msg("src_failed_connection", where=self.where, what=what,
                                      detail=str(exc))) from None
            raise

    # -- folders -------------------------------------------------------------------------------
    def folders(self) -> list[Folder]:
        """The account's calendars (all, or those named in ``calendars``)."""
        def discover() -> list[Folder]:
            client = self._connect()
            found: list[Folder] = []
            self._calendars = {}
            for calendar in client.principal().calendars():
                url = str(calendar.url)
                try:
                    name = calendar.get_display_name() or url
                except Exception:  # noqa: BLE001 - a calendar without a display name
                    name = url
                wanted = self.options.calendars
                if wanted and name not in wanted and url not in wanted:
                    continue
                if name in self._calendars:
                    name = url
                self._calendars[name] = calendar
                found.append(Folder(name=name, role="calendar"))
            return found

        return self._guard(Msg("src_discovering"), discover)

    # -- changes -------------------------------------------------------------------------------
    def window(self) -> tuple[datetime, datetime]:
        """[start, end) of the expansion window; the start is midnight UTC of its day."""
        today = clock.now().astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        return (today - timedelta(days=self.options.window_days_back),
                today + timedelta(days=self.options.window_days_ahead + 1))

    def changes(self, folder: Folder, checkpoint: Checkpoint | None
                ) -> Iterator[tuple[list[Change], Checkpoint]]:
        """Yield Events and Deletions of one calendar since ``checkpoint``."""
        if folder.name not in self._calendars:
            self.folders()
        calendar = self._calendars.get(folder.name)
        if calendar is None:
            raise SourceError(Msg("src_calendar_gone", where=self.where, folder=folder.name))
        start, end = self.window()
        window_key = start.date().isoformat()
        old = dict(checkpoint or {})
        # href -> [etag, [occurrence ids]]
        old_resources: dict[str, list[Any]] = dict(old.get("resources", {}))
        full = not checkpoint or old.get("window") != window_key
        token = None if full else old.get("token")
        by_token = (getattr(calendar, "get_objects_by_sync_token", None)
                    or calendar.objects_by_sync_token)          # caldav < 2 names it so
        result = self._guard(Msg("src_syncing", folder=folder.name),
                             lambda: by_token(sync_token=token, load_objects=False))
        new_token = result.sync_token
        objects = {_href(o.url): o for o in result}
        complete = full or (str(new_token or "").startswith("fake-") and new_token != token)
        if complete:
            gone = set(old_resources) - set(objects)
        else:
            gone = {_href(u) for u in getattr(result, "deleted_urls", ())} & set(old_resources)
            for href in gone:
                objects.pop(href, None)
        if not objects and not gone and new_token == old.get("token") and not full:
            return

        resources = dict(old_resources)
        batch: list[Change] = []
        for href in sorted(gone):
            batch.extend(Deletion(rid) for rid in resources.pop(href, ["", []])[1])
        hrefs = sorted(objects)
        for first in range(0, max(len(hrefs), 1), BATCH_OBJECTS):
            chunk = [objects[h] for h in hrefs[first:first + BATCH_OBJECTS]]
            loaded = self._load(chunk, folder) if chunk else []
            for href, data in loaded:
                try:
                    events = parse_calendar(data, start, end, default_tz=self.options.default_tz)
                except ParseError as exc:
                    log.warning("%s: %s in %s: %s", self.where, href, folder.name, exc)
                    continue
                ids = [e.remote_id for e in events]
                batch.extend(events)
                etag = _etag(objects[href])
                previous_etag, previous_ids = resources.get(href, ["", []])
                if not etag or etag != previous_etag:
                    # Only an edited object loses occurrences; an unchanged one merely
                    # saw them leave the window as time passed.
                    dropped = set(previous_ids) - set(ids)
                    batch.extend(Deletion(rid) for rid in sorted(dropped)
                                 if not _before(rid, start))
                resources[href] = [etag, ids]
            last = first + BATCH_OBJECTS >= len(hrefs)
            cp = {
                "token": new_token if last else old.get("token") if not full else None,
                "window": window_key if last or not full else old.get("window"),
                "resources": resources,
            }
            yield batch, cp
            batch = []

    def _load(self, chunk: list[Any], folder: Folder) -> list[tuple[str, str]]:
        """(href, iCalendar text) of each object, one multiget REPORT per chunk."""
        from caldav.lib import error as dav_error

        calendar = self._calendars[folder.name]
        if all(getattr(o, "data", None) for o in chunk):
            return [(_href(o.url), o.data) for o in chunk]
        try:
            loaded = self._guard(Msg("src_loading", folder=folder.name),
                                 lambda: calendar.multiget([o.url for o in chunk]))
        except SourceError:
            loaded = []
            for obj in chunk:
                try:
                    obj.load()
                    loaded.append(obj)
                except dav_error.NotFoundError:
                    continue
        return [(_href(o.url), o.data) for o in loaded if getattr(o, "data", None)]


def _href(url: Any) -> str:
    try:
        return str(url.canonical().path)
    except AttributeError:
        return str(url)


def _etag(obj: Any) -> str:
    props = getattr(obj, "props", None) or {}
    for key, value in props.items():
        if str(key).endswith("getetag") and value:
            return str(value)
    return ""


def _before(remote_id: str, start: datetime) -> bool:
    """True when the occurrence id names a start before ``start`` (it left the window)."""
    _, sep, stamp = remote_id.rpartition("/")
    if not sep:
        return False
    try:
        return datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC) < start
    except ValueError:
        return False


__all__ = ["CaldavConnector", "CaldavOptions", "ConfigError"]
