"""The conversations inside a mail thread, when the talk in it turns to another product.

A thread is one conversation about the product its subject names first
(``indexer.negotiations``); a letter titled anew for another product, or the client asking
for another product once the first is done, starts another inside it.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from indexer.classify import normalize_subject


def retitled(messages: dict[int, list[tuple]], signals: dict[int, list[dict[str, Any]]]
             ) -> dict[str, tuple[int, int, str | None]]:
    """{message key: (its conversation, its thread, the conversation's product)} for the
    letters a new title or a new product moved.

    A letter that is no reply in form (no «Re:») whose subject names first a product other
    than the one its conversation is about starts a conversation of its own inside the
    thread: «КП: флоу-пак» sent in answer to a letter about the label is the film's offer.
    Later letters of the thread under that title follow it, others the conversation last
    written in. So does the client's letter whose text names one product only, another,
    once the conversation was won or lost («Now next topic: we need a working capital line»
    under «Re: Guarantee issued»): the thread's talk moves to that product's conversation. A moved conversation's id is its
    first letter's row, negated.
    """
    moved: dict[str, tuple[int, int, str | None]] = {}
    for client_id, rows in messages.items():
        names = {s["ref"]: s["value"] for s in signals.get(client_id, ())
                 if s["kind"] == "product" and s["span_start"] == -2}
        told: dict[str, set[str]] = defaultdict(set)
        ended = set()
        for s in signals.get(client_id, ()):
            if s["kind"] == "product" and s["span_start"] >= 0:
                told[s["ref"]].add(s["value"])
            ended |= {s["ref"]} if s["kind"] in ("won", "lost") else set()
        done: set[int] = set()
        about: dict[int, str | None] = {}
        of: dict[tuple[int, str | None], int] = {}
        last: dict[int, int] = {}
        titled: dict[tuple[int, str], int] = {}
        for m in rows:                           # in time order
            thread, title, product = m[2], normalize_subject(m[5] or ""), names.get(m[1])
            conv = titled.get((thread, title))
            if conv is None:
                conv = last.get(thread, thread)
                if about.get(conv) is None:
                    about[conv] = product
                elif (product and product != about[conv]
                      and title == " ".join((m[5] or "").split()).casefold()):
                    conv, about[-m[0]] = -m[0], product
                titled[(thread, title)] = conv
            talk = told.get(m[1], set())
            if (m[3] == "in" and len(talk) == 1 and about.get(conv) and conv in done
                    and about[conv] not in talk and product in (None, about[conv])):
                code = next(iter(talk))
                conv = of.get((thread, code), -m[0])
                about[conv], titled[(thread, title)] = code, conv
            of.setdefault((thread, about.get(conv)), conv)
            done |= {conv} if m[1] in ended else set()
            last[thread] = conv
            if conv != thread:
                moved[m[1]] = (conv, thread, about.get(conv))
    return moved


def meetings_of(events: list[tuple], deals: list[tuple[int, str | None, set[int] | None]],
                messages: list[tuple], words: tuple[tuple[str, tuple[str, ...]], ...]
                ) -> dict[str, set[int]]:
    """{meeting uid: the ids of the deals it plans} for a client's several open deals.

    ``events``: (uid, start, title); ``deals``: (id, product code, its conversations), the
    open ones; ``messages``: the client's letters in time order (conversation at [2]);
    ``words``: the products' words (``Settings.product_words``). A meeting is about the products its title
    names («Подписание договора ЗП») and about the conversation that went on last before
    it, where it was set up («утверждение цветопробы» after the label's contract letters):
    a deal whose conversation went quiet weeks ago is not on its agenda.
    """
    latest = next((ident for m in reversed(messages) for ident, _, threads in deals
                   if threads is None or m[2] in threads), None)
    out: dict[str, set[int]] = {}
    if not events:
        return out
    from indexer.deal_signals import products_named  # its rules only when a meeting is there

    for uid, _, title in events:
        codes = products_named(title, words)
        out[uid] = {ident for ident, code, _ in deals if ident == latest or code in codes}
    return out


def names_product(conn: Any, text: str, product_id: int | None,
                  words: tuple[tuple[str, tuple[str, ...]], ...]) -> bool:
    """Whether ``text`` names the product of ``product_id`` by its words (``[[products]]``)."""
    from indexer.deal_signals import products_named

    row = conn.execute("SELECT code FROM products WHERE id = ?", (product_id,)).fetchone()
    return row is not None and row[0] in products_named(text, words)
