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
  the topmost Authentication-Results header must be the receiving server's
  own (its authserv-id is ``tags.authserv_id``) and show, outside comments,
  DKIM or SPF passing for ``tags.auth_domain``.
"""

from __future__ import annotations

import json
from typing import Any

from dealtrail.config import Settings


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
        # The tag address, and the owner of the tags mailbox the command arrived in
        # (the same address, unless tags.address was left out of the config).
        targets = {a.lower() for a in (tag_address, *(c["owner_email"] for c in copies
                                                      if c["purpose"] == "tags")) if a}
        own = next((c for c in sent if any(addressed_to(c, t) for t in targets)), None)
        if own is None:
            # The manager did send a message with this Message-ID, but not to the tag
            # address: whatever arrived there under that id is someone else's text.
            return None, "sent_copy_differs"
        return own, ""
    if settings.tags.trust == "authentication-results":
        domain = settings.tags.auth_domain.lower()
        if domain and sender.endswith("@" + domain):
            for c in copies:
                if auth_results_pass(c.get("auth_results") or "", domain,
                                     settings.tags.authserv_id):
                    return c, ""
        return None, "auth_failed"
    return None, "no_sent_copy"


def strip_comments(value: str) -> str:
    """An RFC 5322 header value without its comments (nested, with quoted pairs), in one pass.

    Text inside ``"..."`` is kept as it is; a comment becomes one space.
    """
    out: list[str] = []
    depth = 0
    quoted = False
    escaped = False
    for ch in value:
        if escaped:
            escaped = False
            if depth == 0:
                out.append(ch)
            continue
        if ch == "\\":
            escaped = True
            if depth == 0:
                out.append(ch)
        elif depth == 0 and ch == '"':
            quoted = not quoted
            out.append(ch)
        elif not quoted and ch == "(":
            if depth == 0:
                out.append(" ")
            depth += 1
        elif not quoted and ch == ")" and depth > 0:
            depth -= 1
        elif depth == 0:
            out.append(ch)
    return "".join(out)


def auth_results_pass(header: str, domain: str, authserv_id: str) -> bool:
    """Does an Authentication-Results value written by ``authserv_id`` show DKIM (header.d,
    header.i) or SPF (smtp.mailfrom) passing for ``domain``?

    Comments are dropped first (RFC 8601 section 2.2: they carry no results), and a
    header whose authserv-id is not the receiving server's proves nothing: anyone
    can write one. The writer stores the topmost header only, the one the
    receiving server added last.
    """
    domain = domain.lower()
    parts = strip_comments(header).split(";")
    words = parts[0].split()
    if not words or not authserv_id or words[0].lower() != authserv_id.lower():
        return False
    for resinfo in parts[1:]:
        tokens = resinfo.split()
        if not tokens:
            continue
        method, _, result = tokens[0].partition("=")
        if method.lower() not in ("dkim", "spf") or result.lower() != "pass":
            continue
        for token in tokens[1:]:
            key, _, value = token.partition("=")
            if key.lower() in ("header.d", "header.i", "smtp.mailfrom"):
                got = value.lower().strip('"').rpartition("@")[2]
                if got == domain or got.endswith("." + domain):
                    return True
    return False
