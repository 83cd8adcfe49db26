"""Which client an e-mail address (or a name) belongs to: one answer for the indexer, the pane,
tags and imports.

The indexer files every message under the client this module names for its
counterpart (:meth:`indexer.writer.Writer.client_for`, which also creates the
client when there is none yet); the Outlook pane shows the client of the
addresses of the open message, and a ``#client`` tag names one by address.
All of them look in the same places, in the same order (:func:`lookup`):

- an address at a public mail service (gmail.com, mail.ru...) is a person, not
  a company: the client the directory lists that very address for, else the
  client made for that person (key ``person:<address>``);
- any other address: the client its domain is listed for, else the one the
  nearest parent domain is listed for (``msk.corp.bank.ru`` -> ``corp.bank.ru`` ->
  ``bank.ru``: a directory lists a company's domain once, its mail comes from
  any subdomain), else the client made for the domain (key ``domain:<domain>``);
- an address at one of the company's own domains belongs to no client.

A client writing from a free-mail or personal address (gmail, mail.ru, a phone-number
address) while its company is listed by domain is tied to that company only when the mail
shows it clearly (the indexer's :meth:`indexer.writer.Writer.client_for` asks
:func:`company_named`): its signature names the company in quotes or with its legal form
(«ООО «Ромашка»», "Acme Trading LLC"), by a name of two words or more, or by the company's
own domain (www.acme.ru); a number in its signature is the company's in the directory's
``phones``; a letter of the company's own people (its domain) has the address on it; or the
manager's reply greets the company by such a name. A one-word name alone is never enough:
it may be a common word («Восток», "Summit") or a first name. The tie is the same row the
directory's own listing of the address makes (``client_domains``), so every reader after
it (pane, tags, imports) finds the company; a free-mail person no listed company claims
stays a client of its own.

A client named in words (``#client Ромашка``, a CRM or accounting export, ``forget
--client``, ``audit --client``) is looked up by :func:`clients_named`: the same name in any
case, compared in Python because SQLite's ``lower()`` folds only ASCII («Ромашка» stayed
«Ромашка»); imports and tags also accept the name as exports write it, with quotes and
legal form (:func:`client_key`: «ООО "Ромашка"» is Ромашка).
"""

from __future__ import annotations

import functools
import re
import sqlite3
from collections.abc import Callable, Iterable

from .tables import normalize_header

FREEMAIL_DOMAINS: frozenset[str] = frozenset({
    "gmail.com", "googlemail.com", "mail.ru", "yandex.ru", "yandex.com", "ya.ru", "bk.ru",
    "list.ru", "inbox.ru", "internet.ru", "outlook.com", "hotmail.com", "live.com", "msn.com",
    "yahoo.com", "yahoo.co.uk", "ymail.com", "icloud.com", "me.com", "mac.com", "rambler.ru",
    "lenta.ru", "ro.ru", "autorambler.ru", "myrambler.ru", "aol.com", "gmx.com", "gmx.de",
    "gmx.net", "web.de", "proton.me", "protonmail.com", "zoho.com", "mail.com", "qip.ru",
    "ukr.net", "tut.by", "yandex.by", "yandex.kz", "hotmail.co.uk", "btinternet.com",
})


@functools.lru_cache(maxsize=8192)
def domain_of(address: str) -> str:
    """The lower-case domain of an e-mail address ("" when there is none); cached, as a
    mailbox sees the same few thousand addresses over and over."""
    if not address:
        return ""
    addr = address.strip()
    if "<" in addr and ">" in addr:
        addr = addr[addr.rfind("<") + 1:addr.rfind(">")]
    _, at, dom = addr.rpartition("@")
    if not at:
        return ""
    return dom.strip().strip(">.").lower()


def is_freemail(address: str) -> bool:
    """Whether the address is at a public mail service (no company behind the domain)."""
    return domain_of(address) in FREEMAIL_DOMAINS


def with_parents(domain: str) -> tuple[str, ...]:
    """``msk.corp.bank.ru`` -> ``(msk.corp.bank.ru, corp.bank.ru, bank.ru)``: the domain,
    then each parent down to two labels, most specific first."""
    parts = domain.split(".")
    return tuple(".".join(parts[i:]) for i in range(max(1, len(parts) - 1)))


def lookup(address: str) -> tuple[tuple[str, ...], str]:
    """Where the client of an external, lower-case ``address`` is looked up, in order:
    the ``client_domains`` entries to try, then the ``clients.key`` of the client the
    indexer makes for it when none is listed."""
    domain = domain_of(address)
    if domain in FREEMAIL_DOMAINS:
        return (address,), f"person:{address}"
    return with_parents(domain), f"domain:{domain}"


def _own(address: str, internal_domains: Iterable[str]) -> bool:
    """Whether ``address`` has no domain or is at one of the company's own domains (the
    indexer's question, :meth:`indexer.writer.Writer.client_for`; a manager's own address
    elsewhere never reaches it, as analysis makes it internal)."""
    domain = domain_of(address)
    return not domain or domain in {d.lower() for d in internal_domains}


def client_of(conn: sqlite3.Connection, address: str,
              internal_domains: Iterable[str]) -> int | None:
    """The client ``address`` belongs to, as the indexer filed its mail; None if none yet.

    A person linked to a client in ``people`` is that client's, whatever the domain.
    """
    address = (address or "").strip().lower()
    person = conn.execute("SELECT client_id FROM people WHERE email = ? AND client_id IS NOT NULL",
                          (address,)).fetchone()
    if person:
        return int(person[0])
    if _own(address, internal_domains):
        return None
    domains, key = lookup(address)
    for domain in domains:
        hit = conn.execute("SELECT client_id FROM client_domains WHERE domain = ?",
                           (domain,)).fetchone()
        if hit:
            return int(hit[0])
    made = conn.execute("SELECT id FROM clients WHERE key = ?", (key,)).fetchone()
    return int(made[0]) if made else None


#: A legal form written before or after a company's name («ООО Ромашка», "Berlin Steel GmbH").
_LEGAL = re.compile(r"(?i)^(?:ооо|оао|зао|пао|ао|ип|нко|llc|ltd|jsc|gmbh|inc|plc)\b\.?\s*|"
                    r"\s*,?\s*\b(?:ооо|ао|пао|llc|ltd|jsc|gmbh|inc|plc|corp)\.?$")


def client_key(name: str) -> str:
    """A company name as CRMs, accounting exports and directories all write it: no quotes, no
    legal form, no case."""
    text = re.sub(r"[«»\"'“”„]", " ", name)
    text = _LEGAL.sub(" ", " ".join(text.split()))
    return normalize_header(_LEGAL.sub(" ", " ".join(text.split())))


def _same_name(name: str) -> str:
    return " ".join(name.split()).casefold()


def clients_named(conn: sqlite3.Connection, name: str, *, loose: bool = False,
                  visible: Callable[[int], bool] | None = None) -> list[int]:
    """The ids of the clients called ``name`` in any case, oldest first; with ``loose``, when
    none is, those whose :func:`client_key` is the same. With ``visible``, only the clients
    it admits count, for the exact name as for the loose one."""
    listed = [(int(ident), called) for ident, called
              in conn.execute("SELECT id, name FROM clients ORDER BY id")
              if visible is None or visible(int(ident))]
    wanted = _same_name(name)
    found = [ident for ident, called in listed if _same_name(called or "") == wanted]
    if found or not loose:
        return found
    key = client_key(name)
    return [ident for ident, called in listed if key and client_key(called or "") == key]


#: A legal form next to a name: «ООО «Ромашка»», "Acme Trading LLC", "Acme, Inc.".
_FORM = (r"(?:ооо|оао|зао|пао|ао|ип|нко|гк|ТОО|llc|ltd|jsc|gmbh|inc|plc|corp|s\.?p\.?a|"
         r"s\.?r\.?l|b\.?v|ag|sa|co\.?,?\s+ltd)")


def company_named(text: str, companies: Iterable[tuple[int, str, Iterable[str]]]) -> int | None:
    """The one company of ``companies`` (id, name, domains) that ``text`` (a signature, a
    greeting) names clearly; None when none or more than one does (module docstring).

    Clearly: by one of its own domains (not a free-mail one), or by its name in quotes,
    beside a legal form, or of two words or more. A one-word name with neither is no
    evidence.
    """
    if not text:
        return None
    low = text.casefold()
    found: set[int] = set()
    for ident, name, domains in companies:
        if any(d and "@" not in d and d not in FREEMAIL_DOMAINS
               and re.search(rf"(?<![\w.-])(?:[\w-]+\.)*{re.escape(d.casefold())}(?![\w-]|\.\w)", low)
               for d in domains):
            found.add(ident)
            continue
        bare = " ".join(re.sub(r"[«»\"“”„]", " ", name).split())
        if len(bare) < 3:
            continue
        word = re.escape(bare.casefold()).replace(r"\ ", r"\s+")
        quoted = rf"[«\"“„]\s*{word}\s*[»\"”“]"
        formed = rf"(?<!\w){_FORM}\.?\s*[«\"“„]?\s*{word}(?!\w)|(?<!\w){word}[»\"”]?,?\s+{_FORM}(?!\w)"
        if re.search(quoted, low) or re.search(formed, low, re.IGNORECASE) or (
                len(bare.split()) > 1 and re.search(rf"(?<!\w){word}(?!\w)", low)):
            found.add(ident)
    return found.pop() if len(found) == 1 else None
