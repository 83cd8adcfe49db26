"""Which connector class serves which mailbox kind (imported lazily)."""

from __future__ import annotations

import importlib

from dealtrail.config import Mailbox, Settings
from dealtrail.domain import Connector
from dealtrail.errors import ConfigError
from dealtrail.messages import Msg

CONNECTORS: dict[str, str] = {
    "maildir": "indexer.files:MaildirConnector",
    "mbox": "indexer.files:MboxConnector",
    "eml": "indexer.files:EmlFolderConnector",
    "ics": "indexer.files:IcsFolderConnector",
    "imap": "indexer.imap:ImapConnector",
    "caldav": "indexer.caldav:CaldavConnector",
    "ews": "indexer.ews:EwsConnector",
    "graph": "indexer.graph:GraphConnector",
}


def make_connector(mailbox: Mailbox, settings: Settings) -> Connector:
    """Build the connector for one configured mailbox."""
    target = CONNECTORS.get(mailbox.kind)
    if target is None:
        raise ConfigError(Msg("opt_no_connector", where=f"mailboxes.{mailbox.name}.kind",
                              kind=mailbox.kind))
    module_name, cls_name = target.split(":")
    cls = getattr(importlib.import_module(module_name), cls_name)
    return cls.from_mailbox(mailbox, settings)
