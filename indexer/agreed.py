"""What counts as an agreed item of a negotiation: one decision for both sides' sentences.

A deal's agreed items (docs/negotiations.md, "What was agreed") are the manager's promises
and the client's commitments. The sentence rules find sentences in which the writer says
it will act (:mod:`indexer.intent` for both sides, ``COMMIT_RE`` of
:mod:`indexer.deal_signals` for the client); :func:`agreed` decides, here and only here,
which of them commit the writer to the deal. Analysis drops the rest before they are
stored, so no screen, rule or figure counts them. A sentence commits nobody when it

* says how long an offer holds ("ставку фиксирую до конца марта", "we will hold the
  rate until 31 December"): a term of the offer (the manager's);
* waits on the writer's own decision ("если решим — подписываем", "if our board
  approves, we will sign"); one waiting on the reader's still commits (the client's);
* asks ("Можно я подъеду в среду?", "Shall I send the draft?"), or puts a meeting or a
  call to the reader with a question after it («Заеду в четверг — вам удобно?»), or an act
  with no day before a question it waits on («Подготовлю расчёт, какой объём нужен?»); a
  delivery before the reader's yes asked («Пришлю проект завтра, хорошо?») or an act with
  its day before another question still commits (:func:`before_question`);
* notes the reader's wish with no day and no document to carry it («Ночные окна ок,
  Гринвич учтём», "we will take it into account"); «учтём в договоре» still commits;
* hedges or only acknowledges ("Сделаем.", "Посмотрю, что можно сделать", "We aim to
  sign by the 18th", "we plan to ship on Monday", "I will try to join", "I'll be in touch"
  with no day), offers its readiness («Готов созвониться по видео», "we are happy to
  send references"; the manager's «могу прислать заявление», "we could drop by on
  Thursday", unless an act promised outright comes before it), or is a bare verb with nothing it acts on («Сергей, посчитаем.», «Я
  приеду.», "Will check.", and after the reader's time accepted: «15 декабря в 14:00 — да,
  приеду»);
* says what is priced separately («страхование посчитаем отдельно», "installation we'll
  quote separately"), with no day and no sending to the reader: the offer's scope;
* proposes and waits for the reader's yes ("Предлагаю созвониться в среду", "I suggest
  we meet on Tuesday"): a date it names is still the next contact (a ``contact_date``
  signal), but nothing is agreed yet (an act in its own clause before the proposal, or
  after it with its own day, still commits); and offers what the reader may need ("Если нужно —
  пришлю образцы", "If you need references, I will send them");
* refers the reader to someone else ("Оценщика подскажу", "I can recommend a valuer");
* tells the client's own needs or business in numbers ("we will need payroll", «нам
  понадобится ещё счёт», "we will have 15 new people", «у нас будет ещё 12 машин»): the
  setting of the deal (the client's);
* turns the deal down ("we'll stay with our own bank", «решили остаться в нашем банке»):
  the deal's loss, read by the stage's own pattern (the client's);
* says who comes along or who the writer is on the deal ("подключу нашего юриста",
  «возьму коллегу из отдела рисков», "I'll take our specialist along",
  "со мной будет инженер", "I'll bring our solutions engineer", "I will be your single
  point of contact", «приглашу нашего финансового директора», "Anna from finance will
  join", "I'll coordinate the visit", and with no day named «приеду одна», "I will come
  with a colleague"): staffing, not something delivered;
* is a step inside the writer's own company that promises the reader nothing (the
  manager's with a day or not, the client's with no day: "уточню у юристов", "с бригадой поговорю", "I'll check with our lawyers",
  «вынесем на наш комитет», "I'll circulate it to the partners"); one
  that ends in an answer to the reader ("согласую с руководством и вернусь с ответом")
  still commits; so is the writer's own people looking a paper over («наши юристы
  посмотрят», "our legal team will go through it"), unless a day or an answer to the
  reader follows;
* is done in the letter itself ("Расскажу: ...", "повторю вопрос", «Резюмирую: ...», "let me explain: ...",
  "I'll be honest", «уточню несколько моментов: ...»), or tells what a meeting will hold
  ("На встрече покажем: ...", "we'll cover: ...", «покажу на встрече», "I'll show you the
  plan at the meeting"; «Приеду, покажу образцы» still promises the visit);
* puts a question off to a later time («вернёмся к вопросу в мае», "we will come back to
  this question after budget approval", "we'll look at it in January"): coming back to
  the reader («вернёмся к вам до конца ноября») still commits;
* acts only under a condition and names no day outside it ("если пришлёте обороты —
  пересчитаю", "if the tender documents require a deposit, we will provide it", "if we do
  not have it by Monday we will go on with the other bidders"): the condition is not met
  yet; a day named for the act itself («выпустим в понедельник, если гарантия придёт»,
  "I will call you tomorrow, if the line is free") still commits, and so does an act whose
  condition is only the reader's yes («если ок — пришлю допсоглашение», "if this works for
  you, I will prepare the draft");
* tells what follows otherwise («иначе уходим к другому банку», "otherwise we will have to
  reconsider"): a consequence, not an act promised;
* advises the reader («рекомендуем открыть аккредитив в юанях», "we'd recommend insuring
  the cargo"): the reader is the one to act;
* estimates how long something takes («юристам понадобится около двух недель», "our
  lawyers will need about two weeks"): a forecast.

The manager's letter also commits our side where its subject is not "I/we" but a named
colleague, a team or the thing itself, with a day («Дмитрий свяжется с вами сегодня»,
"Prepress sends the proofs by Friday", "The proposal will be in your inbox on Monday",
"The signed copy will be sent by Friday", the reader named as the one who will have it: "You
and Karin will have the draft on Monday"), or in a note with no verb and a day ("Quote Monday.", «Отгрузка 23.10.»): :func:`ours_dated`
finds them, and :func:`agreed` still decides. A colleague's past act, the client's own
schedule («Ваш склад принимает по средам») and a question are none.
"""

from __future__ import annotations

import re

from indexer.cue_scan import gated

_F = re.UNICODE | re.IGNORECASE

# How long an offer holds: "ставку фиксируем на I квартал", "фиксирую до конца марта",
# «предложение действует до 31.12», «условия в силе в течение месяца», "the rate is valid
# until 31 December", "validity: 30 days", "offer expires on Friday", "we will hold the
# rate". A term of the offer, not an act promised by a day; said of a price the manager
# names, it makes the letter an offer (:mod:`indexer.deal_signals`).
_VALIDITY = re.compile(
    r"(?<!\w)(?:(?:фиксиру(?:ю|ем)|зафиксиру(?:ю|ем)|(?:цена|ставка|тариф|предложение|условия)"
    r"\s+(?:\w+\s+){0,2}(?:действ\w*|сохран\w*)\s+до|"
    r"(?:действ(?:ует|ительн\w*)|актуальн\w*|в\s+силе)\s+(?:до|в\s+течение)|"
    r"valid(?:ity)?\s*(?:until|till|through|for|to)|offer\s+expires|"
    r"(?:we|i)\s*(?:'ll|’ll|\s+will|\s+can)\s+hold\s+(?:the|this|these|our)\s+"
    r"(?:price|rate|quote|offer)s?)(?!\w)|valid(?:ity)?\s*:)", _F)
_VALIDITY = gated(_VALIDITY)   # the same matches, fewer start positions tried

# The writer's own decision still to be made: "если решим", "если договоримся", "if we
# decide", "if our board approves", «если комитет одобрит» (the reader's, "if you agree",
# is not). A commitment waiting on it is no commitment yet;
# one waiting on the reader ("если согласуете, подпишем до 10-го") still is.
_OWN_DECISION = re.compile(
    r"(?<!\w)(?:если|when|if)\s+(?:(?!(?:you|your|вы|ваш\w*)\s)[^\W\d_]+\s+){0,3}"
    r"(?:реш(?:им|ит|ат)|договор(?:имся|ились)|сойд[её]мся|одобр(?:ит|ят|им)|"
    r"утверд(?:ит|ят|им)|decide|agree|approve|go\s+ahead|sign\s+off)", _F)

# An aim, a plan or a try is no commitment, dated or not: "we aim to sign by the 18th", "we
# plan to ship the samples on Monday", "I will try to join on Tuesday", «планируем
# отгрузить в среду».
_AIM = re.compile(r"(?<!\w)(?:aim(?:s|ing)?\s+to|(?:we|i|they)\s+(?:\w+\s+)?plan(?:s|ned)?\s+to|"
                  r"planning\s+to|try\s+to|trying\s+to|"
                  r"планиру(?:ю|ем)\s+[^\W\d_]+(?:ть|ться|ти))(?!\w)", _F)
# Readiness offered ("Готов созвониться по видео", «готовы привезти образцы», "we are ready
# to come", "happy to send references"): an offer waiting for the reader's wish.
_READY = re.compile(
    r"(?<!\w)(?:(?:я\s+|мы\s+)?(?:готов|готова|готовы)\s+(?:\w+\s+)?[^\W\d_]+(?:ть|ться|ти)|"
    r"(?:i'?m|i\s+am|we'?re|we\s+are|(?<![\w'’])am|are)\s+(?:(?:also|always|more\s+than)\s+)?"
    r"(?:ready|happy|glad|willing)\s+to)(?!\w)", _F)
# What the manager says it could do with no day of its own («могу прислать заявление», «в
# среду буду в городе, могу заехать», "I can send you the template"): an offer of
# readiness, as «готов» is, unless an act promised outright comes before it in the sentence
# («Пришлю договор завтра, могу и скан»); whereabouts before it are none. With its own day
# («можем привезти партию в среду») it is a concrete offer and commits.
_CAN = re.compile(
    r"(?<!\w)(?:(?:я\s+|мы\s+)?(?:могу|можем)\s+(?:\w+\s+)?[^\W\d_]+(?:ть|ться|ти)|"
    r"(?:i|we)\s+(?:could|can)\s+(?:also\s+)?(?!confirm|see|assure|say|tell|only|not|also\b)"
    r"[a-z]+)(?!\w)", _F)
_BE_RU = re.compile(r"^(?:буду|будем)$", _F)


def _offers(sentence: str) -> bool:
    """Whether a sentence only offers what the writer could do (``_CAN``): no clause before
    the offer promises an act of the writer's own other than being somewhere."""
    found = _CAN.search(sentence)
    if found is None:
        return False
    # the offer's own clause with its day is a concrete one the manager stands by
    # («можем привезти партию в среду»)
    after = _CLAUSE.search(sentence, found.end())
    if names_day(sentence[found.start():after.start() if after else len(sentence)]):
        return False
    start = 0
    for cut in [*_CLAUSE.finditer(sentence[:found.start()]), None]:
        end = cut.start() if cut else found.start()
        clause = " ".join(w for w in sentence[start:end].split() if not _BE_RU.match(w.strip(".,")))
        if _own_act(clause):
            return False
        start = cut.end() if cut else end
    return True


# A time the reader named, accepted, with a bare verb («15 декабря в 14:00 — да, приеду»,
# "Thursday 10:00 - great, I'll be there"): the reader's proposal taken, the next contact.
_ACCEPTS = re.compile(
    r"(?:[—–:]|\s-)\s*(?:(?:да|ок|ok|okay|отлично|хорошо|договорились|подходит|удобно|yes|great|"
    r"perfect|fine|works|sure)\W+)+(?:(?:я|мы|i|we)\s*(?:'ll|’ll|\s+will)?\s*)?"
    r"(?:[^\W\d_]+|be\s+there)\W*$", _F)

# A whole sentence that only acknowledges: "Сделаем.", "Ирина, посмотрим.", "Will do."
_ACK = re.compile(
    r"^\W*(?:[^\W\d_]+(?:\s+[^\W\d_]+)?,\s*)?(?:(?:да|ок|ok|okay|хорошо|конечно|отлично|sure|"
    r"yes|fine|great)\W+)?(?:сделаем|сделаю|посмотрим|посмотрю|подумаем|подумаю|учт[её]м|учту|"
    r"will\s+do|we'?ll\s+see|i'?ll\s+see|noted)\W*$", _F)
# The reader's wish noted, with what it is about named («Ночные окна ок, Гринвич учтём.»,
# "your holiday schedule, we will take it into account"): an acknowledgement as «учтём.»
# alone is, unless the sentence puts it into a document («учтём в договоре») or names a day.
_TAKES_NOTE = re.compile(
    r"(?<!\w)(?:учт[её]м|учту|примем\s+(?:во\s+внимание|к\s+сведению)|"
    r"(?:will|'ll|’ll)\s+(?:take\s+(?:it|this|that|them)\s+into\s+account|"
    r"(?:bear|keep)\s+(?:it|this|that|them)\s+in\s+mind))(?!\w)", _F)
_INTO_DOCUMENT = re.compile(
    r"(?<!\w)(?:в|во)\s+(?:\w+\s+)?(?:договор|сч[её]т|проект|кп|предложени|редакци|приложени|"
    r"спецификаци|смет)|\b(?:in|into)\s+(?:the|our|your)\s+(?:\w+\s+)?(?:draft|contract|"
    r"proposal|invoice|agreement|offer|annex|quote)", _F)
# A bare verb with nothing it acts on and no day («Сергей, посчитаем.», «Я приеду.», "Will
# check."): the
# reply to a request, not what will be delivered (the letter's next sentence, «Рынок дам к
# 20-му», says that).
_BARE_VERB = re.compile(
    r"^\W*(?:[^\W\d_]+(?:\s+[^\W\d_]+)?,\s*)?(?:(?:да|ок|ok|okay|хорошо|конечно|sure|yes|fine)\W+)?"
    r"(?:(?:i|we)\s*(?:'ll|’ll|\s+will)\s+|will\s+|(?:я|мы)\s+)?[^\W\d_]+\W*$", _F)

# Vague words of staying in touch or trying, with no day: a day makes them a contact
# planned ("напомню о себе в январе", "I'll ping you in January").
_VAGUE = re.compile(
    r"(?<!\w)(?:посмотр(?:ю|им),?\s+что\s+(?:можно|получится|смогу|сможем|можем)|"
    r"подума(?:ю|ем),?\s+(?:что|как)\s+(?:можно|сделать)|напомн(?:ю|им)\s+о\s+себе|"
    r"буд(?:у|ем)\s+на\s+связи|с\s+удовольствием\s+(?:встреч|приед|присоедин|поучаств)\w*|"
    r"(?:see|check)\s+what\s+(?:i|we)\s+can\s+do|keep\s+you\s+(?:posted|updated|informed|in\s+the\s+loop)|"
    r"(?:be|stay|keep)\s+in\s+touch|(?:happy|glad|delighted)\s+to\s+(?:meet|join|come))", _F)

# A proposal that waits for the reader's yes (it holds back only its own clause: see
# :func:`_proposes`), and an offer on the reader's need (it holds back the whole sentence).
_SUGGESTS = re.compile(
    r"(?<!\w)(?:предлага(?:ю|ем)|(?:i|we)\s+(?:would\s+)?(?:suggest|propose)|how\s+about|"
    r"shall\s+we|why\s+don'?t\s+we)(?!\w)", _F)
_PROPOSES = re.compile(
    r"(?<!\w)(?:"
    r"если\s+(?:вам\s+|это\s+)?(?:нужн|понадоб|интересн|хотите|удобн|необходим)\w*|"
    r"при\s+необходимости|if\s+(?:you|it)\s+(?:\w+\s+)?(?:need|needs|want|wants|like|prefer|"
    r"helps?|would\s+help)|if\s+(?:needed|necessary|helpful|useful|required)|"
    r"should\s+you\s+(?:need|want|wish)|let\s+me\s+know\s+(?:if|and)|"
    r"дайте\s+знать\W+(?:и|тогда))(?!\w)", _F)
# The clauses of a sentence, and an act of the writer's own promised in one of them before
# the proposal ("I'll call you today, and tomorrow I suggest a short meeting", «образцы
# привезём — предлагаю 27 октября») or after it with its own day («предлагаю созвониться
# 8-го, ответ дадим до 9-го»); talking together is the proposal's own content
# («предлагаю встречу, обсудим детали»), not an act beside it.
_CLAUSE = re.compile(r"[,;—–]|\s-\s|(?<!\w)(?:а|но|and|but)(?!\w)", _F)
_OWN_ACT_EN = re.compile(r"(?<!\w)(?:i|we)\s*(?:'ll|’ll|\s+will|\s+shall)\s+(?!discuss|talk|meet|"
                         r"speak|go\s+through)", _F)
_INVITATION = re.compile(r"(?<!\w)(?:приглашени|инвайт|ссылк|invit|link|calendar)", _F)
_TALK_RU = re.compile(r"^(?:обсуд|созвон|встрет|поговор|переговор|увид)", _F)

# A referral: someone else the reader may turn to ("Оценщика подскажу", "партнёров по
# лизингу посоветую", "I can recommend a valuer") is advice, not an act for the deal.
_REFERS = re.compile(
    r"(?<!\w)(?:(?:оценщик|партн[её]р|подрядчик|брокер|лизингов|компани|контакт)\w*\s+"
    r"(?:\w+\s+){0,2}?(?:подскаж|посоветую|порекоменду)\w*|(?:подскаж\w*|посоветую|"
    r"порекоменду\w*)\s+(?:\w+\s+)?(?:оценщик|партн[её]р|подрядчик|брокер|лизингов|компани|"
    r"контакт)\w*|(?:recommend|refer\s+you\s+to|introduce\s+you\s+to)\s+(?:\w+\s+){0,2}?"
    r"(?:valuer|appraiser|partner|broker|contractor|firm|company|lessor|provider)s?)(?!\w)", _F)

_PEOPLE_RU = (r"(?:наш\w*\s+|сво\w*\s+)?(?:\w+(?:ого|его|ую|ых|ой|ый|ий)\s+)?(?:коллег|юрист|инженер|специалист|эксперт|руководител|"
              r"директор|пресейл|технолог|аналитик|методолог|архитектор|консультант)\w*")
_PEOPLE_EN = (r"(?:engineer|lawyer|colleague|specialist|expert|manager|head|director|architect|"
              r"consultant|analyst|counsel|technician)s?")
# Who comes along, or who the writer is on the deal.
_STAFFING = re.compile(
    r"(?<!\w)(?:подключ(?:у|им)\s+(?:к\s+\w+\s+)?(?:наш\w*|сво\w*|" + _PEOPLE_RU + r")|"
    r"со\s+мной\s+(?:буд(?:ет|ут)|приед(?:ет|ут)|подключ\w+)|"

    r"возьм(?:у|ём|ем)\s+(?:с\s+собой\s+|на\s+(?:встречу|переговоры|созвон)\s+)?" + _PEOPLE_RU + r"|"
    r"буду\s+(?:вашим|вашей|основным|главным)\s+(?:\w+\s+)?(?:контакт|менеджер)\w*|"
    r"(?:i|we)\s*(?:'ll|’ll|\s+will)\s+(?:bring|take)\s+(?:along\s+)?(?:our|a|an|my|one\s+of\s+our)\s+"
    r"(?:\w+\s+){0,2}?" + _PEOPLE_EN + r"|will\s+be\s+joined\s+by|"
    r"(?:i|we)\s*(?:'ll|’ll|\s+will)\s+be\s+(?:the|your)\s+(?:\w+\s+){0,2}?"
    r"(?:point\s+of\s+contact|contact\s+person|account\s+manager)|"
    r"(?:приглашу|позову)\s+(?:и\s+|также\s+)?" + _PEOPLE_RU + r"|"
    r"(?:invite|bring\s+in|loop\s+in|involve)\s+(?:our|my)\s+(?:\w+\s+){0,2}?"
    r"(?:" + _PEOPLE_EN + r"|cfo|ceo|cto|team)|(?:from|of)\s+(?:our\s+)?\w+\s+will\s+(?:also\s+)?"
    r"join|(?:i|we)\s*(?:'ll|’ll|\s+will)\s+(?:coordinate|be\s+coordinating)|"
    r"буду\s+координировать)(?!\w)", _F)
_STAFFING = gated(_STAFFING)   # the same matches, fewer start positions tried

# Who comes to a visit with no day named («приеду одна», "I will come with a colleague"):
# a visit with its day is a contact planned, whoever comes.
_COMES_WITH = re.compile(
    r"(?<!\w)(?:(?:приед|подъед|заед)(?:у|ем)\s+(?:одна|один|вдво[её]м|втро[её]м|с\s+коллег\w*)|"
    r"(?:i|we)\s*(?:'ll|’ll|\s+will)\s+(?:come|be\s+there)\s+(?:alone|on\s+my\s+own|with\s+"
    r"(?:a|my|our)\s+colleague))(?!\w)", _F)

# The client's own business told in numbers ("we will have 15 new people", «у нас будет
# ещё 12 машин»): the setting of the deal, not an act promised to it.
_CONTEXT = re.compile(
    r"(?<!\w)(?:(?:we|i)\s*(?:'ll|’ll|\s+will)\s+(?:have|receive|get|need|hire|open|add|employ|"
    r"welcome|take\s+on)\s+(?:about\s+|around\s+|another\s+|some\s+)?(?:\d|new\b|more\b|"
    r"additional\b|a\s+new\b|our\s+new\b)|(?:we|i)\s*(?:'ll|’ll|\s+will)\s+need\b|"
    r"нам\s+(?:будет\s+нуж\w+|понадоб\w+)|у\s+нас\s+(?:будет|будут|появ(?:ится|ятся))|"
    r"(?:получим|наймём|наймем|откроем|примем|добавим)\s+(?:ещ[её]\s+)?(?:\d|нов|дополнительн))",
    _F)

# A step inside the writer's own company: the act and the people it is done with.
_INSIDE_ACT = re.compile(
    r"(?<!\w)(?:уточн(?:ю|им)|соглас(?:ую|уем)|провер(?:ю|им)|обсуж(?:у)|обсудим|"
    r"поговор(?:ю|им)|посовету(?:юсь|емся)|спрош(?:у|им)|узна(?:ю|ем)|передам|"
    r"check|confirm|discuss|consult|clarify|verify|raise|speak|talk|ask|run\s+it\s+by|pass|"
    r"forward|circulate|present|покажу|представ(?:лю|им)|вынес(?:у|ем)|вынос(?:им|ишь)|выношу)(?!\w)", _F)
_INSIDE_WHO = re.compile(
    r"(?<!\w)(?:(?:у|с|со)\s+(?:себя|наш\w*|сво\w*|бригад\w*|команд\w*|отдел\w*|службо\w*|"
    r"бухгалтери\w*|производств\w*|риск\w*|андеррайтер\w*|комплаенс\w*|казначейств\w*|"
    r"кредитчик\w*|безопасност\w*|" + _PEOPLE_RU + r")|"
    r"передам\s+(?:коллег\w*|руководств\w*|команд\w*|в\s+(?:\w+\s+)?отдел)|"
    r"(?:with|to|by)\s+(?:our|my)\s+(?:\w+\s+)?(?:team|" + _PEOPLE_EN + r"|legal|lawyers|"
    r"management|colleagues|boss|crew|board|committee|partners|risk|compliance|underwriters?|"
    r"credit|treasury)|to\s+the\s+(?:partners|board|"
    r"committee|management)|internally|(?:на|нашему|наш\w*)\s+(?:\w+\s+)?(?:комитет|правлени|"
    r"совет)\w*)(?!\w)", _F)
# "передам Алибеку": passing words on to a named colleague (not "передам Вам").
_PASS_ON_NAME = re.compile(r"(?<!\w)[Пп]ередам\s+(?!Вам|Вас|Вашему|Вашей)[А-ЯЁ][а-яё]+(?:у|ю|е|и)\b")
# What answers the reader: a step inside that ends in one still commits.
_TO_READER = re.compile(
    r"(?<!\w)(?:верн(?:усь|[её]мся)|отвеч(?:у|им)|ответим|напиш(?:у|ем)|сообщ(?:у|им)|"
    r"пришл(?:ю|[её]м)|направ(?:лю|им)|отправ(?:лю|им)|вышл(?:ю|ем)|набер(?:у|[её]м)|"
    r"позвон(?:ю|им)|перезвон(?:ю|им)|свяж(?:усь|[её]мся)|дад(?:у|им)\s+знать|дам\s+знать|"
    r"отпиш(?:усь|емся)|верн(?:[её]тся|утся)\s+к\s+вам|ответ(?:ит|ят)\s+вам|"
    r"(?:get|come)\s+back|revert|let\s+you\s+know|send|call\s+you|"
    r"update\s+you|reply|write\s+to\s+you|back\s+to\s+you)(?!\w)", _F)

# The writer's own people looking a paper over («наш юрист посмотрит», «в бухгалтерии
# посмотрят», "our legal team will go through it"): a step inside the writer's company, as
# the writer's own check with them is; with a day, or ending in an answer to the reader
# («юристы посмотрят и вернутся к вам»), it commits.
_STAFF_RU = (r"(?:юрист|бухгалтер|финансист|финансов\w+\s+директор|директор|руководств|"
             r"коллег|правлени|комитет|совет\s+директоров|юридическ\w+\s+(?:служб|отдел))\w*")
_REVIEW_RU = r"(?:посмотр(?:ит|ят)|изуч(?:ит|ат)|провер(?:ит|ят)|рассмотр(?:ит|ят)|ознаком(?:ится|ятся))"
_REVIEWS = re.compile(
    r"(?<!\w)(?:" + _STAFF_RU + r"(?:\s+[^\W\d_]+){0,2}?\s+" + _REVIEW_RU + r"|"
    + _REVIEW_RU + r"(?:\s+[^\W\d_]+)?\s+(?:наш\w*\s+|мо\w+\s+)?" + _STAFF_RU + r"|"
    r"(?:в|у)\s+(?:наш\w+\s+)?(?:бухгалтери|юридическ\w+\s+(?:служб|отдел)|отдел)\w*\s+"
    + _REVIEW_RU + r"|"
    r"(?:our|my)\s+(?:\w+\s+)?(?:lawyers?|legal|counsel|accountants?|finance|cfo|ceo|board|"
    r"team|colleagues|director|boss|partners?|management)(?:\s+(?:team|department|people))?\s*"
    r"(?:will|'ll|’ll|(?:is|are)\s+going\s+to)\s+(?:review|study|check|examine|"
    r"look\s+(?:(?:it|them|this)\s+)?(?:at|over|through|into)|go\s+(?:through|over))|"
    r"(?:lawyers?|legal|counsel|accountants?)\s+(?:will|'ll|’ll)\s+(?:review|look\s+(?:at|over)|"
    r"go\s+(?:through|over)|check))(?!\w)", _F)

# What is priced separately («страхование посчитаем отдельно», "installation we'll quote
# separately"): the scope of the offer, not an act promised; with a day or a sending to the
# reader it still is one.
_CALC = r"(?:посчита|рассчита|просчита|оцен)\w*"
_SEPARATELY = re.compile(
    r"(?<!\w)(?:" + _CALC + r"(?:\s+[^\W\d_]+){0,2}?\s+отдельно|отдельно\s+(?:[^\W\d_]+\s+)?"
    + _CALC + r"|(?:price|quote|cost|calculate|estimate)(?:\s+[^\W\d_]+){0,3}?\s+separately|"
    r"separately\s+(?:priced|quoted|costed|calculated))(?!\w)", _F)

# Done in the letter itself: "Расскажу: ...", "повторю вопрос", "let me explain: ...".
_DONE_HERE = re.compile(
    r"(?<!\w)(?:(?:расскаж(?:у|ем)|поясн(?:ю|им)|объясн(?:ю|им)|отвеч(?:у|аю)|перечисл(?:ю|им)|"
    r"опиш(?:у|ем)|уточн(?:ю|им)|спрош(?:у|им)|explain|outline|answer|summari[sz]e|list|"
    r"clarify|ask)(?!\w)[^.!?:\n]{0,40}:(?!\d)|"
    r"повтор(?:ю|юсь)(?!\w)|напомню,?\s+что|(?:резюмир(?:ую|уем)|подыто(?:жу|жим)|"
    r"to\s+sum\s+up|summing\s+up)(?!\w)|let\s+me\s+(?:remind|repeat|recap|summari[sz]e)|"
    r"to\s+recap|(?:i'?ll|i\s+will|let\s+me)\s+be\s+(?:direct|honest|frank|brief|clear)\b|"
    r"буду\s+(?:краток|кратк\w+|откровен\w+|честн\w+))", _F)


# A condition clause: from "если"/"if" to the end of its clause. What stays outside it is
# the act; a day named there makes the act dated whatever the condition.
_CONDITION = re.compile(
    r"(?<!\w)(?:если(?!\s+(?:честно|что\b))|в\s+случае(?:,?\s+если)?|при\s+условии|"
    r"if|unless|in\s+case|provided\s+that)(?!\w)[^,;:—–.!?\n]*", _F)
# A day named: a date, a time, a day or month word.
_DAY = re.compile(
    r"\d{1,2}[./]\d{1,2}|\d{1,2}:\d\d|\d{1,2}(?:-?го|st|nd|rd|th)?\s+(?:январ|феврал|март|апрел|"
    r"ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
    r"nov|dec)|(?<!\w)(?:сегодня|завтра|послезавтра|понедельник|вторник|сред[уаы]|к\s+среде|четверг|"
    r"пятниц|суббот|воскресень|today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|(?:this|next|end\s+of\s+(?:the\s+)?)\s*week|this\s+(?:morning|afternoon|evening)|later\s+today|(?:на|к)\s+(?:этой|следующей)\s+"
    r"неделе|(?:до\s+)?конца\s+(?:недели|месяца))", _F)
_DAY = gated(_DAY)   # the same matches, fewer start positions tried
# What follows otherwise: "иначе", "в противном случае", "otherwise", "or else".
_OTHERWISE = re.compile(r"(?<!\w)(?:иначе|в\s+противном\s+случае|otherwise|or\s+else)(?!\w)", _F)
# Advice: the reader is to act ("рекомендуем вести расчёты в юанях", "I'd advise you to").
_ADVISES = re.compile(
    r"(?<!\w)(?:рекоменду(?:ю|ем)|совету(?:ю|ем)|(?:i|we)(?:\s*'d|\s+would)?\s+(?:strongly\s+)?"
    r"(?:recommend|advise))(?!\w)", _F)
# How long something takes, said as what it will need or take: a forecast.
_DURATION = re.compile(
    r"(?<!\w)(?:(?:will|'ll|’ll|would)\s+(?:need|take)|(?:займ[её]т|понадоб(?:ится|ятся)|"
    r"потребу(?:ет|ю)тся|уйд[её]т))\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|"
    r"at\s+least\s+|up\s+to\s+|около\s+|примерно\s+|порядка\s+|не\s+менее\s+|до\s+|ещ[её]\s+)?"
    r"(?:(?:\d+|a|an|one|two|three|four|five|six|a\s+couple\s+of|a\s+few|several|одн\w*|дв\w+|"
    r"тр\w+|четыр\w+|пя\w+|пар\w+|несколько)[\s\-–]*)?(?:\d+\s+)?(?:more\s+|working\s+|business\s+|"
    r"рабоч\w+\s+|календарн\w+\s+)?(?:days?|weeks?|months?|hours?|дн|день|недел|месяц|час)\w*", _F)
# What a meeting will hold, listed after a colon ("На встрече покажем: ...", "we'll cover: ...").
# What a meeting will hold, named as where the showing happens («покажу на встрече», «на
# встрече покажу схему», "I'll show you at the meeting"): the meeting is the contact, the
# showing its content. A visit promised with it («Приеду, покажу образцы») still commits.
_SHOWN_AT_MEETING = re.compile(
    r"(?<!\w)(?:(?:покаж(?:у|ем)|продемонстрир(?:ую|уем)|show|demo|present|walk\s+you\s+through)"
    r"(?!\w)(?:\s+[\w-]+){0,10}?\s+(?:на|при)\s+(?:встрече|созвоне|звонке|демо)|"
    r"(?:на|при)\s+(?:встрече|созвоне|звонке)\s+(?:\w+\s+)?(?:покаж(?:у|ем)|продемонстрир(?:ую|уем))|"
    r"(?:show|demo|present|walk\s+you\s+through)(?:\s+[\w-]+){0,10}?\s+(?:at|during|on)\s+(?:the|our)\s+"
    r"(?:meeting|call|demo|session))(?!\w)", _F)
# A question put off to a later time («вернёмся к вопросу в мае», "we will come back to this
# question after budget approval", "we'll look at it in January"): the topic is revisited,
# nothing is promised to the reader; coming back to the reader («вернёмся к вам до конца
# ноября», "we will come back to you") still commits.
_MONTHS_EN = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*"
_DEFERS = re.compile(
    r"(?<!\w)(?:верн(?:[её]мся|усь)\s+к\s+(?:этому\s+|данному\s+|нашему\s+)?(?:вопрос|тем[еуы]|обсуждени|разговор|"
    r"этому(?!\s+(?:письму|предложению)))\w*|"
    r"(?:come|get)\s+back\s+to\s+(?:this|the|that|it)(?:\s+(?:question|topic|matter|issue|subject|"
    r"discussion))?(?!\s+(?:proposal|offer|draft|contract|quote|document))|revisit|"
    r"look\s+(?:at|into)\s+(?:it|this|that)\s+(?:again\s+)?(?:in|after|next)\s+(?:" + _MONTHS_EN +
    r"|the\s+new\s+year|next\s+(?:year|quarter)|spring|summer|autumn|fall|winter|q[1-4]))(?!\w)", _F)

_AGENDA = re.compile(
    r"(?<!\w)(?:покаж(?:у|ем)|продемонстрир\w+|обсуд(?:им)|разбер(?:[её]м)|пройд(?:[её]мся|[её]м)|"
    r"show|cover|go\s+through|walk\s+you\s+through|demo|plan)(?!\w)[^.!?:\n]{0,40}:(?!\d)", _F)


# The reader's yes as the condition ("if this works for you", «если ок», «если устроит»):
# the act is promised on the terms just put, so it commits as an unconditioned one does.
_CONSENT = re.compile(
    r"(?<!\w)(?:works?|suits?|ok|okay|fine|agreed?|approved?|acceptable|convenient|"
    r"ок|устраива\w*|устроит|подходит|подойд[её]т|удобно|соглас\w*|одобр\w*)(?!\w)", _F)
_NOT = re.compile(r"(?<!\w)(?:не|нет|not|no|n't|don't|doesn't)(?!\w)", _F)


def _own_act(clause: str) -> bool:
    """Whether a clause promises an act of the writer's own: "I'll"/"we will", or a Russian
    verb of the first person's future, other than talking together."""
    if _OWN_ACT_EN.search(clause):
        return True
    from indexer.ru_morph import likeliest

    for word in _WORD.findall(clause.lower()):
        if _CYRILLIC.search(word) and not _TALK_RU.match(word):
            tag = likeliest(word).tag
            if "VERB" in tag and "futr" in tag and "1per" in tag:
                return True
    return False


def _proposes(sentence: str) -> bool:
    """Whether a sentence only proposes and waits for the reader's yes: no clause before the
    proposal, nor one after it with a day of its own, promises an act of the writer's."""
    found = _SUGGESTS.search(sentence)
    if found is None:
        return False
    start = 0
    for cut in [*_CLAUSE.finditer(sentence), None]:
        end = cut.start() if cut else len(sentence)
        clause = sentence[start:end]
        # after the proposal, an act with no day of its own is what the meeting proposed
        # holds («предлагаю встречу в пятницу — привезу образцы»), and its invitation the
        # meeting's own errand («— приглашение направлю сегодня же»)
        after = (start > found.start() and names_day(clause)
                 and not _INVITATION.search(clause))
        if (end <= found.start() or after) and _own_act(clause):
            return False
        start = cut.end() if cut else end
    return True


def _conditional(sentence: str) -> bool:
    """Whether the act waits on a condition other than the reader's yes, and no day is
    named outside it."""
    conditions = [c.group() for c in _CONDITION.finditer(sentence)]
    if all(_CONSENT.search(c) and not _NOT.search(c) for c in conditions):
        return False
    return not _DAY.search(_CONDITION.sub(" ", sentence))


def names_day(text: str) -> bool:
    """Whether a text names a day: a date, a time, a day or month word («до 23.10», "by
    Friday", «к концу недели»)."""
    return _DAY.search(text) is not None


def validity(text: str) -> re.Match[str] | None:
    """Where a text first says how long an offer holds."""
    return _VALIDITY.search(text)


def states_validity(sentence: str) -> bool:
    """Whether a sentence says how long an offer holds, not an act to do."""
    return validity(sentence) is not None


def waits_for_own_decision(sentence: str) -> bool:
    """Whether a sentence's promise waits on its writer's own decision."""
    return bool(_OWN_DECISION.search(sentence))


def _declines(sentence: str) -> bool:
    """Whether the client's sentence turns the deal down ("we'll stay with our own bank",
    «решили остаться в нашем банке»): the deal's loss, read where the stage reads it."""
    # deal_signals reads its commitments through this module, so its loss pattern is
    # fetched when first needed.
    from indexer.deal_signals import LOST_RE, cue

    return cue(LOST_RE).search_all(sentence.lower()) is not None


#: The words of the reader's yes asked after what a sentence says ("..., ok?", «..., хорошо?»):
#: a question of these opens a clause of its own (:func:`indexer.promise_rules.question_tail`).
YES_WORDS = (r"ok|okay|alright|fine|good|agreed|хорошо|ок|ладно|нормально|договорились|"
             r"подойд[её]т|подходит")
# The reader's yes asked anywhere in a question that ends the sentence ("is that ok?", «вам
# удобно?»): the words above, and those that ask it in a longer question.
_YES_ASKED = re.compile(
    r"(?<!\w)(?:" + YES_WORDS + r"|works?|suits?|all\s+right|agreed?|acceptable|convenient|"
    r"устраива\w*|устроит|удобно|соглас\w*|против|возража\w*)(?!\w)", _F)


def before_question(sentence: str) -> str | None:
    """What a sentence that ends in a question says before it, when the question is a clause
    of its own after an act («Пришлю договор завтра, хорошо?», "I'll send the draft today,
    who should I copy?"); ``None`` when the sentence asks the act itself ("Shall I send
    it?"), puts a meeting or a call to the reader ("I'll call you at 10, does that work?",
    «Заеду в четверг — где вас найти?»: its time and place wait for the reader's answer, a
    delivery does not), or asks something other than the reader's yes after an act with no
    day («Подготовлю расчёт, какой объём вам нужен?»: the act waits for the answer)."""
    from indexer.intent import _action
    from indexer.promise_rules import question_tail

    low = sentence.lower()
    cut = question_tail(low)
    if cut is None or "?" in low[:cut]:
        return None
    head = low[:cut]
    if _action(head) in ("call", "meet"):
        return None
    if not _YES_ASKED.search(low, cut) and not names_day(head):
        return None
    return sentence[:cut]


def agreed(sentence: str, side: str, *, dated: bool = False) -> bool:
    """Whether a sentence that says its writer will act is an agreed item of the deal.

    ``side`` is ``manager`` or ``client`` (the writer); ``dated`` whether a day was found
    for the act. The classes that are not are listed in the module's docstring.
    """
    if "?" in sentence:
        head = before_question(sentence)
        if head is None:
            return False
        sentence = head
    if side == "manager" and states_validity(sentence):
        return False
    if side == "client" and (waits_for_own_decision(sentence) or _CONTEXT.search(sentence)
                             or _declines(sentence)):
        return False
    if (_AIM.search(sentence) or _ACK.match(sentence)
            or _BARE_VERB.match(sentence) or _ACCEPTS.search(sentence)
            or _READY.search(sentence) or (side == "manager" and _offers(sentence))):
        return False
    if (_PROPOSES.search(sentence) or _proposes(sentence) or _STAFFING.search(sentence) or _DONE_HERE.search(sentence)
            or _REFERS.search(sentence) or _AGENDA.search(sentence)
            or _SHOWN_AT_MEETING.search(sentence) or _DEFERS.search(sentence)):
        return False
    if (_OTHERWISE.search(sentence) or _ADVISES.search(sentence) or _DURATION.search(sentence)
            or _conditional(sentence)):
        return False
    inside = ((_INSIDE_ACT.search(sentence) and _INSIDE_WHO.search(sentence))
              or _PASS_ON_NAME.search(sentence))
    if inside and not _TO_READER.search(sentence) and (not dated or side == "manager"):
        return False
    if not dated:
        if _VAGUE.search(sentence) or _COMES_WITH.search(sentence):
            return False
        if _TAKES_NOTE.search(sentence) and not _INTO_DOCUMENT.search(sentence):
            return False
        if _SEPARATELY.search(sentence) and not _TO_READER.search(sentence):
            return False
        review = _REVIEWS.search(sentence)
        if review and not names_day(sentence) and not _TO_READER.search(sentence, review.end()):
            return False   # what answers the reader follows the review; a request before it does not
    return True


# One thing promised twice in a letter is one agreed item: «Пересоберём ТКП с UEBA …» and
# «Направлю ТКП v3 до 25 ноября», "(I will send it separately)" under "will send you the
# application form by Friday". The things a sentence names: Russian nouns by their lemma
# (and words the analyser does not know: «ТКП», "UEBA"), other words but the verb after
# "will"/"to" and the words of grammar and time (a count of hours is no thing: «акт на 40
# часов» and «по 6 часам пришлю расчёт» are two things).
_TOKEN = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
_CYRILLIC = re.compile(r"[а-яё]")
_VERB_SLOT = re.compile(r"(?:\bwill|\bshall|'ll|’ll|\bto|\bcan|\bcould|\bwould)\s+(?:also\s+)?([a-z]+)")
_GRAMMAR = frozenset("""
    the a an and or of to for with by on in at from this that these those it its our your my their
    you we i me us will shall would can could also then just be is are was were have has had do
    does not no please as so but if all any some more one two both each via per up out off over
    day days week weeks month months morning afternoon evening noon time today tomorrow asap
    hour hours minute minutes year years час минута год
    день дня дней неделя месяц утро вечер обед время раз январь февраль март апрель май июнь
    июль август сентябрь октябрь ноябрь декабрь понедельник вторник среда четверг пятница
    суббота воскресенье january february march april may june july august september october
    november december monday tuesday wednesday thursday friday saturday sunday""".split())


def things(sentence: str) -> set[str]:
    """The things a sentence names (see above), lowercased."""
    from indexer.ru_morph import likeliest

    low = sentence.lower()
    verbs = {m.group(1) for m in _VERB_SLOT.finditer(low)}
    out: set[str] = set()
    for word in _TOKEN.findall(low):
        if word in _GRAMMAR or word in verbs or _DAY.search(word):
            continue
        if _CYRILLIC.search(word):
            parse = likeliest(word)
            if parse.tag.POS not in (None, "NOUN") or parse.normal_form in _GRAMMAR:
                continue
            word = parse.normal_form
        out.add(word)
    return out


def restated(promises: list[tuple[str, bool]]) -> list[bool]:
    """For each ``(sentence, dated)`` promise of one letter, whether it is undated and names
    a thing a dated promise of the same letter names: the dated one is the agreed item."""
    if not any(dated for _, dated in promises) or all(dated for _, dated in promises):
        return [False] * len(promises)
    dated_things = [things(s) for s, dated in promises if dated]
    return [not dated and any(things(s) & named for named in dated_things)
            for s, dated in promises]



# Our side acting with a subject other than "I/we" (see the module's docstring): a verb of
# the future or of a schedule said of someone or something, or a short note with no verb.
_OURS_VERB = re.compile(
    r"(?<!\w)(?:свяж(?:ется|утся)|подготов(?:ит|ят)|пришл(?:ёт|ет|ют)|вышл(?:ет|ют)|"
    r"направ(?:ит|ят)|отправ(?:ит|ят)|запуст(?:ит|ят)|отгруз(?:ит|ят)|подпиш(?:ет|ут)|"
    r"сообщ(?:ит|ат)|позвон(?:ит|ят)|перезвон(?:ит|ят)|привез(?:ёт|ет|ут)|достав(?:ит|ят)|"
    r"выстав(?:ит|ят)|пересчита(?:ет|ют)|будет|будут|приед(?:ет|ут)|"
    r"will(?:\s+(?:also|then))?\s+(?!need|take|have\s+to|be\s+able)[a-z]+|goes\s+out|go\s+out|"
    r"ships?|sends?|follows?|comes?|arrives?|is\s+(?:due|coming|going\s+out)|are\s+(?:due|coming))"
    r"(?!\w)", _F)
# Whose act it is not: "I/we" (the writer's own rules read them), the reader ("you", «вы»,
# «ваш»), or the act is past or wished.
_NOT_OURS = re.compile(
    r"^\W*(?:you|your|вы|ваш\w*|тво\w+)(?!\w)|(?<!\w)(?:you\s*(?:'ll|’ll|will|are|need|can)|"
    r"вы\s+(?:\w+\s+)?\w+(?:ете|ите|ёте|ете)|i|we|i'll|we'll|я|мы|ты|"
    r"would|could|should|might|may|can|если|if|when|когда|was|were|has|had|been|did|"
    # a past participle alone reports an act done; after "be" it is the future passive
    # ("will be sent by Friday"), after "the" a thing named ("the signed copy")
    r"(?<!\bbe\s)(?<!\bthe\s)(?:sent|shipped|called|prepared|delivered|signed)|"
    # the passive's agent the reader ("will be signed by your director"): the reader's act
    r"by\s+(?:you|your)|"
    # waited for, planned, confirmed or thanked for: no act promised («Ждём завтра в 11»,
    # "Wednesday works", "Possible dates are ..."), a term from a day («Полис с 06.11»), an
    # offer's end, and who comes to a visit ("our engineer will come").
    r"жд[её]м|ожида\w*|планиру\w*|подтвержда\w*|спасибо|благодар\w*|пожалуйста|истека\w*|"
    r"thanks?|please|works|confirmed|possible|target|expected|planned|expires?|"
    r"will\s+(?:come|attend|join)|у\s+вас\s+буд(?:ет|ут))(?!\w)|(?<!\w)с\s+\d", _F)
# The reader named as the one who will have our thing ("You and Karin will have the draft on
# Monday", «Вы получите договор завтра»): our delivery, said from the reader's side; not
# the reader's own duty ("you will have to sign").
_RECEIVES = re.compile(
    r"^\W*(?:[^\W\d_]+,\s*)?(?:you(?:\s+and\s+[A-Z][^\W\d_]+)?\s*(?:will|'ll|’ll)\s+"
    r"(?:have|receive|get)(?!\s+to\b)|вы(?:\s+и\s+[А-ЯЁ][^\W\d_]+)?\s+получите)(?!\w)", _F)
_READER = re.compile(r"(?<!\w)(?:you|вы|вас|вам|тебя|тебе)(?!\w)", _F)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# What a note promises, named first: a thing our side delivers.
_NOTE_THING = re.compile(
    r"\s*(?:новая\s+дата\s+)?(?:отгрузк|поставк|доставк|образц|кп|сч[её]т|ответ|решени|макет|"
    r"номер|договор|проект|предложени|расч[её]т|ставк|quote|sample|invoice|proposal|draft|"
    r"contract|proof|offer|answer|decision|deliver|shipment|dispatch|estimate)\w*(?!\w)", _F)
# A day named as a span from the letter ("in a week", «через два дня»).
_SOON = re.compile(r"(?<!\w)(?:in|within|через|в\s+течение)\s+"
                   r"(?:a|one|two|three|four|five|\d+|одну|одной|два|две|двух|три|тр[её]х|пяти|пару)?\s*"
                   r"(?:working\s+|business\s+|calendar\s+|рабоч\w+\s+|календарн\w+\s+)?"
                   r"(?:weeks?|days?|недел\w*|дн\w*)(?!\w)", _F)
_SOON = gated(_SOON)   # the same matches, fewer start positions tried


def ours_dated(sentence: str) -> bool:
    """Whether a sentence of the manager's letter to the client says that our side, named
    otherwise than "I/we", acts on a day, or notes a thing with its day and no verb."""
    receives = _RECEIVES.search(sentence)
    rest = (sentence[:receives.start()] + " " + sentence[receives.end():] if receives
            else sentence)
    if ("?" in sentence or not (_DAY.search(sentence) or _SOON.search(sentence))
            or _NOT_OURS.search(rest)):
        return False
    from indexer.ru_morph import likeliest

    low = sentence.lower()
    tags = [likeliest(w).tag for w in _WORD.findall(low) if _CYRILLIC.search(w)]
    if any(("VERB" in tag and "past" in tag) or "PRTS" in tag for tag in tags):
        return False   # «Дмитрий связался с вами вчера», «комиссия будет списана»
    if receives or _OURS_VERB.search(sentence):
        return True
    if any("VERB" in tag or "INFN" in tag for tag in tags):
        return False   # «Выпуск ожидаем завтра»: a verb of its own, no note
    # A note names what is delivered first («Отгрузка 23.10.»); a line of a plan («• запуск
    # — до 31 марта») or a list of papers is no promise.
    return len(_WORD.findall(sentence)) <= 6 and _NOTE_THING.match(sentence) is not None
    if _READER.search(sentence):
        return False   # "See you on Monday.": the reader's part
