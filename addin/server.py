"""Run the web service over HTTPS with uvicorn until Ctrl-C."""

from __future__ import annotations

import errno
import logging
import socket
from pathlib import Path
from urllib.parse import urlsplit

import click

from dealtrail.config import Settings
from dealtrail.directory import open_synced
from dealtrail.errors import ConfigError
from dealtrail.lang import operator
from dealtrail.messages import say

from . import certs
from .app import create_app

log = logging.getLogger(__name__)

LOOPBACK = ("localhost", "127.0.0.1", "::1")


def serve(settings: Settings, db_path: str | Path, host: str | None = None,
          port: int | None = None) -> None:
    """Serve the pane, dashboard and API for ``db_path`` on https://HOST:PORT (blocks)."""
    import uvicorn

    host = host or settings.server.host
    port = port or settings.server.port
    ensure_port_free(host, port, locale=settings.company.locale,
                     fix="dealtrail serve --port {port}")
    db_file = Path(db_path)
    # The pages filter by the config's products and managers from the first request on.
    open_synced(db_file, settings).conn.close()
    names = tuple(n for n in (urlsplit(settings.server.public_url).hostname, host)
                  if n and n not in ("0.0.0.0", "::"))
    pair = certs.configured_or_dev(settings.server.cert_file, settings.server.key_file,
                                   db_file.resolve().parent / "certs", names)
    lang = operator()
    if pair.created:
        click.echo(say("serve_cert_made", lang, path=pair.cert))
    if not settings.server.cert_file:
        click.echo(certs.trust_instructions(pair.cert).said(lang))
    public = settings.server.public_url.rstrip("/")
    site = public
    address = urlsplit(public)
    if address.hostname in LOOPBACK and (address.port or 443) != port:
        # No proxy between: the pages are on the port served, while the manifest and digest
        # links still say public_url (behind a proxy the two ports differ by design).
        site = f"https://{address.hostname or host}:{port}"
        click.echo(say("serve_public_url_port", lang, public=public, port=port))
    click.echo(say("serve_serving", lang, db=db_file, host=host, port=port, site=site))
    app = create_app(settings, db_file)
    uvicorn.run(app, host=host, port=port, ssl_certfile=str(pair.cert),
                ssl_keyfile=str(pair.key), log_level="warning", proxy_headers=False)


_BUSY = {
    "en": "port {port} on {host} is already in use (another dealtrail server or demo?); stop "
          "that program, or choose another port: {fix}",
    "ru": "порт {port} на {host} уже занят (другой сервер или демо dealtrail?); остановите "
          "ту программу или выберите другой порт: {fix}",
}
_DENIED = {
    "en": "port {port} on {host} needs administrator rights; choose a port above 1023: {fix}",
    "ru": "для порта {port} на {host} нужны права администратора; выберите порт выше 1023: {fix}",
}


def _bind_error(host: str, port: int) -> int:
    """0 when a listening socket can be bound to HOST:PORT now, else the errno."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror:
        return 0  # an unknown host name is for the server itself to report
    for family, kind, proto, _, address in infos:
        with socket.socket(family, kind, proto) as probe:
            # The server sets SO_REUSEADDR too: a port in TIME_WAIT is free, a listener is not.
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind(address)
            except OSError as exc:
                return exc.errno or errno.EADDRINUSE
    return 0


def ensure_port_free(host: str, port: int, *, locale: str, fix: str) -> None:
    """Raise ConfigError in the CLI's language when HOST:PORT cannot be listened on.

    ``fix`` is the command that picks another port, with ``{port}`` standing for a
    port that is free now (e.g. ``"make demo PORT={port}"``). Called before anything
    is printed or created, so a taken port costs nothing.
    """
    error = _bind_error(host, port)
    if not error:
        return
    spare = next((p for p in range(port + 1, min(port + 100, 65536))
                  if p >= 1024 and not _bind_error(host, p)), port + 1)
    table = _DENIED if error == errno.EACCES else _BUSY
    raise ConfigError(table.get(locale, table["en"]).format(
        port=port, host=host, fix=fix.format(port=max(spare, 1024))))
