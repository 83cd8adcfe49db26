"""Where a negotiation stands after the offer, for ``deal_signals``: pure regexes, both languages.

The deal won (``WON_RE``: a contract signed, an invoice paid, the money received, unless the
sentence tells it as still to come: ``FUTURE_RE``), lost (``LOST_RE``: the client chose
another supplier, or keeps the work in-house), or its terms in play (``TERMS_RE``: a discount
asked, a counter-offer, the client's own figures for the deal's conditions).
"""

from __future__ import annotations

import re

_F = re.UNICODE

WON_RE = re.compile(
    r"(?:(?:договор|контракт|соглашение)\w*\s+(?:уже\s+|нами\s+|сегодня\s+)?(?:подписан|заключ[её]н)"
    # «Договор со своей стороны подписали», not «договор ещё не подписали»
    r"|(?:договор|контракт|соглашение|спецификаци)\w*\s+(?:(?!не\b|ещё\b|еще\b)[^\s.!?]+\s+){0,3}?"
    r"подписали\b"
    r"|подписали\s+(?:\w+\s+)?(?:договор|контракт|соглашени)|подписанн\w+\s+(?:\w+\s+)?"
    r"(?:договор|экземпляр|контракт)|сделка\s+(?:закрыта|состоялась)"
    r"|\b(?:contract|agreement)\s+(?:is\s+|has\s+been\s+|was\s+|have\s+been\s+)?(?:now\s+)?"
    r"(?:signed|executed)|\b(?:we|i)(?:\s+have|'ve|’ve)?\s+(?:just\s+)?signed\s+(?:the\s+)?"
    r"(?:\w+\s+)?(?:contract|agreement|documents)|\b(?:we|i)(?:'ve|’ve|\s+have)\s+(?:just\s+)?"
    r"signed\b(?!\s+up)|\bsigned\s+(?:copy|contract|agreement)"
    # the client's bare word, the paper with it: «подписал, фото во вложении», "Signed, scan
    # attached", "Signed order form attached"
    r"|(?:^|(?<=[.!?\n]))\s*(?:мы\s+|я\s+)?(?:уже\s+)?подписал[аи]?(?=\s*(?:[,.!—–-]|$|\s+(?:фото|"
    r"скан|копи|во\s+вложени|прикладыва|направля|высыла|отправля)))"
    r"|(?:^|(?<=[.!?\n]))\s*(?:we\s+have\s+|we've\s+|i\s+have\s+|i've\s+)?(?:just\s+)?signed"
    r"(?:\s*[,.!—–-]\s*(?:the\s+)?(?:scan|copy|photo)|\s+(?:\w+\s+){0,2}?(?:is\s+|are\s+)?"
    r"(?:attached|enclosed))"
    r"|\bfully\s+executed|сч[её]т\w*\s+(?:уже\s+)?оплачен|оплатили\s+(?:\w+\s+)?сч[её]т|"
    r"(?:оплату|предоплату|аванс)\s+(?:уже\s+)?(?:произвели|перечислили|внесли|отправили)|"
    r"подписали\s+спецификаци\w*|invoice\s+(?:has\s+been\s+|is\s+|was\s+)?paid|"
    # the manager confirms the money came: «аванс получили», "we have received your payment"
    r"(?:оплат\w*|предоплат\w*|аванс\w*|плат[её]ж\w*)\s+(?:уже\s+|сегодня\s+)?(?:получили|поступил\w*)|"
    r"\b(?:payment|advance|deposit)\s+(?:has\s+been\s+|was\s+)?received\b|"
    r"\bwe\s+(?:have\s+)?received\s+(?:your\s+|the\s+)?(?:payment|advance|deposit)\b|"
    r"(?<!не\s)(?<!ещё\s)(?<!еще\s)\bоплатил[аио]?\b|"
    r"\b(?:we|i)(?:\s+have|'ve|’ve)?\s+(?:now\s+|just\s+|already\s+)?paid\b(?!\s+(?:it\s+)?yet)|(?:purchase\s+order|\bpo\b)\s+(?:is\s+|has\s+been\s+)?"
    r"(?:attached|issued|sent|signed)|"
    # the bank's product delivered: «гарантия выдана», «кредит выдан», "the guarantee is
    # issued", "the loan has been disbursed"
    r"(?<!\w)(?:гаранти[яи]|кредит|транш|депозит|вклад)\s+(?:уже\s+|сегодня\s+)?(?:выдан[аоы]?|"
    r"выпущен[аоы]?|размещ[её]н)(?!\w)|\b(?:guarantee|loan|tranche|deposit|letter\s+of\s+credit)\s+"
    r"(?:is|has\s+been|was)\s+(?:now\s+|today\s+)?(?:issued|disbursed|placed)\b|"
    # an order placed under the framework contract: «По рамочному договору — заявка на 80 тыс.
    # шт.», "our next call-off under the framework agreement is attached"
    r"(?:по|в\s+рамках)\s+рамочн\w+\s+(?:договор|контракт|соглашени)\w*\s*[—–:,-]?\s*"
    r"(?:наш\w*\s+|очередн\w*\s+|нов\w*\s+)?(?:заявк|заказ)\w*|"
    r"\b(?:order|call-off|po)\s+(?:no\.?\s*[\w-]+\s+)?under\s+(?:our|the)\s+(?:framework|master)\s+"
    r"(?:supply\s+)?(?:agreement|contract)|\bunder\s+(?:our|the)\s+(?:framework|master)\s+"
    r"(?:supply\s+)?(?:agreement|contract)\s*[,:—–-]?\s*(?:please\s+find\s+)?(?:attached\s+)?"
    r"(?:is\s+|are\s+)?(?:our\s+)?(?:new\s+|next\s+)?(?:order|call-off|po)\b)", _F)
FUTURE_RE = re.compile(r"\b(?:will|shall|to\s+be|once|after|when|if|until|unless|upon|provided|"
                     r"as\s+soon\s+as|in\s+case)\b|будет|будут|после|как\s+только|если|когда|"
                     r"(?<!\w)(?:при\s+условии|в\s+случае|по\s+подписании|сразу\s+по)(?!\w)|\?|"
                     # a signing still needed: "we need the agreement signed by 15 December",
                     # «нужно, чтобы договор был подписан до 15-го»
                     r"\b(?:need|needs|must|should|ha(?:ve|s)\s+to)\b|(?<!\w)(?:нужн\w*|надо|"
                     r"должн\w*|необходимо|чтобы)(?!\w)|"
                     # the signed copy still to be collected: «приеду за подписанным договором»
                     r"(?<!\w)(?:при|за)(?:еду|едем)\b|(?<!\w)забер(?:у|ём|ем)\b|"
                     r"\b(?:pick\s+up|collect)\b", _F)
#: The signed paper or the money still awaited, in the clause that names it: not come («…мы
#: так и не получили», "has not come back yet") or waited for («ждём», "still waiting for").
_AWAITED = re.compile(
    r"(?<!\w)не\s+(?:[^\s,.!?;]+\s+)?(?:получ|приш[её]л|пришл|поступ|верн|дош[её]л|дошл|присла|"
    r"приход|доход|видел)\w*|(?<!\w)(?:жд[её]м|жду|ожида\w*)(?!\w)|"
    r"(?:\bnot|n['’]t|\bnever)\s+(?:[\w'’]+\s+){0,2}?(?:received|receive|got|gotten|get|come|came|"
    r"arrived|seen|returned|back)\b|\b(?:waiting|wait)\s+(?:for|on)\b|\bawait\w*|"
    r"\byet\s+to\s+(?:receive|arrive|come|see|get)\b", _F)
#: ... or asked for before it in its sentence («Пришлите, пожалуйста, подписанный договор»,
#: "please return the signed agreement"); a request after it is another matter («Договор
#: подписан, пришлите счёт»).
_ASKED_FOR = re.compile(
    r"(?<!\w)(?:пришлите|верните|вышлите|направьте|отправьте|перешлите|пришли|верни)(?!\w)|"
    r"(?<!\w)(?:можете|могли\s+бы|сможете)\s+(?:\w+\s+)?(?:прислать|вернуть|направить|выслать)|"
    r"\b(?:please|kindly)\s+(?:\w+\s+)?(?:send|return|forward|email|share)\b|"
    r"\bsend\s+(?:us|me)\b|\b(?:can|could|would)\s+you\s+(?:\w+\s+)?(?:send|return|forward)\b",
    _F)
_CLAUSE_MARK = re.compile(r"[,;:—–]|\s(?:но|а|and|but|however)\s", _F)


def awaited(sentence: str, at: int) -> bool:
    """Whether the act WON_RE found at ``at`` in ``sentence`` (lower case) is told as still
    awaited: its clause says it has not come or is waited for, or the sentence asks for it
    before it. A signed copy or a payment the writer is waiting for wins no deal."""
    at = min(max(at, 0), len(sentence))
    start = max((m.end() for m in _CLAUSE_MARK.finditer(sentence, 0, at)), default=0)
    after = _CLAUSE_MARK.search(sentence, at)
    end = after.start() if after else len(sentence)
    return bool(_AWAITED.search(sentence, start, end) or _ASKED_FOR.search(sentence, 0, at))


LOST_RE = re.compile(
    r"(?:выбрали\s+(?:друг|ин)\w*|(?<!\w)выбрал[аио]?\s+(?:друг\w*|ин\w+|местн\w+|другое|"
    r"конкурент\w*)\s*(?:\w+\s+)?(?:подрядчик|поставщик|исполнител|компани|банк|партн[её]р|"
    r"предложени|вариант)\w*|"
    # another party chosen, whatever its trade: «руководство выбрало другого интегратора»
    r"(?<!\w)выбрал[аио]?\s+друг(?:ого|их)\s+\w+|(?<!\w)мы\s+пас(?!\w)|\bwe(?:'ll|\s+will)\s+pass\b|"
    # «руководство решило остаться в РСД», not «остаться с вами»
    # («правление решило всё-таки остаться с нынешним банком»: a word or two may come between)
    r"(?<!\w)(?:решил[аио]?|приняли\s+решение)\s+(?:[\w-]+\s+){0,2}?остаться\s+(?:в|с|со|у|на)\s+"
    r"(?!вами|вас\b|нами|связи\b)|"
    r"(?:решили|приняли\s+решение)\s+(?:не\s+|отказ|остаться(?!\s+(?:с\s+вами|у\s+вас))|"
    r"остановиться\s+на\s+друг|работать\s+с\s+друг)|(?:больше\s+)?не\s*актуал(?:ен|ьн\w*)|"
    r"(?:вынуждены\s+)?отказ(?:аться|ываемся)\s+от|"
    # the offer named first: «от сервиса пока отказываемся»
    r"(?<!\w)от\s+(?:\w+\s+)?(?:сервис|услуг|предложени|проект|покупк|закупк|сотрудничеств|"
    r"внедрени|страховани)\w*\s+(?:(?!не\b)\w+\s+){0,2}?отказ(?:ываемся|ались)(?!\w)|"
    # the client builds its own instead: «решило строить собственный SOC», "build our own"
    r"(?<!\w)решил[аио]?\s+(?:строить|создавать|создать|построить|развивать)\s+(?:сво|собственн)\w*|"
    r"\b(?:decided|going|plan|planning)\s+to\s+build\s+(?:our|its|their)\s+own\b|"
    r"\bwe\s+(?:are\s+|have\s+)?(?:decided\s+to\s+)?(?:drop|declin)(?:e|ed|ing)?\s+(?:the\s+|your\s+)?"
    r"(?:service|project|offer|proposal)\b|не\s+будем\s+(?:открывать|подключать|"
    r"оформлять|продолжать|рассматривать|переходить)|не\s+интересн\w*|не\s+заинтересован\w*|"
    r"оста[её]мся\s+(?:в|с|на)\s+(?:нашем|текущ|сво|прежн)\w*"
    r"|\bnot\s+interested|\b(?:decided|chosen|chose|going)\s+(?:to\s+go\s+)?with\s+(?:another|"
    r"a\s+different|other|our\s+current|our\s+existing)|\bdecided\s+not\s+to\b|\b(?:will\s+not|"
    r"won't|wont)\s+(?:be\s+)?(?:proceed|moving\s+forward|going\s+ahead)|\bnot\s+(?:be\s+)?"
    r"(?:moving|going)\s+(?:forward|ahead)|\bno\s+longer\s+(?:need|interested|require|relevant)"
    r"|\b(?:stay|staying|remain)\s+with\s+(?:our|the)\s+(?:current|existing)|\bdecline\s+"
    r"(?:your|the)\s+(?:offer|proposal)|\bpass\s+on\s+(?:this|your)\s+(?:offer|proposal)"
    r"|(?:решение|выбор)\s+(?:\w+\s+)?в\s+пользу\s+(?:(?:предложени|компани|банк)\w*\s+)?(?:друг|конкурент|ин)\w*|"
    # the choice said as a noun: «принято решение о выборе иного поставщика», «остановили
    # выбор на другом банке», "the decision was made to select another provider", "the
    # choice fell on a different vendor", "we opted for another bank"
    r"(?<!\w)о\s+выборе\s+(?:друг|ин|конкурент)\w*|(?<!\w)остановил[аио]?\s+(?:сво\w+\s+)?выбор\s+"
    r"на\s+(?:друг|ин|конкурент)\w*|\bdeci(?:sion|ded)\s+(?:[\w-]+\s+){0,4}?to\s+(?:select|choose|"
    r"appoint|engage)\s+(?:another|a\s+different|a\s+competing|an\s+alternative)\b|"
    r"\b(?:decision|choice)\s+(?:[\w-]+\s+){0,2}?in\s+favou?r\s+of\s+(?:another|a\s+different|"
    r"a\s+competing|a\s+competitor)|\bchoice\s+fell\s+on\s+(?:another|a\s+different)|"
    r"\bopted\s+for\s+(?:another|a\s+different|a\s+competing)\s+(?:[\w-]+\s+)?(?:supplier|vendor|"
    r"provider|bank|partner|offer|company|firm|contractor|integrator|broker|agency|proposal)|"
    r"(?:работаем|будем\s+работать|остаёмся|остаемся)\s+с\s+(?:друг|прежн|текущ|нашим)\w*\s+"
    r"(?:поставщик|подрядчик|партн[её]р|банк)\w*|(?:проект|закупк\w*)\s+(?:\w+\s+)?"
    r"(?:заморож|отмен[её]н|закрыт|сняли)\w*|бюджет\w*\s+(?:\w+\s+){0,2}(?:не\s+(?:выделили|"
    r"согласовали|утвердили)|урезали|заморозили|сократили)|"
    r"\b(?:went|go|going|move|moving|proceed|proceeding)\s+(?:forward\s+|ahead\s+)?with\s+"
    r"(?:another|a\s+different|a\s+competitor|other)|"
    r"\b(?:selected|chosen|chose|picked|went\s+with|going\s+with)\s+(?:another|a\s+different|"
    r"a\s+competing|a\s+local|the\s+local)\s+"
    r"(?:supplier|vendor|provider|bank|partner|offer|forwarder|carrier|contractor|company|"
    r"installer|integrator|firm|"
    r"agent|quote|proposal)|\bbudget\s+(?:was\s+|has\s+been\s+)?"
    r"(?:cut|frozen|cancel+ed|not\s+approved)|\bproject\s+(?:was\s+|has\s+been\s+|is\s+)?"
    r"(?:cancel+ed|shelved|frozen)|"
    # the tender or the project went to someone else; our side not approved; no longer needed
    r"(?:тендер|конкурс|закупк)\w*\s+(?:\w+\s+)?(?:выиграл|выиграли|выиграла|выиграло)\s+(?:друг|ин)\w*|"
    r"(?:победил|выиграл)[аио]?\s+(?:друг|ин)\w*\s+(?:участник|компани|поставщик|подрядчик)\w*|"
    # a tender's result naming someone else: «победителем признано ТОО «…»», "the winning
    # bidder is …" (not «победителем признано ваше предложение»)
    r"(?<!\w)победител\w+\s+(?:[^\s.!?]+\s+){0,5}?признан[аоы]?\s+(?!ваш|вас\b)|"
    r"\bthe\s+(?:winner|winning\s+(?:bidder|bid|supplier|vendor))\s+(?:is|was|has\s+been)\s+"
    r"(?!you\b|your\b)|"
    r"продолж(?:им|аем)\s+(?:работ\w*\s+|сотрудничеств\w*\s+)?с\s+(?:текущ|нынешн|прежн|наш)\w*\s+"
    r"(?:поставщик|подрядчик|партн[её]р|банк|исполнител)\w*|"
    r"(?:руководств|собственник|совет|правлени|директор|акционер|учредител)\w*\s+(?:\w+\s+)?не\s+"
    r"(?:одобрил|согласовал|утвердил|поддержал)\w*|больше\s+не\s+(?:нужн\w*|требуется)(?=\s*[.!,;]|$)|"
    r"(?<!\w)решил[аио]?\s+не\s+(?:ставить|делать|брать|заказывать|продолжать|покупать|менять|"
    r"переходить|устанавливать|рассматривать|связываться|начинать|запускать)|вынуждены\s+отказаться|"
    r"\bawarded\s+(?:\w+\s+){0,3}?to\s+(?:another|a\s+different|a\s+competitor|a\s+local|other)|"
    r"\bwent\s+to\s+(?:another|a\s+different|a\s+competitor|a\s+local)|\bdecided\s+against\b|"
    # the deal done elsewhere: «оформили кредит в другом банке», "we went with a loan instead"
    r"(?<!\w)(?:взяли|купили|оформили|заключили|заказали)\s+(?:[^\s.!?]+\s+){0,3}?(?:у|в)\s+"
    r"(?:(?:друг|ин)\w*\s+(?:\w+\s+)?(?:компани|банк|лизингодат|поставщик|подрядчик|дилер|партн[её]р|"
    r"организаци)\w*|конкурент\w*)|\b(?:went|gone|opted)\s+(?:with|for)\s+[^.!?\n]{0,60}?"
    r"\binstead\b(?!\s+of)|"
    r"\b(?:management|board|owner|owners|shareholders|hq)\s+(?:did\s+not|didn't|has\s+not|hasn't)\s+"
    r"(?:approve|support|sign\s+off)|"
    # the client keeps the work, or its own provider: "keep payroll in-house", "we'll go with
    # our house bank", «сделаем своими силами», «останемся со своим банком»
    r"\b(?:keep|keeping|do|doing|handle|handling)\s+(?:[\w-]+\s+){0,3}?in[-\s]house\b"
    r"(?=\s*(?:[.,;:!)—–]|$|\s-\s|(?:after|for|from|this|next|again|instead|now|too)\b))|"
    r"\b(?:go|going|stay|staying|stick|sticking|remain)\s+with\s+our\s+(?:own|house|usual|main|"
    r"regular|home)\b|(?:сделаем|справимся|будем\s+(?:делать|вести))\s+(?:\w+\s+)?(?:сами|"
    r"своими\s+силами)(?=\s*(?:[.,;:!—–]|$))|оста(?:[её]м|нем)ся\s+(?:с|со|в|на)\s+(?:наш|сво)\w*\s+(?:банк|поставщик|"
    r"подрядчик|партн[её]р|бухгалтер|юрист|исполнител)\w*|"
    # the offer turned down with the work kept for the client itself: «Нет, спасибо, сами
    # закажем», «не нужно, организуем сами», "No thanks, we'll book it ourselves"
    r"(?<!\w)(?:нет|не\s+(?:нужно|надо|требуется))\s*[,.!]?\s+(?:спасибо\s*[,.!]?\s+)?(?:мы\s+)?"
    r"(?:сами\s+(?:\w+\s+)?\w+(?:ем|им|ём)|\w+(?:ем|им|ём)\s+(?:\w+\s+)?сами)(?=\s*(?:[.,;:!—–]|$))|"
    r"\b(?:no,?\s+thanks?(?:\s+you)?|thanks?(?:\s+you)?,?\s+but)\s*[,.!]?\s+we(?:'ll|’ll|\s+will)\s+"
    r"(?:[\w-]+\s+){1,3}?ourselves(?=\s*(?:[.,;:!—–]|$))|"
    # the event or the order itself called off: «банкет вынуждены отменить», "we have to
    # cancel the offsite" (not a meeting or a call moved: that is a next contact)
    r"(?<!\w)(?:мероприяти|корпоратив|банкет|поездк|выезд|конференци|праздник|заказ|"
    r"бронировани|брон[ьи]|тур|фуршет|форум)\w*\s+(?:[^\s!?]*[^\s.!?]\s+){0,3}?(?:придётся|придется|"
    r"пришлось|вынуждены|решили)\s+отменить|(?<!\w)(?:придётся|придется|пришлось|вынуждены|решили)"
    r"\s+отменить\s+(?:наш\w*\s+|сво\w*\s+)?(?:мероприяти|корпоратив|банкет|поездк|выезд|"
    r"конференци|праздник|заказ|бронировани|брон[ьи]|тур|фуршет|форум)|"
    r"\b(?:have\s+to|had\s+to|need\s+to|decided\s+to|forced\s+to)\s+cancel\s+(?:the\s+|our\s+|this\s+)?"
    r"(?:[\w'-]+\s+)?(?:event|party|trip|offsite|off-site|conference|order|booking|dinner|tour|"
    r"retreat|forum)s?\b)", _F)
#: Our side turns the client down: the bank does not lend, the committee did not approve, the
#: application refused («банк пока не готов выдать лимит», «в выдаче гарантии отказано»,
#: "the credit committee declined the application", "we are unable to approve the loan").
#: A term refused within a deal still made (a lower rate, a longer term) is bargaining, not
#: this: the verbs are of granting the deal itself.
OUR_REFUSAL_RE = re.compile(
    r"(?<!\w)(?:(?:банк|мы|комитет|руководство)\s+(?:\w+\s+)?не\s+готов\w*|банк\s+не\s+может)\s+"
    r"(?:\w+\s+)?(?:предоставить|выдать|одобрить|профинансировать|"
    r"кредитовать|открыть|выпустить)(?!\w)|"
    r"(?<!\w)(?:в\s+(?:выдаче\s+|предоставлении\s+)?(?:кредит|гаранти|лимит|финансировани|заявк)\w*|"
    r"(?:кредит|гаранти|заявк|лимит)\w*)\s+(?:\w+\s+)?отказан[оа]?(?!\w)|"
    r"(?<!\w)(?:вынуждены|приходится)\s+(?:вам\s+)?отказать(?!\w)|"
    r"(?<!\w)(?:кредитный\s+комитет|комитет|риск-менеджмент|служба\s+рисков)\s+(?:\w+\s+)?"
    r"не\s+(?:одобрил|согласовал|утвердил)\w*|"
    r"\b(?:credit\s+committee|committee|risk(?:\s+team)?|the\s+bank)\s+(?:has\s+)?(?:declined|"
    r"rejected|did\s+not\s+approve|didn't\s+approve)\b|\bwe\s+(?:are|were)\s+(?:unable|not\s+able)"
    r"\s+to\s+(?:approve|offer|provide|extend|grant|issue)\s+(?:you\s+)?(?:the\s+|a\s+|your\s+)?"
    r"(?:loan|credit|facility|guarantee|limit|financing|overdraft|application)|\bwe\s+(?:have\s+to|"
    r"must)\s+decline\s+(?:your|the)\s+(?:application|request)", _F)
_OUR_REFUSAL_WORDS = ("не готов", "не может", "отказан", "отказать",
                      "не одобр", "не соглас", "не утверд", "declined", "rejected", "approve",
                      "unable", "not able", "decline")


def our_refusal(low: str) -> re.Match[str] | None:
    """Where our letter turns the client down (``OUR_REFUSAL_RE``), or None."""
    if not any(word in low for word in _OUR_REFUSAL_WORDS):
        return None
    return OUR_REFUSAL_RE.search(low)


# The manager's answer to bargaining: the offer bettered, or the floor named («ставка 1,8.
# Ниже не могу», «это наш минимум», "an improved offer", "we can't go any lower").
_ANSWER_TO_BARGAINING = (
    r"улучш[её]нн\w+\s+(?:\w+\s+)?(?:предложени|услови|кп|тариф|цен|ставк)\w*|"
    r"(?:это|—|–)\s+наш\w*\s+минимум(?!\w)|(?<!\w)(?:ниже|дешевле)\s+(?:[\w-]+\s+){0,3}?не\s+(?:могу|можем|"
    r"сможем|получится)(?!\w)|\bimproved\s+(?:offer|terms|proposal|pricing|quote|rate)|"
    r"\b(?:can(?:no|['’])t|cannot)\s+go\s+(?:any\s+)?lower|\b(?:is|['’]s)\s+our\s+(?:absolute\s+)?"
    r"floor\b")
ANSWER_TO_BARGAINING = re.compile(_ANSWER_TO_BARGAINING, _F)
TERMS_RE = re.compile(
    r"(?:(?:снизить|снижени\w*|уменьшить|пересмотреть|улучшить|обсудить|согласовать)\s+"
    r"(?:\w+\s+)?(?:ставк|комисси|цен|тариф|стоимост|услови|процент|дисконт)\w*|скидк\w*|"
    r"встречн\w+\s+предложени\w*|(?:ставк|комисси|тариф|цен)\w*\s+(?:\w+\s+)?(?:выше|высок|дорог)\w*|"
    r"у\s+конкурент\w*|(?:друг\w+|ин\w+)\s+банк\w*\s+предлага\w*|обновл[её]нн\w+\s+(?:кп|предложени)\w*|"
    # another's terms asked to be matched: «Сможете повторить?» after a rival's figure, "can
    # you match that?" (not «можете повторить ссылку?»)
    r"(?<!\w)(?:сможете|можете|могли\s+бы)\s+(?:\w+\s+)?повторить(?=\s*[?!.]|\s+(?:эт|так|их\b|"
    r"услови|ставк|цен|тариф|предложени))|\b(?:can|could)\s+you\s+(?:\w+\s+)?match\s+(?:it|that|"
    r"this|them|their|those)\b|"
    r"\bdiscount|\blower\s+(?:the\s+|your\s+)?(?:rate|fee|price|pricing|margin|commission)|"
    r"\bbetter\s+(?:rate|price|terms|pricing|deal)|\b(?:rate|fee|price|pricing|margin)s?\s+"
    r"(?:is|are|seems?)\s+(?:too\s+|a\s+bit\s+|rather\s+)?high|\bcounter[\s-]?(?:offer|proposal)|"
    # bargaining, not a word that holds its letters: «расторгнуть», «торговая сеть», «торги»
    r"(?<!\w)(?:торг(?:а|у|ом)?|(?:по)?торг(?:уемся|уется|уются|уюсь|оваться|овались|овался|"
    r"овалась)|поторг\w*)(?!\w)|уступ\w*|дешевле|кусается|не\s+устраива\w*|"
    r"(?:убер|исключ)(?:ите|ём|ем)\s+из\s+(?:сметы|кп|предложени|расч[её]т)\w*|"
    r"\bremove\s+[^.!?\n]{0,40}\bfrom\s+(?:the|your)\s+(?:quote|offer|proposal|scope)|"
    r"\d+\s*%\s+(?:less|cheaper|lower)|\bsplit\s+(?:the\s+)?payments?|\btranches?\b|"
    r"\binstal?lments?\b|(?:оплат|предоплат|аванс)\w*\s+(?:\w+\s+)?\d{1,2}\s*/\s*\d{1,2}\b|"
    r"\b\d{1,2}\s*/\s*\d{1,2}\s+(?:payment|split|prepayment)|"
    r"\b(?:above|over|exceeds?)\s+(?:our|the)\s+budget|(?:выше|больше|превыша\w*)\s+(?:нашего\s+)?"
    r"бюджет\w*|не\s+(?:влеза|укладыва|вписыва)\w*\s+в\s+(?:наш\s+)?бюджет|(?<!не\s)(?<!\w)дорог(?:о|овато)(?!\w)|"
    r"\b(?:too|quite|rather|a\s+bit)\s+expensive\b|\bover\s+(?:our|the)\s+budget\b|отсрочк\w*|рассрочк\w*|услови\w+\s+оплаты|"
    r"(?:снизить|уменьшить|пересмотреть)\s+(?:\w+\s+)?(?:цен|стоимост)\w*|"
    r"\bpayment\s+terms|\b(?:reduce|lower)\s+(?:the\s+|your\s+)?(?:price|cost|quote)|"
    r"\bbest\s+(?:price|offer)|\bfinal\s+price|\bprice\s+reduction|"
    # a yes on one term with the client's own figure for another: «залог дадим, но ставка
    # КС+2,75 %», "we can accept the pledge, but the rate at 2.75%"
    r"(?:готов\w*|соглас\w*|дадим|устраива\w*)[^.!?\n]{0,60}?,\s*но\s+(?:ставк|срок|аванс|ковенант|"
    r"комисси|цен|тариф|лимит)\w*\s+[^.!?\n\d]{0,15}\d|\b(?:we\s+can|we\s+could|we\s+are\s+"
    r"(?:ready|fine)|fine\s+with)\b[^.!?\n]{0,60}?,?\s+but\s+(?:the\s+)?(?:rate|price|term|"
    r"advance|fee|covenant|limit)s?\s+[^.!?\n\d]{0,15}\d|"
    # our price set against the market or the client's target: «Выше рынка на 8 %. Целевая
    # 11,40», "above market by 6%, our target price is USD 0.29"
    r"(?<!\w)выше\s+рынк\w*|(?<!\w)целев\w+\s+(?:цен\w*\s+|ставк\w*\s+)?(?:[—–:-]\s*)?(?:\w+\s+)?\d|"
    r"\babove\s+(?:the\s+)?market\b|\btarget\s+(?:price|rate)\s+(?:is\s+|of\s+|would\s+be\s+)?"
    r"(?:usd|eur|rub|gbp|\$|€)?\s*\d|"
    # the manager's answer to bargaining (ANSWER_TO_BARGAINING above)
    + _ANSWER_TO_BARGAINING + "|"
    r"\bnegotiat\w+|\bmatch\s+(?:the|their|this|a)\s+(?:rate|offer|price)|\brevised\s+(?:terms|"
    r"offer|proposal|pricing|quote)|\b(?:reduce|waive)\s+(?:the\s+)?(?:fee|rate|commission)|"
    # The conditions of the contract themselves: penalties, liability, governing law, a price cap.
    r"\bpenalt(?:y|ies)\b|\bliability\s+(?:cap|clause|limit)|\b(?:sign|signed|contract)\s+under\s+"
    r"\w+\s+law|\bgoverning\s+law|\bprice\s+(?:below|under)\b|неустойк\w*|штрафн\w+\s+санкци\w*|"
    r"(?:цен\w*|стоимост\w*)\s+(?:не\s+выше|ниже)\s|штраф\w*|"
    # Other conditions than the ones offered: "a guarantee instead of the pledge", "what can
    # you do on the price", the first payment moved.
    r"\b(?:prefer\w*|rather)\b[^.!?\n]{0,80}\binstead\s+of\b|"
    r"(?:предпочл\w*|предпочита\w*|хотел\w*\s+бы|хотим|просим|нужн\w*)[^.!?\n]{0,80}\bвместо\b|"
    # The client's own figures for the deal's terms: «Просим: аванс 10 %, срок 36 месяцев»,
    # "we would ask for a 15% advance and 48 months"
    r"(?:просим|прошу|хотим|хотели\s+бы|нам\s+нужн\w*)[^.!?\n]{0,40}?(?:аванс\w*|срок\w*|"
    r"ставк\w*|предоплат\w*)\s*(?:[—–-]\s*)?(?:не\s+более\s+|не\s+менее\s+|до\s+|в\s+)?"
    r"\d{1,3}(?:[.,]\d+)?\s*(?:%|мес|лет|год)|"
    # ... or against ours: «8 недель много, нужно 6», «просим 0 руб.», "too long, we need four"
    r"\d[^.!?\n,;]{0,30}?(?<!\w)(?:много|мало|долго)\s*(?:[,—–-]\s*)*(?:нам\s+)?(?:нужн\w*|надо|"
    r"просим|хотим)\s+(?:\w+\s+)?\d|(?<!\w)(?:просим|хотим)\s+\d[\d \u00a0]*(?:руб|₽|%)|"
    r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve)\b)[^.!?\n]{0,40}?\btoo\s+"
    r"(?:long|short|much|little|high|low)\b[^.!?\n]{0,30}?\bwe(?:'d|\s+would)?\s+(?:need|want|"
    r"ask\s+for)\s+\w+|"
    # the client's own figure in a request or a question: "we would ask for 3.25%", "could we do
    # 70%?", «можем ли мы сделать 12 %», «могли бы мы получить 9 500 за метр»
    r"\bwe\s+(?:would\s+|'d\s+)?(?:ask|are\s+asking|request)\s+(?:for\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:usd|eur|rub|gbp|\$|€)?\s*\d[\d,.]*\s*(?:%|k\b|m\b|usd|eur|rub|gbp|per\b)|"
    # (two alternatives, not "(?:could|can)": each keeps a word a letter without it is
    # skipped by, where the common "c" factored out would leave none)
    r"\bcould\s+we\s+(?:do|have|get|agree\s+on|go\s+(?:with|for))\s+(?:it\s+(?:at|for)\s+)?"
    r"(?:usd|eur|rub|gbp|\$|€)?\s*\d[\d,.]*\s*(?:%|k\b|m\b|usd|eur|rub|gbp|per\b|\?)|"
    r"\bcan\s+we\s+(?:do|have|get|agree\s+on|go\s+(?:with|for))\s+(?:it\s+(?:at|for)\s+)?"
    r"(?:usd|eur|rub|gbp|\$|€)?\s*\d[\d,.]*\s*(?:%|k\b|m\b|usd|eur|rub|gbp|per\b|\?)|"
    r"(?:(?:можем|могли)\s+ли\s+(?:бы\s+)?мы|могли\s+бы\s+мы)\s+(?:\w+\s+){0,2}?\d[\d \u00a0]*"
    r"(?:[.,]\d+)?\s*(?:%|руб|₽|тыс|млн)|"
    r"\bwe\s+(?:would\s+|'d\s+)?(?:ask|are\s+asking|need|would\s+need)\s+(?:for\s+)?"
    r"[^.!?\n]{0,30}?\b(?:\d{1,3}\s*%\s*(?:advance|down\s+payment|deposit|prepayment)|"
    r"(?:term|advance)\s+of\s+\d{1,3})|"
    r"\b(?:first|initial|advance|down)\s+payment\b|переторжк\w*|\bbafo\b|\bre-?bid\w*|"
    r"\bbest\s+and\s+final\b|перв\w+\s+(?:плат[её]ж|взнос)\w*|"
    # the offer asked to be bettered, with no word of what: «Можете улучшить?», "Anything you
    # can do?", "Could you sharpen it?"
    r"(?:можете|сможете|могли\s+бы)\s+(?:ещё\s+|еще\s+|как-?то\s+)?улучшить(?=\s*[?.!]|\s+"
    r"(?:предложени|услови|кп))|\b(?:can|could)\s+you\s+(?:improve|sharpen|do\s+better)\b|"
    r"\banything\s+(?:more\s+|else\s+)?you\s+can\s+do\b|"
    # the client's own figure for ours: «Давайте 580 и 12 месяцев», «Сможете 950?», "Can you
    # do 95k?", "could you do it for USD 90,000"
    r"(?<!\w)(?:давайте|сможете|можете|могли\s+бы)\s+(?:за\s+|по\s+)?(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d{2,})"
    r"(?![\d:]|[.,]\d)\s*(?:тыс\.?|млн\.?|руб\w*\.?|k\b)?(?=\s*(?:[,!?;]|\.(?!\d)|и\s|$))|"
    r"\b(?:can|could|would)\s+you\s+do\s+(?:it\s+for\s+)?(?:usd|eur|aed|gbp|\$|€)?\s*\d"
    r"[\d,.]*\s*(?:k|m)?\b(?![:.]\d)|"
    r"по\s+(?:цен|стоимост|ставк|тариф)\w*[^.!?\n]{0,20}что\s+(?:можете|можно|могли\s+бы)\s+"
    r"сделать|\bon\s+(?:the\s+)?(?:price|pricing|rate|fee)s?\b[^.!?\n]{0,20}\bwhat\s+can\s+"
    r"you\s+do)", _F)

#: A penalty another party lays on the client (its supplier, its customer) is the setting of
#: the deal, not a term of ours: «Поставщик грозит штрафом и не отгружает», "our customer has
#: imposed a penalty for the late delivery".
THEIR_PENALTY_RE = re.compile(
    r"(?<!\w)(?:поставщик|покупател|заказчик|контрагент|подрядчик|перевозчик|арендодател|supplier|"
    r"customer|buyer|contractor|carrier|employer|landlord)\w*\s+(?:[\w-]+\s+){0,3}?(?:грозит|грозят|"
    r"выставил\w*|начислил\w*|выкатил\w*|threaten\w*|impos\w*|charg\w*|levied|claim\w*)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:штраф|неустойк|penalt)", _F)


# The deal done beyond its contract's own signature: a paper of the contract signed (a
# specification, an annex, an addendum; an order or application only under a
# framework, since a bank's loan application signed is no sale), or the goods under way: our
# shipment sent, the client's delivery received. Read by clause, never when still to come,
# asked for, denied, a trial or someone else's (its supplier's) delivery.
_PAPER = re.compile(
    r"(?<!\w)(?:спецификаци|допсоглашени|дополнительн\w*\s+соглашени)\w*|(?<!в\s)(?<!\w)приложени\w*\s+к"
    r"|\b(?:specifications?|addend(?:um|a)|amendments?|annex(?:es)?|sow|statement\s+of\s+work)\b",
    _F)
_ORDER = re.compile(r"(?<!\w)(?:заказ|заявк)\w*|\b(?:orders?|call-offs?|po)\b", _F)
_FRAMEWORK = re.compile(r"(?<!\w)рамочн|\b(?:framework|master)\b", _F)
_SIGNED = re.compile(r"(?<!\w)подписан\w*|(?<!\w)подписали\b|\bsigned\b", _F)
# Our side sends the goods: a shipping verb is about goods sold whatever it names.
_SHIPPED = re.compile(r"(?<!\w)отгру(?:зили|зил[аи]?|жен\w*)(?!\w)", _F)
# Sent, received or come: a delivery only when a delivery is named with it.
_CAME = re.compile(r"(?<!\w)(?:отправлен\w*|отправили|доставлен\w*|доставили|получили|пришл[аи]|"
                   r"прибыл[аи]|ушл[аи])(?!\w)|\b(?:shipped|dispatched|left|arrived|received|got|"
                   r"delivered|went\s+out)\b",
                   _F)
_DELIVERY = re.compile(r"(?<!\w)(?:парти|поставк|отгрузк|груз)\w*|\b(?:shipments?|deliver(?:y|ies)|"
                       r"batch(?:es)?|consignments?|cargo|goods)\b", _F)
# A paper came, not goods: «получили ваше предложение по поставке», "the originals were
# shipped by courier".
# The client's word of goods received counts for its first delivery: a later batch told
# come is as often a complaint about it or a trial lot, while the first ends the sale.
_FIRST = re.compile(r"(?<!\w)перв\w*|\b(?:first|initial)\b", _F)
_PAPERS = re.compile(r"(?<!\w)(?:предложени|кп|сч[её]т|письм|документ|оригинал|договор|запрос|"
                     r"заявк|смет|прайс)\w*|\b(?:offers?|proposals?|quotes?|quotations?|invoices?|"
                     r"letters?|documents?|originals?|contracts?|agreements?|requests?|e-?mails?)\b",
                     _F)
_NOT_DONE = re.compile(
    r"(?<!\w)(?:не|ни|ещё|еще)\s|так\s+и\s+не|\b(?:not|yet|never)\b|n['’]t\b|"
    # asked for, not done: «пришлите подписанную спецификацию», "please return the signed ..."
    r"(?<!\w)(?:пришлите|верните|вышлите|направьте|отправьте|ждём|ждем|жду)(?!\w)|"
    r"\b(?:please|kindly|return|send\s+(?:us|me|back)|await\w*|waiting)\b|"
    # a trial or someone else's goods
    r"(?<!\w)(?:пробн|образц|тестов|поставщик)\w*|\b(?:samples?|trial|test|pilot|suppliers?|"
    r"vendors?)\b", _F)
_SENTENCE = re.compile(r"[^.!?;\n]+[.!?;]?", _F)
_CLAUSE = re.compile(r"[^,—–]+", _F)
#: What every clause read by :func:`done_beyond_signature` holds: a signature, a shipment or
#: a delivery by its noun (a cheap test first; "received" alone is in half of all mail).
_DONE_WORDS = ("подпис", "signed", "отгру", "парти", "поставк", "груз", "shipment", "deliver",
               "batch", "consignment", "cargo", "goods")


def done_beyond_signature(low: str, direction: str) -> int | None:
    """Where a clause tells a paper of the contract signed or the goods delivered, or None.

    ``direction``: "out" (our letter: we shipped) or "in" (the client's: it received).
    """
    if not any(word in low for word in _DONE_WORDS):
        return None
    for sentence in _SENTENCE.finditer(low):
        if not any(word in sentence[0] for word in _DONE_WORDS):
            continue
        if sentence[0].rstrip().endswith("?") or _NOT_DONE.search(sentence[0]):
            continue
        for clause in _CLAUSE.finditer(sentence[0]):
            # What comes before in the sentence governs the clause («если…, …», "once …,
            # …"); what follows it does not (", машина будет у вас в четверг").
            if FUTURE_RE.search(sentence[0], 0, clause.end()):
                break
            text, at = clause[0], sentence.start() + clause.start()
            signed = _SIGNED.search(text)
            if signed and (_PAPER.search(text) or (_ORDER.search(text) and _FRAMEWORK.search(text))):
                return at + signed.start()
            shipped = _SHIPPED.search(text) if direction == "out" else None
            if shipped:
                return at + shipped.start()
            came = _CAME.search(text)
            if (came and _DELIVERY.search(text) and not _PAPERS.search(text)
                    and (direction == "out" or _FIRST.search(text))):
                return at + came.start()
    return None
