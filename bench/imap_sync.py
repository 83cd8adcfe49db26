"""IMAP sync benchmark against a real Dovecot started here.

Measures, in one run over one N-message mailbox (INBOX plus a tenth as many in Sent):

* raw imapclient ``BODY.PEEK[]`` fetch rate (msgs/s): the ceiling set by the server;
* the connector alone (``ImapConnector.changes`` over every folder, nothing stored);
* dealtrail's initial sync through the whole pipeline (``indexer.sync.sync_mailbox``:
  connector, parse, analyse, store) in msgs/s;
* the no-change resync: connector time per unchanged folder (warm connection) and a
  whole ``sync_mailbox`` call with nothing new.

Messages are loaded with MULTIAPPEND (the test server runs with ``mail_fsync = never``).

Usage: .venv/bin/python bench/imap_sync.py [--n 50000] [--workers 1] [--batch 500]
The last line printed is one JSON object with the figures.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.header import Header
from email.utils import format_datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from dealtrail import config as config_mod  # noqa: E402
from dealtrail.store import open_db  # noqa: E402
from indexer.imap import ImapConnector  # noqa: E402
from tests.fixtures.dovecot import DovecotServer, DovecotUser, start_dovecot  # noqa: E402

CLIENTS = ["acme.ru", "severstal-trade.ru", "uralbuild.com", "nordfish.ru", "example-logistics.de",
           "volga-agro.ru", "techsoft.io", "baltic-port.ru"]
SUBJECTS = ["Кредитная линия на 2027 год", "Depozit terms", "Re: Договор факторинга",
            "Proposal for treasury services", "Re: Re: Гарантия по контракту", "Meeting follow-up",
            "Вопрос по тарифам РКО", "Re: Leasing offer"]
BODIES = [
    "Добрый день, Анна!\n\nПришлю подписанный договор до пятницы. Нужна ли ещё справка?\n",
    "Hello Anna,\n\nCould you send the updated rates by Tuesday? We are comparing offers.\n",
    "Коллеги, мы недовольны сроками открытия счёта, уже третья неделя.\n",
    "Thanks, received. We will come back to you next week with the board decision.\n",
]


def make_mail(i: int, rng: random.Random, owner: str, sent: bool) -> bytes:
    """One realistic-looking RU/EN banking message (built as text: 50,000 must be quick)."""
    client = rng.choice(CLIENTS)
    person = f"{rng.choice(['ivan', 'olga', 'petr', 'john', 'maria'])}@{client}"
    when = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=7 * i)
    body = rng.choice(BODIES) + ("> quoted earlier text\n" * rng.randint(0, 20))
    body += "\n-- \nRegards\n" + "x" * rng.randint(200, 2500) + "\n"
    subject = Header(rng.choice(SUBJECTS), "utf-8").encode()
    text = (
        f"From: {owner if sent else person}\nTo: {person if sent else owner}\n"
        f"Subject: {subject}\nDate: {format_datetime(when)}\n"
        f"Message-ID: <bench-{'s' if sent else 'i'}{i}@{'testbank.ru' if sent else client}>\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n" + body
    )
    return text.replace("\n", "\r\n").encode("utf-8")


def fill(server: DovecotServer, user: DovecotUser, folder: str, count: int, sent: bool,
         seed: int) -> None:
    """MULTIAPPEND ``count`` messages in chunks (Dovecot writes its own files and indexes)."""
    rng = random.Random(seed)
    client = server.client(user, timeout=600)
    try:
        for start in range(0, count, 1000):
            client.multiappend(folder, [make_mail(i, rng, f"{user.name}@testbank.ru", sent)
                                        for i in range(start, min(count, start + 1000))])
    finally:
        client.logout()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=50_000, help="messages in INBOX")
    parser.add_argument("--workers", type=int, default=1, help="parser processes for the sync")
    parser.add_argument("--batch", type=int, default=500, help="connector batch size")
    args = parser.parse_args()

    server = start_dovecot(pool_size=1)
    work = Path(tempfile.mkdtemp(prefix="dealtrail-bench-imap-"))
    try:
        user = server.add_user()
        n_sent = max(1, args.n // 10)
        started = time.perf_counter()
        fill(server, user, "INBOX", args.n, False, 1)
        fill(server, user, "Sent", n_sent, True, 2)
        fill_seconds = time.perf_counter() - started

        client = server.client(user, timeout=600)
        client.select_folder("INBOX", readonly=True)
        uids = client.search(["ALL"])
        started = time.perf_counter()
        fetched = 0
        for i in range(0, len(uids), args.batch):
            chunk = client.fetch(uids[i:i + args.batch], ["BODY.PEEK[]"])
            fetched += len(chunk)
        raw_seconds = time.perf_counter() - started
        client.logout()

        mapping = server.mailbox_settings(user, owner="anna@testbank.ru", batch_size=args.batch,
                                          timeout=600.0)
        settings = config_mod.from_mapping({
            "company": {"name": "Bench Bank", "internal_domains": ["testbank.ru"]},
            "managers": [{"email": "anna@testbank.ru", "name": "Anna"}],
            "mailboxes": [mapping],
        })
        mailbox = settings.mailboxes[0]
        # The connector alone (fetch + checkpoints, nothing parsed or stored).
        conn = ImapConnector.from_mailbox(mailbox, settings)
        started = time.perf_counter()
        yielded = sum(len(batch) for folder in conn.folders()
                      for batch, _cp in conn.changes(folder, None))
        connector_seconds = time.perf_counter() - started
        conn.close()

        from indexer.runner import worker_pool
        from indexer.sync import sync_mailbox

        db = open_db(work / "bench.db")
        children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
        with worker_pool(args.workers) as mapper:
            started = time.perf_counter()
            main_cpu = time.process_time()
            report = sync_mailbox(db, settings, mailbox, mapper=mapper)
            sync_seconds = time.perf_counter() - started
            main_cpu = time.process_time() - main_cpu
            if report.error:
                raise SystemExit(f"sync failed: {report.error}")
            started = time.perf_counter()
            again = sync_mailbox(db, settings, mailbox, mapper=mapper)
            resync_seconds = time.perf_counter() - started
        # The pool's workers are reaped when it closes, so their CPU is known from here on.
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        workers_cpu = (children.ru_utime + children.ru_stime
                       - children_before.ru_utime - children_before.ru_stime)
        stored = db.conn.execute("SELECT count(*) FROM messages").fetchone()[0]
        checkpoints = {r[0]: json.loads(r[1]) for r in db.conn.execute(
            "SELECT folder, checkpoint FROM sync_state")}
        db.conn.close()

        conn = ImapConnector.from_mailbox(mailbox, settings)
        folders = conn.folders()
        for folder in folders:            # warm the connection
            list(conn.changes(folder, checkpoints.get(folder.name)))
        rounds = 20
        started = time.perf_counter()
        for _ in range(rounds):
            for folder in folders:
                assert not list(conn.changes(folder, checkpoints[folder.name]))
        per_folder_ms = (time.perf_counter() - started) * 1000 / (rounds * len(folders))
        conn.close()
        total = args.n + n_sent
        figures = {
            "n_inbox": args.n, "n_sent": n_sent, "workers": args.workers, "batch": args.batch,
            "append_fill_s": round(fill_seconds, 2),
            "raw_fetch_msgs_per_s": round(fetched / raw_seconds, 1),
            "connector_only_msgs_per_s": round(yielded / connector_seconds, 1),
            "initial_sync_s": round(sync_seconds, 2),
            "initial_sync_msgs_per_s": round(total / sync_seconds, 1),
            "sync_main_cpu_ms_per_msg": round(main_cpu * 1000 / total, 3),
            "sync_workers_cpu_ms_per_msg": round(workers_cpu * 1000 / total, 3),
            "stored_messages": stored, "added": report.added, "failed": report.failed,
            "resync_added": again.added, "resync_sync_mailbox_s": round(resync_seconds, 4),
            "resync_connector_ms_per_folder": round(per_folder_ms, 2),
            "folders": [f.name for f in folders],
        }
        print(json.dumps(figures, ensure_ascii=False))
    finally:
        server.stop()
        shutil.rmtree(server.root, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
