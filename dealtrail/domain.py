"""The small types that every part shares: what a connector yields, what the store keeps.

A connector knows one protocol and yields :class:`Change` items in batches,
each batch followed by the opaque :data:`Checkpoint` that resumes after it.
The sync loop in ``indexer/sync.py`` is the only code that writes them to the
database, one batch and its checkpoint per transaction.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol, runtime_checkable

#: A JSON-serialisable mapping that lets a connector resume where it stopped
#: (IMAP: UIDVALIDITY + last UID + HIGHESTMODSEQ; EWS: sync state; Graph:
#: deltaLink; CalDAV: sync-token; files: mtimes/sizes).
Checkpoint = dict[str, Any]

DIRECTIONS = ("in", "out", "internal", "auto")
ROLES = ("manager", "head", "admin")
LOCALES = ("ru", "en")
DEAL_STATUSES = ("open", "won", "lost", "void")  # void: no negotiation (an intermediary's)
VIOLATION_STATUSES = ("open", "resolved", "kept_late", "waived")
PROMISE_STATUSES = ("open", "kept", "kept_late", "broken", "cancelled")
PROMISE_ACTIONS = ("send", "call", "meet", "reply", "other")
NEXT_CONTACT_SOURCES = ("calendar", "promise", "tag", "pane", "import")


@dataclass(frozen=True)
class Folder:
    """A mail folder or calendar on a source.

    ``role`` is one of inbox, sent, archive, other, calendar; connectors map
    SPECIAL-USE flags, well-known folder ids or names to it.
    """

    name: str
    role: str = "other"


@dataclass(frozen=True)
class RawMessage:
    """A message as RFC 822 bytes, with the id the source knows it by."""

    remote_id: str
    raw: bytes
    flags: tuple[str, ...] = ()
    received_at: datetime | None = None
    sensitivity: str = ""               # the server's own mark (EWS, Graph): normal | private | ...


#: Embeddings, overrides and isolates (U+202A..U+202E, U+2066..U+2069): they reorder what
#: follows them, so "счёт \u202efdp.exe" reads as a .pdf. Marks (U+200E/U+200F) reorder
#: nothing and stay.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


#: The characters of ``_BIDI_CONTROLS``, each looked for by a substring test: ``re`` tests every
#: character of a Russian body against the class (~40 µs for 2,400 characters), nine substring
#: searches take ~2 µs.
BIDI_CONTROL_CHARS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def neutralise_bidi(text: str) -> str:
    """``text`` without bidirectional embedding, override and isolate characters."""
    if text.isascii() or not any(c in text for c in BIDI_CONTROL_CHARS):
        return text
    return _BIDI_CONTROLS.sub("", text)


@dataclass
class Message:
    """A parsed message: headers, decoded body text and what inference needs.

    Connectors that get provider JSON (Graph) may build this directly;
    everything else goes through ``indexer.parse.parse_message``.
    """

    remote_id: str
    message_id: str
    subject: str
    from_addr: str
    from_name: str
    to: tuple[str, ...]
    cc: tuple[str, ...]
    sent_at: datetime
    text: str
    bcc: tuple[str, ...] = ()
    reply_to: tuple[str, ...] = ()
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    headers: dict[str, str] = field(default_factory=dict)
    body_format: str = "text"          # "text" or "html": where ``text`` came from
    has_attachment: bool = False
    attachment_names: tuple[str, ...] = ()
    size: int = 0
    flags: tuple[str, ...] = ()
    calendar_parts: tuple[bytes, ...] = ()   # text/calendar parts (iMIP invitations)
    utc_offset_minutes: int | None = None    # the sender's offset from the Date header
    defects: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # Every message, from any connector, is neutralised here once: whatever shows
        # a subject, a name or a text later never meets a right-to-left override.
        self.subject = neutralise_bidi(self.subject)
        self.from_name = neutralise_bidi(self.from_name)
        self.text = neutralise_bidi(self.text)
        self.attachment_names = tuple(neutralise_bidi(n) for n in self.attachment_names)


@dataclass(frozen=True)
class Event:
    """One calendar event occurrence (recurrences are expanded by the connector)."""

    remote_id: str
    uid: str
    summary: str
    start: datetime
    end: datetime
    organizer: str = ""
    attendees: tuple[str, ...] = ()
    description: str = ""
    location: str = ""
    all_day: bool = False
    status: str = "confirmed"          # confirmed | tentative | cancelled
    recurrence_id: str | None = None

    def __post_init__(self) -> None:
        for name in ("summary", "description", "location"):   # see Message.__post_init__
            object.__setattr__(self, name, neutralise_bidi(getattr(self, name)))


@dataclass(frozen=True)
class Deletion:
    """The item with this remote id is gone from the source (kept in history)."""

    remote_id: str


@dataclass(frozen=True)
class FlagUpdate:
    """The item's flags/keywords/categories changed (IMAP CONDSTORE, EWS categories)."""

    remote_id: str
    flags: tuple[str, ...]


@runtime_checkable
class Deferred(Protocol):
    """Changes a connector names but leaves to be read where they are prepared.

    With worker processes, the sync loop hands these to the workers, so reading
    from the source (an IMAP ``FETCH`` and its parsing) runs in parallel with
    parsing, inference and the store. The object must pickle, and ``fetch``
    must be safe to call in a fresh process (it opens its own connection).
    """

    @property
    def count(self) -> int:
        """How many items it stands for (for progress)."""
        ...

    def fetch(self) -> list[Change]:
        """Read the changes now, in this process."""
        ...


Change = RawMessage | Message | Event | Deletion | FlagUpdate | Deferred


@runtime_checkable
class Connector(Protocol):
    """One protocol, nothing else. It never writes the database."""

    name: str

    def folders(self) -> Iterable[Folder]:
        """The folders/calendars to sync, with their roles."""
        ...

    def changes(
        self, folder: Folder, checkpoint: Checkpoint | None
    ) -> Iterator[tuple[list[Change], Checkpoint]]:
        """Yield batches of changes, each followed by the checkpoint after it.

        A connector that sets ``parallel_fetch`` (the sync loop turns it on when
        worker processes prepare the batches) may yield :class:`Deferred` items
        instead of the messages themselves.
        """
        ...

    def close(self) -> None:
        """Release connections."""
        ...


def item_code(kind: str, ident: int) -> str:
    """The short code shown next to an actionable line, e.g. ``D-142`` for deal 142."""
    return f"{kind}-{ident}"


def parse_item_code(code: str) -> tuple[str, int] | None:
    """``"d-142"`` -> ``("D", 142)``; None when it is not an item code."""
    head, sep, tail = code.strip().partition("-")
    if not sep or not tail.isdigit() or head.upper() not in ("D", "V", "P", "C"):
        return None
    return head.upper(), int(tail)
