"""Generate a large, deterministic Maildir shaped like a sales manager's mailbox.

One owner (``ivanov@bank.ru``) with an inbox and a ``.Sent`` folder; colleagues
at ``bank.ru``; corporate clients with their own domains and private people on
free-mail domains. Conversations are threaded (Message-ID, In-Reply-To,
References) and replies quote the previous message. Bodies are plain text,
HTML only, multipart/alternative, or multipart/mixed with a base64 attachment;
Russian text comes in UTF-8, KOI8-R and windows-1251 with quoted-printable or
base64 transfer encoding, and headers carry RFC 2047 encoded-words. Some
messages carry promises, requests, complaints; some are automated
(notifications, newsletters, out-of-office).

The same ``--count`` and ``--seed`` always produce byte-identical files.

    python bench/corpus.py --out /tmp/maildir --count 50000
"""

from __future__ import annotations

import argparse
import base64
import quopri
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from email.header import Header
from email.utils import format_datetime
from pathlib import Path

OWNER = "ivanov@bank.ru"
OWNER_NAME = "Иван Иванов"
INTERNAL_DOMAIN = "bank.ru"
COLLEAGUES = [("petrova@bank.ru", "Мария Петрова"), ("sidorov@bank.ru", "Олег Сидоров"),
              ("head.sales@bank.ru", "Анна Кузнецова"), ("legal@bank.ru", "Юридический отдел"),
              ("risk@bank.ru", "Риски")]
FREEMAIL = ["gmail.com", "mail.ru", "yandex.ru", "outlook.com"]
START = datetime(2025, 1, 9, 6, 0, tzinfo=UTC)
SPAN_DAYS = 360

_COMPANY_STEMS = ["alfa", "severstal", "uralmash", "techno", "agro", "stroy", "logist", "pharm",
                  "energo", "retail", "metall", "neft", "trans", "soft", "food", "chem", "avto",
                  "media", "invest", "servis", "north", "volga", "baikal", "delta", "orion"]
_COMPANY_TLDS = ["ru", "ru", "com", "su", "net"]
_FIRST = ["Алексей", "Ольга", "Дмитрий", "Елена", "Сергей", "Наталья", "Павел", "Ирина",
          "John", "Emma", "Michael", "Laura", "Игорь", "Татьяна", "Виктор", "Светлана"]
_LAST = ["Смирнов", "Кузнецова", "Попов", "Волкова", "Лебедев", "Морозова", "Новиков",
         "Smith", "Brown", "Taylor", "Соколов", "Егорова", "Козлов", "Орлова"]
_TRANSLIT = ["alexey", "olga", "dmitry", "elena", "sergey", "natalia", "pavel", "irina",
             "john", "emma", "michael", "laura", "igor", "tatiana", "victor", "svetlana"]

_TOPICS_RU = ["кредитная линия", "депозит на 6 месяцев", "лизинг оборудования",
              "расчётно-кассовое обслуживание", "валютный контроль", "зарплатный проект",
              "банковская гарантия", "овердрафт", "эквайринг"]
_TOPICS_EN = ["credit line", "six-month deposit", "equipment leasing", "cash management",
              "FX control", "payroll project", "bank guarantee", "overdraft", "acquiring"]

_FILLER_RU = [
    "Спасибо за встречу на прошлой неделе, было полезно обсудить условия.",
    "Наш финансовый директор изучил предложение и в целом его поддерживает.",
    "Мы рассматриваем несколько банков, решение примем до конца квартала.",
    "Прилагаю актуальную выписку и отчётность за последний период.",
    "По ставке хотелось бы понять, есть ли пространство для обсуждения.",
    "Коллеги из бухгалтерии подготовили вопросы по документам.",
    "Объём оборотов в этом году вырос примерно на двадцать процентов.",
    "Давайте сверим график платежей и комиссии по обслуживанию.",
    "Юристы посмотрели договор, замечаний немного, пришлём отдельно.",
    "Нам важно, чтобы подключение прошло без остановки текущих платежей.",
]
_FILLER_EN = [
    "Thanks for the meeting last week, it was useful to go through the terms.",
    "Our CFO has reviewed the proposal and broadly supports it.",
    "We are talking to several banks and will decide by the end of the quarter.",
    "Please find our latest statements and reports for the period attached.",
    "On the rate, we would like to understand whether there is room to negotiate.",
    "Our accounting team has prepared a few questions about the documents.",
    "Our turnover this year has grown by roughly twenty percent.",
    "Let us reconcile the payment schedule and the service fees.",
]
_PROMISE_RU = ["Пришлю обновлённое предложение до пятницы.", "Завтра направлю проект договора.",
               "Перезвоню вам в понедельник после обеда.",
               "Подготовлю расчёт по ставке до 15 числа."]
_PROMISE_EN = ["I will send the updated proposal by Friday.",
               "I'll call you back on Monday afternoon.",
               "I will get the draft agreement to you tomorrow."]
_REQUEST_RU = ["Пришлите, пожалуйста, договор до среды.", "Можете подготовить коммерческое предложение?",
               "Просим направить тарифы до конца недели."]
_REQUEST_EN = ["Could you please send the contract by Wednesday?",
               "Please send us the tariffs by the end of the week.",
               "Can you prepare a quote for us?"]
_COMPLAINT_RU = ["Мы крайне недовольны: платёж завис уже третий день, никто не отвечает.",
                 "Это уже вторая жалоба — списали комиссию, которой не было в договоре."]
_COMPLAINT_EN = ["We are very unhappy: the payment has been stuck for three days and nobody answers.",
                 "This is our second complaint — you charged a fee that is not in the contract."]
_SIGN_RU = "\n\n--\nС уважением,\n{name}\n{company}\nтел. +7 (495) 123-45-67\n"
_SIGN_EN = "\n\n--\nBest regards,\n{name}\n{company}\nphone +1 212 555 0100\n"


class Person:
    """A correspondent: address, display name, language, preferred charset."""

    __slots__ = ("addr", "name", "company", "lang", "charset")

    def __init__(self, addr: str, name: str, company: str, lang: str, charset: str) -> None:
        self.addr, self.name, self.company, self.lang, self.charset = addr, name, company, lang, charset


def _people(rng: random.Random) -> list[Person]:
    people = []
    for i in range(400):
        stem = rng.choice(_COMPANY_STEMS) + rng.choice(["", "-group", "prom", "plus"])
        domain = f"{stem}{i}.{rng.choice(_COMPANY_TLDS)}"
        company = f"ООО «{stem.capitalize()}{i}»" if i % 4 else f"{stem.capitalize()}{i} Ltd"
        for _ in range(rng.randint(1, 3)):
            k = rng.randrange(len(_FIRST))
            lang = "en" if _FIRST[k][0].isascii() else "ru"
            charset = "utf-8" if lang == "en" else rng.choice(["utf-8", "utf-8", "koi8-r",
                                                               "windows-1251"])
            people.append(Person(f"{_TRANSLIT[k]}.{rng.randrange(1000)}@{domain}",
                                 f"{_FIRST[k]} {rng.choice(_LAST)}", company, lang, charset))
    for i in range(120):
        k = rng.randrange(len(_FIRST))
        lang = "en" if _FIRST[k][0].isascii() else "ru"
        charset = "utf-8" if lang == "en" else rng.choice(["utf-8", "koi8-r", "windows-1251"])
        people.append(Person(f"{_TRANSLIT[k]}{i}@{rng.choice(FREEMAIL)}",
                             f"{_FIRST[k]} {rng.choice(_LAST)}", "", lang, charset))
    return people


# Characters that KOI8-R and windows-1251 headers cannot carry, as senders' clients replace them.
_EIGHT_BIT_FALLBACK = str.maketrans({"«": '"', "»": '"', "—": "-", "№": "N"})


def _header(value: str, charset: str) -> str:
    """An RFC 2047 encoded-word header value when it is not ASCII."""
    if value.isascii():
        return value
    if charset != "utf-8":
        value = value.translate(_EIGHT_BIT_FALLBACK)
    return Header(value, charset, errors="replace").encode()


def _address(name: str, addr: str, charset: str) -> str:
    return f"{_header(name, charset)} <{addr}>" if name else addr


def _encode_text(text: str, charset: str, rng: random.Random) -> tuple[str, bytes]:
    """(Content-Transfer-Encoding, body bytes) for a text part."""
    if charset != "utf-8":
        text = text.translate(_EIGHT_BIT_FALLBACK)
    data = text.encode(charset, errors="replace")
    if data.isascii():
        return "7bit", data
    if rng.random() < 0.5:
        return "quoted-printable", quopri.encodestring(data)
    return "base64", base64.encodebytes(data)


def _html(text: str) -> str:
    paras = "".join(f"<p>{line or '&nbsp;'}</p>" for line in text.split("\n"))
    return ("<html><head><meta charset=\"utf-8\"><style>p{margin:0}</style></head>"
            f"<body><div style=\"font-family:Calibri\">{paras}</div></body></html>")


def _quote(text: str, who: str, when: datetime, lang: str) -> str:
    head = (f"{format_datetime(when)}, {who} пишет:" if lang == "ru"
            else f"On {format_datetime(when)}, {who} wrote:")
    return head + "\n" + "\n".join("> " + line for line in text.split("\n")[:40])


class Generator:
    """Streams messages; same seed, same bytes."""

    def __init__(self, count: int, seed: int = 1) -> None:
        self.count = count
        self.rng = random.Random(seed)
        self.people = _people(self.rng)
        self.serial = 0

    def _mid(self) -> str:
        self.serial += 1
        return f"<{self.serial:08d}.{self.rng.randrange(16**8):08x}@{'mx.bank.ru'}>"

    def _body_text(self, lang: str, kind: str, sender: str, company: str, topic: str) -> str:
        rng = self.rng
        filler = _FILLER_RU if lang == "ru" else _FILLER_EN
        lines = [("Добрый день!" if lang == "ru" else "Hello,"), ""]
        lines += rng.sample(filler, rng.randint(1, 4))
        lines.append((f"По вопросу «{topic}»: " if lang == "ru" else f"Regarding the {topic}: ")
                     + rng.choice(filler))
        if kind == "promise":
            lines.append(rng.choice(_PROMISE_RU if lang == "ru" else _PROMISE_EN))
        elif kind == "request":
            lines.append(rng.choice(_REQUEST_RU if lang == "ru" else _REQUEST_EN))
        elif kind == "complaint":
            lines.append(rng.choice(_COMPLAINT_RU if lang == "ru" else _COMPLAINT_EN))
        sign = _SIGN_RU if lang == "ru" else _SIGN_EN
        return "\n".join(lines) + sign.format(name=sender, company=company or "")

    def _mime(self, text: str, charset: str, shape: str) -> tuple[list[str], bytes]:
        """(content headers, body) for the chosen MIME shape."""
        rng = self.rng
        if shape == "plain":
            cte, data = _encode_text(text, charset, rng)
            return [f"Content-Type: text/plain; charset=\"{charset}\"",
                    f"Content-Transfer-Encoding: {cte}"], data
        if shape == "html":
            cte, data = _encode_text(_html(text), charset, rng)
            return [f"Content-Type: text/html; charset=\"{charset}\"",
                    f"Content-Transfer-Encoding: {cte}"], data
        boundary = f"=_b{self.serial:x}_{rng.randrange(16**6):06x}"
        parts = []
        for ctype, content in (("text/plain", text), ("text/html", _html(text))):
            cte, data = _encode_text(content, charset, rng)
            parts.append(f"Content-Type: {ctype}; charset=\"{charset}\"\n"
                         f"Content-Transfer-Encoding: {cte}\n\n".encode() + data)
        alternative = self._multipart("alternative", boundary + "a", parts)
        if shape == "alternative":
            return [f"Content-Type: multipart/alternative; boundary=\"{boundary}a\""], alternative
        name = rng.choice(["Договор.pdf", "КП_2025.docx", "statement.xlsx", "Тарифы.pdf",
                           "scan.jpg"])
        blob = rng.randbytes(rng.choice([3_000, 12_000, 40_000, 90_000]))
        attachment = (f"Content-Type: application/octet-stream; name=\"{_header(name, 'utf-8')}\"\n"
                      "Content-Transfer-Encoding: base64\n"
                      f"Content-Disposition: attachment; filename=\"{_header(name, 'utf-8')}\"\n\n"
                      ).encode() + base64.encodebytes(blob)
        inner = (f"Content-Type: multipart/alternative; boundary=\"{boundary}a\"\n\n".encode()
                 + alternative)
        return ([f"Content-Type: multipart/mixed; boundary=\"{boundary}m\""],
                self._multipart("mixed", boundary + "m", [inner, attachment]))

    @staticmethod
    def _multipart(_kind: str, boundary: str, parts: list[bytes]) -> bytes:
        out = [b"This is a multi-part message in MIME format.\n"]
        for part in parts:
            out.append(f"--{boundary}\n".encode() + part + b"\n")
        out.append(f"--{boundary}--\n".encode())
        return b"".join(out)

    def _automated(self, when: datetime) -> tuple[str, bytes]:
        rng = self.rng
        kind = rng.choice(["notify", "newsletter", "ooo"])
        mid = self._mid()
        if kind == "notify":
            head = ["From: =?utf-8?B?" + base64.b64encode("Система CRM".encode()).decode()
                    + "?= <noreply@crm.bank.ru>", "Auto-Submitted: auto-generated",
                    "Subject: " + _header(f"Задача №{rng.randrange(10**5)} просрочена", "utf-8")]
            text = "Задача просрочена. Откройте CRM, чтобы закрыть её.\n"
        elif kind == "newsletter":
            head = ["From: News <news@rbc-digest.ru>", "Precedence: bulk",
                    "List-Unsubscribe: <mailto:unsubscribe@rbc-digest.ru>",
                    "Subject: " + _header("Главное за день: рынки и ставки", "utf-8")]
            text = "Главные новости дня. " * rng.randint(5, 30) + "\n"
        else:
            person = rng.choice(self.people)
            head = [f"From: {_address(person.name, person.addr, 'utf-8')}",
                    "Auto-Submitted: auto-replied", "X-Autoreply: yes",
                    "Subject: " + _header("Автоответ: в отпуске до понедельника", "utf-8")]
            text = "Я в отпуске, отвечу после возвращения.\n"
        ctype, body = self._mime(text, "utf-8", "html" if kind == "newsletter" else "plain")
        lines = head + [f"To: {OWNER}", f"Date: {format_datetime(when)}", f"Message-ID: {mid}",
                        "MIME-Version: 1.0"] + ctype
        return "INBOX", ("\n".join(lines) + "\n\n").encode() + body

    def messages(self):  # type: ignore[no-untyped-def]
        """Yield (folder, raw bytes) for every message, in time order."""
        rng = self.rng
        produced = 0
        step = SPAN_DAYS * 86400 / max(self.count, 1)
        while produced < self.count:
            when = START + timedelta(seconds=produced * step + rng.random() * step)
            if rng.random() < 0.12:
                produced += 1
                yield self._automated(when)
                continue
            if rng.random() < 0.06:
                produced += 1
                yield self._internal(when)
                continue
            for item in self._conversation(when, self.count - produced):
                produced += 1
                yield item

    def _internal(self, when: datetime) -> tuple[str, bytes]:
        addr, name = self.rng.choice(COLLEAGUES)
        text = self._body_text("ru", "plain", name, "Банк", self.rng.choice(_TOPICS_RU))
        outgoing = self.rng.random() < 0.4
        return self._compose(("Sent" if outgoing else "INBOX"),
                             (OWNER_NAME, OWNER) if outgoing else (name, addr),
                             [(name, addr)] if outgoing else [(OWNER_NAME, OWNER)], [],
                             "Внутреннее: " + self.rng.choice(_TOPICS_RU), text, "utf-8", when,
                             self._mid(), None, [])

    def _conversation(self, when: datetime, room: int):  # type: ignore[no-untyped-def]
        rng = self.rng
        client = rng.choice(self.people)
        lang, charset = client.lang, client.charset
        topics = _TOPICS_RU if lang == "ru" else _TOPICS_EN
        topic = rng.choice(topics)
        subject = (f"{topic.capitalize()} для {client.company or client.name}" if lang == "ru"
                   else f"{topic.capitalize()} for {client.company or client.name}")
        length = min(room, rng.choice([1, 1, 2, 2, 3, 3, 4, 5, 6, 8]))
        inbound = rng.random() < 0.6
        refs: list[str] = []
        previous: tuple[str, str, datetime] | None = None
        cc = [(name, addr) for addr, name in [rng.choice(COLLEAGUES)]] if rng.random() < 0.15 else []
        for n in range(length):
            kind = rng.choices(["plain", "promise", "request", "complaint"],
                               [70, 12 if not inbound else 0, 14 if inbound else 0,
                                4 if inbound else 0])[0]
            sender = (client.name, client.addr) if inbound else (OWNER_NAME, OWNER)
            rcpt = [(OWNER_NAME, OWNER)] if inbound else [(client.name, client.addr)]
            text = self._body_text(lang, kind, sender[0],
                                   client.company if inbound else "Банк", topic)
            if previous:
                text += "\n\n" + _quote(*previous, lang)
            prefix = ("Re: " if lang == "en" or rng.random() < 0.5 else "RE: ") if n else ""
            mid = self._mid()
            yield self._compose("INBOX" if inbound else "Sent", sender, rcpt, cc,
                                prefix + subject, text, charset, when, mid,
                                refs[-1] if refs else None, refs[-10:])
            previous = (text.split("\n\n--")[0], sender[0], when)
            refs.append(mid)
            when += timedelta(minutes=rng.randint(5, 60 * 48))
            inbound = not inbound if rng.random() < 0.85 else inbound

    def _compose(self, folder: str, sender: tuple[str, str], rcpt: list[tuple[str, str]],
                 cc: list[tuple[str, str]], subject: str, text: str, charset: str,
                 when: datetime, mid: str, in_reply_to: str | None, refs: list[str]
                 ) -> tuple[str, bytes]:
        shape = self.rng.choices(["plain", "html", "alternative", "mixed"], [45, 10, 33, 12])[0]
        content, body = self._mime(text, charset, shape)
        head = [f"From: {_address(sender[0], sender[1], charset)}",
                "To: " + ", ".join(_address(n, a, charset) for n, a in rcpt)]
        if cc:
            head.append("Cc: " + ", ".join(_address(n, a, charset) for n, a in cc))
        head += [f"Subject: {_header(subject, charset)}", f"Date: {format_datetime(when)}",
                 f"Message-ID: {mid}"]
        if in_reply_to:
            head.append(f"In-Reply-To: {in_reply_to}")
            head.append("References: " + "\n\t".join(refs))
        head += ["MIME-Version: 1.0", "X-Mailer: Microsoft Outlook 16.0"] + content
        received = ("Received: from mx.bank.ru (mx.bank.ru [10.0.0.5]) by imap.bank.ru;"
                    f" {format_datetime(when)}")
        return folder, ("\n".join([received] + head) + "\n\n").encode() + body


def write_maildir(out: Path, count: int, seed: int = 1) -> dict[str, int]:
    """Write ``count`` messages under ``out`` (INBOX = out, Sent = out/.Sent); returns counts."""
    counts = {"INBOX": 0, "Sent": 0}
    bases = {"INBOX": out, "Sent": out / ".Sent"}
    for base in bases.values():
        for sub in ("cur", "new", "tmp"):
            (base / sub).mkdir(parents=True, exist_ok=True)
    for i, (folder, raw) in enumerate(Generator(count, seed).messages()):
        name = f"{1736400000 + i}.M{i}P1.corpus:2,S"
        (bases[folder] / "cur" / name).write_bytes(raw)
        counts[folder] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="Maildir to create")
    parser.add_argument("--count", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    started = time.monotonic()
    counts = write_maildir(args.out, args.count, args.seed)
    size = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
    print(f"{sum(counts.values())} messages ({counts}) {size / 1e6:.1f} MB in "
          f"{time.monotonic() - started:.1f} s -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
