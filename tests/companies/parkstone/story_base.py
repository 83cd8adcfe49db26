"""Parkstone Estate: people, mail clients and the helpers every part of the story uses.

Every message, meeting and call is written by hand in story_part*.py; the labels a head of
leasing would write after reading everything sit next to each item (inbound=, agreed=,
complaint=). build.py turns all of it into Maildirs, .ics files, calls.csv and truth.json.
"""

AS_OF = "2026-12-09T18:00:00+03:00"
TIMEZONE = "Europe/Moscow"
OUR = "parkstone-estate.ru"
OWNERS = "velmont-group.ru"

# ---------------------------------------------------------------- our managers
MANAGERS = {
    "olga.bragina@parkstone-estate.ru": dict(
        name="Ольга Брагина", folder="olga.bragina", role="head", ext="201",
        phone="+7 916 540-11-02", title="Руководитель отдела аренды"),
    "denis.kovalev@parkstone-estate.ru": dict(
        name="Денис Ковалёв", folder="denis.kovalev", role="manager", ext="202",
        phone="+7 916 540-28-17", title="Ведущий брокер, офисная недвижимость"),
    "kseniya.orlova@parkstone-estate.ru": dict(
        name="Ксения Орлова", folder="kseniya.orlova", role="manager", ext="203",
        phone="+7 916 540-36-44", title="Брокер, офисная недвижимость"),
    "marina.safronova@parkstone-estate.ru": dict(
        name="Марина Сафронова", folder="marina.safronova", role="manager", ext="204",
        phone="+7 916 540-47-90", title="Руководитель направления торговой недвижимости"),
    "artem.lykov@parkstone-estate.ru": dict(
        name="Артём Лыков", folder="artem.lykov", role="manager", ext="205",
        phone="+7 916 540-53-21", title="Брокер, складская и индустриальная недвижимость"),
}

OLGA = "olga.bragina@parkstone-estate.ru"
DENIS = "denis.kovalev@parkstone-estate.ru"
KSENIYA = "kseniya.orlova@parkstone-estate.ru"
MARINA = "marina.safronova@parkstone-estate.ru"
ARTEM = "artem.lykov@parkstone-estate.ru"


def _our_sig(addr):
    m = MANAGERS[addr]
    return (
        "С уважением,\n"
        f"{m['name']}\n"
        f"{m['title']}\n"
        "ООО «Паркстоун Эстейт»\n"
        "Дербеневская наб., 11, стр. 1, БЦ «Ривер Плаза», Москва\n"
        f"Тел.: +7 495 120-45-60, доб. {m['ext']} | Моб.: {m['phone']}\n"
        "www.parkstone-estate.ru"
    )


OUR_DISCLAIMER = (
    "Настоящее сообщение и вложения к нему предназначены только для адресата и могут "
    "содержать конфиденциальную информацию. Условия, указанные в письме, не являются "
    "публичной офертой."
)

EN_SIG = {
    OLGA: "Best regards,\nOlga Bragina\nHead of Leasing\nParkstone Estate LLC | River Plaza Business Centre\n"
          "11/1 Derbenevskaya emb., Moscow\nT +7 495 120-45-60 ext. 201 | M +7 916 540-11-02",
    ARTEM: "Best regards,\nArtem Lykov\nLeasing Manager, Warehouses\nParkstone Estate LLC\n"
           "T +7 495 120-45-60 ext. 205 | M +7 916 540-53-21",
}

# ---------------------------------------------------------------- everyone who writes
# style = the writer's mail client: it decides the quote header, the reply prefix, HTML or
# plain, and the Message-ID's shape.
PEOPLE = {}


def person(addr, name, style, sig="", tz="+0300", footer=""):
    PEOPLE[addr] = dict(name=name, style=style, sig=sig, tz=tz, footer=footer)


for _a, _m in MANAGERS.items():
    person(_a, _m["name"], "outlook_ru", _our_sig(_a))

# internal, not managers
person("pavel.grishin@parkstone-estate.ru", "Павел Гришин", "outlook_ru",
       "Павел Гришин\nУправляющий объектом БЦ «Ривер Плаза» / ТП Пятницкая\n"
       "ООО «Паркстоун Эстейт»\nМоб.: +7 903 118-62-40")
person("buh@parkstone-estate.ru", "Бухгалтерия Паркстоун", "outlook_ru",
       "Бухгалтерия ООО «Паркстоун Эстейт»\nТел.: +7 495 120-45-60, доб. 110")
person("r.velyaminov@velmont-group.ru", "Роман Вельяминов", "iphone_ru", "Р.В.")
person("e.gasanov@velmont-group.ru", "Эльдар Гасанов", "outlook_ru",
       "Эльдар Гасанов\nФинансовый директор\nГК «Вельмонт»")

# Coderra (IT company)
person("i.belova@coderra.ru", "Ирина Белова", "gmail_ru",
       "--\nИрина Белова\nОфис-менеджер | Coderra\n+7 495 980-41-17, доб. 100\ncoderra.ru")
person("a.gurevich@coderra.ru", "Алексей Гуревич", "gmail_ru",
       "Алексей Гуревич\nCOO, Coderra Technologies\n+7 925 610-73-48")
person("alexey.gurevich.msk@gmail.com", "Alexey Gurevich", "iphone_ru", "")
person("s.tikhonov@coderra.ru", "Сергей Тихонов", "gmail_ru",
       "С уважением,\nСергей Тихонов\nСтарший юрист ООО «Кодерра Технолоджиз»\n+7 495 980-41-17, доб. 140")

# Tochka Sborki (coworking)
person("n.zharov@tochka-sborki.ru", "Никита Жаров", "yandex",
       "--\nНикита Жаров\nоснователь & CEO «Точка Сборки» — коворкинги для тех, кто делает\n"
       "+7 977 402-15-93 | t.me/zharov_nikita")
person("a.remizova@tochka-sborki.ru", "Анна Ремизова", "yandex",
       "С уважением,\nАнна Ремизова\nФинансовый директор ООО «Точка Сборки»\n+7 495 150-62-38")

# Lindqvist & Hale and their broker
person("i.shestakov@greystone-advisory.ru", "Igor Shestakov", "outlook_en",
       "Игорь Шестаков | Igor Shestakov\nPartner, Tenant Representation\nGreystone Tenant Advisory\n"
       "+7 495 641-27-90 | +7 916 205-33-18\nwww.greystone-advisory.ru")
person("j.whitfield@lindqvisthale.com", "James Whitfield", "outlook_en",
       "James Whitfield\nManaging Partner, Moscow\nLindqvist & Hale Advisory\n"
       "Presnenskaya emb. 10, Moscow | +7 495 221-09-84\n\n"
       "This e-mail and any attachments are confidential and may be privileged. If you are not the "
       "intended recipient, please notify the sender immediately and delete it.")
person("e.zueva@lindqvisthale.com", "Ekaterina Zueva", "outlook_en",
       "Kind regards,\nEkaterina Zueva\nOffice Manager | Lindqvist & Hale Advisory, Moscow\n+7 495 221-09-80")

# Volga-Kredit Bank (formal procurement)
person("kravchenko.ts@vkbank.ru", "Кравченко Тимофей Сергеевич", "bank",
       "С уважением,\nКравченко Тимофей Сергеевич\nГлавный специалист Отдела аренды и эксплуатации недвижимости\n"
       "Административно-хозяйственного управления\nАО «Волга-Кредит Банк»\nТел.: +7 495 777-12-40, доб. 3318\n\n"
       "-----------------------------------------------------------------\n"
       "Информация, содержащаяся в настоящем сообщении, является конфиденциальной и предназначена "
       "исключительно для адресата. АО «Волга-Кредит Банк» не несёт ответственности за сведения, "
       "переданные по незащищённым каналам связи.")
person("zakupki@vkbank.ru", "Закупки АО «Волга-Кредит Банк»", "bank", "")

# Suliko (restaurant chain)
person("n.kuzmina@suliko-group.ru", "Наталья Кузьмина", "outlook_ru",
       "С уважением,\nНаталья Кузьмина\nДиректор по развитию\nООО «Сулико Групп» | рестораны «Сулико»\n"
       "+7 495 363-18-55 | +7 915 202-47-71")
person("gmargvelashvili@gmail.com", "Георгий Маргвелашвили", "iphone_ru", "Г.М.")
person("info@ventproekt-msk.ru", "ВентПроект — Олег Сазонов", "outlook_ru",
       "С уважением,\nОлег Сазонов, ГИП\nООО «ВентПроект»\n+7 495 744-20-19")

# the pick-up points man (not in the directory)
person("ruslan.mamedov77@mail.ru", "Руслан Мамедов", "mailru", "",
       footer="Отправлено из мобильной Почты Mail.ru")

# Denta Lux
person("v.terpetrosyan@denta-lux.ru", "Вероника Тер-Петросян", "mailru",
       "С уважением,\nВероника Аслановна Тер-Петросян\nДиректор по развитию сети клиник «Дента Люкс»\n"
       "+7 495 118-44-90 | +7 926 775-10-32")

# Khlebnaya Lavka
person("d.somov@hlebnaya-lavka.ru", "Дмитрий Сомов", "outlook_ru",
       "С уважением,\nДмитрий Сомов\nМенеджер по развитию сети\nООО «Хлебная Лавка»\n+7 495 532-70-16 | +7 916 833-21-09")

# Medlab Express
person("i.zhukova@medlab-express.ru", "Жукова Ирина Павловна", "outlook_ru",
       "С уважением,\nЖукова Ирина Павловна\nРуководитель отдела аренды\nООО «Медлаб Экспресс»\n"
       "+7 495 660-35-22, доб. 214")
person("k.nosov@medlab-express.ru", "Носов Кирилл", "outlook_ru",
       "С уважением,\nКирилл Носов\nЮрисконсульт ООО «Медлаб Экспресс»\n+7 495 660-35-22, доб. 230")

# Umnikum (online school): HTML-only letters with a big signature
person("p.grigorieva@umnikum.ru", "Полина Григорьева", "html_only",
       "Полина Григорьева\nДиректор по персоналу и офису\nОнлайн-школа «Умникум»\n+7 499 346-81-07\n"
       "umnikum.ru · Учимся с удовольствием!")

# Borodin & partners (existing tenant, The Bat!)
person("a.borodin@borodin-partners.ru", "Андрей Бородин", "thebat",
       "С уважением,\nА.В. Бородин\nУправляющий партнёр\nАдвокатское бюро «Бородин и партнёры»\n"
       "+7 495 287-54-63")
person("e.markova@borodin-partners.ru", "Елена Маркова", "thebat",
       "Елена Маркова\nпомощник управляющего партнёра\nАБ «Бородин и партнёры»\n+7 495 287-54-60")
person("office@artprint-msk.ru", "Арт-Принт", "mailru",
       "С уважением,\nКоллектив ООО «Арт-Принт»")

# the startup founder (gmail, not in the directory)
person("anton.efremov.dev@gmail.com", "Anton Efremov", "gmail_ru",
       "Антон Ефремов\nfounder, Payvo\n+7 985 214-60-93")

# Pharmaline
person("v.golubev@pharmaline.ru", "Голубев Виктор Андреевич", "outlook_ru",
       "С уважением,\nВ.А. Голубев\nДиректор по логистике\nАО «Фармалайн Дистрибуция»\n"
       "Тел.: +7 495 739-20-11, доб. 401\nМоб.: +7 915 090-14-66")
person("e.sharova@pharmaline.ru", "Шарова Елена", "outlook_ru",
       "С уважением,\nЕлена Шарова\nУполномоченное лицо по качеству (GDP)\nАО «Фармалайн Дистрибуция»\n"
       "+7 495 739-20-11, доб. 455")
person("pm@thermovalid.ru", "ТермоВалид — Андрей Лосев", "outlook_ru",
       "Андрей Лосев\nРуководитель проектов по валидации\nООО «ТермоВалид»\n+7 495 989-61-75")

# TransLine
person("s.baranov@transline-log.ru", "Сергей Баранов", "yandex_mobile",
       "С.Баранов\nКоммерческий директор ТрансЛайн Логистик\n+7 903 500-27-64",
       footer="Отправлено из мобильной Яндекс Почты")

# Huaxin
person("li.wei@huaxin-autoparts.com", "Li Wei", "foxmail",
       "Best regards\nLi Wei (李伟)\nSupply Chain Manager\nHuaxin Auto Parts Rus LLC\nMob: +7 916 882-05-37\n"
       "Wechat: liwei_hx", tz="+0800")

# Scandi Home
person("t.khasanov@scandihome.ru", "Тимур Хасанов", "outlook_ru",
       "Тимур Хасанов\nДиректор по логистике\nСканди Хоум — мебель для жизни\n+7 495 215-60-73 | +7 926 404-88-12")
person("e.nor@scandihome.ru", "Елизавета Нор", "gmail_ru",
       "Елизавета Нор\nДиректор по розничной сети\nСканди Хоум\n+7 926 404-91-55")

# suppliers of ours
person("t.melnik@interierstroy.ru", "Тарас Мельник", "outlook_ru",
       "С уважением,\nТарас Мельник\nРуководитель сметного отдела\nООО «ИнтерьерСтрой»\n+7 495 665-03-12")
person("billing@arendaprof.ru", "АрендаПроф — бухгалтерия", "html_only", "")

# newsletters, robots, cold senders
person("digest@cre-digest.ru", "CRE Digest", "newsletter", "")
person("news@arendaprof.ru", "АрендаПроф", "newsletter", "")
person("hello@promo-rost.ru", "Промо-Рост", "mailru", "Дарья, менеджер по развитию\nПромо-Рост — SEO и контекст")
person("vika.nails.studio@mail.ru", "Виктория", "mailru", "", footer="Отправлено из мобильной Почты Mail.ru")
person("invest.kapital2020@yandex.ru", "Игорь", "yandex", "")
person("m.kozlova@hr-cosmos.ru", "Мария Козлова", "outlook_ru",
       "Мария Козлова\nКадровое агентство «Космос»\n+7 495 108-33-71")

# ---------------------------------------------------------------- the story's containers
MESSAGES = []
EVENTS = []
CALLS = []


def M(key, when, frm, to, body, subj=None, cc=(), re=None, fwd=None, attach=(), style=None,
      sig=None, footer=None, quote=True, inbound=None, agreed=(), complaint=None, tz=None,
      headers=None, html=None):
    """One message. when is the writer's local time 'YYYY-MM-DD HH:MM'.

    inbound: for a client's or intermediary's letter to a manager,
        dict(needs=bool, by='<message key>' | 'call:<call key>' | None)
    agreed: commitments in this letter, each dict(side, quote, due, status)
    complaint: dict(about_us=bool, manager=...)
    """
    MESSAGES.append(dict(
        key=key, when=when, frm=frm, to=list(to) if isinstance(to, (list, tuple)) else [to],
        cc=list(cc), subj=subj, body=body.strip("\n"), re=re, fwd=fwd, attach=list(attach),
        style=style, sig=sig, footer=footer, quote=quote, inbound=inbound, agreed=list(agreed),
        complaint=complaint, tz=tz, headers=headers or {}, html=html))


def A(side, quote, due=None, status="open", who=None):
    return dict(side=side, quote=quote, due=due, status=status, who=who)


def E(key, owner, start, end, summary, attendees, organizer=None, location="", description="",
      status="CONFIRMED", rrule=None, client=None, sequence=0):
    EVENTS.append(dict(key=key, owner=owner, start=start, end=end, summary=summary,
                       attendees=list(attendees), organizer=organizer or owner, location=location,
                       description=description, status=status, rrule=rrule, client=client,
                       sequence=sequence))


def C(key, when, manager, direction, phone, talk, status, note="", client=None):
    """One row of the PBX export. talk: seconds of conversation (0 when nobody answered)."""
    CALLS.append(dict(key=key, when=when, manager=manager, direction=direction, phone=phone,
                      talk=talk, status=status, note=note, client=client))
