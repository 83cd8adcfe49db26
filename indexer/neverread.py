"""Mail that is never stored: private mail, denied correspondents, and (allow-list mode) non-clients.

The decision is made in memory, before anything of the message reaches the writer's
transaction: a skipped message leaves no row anywhere, only a count in the sync
report (``skipped=N``). Excluded folders are not even listed (indexer/sync.py).
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass

from dealtrail.addresses import domain_of
from dealtrail.config import Privacy
from dealtrail.domain import Message

#: Sensitivity values (RFC 2156 header, EWS and Graph fields) that mark mail as not the
#: company's business. "Company-Confidential" is business mail and is read.
PRIVATE = frozenset({"private", "personal"})


@dataclass(frozen=True)
class Skipped:
    """A message that is never stored; the writer only counts it."""

    remote_id: str
    reason: str                  # private | denied | not-client


@dataclass(frozen=True)
class NeverRead:
    """The rules that need no database, picklable for the worker processes."""

    skip_private: bool = True
    deny: tuple[str, ...] = ()   # lower-case addresses and "@domain" entries

    @classmethod
    def from_settings(cls, privacy: Privacy) -> NeverRead:
        return cls(privacy.skip_private, tuple(d.strip().lower() for d in privacy.deny if d.strip()))

    def private(self, sensitivity: str) -> bool:
        return self.skip_private and sensitivity.strip().lower() in PRIVATE

    def reason(self, msg: Message) -> str | None:
        """Why this message is never stored, or None to store it."""
        if self.private(msg.headers.get("sensitivity", "")):
            return "private"
        if self.deny and any(denied(a, self.deny) for a in participants(msg)):
            return "denied"
        return None


def participants(msg: Message) -> tuple[str, ...]:
    """Every address on the message, lower-case."""
    return tuple(a.lower() for a in (msg.from_addr, *msg.to, *msg.cc, *msg.bcc, *msg.reply_to) if a)


def denied(address: str, deny: tuple[str, ...]) -> bool:
    """Whether an address is on the deny list: the address itself, its @domain or a parent domain."""
    if address in deny:
        return True
    domain = domain_of(address)
    while domain:
        if f"@{domain}" in deny:
            return True
        _, _, domain = domain.partition(".")
        if "." not in domain:
            return False
    return False


def excluded_folder(name: str, patterns: tuple[str, ...]) -> bool:
    """Whether a folder is excluded in the config (shell patterns, case-insensitive)."""
    folded = name.casefold()
    return any(fnmatch.fnmatchcase(folded, p.casefold()) for p in patterns)
