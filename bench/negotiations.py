"""How well negotiations are inferred from mail: the demo bank and every test company.

For each company the folder is copied to a temporary directory, indexed through the
whole pipeline as of the truth's moment (directory, plans and sales, sync, the post-sync
step), and the deals are scored against ``truth.json`` (format:
COMPANY_TRUTH_FORMAT.md; the demo bank writes the same ``negotiations`` section):

* ``negotiations``: share of the true two-way conversations listed as a deal of the
  right client under the right manager (and product, when the truth names several);
* ``stage``: share of those listed whose stage is the true one;
* ``next_contact``: share of all true negotiations whose next contact is right: the same
  day (in the manager's zone) and the same source, or none where the truth has none;
  ``next_contact_day`` counts the day alone;
* ``agreed_p`` / ``agreed_r``: the manager's promises and the client's commitments on a
  deal (what the board, pane and digest show as agreed: ``reports.pipeline.deal_details``),
  matched to the true ones by message, side and quote; ``agreed_status`` is the share of
  those matched whose status is the true one, where a promise kept after its deadline
  (``kept_late``) counts as ``broken``: the truth's three statuses say whether the
  deadline was met, and a late act does not unbreak it;
* ``false_negotiations``: correspondents the truth says are not clients that became deals.

The figures are printed per company and, last, as one JSON line.

    .venv/bin/python bench/negotiations.py                     # demo + tests/companies/*
    .venv/bin/python bench/negotiations.py --company tests/companies/promvozduh
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from dealtrail import clock  # noqa: E402
from dealtrail import config as config_mod  # noqa: E402
from dealtrail.store import open_db  # noqa: E402

SOURCES = {"calendar": "meeting", "call": "call", "promise": "manager_promise",
           "client_request": "client_request"}


def run_company(folder: Path, work: Path) -> tuple[Path, dict[str, Any]]:
    """Index a copy of ``folder`` as of its truth's moment; returns (database, truth)."""
    from dealtrail.directory import sync_directory
    from dealtrail.refresh import refresh
    from indexer.negotiations import fold_negotiations
    from reports.imports import import_plans, import_sales

    target = work / folder.name
    shutil.copytree(folder, target)
    truth = json.loads((target / "truth.json").read_text(encoding="utf-8"))
    settings = config_mod.load(target / "dealtrail.toml")
    moment = clock.parse_iso(truth["as_of"])
    db = open_db(settings.database_path)
    try:
        with clock.freeze(moment):
            sync_directory(db, settings)
            if settings.imports.plans:
                import_plans(db, settings, settings.path(settings.imports.plans))
            for sales in settings.imports.sales:
                import_sales(db, settings, settings.path(sales))
            calls = (settings.path(settings.imports.calls) if settings.imports.calls
                     else target / "calls.csv")
            if calls.exists():
                from reports.call_log import import_calls

                import_calls(db, settings, calls)
            refresh(db, settings)
            fold_negotiations(db, settings)      # the deals the tag replies changed, settled
    finally:
        db.conn.close()
    return settings.database_path, truth


def run_demo(work: Path) -> tuple[Path, dict[str, Any]]:
    """The demo bank as ``dealtrail demo --once`` builds it."""
    from rich.console import Console

    from demo.run import run_demo as demo

    result = demo(work / "demo", console=Console(quiet=True), quiet=True)
    truth = json.loads((result.out_dir / "ground_truth.json").read_text(encoding="utf-8"))
    return result.database, truth


def _deals(conn: Any) -> list[dict[str, Any]]:
    cur = conn.execute(
        "SELECT d.id, d.stage, d.status, d.next_contact_at, d.next_contact_source, d.stage_evidence,"
        " d.amount_minor, d.currency, d.expected_close, c.name AS client, c.key AS client_key,"
        " m.email AS manager, m.timezone AS tz, p.code AS product"
        " FROM deals d JOIN clients c ON c.id = d.client_id"
        " LEFT JOIN managers m ON m.id = d.manager_id LEFT JOIN products p ON p.id = d.product_id"
        " ORDER BY d.id")
    names = [c[0] for c in cur.description]
    out = [dict(zip(names, row, strict=True)) for row in cur]
    domains: dict[int, list[str]] = {}
    for client_id, domain in conn.execute("SELECT client_id, domain FROM client_domains"):
        domains.setdefault(client_id, []).append(domain)
    for d in out:
        d["names"] = {_norm(d["client"])}
        if d["client_key"].startswith("person:"):
            d["names"].add(d["client_key"][7:].lower())
    return out


def _traffic(conn: Any, client: str, manager: str) -> str:
    """What the store holds between a client and a manager, as counts (a miss's class)."""
    ids = [r[0] for r in conn.execute("SELECT id, name, key FROM clients")
           if _norm(client) in (_norm(r[1]), _norm(r[2]).removeprefix("person:"))]
    if not ids:
        return " (client unknown to the store)"
    row = conn.execute(
        "SELECT sum(direction = 'in'), sum(direction = 'out'), sum(direction = 'auto')"
        f" FROM messages m JOIN managers g ON g.id = m.manager_id"
        f" WHERE m.client_id IN ({','.join('?' * len(ids))}) AND g.email = ?",
        (*ids, manager)).fetchone()
    events = conn.execute(
        "SELECT count(*) FROM events e JOIN managers g ON g.id = e.manager_id"
        f" WHERE e.client_id IN ({','.join('?' * len(ids))}) AND g.email = ?",
        (*ids, manager)).fetchone()[0]
    calls = conn.execute(
        "SELECT count(*) FROM contacts k JOIN managers g ON g.id = k.manager_id"
        f" WHERE k.client_id IN ({','.join('?' * len(ids))}) AND g.email = ? AND k.channel = 'call'",
        (*ids, manager)).fetchone()[0]
    return (f" ({row[0] or 0} in, {row[1] or 0} out, {events} meetings, {calls} calls"
            " with this manager)")


def _shape(conn: Any, deal_id: int, address: str) -> str:
    """How a false negotiation's conversation is built, as counts and signal kinds (a
    class, never mail text): who wrote first, the letters each way, the correspondent's
    place on other clients' letters, the signals by side."""
    client_id, manager_id, source, kind = conn.execute(
        "SELECT d.client_id, d.manager_id, c.source, c.kind FROM deals d"
        " JOIN clients c ON c.id = d.client_id WHERE d.id = ?", (deal_id,)).fetchone()
    rows = conn.execute(
        "SELECT direction, lower(from_addr) FROM messages WHERE client_id = ? AND manager_id = ?"
        " AND direction IN ('in', 'out') AND deleted = 0 ORDER BY sent_at, id",
        (client_id, manager_id)).fetchall()
    ins = sum(r[0] == "in" for r in rows)
    outs = len(rows) - ins
    senders = len({r[1] for r in rows if r[0] == "in"})
    elsewhere = conn.execute(
        "SELECT count(DISTINCT m.client_id) FROM messages m WHERE m.client_id IS NOT NULL"
        " AND m.client_id != ? AND m.deleted = 0 AND (lower(m.to_addrs) LIKE ?"
        " OR lower(m.cc_addrs) LIKE ? OR lower(m.from_addr) = ?)",
        (client_id, f'%"{address}"%', f'%"{address}"%', address)).fetchone()[0]
    kinds = sorted({f"{side}:{k}" for side, k in conn.execute(
        "SELECT side, kind FROM deal_signals WHERE client_id = ? AND manager_id = ?"
        " AND kind NOT IN ('commitment', 'contact_date', 'thanks')", (client_id, manager_id))})
    first = rows[0][0] if rows else "none"
    return (f"{source}{'/' + kind if kind else ''}, first {first}, {ins} in ({senders} senders),"
            f" {outs} out, on {elsewhere} other clients' letters; signals "
            + (", ".join(kinds) or "none"))


def _shown_by(deal: dict[str, Any]) -> str:
    """The kind of fact that set a deal's stage, as a miss's class ("by silence", "by sale")."""
    try:
        kind = json.loads(deal["stage_evidence"] or "{}").get("kind")
    except (ValueError, AttributeError):
        kind = None
    return f" (by {kind})" if kind else ""


def _silence(conn: Any, deal_id: int, as_of: str) -> str:
    """The shape of the client's silence on a deal, as counts and days (a loss's class): our
    letters since the client last wrote, days since it did and since our last letter, and
    the longest the client took before to answer us."""
    row = conn.execute("SELECT client_id, manager_id FROM deals WHERE id = ?", (deal_id,)).fetchone()
    rows = conn.execute("SELECT sent_at, direction FROM messages WHERE client_id = ?"
                        " AND manager_id = ? AND direction IN ('in', 'out') ORDER BY sent_at",
                        row).fetchall()
    now = clock.parse_iso(as_of)
    heard = [clock.parse_iso(at) for at, d in rows if d == "in"]
    if not heard:
        return " (never heard)"
    ours = [clock.parse_iso(at) for at, d in rows if d == "out"]
    after = [at for at in ours if at > heard[-1]]
    gaps, waiting = [], None
    for at, d in rows:
        if d == "out" and waiting is None:
            waiting = clock.parse_iso(at)
        elif d == "in" and waiting is not None:
            gaps.append((clock.parse_iso(at) - waiting).days)
            waiting = None
    last_ours = f", ours {(now - after[-1]).days}d ago" if after else ""
    return (f" ({len(after)} of ours since heard {(now - heard[-1]).days}d ago{last_ours},"
            f" longest answer {max(gaps, default=0)}d)")


def _named(conn: Any, deal_id: int, as_of: str) -> str:
    """The days the client's and the manager's letters named to talk, as counts (why a deal
    plans nothing): still ahead, passed with a contact since, passed with none."""
    client_id, manager_id = conn.execute("SELECT client_id, manager_id FROM deals WHERE id = ?",
                                         (deal_id,)).fetchone()
    last = conn.execute("SELECT max(at) FROM contacts WHERE client_id = ? AND manager_id = ?",
                        (client_id, manager_id)).fetchone()[0] or ""
    now = clock.parse_iso(as_of)
    counts: dict[str, list[int]] = {}
    for side, value in conn.execute(
            "SELECT side, value FROM deal_signals WHERE client_id = ? AND manager_id = ?"
            " AND kind = 'contact_date' AND value != ''", (client_id, manager_id)):
        when = clock.parse_iso(value)
        slot = counts.setdefault(side, [0, 0, 0])
        slot[0 if when >= now else 1 if last and clock.parse_iso(last) > when else 2] += 1
    if not counts:
        return " (no day named)"
    return " (days named: " + "; ".join(
        f"{side} {a} ahead, {b} passed and met, {c} passed unmet"
        for side, (a, b, c) in sorted(counts.items())) + ")"


def _norm(text: str) -> str:
    return " ".join(str(text).lower().replace("ё", "е").split())


def _mid(text: str) -> str:
    return text.strip().strip("<>").lower()


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def score(database: Path, truth: dict[str, Any], miss_lines: list[str] | None = None
          ) -> dict[str, Any]:
    """The figures for one company (module docstring); ``miss_lines`` collects error classes.

    Miss lines name classes (stages, sources, sides, day offsets), never mail text, so
    reading them does not tune the rules to one company's wording.
    """
    import sqlite3
    from collections import Counter

    classes: Counter[str] = Counter()

    conn = sqlite3.connect(database)
    try:
        deals = _deals(conn)
        used: set[int] = set()
        listed = stage_ok = next_ok = next_day_ok = 0
        misses: dict[str, int] = {"not_listed": 0, "stage": 0, "next_contact": 0}
        true = truth.get("negotiations", [])
        for n in true:
            client = _norm(n["client"])
            mine = [d for d in deals if client in d["names"] and d["manager"] == n["manager"]
                    and d["id"] not in used]
            if n.get("product"):
                mine.sort(key=lambda d: d["product"] != n["product"])
            deal = mine[0] if mine else None
            if deal is None:
                misses["not_listed"] += 1
                others = [d["manager"] for d in deals if client in d["names"]]
                # The manager's only deals of the client taken by its other products: the
                # product's conversation was folded into another product's deal.
                classes["not listed: " + ("under another manager" if set(others)
                                          - {n["manager"]} else "in another product's deal"
                                          if others else "no deal for the client")
                        + _traffic(conn, n["client"], n["manager"])] += 1
                ok_day = ok = False
            else:
                used.add(deal["id"])
                listed += 1
                stage_ok += deal["stage"] == n["stage"]
                day = None
                if deal["next_contact_at"]:
                    day = clock.parse_iso(deal["next_contact_at"]).astimezone(
                        ZoneInfo(deal["tz"] or truth.get("timezone") or "UTC")).date().isoformat()
                source = SOURCES.get(deal["next_contact_source"] or "",
                                     deal["next_contact_source"]) if day else None
                ok_day = day == n.get("next_contact")
                ok = ok_day and (day is None or source == n.get("next_contact_source"))
                if deal["stage"] != n["stage"]:
                    shape = (_silence(conn, deal["id"], truth["as_of"])
                             if "lost" in (n["stage"], deal["stage"]) else "")
                    classes[f"stage: true {n['stage']}, found {deal['stage']}"
                            f"{_shown_by(deal)}{shape}"] += 1
                if not ok:
                    offset = ""
                    if day and n.get("next_contact"):
                        from datetime import date

                        offset = (f" ({(date.fromisoformat(day) - date.fromisoformat(n['next_contact'])).days:+d} days)")
                    if day and not n.get("next_contact"):
                        ahead = (clock.parse_iso(deal["next_contact_at"])
                                 - clock.parse_iso(truth["as_of"])).days
                        said = conn.execute(
                            "SELECT max(at) FROM deal_signals WHERE client_id = (SELECT client_id"
                            " FROM deals WHERE id = ?) AND kind = 'contact_date'",
                            (deal["id"],)).fetchone()[0]
                        said_days = ((clock.parse_iso(truth["as_of"]) - clock.parse_iso(said)).days
                                     if said else None)
                        offset = (f" ({ahead:+d} days from now, named {said_days} days ago,"
                                  f" deal {deal['stage']})")
                    closed = (f" (deal {deal['stage']})" if not day
                              and deal["stage"] in ("won", "lost") else
                              _named(conn, deal["id"], truth["as_of"]) if not day else "")
                    classes[f"next contact: true {n.get('next_contact_source')}, found "
                            f"{source}{offset}{closed}"] += 1
            next_ok += bool(ok)
            next_day_ok += bool(ok_day)
        false_deals = 0
        for x in truth.get("not_negotiations", []):
            address = x["address"].lower()
            domain = address.rpartition("@")[2]
            wrong = [d for d in deals
                     if address in d["names"] or d["client_key"] == f"domain:{domain}"]
            false_deals += bool(wrong)
            for d in wrong[:1]:
                classes["false negotiation: " + _shape(conn, d["id"], address)] += 1
        agreed = _agreed(conn, truth.get("agreed"), classes)
    finally:
        conn.close()
    total = len(true)
    if miss_lines is not None:
        miss_lines.extend(f"{n} x {name}" for name, n in sorted(classes.items()))
    return {
        "negotiations_true": total, "deals": len(deals),
        "negotiations": round(listed / total, 3) if total else None,
        "stage": round(stage_ok / listed, 3) if listed else None,
        "next_contact": round(next_ok / total, 3) if total else None,
        "next_contact_day": round(next_day_ok / total, 3) if total else None,
        "false_negotiations": false_deals, **agreed,
    }


def _agreed(conn: Any, truth: list[dict[str, Any]] | None, classes: Any) -> dict[str, Any]:
    if not truth:
        return {"agreed_p": None, "agreed_r": None}
    found: dict[tuple[str, str, str], str] = {}
    for mid, text, status in conn.execute(
            "SELECT m.message_id, p.text, p.status FROM promises p JOIN messages m"
            " ON m.id = p.message_id WHERE p.party = 'manager' AND p.deal_id IS NOT NULL"):
        found[(_mid(mid), "manager", text)] = status
    for mid, text, status in conn.execute(
            "SELECT m.message_id, s.text, s.status FROM deal_signals s JOIN messages m"
            " ON m.id = s.message_id WHERE s.kind = 'commitment' AND s.deal_id IS NOT NULL"
            # Each mailbox's copy of a message has its own row; the board shows the one
            # folded into a deal, so that copy is scored.
            " ORDER BY s.id"):
        found[(_mid(mid), "client", text)] = status
    ours = list(found.items())
    taken: set[int] = set()
    matched = status_ok = 0
    for t in truth:
        want = _words(t["quote"])
        best, best_score = None, 0.0
        for i, ((mid, side, text), _) in enumerate(ours):
            if i in taken or mid != _mid(t["message_id"]) or side != t["side"]:
                continue
            have = _words(text)
            overlap = len(want & have) / max(1, min(len(want), len(have)))
            if overlap > best_score:
                best, best_score = i, overlap
        if best is not None and best_score >= 0.5:
            taken.add(best)
            matched += 1
            status = {"kept_late": "broken"}.get(ours[best][1], ours[best][1])
            status_ok += status == t.get("status")
            if status != t.get("status"):
                classes[f"agreed status ({t['side']}): true {t.get('status')}, found {status}"] += 1
        else:
            same = any(mid == _mid(t["message_id"]) for (mid, side, _), _ in ours)
            stored = conn.execute(
                "SELECT group_concat(DISTINCT direction || '/' || (client_id IS NOT NULL))"
                " FROM messages WHERE lower(message_id) = ?", (_mid(t["message_id"]),)).fetchone()[0]
            classes[f"agreed missed: {t['side']}, due {'yes' if t.get('due') else 'no'}"
                    f"{', another sentence of the message found' if same else ''}"
                    f" (stored as {stored or 'nothing'})"] += 1
    truth_ids = {_mid(t["message_id"]) for t in truth}
    for i, ((mid, side, _), _) in enumerate(ours):
        if i not in taken:
            classes[f"agreed extra: {side}"
                    f"{'' if mid in truth_ids else ', in a message with no true item'}"] += 1
    return {"agreed_p": round(matched / len(ours), 3) if ours else None,
            "agreed_r": round(matched / len(truth), 3), "agreed_true": len(truth),
            "agreed_found": len(ours), "agreed_status": round(status_ok / matched, 3)
            if matched else None}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--company", action="append", type=Path, default=[],
                        help="a company folder (default: the demo and tests/companies/*)")
    parser.add_argument("--no-demo", action="store_true", help="skip the demo bank")
    parser.add_argument("--misses", action="store_true",
                        help="also list the classes of errors (never mail text)")
    args = parser.parse_args(argv)
    companies = args.company or sorted(p for p in (REPO / "tests" / "companies").glob("*")
                                       if (p / "truth.json").exists())
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="negotiations-") as tmp:
        work = Path(tmp)
        runs: list[tuple[str, Any]] = []
        if not args.no_demo and not args.company:
            runs.append(("demo", lambda: run_demo(work)))
        for folder in companies:
            runs.append((folder.name, lambda folder=folder: run_company(folder.resolve(), work)))
        for name, build in runs:
            started = time.perf_counter()
            database, truth = build()
            found: list[str] = []
            figures = score(database, truth, found if args.misses else None)
            figures["seconds"] = round(time.perf_counter() - started, 1)
            results[name] = figures
            print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in figures.items()))
            for line in found:
                print(f"  {line}")
    print(json.dumps(results, ensure_ascii=False, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
