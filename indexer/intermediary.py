"""Whether an outside party speaks for someone else: a broker, dealer, agent, reseller.

Intermediaries bring clients, forward their letters and speak for them ("We act for
Hanbit", «Новый клиент — ...», "my client would like", «по поручению клиента»,
"on behalf of"); they are not clients themselves. The company may list them in its
client directory (``kind`` = intermediary, :mod:`dealtrail.directory`); the ones it did not
list show themselves in their mail, read here:

- a **strong** cue names the writer's role outright ("my client", «мой клиент», "we act
  for", "acting on behalf of", «по поручению клиента», «представляю интересы», "for our
  clients", «для нашего клиента», "passing you a lead", a deal registration): enough alone;
- a **weak** cue could come from a client talking of its own customers too ("our client",
  «наш заказчик», «знакомлю», "let me introduce", «пересылаю их запрос», "for our clients"):
  it counts only when a third party is identifiable in the same letter, an outside address
  of another domain on the letter (Cc) or in the letter forwarded below it, or a client of
  the directory named in the same sentence;
- with no word of it, a letter of a directory client forwarded by an outsider shows the
  outsider passing that client's letters on.

The writer (:mod:`indexer.writer`) files such a letter under the end client when it can
name one, and marks the sender's company an intermediary, keeping the sentence as its
evidence. A letter of an intermediary with no end client to be found is kept under the
intermediary, which is never a negotiation (:mod:`indexer.negotiations`): a deal with
nobody named would be a row the head can neither call nor plan.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from dealtrail.addresses import domain_of
from indexer.cue_scan import Cue, CueScan

_STRONG = re.compile(
    r"\b(?:my|mine)\s+(?:client|customer|principal)s?\b"
    r"|\b(?:we|i)\s+(?:act|are\s+acting|am\s+acting)\s+(?:for|on\s+behalf\s+of)\b"
    r"|\b(?:we|i)\s+(?:represent|are\s+representing|am\s+representing)\b"
    r"|\bon\s+behalf\s+of\s+(?:our|my|the)\s+(?:client|customer|principal)"
    r"|\bon\s+(?:our|my)\s+client'?s\s+behalf"
    r"|(?<![а-яё])(?:мо[йяеиё]\w*)\s+(?:клиент|заказчик|доверител|принципал)"
    r"|(?<![а-яё])по\s+поручению\b"
    r"|(?<![а-яё])представля(?:ю|ем)\s+интересы"
    r"|(?<![а-яё])в\s+интересах\s+(?:нашего|моего|своего)\s+(?:клиент|заказчик|доверител)"
    r"|(?<![а-яё])от\s+имени\s+(?:нашего|моего|своего)\s+(?:клиент|заказчик|доверител)"
    # Booking or buying for its own clients: an agency, a reseller, a dealer.
    r"|\bfor\s+(?:our|my|one\s+of\s+our|one\s+of\s+my)\s+(?:clients?|customers?)\b"
    r"|(?<![а-яё])для\s+(?:нашего|моего|наших|моих|одного\s+из\s+наших)\s+(?:клиент|заказчик|покупател)"
    # A vendor's channel manager or a partner handing a customer over; a dealer's deal
    # registration names the end customer it is for.
    r"|\bpass(?:ing|ed)?\s+(?:you|on|over)\s+(?:a|the|this|one)\s+(?:lead|customer|client)\b"
    r"|\bdeal\s+registration\b|\bregister(?:ing)?\s+(?:a|the|this)\s+deal\b"
    r"|(?<![а-яё])переда(?:ю|ём|ем)\s+(?:вам\s+)?(?:лид|клиента|контакт\w*\s+клиент)"
    r"|(?<![а-яё])регистраци\w*\s+(?:сделки|проекта)|(?<![а-яё])зарегистр\w+\s+(?:сделку|проект)",
    re.IGNORECASE)

_WEAK = re.compile(
    r"\b(?:our|a\s+new|the\s+end|end)\s+(?:client|customer|end[\s-]user)s?\b"
    r"|\b(?:let\s+me|i'?d\s+like\s+to|allow\s+me\s+to|happy\s+to)\s+introduce\b"
    r"|\bintroducing\b|\bplease\s+meet\b|\bon\s+behalf\s+of\b|\bacting\s+for\b"
    r"|\bforward(?:ing|ed)?\s+(?:you\s+)?(?:their|his|her|the\s+client'?s)\b"
    r"|\btheir\s+(?:brief|request|enquiry|inquiry|requirements?)\b"
    r"|(?<![а-яё])(?:наш\w*|нов\w*|конечн\w*)\s+(?:клиент|заказчик|покупател)"
    r"|(?<![а-яё])(?:знакомлю|хочу\s+познакомить|позвольте\s+представить|представляю\s+вам)"
    r"|(?<![а-яё])пересыла\w*\s+(?:их|его|её|ее|клиентск\w*)\s+(?:запрос|письм|вопрос|требован)"
    r"|(?<![а-яё])(?:их|его|её)\s+(?:запрос|требования|ТЗ)\s+(?:ниже|пересыла)"
    # An agency booking for its clients, a reseller for its customers, a referral.
    r"|\b(?:i|we)\s+have\s+a\s+(?:client|customer)\b|\breferr(?:ed|ing)\b"
    r"|\bconnect(?:ing)?\s+you\s+with\b|\bend[\s-](?:client|customer|user)s?\b"
    r"|(?<![а-яё])у\s+(?:меня|нас)\s+(?:есть\s+)?(?:клиент|заказчик|покупател)"
    r"|(?<![а-яё])рекоменд(?:ую|уем)\s+(?:вам\s+)?(?:компани|клиент|обратиться)"
    r"|(?<![а-яё])рекомендовал\w*\s+(?:вас|вам)",
    re.IGNORECASE)
# Each runs over the whole new text of every incoming letter, by the alternatives whose
# words the letter holds (found in one pass over it), each behind a lookahead for the
# characters its matches start with: the same matches as the whole regex.
_STRONG_CUE, _WEAK_CUE = Cue(_STRONG), Cue(_WEAK)
#: The two cues, whose literals the signals' one pass over an incoming letter also finds
#: (:func:`indexer.deal_signals.scan_letter`).
CUES = (_STRONG_CUE, _WEAK_CUE)
_SCAN = CueScan(CUES)

_ADDRESS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
#: Where a forwarded letter starts: its addresses are the third party's.
_FORWARD = re.compile(
    r"^[\s>*-]*(?:-{2,}\s*)?(?:forwarded\s+message|begin\s+forwarded\s+message|"
    r"original\s+message|пересылаемое\s+сообщение|пересланное\s+сообщение|"
    r"исходное\s+сообщение|начало\s+переадресованного\s+сообщения)", re.IGNORECASE | re.MULTILINE)
# It runs over the whole body below the new text, which mostly holds none of its words.
_FORWARD_CUE = Cue(_FORWARD)
_FORWARD_SCAN = CueScan([_FORWARD_CUE])
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")


@dataclass(frozen=True)
class SpeaksFor:
    """An outside sender's letter read as an intermediary's: the sentence that shows it, and
    the addresses of the third party it may speak for (Cc'd or in the forwarded letter)."""

    sentence: str
    parties: tuple[str, ...]
    strong: bool
    forwarded: tuple[str, ...] = ()    # the addresses in a letter forwarded below the new text


def speaks_for(fresh: str, body: str, sender: str, others: tuple[str, ...],
               is_internal: Callable[[str], bool],
               folded: Callable[[str], frozenset[str] | None] | None = None
               ) -> SpeaksFor | None:
    """Read an incoming letter for an intermediary's voice (module docstring); None if none.

    ``fresh`` is the letter's new text, ``body`` all of it (the forwarded letter is below
    the new text), ``others`` the other addresses it went to, ``is_internal`` tells the
    company's own addresses; ``folded`` gives the cues' literals ``fresh`` holds, as
    :meth:`indexer.cue_scan.CueScan.folded` reads them (None: a pass of their own).
    """
    if not fresh:
        return None
    own = domain_of(sender)

    def outside(addresses: tuple[str, ...] | list[str]) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for address in addresses:
            address = address.lower().strip(".'")
            if (address and domain_of(address) and domain_of(address) != own
                    and not is_internal(address)):
                seen.setdefault(address, None)
        return tuple(seen)

    start = (Cue.search(_FORWARD_CUE.kept(_FORWARD_SCAN.folded(body)), body, 0, len(body))
             if len(body) > len(fresh) else None)
    forwarded = outside(_ADDRESS.findall(body[start.end():])) if start else ()
    found = folded(fresh) if folded is not None else _SCAN.folded(fresh)
    strong = Cue.search(_STRONG_CUE.kept(found), fresh, 0, len(fresh))
    weak = strong or Cue.search(_WEAK_CUE.kept(found), fresh, 0, len(fresh))
    if weak is None:
        # No word of it: a letter of a third party forwarded is read by the writer, which
        # knows whether that party is a listed client.
        return SpeaksFor("", (), False, forwarded) if forwarded else None
    parties = outside([*others, *_ADDRESS.findall(body)])
    return SpeaksFor(_sentence_at(fresh, weak.start()), parties, strong is not None, forwarded)


def _sentence_at(text: str, at: int) -> str:
    # No sentence crosses a line break: the one holding ``at`` is found on its line (from the
    # whole text's start, a line without a stop was tried from each of its characters to its
    # end, each line of a long letter in turn), and none starting past ``at`` can hold it.
    for m in _SENTENCE.finditer(text, text.rfind("\n", 0, at) + 1):
        if m.start() > at:
            break
        if at < max(m.end(), m.start() + 1):
            return " ".join(m.group(0).split())[:500]
    return " ".join(text[at:at + 200].split())
