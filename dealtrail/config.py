"""Settings: one frozen, typed object loaded from ``dealtrail.toml``.

Order of precedence: the TOML file, then environment variables
(``DEALTRAIL_DB`` for the database path, ``DEALTRAIL_CONFIG`` for the file),
then CLI flags. Secrets are never written in the file: they are references
such as ``password = {env = "IMAP_PASSWORD"}`` or ``{command = "pass show x"}``
and are read only when a connector needs them. A wrong key, type or missing
secret raises :class:`ConfigError` naming the key and what is allowed.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import subprocess
import tomllib
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from . import lang
from .errors import ConfigError, SecretMissing
from .messages import Msg

log = logging.getLogger(__name__)

# Allowed values are Literal types: the loader checks them ("is not one of ...").
Locale = Literal["ru", "en"]
Purpose = Literal["manager", "tags"]   # a manager's own mailbox, or where tag commands land

DEFAULT_STAGES = ("lead", "qualified", "proposal", "negotiation", "contract", "won", "lost")
DEFAULT_STAGE_PROBABILITIES = {
    "lead": 0.05, "qualified": 0.2, "proposal": 0.4, "negotiation": 0.6, "contract": 0.85,
    "won": 1.0, "lost": 0.0,
}
# What people see for each stage; a stage added in [pipeline] stages gets its labels in
# [pipeline.labels_en] and [pipeline.labels_ru] (the code itself is shown until it has one).
DEFAULT_STAGE_LABELS_EN = {
    "lead": "Lead", "qualified": "Qualified", "proposal": "Proposal", "negotiation": "Negotiation",
    "contract": "Contract", "won": "Won", "lost": "Lost",
}
DEFAULT_STAGE_LABELS_RU = {
    "lead": "Лид", "qualified": "Квалификация", "proposal": "Предложение",
    "negotiation": "Переговоры", "contract": "Договор", "won": "Выиграно", "lost": "Проиграно",
}


@dataclass(frozen=True)
class Secret:
    """A reference to a secret; its value is read on demand and never printed.

    Calling it reads the value, so a connector holds it as ``Callable[[], str]``;
    ``where`` is the config key it came from, for the error when it is missing.
    """

    env: str = ""
    command: str = ""
    where: str = field(default="", compare=False)

    def __call__(self) -> str:
        return self.get(self.where)

    def get(self, where: str = "") -> str:
        """Read the secret now; raise SecretMissing naming the reference when unavailable."""
        if self.env:
            value = os.environ.get(self.env)
            if not value:
                raise SecretMissing(Msg("secret_env_unset", where=where or "secret", env=self.env))
            return value
        try:
            done = subprocess.run(self.command, shell=True, capture_output=True, text=True,
                                  timeout=30, check=True)
        except (subprocess.SubprocessError, OSError) as exc:
            raise SecretMissing(Msg("secret_command_failed", where=where or "secret",
                                    detail=str(exc))) from None
        return done.stdout.strip()

    def __repr__(self) -> str:
        return f"Secret({'env=' + self.env if self.env else 'command=***'}, value=***)"

    __str__ = __repr__


@dataclass(frozen=True)
class Company:
    name: str = "My company"
    internal_domains: tuple[str, ...] = ()
    base_currency: str = "RUB"
    country: str = "RU"
    timezone: str = "Europe/Moscow"
    locale: Locale = "ru"
    transferred_workdays: tuple[date, ...] = ()
    extra_holidays: tuple[date, ...] = ()
    work_start: time = time(9, 0)
    work_end: time = time(18, 0)


@dataclass(frozen=True)
class Manager:
    email: str
    name: str
    role: Literal["manager", "head", "admin"] = "manager"
    team: str = ""
    timezone: str = "Europe/Moscow"
    locale: Locale = "ru"
    digest: bool = True
    extension: str = ""                  # internal telephone extension, as the call log names it
    phone: str = ""                      # the manager's own number, as the call log may name it


@dataclass(frozen=True)
class Mailbox:
    """One ``[[mailboxes]]`` table: the keys every kind shares, and the kind's own options."""

    name: str
    kind: str
    owner: str
    enabled: bool = True
    purpose: Purpose = "manager"
    privacy: str = ""                    # overrides privacy.tier for this mailbox
    options: Any = None                  # the kind's options dataclass (MAILBOX_OPTIONS), validated


@dataclass(frozen=True)
class Product:
    code: str
    # One name is enough: an English-only team writes name_en, a Russian one name_ru; the
    # other language shows the same name (filled in when the config is read).
    name_en: str = ""
    name_ru: str = ""
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Clients:
    directory: str = ""                  # CSV/XLSX: client, domains, owner, segment
    auto_create: bool = True


@dataclass(frozen=True)
class Imports:
    plans: str = ""                      # CSV/XLSX plans file
    sales: tuple[str, ...] = ()          # CSV/XLSX accounting exports
    deals: str = ""                      # CSV/XLSX export of deals from a CRM (1C, Bitrix24, amoCRM)
    deals_columns: Mapping[str, str] = field(default_factory=dict)  # column -> header in the file
    deals_stages: Mapping[str, str] = field(default_factory=dict)   # CRM stage name -> stage
    calls: str = ""                      # CSV/XLSX call log exported by the telephony
    calls_columns: Mapping[str, str] = field(default_factory=dict)  # column -> header in the file
    every_minutes: int = 60              # `dealtrail run` re-imports changed files this often
    fx_rates: Mapping[str, float] = field(default_factory=dict)   # currency -> base units


@dataclass(frozen=True)
class Pipeline:
    stages: tuple[str, ...] = DEFAULT_STAGES
    probabilities: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_STAGE_PROBABILITIES))
    lost_after_days: int = 60            # an inferred negotiation this long silent is lost (0: never)
    labels_en: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_STAGE_LABELS_EN))
    labels_ru: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_STAGE_LABELS_RU))

    def label(self, stage: str, locale: str) -> str:
        """The stage as people read it in ``locale`` (its code when no label is configured)."""
        own = self.labels_ru if locale == "ru" else self.labels_en
        defaults = DEFAULT_STAGE_LABELS_RU if locale == "ru" else DEFAULT_STAGE_LABELS_EN
        return own.get(stage) or defaults.get(stage) or stage

    def labelled(self) -> list[dict[str, str]]:
        """The stages in pipeline order with their labels, as the pane and dashboard get them."""
        return [{"code": s, "en": self.label(s, "en"), "ru": self.label(s, "ru")} for s in self.stages]


@dataclass(frozen=True)
class Smtp:
    host: str = ""                       # empty: no outbound mail (digests are written to files)
    port: int = 25
    security: Literal["none", "starttls", "ssl"] = "none"
    username: str = ""
    password: Secret | None = None
    ca_file: str = ""
    timeout: float = 30.0


# The days of the week as the settings name them, Monday first (date.weekday() indexes it).
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAYS: tuple[str, ...] = typing.get_args(Weekday)


@dataclass(frozen=True)
class Digest:
    enabled: bool = True
    send_at: time = time(8, 30)          # each recipient's local time
    weekly_day: Weekday = "mon"
    sender: str = ""                     # From: address of digests and confirmations
    tag_address: str = ""                # Reply-To: replies come back as tag commands
    opt_out: tuple[str, ...] = ()
    out_dir: str = ""                    # also write each digest as an HTML file here


@dataclass(frozen=True)
class Tags:
    address: str = ""                    # the address tag commands are sent to
    # (where they land is the [[mailboxes]] entry with purpose = "tags", not a setting here)
    trust: Literal["sent-folder", "authentication-results"] = "sent-folder"
    auth_domain: str = ""                # with authentication-results: DKIM/SPF must pass for it
    authserv_id: str = ""                # ... in the header the receiving server writes (its id)
    pending_hours: float = 24.0          # wait this long for the Sent copy, then reject


@dataclass(frozen=True)
class Server:
    host: str = "127.0.0.1"
    port: int = 8443
    public_url: str = "https://localhost:8443"
    link_secret: Secret | None = None    # signs the digest's links to the dashboard (HMAC)
    link_days: int = 14                  # how long a digest's links open
    cert_file: str = ""
    key_file: str = ""
    entra_jwks_url: str = ""
    entra_tenant: str = ""               # the tid every Entra token must carry
    entra_audience: str = ""
    entra_issuer: str = ""


@dataclass(frozen=True)
class Schedule:
    index_every_minutes: int = 10
    jitter_seconds: int = 60
    message_seconds: float = 20.0        # budget to read one message; over it: headers only


#: What is written to disk from a message, least first (see docs/privacy.md).
Tier = Literal["metadata", "facts", "full"]
PRIVACY_TIERS: tuple[str, ...] = typing.get_args(Tier)


@dataclass(frozen=True)
class Privacy:
    tier: Tier = "facts"
    skip_private: bool = True            # Sensitivity: Private/Personal mail is never read
    exclude_folders: tuple[str, ...] = ()   # folder names (shell patterns) never read
    deny: tuple[str, ...] = ()           # addresses or @domains whose mail is never read
    only_clients: bool = False           # read only mail with a client domain or address
    text_days: Mapping[str, int] = field(default_factory=dict)  # tier -> days text is kept

    def tier_of(self, mailbox: Mailbox | None) -> str:
        """The tier a mailbox's messages are stored at."""
        return (mailbox.privacy if mailbox is not None and mailbox.privacy else self.tier)


@dataclass(frozen=True)
class Motivation:
    base_rate: float = 0.01
    accelerators: tuple[tuple[float, float], ...] = ((1.0, 0.015), (1.2, 0.02))
    cap: float = 0.0                     # 0 = no cap


@dataclass(frozen=True)
class Settings:
    """Everything dealtrail needs to run, validated, immutable."""

    company: Company = field(default_factory=Company)
    managers: tuple[Manager, ...] = ()
    mailboxes: tuple[Mailbox, ...] = ()
    products: tuple[Product, ...] = ()
    clients: Clients = field(default_factory=Clients)
    imports: Imports = field(default_factory=Imports)
    pipeline: Pipeline = field(default_factory=Pipeline)
    rules: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    digest: Digest = field(default_factory=Digest)
    smtp: Smtp = field(default_factory=Smtp)
    tags: Tags = field(default_factory=Tags)
    server: Server = field(default_factory=Server)
    schedule: Schedule = field(default_factory=Schedule)
    motivation: Motivation = field(default_factory=Motivation)
    privacy: Privacy = field(default_factory=Privacy)
    database: str = "dealtrail.db"
    base_dir: Path = Path(".")

    def manager(self, email: str) -> Manager | None:
        email = email.lower()
        return next((m for m in self.managers if m.email == email), None)

    def product_name(self, code: str | None, locale: str) -> str:
        """A product's name in ``locale`` from ``[[products]]`` (its code when it is not listed)."""
        product = next((p for p in self.products if p.code == code), None)
        if product is None:
            return code or ""
        return (product.name_ru if locale == "ru" else product.name_en) or product.name_en

    def product_words(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """Each product's code with every word it goes by: code, names and aliases."""
        return tuple((p.code, (p.code, p.name_en, p.name_ru, *p.aliases)) for p in self.products)

    def path(self, relative: str) -> Path:
        """A path from the config, relative to the config file's folder."""
        p = Path(relative).expanduser()
        return p if p.is_absolute() else self.base_dir / p

    @property
    def database_path(self) -> Path:
        return self.path(os.environ.get("DEALTRAIL_DB") or self.database)


# ------------------------------------------------------------------ mailbox kinds
#
# Each mailbox kind's settings are declared once, by its connector's options
# dataclass: the fields are the [[mailboxes]] keys, their types and defaults;
# a field without a default is required; ``Literal[...]`` lists allowed values;
# ``path_field`` marks a file or folder (resolved from the config's folder and
# checked by ``dealtrail check``); ``internal_field`` marks a value the
# connector fills in itself; an optional ``validate(where)`` method checks
# rules across fields. Connectors register their dataclass here (the indexer
# package does so when imported: see indexer/options.py); the kernel never
# imports them, so the dependency arrow stays indexer -> dealtrail.
MAILBOX_OPTIONS: dict[str, type] = {}


def register_mailbox_kind(kind: str, options: type) -> None:
    """Declare a mailbox kind and the options dataclass that is the schema of its settings."""
    if not dataclasses.is_dataclass(options):
        raise TypeError(f"mailbox kind {kind}: {options!r} is not a dataclass")
    MAILBOX_OPTIONS[kind] = options


def path_field(kind: str = "file", *, private: bool = False, required: bool = False) -> Any:
    """A setting naming a file ("file"), folder ("dir") or either ("any"); ``private``: a key."""
    meta = {"path": kind, "private": private}
    return field(metadata=meta) if required else field(default="", metadata=meta)


def internal_field(default: Any) -> Any:
    """An options field that is not a setting: the connector fills it in."""
    return field(default=default, metadata={"internal": True})


def options_paths(options: Any) -> list[tuple[str, str, str, bool]]:
    """(key, path, "file" | "dir" | "any", holds a private key) of each path setting that is set."""
    found = []
    for f in dataclasses.fields(options):
        value = getattr(options, f.name)
        if "path" in f.metadata and value:
            found.append((f.name, str(value), f.metadata["path"], f.metadata["private"]))
    return found


def options_secrets(options: Any) -> list[tuple[str, Secret]]:
    """(key, reference) of each secret setting that is set."""
    return [(f.name, getattr(options, f.name)) for f in dataclasses.fields(options)
            if isinstance(getattr(options, f.name), Secret)]


MAILBOX_COMMON = {"name", "kind", "owner", "enabled", "purpose", "privacy"}



def load(path: str | os.PathLike[str] | None = None, *, overrides: Mapping[str, Any] | None = None
         ) -> Settings:
    """Load and validate ``dealtrail.toml`` (or ``$DEALTRAIL_CONFIG``)."""
    where = Path(path or os.environ.get("DEALTRAIL_CONFIG") or "dealtrail.toml")
    try:
        raw = tomllib.loads(where.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(Msg("config_not_found", where=str(where))) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(Msg("config_not_toml", where=str(where), detail=str(exc))) from None
    except UnicodeDecodeError:
        raise ConfigError(Msg("config_not_utf8", where=str(where))) from None
    if overrides:
        raw.update(overrides)
    return from_mapping(raw, base_dir=where.resolve().parent, source=str(where))


def from_mapping(raw: Mapping[str, Any], *, base_dir: Path = Path("."), source: str = "config"
                 ) -> Settings:
    """Validate a parsed TOML mapping into :class:`Settings`."""
    data = dict(raw)
    tags = data.get("tags")
    if isinstance(tags, Mapping) and "mailbox" in tags:
        # Older templates wrote `[tags] mailbox = "tags"`, which nothing ever read: the tags
        # mailbox is the one marked purpose = "tags". Say so once instead of refusing a config
        # that worked.
        data["tags"] = {k: v for k, v in tags.items() if k != "mailbox"}
        log.warning("%s", Msg("config_tags_mailbox_gone").said(lang.operator()))
    mailboxes = tuple(_mailbox(m, i, base_dir)
                      for i, m in enumerate(_list(data.pop("mailboxes", []), "mailboxes")))
    rules = data.pop("rules", {})
    if not isinstance(rules, Mapping) or not all(isinstance(v, Mapping) for v in rules.values()):
        raise ConfigError(Msg("config_rules_tables"))
    if "managers" in data:
        data["managers"] = _with_company_defaults(data["managers"], data.get("company"))
    settings = _build(Settings, data, "", exclude={"mailboxes", "rules", "base_dir"},
                      listed={"mailboxes", "rules"})
    settings = dataclasses.replace(settings, mailboxes=mailboxes, rules=dict(rules),
                                   base_dir=base_dir)
    _cross_check(settings)
    return settings


def _with_company_defaults(managers: Any, company: Any) -> Any:
    """A manager who sets no ``timezone`` or ``locale`` has the company's: a company in
    Berlin is not in Moscow because its managers did not repeat the zone."""
    if not isinstance(managers, list) or not isinstance(company, Mapping):
        return managers
    inherited = {key: company[key] for key in ("timezone", "locale") if key in company}
    return [{**inherited, **m} if isinstance(m, Mapping) else m for m in managers]


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise ConfigError(Msg("config_list_of_tables", where=where))
    return value


def _mailbox(raw: Any, index: int, base_dir: Path) -> Mailbox:
    where = f"mailboxes[{index}]"
    if not isinstance(raw, Mapping):
        raise ConfigError(Msg("config_table", where=where))
    name = raw.get("name")
    if not isinstance(name, str) or not name:
        raise ConfigError(Msg("config_mailbox_name", where=where))
    where = f"mailboxes.{name}"
    kind = raw.get("kind")
    schema = MAILBOX_OPTIONS.get(kind) if isinstance(kind, str) else None
    if schema is None or not isinstance(kind, str):
        raise ConfigError(Msg("config_mailbox_kind", where=where, kind=kind,
                              kinds=", ".join(MAILBOX_OPTIONS) or Msg("config_no_connectors")))
    owner = raw.get("owner")
    if not isinstance(owner, str) or "@" not in owner:
        raise ConfigError(Msg("config_mailbox_owner", where=where))
    purpose = _coerce(raw.get("purpose", "manager"), Purpose, f"{where}.purpose")
    enabled = raw.get("enabled", True)
    if not isinstance(enabled, bool):
        raise ConfigError(Msg("config_bool", where=f"{where}.enabled"))
    privacy = raw.get("privacy", "")
    if privacy and privacy not in PRIVACY_TIERS:
        raise ConfigError(Msg("config_one_of", where=f"{where}.privacy", value=privacy,
                              allowed=", ".join(PRIVACY_TIERS)))
    internal = {f.name for f in dataclasses.fields(schema) if f.metadata.get("internal")}
    own = {k: v for k, v in raw.items() if k not in MAILBOX_COMMON}
    options = _build(schema, own, where, exclude=internal, listed=MAILBOX_COMMON,
                     kind=kind)
    resolved = {}
    for key, value, _, _ in options_paths(options):
        path = Path(value).expanduser()
        resolved[key] = str(path if path.is_absolute() else base_dir / path)
    options = dataclasses.replace(options, **resolved) if resolved else options
    check = getattr(options, "validate", None)
    if check is not None:
        check(where)
    return Mailbox(name=name, kind=kind, owner=owner.lower(), enabled=enabled, purpose=purpose,
                   privacy=privacy, options=options)


def _build(cls: type, raw: Any, where: str, exclude: set[str] = frozenset(),  # type: ignore[assignment]
           listed: set[str] = frozenset(),  # type: ignore[assignment]
           kind: str = "") -> Any:
    """``cls`` from the table ``raw``; ``kind`` names the mailbox kind whose settings these are."""
    if not isinstance(raw, Mapping):
        raise ConfigError(Msg("config_table", where=where or "config"))
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls) if f.name not in exclude}
    values: dict[str, Any] = {}
    for key, value in raw.items():
        name = f"{where}.{key}" if where else key
        if key not in fields:
            allowed = ", ".join(sorted(set(fields) | listed))
            raise ConfigError(Msg("config_unknown_setting", where=name, kind=kind, allowed=allowed)
                              if kind else Msg("config_unknown_key", where=name, allowed=allowed))
        values[key] = _coerce(value, hints[key], name)
    for f in fields.values():
        needed = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        if needed and f.name not in values:
            raise ConfigError(Msg("config_required_for_kind", where=f"{where}.{f.name}", kind=kind)
                              if kind else Msg("config_required", where=f"{where}.{f.name}"))
    return cls(**values)


def _coerce(value: Any, hint: Any, where: str) -> Any:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        inner = [a for a in args if a is not type(None)]
        return _coerce(value, inner[0], where)
    if origin is typing.Literal:
        if value not in args:
            raise ConfigError(Msg("config_one_of", where=where, value=value,
                                  allowed=", ".join(map(str, args))))
        return value
    if hint is Secret:
        if isinstance(value, Mapping) and set(value) <= {"env", "command"} and len(value) == 1:
            return Secret(env=str(value.get("env", "")), command=str(value.get("command", "")),
                          where=where)
        raise ConfigError(Msg("config_secret_inline", where=where))
    if hint is Any:
        return value
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _build(hint, value, where)
    if hint is bool:
        if not isinstance(value, bool):
            raise ConfigError(Msg("config_expected_bool", where=where, value=value))
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(Msg("config_expected_int", where=where, value=value))
        return value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(Msg("config_expected_number", where=where, value=value))
        return float(value)
    if hint is str:
        if not isinstance(value, str):
            raise ConfigError(Msg("config_expected_text", where=where, value=value))
        return value
    if hint is time:
        if isinstance(value, time):
            return value
        try:
            return time.fromisoformat(str(value))
        except ValueError:
            raise ConfigError(Msg("config_expected_time", where=where, value=value)) from None
    if hint is date:
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            raise ConfigError(Msg("config_expected_date", where=where, value=value)) from None
    if hint is list:
        if not isinstance(value, list):
            raise ConfigError(Msg("config_expected_list", where=where, value=value))
        return tuple(value)
    if origin is tuple:
        if not isinstance(value, list):
            raise ConfigError(Msg("config_expected_list", where=where, value=value))
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_coerce(v, args[0], f"{where}[{i}]") for i, v in enumerate(value))
        return tuple(value)
    if origin in (Mapping, dict) or hint is dict:
        if not isinstance(value, Mapping):
            raise ConfigError(Msg("config_expected_table", where=where, value=value))
        if args:
            return {k: _coerce(v, args[1], f"{where}.{k}") for k, v in value.items()}
        return dict(value)
    if hint is Path:
        return Path(str(value))
    return value


def _cross_check(s: Settings) -> None:
    try:
        ZoneInfo(s.company.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(Msg("config_company_timezone", value=s.company.timezone)) from None
    emails: set[str] = set()
    for i, m in enumerate(s.managers):
        if "@" not in m.email:
            raise ConfigError(Msg("config_not_email", where=f"managers[{i}].email", value=m.email))
        if m.email.lower() in emails:
            raise ConfigError(Msg("config_listed_twice", where=f"managers[{i}].email", value=m.email))
        emails.add(m.email.lower())
        try:
            ZoneInfo(m.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ConfigError(Msg("config_unknown_timezone", where=f"managers[{i}].timezone",
                                  value=m.timezone)) from None
    object.__setattr__(s, "managers", tuple(dataclasses.replace(m, email=m.email.lower())
                                            for m in s.managers))
    names: set[str] = set()
    for mb in s.mailboxes:
        if mb.name in names:
            raise ConfigError(Msg("config_name_twice", where=f"mailboxes.{mb.name}"))
        names.add(mb.name)
        if mb.owner not in emails and mb.purpose == "manager":
            raise ConfigError(Msg("config_owner_not_manager", where=f"mailboxes.{mb.name}.owner",
                                  owner=mb.owner))
    if s.tags.trust == "authentication-results":
        for key in ("auth_domain", "authserv_id"):
            if not getattr(s.tags, key).strip():
                raise ConfigError(Msg("config_tags_trust", where=f"tags.{key}"))
    entra = {k: getattr(s.server, f"entra_{k}") for k in ("jwks_url", "tenant", "audience", "issuer")}
    if any(entra.values()) and not all(entra.values()):
        missing = ", ".join(f"server.entra_{k}" for k, v in entra.items() if not v)
        raise ConfigError(Msg("config_entra", missing=missing))
    for entry in s.privacy.deny:
        if "@" not in entry:
            raise ConfigError(Msg("config_deny", value=entry))
    unknown_tiers = set(s.privacy.text_days) - set(PRIVACY_TIERS)
    if unknown_tiers:
        raise ConfigError(Msg("config_text_days_tiers", tiers=str(sorted(unknown_tiers)),
                              allowed=", ".join(PRIVACY_TIERS)))
    if any(d < 0 for d in s.privacy.text_days.values()):
        raise ConfigError(Msg("config_text_days_negative"))
    named = []
    for i, p in enumerate(s.products):
        if not (p.name_en.strip() or p.name_ru.strip()):
            raise ConfigError(Msg("config_product_name", where=f"products[{i}]", code=p.code))
        named.append(dataclasses.replace(p, name_en=p.name_en.strip() or p.name_ru.strip(),
                                         name_ru=p.name_ru.strip() or p.name_en.strip()))
    object.__setattr__(s, "products", tuple(named))
    codes = [p.code for p in s.products]
    if len(codes) != len(set(codes)):
        raise ConfigError(Msg("config_product_twice"))
    unknown = set(s.pipeline.probabilities) - set(s.pipeline.stages)
    if unknown:
        raise ConfigError(Msg("config_probabilities", stages=str(sorted(unknown))))
    for key in ("labels_en", "labels_ru"):
        stray = set(getattr(s.pipeline, key)) - set(s.pipeline.stages) - set(DEFAULT_STAGES)
        if stray:
            raise ConfigError(Msg("config_labels", where=f"pipeline.{key}", stages=str(sorted(stray))))
