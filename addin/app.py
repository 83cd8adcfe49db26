"""The web service: task pane and dashboard pages, and the JSON API they call.

Handlers only read the request, call one library function and return JSON;
the queries live in ``pane_data``/``dashboard_data``, the changes in
``actions``, the credentials in ``auth``. Library errors become JSON
``{"error": ...}`` with a fitting status: 400 for malformed or out-of-range
parameters, 401 without valid credentials, 403 for a role that may not do
this, 404 for what does not exist or is not yours, 413 for a body over the
cap, 422 for bad input, 429 for too many attempts.
"""

from __future__ import annotations

import contextlib
import html
import json
import logging
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import sqlite_utils
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import (
    FileResponse,
    HTMLResponse,
    JSONResponse,
    RedirectResponse,
    Response,
)
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dealtrail import access, audit, links
from dealtrail.config import Settings
from dealtrail.directory import sync_managers
from dealtrail.errors import (
    BadRequest,
    ConfigError,
    DealtrailError,
    ImportFileError,
    LinkExpired,
    NotFound,
    ParseError,
    PermissionDenied,
    TagError,
)
from dealtrail.store import open_db, transaction
from reports import evidence

from . import actions, auth, dashboard_data, limits, pane_data

log = logging.getLogger(__name__)

STATIC = Path(__file__).resolve().parent / "static"

# Outlook on the web and new Outlook host the pane in an iframe on these origins.
OUTLOOK_FRAME_ANCESTORS = (
    "https://outlook.office.com https://outlook.office365.com https://outlook.live.com "
    "https://*.outlook.com https://*.office.com https://*.office365.com "
    "https://*.officeapps.live.com https://*.microsoft.com https://*.cloud.microsoft"
)
OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com"


def _csp(frame_ancestors: str) -> str:
    # Scripts only from files (never inline); office.js from Microsoft's CDN.
    # Inline *styles* stay allowed because office.js and Chart.js set them.
    return ("default-src 'self'; "
            f"script-src 'self' {OFFICE_JS_ORIGIN}; "
            "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; "
            f"connect-src 'self'; frame-src 'self' {OFFICE_JS_ORIGIN}; object-src 'none'; "
            f"base-uri 'none'; form-action 'self'; frame-ancestors {frame_ancestors}")


PANE_CSP = _csp(f"'self' {OUTLOOK_FRAME_ANCESTORS}")
PAGE_CSP = _csp("'none'")


def _framed_by_outlook(path: str) -> bool:
    """Only the pane's own page (and the scripts, styles and icons it loads) may sit in Outlook's
    frame; every other page, the dashboard's wherever it is served from, may not be framed."""
    if path.startswith("/pane") or path.startswith("/static/pane/"):
        return True
    return path.startswith("/static/") and not path.endswith((".html", ".htm", "/"))


class SecurityHeaders:
    """Adds CSP and the usual hardening headers to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        pane = _framed_by_outlook(path)

        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                extra = {
                    b"content-security-policy": (PANE_CSP if pane else PAGE_CSP).encode(),
                    b"x-content-type-options": b"nosniff",
                    b"referrer-policy": b"no-referrer",
                    b"strict-transport-security": b"max-age=31536000",
                    b"cross-origin-opener-policy": b"same-origin-allow-popups",
                    b"permissions-policy": b"camera=(), microphone=(), geolocation=()",
                }
                if not pane:
                    extra[b"x-frame-options"] = b"DENY"
                if path.startswith("/api/"):
                    extra[b"cache-control"] = b"no-store"
                headers += list(extra.items())
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, wrapped)


class Databases:
    """One SQLite connection per worker thread (sqlite3 objects are not shared across threads)."""

    def __init__(self, path: Path, settings: Settings) -> None:
        self.path = path
        self._local = threading.local()
        self._all: list[sqlite_utils.Database] = []
        self._lock = threading.Lock()
        db = open_db(path)              # migrate once, up front
        try:
            with transaction(db):       # people removed from the config lose access now
                sync_managers(db, settings)
        finally:
            db.conn.close()

    def get(self) -> sqlite_utils.Database:
        db = getattr(self._local, "db", None)
        if db is None:
            db = open_db(self.path, migrate=False)
            self._local.db = db
            with self._lock:
                self._all.append(db)
        return db

    def close(self) -> None:
        with self._lock:
            for db in self._all:
                db.conn.close()
            self._all.clear()


_STATUS = ((BadRequest, 400), (auth.AuthenticationFailed, 401), (PermissionDenied, 403), (NotFound, 404),
           (TagError, 422), (ParseError, 422), (ImportFileError, 422),
           # bad report parameters (a period such as "2026-13") are reported as ConfigError
           (ConfigError, 422))


def _status_for(exc: DealtrailError) -> int:
    for cls, status in _STATUS:
        if isinstance(exc, cls):
            return status
    return 500


Handler = Callable[[Request, sqlite_utils.Database, Settings, auth.Principal], Any]


def _refused(request: Request, status: int, reason: str,
             principal: auth.Principal | None = None) -> None:
    """One log line per refused call: who, from where, what, why; never the credentials."""
    who = principal.email if principal else "-"
    log.warning("refused %d %s %s from %s (%s): %s", status, request.method, request.url.path,
                limits.source_of(request), who, reason)


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    if status == 401:
        headers = {**(headers or {}), "www-authenticate": "Bearer"}
    return JSONResponse({"error": message}, status_code=status, headers=headers)


def api(handler: Handler, *, public: bool = False) -> Callable[[Request], Awaitable[Response]]:
    """Wrap a sync handler: run it in a worker thread with a database, a principal, JSON errors.

    The caller is authenticated before a byte of the body is read, and the
    body is capped at :data:`limits.MAX_BODY`. Pairing attempts and refused
    credentials are limited per source address.
    """
    from starlette.concurrency import run_in_threadpool

    async def endpoint(request: Request) -> Response:
        request.state.principal = None
        request.state.result = None
        response = await respond(request)
        if response.status_code == 429:
            # Throttled before any credential or data was looked at (and logged as refused):
            # a flood from one address must not grow the audit without bound.
            return response
        try:
            await run_in_threadpool(_audit, request, response.status_code)
        except Exception:       # no answer that was not logged
            log.exception("could not write the access audit for %s %s", request.method,
                          request.url.path)
            return _error(503, "the access audit could not be written; try again")
        return response

    async def respond(request: Request) -> Response:
        state = request.app.state
        source = limits.source_of(request)
        throttle: limits.Throttle = state.pair_throttle if public else state.sign_in_throttle
        if throttle.exhausted(source):
            _refused(request, 429, "too many attempts from this address")
            return _error(429, "too many attempts from this address; wait a minute and try again",
                          {"retry-after": str(throttle.retry_after(source))})
        if public:
            throttle.hit(source)

        def who() -> auth.Principal | None:
            if public:
                return None
            return auth.authenticate(state.dbs.get(), state.settings,
                                     request.headers.get("authorization"))

        principal: auth.Principal | None = None
        try:
            principal = await run_in_threadpool(who)
            request.state.principal = principal
            for name, value in request.path_params.items():
                if isinstance(value, int):
                    _int(value, name)       # an id past SQLite's integers is a 400, not a 500
            body: Any = None
            if request.method == "POST":
                raw = await limits.read_body(request)
                try:
                    body = json.loads(raw) if raw else {}
                except ValueError:
                    return _error(400, "the request body is not JSON")
                if not isinstance(body, dict):
                    return _error(400, "the request body must be a JSON object")
            request.state.body = body or {}

            def run() -> Any:
                return handler(request, state.dbs.get(), state.settings, principal)  # type: ignore[arg-type]

            result = await run_in_threadpool(run)
            request.state.result = result
        except limits.BodyTooLarge as exc:
            _refused(request, 413, str(exc), principal)
            return _error(413, str(exc))
        except DealtrailError as exc:
            status = _status_for(exc)
            if status == 500:
                log.exception("request %s %s failed", request.method, request.url.path)
            if status == 401 and not public:
                throttle.hit(source)
            if status in (401, 403, 404):
                _refused(request, status, str(exc), principal)
            return _error(status, str(exc))
        return JSONResponse(result)

    return endpoint


def _audit(request: Request, status: int) -> None:
    """One access-audit entry per API call, written after the answer is known (see
    :mod:`dealtrail.audit`): who, from where, the route and the client it was about."""
    principal: auth.Principal | None = request.state.principal
    route = request.scope.get("route")
    params = dict(request.path_params)
    body = getattr(request.state, "body", None) or {}
    for name in ("client_id", "deal_id"):       # the ids a POST names; never its text
        if name not in params and _as_id(body.get(name)) is not None:
            params[name] = _as_id(body[name])
    if params.get("client_id") is None and _client_in(request.state.result) is not None:
        params["client_id"] = _client_in(request.state.result)
    params.update({k: v for k, v in request.query_params.items() if k in AUDITED_QUERY})
    db = request.app.state.dbs.get()
    client_id = params.get("client_id")
    if client_id is None and params.get("deal_id") is not None:
        found = db.conn.execute("SELECT client_id FROM deals WHERE id = ?",
                                (_as_id(params["deal_id"]),)).fetchone()
        client_id = found[0] if found else None
    audit.record(db, actor=principal.email if principal else "-", channel="api",
                 source=limits.source_of(request),
                 action=f"{request.method} {getattr(route, 'path', request.url.path)}",
                 client_id=_as_id(client_id), detail=audit.detail_json(params), status=status)


def _client_in(result: Any) -> Any:
    """The client an answer was about: the pane's and a message's ``client``, an evidence
    item's or a deal's client."""
    if not isinstance(result, dict):
        return None
    if isinstance(result.get("client"), dict):
        return result["client"].get("id")
    for key in ("violation", "complaint", "deal"):
        inner = result.get(key)
        if isinstance(inner, dict):
            if inner.get("client_id") is not None:
                return inner["client_id"]
            if isinstance(inner.get("client"), dict):
                return inner["client"].get("id")
    return None


# Query parameters worth keeping in the audit: report options, never addresses or text.
AUDITED_QUERY = ("period", "manager", "product", "metric", "by", "limit", "offset")


def _as_id(value: Any) -> int | None:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if 0 <= number <= MAX_ID else None


MAX_ID = 2**63 - 1       # the largest id SQLite stores


def _int(value: Any, what: str) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise BadRequest(f"{what} must be a whole number, got {value!r}") from None
    if not 0 <= number <= MAX_ID:
        raise BadRequest(f"{what} {number} is out of range; use an id from 0 to {MAX_ID}")
    return number


# --- handlers: parse, call, return -------------------------------------------------------------

def h_pair(request: Request, db: Any, settings: Settings, _: Any) -> dict[str, Any]:
    issued = auth.pair(db, str(request.state.body.get("code", "")), settings,
                       request.headers.get("authorization"))
    return {"token": issued.token, "expires_at": issued.expires_at, "user": issued.principal.as_dict()}


def h_me(request: Request, db: Any, settings: Settings, me: auth.Principal) -> dict[str, Any]:
    return {"user": me.as_dict(), "stages": list(settings.pipeline.stages)}


def h_pane(request: Request, db: Any, settings: Settings, me: auth.Principal) -> dict[str, Any]:
    addresses = request.query_params.getlist("email")
    return pane_data.client_context(db, settings, me, addresses)


def h_client(request: Request, db: Any, settings: Settings, me: auth.Principal) -> dict[str, Any]:
    return pane_data.client_by_id(db, settings, me, _int(request.path_params["client_id"], "client"))


def h_team(request: Request, db: Any, settings: Settings, me: auth.Principal) -> dict[str, Any]:
    return pane_data.team_view(db, settings, me)


def h_stage(request: Request, db: Any, settings: Settings, me: auth.Principal) -> dict[str, Any]:
    return actions.set_stage(db, settings, me, request.path_params["deal_id"],
                             str(request.state.body.get("stage", "")))


def h_next(request: Request, db: Any, settings: Settings, me: auth.Principal) -> dict[str, Any]:
    return actions.set_next_contact(db, settings, me, request.path_params["deal_id"],
                                    str(request.state.body.get("date", "")))


def h_won(request: Request, db: Any, settings: Settings, me: auth.Principal) -> dict[str, Any]:
    body = request.state.body
    return actions.record_won(db, settings, me, request.path_params["deal_id"],
                              body.get("amount_minor"), body.get("currency"))


def h_note(request: Request, db: Any, settings: Settings, me: auth.Principal) -> dict[str, Any]:
    return actions.add_note(db, settings, me, request.path_params["deal_id"],
                            str(request.state.body.get("text", "")))


def h_complaint(request: Request, db: Any, settings: Settings, me: auth.Principal) -> dict[str, Any]:
    body = request.state.body
    deal = body.get("deal_id")
    return actions.log_complaint(db, settings, me, _int(body.get("client_id"), "client_id"),
                                 str(body.get("text", "")),
                                 None if deal in (None, "") else _int(deal, "deal_id"))


def h_call(request: Request, db: Any, settings: Settings, me: auth.Principal) -> dict[str, Any]:
    body = request.state.body
    return actions.log_call(db, settings, me, _int(body.get("client_id"), "client_id"),
                            str(body.get("note", "")), str(body.get("when", "") or ""),
                            str(body.get("direction", "out") or "out"))


def h_dashboard(request: Request, db: Any, settings: Settings, me: auth.Principal) -> dict[str, Any]:
    return dashboard_data.section(db, settings, me, request.path_params["section"],
                                  dict(request.query_params))


def h_message(request: Request, db: Any, settings: Settings, me: auth.Principal) -> dict[str, Any]:
    return evidence.message(db, settings, me, _int(request.path_params["message_id"], "message"))


def h_violation_evidence(request: Request, db: Any, settings: Settings,
                         me: auth.Principal) -> dict[str, Any]:
    return evidence.violation_evidence(db, settings, me,
                                       _int(request.path_params["violation_id"], "violation"))


def h_complaint_evidence(request: Request, db: Any, settings: Settings,
                         me: auth.Principal) -> dict[str, Any]:
    return evidence.complaint_evidence(db, settings, me,
                                       _int(request.path_params["complaint_id"], "complaint"))


def h_deal_timeline(request: Request, db: Any, settings: Settings,
                    me: auth.Principal) -> dict[str, Any]:
    return evidence.deal_timeline(db, settings, me, _int(request.path_params["deal_id"], "deal"))


def _admin(me: auth.Principal) -> None:
    if not access.manages_users(me):
        raise PermissionDenied("managing users needs the admin role (role = \"admin\" in [[managers]])")


def h_users(request: Request, db: Any, settings: Settings, me: auth.Principal) -> dict[str, Any]:
    _admin(me)
    return {"users": auth.list_users(db)}


def h_invite(request: Request, db: Any, settings: Settings, me: auth.Principal) -> dict[str, Any]:
    _admin(me)
    made = auth.invite(db, settings, str(request.state.body.get("email", "")))
    return {"email": made.email, "code": made.code, "expires_at": made.expires_at}


def h_revoke(request: Request, db: Any, settings: Settings, me: auth.Principal) -> dict[str, Any]:
    _admin(me)
    return {"revoked": auth.revoke(db, str(request.state.body.get("email", "")))}


async def page_root(request: Request) -> Response:
    return RedirectResponse("/dashboard", status_code=302)


async def page_dashboard(request: Request) -> Response:
    return FileResponse(STATIC / "dashboard" / "index.html")


async def page_evidence(request: Request) -> Response:
    return FileResponse(STATIC / "dashboard" / "evidence.html")


_LINK_PAGE = {
    "en": ("This link has expired", "Links in a digest open for a limited time. Sign in to the "
           "dashboard to see the item.", "Sign in to the dashboard",
           "This link does not open anything", "It is damaged or was not made by this server."),
    "ru": ("Срок действия ссылки истёк", "Ссылки из дайджеста открываются ограниченное время. "
           "Войдите в панель, чтобы увидеть запись.", "Войти в панель",
           "Эта ссылка ничего не открывает", "Она повреждена или выдана не этим сервером."),
}


def _link_page(request: Request, expired: bool) -> HTMLResponse:
    """The page a digest link shows when it cannot open its target (RU/EN by the browser)."""
    lang = "ru" if request.headers.get("accept-language", "").lower().startswith("ru") else "en"
    words = _LINK_PAGE[lang]
    title, text = (words[0], words[1]) if expired else (words[3], words[4])
    body = (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>dealtrail — {html.escape(title)}</title>'
            '<link rel="stylesheet" href="/static/common/base.css"></head><body>'
            f'<main id="link-page" class="state"><h1>{html.escape(title)}</h1>'
            f'<p>{html.escape(text)}</p><p><a id="sign-in" href="/dashboard">'
            f'{html.escape(words[2])}</a></p></main></body></html>')
    return HTMLResponse(body, status_code=410 if expired else 404)


async def page_go(request: Request) -> Response:
    """A signed digest link: open its dashboard page, or say why it cannot."""
    secret = request.app.state.settings.server.link_secret
    if secret is None:
        return _link_page(request, expired=False)
    try:
        target = links.open_link(secret.get("server.link_secret"), request.path_params["token"])
    except LinkExpired:
        return _link_page(request, expired=True)
    except BadRequest:
        return _link_page(request, expired=False)
    return RedirectResponse(target, status_code=303)


async def page_help(request: Request) -> Response:
    return FileResponse(STATIC / "help.html")


async def health(request: Request) -> Response:
    return JSONResponse({"ok": True})


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def create_app(settings: Settings, db_path: str | Path) -> Starlette:
    """The ASGI application serving the pane, the dashboard and the API for ``db_path``."""
    routes = [
        Route("/", page_root),
        Route("/help", page_help),
        Route("/healthz", health),
        Route("/dashboard", page_dashboard),
        Route("/dashboard/evidence", page_evidence),
        Route("/go/{token}", page_go),
        Mount("/pane", StaticFiles(directory=STATIC / "pane", html=True)),
        Mount("/static", StaticFiles(directory=STATIC)),
        Route("/api/pair", api(h_pair, public=True), methods=["POST"]),
        Route("/api/me", api(h_me)),
        Route("/api/pane", api(h_pane)),
        Route("/api/clients/{client_id:int}", api(h_client)),
        Route("/api/team", api(h_team)),
        Route("/api/deals/{deal_id:int}/stage", api(h_stage), methods=["POST"]),
        Route("/api/deals/{deal_id:int}/next-contact", api(h_next), methods=["POST"]),
        Route("/api/deals/{deal_id:int}/won", api(h_won), methods=["POST"]),
        Route("/api/deals/{deal_id:int}/note", api(h_note), methods=["POST"]),
        Route("/api/complaints", api(h_complaint), methods=["POST"]),
        Route("/api/calls", api(h_call), methods=["POST"]),
        Route("/api/dashboard/{section}", api(h_dashboard)),
        Route("/api/messages/{message_id:int}", api(h_message)),
        Route("/api/deals/{deal_id:int}/timeline", api(h_deal_timeline)),
        Route("/api/violations/{violation_id:int}/evidence", api(h_violation_evidence)),
        Route("/api/complaints/{complaint_id:int}/evidence", api(h_complaint_evidence)),
        Route("/api/users", api(h_users)),
        Route("/api/users/invite", api(h_invite), methods=["POST"]),
        Route("/api/users/revoke", api(h_revoke), methods=["POST"]),
    ]
    middleware = [
        Middleware(SecurityHeaders),
        Middleware(CORSMiddleware, allow_origins=[origin_of(settings.server.public_url)],
                   allow_methods=["GET", "POST"], allow_headers=["Authorization", "Content-Type"],
                   max_age=600),
    ]
    dbs = Databases(Path(db_path), settings)

    @contextlib.asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        yield
        dbs.close()

    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan)
    app.state.settings = settings
    app.state.dbs = dbs
    app.state.pair_throttle = limits.Throttle(*limits.PAIR_ATTEMPTS)
    app.state.sign_in_throttle = limits.Throttle(*limits.FAILED_SIGN_INS)
    return app
