"""Run the web service over HTTPS with uvicorn until Ctrl-C."""

from __future__ import annotations

import logging
from pathlib import Path

import click

from dealtrail.config import Settings

from . import certs
from .app import create_app

log = logging.getLogger(__name__)


def serve(settings: Settings, db_path: str | Path, host: str | None = None,
          port: int | None = None) -> None:
    """Serve the pane, dashboard and API for ``db_path`` on https://HOST:PORT (blocks)."""
    import uvicorn

    host = host or settings.server.host
    port = port or settings.server.port
    db_file = Path(db_path)
    pair = certs.configured_or_dev(settings.server.cert_file, settings.server.key_file,
                                   db_file.resolve().parent / "certs")
    if pair.created:
        click.echo(f"made a development certificate: {pair.cert}")
    if not settings.server.cert_file:
        click.echo(certs.trust_instructions(pair.cert))
    public = settings.server.public_url.rstrip("/")
    click.echo(f"dealtrail serving {db_file} on https://{host}:{port}  "
               f"(pane {public}/pane/, dashboard {public}/dashboard); Ctrl-C to stop")
    app = create_app(settings, db_file)
    uvicorn.run(app, host=host, port=port, ssl_certfile=str(pair.cert),
                ssl_keyfile=str(pair.key), log_level="warning", proxy_headers=False)
