#!/usr/bin/env python3
"""Build the Kestrel Systems test company from story.py (standard library only, deterministic).

Writes mail/<box>/ Maildirs, calendar/<box>/*.ics, clients.csv, plans.csv, sales.csv,
calls.csv, dealtrail.toml and truth.json, then checks them."""
import csv, email, email.policy, hashlib, io, json, os, shutil, sys
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import story as S  # noqa: E402

P = S.PEOPLE
MSG = {m["key"]: m for m in S.MSGS}
assert len(MSG) == len(S.MSGS), "duplicate message key"
EV = {e["uid"]: e for e in S.EVENTS}
CALL_ROW = {c["label"]: i + 2 for i, c in enumerate(S.CALLS)}  # spreadsheet rows: header = 1


def h(s, n=12):
    return hashlib.sha1(s.encode()).hexdigest()[:n]


def dt_of(person, when):
    return datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(P[person]["tz"]))


def msgid(m):
    p = P[m["frm"]]
    mailer = m.get("mailer") or p.get("mailer", "outlook")
    k = m["key"]
    dom = p["email"].split("@")[1]
    if mailer == "gmail":
        return f"<CA+{h(k, 10)}{h(k + 'x', 22)}@mail.gmail.com>"
    if mailer == "iphone":
        u = h(k, 32).upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{dom}>"
    if mailer == "yandex":
        return f"<{int(h(k, 8), 16)}{int(h(k + 'y', 4), 16)}@mail.yandex.ru>"
    if mailer == "mailru":
        return f"<{int(h(k, 10), 16)}.{h(k + 'm', 6)}@f{int(h(k, 2), 16) % 300}.i.mail.ru>"
    if mailer == "auto":
        return f"<auto-{h(k, 16)}@{dom}>"
    return f"<{h(k, 6).upper()}{h(k + 'o', 14).upper()}@{dom}>"


MID = {k: msgid(m) for k, m in MSG.items()}

RU_DAYS = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
RU_DAYS_SHORT = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
RU_MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
RU_MON_SHORT = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."]


def addr(k):
    return formataddr((P[k]["name"], P[k]["email"]))


def own_text(m):
    sig = P[m["frm"]].get("sig")
    body = m["body"].strip("\n")
    if sig and m.get("sig", True):
        body += "\n\n" + sig
    return body


def quoted(style, orig, viewer):
    """Render orig as quoted history the way viewer's mail program writes it."""
    t = dt_of(orig["frm"], orig["when"]).astimezone(ZoneInfo(P[viewer]["tz"]))
    text = own_text(orig)
    gt = "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    to = "; ".join(addr(x) for x in orig["to"])
    fr = addr(orig["frm"])
    if style == "outlook_en":
        cc = ("\nCc: " + "; ".join(addr(x) for x in orig.get("cc", ()))) if orig.get("cc") else ""
        return (f"\n\n________________________________\nFrom: {fr}\nSent: {t.strftime('%A, %B')} {t.day}, {t.year} "
                f"{t.strftime('%I:%M %p').lstrip('0')}\nTo: {to}{cc}\nSubject: {orig['subj']}\n\n{text}")
    if style == "outlook_ru":
        cc = ("\nКопия: " + "; ".join(addr(x) for x in orig.get("cc", ()))) if orig.get("cc") else ""
        return (f"\n\n-----Original Message-----\nОт: {fr}\nОтправлено: {RU_DAYS[t.weekday()]}, {t.day} {RU_MON[t.month-1]} "
                f"{t.year} г. {t.strftime('%H:%M')}\nКому: {to}{cc}\nТема: {orig['subj']}\n\n{text}")
    if style == "gmail_en":
        return f"\n\nOn {t.strftime('%a, %b')} {t.day}, {t.year} at {t.strftime('%I:%M %p').lstrip('0')} {fr} wrote:\n{gt}"
    if style == "gmail_ru":
        return f"\n\n{RU_DAYS_SHORT[t.weekday()]}, {t.day} {RU_MON_SHORT[t.month-1]} {t.year} г. в {t.strftime('%H:%M')}, {fr}:\n{gt}"
    if style == "yandex":
        return f"\n\n{t.strftime('%d.%m.%Y, %H:%M')}, \"{P[orig['frm']]['name']}\" <{P[orig['frm']]['email']}>:\n{gt}"
    if style == "mailru":
        return (f"\n\n\n{RU_DAYS[t.weekday()].capitalize()}, {t.day} {RU_MON[t.month-1]} {t.year}, {t.strftime('%H:%M')} "
                f"{t.strftime('%z')[:3]}:{t.strftime('%z')[3:]} от {fr}:\n{gt}")
    if style == "iphone_en":
        return f"\n\n> On {t.day} {t.strftime('%b %Y')}, at {t.strftime('%H:%M')}, {fr} wrote:\n>\n{gt}"
    if style == "iphone_ru":
        return f"\n\n> {t.day} {RU_MON_SHORT[t.month-1]} {t.year} г., в {t.strftime('%H:%M')}, {fr} написал(а):\n>\n{gt}"
    raise ValueError(style)


def forwarded(style, orig, viewer):
    t = dt_of(orig["frm"], orig["when"]).astimezone(ZoneInfo(P[viewer]["tz"]))
    to = ", ".join(addr(x) for x in orig["to"])
    if style == "ru":
        return (f"\n\n-------- Пересылаемое сообщение --------\n{t.strftime('%d.%m.%Y, %H:%M')}, {addr(orig['frm'])}:\n"
                f"Тема: {orig['subj']}\nКому: {to}\n\n{own_text(orig)}\n\n-------- Конец пересылаемого сообщения --------")
    return (f"\n\n---------- Forwarded message ---------\nFrom: {addr(orig['frm'])}\nDate: {t.strftime('%a, %b')} {t.day}, "
            f"{t.year} at {t.strftime('%I:%M %p').lstrip('0')}\nSubject: {orig['subj']}\nTo: {to}\n\n{own_text(orig)}")


def full_text(m):
    txt = own_text(m)
    if m.get("fwd"):
        txt += forwarded(m.get("fwd_style", "en"), MSG[m["fwd"]], m["frm"])
    if m.get("quote"):
        qk = m.get("quote_of") or m["re"]
        txt += quoted(m["quote"], MSG[qk], m["frm"])
    return txt + "\n"


def thread_refs(m):
    refs, cur, seen = [], m.get("re"), set()
    while cur and cur not in seen:
        seen.add(cur)
        refs.append(MID[cur])
        cur = MSG[cur].get("re") if not MSG[cur].get("noirt") else None
    return list(reversed(refs))


def render(m):
    msg = EmailMessage()
    p = P[m["frm"]]
    msg["From"] = addr(m["frm"])
    msg["To"] = ", ".join(addr(x) for x in m["to"])
    if m.get("cc"):
        msg["Cc"] = ", ".join(addr(x) for x in m["cc"])
    msg["Subject"] = m["subj"]
    msg["Date"] = format_datetime(dt_of(m["frm"], m["when"]))
    msg["Message-ID"] = MID[m["key"]]
    if m.get("re") and not m.get("noirt"):
        msg["In-Reply-To"] = MID[m["re"]]
        msg["References"] = " ".join(thread_refs(m))
    mailer = m.get("mailer") or p.get("mailer", "outlook")
    xm = {"outlook": "Microsoft Outlook 16.0", "iphone": "iPhone Mail (22B91)", "yandex": None,
          "mailru": None, "gmail": None, "auto": None}.get(mailer)
    if xm:
        msg["X-Mailer"] = xm
    if mailer == "yandex":
        msg["X-Yandex-Spam"] = "1"
    for k, v in m.get("hdr", {}).items():
        msg[k] = v
    msg.set_content(full_text(m), charset="utf-8", cte="8bit")
    for fn in m.get("att", ()):
        data = ("%s (placeholder attachment of an invented test company)\n" % fn).encode()
        msg.add_attachment(data, maintype="application", subtype="octet-stream", filename=fn)
    if m.get("att"):
        msg.set_boundary("----=_Part_" + h(m["key"], 20))
    return msg.as_bytes(policy=email.policy.SMTP.clone(max_line_length=200))


def is_manager(k):
    return P[k].get("box") is not None


def client_of(k):
    """client name for a person key (directory client or free-mail small business), else None."""
    em = P[k]["email"]
    dom = em.split("@")[1]
    for c in S.CLIENTS:
        if dom in c["domains"]:
            return c["name"]
    if em in S.SMALL_BIZ:
        return em
    return None


def write_mail(out):
    for m in S.MSGS:
        raw = render(m)
        ts = int(dt_of(m["frm"], m["when"]).timestamp())
        fname = f"{ts}.M{h(m['key'], 6)}P1.kestrel-build:2,S"
        boxes = []
        if is_manager(m["frm"]):
            boxes.append(os.path.join(out, "mail", P[m["frm"]]["box"], ".Sent", "cur"))
        for r in list(m["to"]) + list(m.get("cc", ())):
            if is_manager(r) and r != m["frm"]:
                boxes.append(os.path.join(out, "mail", P[r]["box"], "cur"))
        for b in boxes:
            os.makedirs(b, exist_ok=True)
            with open(os.path.join(b, fname), "wb") as f:
                f.write(raw)


def ics_time(person, when):
    return dt_of(person, when).astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def fold(line):
    out, b = [], line.encode()
    while len(b) > 74:
        cut = 74
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut].decode())
        b = b[cut:]
    out.append(b.decode())
    return "\r\n ".join(out)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def write_calendars(out):
    for e in S.EVENTS:
        start = dt_of(e["org"], e["start"])
        end = start + timedelta(minutes=e["minutes"])
        lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                 "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{e['uid']}",
                 f"DTSTAMP:{ics_time(e['org'], e.get('created', e['start']))}",
                 f"DTSTART:{start.astimezone(timezone.utc).strftime('%Y%m%dT%H%M%SZ')}",
                 f"DTEND:{end.astimezone(timezone.utc).strftime('%Y%m%dT%H%M%SZ')}",
                 "SUMMARY:" + esc(e["summary"])]
        if e.get("location"):
            lines.append("LOCATION:" + esc(e["location"]))
        if e.get("desc"):
            lines.append("DESCRIPTION:" + esc(e["desc"]))
        lines.append(f"ORGANIZER;CN={esc(P[e['org']]['name'])}:mailto:{P[e['org']]['email']}")
        for a in e["att"]:
            lines.append(f"ATTENDEE;CN={esc(P[a]['name'])};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{P[a]['email']}")
        lines.append("STATUS:" + e.get("status", "CONFIRMED"))
        lines += ["END:VEVENT", "END:VCALENDAR"]
        data = "\r\n".join(fold(l) for l in lines) + "\r\n"
        for k in [e["org"]] + list(e["att"]):
            if is_manager(k):
                d = os.path.join(out, "calendar", P[k]["box"])
                os.makedirs(d, exist_ok=True)
                with open(os.path.join(d, e["uid"].split("@")[0] + ".ics"), "w", encoding="utf-8", newline="") as f:
                    f.write(data)


def write_csv(path, header, rows, delim=","):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=delim, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)


def resolve_answer(ref):
    if ref.startswith("call:"):
        return CALL_ROW[ref[5:]]
    if ref.startswith("ev:"):
        assert ref[3:] in EV, ref
        return ref[3:]
    return MID[ref]


def build_truth():
    t = {"as_of": S.AS_OF, "timezone": S.TIMEZONE, "negotiations": [], "not_negotiations": S.NOT_NEGOTIATIONS,
         "agreed": [], "inbound": [], "complaints": [], "calls": []}
    for n in S.NEGOTIATIONS:
        ev = n["evidence"]
        n2 = {"client": n["client"], "manager": P[n["manager"]]["email"], "product": n["product"],
              "stage": n["stage"], "stage_evidence": EV[ev]["uid"] if ev in EV else MID[ev],
              "next_contact": n["next"], "next_contact_source": n["source"],
              "amount": ({"minor": n["amount"][0], "currency": n["amount"][1]} if n["amount"] else None),
              "expected_close": n["close"]}
        t["negotiations"].append(n2)
    for m in S.MSGS:
        for side, quote, due, status in m.get("ag", ()):
            t["agreed"].append({"message_id": MID[m["key"]], "side": side, "who": P[m["frm"]]["email"],
                                "quote": quote, "due": due, "status": status})
        c = client_of(m["frm"])
        to_mgr = any(is_manager(r) for r in list(m["to"]) + list(m.get("cc", ())))
        if c and to_mgr:
            ib = m.get("ib")
            assert ib is not None, f"client message {m['key']} has no inbound label"
            if ib == "no":
                rec = {"needs_answer": False, "answered": False, "answered_by": None}
            elif ib == "open":
                rec = {"needs_answer": True, "answered": False, "answered_by": None}
            else:
                rec = {"needs_answer": True, "answered": True, "answered_by": resolve_answer(ib)}
            t["inbound"].append({"message_id": MID[m["key"]], **rec})
            if m.get("cmp"):
                mgr = next(r for r in m["to"] if is_manager(r))
                t["complaints"].append({"message_id": MID[m["key"]], "manager": P[mgr]["email"],
                                        "about_us": m["cmp"] == "us"})
        else:
            assert m.get("ib") is None, f"{m['key']}: inbound label on a non-client message"
            assert not m.get("cmp"), f"{m['key']}: complaint on a non-client message"
    for c in S.CALLS:
        if c.get("client"):
            t["calls"].append({"row": CALL_ROW[c["label"]], "manager": P[c["mgr"]]["email"], "client": c["client"]})
    return t


def main():
    out = HERE
    for d in ("mail", "calendar"):
        shutil.rmtree(os.path.join(out, d), ignore_errors=True)
    for b in sorted({p["box"] for p in P.values() if p.get("box")}):
        for sub in ("cur", "new", "tmp", ".Sent/cur", ".Sent/new", ".Sent/tmp"):
            os.makedirs(os.path.join(out, "mail", b, sub), exist_ok=True)
    write_mail(out)
    write_calendars(out)
    write_csv(os.path.join(out, "clients.csv"), ["client", "domains", "owner", "segment", "phones"],
              [[c["name"], ";".join(c["domains"]), P[c["owner"]]["email"], c["segment"], "; ".join(c["phones"])]
               for c in S.CLIENTS])
    write_csv(os.path.join(out, "plans.csv"), ["period", "scope", "team", "manager", "product", "metric", "amount", "currency"],
              S.PLANS)
    write_csv(os.path.join(out, "sales.csv"), ["external_id", "date", "manager", "product", "client", "amount", "currency"],
              S.SALES)
    write_csv(os.path.join(out, "calls.csv"), S.CALL_HEADER, [c["row"] for c in S.CALLS], delim=";")
    with open(os.path.join(out, "dealtrail.toml"), "w", encoding="utf-8") as f:
        f.write(S.CONFIG)
    os.chmod(os.path.join(out, "dealtrail.toml"), 0o644)
    truth = build_truth()
    with open(os.path.join(out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    check(out, truth)


def check(out, truth):
    ids, n = set(), 0
    bodies = {}
    for root, _, files in os.walk(os.path.join(out, "mail")):
        for fn in files:
            with open(os.path.join(root, fn), "rb") as f:
                msg = email.message_from_bytes(f.read(), policy=email.policy.default)
            assert msg["Message-ID"] and msg["Date"] and msg["From"], fn
            body = msg.get_body(preferencelist=("plain",)).get_content()
            mid = str(msg["Message-ID"]).strip()
            ids.add(mid)
            bodies[mid] = body
            n += 1
    for k, m in MSG.items():
        assert MID[k] in ids, k
        if m.get("re"):
            assert dt_of(m["frm"], m["when"]) > dt_of(MSG[m["re"]]["frm"], MSG[m["re"]]["when"]), f"{k} before its parent"
    asof = datetime.fromisoformat(truth["as_of"])
    for k, m in MSG.items():
        assert dt_of(m["frm"], m["when"]) <= asof, f"{k} after as_of"
    for a in truth["agreed"]:
        assert a["message_id"] in ids
        assert a["quote"] in bodies[a["message_id"]], a["quote"]
        own = [m for m in S.MSGS if MID[m["key"]] == a["message_id"]][0]
        assert a["quote"] in own["body"], "quote not in the new text: " + a["quote"]
    for x in truth["inbound"] + truth["complaints"]:
        assert x["message_id"] in ids
    for x in truth["inbound"]:
        if isinstance(x["answered_by"], str) and x["answered_by"].startswith("<"):
            assert x["answered_by"] in ids
    cl = {c["name"] for c in S.CLIENTS} | set(S.SMALL_BIZ)
    for neg in truth["negotiations"]:
        assert neg["client"] in cl, neg["client"]
        assert neg["stage_evidence"] in ids or neg["stage_evidence"] in {e["uid"] for e in S.EVENTS}, neg
        assert neg["stage"] in ("lead", "qualified", "proposal", "negotiation", "contract", "won", "lost")
        assert neg["product"] in {p for p in S.PRODUCTS} | {None}
    ev_n = len(S.EVENTS)
    print(f"ok: {len(S.MSGS)} messages ({n} files), {ev_n} events, {len(S.CALLS)} calls, "
          f"{len(truth['negotiations'])} negotiations, {len(truth['agreed'])} agreed, {len(truth['inbound'])} inbound, "
          f"{len(truth['complaints'])} complaints, {len(truth['not_negotiations'])} not_negotiations")


if __name__ == "__main__":
    main()
