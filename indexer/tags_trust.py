"""Whether a tag command is provably the sender's own, and which copy of it to act on.

Anyone can write ``From: <a manager>`` and reuse the Message-ID of a message
that manager really sent (a client received it). So trust never rests on the
Message-ID alone:

* ``tags.trust = "sent-folder"``: the manager's own Sent folder (as indexed)
  must hold a copy with that Message-ID, that copy must itself be addressed
  to the tag address (To, Cc or Bcc), and the command is read from **that
  copy's own text**, subject and references, never from the copy that
  arrived in the tag mailbox. A forged body under a real Message-ID is
  therefore never read.
* ``tags.trust = "authentication-results"``: only when no Sent copy exists;
  the receiving server's own header must show DKIM or SPF passing for
  ``tags.auth_domain``.
"""

from __future__ import annotations

import json
import re
from typing import Any

from dealtrail.config import Settings

_AR_PASS = re.compile(r"\b(dkim|spf)\s*=\s*pass\b([^;]*)", re.IGNORECASE)


def _is_sent_copy(copy: dict[str, Any], sender: str) -> bool:
    return (copy["owner_email"].lower() == sender and copy["purpose"] == "manager"
            and (copy["role"] == "sent" or copy["folder"].lower() in ("sent", "sent items")))


def addressed_to(copy: dict[str, Any], address: str) -> bool:
    """Whether a stored message lists ``address`` in To, Cc or Bcc."""
    address = address.lower()
    for column in ("to_addrs", "cc_addrs", "bcc_addrs"):
        try:
            if address in (a.lower() for a in json.loads(copy.get(column) or "[]")):
                return True
        except (TypeError, ValueError):
            continue
    return False


def trusted_copy(settings: Settings, sender: str, copies: list[dict[str, Any]], tag_address: str
                 ) -> tuple[dict[str, Any] | None, str]:
    """The copy whose text the command is read from, or ``(None, reason code)``."""
    sent = [c for c in copies if _is_sent_copy(c, sender)]
    if sent:
        own = next((c for c in sent if tag_address and addressed_to(c, tag_address)), None)
        if own is None:
            # The manager did send a message with this Message-ID, but not to the tag
            # address: whatever arrived there under that id is someone else's text.
            return None, "sent_copy_differs"
        return own, ""
    if settings.tags.trust == "authentication-results":
        domain = settings.tags.auth_domain.lower()
        if domain and sender.endswith("@" + domain):
            for c in copies:
                if auth_results_pass(c.get("auth_results") or "", domain):
                    return c, ""
        return None, "auth_failed"
    return None, "no_sent_copy"


def auth_results_pass(header: str, domain: str) -> bool:
    """Does an Authentication-Results value show DKIM (header.d) or SPF (smtp.mailfrom) passing
    for ``domain``? Only the receiving server's own header should be stored and passed here."""
    domain = domain.lower()
    for _method, props in _AR_PASS.findall(header):
        for _key, value in re.findall(r"(header\.d|header\.i|smtp\.mailfrom)\s*=\s*([^\s;]+)",
                                     props, re.IGNORECASE):
            got = value.lower().rpartition("@")[2].strip('"')
            if got == domain or got.endswith("." + domain):
                return True
    return False
