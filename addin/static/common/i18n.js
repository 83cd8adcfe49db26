/* Every word a person reads, in English and Russian. */
(function () {
  "use strict";
  var S = {
    en: {
      title: "dealtrail", loading: "Loading…", retry: "Try again", signOut: "Sign out",
      pairTitle: "Connect dealtrail", pairHelp: "Enter the one-time code your administrator gave you.",
      pairCode: "Pairing code", pairButton: "Connect", pairFailed: "The code was not accepted",
      noItem: "Select a message to see its client.", noClient: "No client found for this message.",
      noClientHint: "The sender and recipients are not in the client directory, or the client is not yours.",
      otherClients: "Also in this message:",
      client: "Client", owner: "Owner", products: "Products", segment: "Segment",
      tiedAddresses: "Addresses tied by a letter", tiedLetter: "the letter",
      deals: "Open deals", noDeals: "No open deals.", loadMore: "Show more", stage: "Stage", amount: "Amount",
      nextContact: "Next contact", none: "not set", expectedClose: "Expected close",
      contacts: "Latest contacts", noContacts: "No contacts yet.",
      promises: "Open promises", noPromises: "No open promises.", due: "due",
      violations: "Violations", noViolations: "No open violations.",
      complaints: "Complaints", noComplaints: "No open complaints.",
      plan: "My plan", planCompany: "Company plan", noPlan: "no plan set", of: "of",
      setStage: "Set stage", setNext: "Next contact", won: "Won", note: "Note",
      save: "Save", cancel: "Cancel", date: "Date", wonAmount: "Won amount", noteText: "Note",
      logComplaint: "Log a complaint", complaintText: "What is the client unhappy about?",
      logCall: "Log a call", callNote: "What came of the call? (optional)",
      saved: "Saved", failed: "Failed", agreements: "Agreements",
      tabClient: "Client", tabTeam: "Team", team: "Team", manager: "Manager",
      openDeals: "Open deals", pipeline: "Pipeline", overdue: "Overdue contacts",
      openViolations: "Violations", openComplaints: "Complaints",
      promiseBy: { manager: "we promised", client: "client asked" },
      source: { calendar: "from calendar", promise: "from a promise", tag: "from a tag reply",
                pane: "set in the pane", import: "imported", call: "from a call",
                client_request: "asked by the client", "": "" },
      channel: { email_out: "email sent", email_in: "email received", meeting: "meeting", call: "call" },
      stages: { lead: "Lead", qualified: "Qualified", proposal: "Proposal", negotiation: "Negotiation",
                contract: "Contract", won: "Won", lost: "Lost" },
      severity: { low: "low", medium: "medium", high: "high" },
      officeMissing: "Office did not load. Open this pane from Outlook.",
      evidence: "Evidence", msgFrom: "From", msgTo: "To", msgCc: "Cc", msgSent: "Sent",
      msgSubject: "Subject", keptText: "Kept text", noKeptText: "No text was kept for this message (privacy tier).",
      timelineKind: { email_out: "email sent", email_in: "email received", meeting: "meeting", call: "call",
                      promise: "we promised", request: "client asked", signal: "signal", change: "change" },
      openInOutlook: "Open in Outlook", quoted: "Quoted", notFound: "Not found, or not yours to see.",
      noEvidence: "No message or event is stored for this item.", backToDashboard: "Back to the dashboard",
      dashboard: "Dashboard", period: "Period", product: "Product", all: "All",
      planFact: "Plan and fact", runRate: "run-rate forecast", weighted: "weighted pipeline",
      fact: "Fact", planAmount: "Plan", dataAsOf: "data as of", never: "never indexed yet",
      accessAudit: "Access audit", noAudit: "Nobody has read anything yet.", auditWhen: "When",
      auditWho: "Who", auditFrom: "From", auditWhat: "What",
      month: "Month", quarter: "Quarter", year: "Year",
      negotiations: "Negotiations", workload: "Workload", sales: "Sales",
      issues: "Complaints and violations", kind: "Kind", status: "Status", summary: "Summary",
      violation: "violation", complaint: "complaint", apply: "Apply", percent: "%",
      inbound: "Inbound", outbound: "Outbound", activeClients: "Active clients",
      byProduct: "By product", byManager: "By manager", previous: "Previous period",
      closedWon: "Won", closedLost: "Lost",
      fieldName: { stage: "stage", created: "created", status: "status", next_contact_at: "next contact",
                   next_contact_source: "next contact source", amount_minor: "amount", currency: "currency",
                   product_id: "product", agreements: "agreements", won_at: "won on", lost_reason: "why lost",
                   expected_close: "expected close", title: "title", manager_id: "manager", client_id: "client",
                   stage_source: "stage set by", stage_evidence: "stage evidence" },
      dealStatus: { open: "open", won: "won", lost: "lost" },
      side: { manager: "we", client: "client" },
      signalKind: { proposal: "proposal sent", contract: "contract sent", won: "won", lost: "lost", terms: "terms",
                    amount: "amount named", close: "close date named", commitment: "commitment", product: "product",
                    thanks: "thanks" },
      promiseStatus: { open: "open", kept: "kept", kept_late: "kept late", broken: "broken", cancelled: "cancelled" }
    },
    ru: {
      title: "dealtrail", loading: "Загрузка…", retry: "Повторить", signOut: "Выйти",
      pairTitle: "Подключение dealtrail", pairHelp: "Введите одноразовый код от администратора.",
      pairCode: "Код подключения", pairButton: "Подключить", pairFailed: "Код не принят",
      noItem: "Выберите письмо, чтобы увидеть клиента.", noClient: "Клиент для этого письма не найден.",
      noClientHint: "Отправителя и получателей нет в справочнике клиентов, или клиент не ваш.",
      otherClients: "Также в письме:",
      client: "Клиент", owner: "Ответственный", products: "Продукты", segment: "Сегмент",
      tiedAddresses: "Адреса, привязанные по письму", tiedLetter: "письмо",
      deals: "Открытые сделки", noDeals: "Открытых сделок нет.", loadMore: "Показать ещё", stage: "Этап", amount: "Сумма",
      nextContact: "Следующий контакт", none: "не назначен", expectedClose: "Ожидаемое закрытие",
      contacts: "Последние контакты", noContacts: "Контактов пока нет.",
      promises: "Открытые обещания", noPromises: "Открытых обещаний нет.", due: "срок",
      violations: "Нарушения", noViolations: "Открытых нарушений нет.",
      complaints: "Жалобы", noComplaints: "Открытых жалоб нет.",
      plan: "Мой план", planCompany: "План компании", noPlan: "план не задан", of: "из",
      setStage: "Этап", setNext: "Контакт", won: "Выиграна", note: "Заметка",
      save: "Сохранить", cancel: "Отмена", date: "Дата", wonAmount: "Сумма сделки", noteText: "Заметка",
      logComplaint: "Записать жалобу", complaintText: "Чем недоволен клиент?",
      logCall: "Записать звонок", callNote: "Чем закончился звонок? (необязательно)",
      saved: "Сохранено", failed: "Ошибка", agreements: "Договорённости",
      tabClient: "Клиент", tabTeam: "Команда", team: "Команда", manager: "Менеджер",
      openDeals: "Сделки", pipeline: "Воронка", overdue: "Просрочено контактов",
      openViolations: "Нарушения", openComplaints: "Жалобы",
      promiseBy: { manager: "мы обещали", client: "клиент просил" },
      source: { calendar: "из календаря", promise: "из обещания", tag: "из ответа с тегом",
                pane: "задан в панели", import: "импорт", call: "из звонка",
                client_request: "по просьбе клиента", "": "" },
      channel: { email_out: "письмо отправлено", email_in: "письмо получено", meeting: "встреча", call: "звонок" },
      stages: { lead: "Лид", qualified: "Квалификация", proposal: "Предложение", negotiation: "Переговоры",
                contract: "Договор", won: "Выиграна", lost: "Проиграна" },
      severity: { low: "низкая", medium: "средняя", high: "высокая" },
      officeMissing: "Office не загрузился. Откройте панель из Outlook.",
      evidence: "Основание", msgFrom: "От", msgTo: "Кому", msgCc: "Копия", msgSent: "Отправлено",
      msgSubject: "Тема", keptText: "Сохранённый текст", noKeptText: "Текст этого письма не сохранялся (уровень приватности).",
      timelineKind: { email_out: "письмо отправлено", email_in: "письмо получено", meeting: "встреча", call: "звонок",
                      promise: "мы обещали", request: "клиент просил", signal: "сигнал", change: "изменение" },
      openInOutlook: "Открыть в Outlook", quoted: "Цитата", notFound: "Не найдено или недоступно вам.",
      noEvidence: "Для этой записи не сохранено ни письма, ни встречи.", backToDashboard: "Вернуться на панель",
      dashboard: "Панель руководителя", period: "Период", product: "Продукт", all: "Все",
      planFact: "План и факт", runRate: "прогноз по темпу", weighted: "взвешенная воронка",
      fact: "Факт", planAmount: "План", dataAsOf: "данные на", never: "данные ещё не загружались",
      accessAudit: "Журнал доступа", noAudit: "Пока никто ничего не смотрел.", auditWhen: "Когда",
      auditWho: "Кто", auditFrom: "Откуда", auditWhat: "Что",
      month: "Месяц", quarter: "Квартал", year: "Год",
      negotiations: "Переговоры", workload: "Загрузка", sales: "Продажи",
      issues: "Жалобы и нарушения", kind: "Тип", status: "Статус", summary: "Суть",
      violation: "нарушение", complaint: "жалоба", apply: "Применить", percent: "%",
      inbound: "Входящие", outbound: "Исходящие", activeClients: "Активные клиенты",
      byProduct: "По продуктам", byManager: "По менеджерам", previous: "Прошлый период",
      closedWon: "Выиграно", closedLost: "Проиграно",
      fieldName: { stage: "этап", created: "создана", status: "статус", next_contact_at: "следующий контакт",
                   next_contact_source: "источник контакта", amount_minor: "сумма", currency: "валюта",
                   product_id: "продукт", agreements: "договорённости", won_at: "дата выигрыша",
                   lost_reason: "причина проигрыша", expected_close: "ожидаемое закрытие", title: "название",
                   manager_id: "менеджер", client_id: "клиент", stage_source: "кто задал этап",
                   stage_evidence: "основание этапа" },
      dealStatus: { open: "открыта", won: "выиграна", lost: "проиграна" },
      side: { manager: "мы", client: "клиент" },
      signalKind: { proposal: "отправлено предложение", contract: "отправлен договор", won: "выиграна",
                    lost: "проиграна", terms: "условия", amount: "названа сумма", close: "названа дата закрытия",
                    commitment: "обязательство", product: "продукт", thanks: "благодарность" },
      promiseStatus: { open: "в силе", kept: "выполнено", kept_late: "выполнено с опозданием", broken: "нарушено",
                       cancelled: "отменено" }
    }
  };
  var lang = "en";
  function setLanguage(tag) {
    lang = String(tag || "").toLowerCase().slice(0, 2) === "ru" ? "ru" : "en";
    document.documentElement.lang = lang;
    return lang;
  }
  // Stage labels come from the server's config ([pipeline.labels_en/_ru]); the built-in ones
  // above are the fallback for a page that has not heard from the server yet.
  var configured = {};
  function setStages(list) {
    (list || []).forEach(function (s) { configured[s.code] = s; });
  }
  function t(key, sub) {
    if (key === "stages" && configured[sub] && configured[sub][lang]) return configured[sub][lang];
    var table = S[lang][key];
    if (sub !== undefined) {
      if (table && Object.prototype.hasOwnProperty.call(table, sub)) return table[sub];
      return String(sub);
    }
    return table === undefined ? key : table;
  }
  // What a failed call says to a person. The server's own words are English (they name the
  // key or id for the log and the administrator); a Russian screen says the same in Russian.
  var ERRORS_RU = {
    0: "нет связи с сервером; проверьте сеть и повторите",
    400: "запрос не принят; проверьте введённые данные",
    401: "код неверен или устарел, либо вход истёк; подключитесь заново",
    403: "нет доступа",
    404: "не найдено или нет доступа",
    409: "данные уже изменились; обновите и повторите",
    413: "слишком большой запрос",
    429: "слишком много попыток; подождите минуту и повторите",
    500: "сервер не смог выполнить запрос; повторите позже"
  };
  function error(err) {
    var status = err && typeof err.status === "number" ? err.status : 0;
    if (lang === "ru") return ERRORS_RU[status] || ERRORS_RU[status >= 500 ? 500 : 400];
    return err && err.message ? err.message : String(err);
  }
  function money(minor, currency) {
    if (minor === null || minor === undefined) return "—";
    var code = currency || "RUB";
    try {
      var fmt = new Intl.NumberFormat(lang === "ru" ? "ru-RU" : "en-US",
        { style: "currency", currency: code, maximumFractionDigits: 0 });
      var digits = new Intl.NumberFormat("en", { style: "currency", currency: code })
        .resolvedOptions().maximumFractionDigits;
      return fmt.format(minor / Math.pow(10, digits));
    } catch (e) { return String(minor) + " " + code; }
  }
  function exponent(currency) {
    try {
      return new Intl.NumberFormat("en", { style: "currency", currency: currency || "RUB" })
        .resolvedOptions().maximumFractionDigits;
    } catch (e) { return 2; }
  }
  function when(iso, tz, withTime) {
    if (!iso) return "—";
    var d = new Date(iso.length === 10 ? iso + "T12:00:00Z" : iso);
    if (isNaN(d.getTime())) return String(iso);
    var opts = { day: "numeric", month: "short", year: "numeric" };
    if (withTime) { opts.hour = "2-digit"; opts.minute = "2-digit"; }
    if (tz) opts.timeZone = tz;
    try { return new Intl.DateTimeFormat(lang === "ru" ? "ru-RU" : "en-GB", opts).format(d); }
    catch (e) { return d.toISOString().slice(0, 10); }
  }
  // A page's own words ({en: {...}, ru: {...}}), added to the shared ones.
  function add(words) {
    Object.keys(words || {}).forEach(function (l) { if (S[l]) Object.assign(S[l], words[l]); });
  }
  window.DT = window.DT || {};
  window.DT.i18n = { t: t, add: add, setLanguage: setLanguage, setStages: setStages, error: error, money: money, when: when,
                     exponent: exponent,
                     get lang() { return lang; } };
})();
