"""The end of a message's new text that is no text: signature, sign-off, footers, disclaimers.

:func:`strip_signature` drops, from the end of the lines above the quote, "-- " blocks,
mobile and mail-app footers in many languages ("Sent from my iPhone", "Отправлено с
iPhone", "Get Outlook for Android"), legal disclaimers and company registration lines,
sign-off blocks ("С уважением," / "Best regards," and a name with a few short lines), a
name block without a sign-off, and a first name alone on the last line. Where its lists of
closings find nothing, ``indexer.signature_shape`` reads the shape of a signature.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from indexer.cue_scan import gated
from indexer.mail_strings import MAIL_APPS, Lowered, alternation, column
from indexer.signature_shape import (
    below_colon,
    closing_block,
    last_paragraph,
    person_name,
    title_block,
)

_F = re.IGNORECASE | re.UNICODE

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
                     r"yandex|яндекс|mail\.ru|spark|proton\s?mail|yahoo\s+mail|gmail|"
                     r"smartphone|смартфон|телефон|ტელეფონ", _F)
_DEVICE = gated(_DEVICE)   # the same matches, fewer start positions tried
_SENT_WORD = re.compile(r"\bsent\b|\benvoy|\bgesendet|inviato|enviad|verzonden|verstuurd|sendt|skickat|lähetetty|"
                        r"wysłan|odeslán|gönderil|отправлен|надіслан|послан|жіберіл|发送|送信|"
                        r"傳送|보냄|보낸|get\s+outlook|получить|obtenir|obtener|scarica|obter|"
                        r"pobierz|herunterladen|downloaden|edinin|herunterladen|descarg|"
                        r"trimis|poslano|poslato|odoslan|küldve|išsiųst|nosūtīt|saadetud|"
                        r"στάλθηκε|εστάλη|gửi|נשלח|أرسل|مرسل|الإرسال|dikirim|изпратен|"
                        r"yuboril|юборил|адпраўлен|скачайте|发自|"
                        r"ارسال|أُرسل|भेजा|ส่งจาก|გაგზავნ|გამოგზავნ|ուղարկված|göndəril|жіберілген|"
                        r"отримати", _F)
# The Outlook app's own footer, whatever the language of its verb ("Отримати Outlook для
# Android", "Ստացեք Outlook iOS-ի համար"): the app and the phone system named on one short line.
_OUTLOOK_APP = re.compile(r"\boutlook\b.{0,40}?\b(?:ios|android)\b", _F)
# The footers of every language of ``indexer.mail_strings``: a line opening with its "Sent from
# my" ("Odesláno z aplikace Seznam Email"), or naming a mail app or a phone and closing with its
# "sent" ("Naver 메일 앱에서 보냄", "HUAWEI telefonumdan gönderildi").
_TABLE_SENT_FROM = Lowered(r"^\s*(?:" + alternation("sent_from") + r")\s*\S.{0,60}$")
_TABLE_SENT_END = tuple(s.replace(" ", "") for s in column("sent_from_end"))
_MAIL_APP = Lowered(r"(?<!\w)(?:" + "|".join(re.escape(a) for a in MAIL_APPS) + r")")


def _is_footer(line: str) -> bool:
    """``line`` is a mobile or mail-app footer ("Sent from my iPhone" and its kin)."""
    text = line.strip()
    if text.endswith(">") and "<" in text:
        text = _LINK_TAIL.sub("", text[-200:] if len(text) > 200 else text)
    if not text or len(text) > 80:
        return False
    if _SENT_FROM.match(text):
        return True
    if len(text.split()) <= 10 and "?" not in text and (
            _TABLE_SENT_FROM.match(text)
            or "".join(text.lower().split()).rstrip(".!。").endswith(_TABLE_SENT_END)
            and _MAIL_APP.search(text)):
        return True
    # up to eight words; twelve when the line opens with the word for "sent" ("Sent from my
    # BlackBerry 10 smartphone on the ... network.")
    words = len(text.split())
    if words <= 8 and "outlook" in text.lower() and _OUTLOOK_APP.search(text):
        return True
    return (words <= 12 and "?" not in text and _DEVICE.search(text) is not None
            and (words <= 8 and _SENT_WORD.search(text) is not None
                 or _SENT_WORD.match(text) is not None))


_DASH_NAME = re.compile(r"^\s*[-–—]\s?[^\W\d_](?:[^\W\d_]|['’-])*(?:\s[^\W\d_](?:[^\W\d_]|['’-])*)"
                        r"{0,2}\s*$")
# "/Name" signing right under the last line of text, as Nordic writers do ("/Johan", "/Anna K"):
# a slash, then a capitalised name of one to three words (an initial may end in a dot)
_SLASH_NAME = re.compile(r"^\s*/\s?[^\W\d_](?:[^\W\d_]|['’-])*(?:\s[^\W\d_](?:[^\W\d_]|['’-])*\.?)"
                         r"{0,2}\s*$")
SIGNOFF = re.compile(
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
    r"trân\s+trọng|xin\s+cảm\s+ơn|"
    # thanks and closings of more languages, above a name or alone ("Obrigado!", "谢谢！")
    r"(?:muito\s+)?obrigad[oa]|beijos?|bjs|bjos|saudações|cordialmente|(?:muchas\s+)?gracias|"
    r"danke(?:\s+schön)?|vielen\s+dank|herzlichen\s+dank|grüße|gruss|"
    r"(?:(?:met\s+)?(?:vriendelijke|hartelijke)\s+)?groet|bedankt|dank\s+je(?:\s+wel)?|"
    r"merci(?:\s+beaucoup)?|amicalement|dziękuję|pozdrowienia|tack|takk|kiitos|děkuji|"
    r"teşekkürler|teşekkür\s+ederim|hörmətlə|təşəkkürlər|hurmat\s+bilan|rahmat|"
    r"рахмет|дякую|щиро\s+дякую|із\s+повагою|"
    r"პატივისცემით|მადლობა|հարգանքով|շնորհակալություն|"
    r"با\s+احترام|با\s+تشکر|ممنون|سپاسگزارم|धन्यवाद|सादर|"
    r"ขอบคุณ(?:ครับ|ค่ะ|คะ)?|ด้วยความเคารพ|hormat\s+(?:saya|kami)|salam\s+hangat|terima\s+kasih|"
    r"谢谢|多谢|感谢|謝謝|ありがとうございます|"
    r"(?:何卒|どうぞ|引き続き)よろしくお願い(?:いた|致)?します|以上、よろしくお願い(?:いた|致)?します|"
    r"ありがとうございました|um\s+abraço|(?:заранее\s+)?спасибо\s+заранее|"
    r"заранее\s+(?:спасибо|благодарю)|salam\s+hormat|wassalam|mvg|"
    r"med\s+vänlig\s+hälsning|mil\s+gracias|cảm\s+ơn|mange\s+tak|ilə\s+hörmətlə|хурмәт\s+менән)"
    r"\s*[,.!。！、:،，։՝।]?\s*(?P<rest>\S.{0,40})?$", _F)
SIGNOFF = gated(SIGNOFF)   # the same matches, fewer start positions tried
# Closings that sign only when alone on their line or followed by a name ("Best,", "Att.",
# "BR"): "Best price is ..." is text.
_SIGNOFF_BARE = re.compile(
    r"^\s*(?:best|all\s+the\s+best|br|b\.\s?r\.|rgds|kr|thx|tks|att|atte|abs|cdlt|bav|"
    r"с\s+ув|take\s+care|talk\s+soon|敬礼|以上|salam)\.?\s*[,.!。！]?"
    r"\s*(?P<rest>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})?\s*$", _F)
# A person's name alone on a line: two or three capitalised words ("Nathalie Roux", "Василь
# Бондаренко"), which opens a signature block when it follows the text after a blank line.
# one to three words, the first perhaps an initial ("G. Pichler")
_NAME_WORDS = re.compile(r"^\s*(?:[^\W\d_]\.|[^\W\d_][\w'’-]*)(?:\s+[^\W\d_][\w'’-]*){0,2}\s*$")


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
# A disclaimer named by its label ("DISCLAIMER: This e-mail and any files ..."), which may sit
# right under a rule.
_DISCLAIMER_LABEL = re.compile(
    r"^\s*(?:(?:legal\s+)?disclaimer\s*(?::|$)|haftungsausschluss\s*:|aviso\s+legal\s*:|"
    r"avis\s+de\s+confidentialit|aviso\s+de\s+confidencialidad|avviso\s+di\s+riservatezza|"
    r"уведомление\s+о\s+конфиденциальности|"
    r"(?:legal\s+notice|confidentiality|rechtlicher\s+hinweis|vertraulichkeitshinweis|"
    r"avertissement(?:\s+(?:légal|juridique))?|mentions\s+légales|aviso\s+de\s+privacidad|"
    r"avvertenza|nota\s+di\s+riservatezza|aviso\s+de\s+confidencialidade|"
    r"juridische\s+kennisgeving|zastrzeżenie(?:\s+prawne)?|klauzula\s+poufności|"
    r"yasal\s+uyarı|gizlilik\s+(?:uyarısı|notu|bildirimi)|sorumluluk\s+reddi|"
    r"правовая\s+оговорка|юридическое\s+уведомление|отказ\s+от\s+ответственности|"
    r"конфиденциальность|застереження|юридичне\s+попередження)\s*:)", _F)
# A rule drawn across the message: a line of dashes, underscores, equals signs, stars or box
# lines ("━━━━") that frames a signature or a disclaimer.
RULE_LINE = re.compile(r"^\s*[-_=*~━─═＝]{4,}\s*$")
# What a legal disclaimer says, in many languages: it is confidential, and the wrong
# recipient should tell the sender and delete it. A paragraph needs both kinds of words.
_CONFIDENTIAL = re.compile(
    r"confiden|vertraulich|vertrouwelijk|poufn|riservat|důvěrn|fortrolig|konfidentiel|"
    r"luottamuksel|gizli|конфиденц|privileg|привилег|legally\s+protected|rechtlich\s+geschützt|"
    r"prawnie\s+chronion|intended\s+(?:only|solely|exclusively)|uitsluitend\s+bestemd|"
    r"ausschließlich|exclusivement|esclusivamente|exclusivamente|wyłącznie|výhradně|"
    r"исключительно|yalnızca|保密|機密|秘密|仅限|"
    r"konfiden|povjerljiv|poverljiv|bizalmas|εμπιστευτικ|απόρρητ|סודי|חסוי|سري|bảo\s+mật|기밀", _F)
_CONFIDENTIAL = gated(_CONFIDENTIAL)   # the same matches, fewer start positions tried
_WRONG_RECIPIENT = re.compile(
    r"recipient|addressee|destinat|empfänger|adressat|geadresseerde|odbiorc|příjemc|alıcı|"
    r"адресат|получател|vastaanottaja|mottagare|modtager|收件人|宛先|"
    r"in\s+error|by\s+mistake|irrtümlich|per\s+errore|por\s+error|por\s+engano|par\s+erreur|"
    r"per\s+abuis|omyłk|omylem|yanlışlıkla|по\s+ошибке|错误|誤って|"
    r"delete|destroy|supprim|lösch|vernicht|elimin|cancell|apag|verwijder|usu[ńn]|smaž|sil[iı]n|"
    r"удал|删除|削除|"
    r"adressaat|adresāt|gavėj|címzett|primaoc|primatelj|παραλήπτ|הנמען|"
    r"الموجهة\s+إلي|المرسل\s+إلي|المستلم|người\s+nhận|수신자", _F)
_WRONG_RECIPIENT = gated(_WRONG_RECIPIENT)   # the same matches, fewer start positions tried


def strip_signature(lines: list[str]) -> list[str]:
    """Drop the trailing signature: '-- ' blocks, 'Sent from my ...', sign-off blocks."""
    n = len(lines)
    while n and not lines[n - 1].strip():
        n -= 1
    # "Sent from my iPhone" on the last line(s), and the rule some apps draw above their
    # footer ("--" / "Отправлено из Почты Mail.ru") under the writer's own "-- " signature
    if n and _is_footer(lines[n - 1]):
        n -= 1
        n = _above_footer_rule(lines, n)
    for i in range(n - 1, max(n - 16, -1), -1):  # a "-- " rule counts in the last 15 lines
        if lines[i].startswith(_SIG_DASH_FIRST) and _SIG_DASH.match(lines[i]):
            n = i
            break
    # "-Name" alone on the last line, after a blank line
    if n >= 2 and _DASH_NAME.match(lines[n - 1]) and not lines[n - 2].strip():
        n -= 1
    else:
        # "/Name" on the last line, right under the text or below a blank line
        end = n
        while end and not lines[end - 1].strip():
            end -= 1
        last = lines[end - 1].strip() if end >= 2 else ""
        if last.startswith("/") and _SLASH_NAME.match(last) and last[1:].lstrip()[0].isupper() \
                and any(x.strip() for x in lines[:end - 1]):
            n = end - 1
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
                n = i + 1 if sentence else _closing_lead_in(lines, i)
                break
    else:
        n = _long_signature(lines, n, lo, found)
    while n and not lines[n - 1].strip():
        n -= 1
    if n and _is_footer(lines[n - 1]):
        n -= 1
    return lines[:_drop_first_name(lines, n)]


# A wish that leads into the closing on the line right above it and ends in a comma, so the
# closing finishes its sentence ("Looking forward to hearing from you and wishing you a great
# weekend," / "Best,"): the sign-off's first line.
_CLOSING_LEAD_IN = re.compile(
    r"^(?![^\n]*(?:\bplease\b|\bkindly\b|\bbitte\b|пожалуйста|прошу|просим))"
    r"\s*(?:(?:i\s+|we\s+)?(?:am\s+|are\s+)?look(?:ing)?\s+forward|hop(?:e|ing)\s+to\s+(?:hear|see|speak)|"
    r"wishing\s+you|(?:have|enjoy)\s+a\s+(?:\w+\s+){0,2}(?:weekend|day|evening|week|holiday)|"
    r"enjoy\s+(?:your|the)\s+(?:\w+\s+)?(?:weekend|day|evening|week|holidays?)|"
    r"(?:с\s+нетерпением\s+)?жд(?:у|ём|ем)\s+(?:вашего\s+)?ответа|надеюсь\s+на\s+(?:скорый\s+)?ответ|"
    r"(?:и\s+)?желаю\s|(?:хороших|отличных|приятных)\s+выходных|хорошего\s+(?:дня|вечера)|"
    r"ich\s+freue\s+mich|in\s+erwartung|j'attends|dans\s+l'attente|en\s+espera)"
    r"[^?!]{0,140},\s*$", _F)


def _closing_lead_in(lines: list[str], i: int) -> int:
    """``i`` moved up to a wish that leads into the closing of line i from the line right
    above it (``_CLOSING_LEAD_IN``), while text stays above."""
    if i >= 2 and _CLOSING_LEAD_IN.match(lines[i - 1]) \
            and any(x.strip() for x in lines[:i - 1]):
        return i - 1
    return i


def _above_footer_rule(lines: list[str], n: int) -> int:
    """``n`` moved above the "--" rule an app draws above its footer (the footer itself is
    above ``n`` already) when a "-- " signature of a few short lines stands right above that
    rule; ``n`` itself otherwise, so the search for a "-- " rule finds the footer's."""
    end = n
    while end and not lines[end - 1].strip():
        end -= 1
    if not end or not (lines[end - 1].startswith(_SIG_DASH_FIRST) and _SIG_DASH.match(lines[end - 1])):
        return n
    for i in range(end - 2, max(end - 9, -1), -1):
        if lines[i].startswith(_SIG_DASH_FIRST) and _SIG_DASH.match(lines[i]):
            block = [x for x in lines[i + 1:end - 1] if x.strip()]
            return end - 1 if block and all(len(x.strip()) <= 60 for x in block) else n
    return n


# a sentence ends in a full stop or an exclamation mark after a word ("for your help.")
_SENTENCE_END = re.compile(r"[^\W\d_]{2}\s*[.!。！]\s*$")
_REGARDS = re.compile(r"regards|wishes|grüße|grüßen|пожелани|привет", _F)
# a numbered or bulleted line is content, never a signature: "1) Ready by 15 January."
_LIST_ITEM = re.compile(r"^(?:\d{1,2}[.)]|[-•*–])\s+\w")
_POSTSCRIPT = re.compile(r"^(?:p\.\s?)+s\.|^p\.?s\b|^п\.\s?с\.", _F)


def _signoff(line: str) -> re.Match[str] | None:
    """A closing of ``SIGNOFF`` or ``_bare_signoff``; a line of over 120 characters is text
    (a closing and a name take at most 90)."""
    if len(line) > 120 and len(line.strip()) > 120:
        return None
    return SIGNOFF.match(line) or _bare_signoff(line)


def _bare_signoff(line: str) -> re.Match[str] | None:
    """A closing of ``_SIGNOFF_BARE``, alone or followed by a name."""
    m = _SIGNOFF_BARE.match(line)
    if m and m["rest"] and not _is_name_line(m["rest"], 1):
        return None
    return m


_BRACKETED = re.compile(r"\s*\([^()]{1,40}\)\s*$")
# initials written before a name to sign for someone else ("i.A. Anna Berg", "p.p. Tom Lee")
# (a space may follow each initial: "i. A. Anna Berg", "p. p. Tom Lee")
_SIGNING_FOR = re.compile(r"^(?:[^\W\d_]\.\s?){1,3}\s*(?<=[.\s])(?=[^\W\d_]{2})")


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
    if closing is not None:
        return closing
    by_name = _drop_name_block(lines, n)
    if by_name != n:
        return by_name
    titled = title_block(lines, n)
    return n if titled is None else titled


def _second_closing(rest: str) -> bool:
    """``rest`` is the same closing in a second language after a slash or a bar ("Best regards
    / Mit freundlichen Grüßen")."""
    if not rest.startswith(("/", "|")):
        return False
    m = _signoff(rest[1:])
    return m is not None and not m["rest"]


# A one-line notice a mail server or a company template puts at the very end of a message:
# that it is confidential ("Confidential: intended for the addressee only.", «Сообщение
# конфиденциально.», "Vertraulich – nur für den Empfänger bestimmt.") or a plea not to print it
# ("Think before you print.", «Не распечатывайте это письмо без необходимости.»).
_PRINT_WORD = re.compile(
    r"\b(?:print|printing|printed)\b|ausdruck|drucken|imprim|stamp[ai]|распечат|печата(?:ть|йте)|печатью|"
    r"друкува|друкуйте|"
    r"yazdır|drukow|drukuj|vytisk|tisknout|afdruk|printen|tulosta|skriv\s+ut|打印|印刷|인쇄", _F)
_PRINT_WHY = re.compile(
    r"\b(?:unless|think|really\s+need|necessary|environment|trees?|planet|"
    r"umwelt|environnement|ambiente|natur|milieu|środowisk|çevre|prostředí)\b|"
    r"без\s+(?:необходимост|потребн)|окружающ|природ|подумайте|довкілл|🌳|🌲|🌿|🌱|♻", _F)
_CONF_STEM = (r"(?:strictly\s+|строго\s+|streng\s+)?(?:confiden|конфиденц|vertraulich|riservat|poufn|"
              r"důvěrn|gizli|fortrolig|vertrouwelijk|konfiden)\w*")
# the notice as a label ("CONFIDENTIAL – ...", «Конфиденциально:») or as a sentence about the
# mail ("This email and any attachments are confidential", «Сообщение конфиденциально»)
_CONF_NOTICE = re.compile(
    r"^\W*" + _CONF_STEM + r"\s*(?:[:\-–—.!|]|$)"
    r"|(?:mail|messag|nachricht|сообщени|письм|повідомл|courriel|correo|mensaje|mensagem|"
    r"messaggio|bericht|wiadomo|zpráv|ileti|posta)\w*\s+(?:(?:is|are|and|any|its|all|the|"
    r"attachments?|files?|contents?|является|и|его|вложения|ist|sind|und|est|et|es|è|jest|je|"
    r"—|–|-)\s+){0,4}" + _CONF_STEM, _F)
_NOT_A_NOTICE = re.compile(r"\?|\b(?:please|kindly|keep|пожалуйста|прошу|просим|держите|сохраните|"
                           r"bitte|behandeln\s+sie)\b", _F)


def _is_end_notice(line: str) -> bool:
    """``line`` (one line, the last paragraph) says the mail is confidential or asks not to
    print it, as a template does: never a question nor the writer's own request."""
    s = line.strip()
    if len(s) > 160 or _FIRST_PERSON.search(s):
        return False
    if _PRINT_WORD.search(s):
        return _PRINT_WHY.search(s) is not None and "?" not in s
    return _CONF_NOTICE.search(s) is not None and _NOT_A_NOTICE.search(s) is None


def _drop_end_notices(lines: list[str], n: int) -> int:
    """``n`` moved above one-line notices (``_is_end_notice``) that end the text, each a
    paragraph of its own with text above it."""
    while True:
        end = n
        while end and not lines[end - 1].strip():
            end -= 1
        if end < 2 or lines[end - 2].strip() or not _is_end_notice(lines[end - 1]) \
                or not any(x.strip() for x in lines[:end - 1]):
            return n
        n = end - 1


def _drop_disclaimer(lines: list[str], n: int) -> int:
    """``n`` moved above the trailing legal disclaimer paragraphs (and the blank lines before
    them). A disclaimer paragraph starts like one, or says in any language both that it is
    confidential and what the wrong recipient must do; it sits below a block of short lines
    (a signature, a rule) that has text above it. One-line notices at the very end go first
    (``_drop_end_notices``)."""
    n = _drop_end_notices(lines, n)
    for i in range(n - 1, max(n - 12, 0), -1):
        above = lines[i - 1]
        if not above.strip() and _DISCLAIMER.match(lines[i]):
            while i and not lines[i - 1].strip():
                i -= 1
            n = i
            break
        if (not above.strip() or RULE_LINE.match(above) and not lines[i - 2].strip()) \
                and _DISCLAIMER_LABEL.match(lines[i]):
            # a labelled disclaimer goes with the rules that frame it
            while i and (not lines[i - 1].strip() or RULE_LINE.match(lines[i - 1])):
                i -= 1
            n = i
            break
    while True:
        start, end = last_paragraph(lines, n)
        if end - start > 12 or not _below_short_block(lines, start):
            return _attached_disclaimer(lines, start, end, n)
        if not _is_disclaimer(" ".join(x.strip() for x in lines[start:end])):
            return n
        n = start


def without_top_banner(lines: list[str]) -> list[str]:
    """``lines`` without a confidentiality banner a mail server put on top of the message
    ("CONFIDENTIAL – This message is intended for the named recipient only ..."): a first
    paragraph that reads as a disclaimer, with the writer's text below it."""
    start = next((k for k, x in enumerate(lines) if x.strip()), len(lines))
    end = next((k for k in range(start, len(lines)) if not lines[k].strip()), len(lines))
    if end == len(lines) or not any(x.strip() for x in lines[end:]):
        return lines
    para = " ".join(x.strip() for x in lines[start:end])
    if not _is_disclaimer(para) and not (len(para) <= 500 and (
            _EXTERNAL_TAG.match(para) or _EXTERNAL.search(para)
            or _LABELLED_EXTERNAL.match(para) and _MAIL_WORD.search(para)
            and not _FIRST_PERSON.search(para))) \
            and not _CLASSIFICATION.match(para):
        return lines
    rest = lines[end:]
    while rest and not rest[0].strip():
        rest = rest[1:]
    return rest


# The banner a mail server puts on top of mail from outside the organisation, in every language
# of ``indexer.mail_strings`` ("CAUTION: This email originated from outside ...", "[EXTERNAL]",
# "Вы не часто получаете письма от ...").
_EXTERNAL = Lowered(alternation("external"))
# A warning label or a bracketed tag, then a sentence that says the mail came from outside in
# a wording the table does not list ("ACHTUNG: Diese E-Mail stammt von einem externen
# Absender ...", "DİKKAT: Bu e-posta kurum dışından gönderilmiştir", "【社外メール】このメールは
# 社外から送信されました"), or that it is tracked ("Mailtrack: this message is tracked"): the
# label opens the paragraph, the stem of "external", "outside" or "tracked" follows within
# its first sentence.
_LABELLED_EXTERNAL = re.compile(
    r"(?:\W{0,3}[^\W\d_][\w-]{2,20}\W{0,3}[:!]\s|\W{0,2}[\[【(<«][^\]】)>»\n]{1,24}[\]】)>»])"
    r"[^.!。\n]{0,120}?(?:\b(?:extern|extérieur|estern|zewnętrzn|spoza|внешн|извне|зовнішн|"
    r"ззовні|külső|kívül|ulkoi|ulkopuol|εξωτερικ|εκτός|harici|dışı|dışından|outside|außerhalb|"
    r"ausserhalb|fuera\s+de|fora\s+d|buiten|utanför|udenfor|utenfor|mimo\s+va|di\s+luar|"
    r"bên\s+ngoài|tracked|отслежива|отслежено|відстежу|verfolgt|rastread)|社外|外部|외부|خارج|מחוץ)", _F)
# ... and the banner speaks of the mail itself: its sender, the message, its links
_MAIL_WORD = re.compile(r"mail|messag|nachricht|absender|sender|zpráv|odesílatel|письм|сообщ|"
                        r"отправител|viest|lähettäj|μήνυμ|αποστολέ|üzenet|feladó|correo|remitente|"
                        r"wiadomo|nadawc|bericht|afzender|meddelande|avsändare|ileti|gönderen|"
                        r"posta|лист|відправник|повідомл|メール|邮件|郵件|메일|بريد|דוא|"
                        r"link|ссылк|odkaz|anhäng|attachment|вложен|příloh", _F)
# a server's banner speaks of the message, never as the writer ("Note: I forwarded the
# external auditor's email below" is the writer's own note)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|my|я|мы|мной|меня|ich|wir|je|j'|nous|yo|io|ik|jag|"
                           r"jeg|ja|já|ben|biz|mein|meine|mon|ma|mes|mi|mio|mia)\b", _F)
# A sensitivity label a mail server stamps on top ("Classification: Confidential",
# "Klasifikace: Důvěrné / Classification: Internal"): one short line naming the label.
_CLASSIFICATION = re.compile(
    r"\W{0,3}(?:classif|klassif|klasif|clasif|sensitivity|vertraulichkeit|классиф|класиф|"
    r"sınıflandırma|besorolás|luokitu|ταξινόμηση|etichetta|étiquette|etiqueta)\w*\s*:[^\n]{1,80}$",
    _F)
_EXTERNAL_TAG = re.compile(r"\W{0,3}(?:external|extern|externe|externo|esterno|ext|внешн\w*|"
                           r"зовнішн\w*|zewnętrzn\w*|externí|harici|外部|외부|社外)\W{0,3}$", _F)


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
        if not end or len(last) > 600 or not any(w in last for w in _REGISTRATION_HINTS) \
                or not _REGISTRATION.search(last) or not any(x.strip() for x in lines[:end - 1]):
            return n
        if len(last) > 200 and (lines[end - 2].strip() or not _below_short_block(lines, end - 1)):
            return n  # a long legal line counts only as its own paragraph under the signature
        n = end - 1
    return n


# One word closing a message below a blank line that is a reply, not a signer's name.
_ONE_WORD_REPLY = frozenset({
    "agreed", "done", "yes", "no", "ok", "okay", "sure", "noted", "approved", "confirmed",
    "great", "perfect", "fine", "correct", "right", "understood", "urgent", "please", "asap",
    "tbd", "none", "nothing", "same", "hey", "hi", "hello", "test", "согласен", "согласна", "да", "нет", "хорошо",
    "понял", "поняла", "принято", "ок", "срочно", "отлично", "подтверждаю", "fyi", "nda", "ооо",
    "ип", "ндс", "vat", "n/a"})


def _drop_first_name(lines: list[str], n: int) -> int:
    """``n`` moved above a first name or initials signing alone on the last line ("Tom",
    "Claire", "JM", "-АИ"): one capitalised word or two or three capitals below a blank line,
    with text above it."""
    while n and not lines[n - 1].strip():
        n -= 1
    if n < 3 or lines[n - 2].strip():
        return n
    word = lines[n - 1].strip()
    if not (2 <= len(word) <= 12 and word.isalpha() and word[0].isupper() and word[1:].islower()
            or _INITIALS.match(word) and word.isupper()) or word.lower() in _ONE_WORD_REPLY:
        return n
    return n - 1 if any(x.strip() for x in lines[:n - 2]) else n


# a writer's initials signing alone on the last line ("JM", "-АИ", "J.M.", "~PK"): two or
# three capitals, dots or a dash allowed
_INITIALS = re.compile(r"^[-–—~]?\s?(?:[^\W\d_]\.?){2,3}$")


def _drop_name_block(lines: list[str], n: int) -> int:
    """``n`` moved above a signature with no sign-off: after a blank line, a person's name
    and up to five short lines (title, company, address, phone), one blank line allowed.
    A name written as two or three capitalised words is looked for first; then any name
    ``person_name`` reads (initials, a script without capitals, ideographs). A greeting
    ("Hi Tom,", "Dear Ms Lee,") under a first paragraph is no name."""
    for is_name in (_is_name_line, person_name):
        for i in range(n - 1, max(n - 9, 0), -1):
            if lines[i - 1].strip() or not is_name(lines[i]) or _GREETING_END.search(lines[i]):
                continue
            block = [x for x in lines[i:n] if x.strip()]
            if is_name is person_name and below_colon(lines, i):
                continue  # "Contact information:" introduces the name, it is no signature
            text_above = any(x.strip() for x in lines[:i - 1])
            if text_above and len(block) <= 6 and all(len(x.strip()) <= 80 for x in block) \
                    and not any(x.rstrip().endswith(("?", ":")) for x in block):
                while i and not lines[i - 1].strip():
                    i -= 1
                return _name_paragraphs_above(lines, i, is_name)
    return n


# a line that ends in a comma or an exclamation mark after its last word greets the reader
# ("Hi Tom,", "Добрый день, Игорь!"): a name that signs has nothing after it, or a title
_GREETING_END = re.compile(r"[^\W\d_]\s*[,!]\s*$")


def _name_paragraphs_above(lines: list[str], i: int, is_name: Callable[[str], bool]) -> int:
    """``i`` moved above the one-line paragraphs of names right above it ("Selin Aydın" above
    "Aydın Kafe", as a client that writes each line of a signature as its own paragraph
    leaves them), while text stays above."""
    while i >= 3 and lines[i - 1].strip() and not lines[i - 2].strip() \
            and is_name(lines[i - 1]) and len(lines[i - 1].strip()) <= 40 \
            and any(x.strip() for x in lines[:i - 2]):
        i -= 1
        while i and not lines[i - 1].strip():
            i -= 1
    return i
