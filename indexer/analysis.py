"""What the analysis step takes and gives: the mailbox's context and one message's facts.

Kept apart from :mod:`indexer.analyze` (which imports every inference module and compiles
their patterns) so that the sync loop, the writer and a run with nothing new to read do not
pay for the inference they never call.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dealtrail.addresses import domain_of
from dealtrail.config import Company, Settings
from dealtrail.domain import Event, Message
from dealtrail.workdays import BusinessCalendar, company_calendar
from indexer.learning import LocalLayer

if TYPE_CHECKING:
    from indexer.complaint import ComplaintSignal
    from indexer.deal_signals import Signal
    from indexer.intent import Intent
    from indexer.intermediary import SpeaksFor


@dataclass(frozen=True)
class AnalyzeContext:
    """What inference needs to know about the mailbox and company; picklable."""

    owner: str
    owner_tz: str
    internal_domains: frozenset[str]
    managers: frozenset[str]
    company: Company = field(default_factory=Company)
    tag_address: str = ""
    message_seconds: float = 20.0          # time budget to parse and analyse one message
    products: tuple[tuple[str, tuple[str, ...]], ...] = ()   # (code, names and aliases)
    local: LocalLayer | None = None        # the company's layer from its corrections

    @classmethod
    def for_mailbox(cls, settings: Settings, owner: str,
                    local: LocalLayer | None = None) -> AnalyzeContext:
        manager = settings.manager(owner)
        return cls(
            owner=owner.lower(),
            owner_tz=manager.timezone if manager else settings.company.timezone,
            internal_domains=frozenset(d.lower() for d in settings.company.internal_domains),
            managers=frozenset(m.email for m in settings.managers),
            company=settings.company,
            tag_address=(settings.tags.address or settings.digest.tag_address).lower(),
            message_seconds=settings.schedule.message_seconds,
            products=settings.product_words(),
            local=local,
        )

    def is_internal(self, address: str) -> bool:
        return address in self.managers or domain_of(address) in self.internal_domains

    def calendar(self) -> BusinessCalendar:
        return company_calendar(self.company)


@dataclass
class Analysis:
    """One message with what inference found; the writer stores it."""

    msg: Message
    direction: str                     # in | out | internal | auto
    automated: str | None
    counterparts: tuple[str, ...]      # external people on the other side
    new_text: str
    lang: str
    snippet: str
    has_link: bool
    is_request: bool
    subject_norm: str
    intents: list[Intent] = field(default_factory=list)
    complaint: ComplaintSignal | None = None
    tag_flags: tuple[str, ...] = ()    # tags from IMAP keywords / categories
    to_tag_address: bool = False
    invitations: tuple[Event, ...] = ()   # meetings from text/calendar parts (iMIP)
    quoted_codes: tuple[str, ...] = ()    # item codes only in the quoted part (tag mail)
    signals: tuple[Signal, ...] = ()      # what it says about the negotiation (deal_signals)
    digest: str = ""                      # content_digest(msg): tells copies from impostors
    phones: tuple[str, ...] = ()          # E.164 numbers in a client's signature or text
    speaks_for: SpeaksFor | None = None   # the sender speaks for a third party (a broker)
    signature: str = ""                   # a free-mail sender's signature (who it works for)
