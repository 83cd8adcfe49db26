"""Deterministic generator of the demo bank: mailboxes, calendars, plans, sales, ground truth.

``generate(out_dir)`` writes a complete working folder: ``dealtrail.toml``,
Maildirs per manager (Inbox + Sent) and for the tag address, ``.ics``
calendars, ``clients.csv``, ``plans.csv``, ``sales.csv`` and
``ground_truth.json`` — what the pipeline must find (broken promises,
unanswered mail, complaints, plan totals...). The same seed always writes the
same bytes, so tests can compare the pipeline's output with the truth.
"""

from __future__ import annotations

import csv
import json
import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from . import company as co

AS_OF = datetime(2026, 11, 25, 18, 0, tzinfo=ZoneInfo("Europe/Moscow"))
START = date(2026, 8, 3)
HOLIDAYS = {date(2026, 11, 4), date(2026, 11, 3)}
FX = {"USD": 95.0, "EUR": 102.0}
WEEKDAYS_RU = ("понедельника", "вторника", "среды", "четверга", "пятницы")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


@dataclass
class Mail:
    msgid: str
    when: datetime
    sender: tuple[str, str]
    to: list[tuple[str, str]]
    subject: str
    body: str
    in_reply_to: str | None = None
    references: list[str] = field(default_factory=list)
    attachment: str | None = None
    cc: list[tuple[str, str]] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    stores: list[tuple[str, str]] = field(default_factory=list)   # (mailbox dir, folder)


@dataclass
class Meeting:
    uid: str
    start: datetime
    minutes: int
    summary: str
    organizer: str
    attendees: list[str]
    owner: str


@dataclass
class Client:
    name: str
    domain: str
    contact: str
    email: str
    lang: str
    manager: co.Person
    product: str
    scenario: str = "normal"
    amount: int = 0


class Story:
    """Builds the mail and calendar of one demo company, and what is true about it."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.seed = seed
        self.mails: list[Mail] = []
        self.meetings: list[Meeting] = []
        self.truth: dict[str, Any] = {
            "as_of": AS_OF.isoformat(), "seed": seed, "broken_promises": [],
            "kept_late_promises": [], "kept_promises": [], "unanswered": [], "complaints": [],
            "meetings_without_followup": [], "stale_deals": [], "missed_next_contacts": [],
            "tag_updates": [], "tag_rejected": [], "automated_messages": 0, "slipped_deals": [],
        }
        self.counter = 0
        self.clients: list[Client] = []
        self.deals: list[dict[str, Any]] = []

    # -- time helpers -------------------------------------------------------------------
    @staticmethod
    def workday(d: date) -> bool:
        return d.weekday() < 5 and d not in HOLIDAYS

    def add_workdays(self, d: date, n: int) -> date:
        while n > 0:
            d += timedelta(days=1)
            if self.workday(d):
                n -= 1
        return d

    def at(self, d: date, hour: int, minute: int, tz: str) -> datetime:
        return datetime.combine(d, time(hour, minute), ZoneInfo(tz))

    def later(self, moment: datetime, hours: float, tz: str) -> datetime:
        """``hours`` working hours after ``moment`` (09:00-18:00, workdays)."""
        local = moment.astimezone(ZoneInfo(tz))
        result = local + timedelta(hours=hours)
        while not self.workday(result.date()) or result.time() >= time(18) or result.time() < time(9):
            if result.time() >= time(18) or not self.workday(result.date()):
                nxt = result.date() + timedelta(days=1)
                while not self.workday(nxt):
                    nxt += timedelta(days=1)
                result = datetime.combine(nxt, time(9, 30), ZoneInfo(tz))
            else:
                result = result.replace(hour=9, minute=30)
        return result

    def msgid(self) -> str:
        self.counter += 1
        return f"demo.{self.seed}.{self.counter}@{co.DOMAIN}"

    # -- mail builders ------------------------------------------------------------------
    def send(self, **kw: Any) -> Mail:
        mail = Mail(msgid=self.msgid(), **kw)
        self.mails.append(mail)
        return mail

    def quote(self, prev: Mail, lang: str, style: int) -> str:
        when = prev.when
        if style == 0:
            head = ("-----Исходное сообщение-----\nОт: {n} <{a}>\nОтправлено: {d}\nКому: {t}\nТема: {s}"
                    if lang == "ru" else
                    "-----Original Message-----\nFrom: {n} <{a}>\nSent: {d}\nTo: {t}\nSubject: {s}")
            return "\n\n" + head.format(n=prev.sender[1], a=prev.sender[0],
                                        d=when.strftime("%d.%m.%Y %H:%M"),
                                        t=", ".join(a for a, _ in prev.to), s=prev.subject) + \
                "\n\n" + prev.body
        intro = (f"{when.strftime('%d.%m.%Y')} в {when.strftime('%H:%M')}, {prev.sender[1]} "
                 f"<{prev.sender[0]}> написал(а):" if lang == "ru" else
                 f"On {when.strftime('%a, %d %b %Y at %H:%M')}, {prev.sender[1]} <{prev.sender[0]}> wrote:")
        return "\n\n" + intro + "\n" + "\n".join("> " + line for line in prev.body.splitlines())

    def reply(self, prev: Mail, sender: tuple[str, str], to: list[tuple[str, str]], text: str,
              when: datetime, lang: str, stores: list[tuple[str, str]], attachment: str | None = None,
              quote: bool = True) -> Mail:
        subject = prev.subject if prev.subject.lower().startswith(("re:", "отв:")) else \
            "RE: " + prev.subject
        body = text + (self.quote(prev, lang, self.rng.randrange(2)) if quote else "")
        return self.send(when=when, sender=sender, to=to, subject=subject, body=body,
                         in_reply_to=prev.msgid, references=prev.references + [prev.msgid],
                         attachment=attachment, stores=stores)

    # -- people -------------------------------------------------------------------------
    @staticmethod
    def mbox(person: co.Person) -> str:
        return person.email.split("@")[0]

    def manager_sig(self, m: co.Person) -> str:
        title = "Менеджер по работе с клиентами" if m.locale == "ru" else "Relationship Manager"
        template = co.SIGNATURE_RU if m.locale == "ru" else co.SIGNATURE_EN
        return template.format(name=m.name, title=title)

    def client_sig(self, c: Client) -> str:
        template = co.CLIENT_SIGNATURE_RU if c.lang == "ru" else co.CLIENT_SIGNATURE_EN
        return template.format(name=c.contact, company=c.name)

    # -- the story ----------------------------------------------------------------------
    def cast(self) -> None:
        ru = list(co.CLIENTS_RU)
        en = list(co.CLIENTS_EN)
        free = list(co.FREEMAIL_CLIENTS)
        plan = {co.MANAGERS[0].email: ru[0:8], co.MANAGERS[1].email: ru[8:16],
                co.MANAGERS[2].email: ru[16:23] + free[0:1],
                co.MANAGERS[3].email: ru[23:30] + free[1:3], co.MANAGERS[4].email: en}
        products = [p[0] for p in co.PRODUCTS]
        for manager in co.MANAGERS:
            for i, (name, domain, contact, local) in enumerate(plan[manager.email]):
                lang = "en" if manager.locale == "en" else "ru"
                self.clients.append(Client(
                    name=name, domain=domain, contact=contact, email=f"{local}@{domain}",
                    lang=lang, manager=manager, product=products[(i + len(self.clients)) % 4]))
        # Planted scenarios, spread over managers; every other client is a clean story.
        planted = ["broken_promise", "kept_late", "unanswered", "complaint", "no_followup",
                   "stale", "missed_next"]
        by_manager: dict[str, list[Client]] = {}
        for c in self.clients:
            by_manager.setdefault(c.manager.email, []).append(c)
        slot = 0
        for scenario in planted + ["broken_promise", "unanswered", "complaint", "kept_late",
                                   "missed_next", "stale", "no_followup", "broken_promise",
                                   "complaint_recent", "unanswered", "slipped"]:
            manager = co.MANAGERS[slot % len(co.MANAGERS)]
            pool = [c for c in by_manager[manager.email] if c.scenario == "normal"]
            pool[self.rng.randrange(len(pool))].scenario = scenario
            slot += 1

    def run(self) -> None:
        self.cast()
        for c in self.clients:
            self.client_story(c)
        self.background()

    def client_story(self, c: Client) -> None:
        m = c.manager
        tz = m.timezone
        rng = self.rng
        lang = c.lang
        mbox = self.mbox(m)
        inbox, sent = (mbox, "INBOX"), (mbox, "Sent")
        client_addr = (c.email, c.contact)
        mgr_addr = (m.email, m.name)
        c.amount = rng.choice((5, 8, 12, 15, 20, 25, 30, 40, 50))
        short, subject, opening = co.TOPICS[c.product][lang]
        # 1. First contact in Aug-Sep: a request, the manager's answer with a promise, kept.
        day = START + timedelta(days=rng.randrange(0, 45))
        while not self.workday(day) or day.weekday() > 2:
            day += timedelta(days=1)
        first = self.send(when=self.at(day, rng.randrange(9, 12), rng.randrange(60), tz),
                          sender=client_addr, to=[mgr_addr], subject=subject,
                          body=("Добрый день!\n\n" if lang == "ru" else "Hello,\n\n") +
                          opening.format(amount=c.amount) + " " +
                          rng.choice(co.CLIENT_QUESTIONS[lang]) + self.client_sig(c),
                          stores=[inbox])
        answer_at = self.later(first.when, rng.uniform(1, 3), tz)
        promise = self.promise_mail(c, first, answer_at, stores=[sent])
        done_at = self.later(answer_at, rng.uniform(3, 12), tz)
        sent_doc = self.reply(promise["mail"], mgr_addr, [client_addr],
                              rng.choice(co.FULFILMENTS[lang]) + self.manager_sig(m),
                              done_at, lang, [sent], attachment="proposal.pdf")
        self.truth["kept_promises"].append({"manager": m.email, "client": c.domain,
                                            "message_id": promise["mail"].msgid})
        thanks = self.reply(sent_doc, client_addr, [mgr_addr], rng.choice(co.THANKS[lang]) +
                            self.client_sig(c), self.later(done_at, rng.uniform(1, 6), tz), lang,
                            [inbox])
        # 2. A meeting two-four weeks later, followed up the next working day.
        meet_day = self.add_workdays(thanks.when.astimezone(ZoneInfo(tz)).date(), rng.randrange(8, 18))
        self.meeting_with_followup(c, meet_day, thread=thanks)
        # 3. Routine questions through the autumn, each answered within hours.
        self.routine(c, meet_day + timedelta(days=5))
        # 4. The last weeks: a second round, shaped by the scenario.
        self.autumn(c, thanks)

    def routine(self, c: Client, start: date) -> None:
        """Everyday service questions answered the same day; they end five weeks before "now"."""
        m = c.manager
        tz = m.timezone
        rng = self.rng
        inbox, sent = (self.mbox(m), "INBOX"), (self.mbox(m), "Sent")
        last = AS_OF.astimezone(ZoneInfo(tz)).date() - timedelta(days=35)
        day = start + timedelta(days=rng.randrange(3, 12))
        while day < last:
            if self.workday(day):
                question, answer, thanks = rng.choice(co.ROUTINE[c.lang])
                ask = self.send(when=self.at(day, rng.randrange(9, 16), rng.randrange(60), tz),
                                sender=(c.email, c.contact), to=[(m.email, m.name)],
                                subject=question[0], body=question[1] + self.client_sig(c),
                                stores=[inbox])
                reply = self.reply(ask, (m.email, m.name), [(c.email, c.contact)],
                                   answer + self.manager_sig(m),
                                   self.later(ask.when, rng.uniform(0.3, 3), tz), c.lang, [sent])
                if rng.random() < 0.6:
                    self.reply(reply, (c.email, c.contact), [(m.email, m.name)],
                               thanks + self.client_sig(c),
                               self.later(reply.when, rng.uniform(0.2, 2), tz), c.lang, [inbox])
            day += timedelta(days=rng.randrange(6, 16))

    def promise_mail(self, c: Client, prev: Mail, when: datetime, stores: list[tuple[str, str]],
                     kind: str = "send") -> dict[str, Any]:
        m = c.manager
        lang = c.lang
        local = when.astimezone(ZoneInfo(m.timezone))
        options = [p for p in co.PROMISES[lang] if p[0] == kind]
        _, template = self.rng.choice(options)
        phrase, due = self.due_phrase(local.date(), lang)
        text = (self.rng.choice(co.MANAGER_REPLIES[lang]) + " " + template.format(due=phrase) +
                self.manager_sig(m))
        mail = self.reply(prev, (m.email, m.name), [(c.email, c.contact)], text, when, lang, stores)
        return {"mail": mail, "due": due, "phrase": phrase}

    def due_phrase(self, d: date, lang: str) -> tuple[str, date]:
        """A deadline expression relative to ``d`` and the date it means (never a holiday)."""
        choice = self.rng.randrange(3)
        if choice == 0 or d.weekday() >= 3:
            days = self.rng.choice((2, 3))
            due = self.add_workdays(d, days)
            return (f"в течение {days} рабочих дней" if lang == "ru" else
                    f"within {days} business days"), due
        if choice == 1:
            due = d + timedelta(days=4 - d.weekday())  # this week's Friday
            return ("до пятницы" if lang == "ru" else "by Friday"), due
        due = d + timedelta(days=1)
        return ("завтра" if lang == "ru" else "tomorrow"), due

    def meeting_with_followup(self, c: Client, day: date, thread: Mail, follow: bool = True) -> None:
        m = c.manager
        tz = m.timezone
        while not self.workday(day):
            day += timedelta(days=1)
        start = self.at(day, self.rng.choice((10, 11, 14, 15, 16)), 0, tz)
        short, _, _ = co.TOPICS[c.product][c.lang]
        uid = f"meet-{self.msgid()}"
        self.meetings.append(Meeting(uid, start, 60,
                                     self.rng.choice(co.MEETING_TITLES[c.lang]).format(topic=short),
                                     m.email, [c.email], self.mbox(m)))
        if follow:
            at = self.later(start + timedelta(hours=1), self.rng.uniform(0.5, 6), tz)
            self.reply(thread, (m.email, m.name), [(c.email, c.contact)],
                       co.FOLLOWUPS[c.lang].format(topic=short) + self.manager_sig(m), at, c.lang,
                       [(self.mbox(m), "Sent")])

    def autumn(self, c: Client, thread: Mail) -> None:
        m = c.manager
        tz = m.timezone
        lang = c.lang
        rng = self.rng
        mgr_addr, client_addr = (m.email, m.name), (c.email, c.contact)
        inbox, sent = (self.mbox(m), "INBOX"), (self.mbox(m), "Sent")
        as_of_local = AS_OF.astimezone(ZoneInfo(tz)).date()
        scenario = c.scenario
        if scenario == "slipped":
            # Early in the month the client names a close date inside it ...
            early = as_of_local - timedelta(days=18)
            while not self.workday(early):
                early += timedelta(days=1)
            plan = self.send(when=self.at(early, 10, 15, tz), sender=client_addr, to=[mgr_addr],
                             subject=co.SLIP_SUBJECT[lang],
                             body=("Добрый день!\n\n" if lang == "ru" else "Hello,\n\n") +
                             co.SLIP[lang][0] + self.client_sig(c), stores=[inbox])
            self.reply(plan, mgr_addr, [client_addr], co.SLIP_ACK[lang] + self.manager_sig(m),
                       self.later(plan.when, 1, tz), lang, [sent])
            # ... and the last exchange below moves it out of the quarter.
        # How long before "now" the last exchange starts.
        if scenario == "stale":
            gap = rng.randrange(20, 30)
        elif scenario in ("broken_promise", "kept_late", "complaint"):
            # Far enough back for the deadline (or the complaint's SLA) to have clearly
            # passed, recent enough not to make the deal stale as well.
            gap = rng.randrange(7, 10)
        else:
            gap = rng.randrange(3, 9)
        day = as_of_local - timedelta(days=gap)
        while not self.workday(day) or (scenario == "broken_promise" and day.weekday() > 2):
            day -= timedelta(days=1)
        question = self.send(when=self.at(day, rng.randrange(9, 12), rng.randrange(60), tz),
                             sender=client_addr, to=[mgr_addr],
                             subject=("Вопрос по условиям" if lang == "ru" else "Question on terms"),
                             body=("Добрый день!\n\n" if lang == "ru" else "Hello,\n\n") +
                             rng.choice(co.CLIENT_QUESTIONS[lang]) + self.client_sig(c),
                             stores=[inbox])
        if scenario == "unanswered":
            # The manager answers the first question; the follow-up question stays unanswered.
            ans = self.reply(question, mgr_addr, [client_addr],
                             rng.choice(co.MANAGER_REPLIES[lang]) + self.manager_sig(m),
                             self.later(question.when, 1.5, tz), lang, [sent])
            ask_day = self.add_workdays(ans.when.astimezone(ZoneInfo(tz)).date(), 1)
            ask = self.reply(ans, client_addr, [mgr_addr],
                             rng.choice(co.UNANSWERED_QUESTIONS[lang]) + self.client_sig(c),
                             self.at(ask_day, 10, rng.randrange(60), tz), lang, [inbox])
            self.truth["unanswered"].append({"manager": m.email, "client": c.domain,
                                             "message_id": ask.msgid, "since": ask.when.isoformat()})
            self.deal(c)
            return
        if scenario == "broken_promise":
            promise = self.promise_mail(c, question, self.later(question.when, 1, tz), [sent])
            self.truth["broken_promises"].append({
                "manager": m.email, "client": c.domain, "message_id": promise["mail"].msgid,
                "due": promise["due"].isoformat(), "phrase": promise["phrase"]})
            self.deal(c)
            return
        if scenario == "kept_late":
            promise = self.promise_mail(c, question, self.later(question.when, 1, tz), [sent])
            late_day = self.add_workdays(promise["due"], 1)
            if self.at(late_day, 12, 0, tz) > AS_OF:
                late_day = as_of_local
            done = self.reply(promise["mail"], mgr_addr, [client_addr],
                              rng.choice(co.FULFILMENTS[lang]) + self.manager_sig(m),
                              self.at(late_day, 12, rng.randrange(60), tz), lang, [sent],
                              attachment="offer.pdf")
            self.truth["kept_late_promises"].append({
                "manager": m.email, "client": c.domain, "message_id": promise["mail"].msgid,
                "due": promise["due"].isoformat(), "kept_by": done.msgid})
            self.deal(c)
            return
        ans = self.reply(question, mgr_addr, [client_addr],
                         rng.choice(co.MANAGER_REPLIES[lang]) + self.manager_sig(m),
                         self.later(question.when, rng.uniform(0.5, 3), tz), lang, [sent])
        if scenario in ("complaint", "complaint_recent"):
            when = (self.at(as_of_local, 11, 20, tz) if scenario == "complaint_recent"
                    else self.at(self.add_workdays(ans.when.astimezone(ZoneInfo(tz)).date(), 1),
                                 10, rng.randrange(60), tz))
            complaint = self.send(when=when, sender=client_addr, to=[mgr_addr],
                                  subject=("Жалоба на обслуживание" if lang == "ru"
                                           else "Complaint about the service"),
                                  body=rng.choice(co.COMPLAINTS[lang]) + self.client_sig(c),
                                  stores=[inbox])
            sla_end = self.add_workdays(when.astimezone(ZoneInfo(tz)).date(), 2)
            past_sla = self.at(sla_end, 18, 0, tz) <= AS_OF
            if scenario == "complaint_recent" or not past_sla:
                # Answered within the hour: an answered complaint is closed.
                self.reply(complaint, mgr_addr, [client_addr], co.COMPLAINT_REPLIES[lang] +
                           self.manager_sig(m), self.later(when, 1, tz), lang, [sent])
                past_sla = False
            else:
                # Nobody answers: the complaint stays open past its deadline, and the
                # client's mail is unanswered too.
                self.truth["unanswered"].append({
                    "manager": m.email, "client": c.domain, "message_id": complaint.msgid,
                    "since": when.isoformat()})
            self.truth["complaints"].append({
                "manager": m.email, "client": c.domain, "message_id": complaint.msgid,
                "opened_at": when.isoformat(), "past_sla": past_sla})
            self.deal(c)
            return
        if scenario == "no_followup":
            day = self.add_workdays(ans.when.astimezone(ZoneInfo(tz)).date(), 1)
            if self.add_workdays(day, 1) >= as_of_local:
                day = as_of_local - timedelta(days=4)
                while not self.workday(day) or day <= ans.when.astimezone(ZoneInfo(tz)).date():
                    day += timedelta(days=1)
            before = len(self.meetings)
            self.meeting_with_followup(c, day, thread=ans, follow=False)
            self.truth["meetings_without_followup"].append({
                "manager": m.email, "client": c.domain, "event_uid": self.meetings[before].uid})
            self.deal(c)
            return
        if scenario == "missed_next":
            # The planned next contact fell on a working day after the last exchange,
            # and nobody called or wrote that day.
            missed = self.add_workdays(ans.when.astimezone(ZoneInfo(tz)).date(), 1)
            if missed >= as_of_local:
                missed = ans.when.astimezone(ZoneInfo(tz)).date() - timedelta(days=1)
                while not self.workday(missed):
                    missed -= timedelta(days=1)
            # The client asked for a call that day ("созвонимся в среду") in the last exchange.
            ask = self.reply(ans, client_addr, [mgr_addr], self.call_on(missed, lang, weekday=True) +
                             self.client_sig(c), self.later(ans.when, 0.5, tz), lang, [inbox])
            self.reply(ask, mgr_addr, [client_addr], co.CALL_ACK[lang] + self.manager_sig(m),
                       self.later(ask.when, 0.3, tz), lang, [sent])
            deal = self.deal(c, next_contact=self.at(missed, 0, 0, tz), source="client_request")
            self.truth["missed_next_contacts"].append({
                "client": c.domain, "next_contact": deal["next_contact"]})
            return
        # A clean story: thanks, and a future meeting or a call the client asked for.
        thanks = rng.choice(co.THANKS[lang])
        call_day = self.add_workdays(as_of_local, rng.randrange(1, 6))
        meeting = scenario != "stale" and rng.random() < 0.5
        if scenario == "slipped":
            thanks += " " + co.SLIP[lang][1]
        if scenario != "stale" and not meeting:
            thanks += " " + self.call_on(call_day, lang)
        last = self.reply(ans, client_addr, [mgr_addr], thanks + self.client_sig(c),
                          self.later(ans.when, rng.uniform(0.5, 4), tz), lang, [inbox])
        if scenario != "stale" and not meeting or scenario == "slipped":
            self.reply(last, mgr_addr, [client_addr], co.CALL_ACK[lang] + self.manager_sig(m),
                       self.later(last.when, 0.3, tz), lang, [sent])
        if scenario == "stale":
            self.deal(c)
            self.truth["stale_deals"].append({"client": c.domain})
            return
        if scenario == "slipped":
            self.truth["slipped_deals"].append({"client": c.domain})
        if meeting:
            future = self.add_workdays(as_of_local, rng.randrange(2, 8))
            self.meetings.append(Meeting(f"meet-{self.msgid()}", self.at(future, 11, 0, tz), 60,
                                         co.TOPICS[c.product][lang][1], m.email, [c.email],
                                         self.mbox(m)))
            self.deal(c, next_contact=self.at(future, 11, 0, tz), source="meeting")
        else:
            self.deal(c, next_contact=self.at(call_day, 0, 0, tz), source="client_request")

    @staticmethod
    def call_on(day: date, lang: str, weekday: bool = False) -> str:
        """The client asks for a call on ``day``: by weekday (this week) or by date."""
        if weekday:
            if lang == "ru":
                return f"Давайте созвонимся {co.WEEKDAYS_ACC_RU[day.weekday()]}."
            return f"Let's talk on {WEEKDAYS_EN[day.weekday()]}."
        if lang == "ru":
            return f"Давайте созвонимся {day.day} {co.MONTHS_GEN_RU[day.month - 1]}."
        return f"Let's talk on {day.day} {day.strftime('%B')}."

    def deal(self, c: Client, next_contact: datetime | None = None, source: str | None = None
             ) -> dict[str, Any]:
        """What the negotiation with ``c`` must look like when inferred from the mail."""
        deal = {"client": c.domain, "client_name": c.name, "client_email": c.email,
                "manager": c.manager.email, "product": c.product, "stage": "proposal",
                "next_contact": next_contact.isoformat() if next_contact else None,
                "next_contact_source": source}
        self.deals.append(deal)
        return deal

    def background(self) -> None:
        """Newsletters, auto-replies and internal mail: none of it is a client contact."""
        rng = self.rng
        for manager in co.MANAGERS + (co.HEAD,):
            box = self.mbox(manager)
            for week in range(16):
                d = START + timedelta(days=7 * week + 1)
                if self.at(d, 8, 0, manager.timezone) > AS_OF:
                    break
                addr, name, subject = rng.choice(co.NEWSLETTER_SENDERS)
                self.send(when=self.at(d, 7, 30, manager.timezone), sender=(addr, name),
                          to=[(manager.email, manager.name)], subject=subject,
                          body="Главные новости недели. Отписаться: https://news.example/unsub",
                          headers={"List-Unsubscribe": "<https://news.example/unsub>",
                                   "Precedence": "bulk"}, stores=[(box, "INBOX")])
                self.truth["automated_messages"] += 1
        # An out-of-office answer from one client to a manager's message.
        c = self.clients[0]
        self.send(when=self.at(date(2026, 10, 6), 10, 5, c.manager.timezone), sender=(c.email, c.contact),
                  to=[(c.manager.email, c.manager.name)], subject="Автоответ: Нет на месте",
                  body="Я в отпуске до 15 октября. По срочным вопросам звоните в приёмную.",
                  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
                  stores=[(self.mbox(c.manager), "INBOX")])
        self.truth["automated_messages"] += 1
        # The head's weekly internal planning mail.
        for week in range(0, 16, 2):
            d = START + timedelta(days=7 * week)
            if self.at(d, 9, 0, "Europe/Moscow") > AS_OF:
                break
            self.send(when=self.at(d, 9, 0, "Europe/Moscow"), sender=(co.HEAD.email, co.HEAD.name),
                      to=[(m.email, m.name) for m in co.MANAGERS], subject="Планёрка в понедельник",
                      body="Коллеги, в понедельник в 10:00 разбираем воронку и план месяца.",
                      stores=[(self.mbox(co.HEAD), "Sent")] +
                      [(self.mbox(m), "INBOX") for m in co.MANAGERS])
        self.tag_commands()

    def tag_commands(self) -> None:
        """Managers update deals by replying to the tag address; one spoofed attempt."""
        targets = [d for d in self.deals if not any(
            d["client"] == x["client"] for x in self.truth["missed_next_contacts"] +
            self.truth["stale_deals"] + self.truth["slipped_deals"])]
        for i, deal in enumerate(targets[:4]):
            manager = next(m for m in co.MANAGERS if m.email == deal["manager"])
            client = next(c for c in self.clients if c.domain == deal["client"])
            thread = [m for m in self.mails if m.sender[0] == client.email
                      and "Auto-Submitted" not in m.headers][-1]
            when = self.later(max(thread.when, AS_OF - timedelta(days=2)), 0.5, manager.timezone)
            if when > AS_OF:
                when = AS_OF - timedelta(hours=2)
            if i == 3:
                body = "#won 12 млн Договор подписан." if manager.locale == "ru" else \
                    "#won 12m RUB Contract signed."
                self.truth["tag_updates"].append({"client": deal["client"], "field": "status",
                                                  "value": "won", "amount_minor": 12_000_000_00,
                                                  "manager": deal["manager"]})
                deal["stage"] = "won"
            else:
                # Always a real move from what the mail shows (a proposal sent).
                stage = ("contract", "qualified", "negotiation")[i]
                deal["stage"] = stage
                word = {"ru": "#этап", "en": "#stage"}[manager.locale]
                body = f"{word} {stage} " + ("Клиент согласовал ставку." if manager.locale == "ru"
                                              else "Client agreed on the rate.")
                self.truth["tag_updates"].append({"client": deal["client"], "field": "stage",
                                                  "value": stage, "manager": deal["manager"]})
            mail = self.reply(thread, (manager.email, manager.name), [(co.TAG_ADDRESS, "dealtrail")],
                              body, when, manager.locale, [(self.mbox(manager), "Sent"),
                                                           ("deals", "INBOX")])
            mail.subject = "FW: " + thread.subject
        # A client tries to close a deal by writing to the tag address: rejected.
        client = self.clients[1]
        spoof = self.send(when=AS_OF - timedelta(hours=5), sender=(client.email, client.contact),
                          to=[(co.TAG_ADDRESS, "dealtrail")], subject="deal",
                          body="#won 100 млн", stores=[("deals", "INBOX")])
        self.truth["tag_rejected"].append({"message_id": spoof.msgid, "reason": "not a manager"})


def _eml(mail: Mail) -> bytes:
    msg = EmailMessage()
    msg["Message-ID"] = f"<{mail.msgid}>"
    msg["Date"] = format_datetime(mail.when)
    msg["From"] = f"{mail.sender[1]} <{mail.sender[0]}>"
    msg["To"] = ", ".join(f"{n} <{a}>" for a, n in mail.to)
    if mail.cc:
        msg["Cc"] = ", ".join(f"{n} <{a}>" for a, n in mail.cc)
    msg["Subject"] = mail.subject
    if mail.in_reply_to:
        msg["In-Reply-To"] = f"<{mail.in_reply_to}>"
        msg["References"] = " ".join(f"<{r}>" for r in mail.references)
    for key, value in mail.headers.items():
        msg[key] = value
    msg.set_content(mail.body)
    if mail.attachment:
        msg.add_attachment(b"%PDF-1.4 demo\n", maintype="application", subtype="pdf",
                           filename=mail.attachment)
    return msg.as_bytes()


def _ics(meetings: list[Meeting]) -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//dealtrail//demo//EN"]
    for m in meetings:
        start = m.start.astimezone(ZoneInfo("UTC"))
        end = start + timedelta(minutes=m.minutes)
        lines += ["BEGIN:VEVENT", f"UID:{m.uid}", f"DTSTAMP:{start:%Y%m%dT%H%M%SZ}",
                  f"DTSTART:{start:%Y%m%dT%H%M%SZ}", f"DTEND:{end:%Y%m%dT%H%M%SZ}",
                  f"SUMMARY:{m.summary}", f"ORGANIZER:mailto:{m.organizer}"]
        lines += [f"ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:{a}" for a in m.attendees]
        lines += ["STATUS:CONFIRMED", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


def generate(out_dir: Path, seed: int = 7) -> Path:
    """Write the demo company into ``out_dir``; returns the path of its dealtrail.toml."""
    out_dir = Path(out_dir)
    story = Story(seed)
    story.run()
    story.mails.sort(key=lambda m: m.when)
    for mail in story.mails:
        raw = _eml(mail)
        for box, folder in mail.stores:
            base = out_dir / "mail" / box / ("" if folder == "INBOX" else f".{folder}")
            for sub in ("cur", "new", "tmp"):
                (base / sub).mkdir(parents=True, exist_ok=True)
            name = f"{int(mail.when.timestamp())}.{mail.msgid.split('@')[0]}.demo:2,S"
            (base / "cur" / name).write_bytes(raw)
    for person in co.MANAGERS + (co.HEAD,):
        box = Story.mbox(person)
        calendar_dir = out_dir / "calendar" / box
        calendar_dir.mkdir(parents=True, exist_ok=True)
        (calendar_dir / "meetings.ics").write_text(
            _ics([m for m in story.meetings if m.owner == box]), encoding="utf-8")
    _write_tables(out_dir, story)
    (out_dir / "ground_truth.json").write_text(
        json.dumps(story.truth, ensure_ascii=False, indent=2), encoding="utf-8")
    config = out_dir / "dealtrail.toml"
    config.write_text(_config_text(), encoding="utf-8")
    return config


def _write_tables(out_dir: Path, story: Story) -> None:
    rng = random.Random(story.seed + 1)
    phones = _client_phones(story)
    with (out_dir / "clients.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["client", "domains", "owner", "segment", "phones"])
        for c in story.clients:
            if c.domain in co.FREEMAIL_DOMAINS:
                continue  # sole traders on free mail are matched per person, automatically
            w.writerow([c.name, c.domain, c.manager.email,
                        "international" if c.lang == "en" else "corporate", phones[c.domain]])
    _write_calls(out_dir, story, phones)
    _write_crm_example(out_dir, story)
    products = [p[0] for p in co.PRODUCTS]
    months = ["2026-08", "2026-09", "2026-10", "2026-11", "2026-12"]
    plan_rows = []
    plan_total: dict[str, dict[str, int]] = {}
    for m in co.MANAGERS:
        for month in months:
            for product in products:
                amount = rng.choice((10, 15, 20, 25, 30)) * 1_000_000
                plan_rows.append([month, "manager", m.team, m.email, product, "amount", amount, "RUB"])
                plan_total.setdefault(month, {}).setdefault(m.email, 0)
                plan_total[month][m.email] += amount * 100
    with (out_dir / "plans.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["period", "scope", "team", "manager", "product", "metric", "amount", "currency"])
        w.writerows(plan_rows)
    sales_rows = []
    fact: dict[str, dict[str, int]] = {}
    n = 0
    for m in co.MANAGERS:
        mine = [c for c in story.clients if c.manager.email == m.email
                and c.domain not in co.FREEMAIL_DOMAINS]
        for month in months[:4]:
            year, mon = map(int, month.split("-"))
            for _ in range(rng.randrange(4, 8)):
                day = date(year, mon, rng.randrange(1, 29))
                if month == "2026-11" and day >= AS_OF.date():
                    day = AS_OF.date() - timedelta(days=1)
                client = rng.choice(mine)
                amount = rng.choice((2, 3, 5, 8, 12, 15)) * 1_000_000
                currency = "USD" if (m.locale == "en" and rng.random() < 0.3) else "RUB"
                if currency == "USD":
                    amount = amount // 100
                n += 1
                sales_rows.append([f"1C-{n:05d}", day.isoformat(), m.email, client.product,
                                   client.name, _ru_number(amount), currency])
                rub = int(round(amount * FX.get(currency, 1.0) * 100))
                fact.setdefault(month, {}).setdefault(m.email, 0)
                fact[month][m.email] += rub
        # One refund in October for each of the first two managers.
        if m in co.MANAGERS[:2]:
            n += 1
            sales_rows.append([f"1C-{n:05d}", "2026-10-28", m.email, mine[0].product, mine[0].name,
                               _ru_number(-1_000_000), "RUB"])
            fact["2026-10"][m.email] -= 1_000_000 * 100
    with (out_dir / "sales.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(["external_id", "date", "manager", "product", "client", "amount", "currency"])
        w.writerows(sales_rows)
    for update in story.truth["tag_updates"]:
        if update["field"] == "status":
            fact.setdefault("2026-11", {}).setdefault(update["manager"], 0)
            fact["2026-11"][update["manager"]] += update["amount_minor"]
    story.truth["plan"] = {month: {"plan_minor": plan_total.get(month, {}),
                                   "fact_minor": fact.get(month, {})} for month in months}
    story.truth["fx"] = FX
    story.truth["timezone"] = "Europe/Moscow"
    story.truth["negotiations"] = [{
        "client": d["client_email"] if d["client"] in co.FREEMAIL_DOMAINS else d["client_name"],
        "manager": d["manager"], "product": None, "stage": d["stage"], "stage_evidence": None,
        "next_contact": d["next_contact"][:10] if d["next_contact"] else None,
        "next_contact_source": d["next_contact_source"], "amount": None,
        "expected_close": "2027-01-31" if any(x["client"] == d["client"] for x in
                                              story.truth["slipped_deals"]) else None}
        for d in story.deals]
    story.truth["counts"] = {"clients": len(story.clients), "deals": len(story.deals),
                             "mails": len(story.mails), "meetings": len(story.meetings)}


def _client_phones(story: Story) -> dict[str, str]:
    """One switchboard number per client of the directory, written as people write them."""
    rng = random.Random(story.seed + 3)
    out: dict[str, str] = {}
    for n, c in enumerate(story.clients):
        if c.domain in co.FREEMAIL_DOMAINS:
            continue               # a sole trader on free mail is not in the directory
        if c.lang == "en":
            out[c.domain] = f"+44 20 7946 {n:04d}"
        else:
            out[c.domain] = f"+7 (495) {rng.randrange(200, 999)}-{n // 100 + 10:02d}-{n % 100:02d}"
    return out


def extension(person: co.Person) -> str:
    """The demo PBX's internal extension of a manager, as its call log names them."""
    return str(101 + co.MANAGERS.index(person))


def _write_calls(out_dir: Path, story: Story, phones: dict[str, str]) -> None:
    """The telephony's call log: each manager calls clients back after answering their mail.

    Only clients without a planted violation are called, a few minutes after the
    manager's last reply, so every call is a contact that changes no planted outcome;
    every fifth is a missed inbound call (duration 0, no contact).
    """
    rng = random.Random(story.seed + 4)
    last_reply: dict[str, datetime] = {}
    for mail in story.mails:
        for c in story.clients:
            if (c.scenario == "normal" and c.domain in phones and mail.when < AS_OF
                    and mail.sender[0] == c.manager.email and any(a == c.email for a, _ in mail.to)):
                last_reply[c.domain] = max(mail.when, last_reply.get(c.domain, mail.when))
    rows_out = []
    for n, c in enumerate(c for c in story.clients if c.domain in last_reply):
        when = last_reply[c.domain] + timedelta(minutes=rng.randrange(5, 40))
        if when >= AS_OF:
            continue
        missed = n % 5 == 4
        rows_out.append([when.astimezone(ZoneInfo("Europe/Moscow")).strftime("%d.%m.%Y %H:%M:%S"),
                         "Входящий" if missed else "Исходящий", extension(c.manager),
                         phones[c.domain], "0" if missed else str(rng.randrange(60, 900)),
                         "Пропущенный" if missed else "Отвечен"])
    story.truth["calls"] = {"rows": len(rows_out),
                            "answered": sum(1 for r in rows_out if r[5] == "Отвечен")}
    with (out_dir / "calls.csv").open("w", newline="", encoding="cp1251") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(["Дата и время", "Тип звонка", "Внутренний номер", "Номер абонента",
                    "Длительность", "Статус"])
        w.writerows(rows_out)


def _write_crm_example(out_dir: Path, story: Story) -> None:
    """``crm-export.csv``: three of the bank's deals as a Bitrix24 export writes them.

    Not imported by the demo (its negotiations come from the mail): it shows that
    ``dealtrail deals import crm-export.csv`` merges a CRM's deals into the deals
    inferred from the mail instead of adding them twice.
    """
    names = {p.email: p.name for p in co.MANAGERS + (co.HEAD,)}
    picked = [d for d in story.deals if d["client"] not in co.FREEMAIL_DOMAINS][:3]
    story.truth["crm_example"] = [d["client_name"] for d in picked]
    with (out_dir / "crm-export.csv").open("w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(["ID", "Название сделки", "Стадия сделки", "Ответственный", "Сумма", "Валюта",
                    "Компания", "Предполагаемая дата закрытия"])
        for n, d in enumerate(picked, start=1):
            w.writerow([f"{1040 + n}", f"{d['client_name']}: {d['product']}",
                        "Коммерческое предложение", names[d["manager"]],
                        _ru_number(n * 5_000_000), "RUB", d["client_name"], "31.12.2026"])


def _ru_number(amount: int) -> str:
    """1 234 567,00 — how an accounting export writes money."""
    sign = "-" if amount < 0 else ""
    return sign + f"{abs(amount):,}".replace(",", " ") + ",00"


def _config_text() -> str:
    managers = "\n".join(
        f'[[managers]]\nemail = "{p.email}"\nname = "{p.name}"\nrole = "{p.role}"\n'
        f'team = "{p.team}"\ntimezone = "{p.timezone}"\nlocale = "{p.locale}"\n'
        + (f'extension = "{extension(p)}"\n' if p in co.MANAGERS else "")
        for p in (co.HEAD,) + co.MANAGERS)
    boxes = []
    for p in co.MANAGERS + (co.HEAD,):
        box = Story.mbox(p)
        boxes.append(f'[[mailboxes]]\nname = "{box}-mail"\nkind = "maildir"\nowner = "{p.email}"\n'
                     f'path = "mail/{box}"\n')
        boxes.append(f'[[mailboxes]]\nname = "{box}-calendar"\nkind = "ics"\nowner = "{p.email}"\n'
                     f'path = "calendar/{box}"\n')
    boxes.append(f'[[mailboxes]]\nname = "tags"\nkind = "maildir"\nowner = "{co.TAG_ADDRESS}"\n'
                 f'purpose = "tags"\npath = "mail/deals"\n')
    products = "\n".join(
        f'[[products]]\ncode = "{code}"\nname_en = "{en}"\nname_ru = "{ru}"\n'
        f'aliases = {json.dumps(list(aliases), ensure_ascii=False)}\n'
        for code, en, ru, aliases in co.PRODUCTS)
    return f'''# The demo bank. Generated by `dealtrail demo`; every name in it is invented.
database = "dealtrail.db"

[company]
name = "Демо Банк"
internal_domains = ["{co.DOMAIN}"]
base_currency = "RUB"
country = "RU"
timezone = "Europe/Moscow"
locale = "{co.LOCALE}"

[clients]
directory = "clients.csv"

[imports]
plans = "plans.csv"
sales = ["sales.csv"]
calls = "calls.csv"
fx_rates = {{ USD = {FX["USD"]}, EUR = {FX["EUR"]} }}

[digest]
sender = "{co.DIGEST_SENDER}"
tag_address = "{co.TAG_ADDRESS}"
out_dir = "digests"

[tags]
address = "{co.TAG_ADDRESS}"
mailbox = "tags"

{managers}
{products}
{chr(10).join(boxes)}'''
