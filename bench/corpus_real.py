"""Maildirs of realistic text for the indexing benchmark, besides the generated one.

- ``enron``: the 3,000 real Enron messages of ``tests/corpora/enron_inbox`` (or a larger
  folder of the same shape), replicated to ``count`` with a fresh Message-ID on every copy,
  so each copy is a message of its own for every indexer.
- ``ru``: long Russian business threads written for this benchmark: each message is a reply
  that quotes the whole history before it in the way Outlook, Gmail and Yandex quote in
  Russian, with a signature and a mobile footer now and then; 3 to 12 messages a thread, so
  most of each message is quoted history. Deterministic for a seed.

    python bench/corpus_real.py --kind ru --count 20000 --out /tmp/ru-maildir
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from datetime import UTC, datetime, timedelta
from email.header import Header
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ENRON = ROOT / "tests" / "corpora" / "enron_inbox" / "maildir"
RU_OWNER = "s.orlova@bank.ru"

_MSGID = re.compile(rb"^Message-ID:[^\n]*\n", re.IGNORECASE | re.MULTILINE)


def _maildir(out: Path) -> dict[str, Path]:
    bases = {"INBOX": out, "Sent": out / ".Sent"}
    for base in bases.values():
        for sub in ("cur", "new", "tmp"):
            (base / sub).mkdir(parents=True, exist_ok=True)
    return bases


def write_enron(out: Path, count: int, source: Path = ENRON) -> int:
    """``count`` copies drawn in turn from the Enron messages under ``source``, each with its own
    Message-ID; returns the number written."""
    files = sorted(p for p in source.glob("*/inbox/*") if p.is_file())
    if not files:
        raise SystemExit(f"no Enron messages under {source}")
    originals = [f.read_bytes().replace(b"\r\n", b"\n") for f in files]
    bases = _maildir(out)
    for i in range(count):
        raw = originals[i % len(originals)]
        body_at = raw.find(b"\n\n")
        head, body = (raw[:body_at + 1], raw[body_at:]) if body_at >= 0 else (raw, b"")
        head = _MSGID.sub(b"", head) + f"Message-ID: <copy{i}.{i % len(originals)}@bench.enron>\n".encode()
        (bases["INBOX"] / "cur" / f"{1736400000 + i}.M{i}P1.enron:2,S").write_bytes(head + body)
    return count


# ------------------------------------------------------------------ Russian threads

_CLIENTS = [("ООО «СеверЛес»", "severles.ru", "Андрей Кузьмин", "a.kuzmin"),
            ("АО «ТехноСтрой»", "tehnostroy.ru", "Марина Волкова", "volkova"),
            ("ООО «АгроТрейд»", "agrotrade.ru", "Игорь Лебедев", "lebedev.i"),
            ("ООО «МедСервис»", "medservis.ru", "Елена Соколова", "e.sokolova"),
            ("ПАО «ЭнергоМаш»", "energomash.ru", "Олег Никитин", "nikitin"),
            ("ООО «Логистик Плюс»", "logplus.ru", "Татьяна Крылова", "krylova.t")]
_OPEN = ["Добрый день, {name}!", "Здравствуйте, {name}.", "{name}, добрый день.",
         "Коллеги, добрый день!", "Добрый вечер!"]
_BODY = [
    "Направляю вам обновлённое коммерческое предложение по кредитной линии с учётом наших "
    "договорённостей на встрече.",
    "Мы рассмотрели ваши условия, в целом они нас устраивают, но ставка всё ещё выше, чем у "
    "другого банка, с которым мы параллельно ведём переговоры.",
    "Пришлите, пожалуйста, бухгалтерскую отчётность за последние четыре квартала и "
    "расшифровку дебиторской задолженности.",
    "Документы получили, передали в кредитный отдел, ответ по лимиту ожидаем в течение пяти "
    "рабочих дней.",
    "Подскажите, можно ли перенести встречу на четверг, на вторую половину дня?",
    "По эквайрингу: готовы подключить двадцать терминалов в первом квартале, остальные во "
    "втором, если тариф будет не выше 1,6 %.",
    "Я уточню у коллег из валютного контроля и вернусь к вам с ответом до конца недели.",
    "Спасибо за оперативность, всё получили, изучаем.",
    "Напоминаю, что договор нужно подписать до 25-го числа, иначе придётся переносить "
    "выдачу на следующий месяц.",
    "Третий раз пишу по поводу списания комиссии за обслуживание, ответа до сих пор нет, "
    "это уже переходит все границы.",
    "Наш финансовый директор сейчас в отпуске, вернётся в понедельник, тогда и согласуем "
    "окончательные условия.",
    "Во вложении проект договора с нашими правками, основные изменения в разделах 4 и 7, "
    "просьба посмотреть и дать обратную связь.",
    "Предлагаю созвониться завтра в 11:00, чтобы обсудить график погашения и залоговое "
    "обеспечение.",
    "По зарплатному проекту: сотрудников около трёхсот, выплаты дважды в месяц, карты нужны "
    "к первому декабря.",
    "Хотели бы понять, какие документы понадобятся для открытия счёта обособленному "
    "подразделению в Казани.",
    "Кредитный комитет одобрил лимит в 50 млн рублей на 24 месяца, подробности во вложении.",
]
_SIGNOFF = ["С уважением,", "Спасибо!", "С уважением и наилучшими пожеланиями,", "Всего доброго,"]
_FOOTER = ["", "", "", "Отправлено с iPhone", "Отправлено из мобильной Почты Mail.ru",
           "--\nОтправлено из приложения Яндекс Почта"]
_MANAGER = ("Светлана Орлова", RU_OWNER, "Ведущий менеджер, корпоративный блок\nБанк «Развитие»\n"
            "+7 (495) 123-45-67, доб. 2210")


def _quote_header(rng: random.Random, who: str, addr: str, to: str, when: datetime,
                  subject: str) -> str:
    style = rng.randrange(3)
    if style == 0:  # Outlook, Russian
        return (f"\n\nОт: {who} <{addr}>\nОтправлено: {when:%d.%m.%Y %H:%M}\nКому: {to}\n"
                f"Тема: {subject}\n\n")
    if style == 1:  # Gmail, Russian
        return f"\n\n{when:%d.%m.%Y} {when:%H:%M}, {who} <{addr}>:\n"
    return f"\n\n{when:%d.%m.%Y, %H:%M}, \"{who}\" <{addr}>:\n"  # Yandex


def _quoted(text: str, style_gt: bool) -> str:
    if not style_gt:
        return text
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def write_ru_threads(out: Path, count: int, seed: int = 1) -> int:
    """``count`` messages of long quoted Russian threads; returns the number written."""
    rng = random.Random(seed)
    bases = _maildir(out)
    start = datetime(2026, 9, 1, 9, 0, tzinfo=UTC)
    written = thread_no = 0
    while written < count:
        thread_no += 1
        client, domain, contact, local = _CLIENTS[thread_no % len(_CLIENTS)]
        caddr = f"{local}@{domain}"
        subject = rng.choice(["Кредитная линия", "Эквайринг", "Зарплатный проект",
                              "Открытие счёта", "Договор", "Условия обслуживания"])
        subject = f"{subject} — {client}"
        history = ""
        when = start + timedelta(hours=thread_no * 7 % 2000)
        prev_id = None
        refs: list[str] = []
        for k in range(rng.randrange(3, 13)):
            if written >= count:
                break
            outbound = k % 2 == 1
            who, addr = (_MANAGER[0], _MANAGER[1]) if outbound else (contact, caddr)
            to_who, to_addr = (contact, caddr) if outbound else (_MANAGER[0], _MANAGER[1])
            name = to_who.split()[0]
            text = [rng.choice(_OPEN).format(name=name), ""]
            for _ in range(rng.randrange(2, 6)):
                text.append(rng.choice(_BODY))
            text += ["", rng.choice(_SIGNOFF), who]
            if outbound:
                text.append(_MANAGER[2])
            footer = rng.choice(_FOOTER)
            if footer:
                text += ["", footer]
            body = "\n".join(text)
            if history:
                body += _quote_header(rng, to_who, to_addr, addr, when - timedelta(hours=3),
                                      subject) + _quoted(history, rng.random() < 0.3)
            history = body
            when += timedelta(hours=rng.randrange(1, 30))
            msgid = f"<t{thread_no}.m{k}@{'bank.ru' if outbound else domain}>"
            head = [f"From: {Header(who, 'utf-8').encode()} <{addr}>",
                    f"To: {Header(to_who, 'utf-8').encode()} <{to_addr}>",
                    f"Subject: {Header(('RE: ' if k else '') + subject, 'utf-8').encode()}",
                    f"Date: {format_datetime(when)}", f"Message-ID: {msgid}",
                    "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8",
                    "Content-Transfer-Encoding: 8bit"]
            if prev_id:
                refs.append(prev_id)
                head += [f"In-Reply-To: {prev_id}", "References: " + " ".join(refs[-10:])]
            raw = ("\n".join(head) + "\n\n" + body + "\n").encode("utf-8")
            folder = "Sent" if outbound else "INBOX"
            (bases[folder] / "cur" / f"{1736400000 + written}.M{written}P1.ru:2,S").write_bytes(raw)
            prev_id = msgid
            written += 1
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kind", choices=["enron", "ru"], required=True)
    parser.add_argument("--out", type=Path, required=True, help="Maildir to create")
    parser.add_argument("--count", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--source", type=Path, default=ENRON,
                        help="enron: the folder of <person>/inbox/<file> messages")
    args = parser.parse_args(argv)
    n = (write_enron(args.out, args.count, args.source) if args.kind == "enron"
         else write_ru_threads(args.out, args.count, args.seed))
    size = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
    print(f"{n} messages, {size / 1e6:.1f} MB -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
