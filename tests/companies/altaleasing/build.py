#!/usr/bin/env python3
"""Build the AltaLeasing test company from story.py (standard library only, deterministic).

    python3 build.py        # writes mail/, calendar/, csv files, truth.json, then checks them
"""
import csv
import datetime as dt
import email
import email.policy
import email.utils
import json
import os
import shutil
import sys
from email.message import EmailMessage
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import story as S  # noqa: E402

MONTHS_RU_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                 "сентября", "октября", "ноября", "декабря"]
MONTHS_RU_SHORT = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.",
                   "окт.", "нояб.", "дек."]
DAYS_RU = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
DAYS_RU_SHORT = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]


def person(addr):
    return S.PEOPLE[addr]


def local_dt(addr, text):
    tz = ZoneInfo(person(addr)[1])
    return dt.datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def fmt_addr(addr):
    return email.utils.formataddr((person(addr)[0], addr))


def quote_lines(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def header_block(m, style):
    d = m["_dt"]
    name, addr = person(m["from"])[0], m["from"]
    to = "; ".join(f"{person(a)[0]} <{a}>" for a in m["to"])
    if style == "outlook_ru":
        h = (f"________________________________\nОт: {name} <{addr}>\nОтправлено: {DAYS_RU[d.weekday()]}, {d.day} "
             f"{MONTHS_RU_GEN[d.month-1]} {d.year} г. {d:%H:%M}\nКому: {to}\n")
        if m.get("cc"):
            h += "Копия: " + "; ".join(f"{person(a)[0]} <{a}>" for a in m["cc"]) + "\n"
        return h + f"Тема: {m['subject']}\n\n" + m["_full"]
    if style == "outlook_en":
        h = (f"-----Original Message-----\nFrom: {name} <{addr}>\nSent: {d:%A, %B} {d.day}, {d.year} "
             f"{d.strftime('%I:%M %p').lstrip('0')}\nTo: {to}\n")
        if m.get("cc"):
            h += "Cc: " + "; ".join(f"{person(a)[0]} <{a}>" for a in m["cc"]) + "\n"
        return h + f"Subject: {m['subject']}\n\n" + m["_full"]
    if style == "gmail_en":
        return (f"On {d:%a, %b} {d.day}, {d.year} at {d.strftime('%I:%M %p').lstrip('0')} "
                f"{name} <{addr}> wrote:\n" + quote_lines(m["_full"]))
    if style == "gmail_ru":
        return (f"{DAYS_RU_SHORT[d.weekday()]}, {d.day} {MONTHS_RU_SHORT[d.month-1]} {d.year} г. "
                f"в {d:%H:%M}, {name} <{addr}>:\n" + quote_lines(m["_full"]))
    if style == "yandex":
        return f"{d:%d.%m.%Y}, {d:%H:%M}, \"{name}\" <{addr}>:\n" + quote_lines(m["_full"])
    if style == "mailru":
        off = d.strftime("%z")
        return (f"{DAYS_RU[d.weekday()].capitalize()}, {d.day} {MONTHS_RU_GEN[d.month-1]} "
                f"{d.year}, {d:%H:%M} {off[:3]}:{off[3:]} от {name} <{addr}>:\n"
                + quote_lines(m["_full"]))
    if style == "iphone_ru":
        return (f"> {d.day} {MONTHS_RU_SHORT[d.month-1]} {d.year} г., в {d:%H:%M}, {name} "
                f"<{addr}> написал(а):\n>\n" + quote_lines(m["_full"]))
    if style == "iphone_en":
        return (f"> On {d.day} {d:%b} {d.year}, at {d:%H:%M}, {name} <{addr}> wrote:\n>\n"
                + quote_lines(m["_full"]))
    if style == "fwd_ru":
        return ("-------- Пересылаемое сообщение --------\n"
                f"{d:%d.%m.%Y}, {d:%H:%M}, \"{name}\" <{addr}>:\nТема: {m['subject']}\n"
                f"Кому: {to}\n\n" + m["_full"] + "\n\n-------- Конец пересылаемого сообщения --------")
    if style == "fwd_en":
        return ("---------- Forwarded message ---------\n"
                f"From: {name} <{addr}>\nDate: {d:%a, %b} {d.day}, {d.year} at {d:%H:%M}\n"
                f"Subject: {m['subject']}\nTo: {to}\n\n" + m["_full"])
    raise ValueError(style)


def build_messages():
    by_key = {}
    msgs = []
    for m in S.MESSAGES:
        m = dict(m)
        if m["key"] in by_key:
            raise SystemExit(f"duplicate key {m['key']}")
        m["_dt"] = local_dt(m["from"], m["date"])
        m["mid"] = f"<{m['key']}.{m['_dt']:%Y%m%d%H%M}@{S.MID_DOMAIN[m['from'].split('@')[1]]}>"
        body = m["body"].strip("\n")
        sig = m.get("sig", True)
        if sig and S.SIGS.get(m["from"]):
            body += "\n\n" + S.SIGS[m["from"]]
        m["_new"] = body
        full = body
        if m.get("re"):
            parent = by_key[m["re"]]
            m["_parent"] = parent
            style = m.get("quote")
            if style:
                sep = "\n\n" if not style.startswith("iphone") else "\n\n"
                full = body + sep + header_block(parent, style)
        m["_full"] = full
        by_key[m["key"]] = m
        msgs.append(m)
    return msgs, by_key


def to_eml(m):
    e = EmailMessage(policy=email.policy.SMTP)
    e["From"] = fmt_addr(m["from"])
    e["To"] = ", ".join(fmt_addr(a) for a in m["to"])
    if m.get("cc"):
        e["Cc"] = ", ".join(fmt_addr(a) for a in m["cc"])
    subj = m["subject"]
    e["Subject"] = subj
    e["Date"] = email.utils.format_datetime(m["_dt"])
    e["Message-ID"] = m["mid"]
    if m.get("re") and m.get("irt", True):
        p = m["_parent"]
        refs = []
        q = p
        while q is not None:
            refs.insert(0, q["mid"])
            q = q.get("_parent") if q.get("irt", True) else None
        e["In-Reply-To"] = p["mid"]
        e["References"] = " ".join(refs)
    for k, v in (m.get("headers") or {}).items():
        e[k] = v
    e["X-Mailer"] = m.get("mailer") or S.MAILERS.get(m["from"], "Microsoft Outlook 16.0")
    e.set_content(m["_full"] + "\n", cte="quoted-printable" if not m["_full"].isascii() else "7bit")
    return e.as_bytes()


def ics_event(ev):
    def t(addr_or_tz, text):
        d = dt.datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(addr_or_tz))
        return d.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    tz = person(ev["organizer"])[1]
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//AltaLeasing//story build//RU",
             "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{ev['uid']}",
             f"DTSTAMP:{t(tz, ev.get('created', ev['start']))}",
             f"DTSTART:{t(tz, ev['start'])}", f"DTEND:{t(tz, ev['end'])}",
             f"SUMMARY:{ev['summary']}"]
    if ev.get("location"):
        lines.append(f"LOCATION:{ev['location']}")
    if ev.get("description"):
        lines.append("DESCRIPTION:" + ev["description"].replace("\n", "\\n").replace(",", "\\,"))
    lines.append(f"ORGANIZER;CN={person(ev['organizer'])[0]}:mailto:{ev['organizer']}")
    for a in ev["attendees"]:
        lines.append(f"ATTENDEE;CN={person(a)[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{a}")
    if ev.get("status"):
        lines.append(f"STATUS:{ev['status']}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    out = []
    for line in lines:  # fold at 75 octets
        b = line.encode()
        while len(b) > 75:
            cut = 75
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut].decode())
            b = b" " + b[cut:]
        out.append(b.decode())
    return "\r\n".join(out) + "\r\n"


def main():
    msgs, by_key = build_messages()
    for d in ("mail", "calendar"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
    boxes = {addr: box for addr, box in S.BOXES.items()}
    for box in boxes.values():
        for sub in ("cur", "new", "tmp", ".Sent/cur", ".Sent/new", ".Sent/tmp"):
            os.makedirs(os.path.join(HERE, "mail", box, sub), exist_ok=True)
        os.makedirs(os.path.join(HERE, "calendar", box), exist_ok=True)
    n = 0
    for m in msgs:
        raw = to_eml(m)
        n += 1
        stamp = int(m["_dt"].timestamp())
        places = []
        if m["from"] in boxes:
            places.append(os.path.join(boxes[m["from"]], ".Sent", "cur"))
        for a in m["to"] + (m.get("cc") or []):
            if a in boxes and a != m["from"]:
                places.append(os.path.join(boxes[a], "cur"))
        if not places:
            raise SystemExit(f"{m['key']}: lands in no mailbox")
        for p in places:
            with open(os.path.join(HERE, "mail", p, f"{stamp}.{n:04d}.altaleasing:2,S"), "wb") as f:
                f.write(raw)
    uids = set()
    for ev in S.EVENTS:
        if ev["uid"] in uids:
            raise SystemExit(f"duplicate uid {ev['uid']}")
        uids.add(ev["uid"])
        for a in [ev["organizer"]] + ev["attendees"]:
            if a in boxes:
                with open(os.path.join(HERE, "calendar", boxes[a], ev["uid"].split("@")[0] + ".ics"),
                          "w", encoding="utf-8", newline="") as f:
                    f.write(ics_event(ev))

    def write_csv(name, header, rows, delim=","):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter=delim, lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)
    write_csv("clients.csv", ["client", "domains", "owner", "segment", "phones"], S.CLIENTS)
    write_csv("plans.csv", ["period", "scope", "team", "manager", "product", "metric", "amount",
                            "currency"], S.PLANS)
    write_csv("sales.csv", ["external_id", "date", "manager", "product", "client", "amount",
                            "currency"], S.SALES)
    write_csv("calls.csv", S.CALLS_HEADER, [r[:len(S.CALLS_HEADER)] for r in S.CALLS], delim=";")
    with open(os.path.join(HERE, "dealtrail.toml"), "w", encoding="utf-8") as f:
        f.write(S.CONFIG)
    os.chmod(os.path.join(HERE, "dealtrail.toml"), 0o644)

    truth = make_truth(msgs, by_key)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    check(truth, msgs)


def ref(x, by_key):
    """A label reference: message key -> Message-ID; 'ev:UID' -> UID; 'call:N' -> row N."""
    if x is None:
        return None
    if isinstance(x, int):
        return x
    if x.startswith("ev:"):
        return x[3:]
    if x.startswith("call:"):
        return int(x[5:])
    return by_key[x]["mid"]


def make_truth(msgs, by_key):
    internal = set(S.BOXES)
    negs = []
    for n in S.NEGOTIATIONS:
        n = dict(n)
        n["stage_evidence"] = ref(n["stage_evidence"], by_key)
        n.pop("note", None)
        negs.append(n)
    agreed, inbound, complaints = [], [], []
    for m in msgs:
        for p in m.get("prom", []):
            quote, due, status = p
            agreed.append({"message_id": m["mid"],
                           "side": "manager" if m["from"] in internal else "client",
                           "who": m["from"], "quote": quote, "due": due, "status": status})
        is_client = m["from"] not in internal and m["from"] in S.CLIENT_OF
        to_mgr = any(a in internal for a in m["to"])
        if is_client and to_mgr:
            na = m.get("na", True)
            if "ans" in m:
                ans = m["ans"]
            elif na:  # the first later message of ours to this client
                ans = next((x["key"] for x in msgs if x["_dt"] > m["_dt"] and x["from"] in internal
                            and any(S.CLIENT_OF.get(a) == S.CLIENT_OF[m["from"]]
                                    for a in x["to"] + (x.get("cc") or []))), None)
            else:
                ans = m.get("ans")
            answered = ans is not None
            inbound.append({"message_id": m["mid"], "needs_answer": na, "answered": answered,
                            "answered_by": ref(ans, by_key)})
        if m.get("compl") is not None:
            complaints.append({"message_id": m["mid"], "manager": m["to"][0],
                               "about_us": m["compl"]})
    calls = []
    for i, r in enumerate(S.CALLS, start=2):
        calls.append({"row": i, "manager": S.EXT[r[2]], "client": r[-1]})
    return {"as_of": S.AS_OF, "timezone": "Europe/Moscow", "negotiations": negs,
            "not_negotiations": S.NOT_NEGOTIATIONS, "agreed": agreed, "inbound": inbound,
            "complaints": complaints, "calls": calls}


def check(truth, msgs):
    errors = []
    mids = set()
    for root, _, files in os.walk(os.path.join(HERE, "mail")):
        for fn in files:
            with open(os.path.join(root, fn), "rb") as f:
                e = email.message_from_binary_file(f, policy=email.policy.default)
            if not e["Message-ID"] or not e["From"] or not e["Date"]:
                errors.append(f"{fn}: missing header")
            body = e.get_body(("plain",)).get_content()
            mids.add(e["Message-ID"])
    uids = set()
    for root, _, files in os.walk(os.path.join(HERE, "calendar")):
        for fn in files:
            text = open(os.path.join(root, fn), encoding="utf-8", newline="").read()
            for line in text.split("\r\n"):
                if line.startswith("UID:"):
                    uids.add(line[4:])
    nrows = len(S.CALLS) + 1
    by_mid = {m["mid"]: m for m in msgs}

    def ok_ref(x, what):
        if x is None:
            return
        if isinstance(x, int):
            if not 2 <= x <= nrows:
                errors.append(f"{what}: call row {x} out of range")
        elif x.startswith("<"):
            if x not in mids:
                errors.append(f"{what}: unknown Message-ID {x}")
        elif x not in uids:
            errors.append(f"{what}: unknown UID {x}")
    for n in truth["negotiations"]:
        ok_ref(n["stage_evidence"], f"negotiation {n['client']}")
        if n["stage"] not in ("lead", "qualified", "proposal", "negotiation", "contract", "won", "lost"):
            errors.append(f"bad stage {n['stage']}")
    clients = {r[0] for r in S.CLIENTS}
    for n in truth["negotiations"]:
        if n["client"] not in clients and "@" not in n["client"]:
            errors.append(f"unknown client {n['client']}")
    for a in truth["agreed"]:
        ok_ref(a["message_id"], "agreed")
        if a["quote"] not in by_mid[a["message_id"]]["_new"]:
            errors.append(f"agreed quote not verbatim in {a['message_id']}: {a['quote']}")
    for i in truth["inbound"]:
        ok_ref(i["message_id"], "inbound")
        ok_ref(i["answered_by"], f"inbound {i['message_id']} answered_by")
    for c in truth["complaints"]:
        ok_ref(c["message_id"], "complaint")
    for c in truth["calls"]:
        ok_ref(c["row"], "calls")
    for na in truth["not_negotiations"]:
        if not any(m["from"] == na["address"] or na["address"] in m["to"] for m in msgs):
            errors.append(f"not_negotiation {na['address']} never appears")
    if errors:
        print("\n".join(errors))
        raise SystemExit(1)
    n_en = sum(1 for m in msgs if not any("а" <= ch.lower() <= "я" for ch in m["body"]))
    print(f"ok: {len(msgs)} messages ({n_en} English), {len(uids)} events, {len(S.CALLS)} calls, "
          f"{len(truth['negotiations'])} negotiations, {len(truth['agreed'])} agreed, "
          f"{len(truth['inbound'])} inbound, {len(truth['complaints'])} complaints")


if __name__ == "__main__":
    main()
