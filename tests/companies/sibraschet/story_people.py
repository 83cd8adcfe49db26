"""People, clients and products of the invented bank "СибРасчётБанк" (Novosibirsk).

Everything here is invented. Each person has: display name, zone, mail client style,
signature (plain text, may be empty) and a role (who they are to the bank).
"""

COMPANY = {
    "name": "АО «СибРасчётБанк» — Управление торгового финансирования и валютного контроля",
    "domain": "sibrasbank.ru",
    "timezone": "Asia/Novosibirsk",
    "as_of": "2026-12-09T18:00:00+07:00",
}

BANK_DISCLAIMER = (
    "----------------------------------------------------------------\n"
    "Настоящее сообщение и любые приложения к нему являются конфиденциальными и "
    "предназначены исключительно для адресата. Если вы получили это сообщение по ошибке, "
    "сообщите отправителю и удалите его. АО «СибРасчётБанк», универсальная лицензия "
    "Банка России № 3412. Информация в письме не является публичной офертой."
)


def _bank_sig(name, title, phone, mobile=None, office="г. Новосибирск, ул. Серебренниковская, 14"):
    lines = ["С уважением,", name, title,
             "Управление торгового финансирования и валютного контроля",
             "АО «СибРасчётБанк»", "Тел.: " + phone]
    if mobile:
        lines.append("Моб.: " + mobile)
    lines.append(office)
    lines.append("www.sibrasbank.ru")
    return "\n".join(lines) + "\n\n" + BANK_DISCLAIMER


MANAGERS = [
    # email, full name, role, extension, timezone, title
    dict(email="m.kovaleva@sibrasbank.ru", name="Ковалёва Марина Игоревна", role="head",
         ext="200", tz="Asia/Novosibirsk", team="Торговое финансирование"),
    dict(email="a.dyachenko@sibrasbank.ru", name="Дьяченко Артём Сергеевич", role="manager",
         ext="211", tz="Asia/Novosibirsk", team="Торговое финансирование"),
    dict(email="o.shabanova@sibrasbank.ru", name="Шабанова Олеся Викторовна", role="manager",
         ext="212", tz="Asia/Novosibirsk", team="Торговое финансирование"),
    dict(email="d.ershova@sibrasbank.ru", name="Ершова Дарья Павловна", role="manager",
         ext="213", tz="Asia/Novosibirsk", team="Торговое финансирование"),
    dict(email="v.kim@sibrasbank.ru", name="Ким Виталий Андреевич", role="manager",
         ext="215", tz="Asia/Vladivostok", team="Торговое финансирование"),
]
MANAGER_EMAILS = [m["email"] for m in MANAGERS]

# person registry: address -> dict(name, tz, style, sig, role, org)
# role: manager | internal | client | intermediary | counterparty | newsletter | cold |
#       thanks | supplier
P = {}


def person(addr, name, tz, style, sig="", role="client", org=None):
    P[addr] = dict(name=name, tz=tz, style=style, sig=sig, role=role, org=org)


NSK = "Asia/Novosibirsk"

# --- the bank -------------------------------------------------------------------------
person("m.kovaleva@sibrasbank.ru", "Ковалёва Марина Игоревна", NSK, "outlook_ru",
       _bank_sig("Марина Ковалёва", "Начальник управления", "+7 (383) 209-41-00, доб. 200",
                 "+7 913 700-21-45"), role="manager")
person("a.dyachenko@sibrasbank.ru", "Дьяченко Артём Сергеевич", NSK, "outlook_ru",
       _bank_sig("Артём Дьяченко", "Ведущий менеджер по работе с экспортёрами",
                 "+7 (383) 209-41-00, доб. 211", "+7 913 914-30-62"), role="manager")
person("o.shabanova@sibrasbank.ru", "Шабанова Олеся Викторовна", NSK, "outlook_ru",
       _bank_sig("Олеся Шабанова", "Главный менеджер, импортные операции",
                 "+7 (383) 209-41-00, доб. 212"), role="manager")
person("d.ershova@sibrasbank.ru", "Ершова Дарья Павловна", NSK, "outlook_ru",
       _bank_sig("Дарья Ершова", "Менеджер ВЭД малого и среднего бизнеса",
                 "+7 (383) 209-41-00, доб. 213", "+7 923 227-51-90"), role="manager")
person("v.kim@sibrasbank.ru", "Ким Виталий Андреевич", "Asia/Vladivostok", "outlook_ru",
       _bank_sig("Виталий Ким", "Ведущий менеджер по торговому финансированию",
                 "+7 (423) 265-18-30, доб. 215", "+7 914 707-36-12",
                 office="Операционный офис «Владивостокский», г. Владивосток, ул. Светланская, 29"),
       role="manager")
person("n.guseva@sibrasbank.ru", "Гусева Наталья Олеговна", NSK, "outlook_ru",
       "Гусева Н.О.\nГлавный специалист отдела валютного контроля\nдоб. 340", role="internal")
person("o.lyapin@sibrasbank.ru", "Ляпин Олег Викторович", NSK, "outlook_ru",
       "О.В. Ляпин\nНачальник отдела финансового мониторинга\nСлужба комплаенс-контроля\nдоб. 410",
       role="internal")
person("s.pak@sibrasbank.ru", "Пак Сергей Эдуардович", NSK, "outlook_ru",
       "Сергей Пак\nДилер, Казначейство\nдоб. 520 / Bloomberg: SPAK3", role="internal")

# --- clients ----------------------------------------------------------------------------
person("p.cherkasov@angarales.ru", "Черкасов Павел Андреевич", "Asia/Krasnoyarsk", "outlook_ru",
       "С уважением,\nЧеркасов Павел Андреевич\nКоммерческий директор\nООО «Ангара Лес»\n"
       "662546, Красноярский край, г. Лесосибирск, ул. Промышленная, 11\n"
       "тел. +7 (39145) 2-18-40, моб. +7 913 512-44-07", org="ООО «Ангара Лес»")
person("buh@angarales.ru", "Зуева Елена Михайловна", "Asia/Krasnoyarsk", "outlook_ru",
       "Зуева Е.М., главный бухгалтер ООО «Ангара Лес»", org="ООО «Ангара Лес»")
person("liuyan@senlinwood.cn", "Liu Yan", "Asia/Shanghai", "foxmail_en",
       "Best regards\nLiu Yan (刘燕)\nManager, Import Dept.\nManzhouli Senlin Wood Trading Co., Ltd.\n"
       "No. 18 Xingye Road, Manzhouli, Inner Mongolia, China\nTel: +86 470 622 8153  "
       "Mob/WeChat: +86 139 4706 2218", role="counterparty",
       org="Manzhouli Senlin Wood Trading Co., Ltd.")

person("a.latysheva@kulunda-grain.ru", "Латышева Анна Геннадьевна", "Asia/Barnaul", "yandex_ru",
       "--\nЛатышева Анна\nфинансовый директор\nООО «Кулундинская зерновая компания»\n"
       "тел. +7 (38566) 2-27-15", org="ООО «Кулундинская зерновая компания»")
person("boyko@kulunda-grain.ru", "Сергей Бойко", "Asia/Barnaul", "iphone_ru", "",
       org="ООО «Кулундинская зерновая компания»")

person("i.grechko@tomlpk.ru", "Гречко Игорь Борисович", "Asia/Tomsk", "outlook_ru",
       "С уважением,\nИ.Б. Гречко\nДиректор по экономике и финансам\nООО «Томская лесопромышленная компания»\n"
       "+7 (3822) 90-14-77", org="ООО «Томская лесопромышленная компания»")

person("o.martynenko@altniva.ru", "Олег Мартыненко", "Asia/Barnaul", "thunderbird_ru",
       "-- \nМартыненко О.П.\nфин. директор ООО «Алтайская нива»\n8 (3852) 55-61-09",
       org="ООО «Алтайская нива»")

person("zakupki@sibmedpostavka.ru", "Тимофеева Инна Сергеевна", NSK, "lotus_ru",
       "С уважением,\nТимофеева Инна Сергеевна\nВедущий специалист отдела закупок\n"
       "ООО «Сибмедпоставка»\n630049, г. Новосибирск, Красный проспект, д. 220, корп. 5, оф. 312\n"
       "тел. (383) 335-72-10 доб. 118", org="ООО «Сибмедпоставка»")

person("a.nosov@sibtechimport.ru", "Андрей Носов", NSK, "outlook_ru",
       "Андрей Носов\nдиректор ООО «СибТехИмпорт»\n+7 923 145-08-31", org="ООО «СибТехИмпорт»")
person("ved@sibtechimport.ru", "Коваль Ирина", NSK, "yandex_ru",
       "Коваль Ирина Валерьевна\nбухгалтер по ВЭД\nООО «СибТехИмпорт»\nт. (383) 286-40-55",
       org="ООО «СибТехИмпорт»")

person("roman@avtodetal-sib.ru", "Роман Гладких", NSK, "iphone_ru", "", org="ООО «АвтоДеталь-Сибирь»")
person("buh@avtodetal-sib.ru", "Савина Ольга", NSK, "yandex_ru",
       "С уважением, Савина О.Н.\nгл. бухгалтер ООО «АвтоДеталь-Сибирь»\n(383) 363-09-90",
       org="ООО «АвтоДеталь-Сибирь»")

person("e.li@vostok-ulov.ru", "Ли Елена Викторовна", "Asia/Vladivostok", "outlook_ru",
       "С уважением,\nЕлена Ли\nФинансовый директор\nООО «Восток-Улов»\n"
       "692904, Приморский край, г. Находка, ул. Портовая, 7\nТел.: +7 (4236) 69-22-40",
       org="ООО «Восток-Улов»")
person("kravets.nhk@mail.ru", "Максим Кравец", "Asia/Vladivostok", "mailru_mobile", "",
       org="ООО «Восток-Улов»")

person("n.shevchuk@amuragro.ru", "Шевчук Николай", "Asia/Yakutsk", "gmail_ru",
       "Шевчук Николай Иванович\nДиректор ООО «Амур-Агро»\nг. Благовещенск\n+7 (4162) 52-30-18",
       org="ООО «Амур-Агро»")

person("g.osipov@portlogistic-dv.ru", "Глеб Осипов", "Asia/Vladivostok", "gmail_ru",
       "Осипов Глеб\nзам. директора\nООО «ПортЛогистик ДВ»\n+7 (423) 279-44-61",
       org="ООО «ПортЛогистик ДВ»")

person("igor.safronov@yandex.ru", "Игорь Сафронов", NSK, "yandex_mobile",
       "", org="ИП Сафронов Игорь Валентинович")

person("g.mukhametova@yandex.ru", "Гульнара Мухаметова", NSK, "yandex_ru",
       "ИП Мухаметова Г.Р.\n8-913-390-12-66", org=None)

person("k.lapin76@mail.ru", "Константин Лапин", NSK, "mailru",
       "Лапин К.С.\nООО ТрансЗапчасть\n+7 961 870-44-15", org="ООО «ТрансЗапчасть»")
person("d.ryabov@sibtranzit.ru", "Рябов Денис", NSK, "outlook_ru",
       "--\nРябов Денис Алексеевич\nспециалист по таможенным операциям\n"
       "ООО «Сибирский Транзит» — таможенный представитель (реестр ФТС № 1043)\n"
       "т. +7 (383) 230-55-81, моб. +7 913 463-20-19", role="intermediary",
       org="ООО «Сибирский Транзит»")

person("t.solovyeva@kedrdvor.ru", "Татьяна Соловьёва", NSK, "gmail_ru",
       "Соловьёва Татьяна\nдиректор по закупкам\nМебельная фабрика «Кедровый двор»\n"
       "г. Бердск, ул. Химзаводская, 9\n+7 (38341) 2-90-64", org="ООО «Мебельная фабрика «Кедровый двор»»")
person("emre.yildiz@egeaksesuar.com.tr", "Emre Yıldız", "Europe/Istanbul", "outlook_en",
       "Best Regards,\nEmre Yıldız\nExport Sales Manager\nEGE AKSESUAR MOBİLYA SAN. VE TİC. A.Ş.\n"
       "Kemalpaşa OSB, 35730 İzmir / TÜRKİYE\nT: +90 232 877 14 60", role="counterparty",
       org="Ege Aksesuar")

person("v.orlova@zapsibtrade.ru", "Орлова Вера Андреевна", NSK, "outlook_ru",
       "С уважением,\nОрлова Вера Андреевна\nЗаместитель финансового директора\nАО «ЗапСибТрейд»\n"
       "Тел.: +7 (383) 319-00-27 доб. 305", org="АО «ЗапСибТрейд»")

# --- outside noise ------------------------------------------------------------------------
person("news@vedexpert.ru", "ВЭД-Эксперт", "Europe/Moscow", "newsletter", "", role="newsletter")
person("digest@bankinform-pro.ru", "Банкинформ PRO", "Europe/Moscow", "newsletter", "", role="newsletter")
person("sales@exportleads.ru", "Алина | ЭкспортЛидс", "Europe/Moscow", "outlook_ru",
       "Алина Морозова\nменеджер по развитию\nЭкспортЛидс — базы данных экспортёров и импортёров\n"
       "+7 (495) 118-40-22", role="cold")
person("hk.paysolution@gmail.com", "Payment Agent HK", "Asia/Hong_Kong", "gmail_en", "", role="cold")
person("n.bazhenova@mail.ru", "Наталья Баженова", NSK, "mailru", "", role="thanks")
person("info@lingva-sib.ru", "Бюро переводов «Лингва-Сиб»", NSK, "outlook_ru",
       "Бюро переводов «Лингва-Сиб»\nменеджер проектов Юлия Серова\n+7 (383) 207-65-43\nlingva-sib.ru",
       role="supplier")

PRODUCTS = [
    dict(code="LC", name_ru="Аккредитивы", name_en="Letters of credit",
         aliases=["аккредитив", "аккредитивы", "импортный аккредитив", "экспортный аккредитив",
                  "авизование", "подтверждение аккредитива", "letter of credit", "L/C", "LC"]),
    dict(code="BG", name_ru="Банковские гарантии", name_en="Bank guarantees",
         aliases=["банковская гарантия", "гарантия платежа", "таможенная гарантия",
                  "гарантия", "bank guarantee", "payment guarantee", "URDG"]),
    dict(code="FXF", name_ru="Валютные форварды", name_en="FX forwards",
         aliases=["форвард", "форвардная сделка", "срочная сделка", "хеджирование",
                  "фиксация курса", "forward"]),
    dict(code="FXC", name_ru="Конверсия и валютные платежи", name_en="FX conversion and payments",
         aliases=["конвертация", "конверсия", "покупка валюты", "спред", "платёж в юанях",
                  "платеж в Китай", "conversion"]),
    dict(code="VK", name_ru="Сопровождение валютного контроля", name_en="Currency control support",
         aliases=["валютный контроль", "постановка на учёт", "постановка контракта на учет",
                  "УНК", "ведомость валютного контроля", "тариф ВЭД", "перевод контракта"]),
    dict(code="EFACT", name_ru="Экспортный факторинг", name_en="Export factoring",
         aliases=["факторинг", "экспортный факторинг", "генеральный договор факторинга",
                  "factoring"]),
    dict(code="ESCROW", name_ru="Эскроу и условное депонирование", name_en="Escrow",
         aliases=["эскроу", "счёт эскроу", "условное депонирование", "escrow"]),
]

# the client directory (clients.csv)
CLIENTS = [
    dict(client="ООО «Ангара Лес»", domains="angarales.ru", owner="a.dyachenko@sibrasbank.ru",
         segment="Экспорт, лесопромышленность", phones="+7 (39145) 2-18-40; +7 913 512-44-07",
         emails="", kind=""),
    dict(client="ООО «Кулундинская зерновая компания»", domains="kulunda-grain.ru",
         owner="a.dyachenko@sibrasbank.ru", segment="Экспорт, зерно",
         phones="+7 (38566) 2-27-15", emails="", kind=""),
    dict(client="ООО «Томская лесопромышленная компания»", domains="tomlpk.ru",
         owner="a.dyachenko@sibrasbank.ru", segment="Экспорт, лесопромышленность",
         phones="+7 (3822) 90-14-77", emails="", kind=""),
    dict(client="ООО «Алтайская нива»", domains="altniva.ru", owner="a.dyachenko@sibrasbank.ru",
         segment="Экспорт, зерно", phones="8 (3852) 55-61-09", emails="", kind=""),
    dict(client="ООО «Сибмедпоставка»", domains="sibmedpostavka.ru",
         owner="o.shabanova@sibrasbank.ru", segment="Импорт, медицинская техника",
         phones="+7 (383) 335-72-10", emails="", kind=""),
    dict(client="ООО «СибТехИмпорт»", domains="sibtechimport.ru", owner="o.shabanova@sibrasbank.ru",
         segment="Импорт, оборудование из КНР", phones="+7 (383) 286-40-55; +7 923 145-08-31",
         emails="", kind=""),
    dict(client="ООО «АвтоДеталь-Сибирь»", domains="avtodetal-sib.ru",
         owner="o.shabanova@sibrasbank.ru", segment="Импорт, автозапчасти",
         phones="+7 (383) 363-09-90; +7 913 020-77-31", emails="", kind=""),
    dict(client="ООО «Восток-Улов»", domains="vostok-ulov.ru", owner="v.kim@sibrasbank.ru",
         segment="Экспорт, рыба и морепродукты", phones="+7 (4236) 69-22-40", emails="", kind=""),
    dict(client="ООО «Амур-Агро»", domains="amuragro.ru", owner="v.kim@sibrasbank.ru",
         segment="Экспорт, соя", phones="+7 (4162) 52-30-18", emails="", kind=""),
    dict(client="ООО «ПортЛогистик ДВ»", domains="portlogistic-dv.ru", owner="v.kim@sibrasbank.ru",
         segment="Импорт, логистика", phones="+7 (423) 279-44-61", emails="", kind=""),
    dict(client="ИП Сафронов Игорь Валентинович", domains="", owner="d.ershova@sibrasbank.ru",
         segment="ИП, маркетплейсы", phones="+7 913 384-72-05", emails="igor.safronov@yandex.ru",
         kind=""),
    dict(client="ООО «ТрансЗапчасть»", domains="transzapchast.ru", owner="d.ershova@sibrasbank.ru",
         segment="Импорт, запчасти для грузовиков", phones="+7 (383) 248-17-06", emails="", kind=""),
    dict(client="ООО «Сибирский Транзит»", domains="sibtranzit.ru", owner="d.ershova@sibrasbank.ru",
         segment="Таможенный представитель", phones="+7 (383) 230-55-81; +7 913 463-20-19",
         emails="", kind="intermediary"),
    dict(client="ООО «Мебельная фабрика «Кедровый двор»»", domains="kedrdvor.ru",
         owner="d.ershova@sibrasbank.ru", segment="Импорт, мебельное производство",
         phones="+7 (38341) 2-90-64", emails="", kind=""),
    dict(client="АО «ЗапСибТрейд»", domains="zapsibtrade.ru", owner="m.kovaleva@sibrasbank.ru",
         segment="Импорт, крупный корпоративный", phones="+7 (383) 319-00-27", emails="", kind=""),
    # clients of the bank who did not write in these eight weeks
    dict(client="ООО «Бердский элеватор»", domains="berdsk-elevator.ru",
         owner="a.dyachenko@sibrasbank.ru", segment="Экспорт, зерно", phones="+7 (38341) 5-11-20",
         emails="", kind=""),
    dict(client="ООО «Сибирские насосы»", domains="sibnasos.ru", owner="o.shabanova@sibrasbank.ru",
         segment="Импорт, оборудование", phones="+7 (383) 299-18-44", emails="", kind=""),
]
