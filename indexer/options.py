"""The settings of each mailbox kind: one options dataclass per connector, its only schema.

Each dataclass is at once what ``[[mailboxes]]`` accepts for its kind (the
kernel validates a mailbox against it when the config is loaded) and what the
connector reads: field names are the TOML keys, types and defaults live here
and nowhere else. ``internal_field`` values are not settings; the connector's
``from_mailbox`` fills them in. The connectors import their dataclass from
here; this module stays free of protocol libraries so that loading a config
costs nothing, and the ``indexer`` package registers every kind with the
kernel when it is imported.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, tzinfo
from typing import Literal

from dealtrail.config import Secret, internal_field, path_field, register_mailbox_kind
from dealtrail.errors import ConfigError
from dealtrail.messages import Msg

IMAP_BATCH = 500
IMAP_MAX_BYTES = 25 * 1024 * 1024
IMAP_TIMEOUT = 60.0
CALDAV_DAYS_BACK = 120
CALDAV_DAYS_AHEAD = 60
EXCHANGE_FOLDERS = ("inbox", "sentitems", "calendar")
GRAPH_AUTHORITY = "https://login.microsoftonline.com"
GRAPH_URL = "https://graph.microsoft.com/v1.0"


@dataclass(frozen=True)
class MaildirOptions:
    """``kind = "maildir"``: a Maildir folder (with Maildir++ subfolders)."""

    path: str = path_field("dir", required=True)


@dataclass(frozen=True)
class MboxOptions:
    """``kind = "mbox"``: one mbox file."""

    path: str = path_field("file", required=True)


@dataclass(frozen=True)
class EmlOptions:
    """``kind = "eml"``: a folder of .eml files (or one file)."""

    path: str = path_field("any", required=True)


@dataclass(frozen=True)
class IcsOptions:
    """``kind = "ics"``: a folder of .ics files (or one file)."""

    path: str = path_field("any", required=True)


@dataclass(frozen=True)
class ImapOptions:
    """``kind = "imap"``: connection and sync options of one IMAP mailbox."""

    host: str
    username: str
    port: int = 0                          # 0: 993 with tls = "implicit", else 143
    tls: Literal["implicit", "starttls", "none"] = "implicit"
    password: Secret | None = None
    oauth2_token: Secret | None = None
    ca_file: str = path_field("file")
    folders: tuple[str, ...] = ()
    skip_folders: tuple[str, ...] = ()
    batch_size: int = IMAP_BATCH
    max_message_bytes: int = IMAP_MAX_BYTES
    timeout: float = IMAP_TIMEOUT
    worker_connections: bool = True        # worker processes may open their own connections
    mailbox: str = internal_field("")
    max_retries: int = internal_field(5)
    retry_delay: float = internal_field(1.0)   # first back-off step, doubled each retry (max 30 s)
    use_qresync: bool = internal_field(True)   # False forces UID set differences for deletions

    def __post_init__(self) -> None:
        if not self.port:
            object.__setattr__(self, "port", 993 if self.tls == "implicit" else 143)

    def validate(self, where: str) -> None:
        if self.password is None and self.oauth2_token is None:
            raise ConfigError(Msg("opt_imap_secret", where=where))
        if self.batch_size < 1:
            raise ConfigError(Msg("opt_at_least_one", where=f"{where}.batch_size"))


@dataclass(frozen=True)
class CaldavOptions:
    """``kind = "caldav"``: connection and window options of one CalDAV account."""

    url: str
    username: str
    password: Secret
    ca_file: str = path_field("file")
    calendars: tuple[str, ...] = ()        # display names or URLs; empty = all
    window_days_back: int = CALDAV_DAYS_BACK
    window_days_ahead: int = CALDAV_DAYS_AHEAD
    mailbox: str = internal_field("")
    timeout: int = internal_field(60)
    default_tz: tzinfo = internal_field(UTC)   # the owner's zone, for floating and all-day times


@dataclass(frozen=True)
class EwsOptions:
    """``kind = "ews"``: one Exchange Server mailbox over EWS."""

    server: str = ""                       # mail.example.com, or:
    service_endpoint: str = ""             # https://mail.example.com/EWS/Exchange.asmx
    username: str = ""                     # DOMAIN\\user or UPN (not with auth = "oauth")
    password: Secret | None = None
    auth: Literal["ntlm", "basic", "oauth"] = "ntlm"
    access: Literal["delegate", "impersonation"] | None = None   # default: impersonation for oauth
    primary_smtp_address: str = ""         # the mailbox read; default: the owner
    ca_file: str = path_field("file")
    oauth_client_id: str = ""
    oauth_client_secret: Secret | None = None
    oauth_tenant_id: str = ""
    folders: tuple[str, ...] = EXCHANGE_FOLDERS
    window_days_back: int = 30
    window_days_ahead: int = 90
    mailbox_name: str = internal_field("")
    owner: str = internal_field("")

    @property
    def endpoint(self) -> str:
        return self.service_endpoint or f"https://{self.server}/EWS/Exchange.asmx"

    @property
    def address(self) -> str:
        return (self.primary_smtp_address or self.owner).lower()

    @property
    def access_type(self) -> str:
        return self.access or ("impersonation" if self.auth == "oauth" else "delegate")

    def validate(self, where: str) -> None:
        if not (self.service_endpoint or self.server):
            raise ConfigError(Msg("opt_ews_endpoint", where=where))
        if not self.endpoint.lower().startswith("https://"):
            raise ConfigError(Msg("opt_https", where=f"{where}.service_endpoint",
                                  value=self.endpoint))
        if self.auth != "oauth" and not self.username:
            raise ConfigError(Msg("opt_ews_username", where=f"{where}.username", auth=self.auth))
        if self.auth != "oauth" and self.password is None:
            raise ConfigError(Msg("opt_ews_password", where=f"{where}.password", auth=self.auth))
        if self.auth == "oauth" and not (self.oauth_client_id and self.oauth_tenant_id
                                         and self.oauth_client_secret):
            raise ConfigError(Msg("opt_ews_oauth", where=where))


@dataclass(frozen=True)
class GraphOptions:
    """``kind = "graph"``: one Microsoft 365 mailbox through Microsoft Graph."""

    tenant_id: str
    client_id: str
    client_secret: Secret | None = None
    certificate_file: str = path_field("file", private=True)   # PEM: the app's key and certificate
    certificate_thumbprint: str = ""
    certificate_key_password: Secret | None = None
    user: str = ""                         # the mailbox read; default: the owner
    folders: tuple[str, ...] = EXCHANGE_FOLDERS
    authority: str = GRAPH_AUTHORITY
    graph_url: str = GRAPH_URL
    window_days_back: int = 30
    window_days_ahead: int = 90
    ca_file: str = path_field("file")      # only behind a TLS-inspecting proxy
    mailbox_name: str = internal_field("")

    def __post_init__(self) -> None:
        object.__setattr__(self, "authority", self.authority.rstrip("/"))
        object.__setattr__(self, "graph_url", self.graph_url.rstrip("/"))
        object.__setattr__(self, "user", self.user.lower())

    def validate(self, where: str) -> None:
        for key in ("authority", "graph_url"):
            if not getattr(self, key).lower().startswith("https://"):
                raise ConfigError(Msg("opt_https", where=f"{where}.{key}", value=getattr(self, key)))
        if self.client_secret is None and not self.certificate_file:
            raise ConfigError(Msg("opt_graph_secret", where=where))


KINDS: dict[str, type] = {
    "maildir": MaildirOptions, "mbox": MboxOptions, "eml": EmlOptions, "ics": IcsOptions,
    "imap": ImapOptions, "caldav": CaldavOptions, "ews": EwsOptions, "graph": GraphOptions,
}
for _kind, _options in KINDS.items():
    register_mailbox_kind(_kind, _options)
