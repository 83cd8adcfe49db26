"""What ``dealtrail check`` verifies before anything runs, beyond the shape of the file.

:func:`config.load` checks keys, types and allowed values. This module checks
what can only be seen on the machine, so that ``index``, ``serve`` and ``run``
never fail on something ``check`` could have said:

- the config file is not writable by everyone (its secret commands run
  through a shell);
- every secret an enabled mailbox or SMTP refers to can be read now: the
  variable is set, the command succeeds and prints something;
- SMTP never sends a password over a connection without TLS;
- every file and folder the config names exists and can be read: the client
  directory, plans, sales, deals and calls files, maildir/mbox/eml/ics paths, CA
  bundles, certificates and keys; private keys are not readable by everyone;
- the business calendar can be built (country, working hours).

Each failure is one :class:`ConfigError` line naming the key or file and what
to do; nothing is written. The import files themselves (the client directory,
plans, sales, CRM deals, call logs), header and every row, are read next, by
:mod:`dealtrail.rowcheck`.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .config import Secret, Settings, options_paths, options_secrets
from .errors import ConfigError, SecretMissing
from .messages import Msg


def preflight(settings: Settings, config_path: Path | None = None) -> None:
    """Everything ``check`` can verify without touching the database; raise ConfigError."""
    if config_path is not None:
        check_config_file(config_path)
    check_secrets(settings)
    check_smtp(settings)
    check_paths(settings)
    from .workdays import company_calendar

    company_calendar(settings)


def check_config_file(path: Path) -> None:
    """Refuse a config file (or its folder) that anyone may change."""
    for target in (path, path.resolve().parent):
        try:
            mode = target.stat().st_mode
        except OSError:
            continue
        if mode & stat.S_IWOTH and not (target.is_dir() and mode & stat.S_ISVTX):
            raise ConfigError(Msg("check_world_writable", target=str(target)))


def check_secrets(settings: Settings) -> None:
    """Read every secret an enabled mailbox or SMTP refers to; one line for the first that fails."""
    refs: list[tuple[str, Secret]] = []
    for mb in settings.mailboxes:
        if mb.enabled:
            refs += [(f"mailboxes.{mb.name}.{key}", value)
                     for key, value in options_secrets(mb.options)]
    if settings.smtp.password is not None:
        refs.append(("smtp.password", settings.smtp.password))
    for where, secret in refs:
        if not secret.get(where):  # raises SecretMissing naming the variable or the command
            raise SecretMissing(Msg("secret_empty", where=where))


def check_smtp(settings: Settings) -> None:
    """Refuse to send an SMTP password in clear text."""
    smtp = settings.smtp
    if smtp.host and smtp.password is not None and smtp.security == "none":
        raise ConfigError(Msg("check_smtp_cleartext", host=smtp.host))


def _readable(path: Path, where: str, must_be: str) -> None:
    if not path.exists():
        raise ConfigError(Msg("check_path_missing", where=where, path=str(path)))
    if must_be == "dir" and not path.is_dir():
        raise ConfigError(Msg("check_not_folder", where=where, path=str(path)))
    if must_be == "file" and not path.is_file():
        raise ConfigError(Msg("check_not_file", where=where, path=str(path)))
    if not os.access(path, os.R_OK | (os.X_OK if path.is_dir() else 0)):
        raise ConfigError(Msg("check_unreadable", where=where, path=str(path)))


def _private(path: Path, where: str) -> None:
    if path.stat().st_mode & stat.S_IROTH:
        raise ConfigError(Msg("check_key_readable", where=where, path=str(path)))


def check_paths(settings: Settings) -> None:
    """Every file and folder the config names exists and can be read; keys are private."""
    named: list[tuple[str, Path, str, bool]] = []
    if settings.clients.directory:
        named.append(("clients.directory", settings.path(settings.clients.directory), "file",
                      False))
    if settings.imports.plans:
        named.append(("imports.plans", settings.path(settings.imports.plans), "file", False))
    named += [(f"imports.sales[{i}]", settings.path(p), "file", False)
              for i, p in enumerate(settings.imports.sales)]
    if settings.imports.deals:
        named.append(("imports.deals", settings.path(settings.imports.deals), "file", False))
    if settings.imports.calls:
        named.append(("imports.calls", settings.path(settings.imports.calls), "file", False))
    for mb in settings.mailboxes:
        if mb.enabled:  # mailbox paths are resolved when the config is loaded
            named += [(f"mailboxes.{mb.name}.{key}", Path(path), must_be, private)
                      for key, path, must_be, private in options_paths(mb.options)]
    if settings.smtp.ca_file:
        named.append(("smtp.ca_file", settings.path(settings.smtp.ca_file), "file", False))
    if settings.server.cert_file or settings.server.key_file:
        for key in ("cert_file", "key_file"):
            value = getattr(settings.server, key)
            if not value:
                raise ConfigError(Msg("check_cert_pair", where=f"server.{key}"))
            named.append((f"server.{key}", settings.path(value), "file", key == "key_file"))
    for where, path, must_be, private in named:
        _readable(path, where, must_be)
        if private:
            _private(path, where)
