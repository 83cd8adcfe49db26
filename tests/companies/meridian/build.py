#!/usr/bin/env python3
"""Build the Meridian Bank test company from story.py (standard library only, deterministic).

Writes mail/<box>/{cur,new,tmp} (+ .Sent/cur), calendar/<box>/*.ics, clients.csv, plans.csv,
sales.csv, calls.csv, truth.json, dealtrail.toml, then checks what it wrote."""
import csv, email, email.policy, hashlib, io, json, os, re, shutil, sys
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import story as S  # noqa: E402


def parse_when(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M %z")


def msgid(m):
    dom = S.PEOPLE[m["frm"]][2] if len(S.PEOPLE[m["frm"]]) > 2 and S.PEOPLE[m["frm"]][2] else m["frm"].split("@")[1]
    h = hashlib.sha1(m["key"].encode()).hexdigest()[:10].upper()
    style = m.get("mid") or ("outlook" if dom.endswith(("meridianbank.ru", "meridianbank.kz", "meridianbank.ae")) else "plain")
    if style == "outlook":
        return f"<{h}{m['key'].replace('_', '').upper()[:8]}@EX{dom.split('.')[0].upper()}.{dom}>"
    if style == "gmail":
        return f"<CAF{h}{m['key'].replace('_', '')}+q@mail.gmail.com>"
    if style == "yandex":
        return f"<{int(h[:6], 16)}{m['key'].replace('_', '')}@mail.yandex.ru>"
    return f"<{m['key']}.{h.lower()}@{dom}>"


def name_of(addr):
    return S.PEOPLE[addr][0]


def fmt_addr(a):
    return formataddr((name_of(a), a)) if a in S.PEOPLE and name_of(a) else a


# ---------- quoting styles ----------
def quote_block(style, parent, pbody):
    d = parse_when(parent["when"])
    fa = parent["frm"]; fn = name_of(fa) or fa
    lines = pbody.rstrip("\n").split("\n")
    ql = "\n".join((">" + (" " + l if l else "")) for l in lines)
    tos = "; ".join(f"{name_of(a) or a} <{a}>" for a in parent["to"])
    ru_m = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
    ru_d = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
    en_d = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    if style == "outlook_ru":
        return (f"\n\n-----Original Message-----\nОт: {fn} <{fa}>\nОтправлено: {ru_d[d.weekday()]}, {d.day} {ru_m[d.month-1]} {d.year} г. {d:%H:%M}\n"
                f"Кому: {tos}\nТема: {parent['subj']}\n\n{pbody.rstrip()}\n")
    if style == "outlook_en":
        return (f"\n\nFrom: {fn} <{fa}>\nSent: {en_d[d.weekday()]}, {d:%B} {d.day}, {d.year} {d:%I:%M %p}\nTo: {tos}\n"
                f"Subject: {parent['subj']}\n\n{pbody.rstrip()}\n")
    if style == "gmail_en":
        return f"\n\nOn {d:%a}, {d:%b} {d.day}, {d.year} at {d:%H:%M} {fn} <{fa}> wrote:\n{ql}\n"
    if style == "gmail_ru":
        return f"\n\n{d:%a}, {d.day} {ru_m[d.month-1][:3]}. {d.year} г. в {d:%H:%M}, {fn} <{fa}>:\n{ql}\n".replace(d.strftime('%a'), ["пн", "вт", "ср", "чт", "пт", "сб", "вс"][d.weekday()])
    if style == "yandex":
        return f"\n\n{d:%d.%m.%Y}, {d:%H:%M}, \"{fn}\" <{fa}>:\n{ql}\n"
    if style == "mailru":
        return f"\n\n>{ru_d[d.weekday()].capitalize()}, {d.day} {ru_m[d.month-1]} {d.year}, {d:%H:%M} +03:00 от {fn} <{fa}>:\n{ql}\n"
    if style == "iphone_en":
        return f"\n\nSent from my iPhone\n\n> On {d.day} {d:%b} {d.year}, at {d:%H:%M}, {fn} <{fa}> wrote:\n>\n{ql}\n"
    if style == "iphone_ru":
        return f"\n\nОтправлено с iPhone\n\n> {d.day} {ru_m[d.month-1][:3]}. {d.year} г., в {d:%H:%M}, {fn} <{fa}> написал(а):\n>\n{ql}\n"
    if style == "fwd_en":
        return (f"\n\n---------- Forwarded message ---------\nFrom: {fn} <{fa}>\nDate: {d:%a}, {d:%b} {d.day}, {d.year} at {d:%H:%M}\n"
                f"Subject: {parent['subj']}\nTo: {tos}\n\n{pbody.rstrip()}\n")
    raise ValueError(style)


def full_body(m, by_key, cache):
    if m["key"] in cache:
        return cache[m["key"]]
    body = m["body"].strip("\n") + "\n"
    if m.get("quote"):
        p = by_key[m["quote"]]
        body += quote_block(m["qstyle"], p, full_body(p, by_key, cache))
    cache[m["key"]] = body
    return body


def build_eml(m, by_key, cache, ids):
    em = EmailMessage(policy=email.policy.SMTP)
    em["From"] = fmt_addr(m["frm"])
    em["To"] = ", ".join(fmt_addr(a) for a in m["to"])
    if m.get("cc"):
        em["Cc"] = ", ".join(fmt_addr(a) for a in m["cc"])
    em["Subject"] = m["subj"]
    em["Date"] = format_datetime(parse_when(m["when"]))
    em["Message-ID"] = ids[m["key"]]
    if m.get("reply") and not m.get("noirt"):
        p = by_key[m["reply"]]
        em["In-Reply-To"] = ids[p["key"]]
        chain = []
        k = p["key"]
        while k:
            chain.insert(0, ids[k]); q = by_key[k]
            k = q.get("reply") if not q.get("noirt") else None
        em["References"] = " ".join(chain)
    em["MIME-Version"] = "1.0"
    for h, v in (m.get("headers") or {}).items():
        em[h] = v
    if m.get("xmailer"):
        em["X-Mailer"] = m["xmailer"]
    em.set_content(full_body(m, by_key, cache), charset="utf-8")
    return em.as_bytes()


def ics_dt(s):
    return parse_when(s).astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def ics_escape(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out = []
    b = line.encode()
    while len(b) > 73:
        cut = 73
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut].decode()); b = b[cut:]
    out.append(b.decode())
    return "\r\n ".join(out)


def build_ics(ev, box):
    st = parse_when(ev["start"])
    en = st + timedelta(minutes=ev["minutes"])
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Meridian Bank//Exchange export//RU", "CALSCALE:GREGORIAN",
             "BEGIN:VEVENT", f"UID:{ev['uid']}", "DTSTAMP:20261127T150000Z",
             f"DTSTART:{ics_dt(ev['start'])}", f"DTEND:{en.astimezone(timezone.utc):%Y%m%dT%H%M%SZ}",
             f"SUMMARY:{ics_escape(ev['summary'])}"]
    if ev.get("location"):
        lines.append(f"LOCATION:{ics_escape(ev['location'])}")
    if ev.get("desc"):
        lines.append(f"DESCRIPTION:{ics_escape(ev['desc'])}")
    lines.append(f"ORGANIZER;CN={ics_escape(name_of(ev['organizer']))}:mailto:{ev['organizer']}")
    for a in ev["attendees"]:
        cn = name_of(a) if a in S.PEOPLE else a
        lines.append(f"ATTENDEE;CN=\"{cn}\";ROLE=REQ-PARTICIPANT;PARTSTAT={ev.get('partstat', 'ACCEPTED')}:mailto:{a}")
    lines.append(f"STATUS:{ev.get('status', 'CONFIRMED')}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(fold(l) for l in lines) + "\r\n").encode()


def main():
    out = HERE
    for d in ("mail", "calendar"):
        shutil.rmtree(os.path.join(out, d), ignore_errors=True)
    errors = []
    by_key = {}
    for m in S.MSGS:
        if m["key"] in by_key:
            errors.append(f"duplicate key {m['key']}")
        by_key[m["key"]] = m
        for a in [m["frm"], *m["to"], *m.get("cc", [])]:
            if a not in S.PEOPLE:
                errors.append(f"{m['key']}: unknown person {a}")
        for f in ("reply", "quote"):
            if m.get(f) and m[f] not in by_key:
                errors.append(f"{m['key']}: {f} -> unknown/later {m[f]}")
    internal = ("meridianbank.ru", "meridianbank.kz", "meridianbank.ae")
    for m in S.MSGS:
        for f in ("reply", "quote"):
            if m.get(f) and parse_when(by_key[m[f]]["when"]) >= parse_when(m["when"]):
                errors.append(f"{m['key']}: {f} {m[f]} is not earlier")
        a = m.get("ans")
        if isinstance(a, str) and a in by_key:
            if parse_when(by_key[a]["when"]) <= parse_when(m["when"]) or not by_key[a]["frm"].endswith(internal):
                errors.append(f"{m['key']}: answered_by {a} is not a later message of ours")
        elif isinstance(a, str):
            ev = next((e for e in S.MEETINGS if e["uid"] == a), None)
            if ev is None or parse_when(ev["start"]) <= parse_when(m["when"]):
                errors.append(f"{m['key']}: answered_by meeting {a} missing or not later")
        elif isinstance(a, int):
            row = S.CALLS[a - 2]["row"]
            t = datetime.strptime(row[0], "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone(timedelta(hours=3)))
            if t <= parse_when(m["when"]) or row[4] == 0:
                errors.append(f"{m['key']}: answered_by call row {a} not later or not answered")
    if errors:
        sys.exit("\n".join(errors))
    ids = {m["key"]: msgid(m) for m in S.MSGS}
    assert len(set(ids.values())) == len(ids)
    boxes = {a: b for b, a in S.BOXES.items()}
    cache = {}
    written = {}
    for m in S.MSGS:
        raw = build_eml(m, by_key, cache, ids)
        ts = int(parse_when(m["when"]).timestamp())
        fname = f"{ts}.M{hashlib.md5(m['key'].encode()).hexdigest()[:8]}P1.meridian"
        targets = []
        if m["frm"] in boxes:
            targets.append((boxes[m["frm"]], ".Sent/cur", ":2,S"))
        for a in [*m["to"], *m.get("cc", [])]:
            if a in boxes and a != m["frm"]:
                targets.append((boxes[a], "cur", ":2,S" if not m.get("unseen") else ":2,"))
        for box, sub, flags in targets:
            p = os.path.join(out, "mail", box, sub)
            os.makedirs(p, exist_ok=True)
            with open(os.path.join(p, fname + flags), "wb") as f:
                f.write(raw)
        written[m["key"]] = raw
    for box in S.BOXES:
        for sub in ("cur", "new", "tmp", ".Sent/cur", ".Sent/new", ".Sent/tmp"):
            os.makedirs(os.path.join(out, "mail", box, sub), exist_ok=True)
    # calendars
    uids = set()
    for ev in S.MEETINGS:
        assert ev["uid"] not in uids, ev["uid"]
        uids.add(ev["uid"])
        for a in [ev["organizer"], *ev["attendees"]]:
            if a in boxes:
                p = os.path.join(out, "calendar", boxes[a])
                os.makedirs(p, exist_ok=True)
                with open(os.path.join(p, ev["uid"].split("@")[0] + ".ics"), "wb") as f:
                    f.write(build_ics(ev, boxes[a]))
    for box in S.BOXES:
        os.makedirs(os.path.join(out, "calendar", box), exist_ok=True)
    # tables
    def write_csv(name, header, rows, delim=","):
        with open(os.path.join(out, name), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, delimiter=delim, lineterminator="\n")
            w.writerow(header); w.writerows(rows)
    write_csv("clients.csv", ["client", "domains", "owner", "segment", "phones"],
              [[c["name"], "; ".join(c["domains"]), c["owner"], c["segment"], "; ".join(c.get("phones", []))] for c in S.CLIENTS])
    write_csv("plans.csv", ["period", "scope", "team", "manager", "product", "metric", "amount", "currency"], S.PLANS)
    write_csv("sales.csv", ["external_id", "date", "manager", "product", "client", "amount", "currency"], S.SALES)
    write_csv("calls.csv", S.CALL_HEADER, [c["row"] for c in S.CALLS], delim=";")
    with open(os.path.join(out, "dealtrail.toml"), "w", encoding="utf-8") as f:
        f.write(S.CONFIG)
    os.chmod(os.path.join(out, "dealtrail.toml"), 0o644)

    # ---------- truth ----------
    client_of = {}
    for c in S.CLIENTS:
        for d in c["domains"]:
            client_of[d] = c["name"]
    for a in S.SOLE_TRADERS:
        client_of[a] = a

    def client_for(addr):
        return client_of.get(addr) or client_of.get(addr.split("@")[1])

    def ref(x):
        if x is None:
            return None
        if isinstance(x, int):
            return x
        if x in ids:
            return ids[x]
        if x in uids:
            return x
        raise KeyError(x)

    managers = set(S.MANAGERS)
    inbound = []
    for m in S.MSGS:
        if client_for(m["frm"]) and any(a in managers for a in m["to"]):
            if "na" not in m:
                errors.append(f"{m['key']}: client message to a manager without na=")
                continue
            ans = m.get("ans")
            if ans is not None and not isinstance(ans, int) and ans not in ids and ans not in uids:
                errors.append(f"{m['key']}: answered_by unknown {ans}")
                continue
            if isinstance(ans, int):
                ans = ans  # calls.csv row number
            inbound.append({"message_id": ids[m["key"]], "needs_answer": m["na"],
                            "answered": ans is not None, "answered_by": ref(ans) if ans is not None else None})
        elif "na" in m:
            errors.append(f"{m['key']}: na= on a message that is not client->manager")
    agreed = []
    for a in S.AGREED:
        key, side, who, quote, due, status = a
        body = by_key[key]["body"]
        if quote not in body:
            errors.append(f"agreed quote not verbatim in {key}: {quote!r}")
        if who != by_key[key]["frm"]:
            errors.append(f"agreed who != sender in {key}")
        agreed.append({"message_id": ids[key], "side": side, "who": who, "quote": quote, "due": due, "status": status})
    complaints = [{"message_id": ids[k], "manager": mgr, "about_us": ab} for k, mgr, ab in S.COMPLAINTS]
    for k, mgr, ab in S.COMPLAINTS:
        if mgr not in by_key[k]["to"]:
            errors.append(f"complaint {k}: manager not in To")
    negs = []
    for n in S.NEGOTIATIONS:
        n = dict(n)
        ev = n["stage_evidence"]
        n["stage_evidence"] = ref(ev)
        negs.append(n)
    calls = []
    for i, c in enumerate(S.CALLS, start=2):
        if c.get("client"):
            calls.append({"row": i, "manager": c["manager"], "client": c["client"]})
    truth = {"as_of": S.AS_OF, "timezone": "Europe/Moscow", "negotiations": negs,
             "not_negotiations": [{"address": a, "why": w} for a, w in S.NOT_NEGOTIATIONS],
             "agreed": agreed, "inbound": inbound, "complaints": complaints, "calls": calls}
    # ---------- checks ----------
    all_ids = set(ids.values())
    for k, raw in written.items():
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if msg["Message-ID"] != ids[k] or not msg.get_content().strip():
            errors.append(f"{k}: eml does not parse back")
    for root, _, files in os.walk(os.path.join(out, "mail")):
        for fn in files:
            with open(os.path.join(root, fn), "rb") as f:
                msg = email.message_from_bytes(f.read(), policy=email.policy.default)
            if not msg["Message-ID"] or not msg["Date"]:
                errors.append(f"{fn}: no Message-ID/Date")
    def check_ref(v, what):
        if v is None or isinstance(v, int):
            if isinstance(v, int) and not (2 <= v <= len(S.CALLS) + 1):
                errors.append(f"{what}: bad calls row {v}")
            return
        if v.startswith("<"):
            if v not in all_ids:
                errors.append(f"{what}: unknown Message-ID {v}")
        elif v not in uids:
            errors.append(f"{what}: unknown UID {v}")
    for n in negs:
        check_ref(n["stage_evidence"], f"negotiation {n['client']}")
        if n["stage"] not in ("lead", "qualified", "proposal", "negotiation", "contract", "won", "lost"):
            errors.append(f"bad stage {n}")
        if n["manager"] not in managers:
            errors.append(f"bad manager {n}")
        if not (n["client"] in {c['name'] for c in S.CLIENTS} or n["client"] in S.SOLE_TRADERS):
            errors.append(f"bad client {n['client']}")
    for i in inbound:
        check_ref(i["answered_by"], "inbound")
    for a in agreed:
        check_ref(a["message_id"], "agreed")
    names = {c["name"] for c in S.CLIENTS} | set(S.SOLE_TRADERS)
    for c in calls:
        if c["client"] not in names:
            errors.append(f"call row {c['row']}: unknown client")
    if errors:
        sys.exit("ERRORS:\n" + "\n".join(errors))
    with open(os.path.join(out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"ok: {len(S.MSGS)} messages ({len(written)} unique), {len(S.MEETINGS)} meetings, {len(S.CALLS)} calls, "
          f"{len(negs)} negotiations, {len(agreed)} agreed, {len(inbound)} inbound, {len(complaints)} complaints, "
          f"{len(S.NOT_NEGOTIATIONS)} not_negotiations")


if __name__ == "__main__":
    main()
