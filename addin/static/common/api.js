/* Talking to the dealtrail API: the stored token, JSON calls, the pairing form. */
(function () {
  "use strict";
  var KEY = "dealtrail.token";
  var h = function () { return window.DT.h.apply(null, arguments); };

  function ApiError(status, message) { this.status = status; this.message = message; }

  function token() { try { return window.localStorage.getItem(KEY); } catch (e) { return null; } }
  function setToken(value) {
    try {
      if (value) window.localStorage.setItem(KEY, value); else window.localStorage.removeItem(KEY);
    } catch (e) { /* storage blocked: the pane asks again next time */ }
  }

  function call(method, path, body) {
    var headers = { "Accept": "application/json" };
    var t = token();
    if (t) headers.Authorization = "Bearer " + t;
    var init = { method: method, headers: headers, credentials: "omit" };
    if (body !== undefined) {
      headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    return fetch(path, init).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (!response.ok) {
          throw new ApiError(response.status, (data && data.error) || ("HTTP " + response.status));
        }
        return data;
      });
    });
  }

  /* Render the pairing form into `root`; resolve once a token is stored. */
  function pairingForm(root, t, onDone) {
    var input = h("input", { id: "pair-code", name: "code", autocomplete: "one-time-code",
                             required: true, "aria-describedby": "pair-help", spellcheck: "false" });
    var status = h("p", { class: "state error", role: "alert", id: "pair-status" });
    var button = h("button", { class: "primary", type: "submit", text: t("pairButton") });
    var form = h("form", {
      onsubmit: function (ev) {
        ev.preventDefault();
        button.disabled = true;
        status.textContent = "";
        call("POST", "/api/pair", { code: input.value }).then(function (data) {
          setToken(data.token);
          onDone(data.user);
        }).catch(function (err) {
          button.disabled = false;
          status.textContent = t("pairFailed") + ": " + window.DT.i18n.error(err);
          input.focus();
        });
      }
    }, h("label", { for: "pair-code", text: t("pairCode") }), input, button);
    window.DT.clear(root).appendChild(h("section", { class: "pairing", "aria-labelledby": "pair-title" },
      h("h1", { id: "pair-title", text: t("pairTitle") }),
      h("p", { id: "pair-help", class: "muted", text: t("pairHelp") }), form, status));
    input.focus();
  }

  window.DT = window.DT || {};
  window.DT.api = { call: call, token: token, setToken: setToken, pairingForm: pairingForm,
                    ApiError: ApiError };
})();
