/* Load office.js (Microsoft's CDN, or window.DEALTRAIL_OFFICE_JS), then start the pane. */
(function () {
  "use strict";
  var src = window.DEALTRAIL_OFFICE_JS || "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
  var script = document.createElement("script");
  script.src = src;
  script.onload = function () {
    window.Office.onReady(function () { window.DT.pane.start(); });
  };
  script.onerror = function () { window.DT.pane.officeMissing(); };
  document.head.appendChild(script);
})();
