"""Who is asking: pairing codes, per-user API tokens, and Microsoft Entra ID tokens.

A person gets a one-time pairing code from ``dealtrail users invite EMAIL``
and types it into the pane once; the pane exchanges it for a long-lived API
token. Only SHA-256 hashes of codes and tokens are stored (``api_tokens``).
When Entra ID is configured (``server.entra_jwks_url``, ``entra_tenant``,
``entra_audience`` and ``entra_issuer``, all four), a Microsoft Entra ID access
token (Nested App Authentication) is accepted as well: checked against the
JWKS, tenant, audience and issuer, and mapped to a person by its tenant and
object ids (``tid``/``oid``). That link is made when the person pairs with an
administrator's code while presenting the Entra token, so an administrator
approves every account once; e-mail claims are never trusted.
Every request looks the person up and refuses one who is not active (people
removed from ``[[managers]]`` are deactivated whenever the config is synced).
"""

from __future__ import annotations

import hashlib
import logging
import secrets
import threading
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import sqlite_utils

from dealtrail import access, clock
from dealtrail.config import Settings
from dealtrail.errors import NotFound, PermissionDenied
from dealtrail.messages import Msg
from dealtrail.store import rows, transaction

log = logging.getLogger(__name__)

PAIRING_TTL = timedelta(hours=24)
TOKEN_TTL = timedelta(days=180)
TOKEN_PREFIX = "dt_"
# A token's last_used_at is refreshed at most this often, so reads stay reads.
_TOUCH_EVERY = timedelta(minutes=5)
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"   # no 0/O, 1/I


class AuthenticationFailed(PermissionDenied):
    """The request carries no valid credentials (HTTP 401)."""


@dataclass(frozen=True)
class Principal:
    """The authenticated person behind a request."""

    manager_id: int
    email: str
    name: str
    role: str
    team: str
    timezone: str
    locale: str
    via: str = "token"          # token | entra

    def as_dict(self) -> dict[str, Any]:
        # What the pages may offer, decided by the one access rule, not by the role's name.
        return {"id": self.manager_id, "email": self.email, "name": self.name, "role": self.role,
                "team": self.team, "timezone": self.timezone, "locale": self.locale,
                "sees_everything": access.sees_everything(self),
                "manages_users": access.manages_users(self)}


@dataclass(frozen=True)
class Invitation:
    email: str
    code: str
    expires_at: str


@dataclass(frozen=True)
class IssuedToken:
    token: str
    principal: Principal
    expires_at: str


def hash_secret(value: str) -> str:
    """The stored form of a code or token."""
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def _principal(row: dict[str, Any], via: str = "token") -> Principal:
    return Principal(manager_id=row["id"], email=row["email"], name=row["name"], role=row["role"],
                     team=row["team"], timezone=row["timezone"], locale=row["locale"], via=via)


def ensure_manager(db: sqlite_utils.Database, settings: Settings, email: str) -> dict[str, Any]:
    """The managers row for ``email``, created from ``[[managers]]`` in the config if missing."""
    email = email.strip().lower()
    found = rows(db, "SELECT * FROM managers WHERE email = ?", (email,))
    if found:
        return found[0]
    configured = settings.manager(email)
    if configured is None:
        raise NotFound(Msg("users_not_manager", email=email))
    db.conn.execute(
        "INSERT INTO managers (email, name, role, team, timezone, locale) VALUES (?,?,?,?,?,?)",
        (configured.email, configured.name, configured.role, configured.team,
         configured.timezone, configured.locale),
    )
    return rows(db, "SELECT * FROM managers WHERE email = ?", (email,))[0]


def _new_code() -> str:
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(10))
    return f"{raw[:5]}-{raw[5:]}"


def normalize_code(code: str) -> str:
    """Codes are typed by people: ignore case, spaces and where the dash is."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    return f"{cleaned[:5]}-{cleaned[5:]}"


def invite(db: sqlite_utils.Database, settings: Settings, email: str) -> Invitation:
    """Make a one-time pairing code for ``email`` (valid for :data:`PAIRING_TTL`)."""
    code = _new_code()
    now = clock.now()
    expires = clock.iso(now + PAIRING_TTL)
    with transaction(db):
        manager = ensure_manager(db, settings, email)
        if not manager["active"]:
            raise PermissionDenied(Msg("users_deactivated", email=manager["email"]))
        db.conn.execute(
            "INSERT INTO api_tokens (manager_id, token_hash, kind, created_at, expires_at)"
            " VALUES (?,?,?,?,?)",
            (manager["id"], hash_secret(normalize_code(code)), "pairing", clock.iso(now), expires),
        )
    log.info("pairing code issued for %s, expires %s", manager["email"], expires)
    return Invitation(email=manager["email"], code=code, expires_at=expires)


def pair(db: sqlite_utils.Database, code: str, settings: Settings | None = None,
         authorization: str | None = None) -> IssuedToken:
    """Exchange a pairing code for an API token; the code cannot be used again.

    With ``authorization`` holding a valid Entra ID token, the token's account
    (tenant and object id) is linked to the person the code was made for.
    """
    now = clock.now()
    entra = None
    if settings is not None and authorization and _bearer(authorization).count(".") == 2:
        entra = _entra_claims(settings, _bearer(authorization))
    with transaction(db):
        found = rows(
            db,
            "SELECT t.id AS token_id, t.expires_at, t.revoked, m.* FROM api_tokens t"
            " JOIN managers m ON m.id = t.manager_id WHERE t.token_hash = ? AND t.kind = 'pairing'",
            (hash_secret(normalize_code(code)),),
        )
        if not found or found[0]["revoked"] or not found[0]["active"] or _expired(
                found[0]["expires_at"]):
            raise AuthenticationFailed(
                "this pairing code is unknown, used or expired; "
                "ask an administrator for a new one (dealtrail users invite EMAIL)"
            )
        row = found[0]
        if entra is not None:
            _link_entra(db, row, entra)
        db.conn.execute("UPDATE api_tokens SET revoked = 1, last_used_at = ? WHERE id = ?",
                        (clock.iso(now), row["token_id"]))
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        expires = clock.iso(now + TOKEN_TTL)
        db.conn.execute(
            "INSERT INTO api_tokens (manager_id, token_hash, kind, created_at, expires_at)"
            " VALUES (?,?,?,?,?)",
            (row["id"], hash_secret(token), "api", clock.iso(now), expires),
        )
    log.info("pane paired for %s", row["email"])
    return IssuedToken(token=token, principal=_principal(row), expires_at=expires)


def _expired(expires_at: str | None) -> bool:
    return expires_at is not None and clock.parse_iso(expires_at) <= clock.now()


def _bearer(authorization: str) -> str:
    return authorization[7:].strip() if authorization.lower().startswith("bearer ") else ""


def authenticate(db: sqlite_utils.Database, settings: Settings, authorization: str | None
                 ) -> Principal:
    """The principal for an ``Authorization: Bearer ...`` header; raises AuthenticationFailed."""
    token = _bearer(authorization or "")
    if not token:
        raise AuthenticationFailed("sign in first: pair this pane with a code from your administrator")
    # Both look the person up on every request and refuse one who is not active.
    if token.startswith(TOKEN_PREFIX):
        return _from_api_token(db, token)
    if token.count(".") == 2 and settings.server.entra_jwks_url:
        return _from_entra(db, settings, token)
    raise AuthenticationFailed("the access token is not recognised; pair the pane again")


def _from_api_token(db: sqlite_utils.Database, token: str) -> Principal:
    found = rows(
        db,
        "SELECT t.id AS token_id, t.expires_at, t.revoked, t.last_used_at, m.* FROM api_tokens t"
        " JOIN managers m ON m.id = t.manager_id WHERE t.token_hash = ? AND t.kind = 'api'",
        (hash_secret(token),),
    )
    if not found:
        raise AuthenticationFailed("the access token is not valid; pair the pane again")
    row = found[0]
    if row["revoked"] or not row["active"]:
        raise AuthenticationFailed("the access token was revoked; ask for a new pairing code")
    if _expired(row["expires_at"]):
        raise AuthenticationFailed("the access token has expired; pair the pane again")
    now = clock.now()
    if row["last_used_at"] is None or clock.parse_iso(row["last_used_at"]) + _TOUCH_EVERY < now:
        db.conn.execute("UPDATE api_tokens SET last_used_at = ? WHERE id = ?",
                        (clock.iso(now), row["token_id"]))
    return _principal(row)


_jwks_clients: dict[str, Any] = {}
_jwks_lock = threading.Lock()


def _jwks_client(url: str) -> Any:
    import jwt

    with _jwks_lock:
        client = _jwks_clients.get(url)
        if client is None:
            client = jwt.PyJWKClient(url, cache_keys=True, lifespan=3600, timeout=10)
            _jwks_clients[url] = client
        return client


def _entra_claims(settings: Settings, token: str) -> dict[str, Any]:
    """The claims of an Entra ID token that checks out in every respect; else AuthenticationFailed."""
    import jwt

    server = settings.server
    if not (server.entra_jwks_url and server.entra_tenant and server.entra_audience
            and server.entra_issuer):
        # config.py refuses a partial set; a hand-built Settings must not weaken the check.
        raise AuthenticationFailed("Microsoft sign-in is not configured here; pair with a code")
    try:
        key = _jwks_client(server.entra_jwks_url).get_signing_key_from_jwt(token)
        claims: dict[str, Any] = jwt.decode(
            token, key.key, algorithms=["RS256"], audience=server.entra_audience,
            issuer=server.entra_issuer,
            options={"require": ["exp", "iat", "aud", "iss", "tid", "oid"]},
        )
    except jwt.PyJWKClientError as exc:
        log.warning("Entra JWKS at %s unusable: %s", server.entra_jwks_url, exc)
        raise AuthenticationFailed(
            "the Microsoft sign-in could not be checked (signing keys unavailable); "
            "try again, or pair the pane with a code"
        ) from None
    except jwt.InvalidTokenError as exc:
        raise AuthenticationFailed(f"the Microsoft sign-in token was rejected ({exc}); "
                                   "sign in again") from None
    if str(claims["tid"]) != server.entra_tenant:
        raise AuthenticationFailed("the Microsoft sign-in token is from another tenant; "
                                   "sign in with your work account")
    return claims


def _from_entra(db: sqlite_utils.Database, settings: Settings, token: str) -> Principal:
    claims = _entra_claims(settings, token)
    found = rows(db, "SELECT * FROM managers WHERE entra_tid = ? AND entra_oid = ? AND active = 1",
                 (str(claims["tid"]), str(claims["oid"])))
    if not found:
        raise AuthenticationFailed("this Microsoft account is not linked to a dealtrail user; "
                                   "pair once with a code from your administrator while signed in")
    return _principal(found[0], via="entra")


def _link_entra(db: sqlite_utils.Database, person: dict[str, Any], claims: dict[str, Any]) -> None:
    """Link the Entra account (tid, oid) to ``person``; an account links to one person only."""
    tid, oid = str(claims["tid"]), str(claims["oid"])
    taken = db.conn.execute("SELECT email FROM managers WHERE entra_tid = ? AND entra_oid = ?"
                            " AND id != ?", (tid, oid, person["id"])).fetchone()
    if taken:
        raise PermissionDenied(f"this Microsoft account is already linked to {taken[0]}; "
                               "an administrator must revoke that link first")
    db.conn.execute("UPDATE managers SET entra_tid = ?, entra_oid = ? WHERE id = ?",
                    (tid, oid, person["id"]))
    log.info("Microsoft account linked to %s", person["email"])


def revoke(db: sqlite_utils.Database, email: str) -> int:
    """Revoke every token and pairing code of ``email`` and unlink their Microsoft account.

    Returns how many tokens and codes were live.
    """
    email = email.strip().lower()
    with transaction(db):
        found = rows(db, "SELECT id FROM managers WHERE email = ?", (email,))
        if not found:
            raise NotFound(Msg("users_no_account", email=email))
        count = access.revoke_credentials(db, found[0]["id"])
    log.info("revoked %d tokens and the Microsoft sign-in of %s", count, email)
    return count


def list_users(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Every manager with how many live tokens they hold and when one was last used."""
    now = clock.iso(clock.now())
    return rows(
        db,
        "SELECT m.email, m.name, m.role, m.team, m.active,"
        " SUM(CASE WHEN t.kind = 'api' AND t.revoked = 0 AND (t.expires_at IS NULL"
        "     OR t.expires_at > ?) THEN 1 ELSE 0 END) AS tokens,"
        " SUM(CASE WHEN t.kind = 'pairing' AND t.revoked = 0 AND t.expires_at > ? THEN 1 ELSE 0 END)"
        "     AS pending_codes,"
        " MAX(CASE WHEN t.kind = 'api' THEN t.last_used_at END) AS last_used_at"
        " FROM managers m LEFT JOIN api_tokens t ON t.manager_id = m.id"
        " GROUP BY m.id ORDER BY m.email",
        (now, now),
    )
