/* The evidence behind a dashboard line: a message (headers and the kept text), or the
   violation or complaint with the message or event it is about. Text only via textContent. */
(function () {
  "use strict";
  var h = function () { return window.DT.h.apply(null, arguments); };
  var clear = function (n) { return window.DT.clear(n); };
  var I = window.DT.i18n, api = window.DT.api, t = I.t;

  function app() { return document.getElementById("app"); }

  function which() {
    var q = new URLSearchParams(window.location.search);
    if (q.get("message")) return "/api/messages/" + encodeURIComponent(q.get("message"));
    if (q.get("violation")) return "/api/violations/" + encodeURIComponent(q.get("violation")) + "/evidence";
    if (q.get("deal")) return "/api/deals/" + encodeURIComponent(q.get("deal")) + "/timeline";
    if (q.get("complaint")) return "/api/complaints/" + encodeURIComponent(q.get("complaint")) + "/evidence";
    return null;
  }

  function row(label, value) {
    return h("tr", null, h("th", { scope: "row", text: label }), h("td", { text: value || "—" }));
  }

  function renderMessage(m) {
    var who = m.from_name ? m.from_name + " <" + m.from + ">" : m.from;
    var box = h("section", { class: "panel message", id: "message", "data-id": m.id },
      h("h2", { text: m.subject || "—" }),
      h("table", { class: "headers" }, h("tbody", null,
        row(t("msgFrom"), who), row(t("msgTo"), (m.to || []).join(", ")),
        row(t("msgCc"), (m.cc || []).join(", ")), row(t("msgSent"), I.when(m.sent_at, null, true)),
        row(t("client"), m.client ? m.client.name : ""))),
      h("h3", { text: t("keptText") }),
      m.text ? h("pre", { class: "kept-text", text: m.text })
             : h("p", { class: "muted", text: t("noKeptText") }));
    if (m.outlook_url) {
      box.appendChild(h("p", null, h("a", { href: m.outlook_url, target: "_blank", rel: "noopener",
        id: "open-in-outlook", text: t("openInOutlook") })));
    }
    return box;
  }

  // A value of a deal's field as people read it: stages, statuses and sources by name.
  function fieldValue(field, value) {
    if (value === null || value === undefined || value === "") return "—";
    if (field === "stage" || field === "created") return t("stages", value);
    if (field === "status") return t("dealStatus", value);
    if (field === "next_contact_source") return t("source", value) || value;
    if (field === "next_contact_at" || field === "won_at") return I.when(value, null, true);
    return String(value);
  }

  // What an entry is, in the page's language, from its codes (the server's title names them).
  function entryTitle(e) {
    if (e.kind === "change" && e.field) {
      return t("fieldName", e.field) + ": " + fieldValue(e.field, e.old) + " → " + fieldValue(e.field, e.new);
    }
    if (e.kind === "signal" && e.signal) return t("side", e.side) + ": " + t("signalKind", e.signal);
    if ((e.kind === "promise" || e.kind === "request") && e.status) return t("promiseStatus", e.status);
    return e.title;
  }

  /* A negotiation's timeline: contacts, promises, requests, signals and changes, newest first;
     entries from a message open that message. */
  function renderTimeline(data) {
    I.setStages(data.stages);   // the company's stage labels, as the board shows them
    var list = h("ol", { class: "timeline", id: "timeline" });
    data.timeline.forEach(function (e) {
      var title = t("timelineKind", e.kind) + (entryTitle(e) ? " · " + entryTitle(e) : "");
      list.appendChild(h("li", { class: "entry", "data-kind": e.kind },
        h("span", { class: "muted", text: I.when(e.at, null, true) + " " }),
        e.message_id ? h("a", { href: "/dashboard/evidence?message=" + encodeURIComponent(e.message_id), text: title })
                     : h("span", { text: title }),
        e.actor ? h("span", { class: "muted", text: " · " + e.actor }) : null,
        e.quote ? h("blockquote", { class: "quote", text: e.quote }) : null));
    });
    return h("section", { class: "panel", id: "deal" },
      h("h2", { text: data.deal.code + " · " + data.deal.client.name + (data.deal.title ? " · " + data.deal.title : "") }),
      data.timeline.length ? list : h("p", { class: "muted", text: t("noEvidence") }));
  }

  function render(data) {
    var root = clear(app());
    root.appendChild(h("p", null, h("a", { href: "/dashboard", text: t("backToDashboard") })));
    if (data.subject !== undefined) { root.appendChild(renderMessage(data)); return; }
    if (data.timeline) { root.appendChild(renderTimeline(data)); return; }
    var item = data.violation || data.complaint;
    root.appendChild(h("section", { class: "panel", id: "item" },
      h("h2", { text: (data.violation ? t("violation") : t("complaint")) + " " +
        ((I.lang === "ru" && item.summary_ru) || item.summary || "") }),
      item.quote ? h("blockquote", { class: "quote", text: item.quote }) : null));
    if (data.message) root.appendChild(renderMessage(data.message));
    else if (data.event) {
      root.appendChild(h("section", { class: "panel", id: "event" }, h("h2", { text: data.event.summary || "—" }),
        h("p", { text: I.when(data.event.start_at, null, true) })));
    } else root.appendChild(h("p", { class: "muted", text: t("noEvidence") }));
  }

  function salesQuery() {
    var q = new URLSearchParams(window.location.search), parts = [];
    ["period", "manager", "product"].forEach(function (k) { if (q.get(k)) parts.push(k + "=" + encodeURIComponent(q.get(k))); });
    return "/api/dashboard/plan-fact-rows" + (parts.length ? "?" + parts.join("&") : "");
  }

  function renderSales(data) {
    var d = data.data, root = clear(app()), body = h("tbody"), total = 0;
    root.appendChild(h("p", null, h("a", { href: "/dashboard", text: t("backToDashboard") })));
    d.rows.forEach(function (r) {
      total += r.amount_base || 0;
      body.appendChild(h("tr", { class: "sale" },
        h("td", { text: r.booked_on }), h("td", { text: r.external_id || "" }),
        h("td", { text: r.client || "—" }), h("td", { text: r.manager_name || r.manager || "—" }),
        h("td", { text: r.product || "—" }),
        h("td", { class: "num", text: I.money(r.amount_minor, r.currency) }),
        h("td", { class: "num", text: r.amount_base === null ? "—" : I.money(r.amount_base, d.currency) })));
    });
    root.appendChild(h("section", { class: "panel", id: "sales" },
      h("h2", { text: t("fact") + " · " + d.period + " · " + d.start + " — " + d.end }),
      h("div", { class: "table-wrap" }, h("table", { id: "sales-rows" },
        h("thead", null, h("tr", null, h("th", { scope: "col", text: t("date") }),
          h("th", { scope: "col", text: "#" }), h("th", { scope: "col", text: t("client") }),
          h("th", { scope: "col", text: t("manager") }), h("th", { scope: "col", text: t("product") }),
          h("th", { scope: "col", class: "num", text: t("amount") }),
          h("th", { scope: "col", class: "num", text: d.currency }))),
        body, h("tfoot", null, h("tr", null, h("th", { scope: "row", colspan: "6", text: t("fact") }),
          h("td", { class: "num", id: "sales-total", text: I.money(total, d.currency) })))))));
  }

  function load() {
    if (new URLSearchParams(window.location.search).get("sales")) {
      return api.call("GET", salesQuery()).then(renderSales).catch(failed);
    }
    var path = which();
    if (!path) { clear(app()).appendChild(h("p", { class: "state error", text: t("notFound") })); return; }
    api.call("GET", path).then(render).catch(failed);
  }

  function failed(err) {
    if (err && err.status === 401) { api.setToken(null); return start(); }
    clear(app()).appendChild(h("p", { class: "state error", role: "alert",
      text: err && err.status === 404 ? t("notFound") : t("failed") + ": " + (err && err.message ? err.message : String(err)) }));
  }

  function start() {
    I.setLanguage(new URLSearchParams(window.location.search).get("lang") || navigator.language);
    document.getElementById("title").textContent = t("evidence");
    document.title = "dealtrail — " + t("evidence");
    if (!api.token()) return api.pairingForm(app(), t, function () { load(); });
    load();
  }

  document.addEventListener("DOMContentLoaded", start);
})();
