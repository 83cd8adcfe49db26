"""Offline sources: a Maildir, an mbox file, a folder of .eml files, a folder of .ics files.

These cannot ask a server what changed, so they compare what is on disk with
what the store already holds (``known_ids``, set by the sync loop) and skip
the listing entirely when the folders' modification times are unchanged.
"""

from __future__ import annotations

import abc
import json
import logging
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path
from typing import BinaryIO

from dealtrail import clock
from dealtrail.config import Mailbox, Settings
from dealtrail.domain import Change, Checkpoint, Deletion, Event, Folder, RawMessage
from dealtrail.errors import CheckpointError, SourceError
from dealtrail.messages import Msg

log = logging.getLogger(__name__)

# Items per transaction; DEALTRAIL_BATCH_SIZE overrides it (small batches make crash tests bite).
BATCH = int(os.environ.get("DEALTRAIL_BATCH_SIZE", "500"))
MAX_MESSAGE_BYTES = 50 * 1024 * 1024
_ROLE_NAMES = {
    "sent": "sent", "sent items": "sent", "sent messages": "sent", "отправленные": "sent",
    "archive": "archive", "архив": "archive", "inbox": "inbox", "входящие": "inbox",
}
_SKIP_NAMES = {"trash", "junk", "spam", "deleted items", "корзина", "спам", "drafts", "черновики"}


def folder_role(name: str) -> str | None:
    """inbox/sent/archive/other for a folder name; None for folders skipped by default."""
    leaf = name.replace("\\", "/").split("/")[-1].lstrip(".").strip().lower()
    if leaf in _SKIP_NAMES:
        return None
    return _ROLE_NAMES.get(leaf, "other")


@dataclass(frozen=True)
class MessageFile(RawMessage):
    """A message that is still a file; :meth:`load` reads it where it is parsed."""

    path: str = ""
    mailbox_name: str = ""

    def load(self) -> bytes | None:
        """The file's bytes; None (logged) when it is unreadable or over the size limit."""
        try:
            with open(self.path, "rb") as fh:
                size = os.fstat(fh.fileno()).st_size
                if size > MAX_MESSAGE_BYTES:
                    log.warning("%s: %s is %d bytes, over the limit; skipped", self.mailbox_name,
                                self.path, size)
                    return None
                return fh.read()
        except OSError as exc:
            log.warning("%s: cannot read %s: %s", self.mailbox_name, self.path, exc)
            return None


class _FileConnector(abc.ABC):
    """Shared listing/diffing logic for folder-of-files sources."""

    name = "files"

    def __init__(self, root: Path, mailbox_name: str) -> None:
        self.root = root
        self.mailbox_name = mailbox_name
        self.known_ids: Callable[[Folder], set[str]] = lambda folder: set()
        if not root.exists():
            raise SourceError(Msg("src_files_missing", mailbox=mailbox_name, path=str(root)))

    @classmethod
    def from_mailbox(cls, mailbox: Mailbox, settings: Settings) -> _FileConnector:
        return cls(Path(mailbox.options.path), mailbox.name)

    def close(self) -> None:  # noqa: B027 - nothing to release for files
        pass

    @abc.abstractmethod
    def folders(self) -> list[Folder]:
        """The folders this source holds."""

    @abc.abstractmethod
    def _dirs(self, folder: Folder) -> list[Path]:
        """The directories whose modification times reveal a change."""

    @abc.abstractmethod
    def _list(self, folder: Folder) -> dict[str, Path]:
        """Remote id -> file, for every item in the folder now."""

    def _read(self, remote_id: str, path: Path) -> list[Change]:
        # The bytes are read by whoever parses the message (a worker process when
        # there are workers), so only the path crosses the process boundary.
        return [MessageFile(remote_id, b"", path=str(path), mailbox_name=self.mailbox_name)]

    def changes(self, folder: Folder, checkpoint: Checkpoint | None
                ) -> Iterator[tuple[list[Change], Checkpoint]]:
        stamps = {str(d): d.stat().st_mtime_ns for d in self._dirs(folder) if d.exists()}
        if checkpoint and checkpoint.get("mtimes") == stamps:
            return
        current = self._list(folder)
        known = self.known_ids(folder)
        batch: list[Change] = []
        for remote_id in sorted(set(known) - set(current)):
            batch.append(Deletion(remote_id))
        for remote_id in sorted(set(current) - known):
            try:
                batch.extend(self._read(remote_id, current[remote_id]))
            except OSError as exc:
                log.warning("%s: cannot read %s: %s", self.mailbox_name, current[remote_id], exc)
                continue
            if len(batch) >= BATCH:
                yield batch, {"mtimes": None}
                batch = []
        yield batch, {"mtimes": stamps}


class MaildirConnector(_FileConnector):
    """A Maildir (or Maildir++ with ``.Sent``-style subfolders)."""

    name = "maildir"

    def folders(self) -> list[Folder]:
        found = []
        if (self.root / "cur").is_dir() or (self.root / "new").is_dir():
            found.append(Folder("INBOX", "inbox"))
        for child in sorted(self.root.iterdir()):
            if child.is_dir() and ((child / "cur").is_dir() or (child / "new").is_dir()):
                if child.name in ("cur", "new", "tmp"):
                    continue
                role = folder_role(child.name)
                if role is not None:
                    found.append(Folder(child.name.lstrip("."), role))
        if not found:
            raise SourceError(Msg("src_not_maildir", mailbox=self.mailbox_name, path=str(self.root)))
        return found

    def _base(self, folder: Folder) -> Path:
        if folder.name == "INBOX":
            return self.root
        dotted = self.root / f".{folder.name}"
        return dotted if dotted.exists() else self.root / folder.name

    def _dirs(self, folder: Folder) -> list[Path]:
        base = self._base(folder)
        return [base / "cur", base / "new"]

    def _list(self, folder: Folder) -> dict[str, Path]:
        out: dict[str, Path] = {}
        for directory in self._dirs(folder):
            if not directory.is_dir():
                continue
            with os.scandir(directory) as entries:
                for entry in entries:
                    if entry.name.startswith("."):
                        continue
                    out[entry.name.split(":2,")[0]] = Path(entry.path)
        return out


class EmlFolderConnector(_FileConnector):
    """A folder tree of ``.eml`` files; each sub-folder is a folder."""

    name = "eml"

    def folders(self) -> list[Folder]:
        return [Folder(".", "inbox")]

    def _dirs(self, folder: Folder) -> list[Path]:
        return [self.root] + [p for p in self.root.rglob("*") if p.is_dir()]

    def _list(self, folder: Folder) -> dict[str, Path]:
        return {str(p.relative_to(self.root)): p for p in self.root.rglob("*")
                if p.is_file() and not p.name.startswith(".")}


class MboxConnector(_FileConnector):
    """One mbox file; messages are identified by their byte offset."""

    name = "mbox"

    def folders(self) -> list[Folder]:
        return [Folder(self.root.name, "inbox")]

    def _dirs(self, folder: Folder) -> list[Path]:
        return [self.root]

    def _list(self, folder: Folder) -> dict[str, Path]:
        return {}  # an mbox is read by offset, not listed (see changes)

    def changes(self, folder: Folder, checkpoint: Checkpoint | None
                ) -> Iterator[tuple[list[Change], Checkpoint]]:
        stat = self.root.stat()
        offset, size, mtime = _mbox_checkpoint(checkpoint)
        if size == stat.st_size and mtime == stat.st_mtime_ns:
            return
        if offset > stat.st_size or (size is not None and stat.st_size < size):
            offset = 0  # rewritten or compacted: reconcile everything by Message-ID
        # Read what the file held when the run started; what is appended meanwhile is
        # read by the next run, from the offset this one ends at.
        end = stat.st_size
        batch: list[Change] = []
        with self.root.open("rb") as fh:
            for start, stop, raw in _mbox_messages(fh, _message_start(fh, offset), end):
                batch.append(RawMessage(f"offset:{start}", raw))
                if len(batch) >= BATCH:
                    # `stop` is where the next message begins: a resume reads it whole.
                    # No mtime: the file is not done, so the next run never skips it.
                    yield batch, {"offset": stop, "size": end, "mtime": None}
                    batch = []
        yield batch, {"offset": end, "size": end, "mtime": stat.st_mtime_ns}


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _mbox_checkpoint(checkpoint: Checkpoint | None) -> tuple[int, int | None, int | None]:
    """(offset, size, mtime) of a saved mbox checkpoint; CheckpointError when it is not one.

    A mid-file checkpoint has ``mtime`` null (older versions wrote ``size`` null as well).
    """
    if not checkpoint:
        return 0, None, None
    offset = checkpoint.get("offset", 0)
    size, mtime = checkpoint.get("size"), checkpoint.get("mtime")
    if not (_is_int(offset) and offset >= 0) or not all(v is None or _is_int(v) for v in (size, mtime)):
        raise CheckpointError(f"the saved mbox position {json.dumps(checkpoint)[:200]} is not "
                              "an offset, size and mtime in bytes and nanoseconds")
    return offset, size, mtime


def _message_start(fh: BinaryIO, offset: int) -> int:
    """The start of the message that holds byte ``offset`` (``offset`` itself at a boundary).

    A checkpoint normally points at a boundary. One written by an older version points one
    byte into the last stored message, and a message still being appended when it was read
    may continue past the end of the last run: both are read again whole, under the same
    remote id, so the store updates that message instead of adding a fragment of it.
    """
    if offset <= 0:
        return 0
    fh.seek(offset - 1)
    head = fh.read(6)
    if head == b"\nFrom " or len(head) <= 1:  # a boundary, or the end of the file
        return offset
    pos = offset
    while pos > 0:
        low = max(0, pos - _SCAN_CHUNK)
        fh.seek(low)
        # Five bytes past `pos` so a "\nFrom " that straddles it is seen; it still starts before.
        found = fh.read(pos - low + 5).rfind(b"\nFrom ")
        if found >= 0:
            return low + found + 1
        pos = low
    return 0


_SCAN_CHUNK = 1 << 16


def _mbox_messages(fh: BinaryIO, start: int, end: int) -> Iterator[tuple[int, int, bytes]]:
    """(first byte, byte after the last, unescaped bytes) of each message in ``start..end``."""
    fh.seek(start)
    current: list[bytes] = []
    offset = position = start
    while position < end:
        line = fh.readline()[: end - position]
        if not line:
            break
        if line.startswith(b"From ") and (current or position == start):
            if current:
                yield offset, position, _unescape(current)
            current = []
            offset = position
        else:
            current.append(line)
        position += len(line)
    if current:
        yield offset, position, _unescape(current)


def _unescape(lines: list[bytes]) -> bytes:
    return b"".join(line[1:] if line.startswith(b">From ") else line for line in lines)


class IcsFolderConnector(_FileConnector):
    """A folder of ``.ics`` files (exports or a synced calendar); one calendar."""

    name = "ics"
    window_back = timedelta(days=400)
    window_ahead = timedelta(days=120)

    def folders(self) -> list[Folder]:
        return [Folder("calendar", "calendar")]

    def _dirs(self, folder: Folder) -> list[Path]:
        return [self.root] if self.root.is_dir() else [self.root.parent]

    def _list(self, folder: Folder) -> dict[str, Path]:
        files = [self.root] if self.root.is_file() else sorted(self.root.glob("*.ics"))
        return {p.name: p for p in files}

    def changes(self, folder: Folder, checkpoint: Checkpoint | None
                ) -> Iterator[tuple[list[Change], Checkpoint]]:
        from indexer.ics import parse_calendar

        files = self._list(folder)
        stamps = {name: p.stat().st_mtime_ns for name, p in files.items()}
        previous = (checkpoint or {}).get("files", {})
        if previous == stamps:
            return
        known = self.known_ids(folder)
        now = clock.now()
        batch: list[Change] = []
        # What a batch's checkpoint says is done: the files read so far at their new times,
        # the rest as the last run left them (so a file removed meanwhile is still noticed).
        done = dict(previous)
        for name, path in files.items():
            if previous.get(name) == stamps[name]:
                continue
            try:
                events = parse_calendar(path.read_bytes(), now - self.window_back,
                                        now + self.window_ahead)
            except Exception as exc:  # noqa: BLE001 - one broken file must not stop the rest
                log.warning("%s: cannot read calendar %s: %s", self.mailbox_name, path, exc)
                continue
            seen = set()
            for ev in events:
                remote_id = f"{name}:{ev.remote_id}"
                seen.add(remote_id)
                batch.append(_with_remote_id(ev, remote_id))
            batch.extend(Deletion(r) for r in known if r.startswith(f"{name}:") and r not in seen)
            done[name] = stamps[name]
            if len(batch) >= BATCH:
                yield batch, {"files": dict(done)}
                batch = []
        for gone in set(previous) - set(files):
            batch.extend(Deletion(r) for r in known if r.startswith(f"{gone}:"))
        yield batch, {"files": stamps}


def _with_remote_id(ev: Event, remote_id: str) -> Event:
    return replace(ev, remote_id=remote_id)
