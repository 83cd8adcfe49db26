/* The read pane: the selected message's client, deals, promises and quick actions.
   Everything that came from mail or the database is put in with textContent (DT.h). */
(function () {
  "use strict";
  var h = function () { return window.DT.h.apply(null, arguments); };
  var clear = function (n) { return window.DT.clear(n); };
  var I = window.DT.i18n, api = window.DT.api, t = I.t;
  var state = { user: null, data: null, tab: "client", seq: 0, addresses: [], subject: "" };

  function app() { return document.getElementById("app"); }
  function announce(text, isError) {
    document.getElementById("live").textContent = text;
    var notice = document.getElementById("notice");
    notice.textContent = text;
    notice.className = "notice" + (isError ? " error" : "");
    notice.hidden = false;
    window.clearTimeout(announce.timer);
    announce.timer = window.setTimeout(function () { notice.hidden = true; }, isError ? 8000 : 2500);
  }

  function loading() {
    clear(app()).appendChild(h("p", { class: "state", "aria-busy": "true" },
      h("span", { class: "spinner", "aria-hidden": "true" }), h("span", { text: t("loading") })));
  }

  function showError(err, retry) {
    if (err && err.status === 401) { api.setToken(null); return pair(); }
    clear(app()).appendChild(h("div", { class: "state error", role: "alert" },
      h("p", { text: t("failed") + ": " + I.error(err) }),
      retry ? h("button", { type: "button", onclick: retry, text: t("retry") }) : null));
  }

  /* Sender first, then To and Cc, as plain addresses. */
  function itemAddresses(item) {
    var out = [];
    function add(x) {
      if (!x) return;
      var a = x.emailAddress || x.address || x;
      if (typeof a === "string" && a.indexOf("@") > 0 && out.indexOf(a.toLowerCase()) < 0) {
        out.push(a.toLowerCase());
      }
    }
    add(item.from); add(item.sender);
    (item.to || []).forEach(add); (item.cc || []).forEach(add);
    return out;
  }

  function loadItem() {
    var mailbox = window.Office && window.Office.context && window.Office.context.mailbox;
    var item = mailbox && mailbox.item;
    if (!item) {
      state.addresses = []; state.subject = "";
      clear(app()).appendChild(h("p", { class: "state", text: t("noItem") }));
      return;
    }
    state.addresses = itemAddresses(item);
    state.subject = typeof item.subject === "string" ? item.subject : "";
    var seq = ++state.seq;
    loading();
    var query = state.addresses.map(function (a) { return "email=" + encodeURIComponent(a); }).join("&");
    api.call("GET", "/api/pane?" + query).then(function (data) {
      if (seq !== state.seq) return;          // a newer message was selected meanwhile
      I.setStages(data.stage_labels);
      state.data = data; state.user = data.viewer;
      renderTabs();
      render();
    }).catch(function (err) { if (seq === state.seq) showError(err, loadItem); });
  }

  function reloadClient(clientId) {
    var seq = ++state.seq;
    return api.call("GET", "/api/clients/" + encodeURIComponent(clientId)).then(function (data) {
      if (seq !== state.seq) return;
      I.setStages(data.stage_labels);
      data.addresses = state.data ? state.data.addresses : [];
      data.others = state.data ? state.data.others : [];
      state.data = data;
      render();
    });
  }

  function renderTabs() {
    var nav = document.getElementById("tabs");
    clear(nav);
    var head = state.user && state.user.sees_everything;
    nav.hidden = !head;
    if (!head) return;
    [["client", t("tabClient")], ["team", t("tabTeam")]].forEach(function (pair) {
      nav.appendChild(h("button", {
        type: "button", role: "tab", "aria-selected": state.tab === pair[0] ? "true" : "false",
        text: pair[1], onclick: function () { state.tab = pair[0]; renderTabs(); render(); }
      }));
    });
  }

  function render() {
    if (state.tab === "team") return renderTeam();
    var d = state.data, root = clear(app());
    if (state.subject) root.appendChild(h("div", { class: "subject", id: "subject", text: state.subject }));
    if (!d.client) {
      root.appendChild(h("div", { class: "state", id: "no-client" },
        h("p", { text: t("noClient") }), h("p", { class: "small", text: t("noClientHint") })));
      root.appendChild(planStrip(d.plan));
      return;
    }
    root.appendChild(clientCard(d));
    root.appendChild(block("deals", t("deals"), d.deals, t("noDeals"), dealCard));
    root.appendChild(block("promises", t("promises"), d.promises, t("noPromises"), promiseItem));
    root.appendChild(block("violations", t("violations"), d.violations, t("noViolations"), violationItem));
    root.appendChild(complaintsBlock(d));
    root.appendChild(contactsBlock(d));
    root.appendChild(planStrip(d.plan));
  }

  function block(id, title, items, empty, renderItem) {
    var list = h("ul", { class: "list" });
    (items || []).forEach(function (x) { list.appendChild(renderItem(x)); });
    return h("section", { class: "block", id: "block-" + id, "aria-labelledby": "h-" + id },
      h("h2", { id: "h-" + id }, title, h("span", { class: "badge", text: String((items || []).length) })),
      (items && items.length) ? list : h("p", { class: "muted small", text: empty }));
  }

  function clientCard(d) {
    var c = d.client;
    var products = (c.products || []).map(function (p) { return I.lang === "ru" ? p.ru : p.en; }).join(", ");
    var card = h("section", { class: "card", id: "client-card", "aria-label": t("client") },
      h("div", { class: "client-name", id: "client-name", text: c.name }),
      h("dl", { class: "kv" },
        h("dt", { text: t("owner") }), h("dd", { id: "client-owner", text: c.owner ? c.owner.name : "—" }),
        c.segment ? [h("dt", { text: t("segment") }), h("dd", { text: c.segment })] : null,
        h("dt", { text: t("products") }), h("dd", { text: products || "—" })));
    if (c.ties && c.ties.length) card.appendChild(tiesList(c.ties));
    if (d.others && d.others.length) {
      var picker = h("div", { class: "actions small" }, h("span", { class: "muted", text: t("otherClients") }));
      d.others.forEach(function (o) {
        picker.appendChild(h("button", { type: "button", text: o.name,
          onclick: function () { loading(); reloadClient(o.id).catch(function (e) { showError(e); }); } }));
      });
      card.appendChild(picker);
    }
    return card;
  }

  /* Free-mail addresses the indexer took for this client: why (the clue) and the letter
     that showed it, which opens as evidence. Text only via textContent. */
  function tiesList(ties) {
    var list = h("ul", { class: "list small", id: "client-ties", "aria-label": t("tiedAddresses") });
    ties.forEach(function (x) {
      var letter = x.message === null || x.message === undefined ? null
        : h("a", { href: "/dashboard/evidence?message=" + encodeURIComponent(x.message),
                   target: "_blank", rel: "noopener",
                   text: t("tiedLetter") + (x.sent_at ? " " + I.when(x.sent_at, state.user.timezone, true) : "") });
      list.appendChild(h("li", { class: "tie", "data-clue": x.clue },
        h("span", { class: "tie-address", text: x.address }), " — ",
        h("span", { class: "muted", text: (x.why || {})[I.lang] || x.clue }),
        letter ? [" · ", letter] : null));
    });
    return h("div", { class: "ties" }, h("div", { class: "muted small", text: t("tiedAddresses") }), list);
  }

  function dealCard(deal) {
    var tz = state.user.timezone;
    var li = h("li", { class: "card deal", "data-deal": String(deal.id) });
    var next = deal.next_contact_at
      ? I.when(deal.next_contact_at, tz, true) + (deal.next_contact_source ? " · " + ((deal.next_contact_source_label || {})[I.lang] || t("source", deal.next_contact_source)) : "")
      : t("none");
    var product = deal.product ? (I.lang === "ru" ? deal.product.ru : deal.product.en) : "";
    li.appendChild(h("div", { class: "deal-head" },
      h("span", { class: "deal-title", text: deal.code + (deal.title ? " · " + deal.title : "") }),
      h("span", { class: "badge", text: t("stages", deal.stage) })));
    li.appendChild(h("dl", { class: "kv" },
      h("dt", { text: t("amount") }), h("dd", { class: "amount", text: I.money(deal.amount_minor, deal.currency)
        + ((deal.amount_source_label || {})[I.lang] ? " · " + deal.amount_source_label[I.lang] : "") }),
      product ? [h("dt", { text: t("products") }), h("dd", { text: product })] : null,
      h("dt", { text: t("nextContact") }), h("dd", { class: "next-contact", text: next }),
      deal.expected_close ? [h("dt", { text: t("expectedClose") }), h("dd", { text: I.when(deal.expected_close) })] : null,
      deal.manager && deal.manager.name ? [h("dt", { text: t("manager") }), h("dd", { text: deal.manager.name })] : null));
    if (deal.agreements) li.appendChild(h("div", { class: "agreements", text: deal.agreements }));
    var agreed = window.DT.agreedList(deal.agreed, tz);
    if (agreed) li.appendChild(agreed);
    if (deal.can_change) li.appendChild(dealActions(deal));
    return li;
  }

  function dealActions(deal) {
    var box = h("div");
    var stageSelect = h("select", { "aria-label": t("setStage") + " " + deal.code, class: "stage-select" });
    (state.data.stages || []).forEach(function (s) {
      var opt = h("option", { value: s, text: t("stages", s) });
      if (s === deal.stage) opt.selected = true;
      stageSelect.appendChild(opt);
    });
    stageSelect.addEventListener("change", function () {
      act(deal.id, "stage", { stage: stageSelect.value });
    });
    var formSlot = h("div");
    function open(kind) {
      clear(formSlot);
      var field, label, payload;
      if (kind === "next") {
        field = h("input", { type: "date", required: true, "aria-label": t("date") });
        label = t("setNext");
        payload = function () { return ["next-contact", { date: field.value }]; };
      } else if (kind === "won") {
        field = h("input", { type: "text", inputmode: "decimal", required: true,
                             "aria-label": t("wonAmount") + " (" + deal.currency + ")",
                             placeholder: t("wonAmount") + ", " + deal.currency });
        label = t("won");
        payload = function () {
          var major = parseFloat(String(field.value).replace(/\s/g, "").replace(",", "."));
          var minor = Math.round(major * Math.pow(10, I.exponent(deal.currency)));
          return ["won", { amount_minor: minor, currency: deal.currency }];
        };
      } else {
        field = h("textarea", { required: true, "aria-label": t("noteText"), maxlength: "2000" });
        label = t("note");
        payload = function () { return ["note", { text: field.value }]; };
      }
      var form = h("form", { class: "inline-form", "aria-label": label,
        onsubmit: function (ev) {
          ev.preventDefault();
          var p = payload();
          act(deal.id, p[0], p[1]);
        } },
        field,
        h("div", { class: "row" },
          h("button", { type: "submit", class: "primary", text: t("save") }),
          h("button", { type: "button", text: t("cancel"), onclick: function () { clear(formSlot); } })));
      formSlot.appendChild(form);
      field.focus();
    }
    box.appendChild(h("div", { class: "actions" }, stageSelect,
      h("button", { type: "button", class: "act-next", text: t("setNext"), onclick: function () { open("next"); } }),
      h("button", { type: "button", class: "act-won", text: t("won"), onclick: function () { open("won"); } }),
      h("button", { type: "button", class: "act-note", text: t("note"), onclick: function () { open("note"); } })));
    box.appendChild(formSlot);
    return box;
  }

  function act(dealId, action, body) {
    return api.call("POST", "/api/deals/" + dealId + "/" + action, body).then(function () {
      announce(t("saved"));
      return reloadClient(state.data.client.id);
    }).then(function () { announce(t("saved")); })
      .catch(function (err) {
        if (err && err.status === 401) return showError(err);
        announce(t("failed") + ": " + I.error(err), true);
      });
  }

  function promiseItem(p) {
    return h("li", null,
      h("div", { class: "small muted" }, t("promiseBy", p.party),
        p.due_at ? " · " + t("due") + " " + I.when(p.due_at, state.user.timezone, true) : ""),
      h("div", { text: p.text }));
  }

  function violationItem(v) {
    var sev = v.severity === "high" ? "danger" : "warn";
    return h("li", null,
      h("span", { class: "badge " + sev, text: t("severity", v.severity) }), " ",
      h("span", { class: "code", text: v.code + " " }),
      h("span", { text: I.lang === "ru" && v.summary_ru ? v.summary_ru : v.summary }),
      v.due_at ? h("div", { class: "small muted", text: t("due") + " " + I.when(v.due_at, state.user.timezone, true) }) : null);
  }

  function contactItem(c) {
    return h("li", null,
      h("div", { class: "small muted" }, I.when(c.at, state.user.timezone, true), " · ", t("channel", c.channel),
        c.manager_name ? " · " + c.manager_name : ""),
      c.subject ? h("div", { text: c.subject }) : null,
      c.note ? h("div", { class: "call-note", text: c.note }) : null);
  }

  // "Log a call": a phone call with this client now, with what came of it (optional).
  function contactsBlock(d) {
    var section = block("contacts", t("contacts"), d.contacts, t("noContacts"), contactItem);
    var slot = h("div");
    var button = h("button", { type: "button", class: "act-call", text: t("logCall"),
      onclick: function () {
        clear(slot);
        var note = h("textarea", { "aria-label": t("callNote"), placeholder: t("callNote"),
                                   maxlength: "2000" });
        slot.appendChild(h("form", { class: "inline-form", "aria-label": t("logCall"),
          onsubmit: function (ev) {
            ev.preventDefault();
            api.call("POST", "/api/calls", { client_id: d.client.id, note: note.value })
              .then(function () { announce(t("saved")); return reloadClient(d.client.id); })
              .catch(function (err) {
                if (err && err.status === 401) return showError(err);
                announce(t("failed") + ": " + I.error(err), true);
              });
          } }, note, h("div", { class: "row" },
            h("button", { type: "submit", class: "primary", text: t("save") }),
            h("button", { type: "button", text: t("cancel"), onclick: function () { clear(slot); } }))));
        note.focus();
      } });
    section.appendChild(h("div", { class: "actions" }, button));
    section.appendChild(slot);
    return section;
  }

  function complaintsBlock(d) {
    var section = block("complaints", t("complaints"), d.complaints, t("noComplaints"), function (c) {
      return h("li", null, h("div", { class: "small muted", text: c.code + " · " + I.when(c.opened_at, state.user.timezone) }),
        h("div", { text: c.text }));
    });
    var slot = h("div");
    var button = h("button", { type: "button", class: "act-complaint", text: t("logComplaint"),
      onclick: function () {
        clear(slot);
        var text = h("textarea", { required: true, "aria-label": t("complaintText"),
                                   placeholder: t("complaintText"), maxlength: "2000" });
        slot.appendChild(h("form", { class: "inline-form", onsubmit: function (ev) {
          ev.preventDefault();
          api.call("POST", "/api/complaints", { client_id: d.client.id, text: text.value })
            .then(function () { announce(t("saved")); return reloadClient(d.client.id); })
            .catch(function (err) { announce(t("failed") + ": " + I.error(err), true); });
        } }, text, h("div", { class: "row" },
          h("button", { type: "submit", class: "primary", text: t("save") }),
          h("button", { type: "button", text: t("cancel"), onclick: function () { clear(slot); } }))));
        text.focus();
      } });
    section.appendChild(h("div", { class: "actions" }, button));
    section.appendChild(slot);
    return section;
  }

  function planStrip(plan) {
    if (!plan) return h("span");
    var head = state.user && state.user.sees_everything;
    var pct = plan.percent === null || plan.percent === undefined ? null : plan.percent;
    var bar = h("div", { class: "progress", role: "progressbar", "aria-valuemin": "0", "aria-valuemax": "100",
                         "aria-valuenow": String(pct === null ? 0 : Math.min(100, pct)),
                         "aria-label": head ? t("planCompany") : t("plan") });
    var fill = h("span");
    fill.style.width = Math.min(100, pct || 0) + "%";
    bar.appendChild(fill);
    return h("section", { class: "plan", id: "plan-strip" },
      h("div", { class: "line" }, h("strong", { text: (head ? t("planCompany") : t("plan")) + " · " + plan.period }),
        h("span", { text: pct === null ? t("noPlan") : pct + "%" })),
      bar,
      h("div", { class: "line small muted" },
        h("span", { text: t("fact") + " " + I.money(plan.fact_minor, plan.currency) }),
        h("span", { text: plan.plan_minor ? t("of") + " " + I.money(plan.plan_minor, plan.currency) : "" })),
      h("div", { class: "line small muted", id: "plan-forecast" },
        h("span", { text: t("runRate") + " " + I.money(plan.forecast_run_rate, plan.currency) }),
        h("span", { text: t("weighted") + " " + I.money(plan.forecast_weighted, plan.currency) })),
      asOfLine(plan.data_as_of));
  }

  // "Data as of ...": when the last index and rules run finished, in the viewer's zone, named.
  function asOfLine(iso) {
    var tz = state.user && state.user.timezone;
    return h("p", { class: "small muted as-of", text: iso
      ? t("dataAsOf") + " " + I.when(iso, tz, true) + (tz ? " (" + tz + ")" : "") : t("never") });
  }

  // The month's won and lost deals of the team, as the dashboard's board and the digest count them.
  function closedLine(closed, currency) {
    if (!closed) return null;
    return h("p", { class: "small", id: "team-closed" },
      h("span", { class: "closed-won", text: t("closedWon") + ": " + closed.won.count + " · " +
                  I.money(closed.won.amount_base, currency) }), h("br"),
      h("span", { class: "closed-lost", text: t("closedLost") + ": " + closed.lost.count + " · " +
                  I.money(closed.lost.amount_base, currency) }));
  }

  function renderTeam() {
    var root = clear(app());
    loading();
    api.call("GET", "/api/team").then(function (data) {
      if (state.tab !== "team") return;
      clear(root);
      var table = h("table", { class: "team", id: "team-table" },
        h("thead", null, h("tr", null,
          h("th", { scope: "col", text: t("manager") }), h("th", { scope: "col", class: "num", text: t("openDeals") }),
          h("th", { scope: "col", class: "num", text: t("overdue") }),
          h("th", { scope: "col", class: "num", text: t("openViolations") }))));
      var body = h("tbody");
      data.managers.forEach(function (m) {
        body.appendChild(h("tr", null, h("td", null, h("div", { text: m.name }),
            h("div", { class: "small muted", text: t("weighted") + " " + I.money(m.forecast_weighted, data.currency) })),
          h("td", { class: "num", text: String(m.open_deals) }),
          h("td", { class: "num", text: String(m.overdue_contacts) }),
          h("td", { class: "num", text: String(m.open_violations) })));
      });
      table.appendChild(body);
      root.appendChild(h("section", { class: "block" }, h("h2", { text: t("team") + " · " + data.period }), table,
        closedLine(data.closed, data.currency),
        asOfLine(data.data_as_of),
        h("p", { class: "small" }, h("a", { href: "/dashboard", target: "_blank", rel: "noopener", text: t("dashboard") }))));
    }).catch(function (err) { showError(err, renderTeam); });
  }

  function pair() {
    document.getElementById("tabs").hidden = true;
    api.pairingForm(app(), t, function () { loadItem(); });
  }

  function start() {
    var ctx = window.Office && window.Office.context;
    I.setLanguage((ctx && ctx.displayLanguage) || navigator.language);
    document.title = t("title");
    var mailbox = ctx && ctx.mailbox;
    if (mailbox && mailbox.addHandlerAsync && window.Office.EventType) {
      // Pinned pane: Outlook keeps it open and reports each newly selected message.
      mailbox.addHandlerAsync(window.Office.EventType.ItemChanged, function () {
        state.tab = "client"; renderTabs(); loadItem();
      });
    }
    if (!api.token()) return pair();
    loadItem();
  }

  function officeMissing() {
    I.setLanguage(navigator.language);
    clear(app()).appendChild(h("p", { class: "state error", role: "alert", text: t("officeMissing") }));
  }

  window.DT.pane = { start: start, officeMissing: officeMissing, reload: loadItem };
})();
