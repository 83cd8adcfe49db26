/* The head's dashboard: plan/fact with forecast, negotiations board, workload, sales,
   complaints and violations. Data from /api/dashboard/*; text always via textContent. */
(function () {
  "use strict";
  var h = function () { return window.DT.h.apply(null, arguments); };
  var clear = function (n) { return window.DT.clear(n); };
  var I = window.DT.i18n, api = window.DT.api, t = I.t;
  I.add(window.DT.panels.words);
  var charts = {};
  var filters = { period: "", manager: "", product: "" };
  var PALETTE = ["#0f6cbd", "#8bc3f0", "#107c10", "#bc4b09", "#5c2e91", "#c50f1f"];

  function app() { return document.getElementById("app"); }

  function query(extra) {
    var q = [];
    var all = Object.assign({}, filters, extra || {});
    Object.keys(all).forEach(function (k) { if (all[k]) q.push(k + "=" + encodeURIComponent(all[k])); });
    return q.length ? "?" + q.join("&") : "";
  }

  function get(section, extra) { return api.call("GET", "/api/dashboard/" + section + query(extra)); }

  function panel(id, title, wide) {
    var body = h("div", { class: "panel-body" },
      h("p", { class: "state" }, h("span", { class: "spinner", "aria-hidden": "true" }), t("loading")));
    var node = h("section", { class: "panel" + (wide ? " wide" : ""), id: id, "aria-labelledby": id + "-h" },
      h("h2", { id: id + "-h", text: title }), body);
    return { node: node, body: body };
  }

  function fail(p, err) {
    if (err && err.status === 401) { api.setToken(null); return start(); }
    clear(p.body).appendChild(h("p", { class: "state error", role: "alert",
      text: t("failed") + ": " + I.error(err) }));
  }

  function chart(id, canvas, config) {
    if (charts[id]) charts[id].destroy();
    config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false },
                                   config.options || {});
    charts[id] = new window.Chart(canvas, config);
    return charts[id];
  }

  function major(minor, currency) { return (minor || 0) / Math.pow(10, I.exponent(currency)); }

  // A product by the config's name in the page's language (the report row carries the English one).
  function productName(products, code, fallback) {
    var g = (products || []).filter(function (x) { return x.code === code; })[0];
    return g ? (I.lang === "ru" ? g.name_ru || g.name_en : g.name_en) : fallback;
  }

  /* The sales rows behind a fact: the same period, manager and product as the figure. */
  function factLink(d, r, text) {
    var q = { sales: "1", period: d.period, manager: filters.manager, product: filters.product };
    if (r.level === "manager") { if (!r.key) return text; q.manager = r.key; }
    else if (r.level === "product") q.product = r.key;
    else if (r.level !== "company") return text;
    var parts = Object.keys(q).filter(function (k) { return q[k]; })
      .map(function (k) { return k + "=" + encodeURIComponent(q[k]); });
    return h("a", { class: "fact-link", href: "/dashboard/evidence?" + parts.join("&"), text: text });
  }

  function renderPlan(p, data) {
    var d = data.data, cur = d.currency;
    var people = d.rows.filter(function (r) { return r.level === "manager"; });
    var canvas = h("canvas", { id: "chart-plan", role: "img", "aria-label": t("planFact") });
    var table = h("table", null, h("thead", null, h("tr", null,
      h("th", { scope: "col", text: "" }), h("th", { scope: "col", class: "num", text: t("planAmount") }),
      h("th", { scope: "col", class: "num", text: t("fact") }), h("th", { scope: "col", class: "num", text: t("percent") }),
      h("th", { scope: "col", class: "num", text: t("runRate") }),
      h("th", { scope: "col", class: "num", text: t("weighted") }))));
    var body = h("tbody");
    d.rows.forEach(function (r) {
      body.appendChild(h("tr", { class: "level-" + r.level },
        h("td", { text: r.level === "product" ? "· " + productName(data.products, r.key, r.name) : r.name }),
        h("td", { class: "num", text: r.plan === null ? "—" : I.money(r.plan, cur) }),
        h("td", { class: "num" }, factLink(d, r, I.money(r.fact, cur))),
        h("td", { class: "num", text: r.pct === null ? "—" : r.pct + "%" }),
        h("td", { class: "num", text: I.money(r.forecast_run_rate, cur) }),
        h("td", { class: "num", text: I.money(r.forecast_weighted, cur) })));
    });
    table.appendChild(body);
    clear(p.body).appendChild(h("p", { class: "small muted", text: d.period + " · " + d.start + " — " + d.end }));
    p.body.appendChild(h("div", { class: "chart" }, canvas));
    p.body.appendChild(h("div", { class: "table-wrap" }, table));
    chart("plan", canvas, { type: "bar", data: {
      labels: people.map(function (r) { return r.name; }),
      datasets: [
        { label: t("planAmount"), data: people.map(function (r) { return major(r.plan, cur); }), backgroundColor: PALETTE[1] },
        { label: t("fact"), data: people.map(function (r) { return major(r.fact, cur); }), backgroundColor: PALETTE[0] },
        { label: t("weighted"), data: people.map(function (r) { return major(r.forecast_weighted, cur); }), backgroundColor: PALETTE[2] }
      ] } });
  }

  var BOARD_PAGE = 200;   // rows per request; the server sends the most urgent first

  var boardClosed = null;   // the period's won and lost deals, kept while more open ones load

  // The board: open deals from the negotiations report, and the won and lost deals of the period
  // from the closed-deals report, each in its stage's column.
  function loadBoard() {
    return Promise.all([get("negotiations"), get("closed")]).then(function (both) {
      boardClosed = both[1].data;
      return both[0];
    });
  }

  function renderBoard(p, data, earlier) {
    var deals = (earlier || []).concat(data.data), stages = {};
    var tz = data.viewer && data.viewer.timezone;
    deals.forEach(function (d) { (stages[d.stage] = stages[d.stage] || []).push(d); });
    var closed = (boardClosed && boardClosed.rows) || [];
    closed.forEach(function (d) { (stages[d.stage] = stages[d.stage] || []).push(d); });
    var board = h("div", { class: "board", id: "board" });
    // Columns in the pipeline's order, won and lost included, with the config's labels; a stage
    // the config no longer lists still gets a column, after the rest.
    I.setStages(data.stages);
    var order = (data.stages || []).map(function (s) { return s.code; });
    Object.keys(stages).forEach(function (s) { if (order.indexOf(s) < 0) order.push(s); });
    order.forEach(function (s) {
      stages[s] = stages[s] || [];
      var col = h("div", { class: "column", "data-stage": s }, h("h3", { text: t("stages", s) + " · " + stages[s].length }));
      stages[s].forEach(function (d) {
        if (d.closed_at) { col.appendChild(window.DT.panels.closedCard(d, tz)); return; }
        col.appendChild(h("div", { class: "deal" },
          h("strong", { text: d.client }),
          h("div", null, h("a", { class: "timeline-link", href: "/dashboard/evidence?deal=" + encodeURIComponent(d.id),
            text: d.code + (d.title ? " · " + d.title : "") })),
          h("div", { text: I.money(d.amount, d.currency) + (d.manager_name ? " · " + d.manager_name : "") }),
          h("div", { class: "muted" }, t("nextContact") + ": " + (d.next_contact_at ? I.when(d.next_contact_at, tz, true) : t("none")),
            d.overdue ? h("span", { class: "badge danger", text: "!" }) : null),
          d.agreements ? h("div", { class: "muted", text: d.agreements }) : null,
          window.DT.agreedList(d.agreed, tz)));
      });
      board.appendChild(col);
    });
    clear(p.body).appendChild(deals.length || closed.length ? board
                              : h("p", { class: "muted", text: t("noDeals") }));
    if (data.data.length === BOARD_PAGE) {
      var more = h("button", { type: "button", id: "board-more", text: t("loadMore") });
      more.onclick = function () {
        more.disabled = true;
        get("negotiations", { offset: deals.length, limit: BOARD_PAGE })
          .then(function (next) { renderBoard(p, next, deals); })
          .catch(function (err) { fail(p, err); });
      };
      p.body.appendChild(h("p", {}, more));
    }
  }

  function renderWorkload(p, data) {
    var people = data.data;
    var canvas = h("canvas", { id: "chart-workload", role: "img", "aria-label": t("workload") });
    clear(p.body).appendChild(h("div", { class: "chart" }, canvas));
    chart("workload", canvas, { type: "bar", options: { indexAxis: "y" }, data: {
      labels: people.map(function (r) { return r.name; }),
      datasets: [
        { label: t("openDeals"), data: people.map(function (r) { return r.open_deals; }), backgroundColor: PALETTE[0] },
        { label: t("activeClients"), data: people.map(function (r) { return r.active_clients; }), backgroundColor: PALETTE[1] },
        { label: t("overdue"), data: people.map(function (r) { return r.overdue_contacts; }), backgroundColor: PALETTE[5] },
        { label: t("openViolations"), data: people.map(function (r) { return r.open_violations; }), backgroundColor: PALETTE[3] }
      ] } });
  }

  function renderSales(p, data) {
    var d = data.data, cur = d.currency;
    var canvas = h("canvas", { id: "chart-sales", role: "img", "aria-label": t("sales") });
    clear(p.body).appendChild(h("div", { class: "chart" }, canvas));
    chart("sales", canvas, { type: "bar", data: {
      labels: d.rows.map(function (r) { return I.lang === "ru" ? r.name_ru : r.name; }),
      datasets: [
        { label: d.period, data: d.rows.map(function (r) { return major(r.amount, cur); }), backgroundColor: PALETTE[0] },
        { label: t("previous"), data: d.rows.map(function (r) { return major(r.previous, cur); }), backgroundColor: PALETTE[1] }
      ] } });
  }

  function renderIssues(p, data) {
    var items = data.data.open || [], tz = data.viewer && data.viewer.timezone;
    var kind = h("select", { "aria-label": t("kind") },
      h("option", { value: "", text: t("all") }), h("option", { value: "violation", text: t("violation") }),
      h("option", { value: "complaint", text: t("complaint") }));
    var who = h("select", { "aria-label": t("manager") }, h("option", { value: "", text: t("all") }));
    var seen = {};
    items.forEach(function (i) {
      if (i.manager && !seen[i.manager]) { seen[i.manager] = 1; who.appendChild(h("option", { value: i.manager, text: i.manager_name || i.manager })); }
    });
    var body = h("tbody");
    function fill() {
      clear(body);
      items.filter(function (i) {
        return (!kind.value || i.kind === kind.value) && (!who.value || i.manager === who.value);
      }).forEach(function (i) {
        body.appendChild(h("tr", { class: "issue", "data-kind": i.kind },
          h("td", null, h("span", { class: "badge " + (i.severity === "high" ? "danger" : "warn"), text: t(i.kind) }),
            h("span", { class: "code", text: " " + i.code })),
          h("td", { text: i.client || "—" }),
          h("td", null, h("a", { class: "evidence-link", href: "/dashboard/evidence?" + i.kind + "=" + encodeURIComponent(i.id),
            text: I.lang === "ru" && i.summary_ru ? i.summary_ru : i.summary })),
          h("td", { text: i.manager_name || i.manager || "—" }),
          h("td", { text: I.when(i.since, tz, true) + (tz ? " (" + tz + ")" : "") })));
      });
    }
    kind.addEventListener("change", fill); who.addEventListener("change", fill);
    var table = h("table", { id: "issues-table" }, h("thead", null, h("tr", null,
      h("th", { scope: "col", text: t("kind") }), h("th", { scope: "col", text: t("client") }),
      h("th", { scope: "col", text: t("summary") }), h("th", { scope: "col", text: t("manager") }),
      h("th", { scope: "col", text: t("date") }))), body);
    fill();
    clear(p.body).appendChild(h("div", { class: "issue-filters" }, kind, who));
    p.body.appendChild(h("div", { class: "table-wrap" }, table));
  }

  function renderFilters(meta) {
    var form = clear(document.getElementById("filters"));
    form.hidden = false;
    var period = h("input", { name: "period", value: filters.period, placeholder: "2026-11 / 2026-Q4 / 2026",
                              size: "12", pattern: "\\d{4}(-\\d{2}|-[Qq][1-4])?" });
    var manager = h("select", { name: "manager" }, h("option", { value: "", text: t("all") }));
    (meta.managers || []).forEach(function (m) {
      var o = h("option", { value: m.email, text: m.name }); if (m.email === filters.manager) o.selected = true;
      manager.appendChild(o);
    });
    var product = h("select", { name: "product" }, h("option", { value: "", text: t("all") }));
    (meta.products || []).forEach(function (g) {
      var o = h("option", { value: g.code, text: I.lang === "ru" ? g.name_ru : g.name_en });
      if (g.code === filters.product) o.selected = true;
      product.appendChild(o);
    });
    form.appendChild(h("label", null, t("period"), period));
    // Presets: this month, quarter and year of the company's calendar (computed by the server).
    var presets = h("span", { class: "presets", role: "group", "aria-label": t("period") });
    ["month", "quarter", "year"].forEach(function (kind) {
      var key = (meta.presets || {})[kind];
      if (!key) return;
      var b = h("button", { type: "button", class: "preset", "data-period": key,
                            "aria-pressed": String(filters.period === key), text: t(kind) + " " + key });
      b.onclick = function () { period.value = key; form.requestSubmit(); };
      presets.appendChild(b);
    });
    form.appendChild(presets);
    if (meta.viewer && meta.viewer.sees_everything) {
      form.appendChild(h("label", null, t("manager"), manager));
    }
    form.appendChild(h("label", null, t("product"), product));
    form.appendChild(h("button", { type: "submit", class: "primary", text: t("apply") }));
    form.onsubmit = function (ev) {
      ev.preventDefault();
      filters = { period: period.value.trim(), manager: manager.value, product: product.value };
      showFilters();
      load();
    };
  }

  // The filters live in the address, so a link reproduces the view (and Back returns to the
  // previous one): ?period=&manager=&product= beside any other parameter such as lang.
  var FILTERS = ["period", "manager", "product"];
  function readFilters() {
    var q = new URLSearchParams(window.location.search);
    FILTERS.forEach(function (k) { filters[k] = q.get(k) || ""; });
  }
  function showFilters() {
    var q = new URLSearchParams(window.location.search);
    FILTERS.forEach(function (k) { if (filters[k]) q.set(k, filters[k]); else q.delete(k); });
    var search = q.toString() ? "?" + q.toString() : "";
    if (search !== window.location.search) {
      window.history.pushState(null, "", window.location.pathname + search);
    }
  }
  window.addEventListener("popstate", function () { readFilters(); load(); });

  // "Data as of ...": when the last index and rules run finished, in the viewer's zone, named.
  function renderAsOf(meta) {
    var tz = meta.viewer && meta.viewer.timezone;
    var node = document.getElementById("as-of");
    node.textContent = meta.data_as_of
      ? t("dataAsOf") + " " + I.when(meta.data_as_of, tz, true) + (tz ? " (" + tz + ")" : "")
      : t("never");
  }

  // A renderer from panels.js, given what it shares with this page (charts, filters).
  function panelWith(name) {
    return function (p, data) {
      window.DT.panels[name](p, data, { chart: chart, major: major, clear: clear, palette: PALETTE,
                                        filters: filters, productName: productName });
    };
  }

  function load() {
    var root = clear(app());
    var sections = [
      ["plan-fact", "panel-plan", t("planFact"), true, renderPlan, {}],
      [loadBoard, "panel-board", t("negotiations"), true, renderBoard, {}],
      ["workload", "panel-workload", t("workload"), false, renderWorkload, {}],
      ["sales", "panel-sales", t("sales") + " · " + t("byProduct"), false, renderSales, { by: "product" }],
      ["sales", "panel-sellers", t("sales") + " · " + t("byManager"), false, panelWith("renderSellers"), { by: "manager" }],
      ["motivation", "panel-motivation", t("motivation"), true, panelWith("renderMotivation"), {}],
      ["trends", "panel-trends", t("trends"), true, panelWith("renderTrends"), {}],
      ["issues", "panel-issues", t("issues"), true, renderIssues, {}]
    ];
    var first = true;
    sections.forEach(function (s) {
      var p = panel(s[1], s[2], s[3]);
      root.appendChild(p.node);
      (typeof s[0] === "function" ? s[0]() : get(s[0], s[5])).then(function (data) {
        if (first) {
          first = false; renderFilters(data); renderAsOf(data);
          if (data.viewer && data.viewer.manages_users) loadAudit(root);
        }
        s[4](p, data);
      }).catch(function (err) { fail(p, err); });
    });
  }

  // The access audit: who read which client or report, when, from where. Administrators only
  // (the server refuses everyone else); newest first.
  function loadAudit(root) {
    var p = panel("panel-audit", t("accessAudit"), true);
    root.appendChild(p.node);
    api.call("GET", "/api/dashboard/audit").then(function (data) {
      var tz = data.viewer && data.viewer.timezone;
      if (!data.data.length) {
        clear(p.body).appendChild(h("p", { class: "state", text: t("noAudit") }));
        return;
      }
      var body = h("tbody");
      data.data.forEach(function (e) {
        body.appendChild(h("tr", null,
          h("td", { text: "#" + e.id }), h("td", { text: I.when(e.at, tz, true) }),
          h("td", { text: e.actor }), h("td", { text: e.channel + " " + e.source }),
          h("td", { text: e.action + (e.status ? " · " + e.status : "") }),
          h("td", { text: e.client_name || (e.client_id ? "#" + e.client_id : "—") })));
      });
      clear(p.body).appendChild(h("table", null, h("thead", null, h("tr", null,
        h("th", { scope: "col", text: "" }), h("th", { scope: "col", text: t("auditWhen") }),
        h("th", { scope: "col", text: t("auditWho") }), h("th", { scope: "col", text: t("auditFrom") }),
        h("th", { scope: "col", text: t("auditWhat") }), h("th", { scope: "col", text: t("client") }))),
        body));
    }).catch(function (err) { fail(p, err); });
  }

  function start() {
    I.setLanguage(new URLSearchParams(window.location.search).get("lang") || navigator.language);
    readFilters();
    document.getElementById("title").textContent = t("dashboard");
    document.title = "dealtrail — " + t("dashboard");
    if (!api.token()) {
      document.getElementById("filters").hidden = true;
      return api.pairingForm(app(), t, function () { load(); });
    }
    load();
  }

  document.addEventListener("DOMContentLoaded", start);
})();
