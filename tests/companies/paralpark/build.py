#!/usr/bin/env python3
"""Build the «Параллель Парки» test company from story.py (standard library only,
deterministic): Maildirs, calendars, calls.csv, clients/plans/sales, truth.json,
then check what was written."""
import csv
import datetime as dt
import email
import email.policy
import hashlib
import json
import os
import shutil
import sys
from email.message import EmailMessage
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import story as S  # noqa: E402

MSK = dt.timezone(dt.timedelta(hours=3))
RU_DAYS = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
RU_DAYS_CAP = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
RU_MON_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря"]
RU_MON_ABBR = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.",
               "нояб.", "дек."]
RU_DAY_ABBR = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def when(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=MSK)


def person(addr):
    return S.PEOPLE[addr]


def fmt_addr(addr):
    p = S.PEOPLE.get(addr)
    if not p:
        return addr
    return f'"{p["name"]}" <{addr}>'


def mid_of(m):
    dom = m["frm"].split("@")[1]
    h = hashlib.sha1(m["key"].encode()).hexdigest()
    style = person(m["frm"]).get("style", "outlook_ru")
    if style.startswith("outlook"):
        return f"<{h[:8].upper()}{h[8:16].upper()}@{dom.replace('.', '-').upper()}.PROD.OUTLOOK.COM>"
    if style.startswith("gmail"):
        return f"<CA+{h[:20]}{m['key'].replace('-', '')[:10]}@mail.gmail.com>"
    if style.startswith("iphone"):
        return f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:28].upper()}@{dom}>"
    if style == "yandex":
        return f"<{int(h[:6], 16)}{int(h[6:10], 16)}@mail.yandex.ru>"
    if style == "mailru":
        return f"<{int(h[:8], 16)}.{m['key']}@f{int(h[8:10], 16)}.mail.ru>"
    return f"<{m['key']}.{h[:10]}@{dom}>"


def quote_header(style, parent):
    t = when(parent["when"])
    p = person(parent["frm"])
    who = f'{p["name"]} <{parent["frm"]}>'
    if style == "outlook_ru":
        to = "; ".join(person(a)["name"] if a in S.PEOPLE else a for a in parent["to"])
        return ("\n\n________________________________\n"
                f"От: {who}\nОтправлено: {RU_DAYS[t.weekday()]}, {t.day} {RU_MON_GEN[t.month-1]} {t.year} г. {t:%H:%M}\n"
                f"Кому: {to}\nТема: {parent['subj']}\n\n"), False
    if style == "outlook_en":
        to = "; ".join(person(a)["name"] if a in S.PEOPLE else a for a in parent["to"])
        h12 = t.strftime("%I:%M %p").lstrip("0")
        return ("\n\n________________________________\nFrom: " + who + f"\nSent: {EN_DAYS[t.weekday()]}, {EN_MON[t.month-1]} {t.day}, {t.year} {h12}\n"
                f"To: {to}\nSubject: {parent['subj']}\n\n"), False
    if style == "gmail_en":
        return f"\n\nOn {t:%a}, {t.day} {t:%b} {t.year} at {t:%H:%M}, {who} wrote:\n", True
    if style == "gmail_ru":
        return (f"\n\n{RU_DAY_ABBR[t.weekday()]}, {t.day} {RU_MON_ABBR[t.month-1]} {t.year} г. в {t:%H:%M}, "
                f"{who}:\n"), True
    if style == "yandex":
        return f'\n\n{t:%d.%m.%Y}, {t:%H:%M}, "{p["name"]}" <{parent["frm"]}>:\n', True
    if style == "mailru":
        return (f"\n\n\n{RU_DAYS_CAP[t.weekday()]}, {t.day} {RU_MON_GEN[t.month-1]} {t.year}, {t:%H:%M} +03:00 "
                f"от {who}:\n"), True
    if style == "iphone_en":
        return f"\n\n> On {t.day} {t:%b} {t.year}, at {t:%H:%M}, {who} wrote:\n> \n", True
    if style == "iphone_ru":
        return (f"\n\n> {t.day} {RU_MON_ABBR[t.month-1]} {t.year} г., в {t:%H:%M}, {who} написал(а):\n> \n"), True
    return f"\n\n{t:%d.%m.%Y %H:%M}, {who}:\n", True


def fwd_block(style, orig):
    t = when(orig["when"])
    p = person(orig["frm"])
    to = ", ".join(fmt_addr(a) for a in orig["to"])
    if style.endswith("_en") or style == "gmail_en":
        head = (f"\n\n---------- Forwarded message ---------\nFrom: {p['name']} <{orig['frm']}>\n"
                f"Date: {t:%a}, {t.day} {t:%b} {t.year} at {t:%H:%M}\nSubject: {orig['subj']}\nTo: {to}\n\n")
    else:
        head = (f"\n\n-------- Пересылаемое сообщение --------\n{t:%d.%m.%Y}, {t:%H:%M}, "
                f"\"{p['name']}\" <{orig['frm']}>:\nТема: {orig['subj']}\nКому: {to}\n\n")
    return head + full_text(orig)


_full = {}


def new_text(m):
    body = m["body"].strip("\n")
    p = person(m["frm"])
    sig = p.get("sig")
    if sig and m.get("sig", True):
        body += "\n\n" + sig.strip("\n")
    return body


def full_text(m):
    if m["key"] in _full:
        return _full[m["key"]]
    text = new_text(m)
    style = person(m["frm"]).get("style", "outlook_ru")
    if m.get("fwd"):
        text += fwd_block(style, S.BY_KEY[m["fwd"]])
    elif m.get("parent") and m.get("quote", True):
        par = S.BY_KEY[m["parent"]]
        head, prefixed = quote_header(style, par)
        ptext = full_text(par)
        if prefixed:
            ptext = "\n".join(("> " + ln) if ln else ">" for ln in ptext.split("\n"))
        text += head + ptext
    _full[m["key"]] = text + "\n"
    return _full[m["key"]]


MAILERS = {
    "outlook_ru": "Microsoft Outlook 16.0", "outlook_en": "Microsoft Outlook 16.0",
    "iphone_en": "iPhone Mail (21H16)", "iphone_ru": "iPhone Mail (21H16)",
    "yandex": None, "mailru": None, "gmail_en": None, "gmail_ru": None,
}


def build_message(m):
    msg = EmailMessage(policy=email.policy.SMTP)
    style = person(m["frm"]).get("style", "outlook_ru")
    msg["From"] = fmt_addr(m["frm"])
    msg["To"] = ", ".join(fmt_addr(a) for a in m["to"])
    if m.get("cc"):
        msg["Cc"] = ", ".join(fmt_addr(a) for a in m["cc"])
    msg["Subject"] = m["subj"]
    tzh = person(m["frm"]).get("tz", 3)  # the sender's own UTC offset in the Date header
    msg["Date"] = format_datetime(when(m["when"]).astimezone(dt.timezone(dt.timedelta(hours=tzh))))
    msg["Message-ID"] = m["mid"]
    if m.get("parent") and m.get("irt", True):
        par = S.BY_KEY[m["parent"]]
        refs, k = [], par
        while k is not None:
            refs.insert(0, k["mid"])
            k = S.BY_KEY.get(k.get("parent")) if k.get("irt", True) else None
        msg["In-Reply-To"] = par["mid"]
        msg["References"] = " ".join(refs)
    msg["MIME-Version"] = "1.0"
    if MAILERS.get(style):
        msg["X-Mailer"] = MAILERS[style]
    for h, v in m.get("headers", {}).items():
        msg[h] = v
    msg.set_content(full_text(m), charset="utf-8", cte="quoted-printable")
    for name in m.get("attach", ()):
        ext = name.rsplit(".", 1)[-1].lower()
        ctype = {"pdf": ("application", "pdf"),
                 "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
                 "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                 "jpg": ("image", "jpeg")}.get(ext, ("application", "octet-stream"))
        payload = (f"invented placeholder for {name} ({m['key']})\n").encode()
        msg.add_attachment(payload, maintype=ctype[0], subtype=ctype[1], filename=name)
    if msg.is_multipart():
        msg.set_boundary("----=_Part_" + hashlib.sha1(m["key"].encode()).hexdigest()[:20])
    return msg.as_bytes()


def ics_dt(s):
    return when(s).astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def build_event(e):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Yandex LLC//Yandex Calendar//RU",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "BEGIN:VEVENT",
             f"UID:{e['uid']}", f"DTSTAMP:{ics_dt(e['created'])}", f"CREATED:{ics_dt(e['created'])}",
             f"DTSTART:{ics_dt(e['start'])}", f"DTEND:{ics_dt(e['end'])}",
             f"SUMMARY:{ics_escape(e['summary'])}"]
    if e.get("location"):
        lines.append(f"LOCATION:{ics_escape(e['location'])}")
    if e.get("desc"):
        lines.append(f"DESCRIPTION:{ics_escape(e['desc'])}")
    org = e["organizer"]
    lines.append(f"ORGANIZER;CN={person(org)['name'] if org in S.PEOPLE else org}:mailto:{org}")
    for a in e["attendees"]:
        cn = person(a)["name"] if a in S.PEOPLE else a
        lines.append(f"ATTENDEE;CN={cn};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{a}")
    lines.append(f"STATUS:{e.get('status', 'CONFIRMED')}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    out = []
    for ln in lines:  # fold at 75 octets
        b = ln.encode()
        while len(b) > 75:
            cut = 75
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut].decode())
            b = b" " + b[cut:]
        out.append(b.decode())
    return ("\r\n".join(out) + "\r\n").encode()


def resolve(ref):
    """story reference -> truth value: message key -> Message-ID, ics:UID -> UID, row:N -> N."""
    if ref is None:
        return None
    if isinstance(ref, int):
        return ref
    if ref.startswith("ics:"):
        uid = ref[4:]
        assert uid in S.EV_BY_UID, ref
        return uid
    if ref.startswith("call:"):
        return S.CALL_ROW[ref[5:]]
    if ref.startswith("row:"):
        n = int(ref[4:])
        assert 2 <= n < 2 + len(S.CALLS), ref
        return n
    return S.BY_KEY[ref]["mid"]


def main():
    out = HERE
    for d in ("mail", "calendar"):
        shutil.rmtree(os.path.join(out, d), ignore_errors=True)
    boxes = {mg["box"]: mg["email"] for mg in S.MANAGERS}
    for box in boxes:
        for sub in ("cur", "new", "tmp", ".Sent/cur", ".Sent/new", ".Sent/tmp"):
            os.makedirs(os.path.join(out, "mail", box, sub), exist_ok=True)
        os.makedirs(os.path.join(out, "calendar", box), exist_ok=True)

    keys = set()
    for m in S.MESSAGES:
        assert m["key"] not in keys, m["key"]
        keys.add(m["key"])
        m["mid"] = mid_of(m)
    mids = [m["mid"] for m in S.MESSAGES]
    assert len(set(mids)) == len(mids), "duplicate Message-ID"

    written = 0
    for m in S.MESSAGES:
        data = build_message(m)
        ts = int(when(m["when"]).timestamp())
        placed = False
        for box, owner in boxes.items():
            if m["frm"] == owner:
                sub = ".Sent/cur"
            elif owner in m["to"] or owner in m.get("cc", ()):
                sub = "cur"
            else:
                continue
            fn = f"{ts}.M{hashlib.sha1(m['key'].encode()).hexdigest()[:6]}P{m['key']}.paralpark:2,S"
            with open(os.path.join(out, "mail", box, sub, fn), "wb") as f:
                f.write(data)
            placed = True
            written += 1
        assert placed, f"message {m['key']} lands in no mailbox"

    nev = 0
    for e in S.EVENTS:
        data = build_event(e)
        for box, owner in boxes.items():
            if owner == e["organizer"] or owner in e["attendees"]:
                with open(os.path.join(out, "calendar", box, e["uid"].split("@")[0] + ".ics"), "wb") as f:
                    f.write(data)
                nev += 1

    # calls.csv: the PBX's own export (windows-1251, ';', its own headers)
    with open(os.path.join(out, "calls.csv"), "w", encoding="cp1251", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(S.CALL_HEADERS)
        for c in S.CALLS:
            w.writerow([str(v).replace("²", "2") for v in c["cols"]])

    with open(os.path.join(out, "clients.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["client", "domains", "owner", "segment", "phones"])
        for c in S.CLIENTS:
            w.writerow([c["client"], ";".join(c["domains"]), c["owner"], c["segment"], c.get("phones", "")])
    with open(os.path.join(out, "plans.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["period", "scope", "team", "manager", "product", "metric", "amount", "currency"])
        w.writerows(S.PLANS)
    with open(os.path.join(out, "sales.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["external_id", "date", "manager", "product", "client", "amount", "currency"])
        w.writerows(S.SALES)
    with open(os.path.join(out, "dealtrail.toml"), "w", encoding="utf-8") as f:
        f.write(S.CONFIG)
    os.chmod(os.path.join(out, "dealtrail.toml"), 0o644)

    truth = {
        "as_of": S.AS_OF, "timezone": "Europe/Moscow",
        "negotiations": [], "not_negotiations": S.NOT_NEGOTIATIONS,
        "agreed": [], "inbound": [], "complaints": [], "calls": [],
    }
    for n in S.NEGOTIATIONS:
        n = dict(n)
        n["stage_evidence"] = resolve(n["stage_evidence"])
        truth["negotiations"].append(n)
    for a in S.AGREED:
        truth["agreed"].append({"message_id": resolve(a["key"]), "side": a["side"], "who": a["who"],
                                "quote": a["quote"], "due": a["due"], "status": a["status"]})
    for m in S.MESSAGES:
        if "inbound" in m:
            na, by = m["inbound"]
            truth["inbound"].append({"message_id": m["mid"], "needs_answer": na,
                                     "answered": by is not None, "answered_by": resolve(by)})
    for c in S.COMPLAINTS:
        truth["complaints"].append({"message_id": resolve(c["key"]), "manager": c["manager"],
                                    "about_us": c["about_us"]})
    for i, c in enumerate(S.CALLS):
        assert S.CALL_ROW[c["key"]] == i + 2
        truth["calls"].append({"row": i + 2, "manager": c["manager"], "client": c["client"]})
    with open(os.path.join(out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")

    check(out, truth, written, nev)


def check(out, truth, written, nev):
    errors = []
    found = {}
    for root, _dirs, files in os.walk(os.path.join(out, "mail")):
        for fn in files:
            with open(os.path.join(root, fn), "rb") as f:
                msg = email.message_from_bytes(f.read(), policy=email.policy.default)
            if msg.defects:
                errors.append(f"{fn}: defects {msg.defects}")
            mid = msg["Message-ID"]
            body = msg.get_body(("plain",)).get_content()
            email.utils.parsedate_to_datetime(msg["Date"])
            found[mid] = body
    by_mid = {m["mid"]: m for m in S.MESSAGES}
    for m in S.MESSAGES:
        if m["mid"] not in found:
            errors.append(f"{m['key']}: not written")
    def known(ref):
        return ref is None or isinstance(ref, int) or ref in found or ref in S.EV_BY_UID
    for n in truth["negotiations"]:
        if not known(n["stage_evidence"]):
            errors.append(f"negotiation {n['client']}: evidence {n['stage_evidence']} unknown")
        if n["stage"] not in ("lead", "qualified", "proposal", "negotiation", "contract", "won", "lost"):
            errors.append(f"bad stage {n}")
        if n["next_contact"]:
            dt.date.fromisoformat(n["next_contact"])
        if n["client"] not in {c["client"] for c in S.CLIENTS} | S.FREE_CLIENTS:
            errors.append(f"negotiation client {n['client']} is neither in clients.csv nor a free-mail client")
        if n["manager"] not in {mg["email"] for mg in S.MANAGERS}:
            errors.append(f"negotiation manager {n['manager']} unknown")
        if n["product"] not in {"warehouse", "office", "lightind", "storage", "fitout", "fm", None}:
            errors.append(f"negotiation product {n['product']} unknown")
    for a in truth["agreed"]:
        if a["message_id"] not in found:
            errors.append(f"agreed: {a['message_id']} unknown")
            continue
        m = by_mid[a["message_id"]]
        if a["quote"] not in new_text(m):
            errors.append(f"agreed: quote not in the new text of {m['key']}: {a['quote']!r}")
        if a["quote"] not in found[a["message_id"]]:
            errors.append(f"agreed: quote not verbatim in {m['key']}: {a['quote']!r}")
        if a["who"] != m["frm"]:
            errors.append(f"agreed: who {a['who']} is not the sender of {m['key']}")
    for i in truth["inbound"]:
        if not known(i["answered_by"]):
            errors.append(f"inbound answered_by {i['answered_by']} unknown")
    for c in truth["complaints"]:
        if c["message_id"] not in found:
            errors.append(f"complaint {c['message_id']} unknown")
    client_domains = {d for c in S.CLIENTS for d in c["domains"]}
    for m in S.MESSAGES:
        dom = m["frm"].split("@")[1]
        is_client = dom in client_domains or m["frm"] in S.FREE_CLIENTS
        if is_client and "inbound" not in m and any(a.endswith("@paralpark.ru") for a in m["to"]):
            errors.append(f"{m['key']}: client message to us without an inbound label")
    asof = dt.datetime.fromisoformat(S.AS_OF)
    for m in S.MESSAGES:
        if when(m["when"]) > asof:
            errors.append(f"{m['key']}: after as_of")
    for root, _d, files in os.walk(os.path.join(out, "calendar")):
        for fn in files:
            txt = open(os.path.join(root, fn), encoding="utf-8").read()
            if "BEGIN:VEVENT" not in txt or "UID:" not in txt:
                errors.append(f"{fn}: not an event")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    langs = {"en": 0, "ru": 0}
    for m in S.MESSAGES:
        langs[m.get("lang", "ru")] += 1
    print(f"ok: {len(S.MESSAGES)} messages ({langs['en']} en, {langs['ru']} ru), {written} mailbox files, "
          f"{len(S.EVENTS)} events ({nev} calendar files), {len(S.CALLS)} calls, "
          f"{len(truth['negotiations'])} negotiations, {len(truth['agreed'])} agreed, "
          f"{len(truth['inbound'])} inbound, {len(truth['complaints'])} complaints, "
          f"{len(S.CLIENTS)} clients")


if __name__ == "__main__":
    main()
