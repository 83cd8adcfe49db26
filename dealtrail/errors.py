"""Every error dealtrail raises on purpose.

Library code raises these; only the CLI and the web error handler turn them
into words for people. Each message says what failed, where, and what to do.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .messages import Msg


class DealtrailError(Exception):
    """Base class for errors that carry a message meant for a person.

    The message is English (``str(error)``, for logs and tests); raised with a
    :class:`~dealtrail.messages.Msg` it also carries a catalogue key and
    parameters, and :meth:`said` gives it in Russian too.
    """

    exit_code = 1

    @property
    def key(self) -> str | None:
        """The catalogue key of the message, or None for an English-only one."""
        first = self.args[0] if len(self.args) == 1 else None
        return first.key if isinstance(first, Msg) else None

    @property
    def params(self) -> Mapping[str, Any]:
        """The message's parameters (values from files and mail, never translated)."""
        first = self.args[0] if len(self.args) == 1 else None
        return first.params if isinstance(first, Msg) else {}

    def said(self, lang: str) -> str:
        """The message in ``lang`` (``en`` or ``ru``); English when it has no catalogue key."""
        first = self.args[0] if len(self.args) == 1 else None
        return first.said(lang) if isinstance(first, Msg) else str(self)


class ConfigError(DealtrailError):
    """The configuration file or environment is wrong; nothing was written."""

    exit_code = 2


class SecretMissing(ConfigError):
    """A secret referenced by the configuration is not available."""


class DatabaseError(DealtrailError):
    """The database file cannot be opened, migrated or written."""


class SourceError(DealtrailError):
    """A mail or calendar source failed (server down, bad data, protocol error)."""


class SourceAuthError(SourceError):
    """A mail or calendar source rejected the credentials or the token expired."""


class CheckpointError(SourceError):
    """A folder's saved sync checkpoint is unreadable; resetting the mailbox reads it again."""


class ParseError(DealtrailError):
    """A message, calendar or import file could not be parsed."""


class BadRequest(DealtrailError):
    """A request's parameters are malformed or out of range (HTTP 400)."""


class LinkExpired(DealtrailError):
    """A signed dashboard link whose time has passed."""


class ImportFileError(DealtrailError):
    """An imported CSV/XLSX file (clients, plans, sales) has invalid rows."""


class TagError(DealtrailError):
    """A tag command in a reply could not be understood or applied."""


class NotFound(DealtrailError):
    """The requested object (deal, violation, user) does not exist."""


class PermissionDenied(DealtrailError):
    """The person asking may not see or change this object."""


class RuleError(DealtrailError):
    """A rule failed or is misconfigured."""


class DeliveryError(DealtrailError):
    """An email (digest, confirmation) could not be sent."""


class DeliveryNotConfigured(DeliveryError):
    """No SMTP server is configured, so nothing can be sent."""
