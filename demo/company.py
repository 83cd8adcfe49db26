"""The demo bank: people, clients, products and the words they write.

Everything here is invented. Names and domains are fictitious; ``.example``
and ``.test``-like domains are avoided only because a bank's real clients
have ordinary domains, and none of these belong to a real company we know of.
"""

from __future__ import annotations

from dataclasses import dataclass

DOMAIN = "demobank.ru"
LOCALE = "ru"                      # [company] locale of the demo bank: the language of its CLI
TAG_ADDRESS = f"deals@{DOMAIN}"
DIGEST_SENDER = f"dealtrail@{DOMAIN}"


@dataclass(frozen=True)
class Person:
    email: str
    name: str
    role: str
    team: str
    timezone: str
    locale: str


HEAD = Person(f"olga.sokolova@{DOMAIN}", "Ольга Соколова", "head", "Corporate", "Europe/Moscow", "ru")
MANAGERS = (
    Person(f"ivan.petrov@{DOMAIN}", "Иван Петров", "manager", "Corporate", "Europe/Moscow", "ru"),
    Person(f"maria.ivanova@{DOMAIN}", "Мария Иванова", "manager", "Corporate", "Europe/Moscow", "ru"),
    Person(f"alexey.smirnov@{DOMAIN}", "Алексей Смирнов", "manager", "Regions",
           "Asia/Yekaterinburg", "ru"),
    Person(f"elena.kuznetsova@{DOMAIN}", "Елена Кузнецова", "manager", "Regions", "Europe/Moscow", "ru"),
    Person(f"john.carter@{DOMAIN}", "John Carter", "manager", "International", "Europe/London", "en"),
)

PRODUCTS = (
    ("credit", "Loans", "Кредиты", ("кредит", "кредитная линия", "loan", "credit line")),
    ("deposit", "Deposits", "Депозиты", ("депозит", "deposit")),
    ("rko", "Cash management", "РКО", ("ркo", "расчетный счет", "cash management")),
    ("acquiring", "Acquiring", "Эквайринг", ("эквайринг", "терминал", "acquiring", "pos")),
)

# (company name, domain, contact name, contact local part, language)
CLIENTS_RU = (
    ("ООО «СтройМонтаж»", "stroymontazh.ru", "Сергей Волков", "s.volkov"),
    ("АО «ТрансЛогистик»", "translogistic.ru", "Наталья Белова", "belova"),
    ("ООО «АгроПром Юг»", "agroprom-yug.ru", "Дмитрий Орлов", "orlov.d"),
    ("ООО «МедТехника»", "medtechnika.ru", "Ирина Зайцева", "zaytseva"),
    ("ПАО «Северсталь-Сервис»", "seversever.ru", "Павел Морозов", "p.morozov"),
    ("ООО «ФармаЛайн»", "pharmaline.ru", "Анна Лебедева", "a.lebedeva"),
    ("ООО «Уральский металл»", "uralmetal.ru", "Константин Новиков", "novikov"),
    ("АО «ЭнергоСбыт Плюс»", "energosbyt-plus.ru", "Юлия Козлова", "kozlova.yu"),
    ("ООО «ТехноПарк»", "technopark-ekb.ru", "Михаил Соловьёв", "m.solovyev"),
    ("ООО «Вкусный дом»", "vkusdom.ru", "Ольга Васильева", "o.vasilyeva"),
    ("ООО «ГородСтрой»", "gorodstroy.ru", "Андрей Павлов", "pavlov"),
    ("ООО «Сибирский лес»", "siblesprom.ru", "Виктор Семёнов", "semenov.v"),
    ("АО «РусТранзит»", "rustransit.ru", "Елизавета Голубева", "golubeva"),
    ("ООО «ИнфоСистемы»", "infosys-spb.ru", "Роман Виноградов", "r.vinogradov"),
    ("ООО «Чистая вода»", "chistayavoda.ru", "Татьяна Богданова", "bogdanova"),
    ("ООО «АвтоДеталь»", "avtodetal.ru", "Николай Фёдоров", "fedorov.n"),
    ("ООО «Молочный край»", "molkray.ru", "Светлана Михайлова", "s.mikhaylova"),
    ("АО «ВолгаХим»", "volgachem.ru", "Григорий Беляев", "belyaev"),
    ("ООО «Северный порт»", "sevport.ru", "Алина Тарасова", "tarasova"),
    ("ООО «Домашний текстиль»", "domtextile.ru", "Евгений Комаров", "komarov"),
    ("ООО «ЮгСтройИнвест»", "ugstroyinvest.ru", "Марина Киселёва", "kiseleva.m"),
    ("ООО «Кедр»", "kedr-tomsk.ru", "Артём Макаров", "makarov"),
    ("ООО «ЭкоФерма»", "ecoferma.ru", "Вера Андреева", "v.andreeva"),
    ("ООО «ПромАвтоматика»", "promavtomatika.ru", "Олег Ковалёв", "kovalev"),
    ("ООО «Телеком Регион»", "telecom-region.ru", "Ксения Ильина", "ilina.k"),
    ("ООО «Аптека Здоровье»", "apteka-zdorovie.ru", "Борис Гусев", "b.gusev"),
    ("ООО «СпортЛайф»", "sportlife-msk.ru", "Дарья Титова", "titova"),
    ("ООО «Нефтесервис»", "neftservice.ru", "Станислав Кузьмин", "kuzmin"),
    ("ООО «Мебельная фабрика Уют»", "uyut-mebel.ru", "Людмила Кудрявцева", "kudryavtseva"),
    ("ООО «Логистика 24»", "logistika24.ru", "Илья Баранов", "baranov.i"),
)
CLIENTS_EN = (
    ("Nordic Timber AB", "nordictimber.se", "Erik Lindqvist", "erik.lindqvist"),
    ("Baltic Freight Ltd", "balticfreight.co.uk", "Sarah Collins", "s.collins"),
    ("Hansa Machinery GmbH", "hansa-machinery.de", "Lukas Weber", "l.weber"),
    ("Caspian Trade LLP", "caspiantrade.kz", "Aigerim Nurlanova", "a.nurlanova"),
    ("Silk Road Textiles", "silkroadtextiles.com", "David Chen", "d.chen"),
    ("Arctic Fisheries AS", "arcticfish.no", "Ingrid Hansen", "ingrid"),
    ("Danube Agro SRL", "danubeagro.ro", "Mihai Popescu", "m.popescu"),
)
# Sole traders write from free mail: matched per person, not per domain.
FREEMAIL_CLIENTS = (
    ("ИП Сидоров А. В.", "mail.ru", "Алексей Сидоров", "sidorov.av"),
    ("ИП Кравченко Е. Н.", "gmail.com", "Елена Кравченко", "e.kravchenko.ip"),
    ("ИП Рахимов Т. Р.", "yandex.ru", "Тимур Рахимов", "rakhimov.tr"),
)

FREEMAIL_DOMAINS = frozenset(domain for _, domain, _, _ in FREEMAIL_CLIENTS)

NEWSLETTER_SENDERS = (
    ("noreply@rbc-news.ru", "РБК Новости", "Главное за день"),
    ("news@cbr-digest.ru", "Банковский дайджест", "Ключевая ставка: что дальше"),
)

SIGNATURE_RU = "\n\n--\nС уважением,\n{name}\n{title}\nДемо Банк, +7 (495) 123-45-67\n"
SIGNATURE_EN = "\n\n--\nBest regards,\n{name}\n{title}\nDemo Bank, +44 20 7946 0000\n"
CLIENT_SIGNATURE_RU = "\n\nС уважением,\n{name}\n{company}\n"
CLIENT_SIGNATURE_EN = "\n\nKind regards,\n{name}\n{company}\n"

TOPICS = {
    "credit": {
        "ru": ("кредитная линия", "Кредитная линия на пополнение оборотных средств",
               "Рассматриваем кредитную линию на {amount} млн руб. на пополнение оборотных средств."),
        "en": ("credit line", "Working capital credit line",
               "We are considering a working capital credit line of {amount} million."),
    },
    "deposit": {
        "ru": ("депозит", "Размещение депозита",
               "Хотим разместить свободные средства на депозите, порядка {amount} млн руб."),
        "en": ("deposit", "Term deposit placement",
               "We would like to place about {amount} million on a term deposit."),
    },
    "rko": {
        "ru": ("РКО", "Переход на обслуживание в Демо Банк",
               "Рассматриваем перевод расчётного обслуживания к вам, оборот около {amount} млн в месяц."),
        "en": ("cash management", "Cash management services",
               "We are looking at moving our cash management to you, turnover about {amount} million a month."),
    },
    "acquiring": {
        "ru": ("эквайринг", "Эквайринг для торговых точек",
               "Нужен эквайринг для {amount} торговых точек."),
        "en": ("acquiring", "Card acquiring for our stores",
               "We need card acquiring for {amount} stores."),
    },
}

CLIENT_QUESTIONS = {
    "ru": ("Подскажите, пожалуйста, какие условия вы можете предложить?",
           "Можете прислать тарифы и проект договора?",
           "Когда сможем обсудить детали?"),
    "en": ("Could you tell us what terms you can offer?",
           "Can you send us your tariffs and a draft agreement?",
           "When can we discuss the details?"),
}
MANAGER_REPLIES = {
    "ru": ("Спасибо за обращение! Готовы предложить индивидуальные условия.",
           "Добрый день! Благодарю за интерес к нашему банку.",
           "Спасибо, получил ваш запрос, уже прорабатываем."),
    "en": ("Thank you for reaching out! We can offer individual terms.",
           "Good afternoon! Thanks for your interest in our bank.",
           "Thanks, I got your request and we are already working on it."),
}
# (kind, text with {due} placeholder, due phrase builder key)
PROMISES = {
    "ru": (
        ("send", "Пришлю коммерческое предложение {due}."),
        ("send", "Направлю вам проект договора {due}."),
        ("call", "Перезвоню вам {due}, обсудим ставку."),
        ("send", "Подготовлю и вышлю расчёт {due}."),
    ),
    "en": (
        ("send", "I'll send you the proposal {due}."),
        ("send", "I will send the draft agreement {due}."),
        ("call", "I'll call you {due} to discuss the rate."),
        ("send", "I will prepare and send the calculation {due}."),
    ),
}
FULFILMENTS = {
    "ru": ("Как и обещал, направляю коммерческое предложение во вложении.",
           "Высылаю документы во вложении, жду ваших комментариев."),
    "en": ("As promised, please find the proposal attached.",
           "Please find the documents attached; looking forward to your comments."),
}
THANKS = {
    "ru": ("Спасибо, получили. Изучим и вернёмся с вопросами.", "Благодарим, всё получили."),
    "en": ("Thanks, received. We'll review and come back with questions.", "Thank you, got it."),
}
COMPLAINTS = {
    "ru": ("Мы крайне недовольны обслуживанием: платёж завис уже третий день, и никто не отвечает "
           "на звонки. Просим срочно разобраться.",
           "Это уже вторая жалоба: терминалы не работают с понедельника, мы теряем выручку. "
           "Возмущены отношением банка."),
    "en": ("We are very unhappy with the service: our payment has been stuck for three days and nobody "
           "answers the phone. Please sort this out urgently.",
           "This is unacceptable: the card terminals have been down since Monday and we are losing "
           "sales. We expect a call back today."),
}
COMPLAINT_REPLIES = {
    "ru": "Приносим извинения за неудобства. Передал вопрос в операционный отдел, держу на контроле.",
    "en": "I apologise for the inconvenience. I have escalated it to operations and I'm on it.",
}
UNANSWERED_QUESTIONS = {
    "ru": ("Добрый день! Подскажите, пожалуйста, можно ли увеличить лимит по карте до конца месяца? "
           "Ответьте, пожалуйста, как можно скорее.",
           "Здравствуйте! Пришлите, пожалуйста, выписку за октябрь и справку об оборотах?"),
    "en": ("Hello! Could you please confirm whether we can raise the limit before month end? "
           "Please reply as soon as you can.",
           "Hi, can you send us the October statement and a turnover certificate?"),
}
MEETING_TITLES = {
    "ru": ("Встреча: {topic}", "Переговоры по условиям: {topic}"),
    "en": ("Meeting: {topic}", "Terms discussion: {topic}"),
}
FOLLOWUPS = {
    "ru": "Спасибо за встречу! Коротко фиксирую договорённости: {topic}, следующий шаг — согласование условий.",
    "en": "Thank you for the meeting! A short summary: {topic}; the next step is agreeing the terms.",
}

# Everyday service traffic: ((subject, question), answer without any promise, thanks).
ROUTINE = {
    "ru": (
        (("Доступ в интернет-банк", "Добрый день! Как добавить ещё одного пользователя в интернет-банк?"),
         "Добрый день! Достаточно заявления от руководителя в свободной форме, права настраиваются "
         "в разделе «Пользователи».", "Спасибо, всё получилось."),
        (("Выписка по счёту", "Здравствуйте! Где в интернет-банке найти выписку в формате 1С?"),
         "Здравствуйте! Раздел «Счета», кнопка «Экспорт», формат «1С: Предприятие».",
         "Нашли, благодарим."),
        (("Лимит по карте", "Коллеги, какой сейчас дневной лимит снятия наличных по корпоративной карте?"),
         "Добрый день! Лимит 500 000 руб. в сутки, его можно изменить в настройках карты.",
         "Понятно, спасибо."),
        (("Реквизиты", "Подскажите, пожалуйста, корреспондентский счёт банка?"),
         "Добрый день! Корреспондентский счёт 30101810400000000225, БИК 044525225.",
         "Спасибо!"),
    ),
    "en": (
        (("Online banking access", "Hello, how do we add one more user to online banking?"),
         "Hello! A short letter from your director is enough; rights are set in the Users section.",
         "Thanks, it worked."),
        (("Statement format", "Hi, where can we download the statement in MT940 format?"),
         "Hi! Accounts, then Export, then choose MT940.", "Found it, thank you."),
        (("Card limit", "What is the current daily cash limit on the corporate card?"),
         "Good afternoon! It is RUB 500,000 a day; you can change it in the card settings.",
         "Clear, thanks."),
    ),
}

# The slipped deal: a close date inside the month, then moved past the quarter.
SLIP_SUBJECT = {"ru": "Сроки подписания", "en": "Signing timeline"}
SLIP = {
    "ru": ("Подпишем договор до конца ноября.",
           "К сожалению, подписание переносится на январь."),
    "en": ("We plan to sign the agreement by the end of November.",
           "Unfortunately, the signing moves to January."),
}
SLIP_ACK = {"ru": "Отлично, ориентируемся на эти сроки.", "en": "Great, noted on our side."}
WEEKDAYS_ACC_RU = ("в понедельник", "во вторник", "в среду", "в четверг", "в пятницу",
                   "в субботу", "в воскресенье")
MONTHS_GEN_RU = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                 "сентября", "октября", "ноября", "декабря")
CALL_ACK = {"ru": "Договорились!", "en": "Sounds good."}
