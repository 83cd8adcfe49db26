"""Every error dealtrail raises on purpose.

Library code raises these; only the CLI and the web error handler turn them
into words for people. Each message says what failed, where, and what to do.
"""

from __future__ import annotations


class DealtrailError(Exception):
    """Base class for errors that carry a message meant for a person."""

    exit_code = 1


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
