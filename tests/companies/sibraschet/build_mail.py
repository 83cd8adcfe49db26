"""Renders the story's messages as real mail clients would: headers, plain/HTML bodies,
quoted history in each writer's client style, signatures, attachments. Standard library only,
deterministic."""
import base64
import hashlib
import html
import io
import zipfile
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime
from zoneinfo import ZoneInfo

RU_WD_FULL = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
RU_WD_CAP = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
RU_WD_SHORT = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
RU_MON_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря"]
RU_MON_SHORT = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.",
                "нояб.", "дек."]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]

REPLY_PREFIX = {
    "outlook_ru": "RE:", "outlook_en": "RE:", "gmail_ru": "Re:", "gmail_en": "Re:",
    "yandex_ru": "Re:", "yandex_mobile": "Re:", "iphone_ru": "Re:", "mailru": "Re:",
    "mailru_mobile": "Re:", "foxmail_en": "回复：", "thunderbird_ru": "Re:", "lotus_ru": "Ответ:",
    "newsletter": "Re:",
}

MAILER = {
    "outlook_ru": ("X-Mailer", "Microsoft Outlook 16.0"),
    "outlook_en": ("X-Mailer", "Microsoft Outlook 16.0"),
    "thunderbird_ru": ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.0"),
    "foxmail_en": ("X-Mailer", "Foxmail 7.2.25.375[cn]"),
    "lotus_ru": ("X-Mailer", "IBM Notes Release 9.0.1FP10 HF197 November 26, 2018"),
    "iphone_ru": ("X-Mailer", "iPhone Mail (22B91)"),
    "yandex_mobile": ("X-Mailer", "Yandex.Mail Android 8.92.1"),
    "mailru_mobile": ("X-Mailer", "Mail.Ru Mailer for Android 14.93.0"),
    "newsletter": ("X-Mailer", "Unisender"),
}

MOBILE_TAIL = {
    "iphone_ru": "Отправлено с iPhone",
    "yandex_mobile": "Отправлено из мобильной Яндекс Почты",
    "mailru_mobile": "--\nОтправлено из мобильной Почты Mail",
}

FREE_MAIL = ("gmail.com", "mail.ru", "yandex.ru", "bk.ru", "list.ru", "inbox.ru", "ya.ru",
             "rambler.ru", "qq.com", "163.com")


def h(*parts, n=32):
    return hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:n]


def local_dt(when, tz):
    d = datetime.strptime(when, "%Y-%m-%d %H:%M")
    return d.replace(tzinfo=ZoneInfo(tz))


def make_message_id(m, style, sender):
    key = m["key"]
    dom = sender.split("@")[1]
    if dom == "sibrasbank.ru":
        return "<%s@mail.sibrasbank.ru>" % h("mid", key).upper()
    if style in ("yandex_ru", "yandex_mobile"):
        digits = str(int(h("y", key, n=14), 16))[:16].rjust(16, "1")
        return "<%s@mail.yandex.ru>" % digits
    if style in ("gmail_ru", "gmail_en"):
        raw = hashlib.sha256(("g|" + key).encode("utf-8")).digest()
        return "<CA%s@mail.gmail.com>" % base64.b64encode(raw).decode("ascii").rstrip("=")[:40].replace("/", "_")
    if style in ("mailru", "mailru_mobile"):
        ts = int(m["dt"].timestamp())
        return "<%d.%s@f%d.i.mail.ru>" % (ts, str(int(h("m", key, n=10), 16))[:9],
                                          100 + int(h("f", key, n=2), 16))
    if style == "iphone_ru":
        x = h("i", key).upper()
        return "<%s-%s-%s-%s-%s@%s>" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32], dom)
    if style == "foxmail_en":
        return "<tencent_%s@qq.com>" % h("t", key, n=40).upper()
    if style == "lotus_ru":
        x = h("l", key).upper()
        return "<OF%s.%s-ON%s.%s@sibmedpostavka.ru>" % (x[:8], x[8:16], x[16:24], x[24:32])
    if style == "outlook_en":
        x = h("o", key).upper()
        return "<VI1PR08MB%s%s@VI1PR08MB%s.eurprd08.prod.outlook.com>" % (x[:4], x[4:24], x[:4])
    if style == "thunderbird_ru":
        x = h("tb", key)
        return "<%s-%s-%s-%s-%s@%s>" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32], dom)
    if style == "newsletter":
        return "<%d.%s@mailer.%s>" % (int(m["dt"].timestamp()), h("n", key, n=12), dom)
    return "<%s@%s>" % (h("x", key), dom)


def addr_text(P, a):
    return "%s <%s>" % (P[a]["name"], a) if a in P else a


def addr_obj(P, a):
    user, dom = a.split("@")
    return Address(display_name=P[a]["name"] if a in P else "", username=user, domain=dom)


def fmt_outlook_ru(d):
    return "%s, %d %s %d г. %d:%02d" % (RU_WD_FULL[d.weekday()], d.day, RU_MON_GEN[d.month - 1],
                                        d.year, d.hour, d.minute)


def fmt_outlook_en(d):
    hh = d.hour % 12 or 12
    return "%s, %s %d, %d %d:%02d %s" % (EN_WD[d.weekday()], EN_MON[d.month - 1], d.day, d.year,
                                          hh, d.minute, "AM" if d.hour < 12 else "PM")


def quote_header(style, parent, P, viewer_tz):
    """The attribution line(s) the replier's client puts above the quoted parent."""
    d = parent["dt"].astimezone(ZoneInfo(viewer_tz))
    frm = parent["frm"]
    pname = P[frm]["name"] if frm in P else frm
    to = "; ".join(addr_text(P, a) for a in parent["to"])
    cc = "; ".join(addr_text(P, a) for a in parent["cc"])
    if style == "outlook_ru":
        lines = ["От: %s" % addr_text(P, frm), "Отправлено: %s" % fmt_outlook_ru(d), "Кому: %s" % to]
        if cc:
            lines.append("Копия: %s" % cc)
        lines.append("Тема: %s" % parent["subject"])
        return "\n".join(lines), False
    if style == "outlook_en":
        lines = ["From: %s" % addr_text(P, frm), "Sent: %s" % fmt_outlook_en(d), "To: %s" % to]
        if cc:
            lines.append("Cc: %s" % cc)
        lines.append("Subject: %s" % parent["subject"])
        return "\n".join(lines), False
    if style == "gmail_ru":
        return "%s, %d %s %d г. в %d:%02d, %s <%s>:" % (
            RU_WD_SHORT[d.weekday()], d.day, RU_MON_SHORT[d.month - 1], d.year, d.hour, d.minute,
            pname, frm), True
    if style == "gmail_en":
        hh = d.hour % 12 or 12
        return "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (
            EN_WD[d.weekday()][:3], EN_MON[d.month - 1][:3], d.day, d.year, hh, d.minute,
            "AM" if d.hour < 12 else "PM", pname, frm), True
    if style in ("yandex_ru", "yandex_mobile"):
        return '%02d.%02d.%d, %02d:%02d, "%s" <%s>:' % (d.day, d.month, d.year, d.hour, d.minute,
                                                        pname, frm), True
    if style == "iphone_ru":
        return "%d %s %d г., в %d:%02d, %s <%s> написал(а):" % (
            d.day, RU_MON_SHORT[d.month - 1], d.year, d.hour, d.minute, pname, frm), True
    if style in ("mailru", "mailru_mobile"):
        off = d.utcoffset()
        mins = int(off.total_seconds() // 60)
        return "%s, %d %s %d, %d:%02d %+03d:%02d от %s <%s>:" % (
            RU_WD_CAP[d.weekday()], d.day, RU_MON_GEN[d.month - 1], d.year, d.hour, d.minute,
            mins // 60, abs(mins) % 60, pname, frm), True
    if style == "thunderbird_ru":
        return "%02d.%02d.%d %d:%02d, %s пишет:" % (d.day, d.month, d.year, d.hour, d.minute,
                                                    pname), True
    if style == "foxmail_en":
        hh = d.hour % 12 or 12
        lines = ["------------------ Original ------------------",
                 'From:  "%s"<%s>;' % (pname, frm),
                 "Date:  %s, %s %d, %d %02d:%02d %s" % (EN_WD[d.weekday()][:3], EN_MON[d.month - 1][:3],
                                                      d.day, d.year, hh, d.minute,
                                                      "AM" if d.hour < 12 else "PM"),
                 "To:  %s;" % "; ".join('"%s"<%s>' % (P[a]["name"] if a in P else a, a) for a in parent["to"])]
        if parent["cc"]:
            lines.append("Cc:  %s;" % "; ".join('"%s"<%s>' % (P[a]["name"] if a in P else a, a)
                                                for a in parent["cc"]))
        lines.append("Subject:  %s" % parent["subject"])
        return "\n".join(lines), False
    if style == "lotus_ru":
        lines = ['-----"%s" <%s> написал: -----' % (pname, frm),
                 "Кому: %s" % ", ".join('"%s" <%s>' % (P[a]["name"] if a in P else a, a) for a in parent["to"]),
                 'От: "%s" <%s>' % (pname, frm),
                 "Дата: %02d.%02d.%d %d:%02d" % (d.day, d.month, d.year, d.hour, d.minute),
                 "Тема: %s" % parent["subject"]]
        if parent["cc"]:
            lines.insert(2, "Копия: %s" % ", ".join(parent["cc"]))
        return "\n".join(lines), False
    return "%s wrote:" % frm, True


def text_to_html(text):
    paras = []
    for block in text.split("\n\n"):
        lines = [html.escape(x) for x in block.split("\n")]
        paras.append("<p>%s</p>" % "<br>\n".join(lines))
    return "\n".join(paras)


def outlook_paras(text):
    out = []
    for line in text.split("\n"):
        out.append('<p class="MsoNormal">%s</p>' % (html.escape(line) if line.strip() else "&nbsp;"))
    return "\n".join(out)


def compose(m, P, by_key):
    """Fill m['plain'], m['inner_html'], m['full_html'] from its new text, signature, quote."""
    frm = m["frm"]
    style = m["style"]
    tz = P[frm]["tz"]
    new = m["body"].rstrip()
    sig = P[frm]["sig"] if (m["sig"] and P[frm]["sig"]) else ""
    tail = MOBILE_TAIL.get(style, "") if m["sig"] else ""
    text = new
    if sig:
        text += ("\n\n-- \n" if style in ("gmail_ru", "gmail_en") else "\n\n") + sig
    if tail:
        text += "\n\n" + tail
    m["new_text"] = new
    own_plain = text
    if style.startswith("outlook") or style == "lotus_ru" or style == "newsletter":
        own_html = outlook_paras(new) + ("\n" + outlook_paras("\n" + sig) if sig else "")
    else:
        own_html = text_to_html(new) + ("\n<div>-- <br>%s</div>" % html.escape(sig).replace("\n", "<br>") if sig else "") \
            + ("\n<div>%s</div>" % html.escape(tail).replace("\n", "<br>") if tail else "")

    parent_key = m["re"] or m["fwd"]
    plain = own_plain
    inner = own_html
    if parent_key and m["quote"]:
        parent = by_key[parent_key]
        head, gt = quote_header(style, parent, P, tz)
        if m["fwd"]:
            head = "\n".join(["-----Original Message-----", head])
        if gt:
            quoted = "\n".join(("> " + ln) if ln else ">" for ln in parent["plain"].split("\n"))
            plain = own_plain + "\n\n" + head + "\n" + quoted + "\n"
        else:
            plain = own_plain + "\n\n" + head + "\n\n" + parent["plain"] + "\n"
        if style.startswith("outlook"):
            hh = "<br>\n".join(
                "<b>%s</b>%s" % (html.escape(x.split(":", 1)[0] + ":"), html.escape(x.split(":", 1)[1]))
                if ":" in x and not x.startswith("-----") else html.escape(x)
                for x in head.split("\n"))
            inner = (own_html + '\n<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;'
                     'padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal">' + hh + "</p>\n</div></div>\n"
                     + parent["inner_html"])
        elif style in ("gmail_ru", "gmail_en"):
            inner = ('<div dir="ltr">' + own_html + '</div><br><div class="gmail_quote">'
                     '<div dir="ltr" class="gmail_attr">' + html.escape(head) + '<br></div>'
                     '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                     'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                     + parent["inner_html"] + "</blockquote></div>")
        elif style in ("yandex_ru", "yandex_mobile"):
            inner = ("<div>" + own_html + "</div><div> </div><div>" + html.escape(head) +
                     "</div><blockquote>" + parent["inner_html"] + "</blockquote>")
        elif style in ("mailru", "mailru_mobile"):
            inner = ('<div>' + own_html + '</div><br><br><br>' + html.escape(head) +
                     '<blockquote style="border-left:1px solid #0857A6; margin:10px; padding:0 0 0 10px;">'
                     + parent["inner_html"] + "</blockquote>")
        else:  # foxmail, lotus, iphone, thunderbird
            inner = (own_html + '<div style="font-size:12px;background:#efefef;padding:8px;">'
                     + html.escape(head).replace("\n", "<br>") + "</div><div>"
                     + parent["inner_html"] + "</div>")
    m["plain"] = plain
    m["inner_html"] = inner
    if style.startswith("outlook"):
        m["full_html"] = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                          'xmlns:w="urn:schemas-microsoft-com:office:word">\n<head>\n'
                          '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                          '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                          '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; '
                          'font-family:"Calibri",sans-serif;} --></style>\n</head>\n'
                          '<body lang="RU" link="#0563C1" vlink="#954F72">\n'
                          '<div class="WordSection1">\n' + inner + "\n</div>\n</body>\n</html>\n")
    elif style == "lotus_ru":
        m["full_html"] = ('<html><body><font size="2" face="Default Sans Serif,Verdana,Arial,Helvetica,sans-serif">'
                          + inner + "</font></body></html>\n")
    elif style == "newsletter":
        m["full_html"] = newsletter_html(m)
    else:
        m["full_html"] = "<html><body>" + inner + "</body></html>\n"


def newsletter_html(m):
    rows = "\n".join('<tr><td style="padding:6px 24px;font:14px Arial,sans-serif;color:#222">%s</td></tr>'
                     % html.escape(line) for line in m["body"].split("\n") if line.strip())
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title></head>'
            '<body style="margin:0;background:#f2f4f7"><table width="100%%" cellpadding="0" cellspacing="0">'
            '<tr><td align="center"><table width="640" style="background:#fff">'
            '<tr><td style="padding:16px 24px;background:#0b3d91;color:#fff;font:bold 18px Arial">%s</td></tr>'
            '%s<tr><td style="padding:16px 24px;font:11px Arial;color:#888">'
            '<a href="https://example.invalid/unsubscribe">Отписаться от рассылки</a></td></tr>'
            '</table></td></tr></table></body></html>\n'
            % (html.escape(m["subject"]), html.escape(m["subject"]), rows))


CTYPES = {
    "pdf": ("application", "pdf"), "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "zip": ("application", "zip"), "jpg": ("image", "jpeg"), "png": ("image", "png"),
}


def attachment_bytes(name, key):
    ext = name.rsplit(".", 1)[-1].lower()
    note = ("Invented test attachment '%s' of message %s. Everything here is invented." % (name, key))
    if ext == "pdf":
        return ("%%PDF-1.4\n%% dummy\n1 0 obj << /Type /Catalog >> endobj\n%% %s\n%%%%EOF\n" % note).encode("utf-8")
    if ext in ("docx", "xlsx", "zip"):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            zi = zipfile.ZipInfo("README.txt", date_time=(2026, 1, 1, 0, 0, 0))
            z.writestr(zi, note)
        return buf.getvalue()
    if ext == "jpg":
        return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + note.encode("utf-8") + b"\xff\xd9"
    return note.encode("utf-8")


def to_email(m, P):
    style = m["style"]
    msg = EmailMessage(policy=policy.default)
    msg["Message-ID"] = m["message_id"]
    msg["Date"] = format_datetime(m["dt"].replace(second=m["sec"]))
    msg["From"] = addr_obj(P, m["frm"])
    msg["To"] = tuple(addr_obj(P, a) for a in m["to"])
    if m["cc"]:
        msg["Cc"] = tuple(addr_obj(P, a) for a in m["cc"])
    msg["Subject"] = m["subject"]
    if m.get("in_reply_to"):
        msg["In-Reply-To"] = m["in_reply_to"]
        msg["References"] = " ".join(m["references"])
    msg["MIME-Version"] = "1.0"
    if style in MAILER:
        msg[MAILER[style][0]] = MAILER[style][1]
    if style.startswith("outlook"):
        msg["Content-Language"] = "ru-RU" if style == "outlook_ru" else "en-US"
        msg["Thread-Topic"] = m["thread_topic"]
    for k, v in m["headers"].items():
        msg[k] = v
    html_mode = m["html"]
    if html_mode is None:
        html_mode = "only" if style in ("lotus_ru", "newsletter") else (
            "no" if style in ("iphone_ru", "thunderbird_ru") or m["auto"] else "alt")
    if html_mode == "only":
        msg.set_content(m["full_html"], subtype="html")
    elif html_mode == "alt":
        msg.set_content(m["plain"])
        msg.add_alternative(m["full_html"], subtype="html")
    else:
        msg.set_content(m["plain"], subtype="plain")
    for name in m["att"]:
        ext = name.rsplit(".", 1)[-1].lower()
        mt, st = CTYPES.get(ext, ("application", "octet-stream"))
        msg.add_attachment(attachment_bytes(name, m["key"]), maintype=mt, subtype=st, filename=name)
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary("----=_Part_%s_%d" % (h("b", m["key"], n=16), n))
    return msg.as_bytes(policy=policy.default.clone(max_line_length=998))
