#!/usr/bin/env python3
"""Build Upa Food's test company from story.py: Maildirs, calendars, CSVs, dealtrail.toml,
truth.json; then check them. Standard library only, deterministic. Licence: Apache-2.0."""
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
from email.utils import format_datetime, getaddresses, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import story as S  # noqa: E402

MSK = timezone(timedelta(hours=3))
BOX = {m[0]: m[5] for m in S.MANAGERS}
EXT = {m[0]: m[4] for m in S.MANAGERS}
RU_MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
          "октября", "ноября", "декабря"]
RU_MON_S = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."]
RU_WD = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
RU_WD_L = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
MIME = {"pdf": ("application", "pdf"), "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "jpg": ("image", "jpeg")}


def tzinfo(off):
    sign = 1 if off[0] == "+" else -1
    return timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))


def when(msg):
    return datetime.strptime(msg["d"], "%Y-%m-%d %H:%M").replace(tzinfo=tzinfo(msg["tz"]))


def addr(s):
    return parseaddr(s)[1].lower()


def name_of(s):
    n, a = parseaddr(s)
    return n or S.NAMES.get(a.lower(), "")


def fmt(s):
    a = addr(s)
    n = name_of(s)
    return f"{n} <{a}>" if n else a


def domain(a):
    return a.split("@", 1)[1]


def msgid(msg):
    h = hashlib.sha1(("upafood/" + msg["k"]).encode()).hexdigest()
    a = addr(msg["f"])
    ua = msg.get("ua")
    if ua == "outlook":
        return f"<{h[:6].upper()}{h[6:14]}{h[14:22].upper()}@{domain(a).split('.')[0].upper()}-EXCH01.{domain(a)}>"
    if ua == "iphone":
        return f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:28].upper()}@{domain(a)}>"
    if domain(a) in ("mail.ru",):
        return f"<{int(h[:10], 16)}.{h[10:16]}@f{int(h[16:18], 16)}.i.mail.ru>"
    if domain(a) in ("yandex.ru",):
        return f"<{int(h[:8], 16)}{int(h[8:12], 16)}@mail.yandex.ru>"
    return f"<{h[:20]}.{msg['k']}@{domain(a)}>"


def quote(parent, style):
    d = when(parent)
    who = fmt(parent["f"])
    body = parent["b"].rstrip("\n")
    gt = "\n".join(("> " + line) if line else ">" for line in body.split("\n"))
    to = "; ".join(fmt(x) for x in parent["t"])
    if style == "outlook_ru":
        return (f"\n\nОт: {who}\nОтправлено: {d.day} {RU_MON[d.month-1]} {d.year} г. {d:%H:%M}\n"
                f"Кому: {to}\nТема: {parent['s']}\n\n{body}\n")
    if style == "outlook_en":
        h12 = d.strftime("%I:%M %p").lstrip("0")
        return (f"\n\nFrom: {who}\nSent: {d:%A}, {d:%B} {d.day}, {d.year} {h12}\nTo: {to}\n"
                f"Subject: {parent['s']}\n\n{body}\n")
    if style == "gmail_ru":
        return f"\n\n{RU_WD[d.weekday()]}, {d.day} {RU_MON_S[d.month-1]} {d.year} г. в {d:%H:%M}, {who}:\n\n{gt}\n"
    if style == "gmail_en":
        h12 = d.strftime("%I:%M %p").lstrip("0")
        return f"\n\nOn {d:%a}, {d:%b} {d.day}, {d.year} at {h12} {who} wrote:\n\n{gt}\n"
    if style == "yandex":
        return f"\n\n{d:%d.%m.%Y}, {d:%H:%M}, \"{name_of(parent['f'])}\" <{addr(parent['f'])}>:\n{gt}\n"
    if style == "mailru":
        q = "\n".join(">" + line for line in body.split("\n"))
        return (f"\n\n>{RU_WD_L[d.weekday()]}, {d.day} {RU_MON[d.month-1]} {d.year}, {d:%H:%M} {d:%z}"[:-2] + ":00"
                + f" от {who}:\n>\n{q}\n")
    if style == "iphone_ru":
        return f"\n\n> {d.day} {RU_MON_S[d.month-1]} {d.year} г., в {d:%H:%M}, {who} написал(а):\n> \n{gt}\n"
    raise SystemExit(f"unknown quote style {style}")


def attachment_bytes(name, key):
    h = hashlib.sha256((key + name).encode()).digest() * 8
    ext = name.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        return b"%PDF-1.4\n% Upa Food invented document\n" + h + b"\n%%EOF\n"
    if ext == "jpg":
        return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + h + b"\xff\xd9"
    return b"PK\x03\x04\x14\x00\x06\x00" + h


def build_messages(byk, ids):
    out = []  # (box, folder, filename, bytes)
    for n, msg in enumerate(S.MSGS):
        em = EmailMessage(policy=email.policy.default)
        em["From"] = fmt(msg["f"])
        em["To"] = ", ".join(fmt(x) for x in msg["t"])
        if msg["cc"]:
            em["Cc"] = ", ".join(fmt(x) for x in msg["cc"])
        em["Subject"] = msg["s"]
        em["Date"] = format_datetime(when(msg))
        em["Message-ID"] = ids[msg["k"]]
        body = msg["b"]
        if msg["r"]:
            parent = byk[msg["r"]]
            if not msg["nohdr"]:
                refs = [] if not parent.get("_refs") else list(parent["_refs"])
                refs.append(ids[parent["k"]])
                msg["_refs"] = refs
                em["In-Reply-To"] = ids[parent["k"]]
                em["References"] = " ".join(refs)
            if msg["q"]:
                body = body + quote(parent, msg["q"])
        ua = msg.get("ua")
        a = addr(msg["f"])
        if ua == "outlook":
            em["X-Mailer"] = "Microsoft Outlook 16.0"
        elif ua == "iphone":
            em["X-Mailer"] = "iPhone Mail (22B91)"
        elif domain(a) == "mail.ru":
            em["X-Mailer"] = "Mail.Ru Mailer 1.0"
        elif a.endswith("@" + S.DOMAIN):
            em["User-Agent"] = "Yandex.Mail 360"
        if msg["k"] == "a3x":
            em["Auto-Submitted"] = "auto-replied"
            em["X-Autoreply"] = "yes"
        if msg["k"].startswith("nw"):
            em["List-Unsubscribe"] = "<https://milkmarket-news.ru/unsubscribe>"
            em["Precedence"] = "bulk"
        em.set_content(body, subtype="plain", charset="utf-8")
        for att in msg["att"]:
            mt, st = MIME[att.rsplit(".", 1)[1].lower()]
            em.add_attachment(attachment_bytes(att, msg["k"]), maintype=mt, subtype=st, filename=att)
        if em.is_multipart():
            em.set_boundary("----=_Part_" + hashlib.md5(msg["k"].encode()).hexdigest()[:16])
        data = em.as_bytes()
        ts = int(when(msg).timestamp())
        fname = f"{ts}.M{n:04d}P4242.upafood,S={len(data)}:2,S"
        placed = False
        if a in BOX:
            out.append((BOX[a], ".Sent/cur", fname, data))
            placed = True
        for r in [addr(x) for x in msg["t"] + msg["cc"]]:
            if r in BOX and r != a:
                out.append((BOX[r], "cur", fname, data))
                placed = True
        assert placed, f"{msg['k']}: in no mailbox"
    return out


def ics_time(s, minutes=0):
    d = datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=MSK) + timedelta(minutes=minutes)
    return d.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def fold(line):
    b = line.encode()
    if len(b) <= 73:
        return line
    parts, cur = [], ""
    for ch in line:
        if len((cur + ch).encode()) > 73:
            parts.append(cur)
            cur = ch
        else:
            cur += ch
    parts.append(cur)
    return "\r\n ".join(parts)


def esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def build_calendars():
    per_box = {}
    for uid, owner, start, mins, summ, loc, att, desc in S.MEETINGS:
        lines = ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:" + ics_time(start, -7 * 24 * 60),
                 "DTSTART:" + ics_time(start), "DTEND:" + ics_time(start, mins),
                 "SUMMARY:" + esc(summ), "LOCATION:" + esc(loc)]
        if desc:
            lines.append("DESCRIPTION:" + esc(desc))
        lines.append(f"ORGANIZER;CN={S.NAMES[owner]}:mailto:{owner}")
        lines.append(f"ATTENDEE;CN={S.NAMES[owner]};ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:{owner}")
        for a in att:
            cn = S.NAMES.get(a)
            cnp = f";CN={cn}" if cn else ""
            lines.append(f"ATTENDEE{cnp};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{a}")
        lines += ["STATUS:CONFIRMED", "END:VEVENT"]
        for who in [owner] + [a for a in att if a in BOX]:
            per_box.setdefault(BOX[who], []).extend(lines)
    out = {}
    for box, ev in per_box.items():
        text = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Upa Food//Yandex Calendar//RU",
                "CALSCALE:GREGORIAN"] + ev + ["END:VCALENDAR"]
        out[box] = "\r\n".join(fold(x) for x in text) + "\r\n"
    return out


CALL_HEADER = ["ID сессии", "Дата и время начала", "Направление вызова", "Сотрудник", "Линия",
               "Внешний номер", "Длительность разговора, с", "Итог", "Комментарий", "Запись"]


def build_calls():
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(CALL_HEADER)
    rows = {}
    for i, (k, t, dr, mgr, ph, sec, res, note, _client) in enumerate(S.CALLS):
        d = datetime.strptime(t, "%Y-%m-%d %H:%M:%S")
        sid = "RT-" + hashlib.md5(k.encode()).hexdigest()[:12]
        surname, first = S.NAMES[mgr].split()[1], S.NAMES[mgr].split()[0]
        rec = f"https://vats.example-pbx.ru/rec/{sid}.mp3" if sec else ""
        w.writerow([sid, d.strftime("%d.%m.%Y %H:%M:%S"), dr, f"{surname} {first} ({EXT[mgr]})",
                    "+7 48731 6-20-00", ph, sec, res, note, rec])
        rows[k] = i + 2  # spreadsheet numbering: the header is row 1
    return "\ufeff" + buf.getvalue(), rows


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def toml_config():
    L = ['# dealtrail configuration for the invented company Upa Food (ООО «Упа Фуд»).',
         'database = "dealtrail.db"', '',
         '[company]', 'name = "Упа Фуд"', f'internal_domains = ["{S.DOMAIN}"]', 'base_currency = "RUB"',
         'country = "RU"', 'timezone = "Europe/Moscow"', 'locale = "ru"', 'transferred_workdays = []',
         'extra_holidays = []', '']
    for email_, name, role, team, ext, box in S.MANAGERS:
        L += ['[[managers]]', f'email = "{email_}"', f'name = "{name}"', f'role = "{role}"',
              f'team = "{team}"', 'timezone = "Europe/Moscow"', 'locale = "ru"', f'extension = "{ext}"', '']
    for email_, name, role, team, ext, box in S.MANAGERS:
        L += ['[[mailboxes]]', f'name = "{box}-mail"', 'kind = "maildir"', f'owner = "{email_}"',
              f'path = "mail/{box}"', '']
        if os.path.isdir(os.path.join(HERE, "calendar", box)):
            L += ['[[mailboxes]]', f'name = "{box}-calendar"', 'kind = "ics"', f'owner = "{email_}"',
                  f'path = "calendar/{box}"', '']
    for code, en, ru, aliases in S.PRODUCTS:
        L += ['[[products]]', f'code = "{code}"', f'name_en = "{en}"', f'name_ru = "{ru}"',
              'aliases = [' + ", ".join(json.dumps(a, ensure_ascii=False) for a in aliases) + ']', '']
    L += ['[clients]', 'directory = "clients.csv"', 'auto_create = true', '',
          '[imports]', 'plans = "plans.csv"', 'sales = ["sales.csv"]', 'fx_rates = {USD = 92.0, EUR = 99.0}',
          'calls = "calls.csv"', '',
          '[imports.calls_columns]', 'call_id = "ID сессии"', 'time = "Дата и время начала"',
          'direction = "Направление вызова"', 'manager = "Сотрудник"', 'phone = "Внешний номер"',
          'duration = "Длительность разговора, с"', 'status = "Итог"', 'note = "Комментарий"',
          'ignore = "Линия"', '',
          '[pipeline]', 'stages = ["lead", "qualified", "proposal", "negotiation", "contract", "won", "lost"]',
          'probabilities = {lead = 0.05, qualified = 0.2, proposal = 0.4, negotiation = 0.6, contract = 0.85, won = 1.0, lost = 0.0}', '']
    return "\n".join(L) + "\n"


def main():
    byk = {}
    for msg in S.MSGS:
        assert msg["k"] not in byk, f"duplicate key {msg['k']}"
        byk[msg["k"]] = msg
    ids = {k: msgid(v) for k, v in byk.items()}
    assert len(set(ids.values())) == len(ids), "duplicate Message-ID"
    for d in ("mail", "calendar"):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
    for email_, *_x, box in S.MANAGERS:
        for sub in ("cur", "new", "tmp", ".Sent/cur", ".Sent/new", ".Sent/tmp"):
            os.makedirs(os.path.join(HERE, "mail", box, sub), exist_ok=True)
    files = build_messages(byk, ids)
    for box, folder, fname, data in files:
        with open(os.path.join(HERE, "mail", box, folder, fname), "wb") as f:
            f.write(data)
    cals = build_calendars()
    for box, text in cals.items():
        os.makedirs(os.path.join(HERE, "calendar", box), exist_ok=True)
        with open(os.path.join(HERE, "calendar", box, "calendar.ics"), "w", encoding="utf-8", newline="") as f:
            f.write(text)
    calls_text, call_rows = build_calls()
    with open(os.path.join(HERE, "calls.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(calls_text)
    write_csv(os.path.join(HERE, "clients.csv"), ["client", "domains", "owner", "segment", "phones", "kind"],
              [list(c) for c in S.CLIENTS])
    write_csv(os.path.join(HERE, "sales.csv"), ["external_id", "date", "manager", "product", "client", "amount", "currency"],
              [list(s) for s in S.SALES])
    write_csv(os.path.join(HERE, "plans.csv"), ["period", "scope", "team", "manager", "product", "metric", "amount", "currency"],
              [list(p) for p in S.PLANS])
    with open(os.path.join(HERE, "dealtrail.toml"), "w", encoding="utf-8") as f:
        f.write(toml_config())

    # ---------------------------------------------------------------- truth
    uids = {m[0] for m in S.MEETINGS}
    client_dom = {}
    for c in S.CLIENTS:
        for dmn in c[1].replace(",", ";").split(";"):
            client_dom[dmn.strip()] = c
    notneg = {a for a, _ in S.NOT_NEGOTIATIONS}
    managers = set(BOX)

    def ref(x):
        if x is None:
            return None
        if x.startswith("call:"):
            return call_rows[x[5:]]
        if x in uids:
            return x
        return ids[x]

    inbound, complaints, agreed = [], [], []
    for msg in S.MSGS:
        a = addr(msg["f"])
        rcpt = [addr(x) for x in msg["t"] + msg["cc"]]
        is_client = (domain(a) in client_dom or a in S.FREEMAIL) and a not in notneg
        is_inter = a in notneg and any(r == "intermediary" for aa, r in S.NOT_NEGOTIATIONS if aa == a)
        to_mgr = any(r in managers for r in rcpt)
        if (is_client or is_inter) and to_mgr:
            assert msg["na"] is not None, f"{msg['k']}: inbound without needs_answer label"
            inbound.append({"message_id": ids[msg["k"]], "needs_answer": msg["na"],
                            "answered": msg["ans"] is not None, "answered_by": ref(msg["ans"])})
        elif msg["ans"] is not None:
            raise SystemExit(f"{msg['k']}: answered_by on a message that is not inbound")
        if msg["compl"] is not None:
            mgr = next(addr(x) for x in msg["t"] if addr(x) in managers)
            complaints.append({"message_id": ids[msg["k"]], "manager": mgr, "about_us": msg["compl"]})
        for side, q, due, status in msg["ag"]:
            assert q in msg["b"], f"{msg['k']}: quote not verbatim: {q}"
            agreed.append({"message_id": ids[msg["k"]], "side": side, "who": a, "quote": q,
                           "due": due, "status": status})
    negs = []
    names = {c[0] for c in S.CLIENTS if not c[5]}
    for cl, mgr, prod, stage, ev, nxt, src, amt, close in S.NEGOTIATIONS:
        assert cl in names or cl in S.FREEMAIL, cl
        negs.append({"client": cl, "manager": mgr, "product": prod, "stage": stage,
                     "stage_evidence": ref(ev), "next_contact": nxt, "next_contact_source": src,
                     "amount": {"minor": amt[0], "currency": amt[1]} if amt else None,
                     "expected_close": close})
    calls = []
    for k, t, dr, mgr, ph, sec, res, note, client in S.CALLS:
        if client:
            calls.append({"row": call_rows[k], "manager": mgr, "client": client})
    truth = {"as_of": S.AS_OF, "timezone": "Europe/Moscow", "negotiations": negs,
             "not_negotiations": [{"address": a, "why": w} for a, w in S.NOT_NEGOTIATIONS],
             "agreed": agreed, "inbound": inbound, "complaints": complaints, "calls": calls}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")

    # ---------------------------------------------------------------- checks
    seen_ids = {}
    n_files = 0
    for root, _dirs, fnames in os.walk(os.path.join(HERE, "mail")):
        for fn in fnames:
            with open(os.path.join(root, fn), "rb") as f:
                em = email.message_from_binary_file(f, policy=email.policy.default)
            assert em["Message-ID"] and em["From"] and em["Date"], fn
            body = em.get_body(preferencelist=("plain",))
            assert body is not None and body.get_content().strip(), fn
            seen_ids[em["Message-ID"].strip()] = body.get_content()
            n_files += 1
    for a in agreed:
        assert a["message_id"] in seen_ids, a
        assert a["quote"] in seen_ids[a["message_id"]].replace("\r\n", "\n"), a
    for it in inbound + complaints:
        assert it["message_id"] in seen_ids, it
    for it in inbound:
        ab = it["answered_by"]
        if isinstance(ab, str) and ab not in uids:
            assert ab in seen_ids, it
    for n in negs:
        assert n["stage_evidence"] in seen_ids or n["stage_evidence"] in uids, n
    as_of = datetime.fromisoformat(S.AS_OF)
    for msg in S.MSGS:
        assert when(msg) <= as_of, f"{msg['k']} after as_of"
    for uid, *_ in S.MEETINGS:
        pass
    json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    print(f"ok: {len(S.MSGS)} messages ({n_files} files), {len(S.MEETINGS)} meetings, {len(S.CALLS)} calls, "
          f"{len(negs)} negotiations, {len(agreed)} agreed, {len(inbound)} inbound, "
          f"{len(complaints)} complaints, {len(S.CLIENTS)} directory rows")


if __name__ == "__main__":
    main()
