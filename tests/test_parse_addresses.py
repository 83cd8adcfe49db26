"""The regex reader of plain address lists gives what ``email.utils.getaddresses`` gives.

``plain_address_list`` either declines (None: the stdlib parser runs) or returns the
stdlib's pairs exactly, leaving out only the ``('', '')`` of empty items, which the
caller drops anyway. Checked on every address header of the test corpora, on hostile
hand-written cases and on random strings over the characters that matter.
"""

from __future__ import annotations

import email
import email.policy
import random
from email.utils import getaddresses
from pathlib import Path

import pytest

from indexer.parse import _raw_8bit, parse_message, plain_address_list

CORPORA = Path(__file__).parent / "corpora"
ADDRESS_HEADERS = ("from", "to", "cc", "bcc", "reply-to", "sender", "resent-from", "resent-to",
                   "resent-cc", "delivered-to", "return-path", "x-original-to")


def _stdlib(field: str) -> list[tuple[str, str]]:
    return [pair for pair in getaddresses([field]) if pair != ("", "")]


def _corpus_fields() -> list[str]:
    files = sorted(p for p in (CORPORA / "enron_inbox").rglob("*") if p.is_file()
                   and p.name != "README.md")
    files += sorted(p for p in (CORPORA / "rfc822").rglob("*") if p.is_file()
                    and p.name not in ("LICENSE", "README.md"))
    fields = []
    for path in files:
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.compat32)
        for name in ADDRESS_HEADERS:
            values = [_raw_8bit(str(v)) for v in msg.get_all(name) or [] if v]
            if values:
                fields.append(", ".join(values))  # as the parser joins a repeated header
    return fields


def test_every_address_header_of_the_corpora_reads_as_the_stdlib_reads_it() -> None:
    fields = _corpus_fields()
    assert len(fields) > 6000
    read = 0
    for field in fields:
        fast = plain_address_list(field)
        if fast is not None:
            read += 1
            assert fast == _stdlib(field), field
    # the point is speed: nearly every real header must take the regex path
    assert read / len(fields) > 0.9


HOSTILE = [
    "=?utf-8?B?SXZhbiA8aXZhbkBiYW5rLnJ1Pg==?= <real@client.com>",   # 'Ivan <ivan@bank.ru>'
    "=?utf-8?Q?=22Boss=22_=3Cboss=40bank=2Eru=3E?= <x@y.com>",
    '"Smith, John" <john@x.com>, "Doe, Jane" <jane@x.com>',
    '"Ivan <ivan@bank.ru>" <real@client.com>',
    '"a\\"b" <q@x.com>',
    '"unterminated <a@b.com>',
    '"" <empty@x.com>',
    '""John <a@b.com>',
    'John"Smith" <a@b.com>',
    "J. R. Smith <jr@x.com>",
    "Undisclosed recipients:;",
    "group: a@b.com, c@d.com;, e@f.com",
    "a@b.com (Comment, with comma)",
    "John (the boss) <john@x.com>",
    "<@route.com:a@b.com>",
    "a@b.com <c@d.com>",
    "john@x.com <john@x.com>",
    "a@b@c.com",
    "a@b.com c@d.com",
    "a@b.com\r\n c@d.com",
    "John\n Smith <a@b.com>",
    "John\r\n\t<a@b.com>",
    "a@b.com,\r\n\tc@d.com, \n",
    ",,, a@b.com,,",
    " , ",
    "",
    "a @ b.com",
    "a.@b.com",
    ".a@b.com",
    "a..b@c.com",
    "a@b.com.",
    "a@[127.0.0.1]",
    '"quoted local"@x.com',
    "<>",
    "Name <>",
    "Name < a@b.com >",
    "Name <a@b.com",
    "Name a@b.com>",
    "Иван Петров <ivan@bank.ru>, Мария <m@bank.ru>",
    "Name\\ <a@b.com>",
    "Ivan\u00a0Petrov <a@b.com>",
    "a@b.com;c@d.com",
    "x" * 5000 + " <a@b.com>",
    "x " * 5000 + "<a@b.com",
]


@pytest.mark.parametrize("field", HOSTILE)
def test_hostile_address_lists_read_as_the_stdlib_reads_them_or_go_to_it(field: str) -> None:
    fast = plain_address_list(field)
    assert fast is None or fast == _stdlib(field)


def test_plain_lists_take_the_regex_path() -> None:
    field = '"Smith, John" <john@x.com>, Иван Петров <ivan@bank.ru>,\r\n\tbare@y.org'
    assert plain_address_list(field) == [("Smith, John", "john@x.com"),
                                         ("Иван Петров", "ivan@bank.ru"), ("", "bare@y.org")]
    assert plain_address_list("John (boss) <john@x.com>") is None   # comments: stdlib


def test_random_strings_over_the_special_characters_never_differ_from_the_stdlib() -> None:
    pieces = ["a", "b.c", "@", "x.com", " ", "\t", "\r\n", "\n", ",", ";", ":", "<", ">", '"',
              "\\", "(", ")", "[", "]", ".", "Иван", "=?utf-8?B?PD4=?=", "a@b.com",
              "<a@b.com>", '"N, M"']
    rng = random.Random(822)
    taken = 0
    for _ in range(20000):
        field = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 9)))
        fast = plain_address_list(field)
        if fast is not None:
            taken += 1
            assert fast == _stdlib(field), repr(field)
    assert taken > 1000


def test_a_message_reads_the_same_whichever_way_its_addresses_are_split() -> None:
    raw = (b"From: =?utf-8?B?SXZhbiA8aXZhbkBiYW5rLnJ1Pg==?= <real@client.com>\r\n"
           b'To: "Smith, John" <John@X.com>, bare@y.org\r\n'
           b"Cc: group: a@b.com;, Jane (boss) <jane@x.com>\r\n"
           b"Subject: hi\r\nMessage-ID: <1@x>\r\nDate: Mon, 1 Jun 2026 10:00:00 +0000\r\n\r\nbody\r\n")
    msg = parse_message(raw)
    assert (msg.from_name, msg.from_addr) == ("Ivan <ivan@bank.ru>", "real@client.com")
    assert msg.to == ("john@x.com", "bare@y.org")
    assert msg.cc == ("a@b.com", "jane@x.com")
