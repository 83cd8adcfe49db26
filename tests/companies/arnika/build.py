#!/usr/bin/env python3
"""Build the Арника company from story.py: Maildirs, calendars, CSVs, config, truth.json; then check.

Standard library only and deterministic: running it twice gives the same files.
"""
import base64
import csv
import email
import email.policy
import hashlib
import io
import json
import os
import shutil
import sys
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import story  # noqa: E402

P = story.P
BOXES = {"head": "galina", "shilov": "artem", "mart": "elena", "koval": "dmitry"}
INTERNAL = {k for k, v in P.items() if v[2] == "us"}
EXT = {"head": "200", "shilov": "202", "mart": "203", "koval": "301"}
PRODUCTS = [
    ("dms", "Voluntary health insurance", "ДМС", ["ДМС", "добровольное медицинское страхование", "медицинское страхование", "health insurance", "VHI"]),
    ("property", "Property insurance", "Страхование имущества", ["страхование имущества", "имущество", "СМР", "строительно-монтажных рисков", "property", "PD+BI", "all risks"]),
    ("cargo", "Cargo insurance", "Страхование грузов", ["страхование грузов", "груз", "грузы", "cargo", "open cargo policy"]),
    ("dno", "D&O", "D&O", ["D&O", "ответственности директоров", "directors and officers"]),
    ("credit", "Trade credit insurance", "Страхование торговых кредитов", ["страхование торговых кредитов", "дебиторской задолженности", "дебиторки", "кредитных рисков", "trade credit"]),
    ("fleet", "Motor fleet (KASKO/OSAGO)", "Автопарк: КАСКО и ОСАГО", ["КАСКО", "ОСАГО", "автопарк", "motor fleet"]),
]

RU_MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
RU_MON_SHORT = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."]
RU_DOW = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
RU_DOW_SHORT = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
EN_DOW = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def tzof(s):
    sign = 1 if s[0] == "+" else -1
    return timezone(sign * timedelta(hours=int(s[1:3]), minutes=int(s[3:5])))


def when(d, tz="+0300"):
    return datetime.strptime(d, "%Y-%m-%d %H:%M").replace(tzinfo=tzof(tz))


def addr(k):
    n, e, _ = P[k]
    return f"{n} <{e}>"


def mid(k, frm):
    dom = P[frm][1].split("@")[1]
    h = hashlib.sha1(("arnika/" + k).encode()).hexdigest()
    if dom in ("gmail.com",):
        return f"<CA+{h[:20]}{h[20:32].upper()}@mail.gmail.com>"
    if dom == "yandex.ru":
        return f"<{int(h[:8], 16)}{h[8:12]}@mail.yandex.ru>"
    if dom == "arnika-broker.ru":
        return f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}@EX01.arnika-broker.ru>"
    return f"<{h[:24]}@{dom}>"


MSGS = {x["k"]: x for x in story.M}
ORDER = sorted(story.M, key=lambda x: when(x["d"], x.get("tz", "+0300")))
for x in story.M:
    x["dt"] = when(x["d"], x.get("tz", "+0300"))
    x["mid"] = mid(x["k"], x["f"])


def subject(x):
    if x.get("s"):
        return x["s"]
    p = MSGS[x["re"]]
    base = subject(p)
    while base[:4].lower() in ("re: ",):
        base = base[4:]
    pre = "RE: " if x.get("q", "").startswith("outlook") else "Re: "
    return pre + base


def full_text(x):
    """The whole body as written: new text, signature, quoted or forwarded history."""
    if "_full" in x:
        return x["_full"]
    t = x["b"]
    sig = story.SIG.get(x["f"], "") if x.get("sig", True) else ""
    q = x.get("q")
    if sig and not (q and q.startswith("iphone")):
        t += "\n\n" + sig
    if q and x.get("re"):
        p = MSGS[x["re"]]
        t += "\n\n" + quote(q, p, x)
    if x.get("fwd"):
        p = MSGS[x["fwd"]]
        d = p["dt"]
        t += ("\n\n-------- Пересылаемое сообщение --------\n"
              f"От: {addr(p['f'])}\nДата: {d.day} {RU_MON[d.month-1]} {d.year} г., {d:%H:%M}\n"
              f"Кому: {', '.join(addr(k) for k in p['t'])}\nТема: {subject(p)}\n\n" + full_text(p))
    x["_full"] = t
    return t


def quote(style, p, x):
    d = p["dt"]
    n, e, _ = P[p["f"]]
    body = full_text(p)
    gt = "\n".join(("> " + ln) if ln else ">" for ln in body.split("\n"))
    to = "; ".join(addr(k) for k in p["t"])
    if style == "outlook_ru":
        return ("________________________________\n"
                f"От: {n} <{e}>\nОтправлено: {RU_DOW[d.weekday()]}, {d.day} {RU_MON[d.month-1]} {d.year} г. {d:%H:%M}\n"
                f"Кому: {to}\nТема: {subject(p)}\n\n" + body)
    if style == "outlook_en":
        h = d.hour % 12 or 12
        ampm = "AM" if d.hour < 12 else "PM"
        return ("-----Original Message-----\n"
                f"From: {n} <{e}>\nSent: {EN_DOW[d.weekday()]}, {EN_MON[d.month-1]} {d.day}, {d.year} {h}:{d:%M} {ampm}\n"
                f"To: {to}\nSubject: {subject(p)}\n\n" + body)
    if style == "gmail_en":
        h = d.hour % 12 or 12
        ampm = "AM" if d.hour < 12 else "PM"
        return f"On {EN_DOW[d.weekday()][:3]}, {EN_MON[d.month-1][:3]} {d.day}, {d.year} at {h}:{d:%M} {ampm} {n} <{e}> wrote:\n\n" + gt
    if style == "gmail_ru":
        return f"{RU_DOW_SHORT[d.weekday()]}, {d.day} {RU_MON_SHORT[d.month-1]} {d.year} г. в {d:%H:%M}, {n} <{e}>:\n\n" + gt
    if style == "yandex":
        return f"{d:%d.%m.%Y}, {d:%H:%M}, \"{n}\" <{e}>:\n" + gt
    if style == "mailru":
        off = d.strftime("%z")
        return (f"{RU_DOW[d.weekday()].capitalize()}, {d.day} {RU_MON[d.month-1]} {d.year}, {d:%H:%M} {off[:3]}:{off[3:]} от {n} <{e}>:\n\n" + gt)
    if style == "iphone_ru":
        sig = story.SIG.get(x["f"]) or "Отправлено с iPhone"
        return sig + "\n\n" + \
            f"> {d.day} {RU_MON_SHORT[d.month-1]} {d.year} г., в {d:%H:%M}, {n} <{e}> написал(а):\n>\n" + gt
    if style == "iphone_en":
        return ("Sent from my iPhone\n\n"
                f"> On {EN_MON[d.month-1][:3]} {d.day}, {d.year}, at {d:%H:%M}, {n} <{e}> wrote:\n>\n" + gt)
    raise ValueError(style)


def attachment_bytes(name):
    h = hashlib.sha256(name.encode()).digest()
    if name.endswith(".pdf"):
        return b"%PDF-1.4\n% arnika invented document\n" + h + b"\n%%EOF\n"
    return b"PK\x03\x04" + h * 4


def haddr(k):
    n, e, _ = P[k]
    return formataddr((str(Header(n, "utf-8")) if not n.isascii() else n, e)) if n.isascii() else \
        Header(n, "utf-8").encode() + f" <{e}>"


def make_eml(x):
    text = MIMEText(full_text(x), "plain", "utf-8")
    if x.get("att"):
        msg = MIMEMultipart("mixed", boundary="----=_Part_" + hashlib.md5(x["k"].encode()).hexdigest())
        msg.attach(text)
        for a in x["att"]:
            sub = "pdf" if a.endswith(".pdf") else (
                "vnd.openxmlformats-officedocument.spreadsheetml.sheet" if a.endswith(".xlsx")
                else "vnd.openxmlformats-officedocument.wordprocessingml.document")
            part = MIMEApplication(attachment_bytes(a), _subtype=sub)
            part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", a))
            msg.attach(part)
    else:
        msg = text
    hdrs = [("From", haddr(x["f"])), ("To", ", ".join(haddr(k) for k in x["t"]))]
    if x.get("c"):
        hdrs.append(("Cc", ", ".join(haddr(k) for k in x["c"])))
    hdrs += [("Subject", Header(subject(x), "utf-8", header_name="Subject").encode()), ("Date", format_datetime(x["dt"])),
             ("Message-ID", x["mid"])]
    if x.get("re") and x.get("irt", True):
        chain, p = [], MSGS[x["re"]]
        while p:
            chain.insert(0, p["mid"])
            p = MSGS.get(p.get("re")) if p.get("irt", True) else None
        hdrs += [("In-Reply-To", MSGS[x["re"]]["mid"]), ("References", " ".join(chain))]
    hdrs += list(x.get("hdr", {}).items())
    for h, v in reversed(hdrs):
        msg._headers.insert(0, (h, v))
    return msg.as_bytes()


def ics_event(mt):
    uid, box, start, mins, summ, loc, att, tz = mt
    st = when(start, tz).astimezone(timezone.utc)
    en = st + timedelta(minutes=mins)
    org = P[box]
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Arnika Broker//Calendar export//RU", "CALSCALE:GREGORIAN",
             "BEGIN:VEVENT", f"UID:{uid}@arnika-broker.ru", "DTSTAMP:20261204T150000Z",
             f"DTSTART:{st:%Y%m%dT%H%M%SZ}", f"DTEND:{en:%Y%m%dT%H%M%SZ}",
             f"SUMMARY:{summ}", f"LOCATION:{loc.replace(',', chr(92) + ',')}",
             f"ORGANIZER;CN={org[0]}:mailto:{org[1]}"]
    for k in att:
        n, e, _ = P[k]
        lines.append(f"ATTENDEE;CN={n};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{e}")
    lines += ["STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def client_of(k):
    return P[k][2]


def boxes_of(x):
    out = []
    if x["f"] in INTERNAL:
        out.append((x["f"], ".Sent/cur"))
    for k in x["t"] + x.get("c", []):
        if k in INTERNAL and k != x["f"]:
            out.append((k, "cur"))
    return out


def main():
    out = HERE
    for d in ("mail", "calendar"):
        shutil.rmtree(os.path.join(out, d), ignore_errors=True)
    for k, box in BOXES.items():
        for sub in ("cur", "new", "tmp", ".Sent/cur", ".Sent/new", ".Sent/tmp"):
            os.makedirs(os.path.join(out, "mail", box, sub), exist_ok=True)
        os.makedirs(os.path.join(out, "calendar", box), exist_ok=True)
    for x in ORDER:
        raw = make_eml(x)
        x["raw"] = raw
        for k, sub in boxes_of(x):
            fn = f"{int(x['dt'].timestamp())}.{x['k']}.arnika:2,S"
            with open(os.path.join(out, "mail", BOXES[k], sub, fn), "wb") as f:
                f.write(raw)
    uids = {}
    for mt in story.MEETINGS:
        with open(os.path.join(out, "calendar", BOXES[mt[1]], mt[0] + ".ics"), "w", encoding="utf-8", newline="") as f:
            f.write(ics_event(mt))
        uids[mt[0]] = mt[0] + "@arnika-broker.ru"

    # clients.csv
    with open(os.path.join(out, "clients.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["client", "domains", "owner", "segment", "phones"])
        for c in story.CLIENTS:
            w.writerow([c[0], c[1], P[c[2]][1], c[3], c[4]])
    # calls.csv: the PBX's own export (Windows-1251, semicolons, its own headers)
    rows = {}
    with open(os.path.join(out, "calls.csv"), "w", encoding="cp1251", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["Начало вызова", "Направление вызова", "Линия (доб.)", "Номер Б", "Разговор, сек", "Итог", "Комментарий оператора", "UID вызова"])
        for i, c in enumerate(story.CALLS):
            key, t, dr, ext, num, sec, disp, note = c
            dt = when(t)
            w.writerow([dt.strftime("%d.%m.%Y %H:%M:%S"), dr, ext, num, sec, disp, note,
                        "1" + hashlib.md5(key.encode()).hexdigest()[:11]])
            rows[key] = i + 2  # as a spreadsheet numbers it: the header is row 1
    # sales.csv, plans.csv
    with open(os.path.join(out, "sales.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["номер", "дата", "менеджер", "продукт", "контрагент", "сумма", "валюта"])
        for s in story.SALES:
            w.writerow([s[0], s[1], P[s[2]][1], s[3], s[4], s[5], s[6]])
    with open(os.path.join(out, "plans.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["period", "scope", "team", "manager", "product", "metric", "amount", "currency"])
        for p in story.PLANS:
            w.writerow([p[0], p[1], "", P[p[2]][1] if p[2] else "", p[3], "amount", p[4], "RUB"])
    write_config(out)
    truth = make_truth(uids, rows)
    with open(os.path.join(out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    check(out, truth, uids, rows)


def resolve(ref, uids, rows):
    if ref is None:
        return None
    if ref.startswith("call:"):
        return rows[ref[5:]]
    if ref.startswith("ics:"):
        return uids[ref[4:]]
    return MSGS[ref]["mid"]


def make_truth(uids, rows):
    t = {"as_of": story.AS_OF, "timezone": "Europe/Moscow", "negotiations": [], "not_negotiations": [],
         "agreed": [], "inbound": [], "complaints": [], "calls": []}
    for n in story.NEGOTIATIONS:
        cl, mg, pr, st, ev, nx, src, amt, close = n
        t["negotiations"].append({
            "client": cl, "manager": P[mg][1], "product": pr, "stage": st,
            "stage_evidence": uids[ev] if ev in uids else MSGS[ev]["mid"],
            "next_contact": nx, "next_contact_source": src,
            "amount": {"minor": amt[0], "currency": amt[1]} if amt else None,
            "expected_close": close})
    for k, why in story.NOT_NEGOTIATIONS:
        t["not_negotiations"].append({"address": P[k][1], "why": why})
    for x in ORDER:
        for q, due, status in x.get("ag", []):
            t["agreed"].append({"message_id": x["mid"], "side": "manager" if x["f"] in INTERNAL else "client",
                                "who": P[x["f"]][1], "quote": q, "due": due, "status": status})
    for x in ORDER:
        org = client_of(x["f"])
        if org in ("us", "noise") or not any(k in INTERNAL for k in x["t"]):
            continue
        if x.get("na", True) is False:
            reply = next((y for y in ORDER if y.get("re") == x["k"] and y["f"] in INTERNAL), None)
            by = reply["mid"] if reply else None
            t["inbound"].append({"message_id": x["mid"], "needs_answer": False, "answered": by is not None, "answered_by": by})
            continue
        if "ans" in x:
            by = resolve(x["ans"], uids, rows)
        else:
            reply = next((y for y in ORDER if y["dt"] > x["dt"] and y["f"] in INTERNAL
                          and any(client_of(k) == org for k in y["t"] + y.get("c", []))), None)
            by = reply["mid"] if reply else None
        t["inbound"].append({"message_id": x["mid"], "needs_answer": True, "answered": by is not None, "answered_by": by})
    for x in ORDER:
        if x.get("cp"):
            mgr = next(k for k in x["t"] if k in INTERNAL)
            t["complaints"].append({"message_id": x["mid"], "manager": P[mgr][1], "about_us": x["cp"] == "us"})
    phone_owner = {}
    for k, (n, e, org) in P.items():
        for src in (story.SIG.get(k, ""), ):
            pass
    known = {"pm05": "shevchuk", "babenko08": "babenko", "taras13": "taras", "demina21": "demina", "osipova22": "osipova",
             "babenko23": "babenko", "demina27": "demina", "lebedeva27": "lebedeva", "lis29": "lis", "iyer06": "iyer",
             "lis10": "lis", "lis12": "lis", "rustam12": "rustam", "rustam13": "rustam", "gurov16": "gurov",
             "zhuk17": "zhuk", "pieter18": "pieter", "babenko20": "babenko", "shevchuk24": "shevchuk",
             "lebedeva26": "lebedeva", "lyapin27": "lyapin", "akopyan30": "akopyan", "kim01": "kim",
             "buiko02": "buiko", "lyapin02": "lyapin", "gurov02": "gurov"}
    ext2mgr = {v: k for k, v in EXT.items()}
    for c in story.CALLS:
        if c[0] in known:
            t["calls"].append({"row": rows[c[0]], "manager": P[ext2mgr[c[3]]][1], "client": client_of(known[c[0]])})
    return t


def write_config(out):
    L = ['# dealtrail configuration for the invented broker «Арника» (see README.md)',
         'database = "dealtrail.db"', '',
         '[company]', 'name = "Арника Страховой Брокер"',
         'internal_domains = ["arnika-broker.ru", "arnika.by"]', 'base_currency = "RUB"', 'country = "RU"',
         'timezone = "Europe/Moscow"', 'locale = "ru"', 'transferred_workdays = []', 'extra_holidays = []', '']
    people = [("head", "Галина Воронцова", "head", "Europe/Moscow"), ("shilov", "Артём Шилов", "manager", "Europe/Moscow"),
              ("mart", "Елена Мартиросян", "manager", "Europe/Moscow"), ("koval", "Дмитрий Ковалёнок", "manager", "Europe/Minsk")]
    for k, n, role, tz in people:
        L += ['[[managers]]', f'email = "{P[k][1]}"', f'name = "{n}"', f'role = "{role}"',
              f'team = "{"Минск" if k == "koval" else "Москва"}"', f'timezone = "{tz}"', 'locale = "ru"',
              f'extension = "{EXT[k]}"']
        if k == "shilov":
            L.append('phone = "+7 916 402-18-33"')
        L.append('')
    for k, box in BOXES.items():
        L += ['[[mailboxes]]', f'name = "{box}-mail"', 'kind = "maildir"', f'owner = "{P[k][1]}"',
              f'path = "mail/{box}"', '',
              '[[mailboxes]]', f'name = "{box}-calendar"', 'kind = "ics"', f'owner = "{P[k][1]}"',
              f'path = "calendar/{box}"', '']
    for code, en, ru, al in PRODUCTS:
        L += ['[[products]]', f'code = "{code}"', f'name_en = "{en}"', f'name_ru = "{ru}"',
              'aliases = [' + ", ".join(json.dumps(a, ensure_ascii=False) for a in al) + ']', '']
    L += ['[clients]', 'directory = "clients.csv"', 'auto_create = true', '',
          '[imports]', 'plans = "plans.csv"', 'sales = ["sales.csv"]',
          'fx_rates = {USD = 95.0, EUR = 102.0, BYN = 29.0, AMD = 0.24}', 'calls = "calls.csv"', '',
          '[imports.calls_columns]', 'time = "Начало вызова"', 'direction = "Направление вызова"',
          'manager = "Линия (доб.)"', 'phone = "Номер Б"', 'duration = "Разговор, сек"', 'status = "Итог"',
          'note = "Комментарий оператора"', 'call_id = "UID вызова"', '',
          '[pipeline]', 'stages = ["lead", "qualified", "proposal", "negotiation", "contract", "won", "lost"]', '']
    with open(os.path.join(out, "dealtrail.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))
    os.chmod(os.path.join(out, "dealtrail.toml"), 0o644)


def check(out, truth, uids, rows):
    errors = []
    ids = set()
    n_files = 0
    for root, _, files in os.walk(os.path.join(out, "mail")):
        for fn in files:
            with open(os.path.join(root, fn), "rb") as f:
                m = email.message_from_binary_file(f, policy=email.policy.default)
            n_files += 1
            if not m["Message-ID"] or not m["From"] or not m["Date"]:
                errors.append(f"bad headers in {fn}")
            body = m.get_body(preferencelist=("plain",)).get_content()
            ids.add(m["Message-ID"])
            k = fn.split(".")[1]
            if MSGS[k]["b"] not in body:
                errors.append(f"new text not in body of {fn}")
    text = {x["mid"]: x["b"] for x in story.M}
    for a in truth["agreed"]:
        if a["message_id"] not in ids:
            errors.append("agreed: unknown id " + a["message_id"])
        elif a["quote"] not in text[a["message_id"]]:
            errors.append("agreed: quote not verbatim: " + a["quote"])
    allrefs = ids | set(uids.values())
    for n in truth["negotiations"]:
        if n["stage_evidence"] not in allrefs:
            errors.append("negotiation evidence missing: " + n["client"])
    for i in truth["inbound"]:
        if i["message_id"] not in ids:
            errors.append("inbound id missing")
        b = i["answered_by"]
        if b is not None and not (b in allrefs or b in rows.values()):
            errors.append("answered_by missing: " + str(b))
    for c in truth["complaints"]:
        if c["message_id"] not in ids:
            errors.append("complaint id missing")
    names = {c[0] for c in story.CLIENTS} | {P[k][1] for k in ("rustam", "zhuk")}
    for n in truth["negotiations"]:
        if n["client"] not in names:
            errors.append("negotiation client not in directory: " + n["client"])
    for c in truth["calls"]:
        if c["client"] not in names:
            errors.append("call client unknown: " + c["client"])
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    en = sum(1 for x in story.M if sum(ch.isascii() and ch.isalpha() for ch in x["b"]) > sum(ch.isalpha() for ch in x["b"]) / 2)
    print(f"ok: {len(story.M)} messages ({en} English) in {n_files} maildir files, {len(story.MEETINGS)} meetings, "
          f"{len(story.CALLS)} calls; truth: {len(truth['negotiations'])} negotiations, {len(truth['agreed'])} agreed, "
          f"{len(truth['inbound'])} inbound, {len(truth['complaints'])} complaints, {len(truth['calls'])} calls")


if __name__ == "__main__":
    main()
