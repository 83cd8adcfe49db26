"""The new text of a message: what the sender wrote now, without quotes and signature.

Line-based and cheap. The text is cut at the first quote header (Outlook
"From:/Sent:" blocks, "-----Original Message-----", "-----Исходное
сообщение-----", "On ... wrote:", "... написал(а):", Lotus Notes "Forwarded
by" lines, a trailing run of "> " lines); then the signature is removed
("-- " blocks, "Sent from my iPhone", "Отправлено с iPhone", "С уважением," /
"Best regards," sign-off blocks at the end).

A message that only forwards something keeps the forwarded part: its new text
is the forwarding note plus what was forwarded ("FYI" alone says nothing).
"""

from __future__ import annotations

import logging
import re
from typing import Any

import lxml.etree
import lxml.html

from indexer.signature_shape import below_colon, closing_block, person_name

log = logging.getLogger(__name__)

_F = re.IGNORECASE | re.UNICODE

# A line that on its own starts the quoted part.
_SPLIT_LINE = re.compile(
    r"^\s*(?:"
    r"-{2,}\s*(?:original\s+message|исходное\s+сообщение|ursprüngliche\s+nachricht|"
    r"message\s+d'origine|oprindelig\s+meddelelse|mensaje\s+original|"
    r"messaggio\s+originale|original\s+meddelande|opprinnelig\s+melding)\s*-{2,}"
    r"|-{2,}\s*(?:reply\s+message|reply\s+above\s+this\s+line|mail\s+original)\s*-{2,}"
    r"|={2,}\s*message\s+du\s.{0,160}"
    r"|_{20,}\s*$"
    r"|-{3,}\s*(?!forward|пересыла|weitergeleitet)[^\W\d_][^-\n]{2,40}?\s*-{3,}\s*$"
    r"|#{2,}\s*-\s*please\s+type\s+your\s+reply\s+above\s+this\s+line"
    r")", _F)
# Forwarded messages: kept (see module doc) unless they sit below a reply.
_FORWARD_LINE = re.compile(
    r"^\s*(?:-{2,}\s*(?:forwarded\s+message|пересылаемое\s+сообщение|"
    r"weitergeleitete\s+nachricht)\s*-{2,}|-{3,}\s*forwarded\s+by\s|begin\s+forwarded\s+message:)",
    _F)
_VERB_TIME_TAIL = (r"\b(?:(?:на)?писал(?:\(а\)|а|и)?|wrote(?:\s+on)?)\s+[^<>:]{0,80}?"
                   r"\d{1,2}:\d{2}(?::\d{2})?\s*:\s*$")
_VERB_THEN_TIME = r"^.{0,120}?" + _VERB_TIME_TAIL
# "On Tue, 2011 ... John <j@x> wrote:" and friends (may span up to three lines).
_WROTE = re.compile(
    r"^[>\s-]*(?:on|le|am|el|il|op|den|på|w\s+dniu|dnia|em|vào|в|am\s+\S+)\b.{0,300}?"
    r"(?:wrote|sent|schrieb|a\s+écrit|escribió|ha\s+scritto|schreef|skrev|napisał\(a\)?|"
    r"napisał|escreveu|đã\s+viết|написал\(а\)|написала?|пишет|geschreven|kirjoitti|"
    r"napsal\(a\)|napsala?|yazdı|написав|pisze)"
    r"(?:\s*:|\s+[^:]{0,80}:|\s*-*)?\s*$"
    r"|^\s*-{2,}\s*.{1,100}\s(?:wrote|написал\(а\)|написала?)\s*:?\s*-{2,}\s*$"
    r"|^\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}.{0,120}<[^>]+@[^>]+>.{0,40}:\s*$"
    r"|^.{0,200}(?:wrote|написал\(а\)|написала?|пишет|пише|ha\s+scritto|a\s+écrit|schrieb|escribió|"
    r"escreveu|schreef|kirjoitti|napisał\(a\)|napsal\(a\)|napsala?|yazdı|написав|pisze)\s*:\s*$"
    r"|^.{0,120}\bskrev\s+[^:]{0,80}<[^<>\s]+@[^<>\s]+>\s*:\s*$"
    # the verb before the date: "Анна писал(а) 04.12.2026 15:12:", "Вы писали 4 декабря ..."
    r"|" + _VERB_THEN_TIME, _F)
# Every "wrote" header above holds one of these (or an address): a cheap test first.
_WROTE_HINT = re.compile(r"wrote|sent|schrieb|écrit|escribió|scritto|schreef|skrev|napisał|pisze|kirjoitti|писал|"
                         r"napsal|yazdı|написав|"
                         r"escreveu|viết|написал|пишет|пише|geschreven|@")
# Weekday abbreviations that start a quote header in Russian, Nordic and other clients'
# date-first layouts ("ср, 30 апр. 2025 г. в 15:19, Имя <addr>:", "tir. 17. nov. 2021 kl. ...").
_WD_OTHER = (r"пн|вт|ср|чт|пт|сб|вс|man|tir|ons|tor|fre|lør|søn|mån|tis|fre|lör|sön|"
             r"ma|ti|ke|to|pe|la|su|lun|mar|mer|gio|ven|sab|dom|pon|wt|śr|czw|pt|sob|niedz|"
             r"po|út|st|čt|pá|so|ne")
_WROTE_START = re.compile(
    r"[>\s-]*(?:on|le|am|el|il|op|den|på|w\s+dniu|dnia|em|vào|в|\d|sent\s+from)", _F)
# how a multi-line header can begin (_WROTE_START or a weekday of _DATE_EMAIL_LINE)
_WROTE_LEAD = re.compile(
    r"[>\s-]*(?:on|le|am|el|il|op|den|på|w\s+dniu|dnia|em|vào|в|\d|sent\s+from|"
    r"mon|tue|wed|thu|fri|sat|sun|(?:" + _WD_OTHER + r")\b)", _F)
_SENT_FROM_LINE = re.compile(r"^\s*sent\s+from\s+(?:samsung|my)\b.{0,80}(?:wrote|sent):\s*$", _F)
_DATE_EMAIL_LINE = re.compile(
    r"^\s*(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}[-/]\d{1,2}[-/]\d{1,2}|"
    r"\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?,?\s+\w|"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*|(?:" + _WD_OTHER + r")\b)\.?,?\s+\d)"
    r".{0,120}\S+@\S+.{0,40}:?\s*$", _F)
# Outlook-style header block: "From:" followed closely by Sent/Date/To/Subject.
_HDR_FROM = re.compile(
    r"^[*>\s]*(?:from|от|de|von|van|fra|från|od|từ|da|от кого|отправитель|lähettäjä|kimden|"
    r"від|odesílatel|gönderen|кімнен|发件人|寄件者|差出人|送信者|보낸\s*사람)\s*:", _F)
_HDR_OTHER = re.compile(
    r"^[*>\s]*(?:sent|date|to|subject|cc|отправлено|дата|кому|тема|копия|gesendet|datum|"
    r"an|betreff|envoyé|date|à|objet|sendt|til|emne|skickat|ämne|dato|wysłano|temat|"
    r"verzonden|aan|onderwerp|ngày|gửi|chủ đề|enviado|para|asunto|envoyé\s+le|inviato|"
    r"oggetto|a|lähetetty|vastaanottaja|aihe|enviado\s+el|enviada|gönderildi|kime|konu|bilgi|"
    r"надіслано|кому|тема|копія|komu|předmět|odesláno|жіберілді|кімге|тақырыбы|көшірме|"
    r"发送时间|收件人|抄送|主题|寄件日期|收件者|副本|主旨|送信日時|宛先|件名|日付|"
    r"보낸\s*날짜|받는\s*사람|참조|제목)\s*:", _F)
# "Label: value" lines of a header block in any language, as Outlook writes them below its
# rule of underscores ("Кімнен: ...", "发件人: ...")
_LABEL_LINE = re.compile(r"^[*>\s]*[^\W\d_][^:\n]{0,24}:\s*\S")
_DATE_LEAD = re.compile(r"^[*\s]*(?:date|sent|дата|отправлено)\s*:", _F)

_SIG_DASH = re.compile(r"^(?:--|-- |—|__)\s*$")
_SIG_DASH_FIRST = ("-", "—", "_")
_SENT_FROM = re.compile(
    r"^\s*(?:sent\s+(?:from|via|with)\s+(?:my\s+)?[^,;!?\s][^,;!?]{0,40}(?:\s*\(.*\))?|"
    r"get\s+outlook\s+for\s+\w+.{0,20}|"
    r"отправлено\s+(?:с|из)\s+[^,;!?\s][^,;!?]{0,40}|"
    r"послано\s+с\s+\S.{0,40}|"
    r"von\s+meinem\s+\S.{0,40}\s+gesendet\.?|"
    r"wysłane\s+z\s+\S.{0,40}|odesláno\s+z\s+\S.{0,40}|"
    r"gesendet\s+(?:von|mit|vom)\s+\S.{0,40}|"
    r"envoyé\s+(?:de|depuis|à\s+partir\s+de)\s+(?:mon|ma)\s+\S.{0,40}|"
    r"inviato\s+da(?:l\s+mio)?\s+\S.{0,40}|"
    r"enviado\s+(?:desde|do|de)\s+(?:mi|meu|o\s+meu|my)\s+\S.{0,40}|"
    r"verzonden\s+(?:met|vanaf|van)\s+(?:mijn\s+)?\S.{0,40}|"
    r"(?:sendt|skickat|sent)\s+(?:fra|från)\s+(?:min|mitt)\s+\S.{0,40}|"
    r"lähetetty\s+\S+(?:sta|stä|lta|ltä)(?:\s.{0,30})?)$", _F)
# A footer line written as text with its link behind it ("Get Outlook for iOS<https://...>").
_LINK_TAIL = re.compile(r"\s*<(?:https?|mailto):[^<>\s]*>\s*$", _F)
# "Sent from my <device>" in any language: a short line naming a device or a mail app and a
# word for "sent" ("iPhone'umdan gönderildi", "从我的iPhone发送", "Получить Outlook для Android").
_DEVICE = re.compile(r"iphone|ipad|android|samsung|galaxy|huawei|xiaomi|honor|blackberry|"
                     r"outlook\s+(?:for|для|für|pour|para|per|voor|dla|pro|için|үшін)|"
                     r"yandex|яндекс|mail\.ru|spark|proton\s?mail|yahoo\s+mail|gmail", _F)
_SENT_WORD = re.compile(r"\bsent\b|\benvoy|\bgesendet|inviato|enviad|verzonden|verstuurd|sendt|skickat|lähetetty|"
                        r"wysłan|odeslán|gönderil|отправлен|надіслан|послан|жіберіл|发送|送信|"
                        r"傳送|보냄|보낸|get\s+outlook|получить|obtenir|obtener|scarica|obter|"
                        r"pobierz|herunterladen|downloaden|edinin|herunterladen|descarg|"
                        r"trimis|poslano|poslato|odoslan|küldve|išsiųst|nosūtīt|saadetud|"
                        r"στάλθηκε|εστάλη|gửi|נשלח|أرسل|مرسل|الإرسال|dikirim|изпратен|"
                        r"yuboril|юборил|адпраўлен|скачайте|发自", _F)


def _is_footer(line: str) -> bool:
    """``line`` is a mobile or mail-app footer ("Sent from my iPhone" and its kin)."""
    text = line.strip()
    if text.endswith(">") and "<" in text:
        text = _LINK_TAIL.sub("", text[-200:] if len(text) > 200 else text)
    if not text or len(text) > 80:
        return False
    if _SENT_FROM.match(text):
        return True
    # up to eight words; twelve when the line opens with the word for "sent" ("Sent from my
    # BlackBerry 10 smartphone on the ... network.")
    words = len(text.split())
    return (words <= 12 and "?" not in text and _DEVICE.search(text) is not None
            and (words <= 8 and _SENT_WORD.search(text) is not None
                 or _SENT_WORD.match(text) is not None))


_DASH_NAME = re.compile(r"^\s*[-–—]\s?[^\W\d_](?:[^\W\d_]|['’-])*(?:\s[^\W\d_](?:[^\W\d_]|['’-])*)"
                        r"{0,2}\s*$")
_SIGNOFF = re.compile(
    r"^\s*(?:с\s+уважением|с\s+наилучшими\s+пожеланиями|всего\s+(?:доброго|хорошего)|"
    r"best\s+regards|kind\s+regards|warm\s+regards|regards|best\s+wishes|sincerely|"
    r"yours\s+(?:sincerely|faithfully|truly)|cheers|many\s+thanks|thanks\s+and\s+regards|"
    r"thanks|thank\s+you|спасибо|благодарю|"
    # other languages' sign-offs, as a person types them above their name
    r"cordialement|bien\s+cordialement|bien\s+à\s+vous|salutations|"
    r"cordiali\s+saluti|distinti\s+saluti|saluti|un\s+saluto|"
    r"mit\s+freundlichen\s+grüßen|freundliche\s+grüße|viele\s+grüße|beste\s+grüße|"
    r"(?:danke\s+und\s+)?gruß|lg|vg|mfg|"
    r"saludos(?:\s+cordiales)?|atentamente|un\s+saludo|"
    r"com\s+os\s+melhores\s+cumprimentos|cumprimentos|atenciosamente|abraços?|"
    r"met\s+vriendelijke\s+groet(?:en)?|groetjes|groeten|"
    r"(?:med\s+)?venlig\s+hilsen|hilsen|mvh|(?:med\s+)?vänliga\s+hälsningar|hälsningar|"
    r"ystävällisin\s+terveisin|terveisin|"
    r"pozdrawiam|z\s+poważaniem|serdecznie\s+pozdrawiam|"
    r"s\s+pozdravem|s\s+přátelským\s+pozdravem|"
    r"saygılarımla|iyi\s+çalışmalar|"
    r"з\s+повагою|з\s+найкращими\s+побажаннями|құрметпен|ізгі\s+тілекпен|"
    r"iyi\s+günler|hezký\s+den|un\s+abrazo|"
    r"此致|顺祝(?:商祺|时祺)?|祝好|よろしくお願い(?:いた|致)?します|宜しくお願い(?:いた|致)?します|"
    r"감사합니다|"
    r"grazie(?:\s+mille)?|cu\s+stimă|cu\s+stima|cu\s+respect|"
    r"üdvözlettel|tisztelettel|"
    r"με\s+εκτίμηση|με\s+φιλικούς\s+χαιρετισμούς|ευχαριστώ|"
    r"srdačan\s+pozdrav|s\s+poštovanjem|srdačno|lp|"
    r"с\s+поштовањем|срдачан\s+поздрав|"
    r"lugupidamisega|parimat|ar\s+cieņu|pagarbiai|su\s+pagarba|"
    r"תודה|בברכה|مع\s+التحية|مع\s+تحياتي|مع\s+خالص\s+التحية|شكرا|"
    r"trân\s+trọng|xin\s+cảm\s+ơn)\s*[,.!。！、:،]?\s*(?P<rest>\S.{0,40})?$", _F)
# Closings that sign only when alone on their line or followed by a name ("Best,", "Att.",
# "BR"): "Best price is ..." is text.
_SIGNOFF_BARE = re.compile(
    r"^\s*(?:best|all\s+the\s+best|br|b\.\s?r\.|rgds|kr|thx|tks|att|atte|abs|cdlt|bav|"
    r"с\s+ув|take\s+care|talk\s+soon|敬礼|以上)\.?\s*[,.!。！]?"
    r"\s*(?P<rest>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})?\s*$", _F)
# A person's name alone on a line: two or three capitalised words ("Nathalie Roux", "Василь
# Бондаренко"), which opens a signature block when it follows the text after a blank line.
_NAME_WORDS = re.compile(r"^\s*[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2}\s*$")


def _is_name_line(line: str, least: int = 2) -> bool:
    """``line`` is one to three capitalised words: a name (at least ``least`` words)."""
    words = line.split()
    return (len(words) >= least and _NAME_WORDS.match(line) is not None
            and all(w[0].isupper() for w in words))
# The first words of a legal disclaimer that mail servers append under the signature.
_DISCLAIMER = re.compile(
    r"^\s*(?:this\s+(?:e-?mail|message)|the\s+information\s+(?:contained|in\s+this)|"
    r"confidentiality\s+notice|ce\s+message|ce\s+courriel|dieses?\s+e-?mail|diese\s+nachricht|"
    r"questo\s+messaggio|este\s+(?:mensaje|correo)|esta\s+mensagem|dit\s+bericht|"
    r"denne\s+e-?mail|detta\s+e-?post|tämä\s+viesti|ta\s+wiadomość|tato\s+zpráva|"
    r"bu\s+e-?posta|це\s+повідомлення|данное\s+(?:сообщение|письмо)|"
    r"настоящее\s+(?:сообщение|письмо)|информация,?\s+содержащаяся)", _F)
# What a legal disclaimer says, in many languages: it is confidential, and the wrong
# recipient should tell the sender and delete it. A paragraph needs both kinds of words.
_CONFIDENTIAL = re.compile(
    r"confiden|vertraulich|vertrouwelijk|poufn|riservat|důvěrn|fortrolig|konfidentiel|"
    r"luottamuksel|gizli|конфиденц|privileg|привилег|legally\s+protected|rechtlich\s+geschützt|"
    r"prawnie\s+chronion|intended\s+(?:only|solely|exclusively)|uitsluitend\s+bestemd|"
    r"ausschließlich|exclusivement|esclusivamente|exclusivamente|wyłącznie|výhradně|"
    r"исключительно|yalnızca|保密|機密|秘密|仅限|"
    r"konfiden|povjerljiv|poverljiv|bizalmas|εμπιστευτικ|απόρρητ|סודי|חסוי|سري|bảo\s+mật|기밀", _F)
_WRONG_RECIPIENT = re.compile(
    r"recipient|addressee|destinat|empfänger|adressat|geadresseerde|odbiorc|příjemc|alıcı|"
    r"адресат|получател|vastaanottaja|mottagare|modtager|收件人|宛先|"
    r"in\s+error|by\s+mistake|irrtümlich|per\s+errore|por\s+error|por\s+engano|par\s+erreur|"
    r"per\s+abuis|omyłk|omylem|yanlışlıkla|по\s+ошибке|错误|誤って|"
    r"delete|destroy|supprim|lösch|vernicht|elimin|cancell|apag|verwijder|usu[ńn]|smaž|sil[iı]n|"
    r"удал|删除|削除|"
    r"adressaat|adresāt|gavėj|címzett|primaoc|primatelj|παραλήπτ|הנמען|"
    r"الموجهة\s+إلي|المرسل\s+إلي|المستلم|người\s+nhận|수신자", _F)


def html_to_text(html: str) -> str:
    """Visible text of an HTML body; block elements become line breaks, quotes are marked.

    ``<blockquote>`` content is prefixed with "> " so quote stripping works on it, and
    Gmail/Yahoo/Outlook quote containers are cut off. The HTML is read by libxml2's
    parser (lxml) in one linear pass and its tree walked without recursion: hostile
    markup (thousands of unclosed ``<!--`` or ``<a``) costs what its length costs.
    """
    if not html or not html.strip():
        return ""
    try:
        root = lxml.html.document_fromstring(html.encode("utf-8", "replace"),
                                             parser=_HTML_PARSER)
    except (lxml.etree.ParserError, ValueError):
        return ""                      # nothing but markup: no text
    s = "".join(_html_pieces(root)).replace("\xa0", " ")
    lines = []
    quoted = False
    for ln in s.split("\n"):
        if _QUOTE_MARK in ln:
            quoted = True
            ln = ln.replace(_QUOTE_MARK, "")
        if "\t" in ln or "  " in ln:  # otherwise every run of blanks is one space already
            ln = _BLANKS.sub(" ", ln)
        ln = ln.strip()
        lines.append(("> " + ln) if quoted and ln else ln)
    text = _BLANK_LINES.sub("\n\n", "\n".join(lines))
    return text.strip()


def _html_pieces(root: Any) -> list[str]:
    """The text of the tree in document order, with line breaks for blocks and quote marks."""
    out: list[str] = []
    add = out.append
    hidden = 0                         # depth inside script/style/head/title
    for event, el in lxml.etree.iterwalk(root, events=("start", "end")):
        tag = el.tag
        if event == "start":
            if hidden or tag in _HTML_HIDDEN or not isinstance(tag, str):
                hidden += 1
                continue
            if tag == "br":
                add("\n")
            elif tag in _HTML_BLOCK:
                if tag == "div" and _quote_container(el):
                    break              # the quoted message: everything from here on
                add("\n")
            elif tag == "blockquote":
                add("\n" + _QUOTE_MARK)
            if el.text:
                add(el.text)
        else:
            if hidden:
                hidden -= 1
                if hidden:
                    continue
            elif tag in _HTML_BLOCK or tag == "blockquote":
                add("\n")
            if el.tail:
                add(el.tail)
    return out


def _quote_container(el: Any) -> bool:
    """A ``<div>`` whose class or id starts with a mail client's quote-container name."""
    for name in ("class", "id"):
        value = el.get(name)
        if value and _HTML_QUOTE_CONTAINER.match(value.strip()):
            return True
    return False


_QUOTE_MARK = "\x00QUOTE\x00"
# Comments and processing instructions are dropped while parsing (their tails stay text).
_HTML_PARSER = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
_HTML_HIDDEN = frozenset({"script", "style", "head", "title"})
_HTML_BLOCK = frozenset({"p", "div", "tr", "table", "li", "ul", "ol", "h1", "h2", "h3", "h4",
                         "h5", "h6", "hr", "pre", "section", "article", "header", "footer"})
_HTML_QUOTE_CONTAINER = re.compile(
    r"(?:gmail_quote|yahoo_quoted|moz-cite-prefix|divRplyFwdMsg|appendonsend|"
    r"OLK_SRC_BODY_SECTION|mail-quote)\b", re.IGNORECASE)
_BLANKS = re.compile(r"[ \t]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def _is_quoted(line: str) -> bool:
    return line.lstrip().startswith(">")


def _header_block_at(lines: list[str], i: int) -> bool:
    """True when line i starts an Outlook-style header block (From: + Sent/To/Subject)."""
    if ":" not in lines[i]:
        return False
    if not _HDR_FROM.match(lines[i]):
        if _DATE_LEAD.match(lines[i]):
            # blocks that start with the date: Date: ... / From: ...
            nxt = [ln for ln in lines[i + 1:i + 4] if ln.strip()]
            return any(_HDR_FROM.match(ln) or _HDR_OTHER.match(ln) for ln in nxt)
        return False
    hits = 0
    for ln in lines[i + 1:i + 7]:
        if not ln.strip():
            continue
        if _HDR_OTHER.match(ln):
            hits += 1
            if hits >= 1:
                return True
        else:
            # a wrapped From: value ("From: Name\n<addr>") may sit between
            if "@" in ln or ln.strip().startswith("["):
                continue
            break
    return False


_QUOTED_ON = re.compile(r"^\s*>\s*(?:on|le|am)\b", _F)
_ENDS_WROTE_COLON = re.compile(_VERB_TIME_TAIL + r"|(?:wrote|написал\S*|пишет|пише|ha\s+scritto|a\s+écrit|schrieb|escribió|"
                                r"escreveu|schreef|kirjoitti|napisał\(a\)|napsal\(a\)|napsala?|yazdı|написав|pisze)\s*:\s*$", _F)


def _wrote_at(lines: list[str], i: int) -> int:
    """Number of lines (1..3) of an "On ... wrote:" header starting at line i, or 0."""
    ln = lines[i]
    if not ln.strip():
        return 0
    if not _WROTE_LEAD.match(ln) and not _WROTE_HINT.search(ln.lower()):
        return 0  # neither starts like a header nor ends with "wrote:" on this line
    if _is_quoted(ln) and not _QUOTED_ON.match(ln):
        return 0
    joined = ln
    for k in range(3):
        if k:
            if i + k >= len(lines) or not lines[i + k].strip():
                break
            joined = joined.rstrip() + " " + lines[i + k].strip()
        if len(joined) > 400:
            break
        if not _WROTE_HINT.search(joined.lower()):
            continue
        if _WROTE.match(joined) or _SENT_FROM_LINE.match(joined):
            starts_ok = (_WROTE_START.match(ln) or ln.lstrip().startswith("--")
                         or k == 0 and _ENDS_WROTE_COLON.search(joined))
            if starts_ok:
                return k + 1
        if _DATE_EMAIL_LINE.match(joined) and joined.rstrip().endswith(":"):
            return k + 1
    return 0


def _cut_index(lines: list[str], quoted: bool = True) -> int:
    """Index of the first line of the quoted part (len(lines) when there is none).

    ``quoted=False`` says no line starts with ">" (the trailing-quote scan is skipped).
    """
    n = len(lines)
    # only lines near a colon or a rule of dashes can start a quote header: skip the rest
    # cheaply; lines are marked in growing chunks, as the quote often starts early
    marks = _marks(lines, 0, 32)
    for i, ln in enumerate(lines):
        if i + 2 >= len(marks) < n:
            marks += _marks(lines, len(marks), 2 * len(marks))
        if not (marks[i] or (i + 1 < n and marks[i + 1]) or (i + 2 < n and marks[i + 2])):
            continue
        if not marks[i]:
            # headers wrapped over the next lines are the only ones that can start here
            if _wrote_header_at(lines, i):
                return i
            continue
        if ("--" in ln or "__" in ln or "##" in ln or "==" in ln) and _SPLIT_LINE.match(ln):
            if ln.strip().startswith("_") and not any(
                    _HDR_FROM.match(x) or _HDR_OTHER.match(x) for x in lines[i + 1:i + 4]) \
                    and not _label_block(lines, i + 1):
                if _LIST_FOOTER.search("\n".join(lines[i + 1:i + 6])):
                    return i  # a mailing-list footer below a rule of underscores
                continue
            if _GENERIC_RULE.match(ln) and not _quote_follows(lines, i + 1):
                continue  # "---- Enter Feedback Below ----" is part of the message
            return i
        if ("--" in ln or "egin" in ln or "EGIN" in ln) and _FORWARD_LINE.match(ln):
            # a forward below a reply is quoted; a forward with no reply is kept whole
            before = [x for x in lines[:i] if x.strip()]
            return i if len(before) > 0 and i > 0 and _has_reply_above(before) else n
        if _header_block_at(lines, i):
            return i
        if _wrote_header_at(lines, i) or _date_addr_at(lines, i):
            return i
        if "@" in ln and (_time_addr_header(ln) or _label_header_at(lines, i)):
            return i
        if ln.rstrip().endswith(":") and _dated_header_above_quote(lines, i):
            return i
    if not quoted:
        return n
    # trailing quotation: the ">" lines after the last line of text (blank lines between)
    last_text = next((i for i in range(n - 1, -1, -1)
                      if lines[i].strip() and not _is_quoted(lines[i])), -1)
    return next((i for i in range(last_text + 1, n) if _is_quoted(lines[i])), n)


def _label_block(lines: list[str], j: int) -> bool:
    """Three or more "Label: value" lines from line j, one naming an address: a header block
    in a language whose labels are not listed."""
    block = [ln for ln in lines[j:j + 6] if ln.strip()][:5]
    labelled = [ln for ln in block if _LABEL_LINE.match(ln)]
    return len(labelled) >= 3 and any("@" in ln for ln in labelled)


# A quote header in any language: a line naming a time of day (15:20, 15.20) and an address
# and ending in a colon ("пон, 2. јун 2025. у 15:20 Име <a@b.rs> је написао/ла:", "... (<a@b.lv>) rakstīja:").
_TIME_ADDR_COLON = re.compile(
    r"^[\s>-]*\S.{0,200}?\b\d{1,2}[:.]\d{2}\b.{0,160}?[<(\s][^<>()\s@]+@[^<>()\s@]+\.\w+[>)]*"
    r"[^<>@:]{0,40}:\s*$")


# The same with the address first ("Name <a@b.kr>님이 2026년 12월 4일 (금) 오후 3:12에 작성:",
# "Name <a@b.cn> 于2026年12月4日周五 15:12写道:"): an ideograph may touch the time.
_ADDR_TIME_COLON = re.compile(
    r"^[\s>-]*[^<>\n]{0,80}?<?[^<>()\s@]+@[^<>()\s@]+\.\w+>?[^<>@:]{0,120}?(?<!\d)\d{1,2}[:.]\d{2}"
    r"(?!\d)[^<>@:]{0,40}:\s*$")


# A date (a year, or day and month in figures) and a time of day on one line: what a quote
# header names in every language ("2026年12月4日 15:12 张伟 写道:", "Στις 4/12/2026 15:12, ...").
# The time may carry seconds ("15:02:11").
_DATE_AND_TIME = re.compile(r"(?:(?<!\d)(?:19|20)\d\d(?!\d)|\b\d{1,2}[./]\d{1,2}\b).{0,80}?"
                            r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])")
# A line that ends with the quoted writer's address and a colon ("Citujem Meno <a@b.sk>:").
_ADDR_COLON = re.compile(r"\S\s*<[^<>\s@]+@[^<>\s@]+\.\w+>\s*:\s*$")


def _dated_header_above_quote(lines: list[str], i: int) -> bool:
    """Line i names a date and a time, or ends with an address in angle brackets, and ends in
    a colon, and quoted lines follow it: a quote header in a language whose words for "wrote"
    are not listed."""
    ln = lines[i]
    if len(ln) > 200 or _is_quoted(ln) or not (_DATE_AND_TIME.search(ln) or _ADDR_COLON.search(ln)):
        return False
    nxt = next((x for x in lines[i + 1:i + 3] if x.strip()), "")
    return _is_quoted(nxt)


def _time_addr_header(line: str) -> bool:
    """``line`` is a quote header of ``_TIME_ADDR_COLON`` or ``_ADDR_TIME_COLON`` (at most
    300 characters)."""
    return len(line) <= 300 and line.rstrip().endswith(":") and (
        _TIME_ADDR_COLON.match(line) is not None or _ADDR_TIME_COLON.match(line) is not None)


# A "Label: value" line naming an address, opening a header block whose labels are in a
# language not listed ("Feladó: ... / Elküldve: ... / Címzett: ... / Tárgy: ...").
_TIME_OR_YEAR = re.compile(r"\b\d{1,2}:\d{2}\b|\b(?:19|20)\d{2}\b")


def _label_header_at(lines: list[str], i: int) -> bool:
    """Line i and the three lines below it are "Label: value" lines, line i names an address
    and one of the others a time or a year, with a blank line (or nothing) above line i."""
    if (i and lines[i - 1].strip()) or not _LABEL_LINE.match(lines[i]) \
            or not any(x.strip() for x in lines[:i]):
        return False  # a message that starts with headers holds no reply above them
    block = lines[i + 1:i + 4]
    return (len(block) == 3 and all(_LABEL_LINE.match(x) for x in block)
            and any(_TIME_OR_YEAR.search(x.split(":", 1)[1]) for x in block))


def _marks(lines: list[str], start: int, end: int) -> list[bool]:
    """For lines[start:end]: whether the line holds a character a quote header needs nearby."""
    return [(":" in ln) or ("--" in ln) or ("__" in ln) or ("##" in ln) or ("==" in ln) or ("@" in ln)
            or ("egin" in ln) or ("EGIN" in ln)
            for ln in lines[start:end]]


_LIST_FOOTER = re.compile(r"mailing\s+list|listinfo|unsubscribe|рассылк", _F)
# the catch-all "---- Some words ----" rule of _SPLIT_LINE (named separators are not it)
_GENERIC_RULE = re.compile(
    r"^\s*-{3,}\s*(?![^-\n]*(?:original|исходное|ursprüngliche|message|nachricht|сообщени|mensaje|"
    r"messaggio|meddel|melding|reply|antwort|réponse|ответ))[^\W\d_][^-\n]{2,40}?\s*-{3,}\s*$",
    _F)
# "On Tue, Apr 11, 2017 at 10:07 PM John Smith" ... "> wrote:" a few lines further down
_ON_DATE = re.compile(r"^\s*(?:on|am|le)\s+(?:mon|tue|wed|thu|fri|sat|sun|\d)", _F)
_ENDS_WROTE = re.compile(r"(?:wrote|написал\S*|schrieb|a\s+écrit)\s*:\s*$", _F)
# "2011/4/7 Nathan <support@example.com>" right above the quoted lines
_DATE_ADDR = re.compile(r"^\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b.{0,120}<[^<>\s]+@[^<>\s]+>\s*$")


def _quote_follows(lines: list[str], j: int) -> bool:
    """True when a header or quoted lines follow line j (blank lines skipped)."""
    seen = 0
    for ln in lines[j:j + 6]:
        if not ln.strip():
            continue
        if _is_quoted(ln) or (":" in ln and (_HDR_FROM.match(ln) or _HDR_OTHER.match(ln))):
            return True
        seen += 1
        if seen >= 2:
            return False
    return False


def _wrote_header_at(lines: list[str], i: int) -> bool:
    """``_wrote_at(lines, i) or _wrote_spread_at(lines, i)``, testing how the line starts once.

    A line that does not start like a "wrote" header (``_WROTE_LEAD``, which every
    ``_ON_DATE`` line also matches) can only end one, so it needs a hint on itself.
    """
    ln = lines[i]
    if not _WROTE_LEAD.match(ln):
        return bool(_WROTE_HINT.search(ln.lower())) and _wrote_at(lines, i) > 0
    return _wrote_at(lines, i) > 0 or _wrote_spread_at(lines, i)


def _wrote_spread_at(lines: list[str], i: int) -> bool:
    """An "On <date> <name>" line whose "wrote:" comes up to five lines later (Polymail)."""
    if not _ON_DATE.match(lines[i]) or _ENDS_WROTE.search(lines[i]):
        return False
    size = len(lines[i])
    for ln in lines[i + 1:i + 6]:
        size += len(ln)
        if size > 300:
            return False
        if _ENDS_WROTE.search(ln):
            return True
    return False


def _date_addr_at(lines: list[str], i: int) -> bool:
    """A "<date> <name> <address>" line (no colon) followed by quoted lines."""
    if "@" not in lines[i] or not _DATE_ADDR.match(lines[i]):
        return False
    nxt = next((ln for ln in lines[i + 1:i + 4] if ln.strip()), "")
    return _is_quoted(nxt)


def _has_reply_above(before: list[str]) -> bool:
    text = " ".join(before).strip()
    return len(text) > 0 and not _NO_REPLY.fullmatch(text)


_NO_REPLY = re.compile(r"(?:fyi|fwd?|фыв|к\s+сведению)?[\s.!:,-]*", _F)


def _strip_signature(lines: list[str]) -> list[str]:
    """Drop the trailing signature: '-- ' blocks, 'Sent from my ...', sign-off blocks."""
    n = len(lines)
    while n and not lines[n - 1].strip():
        n -= 1
    # "Sent from my iPhone" on the last line(s)
    if n and _is_footer(lines[n - 1]):
        n -= 1
    for i in range(n - 1, max(n - 16, -1), -1):  # a "-- " rule counts in the last 15 lines
        if lines[i].startswith(_SIG_DASH_FIRST) and _SIG_DASH.match(lines[i]):
            n = i
            break
    # "-Name" alone on the last line, after a blank line
    if n >= 2 and _DASH_NAME.match(lines[n - 1]) and not lines[n - 2].strip():
        n -= 1
    n = _drop_registration(lines, _drop_disclaimer(lines, n))
    # sign-off ("С уважением,", "Best regards,") followed by a few short lines
    lo = max(0, n - 8)
    found = []
    for i in range(lo, n):
        m = _signoff(lines[i]) if i > 0 else None
        if m:
            found.append(i)
            tail = [x for x in lines[i + 1:n] if x.strip()]
            signer = re.split(r"[,/–—-]", m["rest"] or "")[-1].strip(" .!:")
            sentence = m["rest"] and not _is_name_line(signer, 1)
            if sentence and not tail:
                continue  # "Thanks for your patience!" closes the text, it signs nothing
            if sentence and (_SENTENCE_END.search(lines[i]) is None
                             or _REGARDS.search(m["rest"]) is not None):
                sentence = False  # "Thanks, John Smith", "Many thanks and best regards!"
            if all(len(x.strip()) <= 60 for x in tail) and len(tail) <= 6 \
                    and not any(_POSTSCRIPT.match(x.strip()) or _LIST_ITEM.match(x.strip())
                                for x in tail):
                # thanks said as a sentence ("Thank you for your support.") stays above
                # the signature it is followed by
                n = i + 1 if sentence else i
                break
    else:
        n = _long_signature(lines, n, lo, found)
    while n and not lines[n - 1].strip():
        n -= 1
    if n and _is_footer(lines[n - 1]):
        n -= 1
    return lines[:_drop_first_name(lines, n)]


# a sentence ends in a full stop or an exclamation mark after a word ("for your help.")
_SENTENCE_END = re.compile(r"[^\W\d_]{2}\s*[.!。！]\s*$")
_REGARDS = re.compile(r"regards|wishes|grüße|grüßen|пожелани|привет", _F)
# a numbered or bulleted line is content, never a signature: "1) Ready by 15 January."
_LIST_ITEM = re.compile(r"^(?:\d{1,2}[.)]|[-•*–])\s+\w")
_POSTSCRIPT = re.compile(r"^(?:p\.\s?)+s\.|^p\.?s\b|^п\.\s?с\.", _F)


def _signoff(line: str) -> re.Match[str] | None:
    """A closing of ``_SIGNOFF`` or ``_bare_signoff``; a line of over 120 characters is text
    (a closing and a name take at most 90)."""
    if len(line) > 120 and len(line.strip()) > 120:
        return None
    return _SIGNOFF.match(line) or _bare_signoff(line)


def _bare_signoff(line: str) -> re.Match[str] | None:
    """A closing of ``_SIGNOFF_BARE``, alone or followed by a name."""
    m = _SIGNOFF_BARE.match(line)
    if m and m["rest"] and not _is_name_line(m["rest"], 1):
        return None
    return m


_BRACKETED = re.compile(r"\s*\([^()]{1,40}\)\s*$")
# initials written before a name to sign for someone else ("i.A. Anna Berg", "p.p. Tom Lee")
_SIGNING_FOR = re.compile(r"^(?:[^\W\d_]\.){1,3}\s+(?=[^\W\d_]{2})")


def _long_signature(lines: list[str], n: int, checked: int, found: list[int]) -> int:
    """``n`` moved above a sign-off that opens a longer signature block (a name, title,
    company, address, phones, site: up to nine short lines, blank lines between them
    not counted), or above a name block with no sign-off. Of the lines from ``checked`` on,
    only those in ``found`` hold a sign-off."""
    seen = 0
    for i in range(n - 1, 0, -1):
        if not lines[i].strip():
            continue
        seen += 1
        if seen > 10:
            break
        if i >= checked and i not in found:
            continue
        m = _signoff(lines[i])
        if not m or (m["rest"] and not _is_name_line(m["rest"], 1)
                     and not _second_closing(m["rest"])):
            continue
        tail = [x.strip() for x in lines[i + 1:n] if x.strip()]
        first = tail[0] if tail else ""
        first = _SIGNING_FOR.sub("", _BRACKETED.sub("", first))
        named = _is_name_line(first, 1) or (0 < len(first) <= 8 and not first.isascii())
        if tail and named and len(tail) <= 9 and all(len(x) <= 90 for x in tail) \
                and not any(x.endswith(("?", ":")) or _POSTSCRIPT.match(x) for x in tail[1:]):
            return i
    closing = closing_block(lines, n)
    return _drop_name_block(lines, n) if closing is None else closing


def _second_closing(rest: str) -> bool:
    """``rest`` is the same closing in a second language after a slash or a bar ("Best regards
    / Mit freundlichen Grüßen")."""
    if not rest.startswith(("/", "|")):
        return False
    m = _signoff(rest[1:])
    return m is not None and not m["rest"]


def _drop_disclaimer(lines: list[str], n: int) -> int:
    """``n`` moved above the trailing legal disclaimer paragraphs (and the blank lines before
    them). A disclaimer paragraph starts like one, or says in any language both that it is
    confidential and what the wrong recipient must do; it sits below a block of short lines
    (a signature, a rule) that has text above it."""
    for i in range(n - 1, max(n - 12, 0), -1):
        if not lines[i - 1].strip() and _DISCLAIMER.match(lines[i]):
            while i and not lines[i - 1].strip():
                i -= 1
            n = i
            break
    while True:
        end = n
        while end and not lines[end - 1].strip():
            end -= 1
        start = end
        while start and lines[start - 1].strip():
            start -= 1
        if end - start > 12 or not _below_short_block(lines, start):
            return _attached_disclaimer(lines, start, end, n)
        if not _is_disclaimer(" ".join(x.strip() for x in lines[start:end])):
            return n
        n = start


def _is_disclaimer(para: str) -> bool:
    """``para`` says in its first sentences that it is confidential, and what the wrong
    recipient must do (an ideographic character weighs about as much as a short word)."""
    if len(para) < 60 and len(para) + 2 * sum(1 for c in para if c >= "\u2e80") < 60:
        return False
    return _CONFIDENTIAL.search(para, 0, 400) is not None \
        and _WRONG_RECIPIENT.search(para) is not None


def _attached_disclaimer(lines: list[str], start: int, end: int, n: int) -> int:
    """``n`` moved above the long lines of a disclaimer written right under the signature,
    in the same paragraph as its short lines (at most three long lines, short lines above
    them, text above the paragraph); ``n`` itself otherwise."""
    k = end
    while k > start and end - k < 3 and len(lines[k - 1].strip()) > 60:
        k -= 1
    if k == end or k == start or end - start > 12 \
            or any(len(x.strip()) > 60 for x in lines[start:k]) \
            or not any(x.strip() for x in lines[:start]) \
            or not _is_disclaimer(" ".join(x.strip() for x in lines[k:end])):
        return n
    return k


def _below_short_block(lines: list[str], start: int) -> bool:
    """The block of lines above line ``start`` has only short lines (up to 60 characters, or
    up to 80 in a block of at most three lines: a company's address or register), and text
    above it."""
    end = start
    while end and not lines[end - 1].strip():
        end -= 1
    top = end
    longest = 0
    while top and lines[top - 1].strip():
        longest = max(longest, len(lines[top - 1].strip()))
        if longest > 80 or longest > 60 and end - top >= 3:
            return False
        top -= 1
    return top < end and any(x.strip() for x in lines[:top])


# The legal line of a company's signature: where it is registered and under which number.
_REGISTRATION = re.compile(
    r"registered\s+(?:in\s+england|in\s+scotland|office|number|no\b)|company\s+(?:registration\s+)?"
    r"(?:no\b|number)|handelsregister|amtsgericht|registergericht|\brcs\s|\bkvk\b|огрн", _F)


# every line _REGISTRATION finds holds one of these: a cheap test first
_REGISTRATION_HINTS = ("regist", "company", "amtsgericht", "rcs", "kvk", "огрн")


def _drop_registration(lines: list[str], n: int) -> int:
    """``n`` moved above the company registration lines that close the message (at most two,
    each under 200 characters) when text stands above them, or above the paragraph of at most
    three such short legal lines that opens with one ("Registered office: ... / Directors: ...")."""
    end = n
    while end and not lines[end - 1].strip():
        end -= 1
    top = end
    while top and lines[top - 1].strip() and end - top < 4:
        top -= 1
    if 1 < end - top <= 3 and top and not lines[top - 1].strip() \
            and all(len(x) <= 200 for x in lines[top:end]) \
            and any(w in lines[top].lower() for w in _REGISTRATION_HINTS) \
            and _REGISTRATION.search(lines[top]) and any(x.strip() for x in lines[:top]):
        return top
    for _ in range(2):
        end = n
        while end and not lines[end - 1].strip():
            end -= 1
        last = lines[end - 1].lower() if end else ""
        if not end or len(last) > 200 or not any(w in last for w in _REGISTRATION_HINTS) \
                or not _REGISTRATION.search(last) or not any(x.strip() for x in lines[:end - 1]):
            return n
        n = end - 1
    return n


# One word closing a message below a blank line that is a reply, not a signer's name.
_ONE_WORD_REPLY = frozenset({
    "agreed", "done", "yes", "no", "ok", "okay", "sure", "noted", "approved", "confirmed",
    "great", "perfect", "fine", "correct", "right", "understood", "urgent", "please", "asap",
    "tbd", "none", "nothing", "same", "hey", "hi", "hello", "test", "согласен", "согласна", "да", "нет", "хорошо",
    "понял", "поняла", "принято", "ок", "срочно", "отлично", "подтверждаю"})


def _drop_first_name(lines: list[str], n: int) -> int:
    """``n`` moved above a first name signing alone on the last line ("Tom", "Claire"):
    one capitalised word below a blank line, with text above it."""
    while n and not lines[n - 1].strip():
        n -= 1
    if n < 3 or lines[n - 2].strip():
        return n
    word = lines[n - 1].strip()
    if not (2 <= len(word) <= 12 and word.isalpha() and word[0].isupper() and word[1:].islower()
            and word.lower() not in _ONE_WORD_REPLY):
        return n
    return n - 1 if any(x.strip() for x in lines[:n - 2]) else n


def _drop_name_block(lines: list[str], n: int) -> int:
    """``n`` moved above a signature with no sign-off: after a blank line, a person's name
    and up to five short lines (title, company, address, phone), one blank line allowed.
    A name written as two or three capitalised words is looked for first; then any name
    ``person_name`` reads (initials, a script without capitals, ideographs)."""
    for is_name in (_is_name_line, person_name):
        for i in range(n - 1, max(n - 9, 0), -1):
            if lines[i - 1].strip() or not is_name(lines[i]):
                continue
            block = [x for x in lines[i:n] if x.strip()]
            if is_name is person_name and below_colon(lines, i):
                continue  # "Contact information:" introduces the name, it is no signature
            text_above = any(x.strip() for x in lines[:i - 1])
            if text_above and len(block) <= 6 and all(len(x.strip()) <= 80 for x in block) \
                    and not any(x.rstrip().endswith(("?", ":")) for x in block):
                while i and not lines[i - 1].strip():
                    i -= 1
                return i
    return n


_INLINE_WROTE = re.compile(r"^(?P<reply>.*?\S)\s*-*\s*(?P<hdr>on\s+\w{3},.{5,150}?wrote:)\s*$", _F)
_SEPARATOR = re.compile(r"^\s*[-_=*~]{4,}\s*$")
_LEADING_ON = re.compile(r"^[>\s-]*on\b", _F)


def _split_inline_headers(lines: list[str]) -> list[str]:
    """Put an "On ... wrote:" that shares a line with reply text on a line of its own."""
    out: list[str] = []
    for ln in lines:
        m = _INLINE_WROTE.match(ln) if "wrote:" in ln.lower() else None
        if m and not _LEADING_ON.match(ln):
            out.extend((m["reply"], m["hdr"]))
        else:
            out.append(ln)
    return out


def _after_quote(lines: list[str], cut: int, wrote: int) -> list[str]:
    """Bottom posting: the text after the first quoted block when nothing came before it.

    ``wrote`` is ``_wrote_at(lines, cut)``.
    """
    i = cut + max(wrote, 1)
    while i < len(lines) and (not lines[i].strip() or _is_quoted(lines[i])):
        i += 1
    rest = lines[i:]
    return rest[:_cut_index(rest)] if rest else []


_GREETING = re.compile(
    r"^\s*(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening)|здравствуйте|добрый\s+"
    r"(?:день|вечер)|доброе\s+утро|привет)\b[^.!?\n]{0,30}[,!:]?\s*$", _F)


def _marked_quote_at(lines: list[str], cut: int, wrote: int) -> bool:
    """True when the quote at ``cut`` is marked line by line ("On ... wrote:" + "> " lines)."""
    if _is_quoted(lines[cut]):
        return True
    if not (wrote or _wrote_spread_at(lines, cut) or _date_addr_at(lines, cut)
            or lines[cut].rstrip().endswith(":") and _dated_header_above_quote(lines, cut)):
        return False
    return any(_is_quoted(ln) for ln in lines[cut + 1:cut + 12])


def _signoff_after_quote(lines: list[str], cut: int, wrote: int) -> list[str]:
    """A short sign-off written below the quote ("Regards, Roman"), or nothing."""
    i = cut + max(wrote, 1)
    while i < len(lines) and (not lines[i].strip() or _is_quoted(lines[i])):
        i += 1
    rest = [x for x in lines[i:] if x.strip()]
    if rest and len(rest) <= 3 and _SIGNOFF.match(rest[0]) and all(len(x) <= 60 for x in rest):
        return ["", *rest]
    return []


def _inline_answers(lines: list[str], cut: int, wrote: int) -> list[str]:
    """The writer's answers between quoted lines ("> question", answer, "> question"), and
    what follows the last quoted line; nothing when the reply does not answer inline.

    An answer is a run of unquoted lines with a blank line above and below it and more
    quoted lines further down: a quoted line wrapped by a mail client continues with no
    blank line, so it never counts.
    """
    n = len(lines)
    start = cut + max(wrote, 1)
    quoted = [k for k in range(start, n) if _is_quoted(lines[k])]
    if len(quoted) < 2:
        return []
    last = quoted[-1]
    answers: list[str] = []
    k = start
    while k < last:
        if not lines[k].strip() or _is_quoted(lines[k]):
            k += 1
            continue
        end = k
        while end < last and lines[end].strip() and not _is_quoted(lines[end]):
            end += 1
        if not lines[k - 1].strip() and not lines[end].strip() and not _wrote_at(lines, k):
            answers += ["", *lines[k:end]]
        k = end
    if not answers:
        return []
    rest = lines[last + 1:]
    return answers + ["", *rest[:_cut_index(rest)]] if any(x.strip() for x in rest) else answers


# "Answers inline below, marked [DK]" / "Ответы ниже в тексте, с пометкой [ДК]"
_MARKED_ANSWERS = re.compile(
    r"(?:answer|repl|comment|ответ|коммент|отвеч)\w*[^\n]{0,60}?(\[[^\]\n]{1,12}\])", _F)


# "answers inline below", "my comments below", "ответы ниже в тексте": the writer answers
# between the quoted lines of the message below its header block
_INLINE_NOTE = re.compile(
    r"(?:answer|repl|comment|respon|ответ|коммент)\w*[^\n]{0,40}?(?:inline|in\s+line|below|"
    r"between|in\s+the\s+text|ниже|в\s+тексте|по\s+тексту)", _F)


def _with_marked_answers(head: list[str], quote: list[str]) -> list[str]:
    """``head`` with the writer's answers that follow the marker it names inside the quoted
    message, placed above its signature; ``head`` itself when it names no marker."""
    m = _MARKED_ANSWERS.search("\n".join(head))
    if not m:
        return head
    marker = m.group(1)
    answers = [ln.strip() for ln in quote if ln.strip().startswith(marker)]
    if not answers:
        return head
    kept = _strip_signature(head)
    block = [x for a in answers for x in ("", a)]
    return kept + block + ["", *head[len(kept):]]


def new_text(body: str, fmt: str = "text", *, keep_signature: bool = False) -> str:
    """The new text of a message body (``fmt`` "text" or "html"): quotes and signature removed.

    ``keep_signature`` keeps the sender's sign-off and signature (only quotes are cut).
    """
    if not body:
        return ""
    head = _unquoted(body, fmt)
    if not keep_signature:
        head = _strip_signature(head)
    return _joined(head)


def new_text_and_signature(body: str, fmt: str = "text") -> tuple[str, str]:
    """The new text and, apart, the sign-off and signature it ended with (quotes cut from both).

    One pass: the same cost as :func:`new_text`. The signature is where a client's
    phone numbers are written.
    """
    if not body:
        return "", ""
    head = _unquoted(body, fmt)
    kept = _strip_signature(head)
    return _joined(kept), _joined(head[len(kept):])


def _joined(lines: list[str]) -> str:
    return "\n".join(ln.rstrip() for ln in lines).strip("\n").strip()


_BIDI = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _unquoted(body: str, fmt: str) -> list[str]:
    """The lines of the body above the quote (or the answer below it), signature kept."""
    text = html_to_text(body) if fmt == "html" else body
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if "wrote:" in text.lower():
        lines = _split_inline_headers(lines)
    view = lines
    if "：" in text:
        view = [ln.replace("：", ":") for ln in view]
    if not text.isascii() and _BIDI.search(text):
        # right-to-left clients wrap a header's parts in direction marks: read it without
        view = [_BIDI.sub("", ln) for ln in view]
    cut = _cut_index(view, quoted=">" in text)
    head = lines[:cut]
    if cut < len(lines):
        wrote = _wrote_at(lines, cut)  # every branch below needs it
        filled = [x for x in head if x.strip()]
        if not filled:
            # bottom posting; answers between the quoted lines are kept without them
            answers = _inline_answers(lines, cut, wrote) if wrote else []
            head = [x for k, x in enumerate(answers) if x.strip() or k and answers[k - 1].strip()] \
                or _after_quote(lines, cut, wrote)
        elif not _marked_quote_at(lines, cut, wrote):
            # an Outlook header block: everything below it is the quoted message, except
            # answers the writer marked inside it ("answers inline, marked [DK]")
            marked = _with_marked_answers(head, lines[cut:])
            inline = [] if marked is not head or not any(map(_is_quoted, lines[cut:cut + 30])) \
                or not _INLINE_NOTE.search("\n".join(head)) else _inline_answers(lines, cut, wrote)
            if inline:
                while head and not head[-1].strip():
                    head.pop()
                head = head + inline
            else:
                head = marked
        elif len(filled) == 1 and _GREETING.match(filled[0]):
            # "Hi," then the quote, then the answer: bottom posting under a greeting
            head = head + _after_quote(lines, cut, wrote)
        else:
            inline = _inline_answers(lines, cut, wrote)
            if inline:
                while head and not head[-1].strip():
                    head.pop()
                head = head + inline
            else:
                head = head + _signoff_after_quote(lines, cut, wrote)
    while head and (not head[-1].strip() or _is_quoted(head[-1]) or _SEPARATOR.match(head[-1])):
        head.pop()
    return head
