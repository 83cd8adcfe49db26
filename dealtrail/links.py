"""Signed, expiring links from a digest line to the dashboard page that shows its evidence.

A link is ``/go/<token>``: the dashboard path and query it opens and when it
expires, signed with HMAC-SHA256 under the server's link secret
(``[server] link_secret = {env = "..."}``; never stored in the database). The
link itself grants nothing: the page still asks for the person's token, and the
API answers only what :mod:`dealtrail.access` lets them see. What the
signature buys is that nobody can point a digest line somewhere else, and that
an old digest stops opening pages after ``[server] link_days``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from datetime import datetime, timedelta

from . import clock
from .errors import BadRequest, LinkExpired

__all__ = ["LinkExpired", "digest_link", "open_link", "sign"]

# Only the dashboard's own pages may be the target of a signed link.
ALLOWED = ("/dashboard/evidence?", "/dashboard")


def _mac(secret: str, body: bytes) -> str:
    digest = hmac.new(secret.encode(), body, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def sign(secret: str, target: str, expires: datetime) -> str:
    """The token for ``target`` (a dashboard path with its query) valid until ``expires``."""
    if not target.startswith(ALLOWED):
        raise BadRequest(f"a signed link opens only dashboard pages, not {target!r}")
    body = f"{int(expires.timestamp())}|{target}".encode()
    return base64.urlsafe_b64encode(body).decode().rstrip("=") + "." + _mac(secret, body)


def open_link(secret: str, token: str, now: datetime | None = None) -> str:
    """The target of a signed token; BadRequest when forged or malformed, LinkExpired when old."""
    try:
        encoded, mac = token.rsplit(".", 1)
        body = base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4))
        stamp, target = body.decode().split("|", 1)
        expires = int(stamp)
    except (ValueError, UnicodeDecodeError):
        raise BadRequest("this link is damaged; open the dashboard instead") from None
    if not hmac.compare_digest(mac, _mac(secret, body)) or not target.startswith(ALLOWED):
        raise BadRequest("this link was not made by this server; open the dashboard instead")
    if (now or clock.now()).timestamp() > expires:
        raise LinkExpired("this link has expired; sign in to the dashboard to see the item")
    return target


def digest_link(public_url: str, secret: str | None, target: str, now: datetime,
                days: int) -> str:
    """The full address a digest line links to; '' when no link secret is configured."""
    if not secret:
        return ""
    token = sign(secret, target, now + timedelta(days=days))
    return f"{public_url.rstrip('/')}/go/{token}"
