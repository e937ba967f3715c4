// Worker referral page: form -> POST /api/plan -> plan cards, filters, summary, print.
// Everything from the server is rendered as text (textContent), never as HTML.
(function () {
  "use strict";
  var form = document.getElementById("plan-form");
  var results = document.getElementById("results");
  var planBox = document.getElementById("plan");
  var summary = document.getElementById("summary");
  var FIELDS = ["needs", "place", "for", "age_band", "urgency"];

  function el(tag, cls, text, attrs) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text != null) n.textContent = text;
    for (var k in attrs || {}) n.setAttribute(k, attrs[k]);
    return n;
  }
  function isUrl(s) { return /^https?:\/\/[^\s]+$/i.test(s || ""); }
  function digits(s) { return String(s).replace(/[^\d+]/g, ""); }
  function needLabel(code) {
    var label = document.querySelector('label[for="need-' + code + '"]');
    return label ? label.textContent : code;
  }
  function status(id, text) { document.getElementById(id).textContent = text; }

  function values() {
    var data = new FormData(form);
    return {needs: data.getAll("needs"), place: (data.get("place") || "").trim(),
      "for": data.get("for"), age_band: data.get("age_band") || "", urgency: data.get("urgency")};
  }

  function clearErrors() {
    FIELDS.forEach(function (f) {
      var p = document.getElementById(f + "-error");
      if (p) { p.hidden = true; p.textContent = ""; }
      var box = document.getElementById(f);
      if (box) { box.classList.remove("invalid"); box.removeAttribute("aria-invalid"); }
    });
    document.getElementById("error-summary").hidden = true;
  }
  function showErrors(errors) {
    var list = document.getElementById("error-list");
    list.textContent = "";
    Object.keys(errors).forEach(function (field) {
      var target = document.getElementById(field);
      var p = document.getElementById(field + "-error");
      if (p) { p.textContent = errors[field]; p.hidden = false; }
      if (target) {
        target.classList.add("invalid");
        if (target.tagName !== "FIELDSET") target.setAttribute("aria-invalid", "true");
      }
      var li = list.appendChild(el("li"));
      var focusId = field === "needs" ? "need-" + document.querySelector("#needs input").value
        : (field === "for" || field === "urgency") ? document.querySelector("#" + field + " input").id : field;
      var a = li.appendChild(el("a", null, errors[field], {href: "#" + focusId}));
      a.addEventListener("click", function (e) {
        e.preventDefault();
        var t = document.getElementById(focusId);
        if (t) t.focus();
      });
    });
    var box = document.getElementById("error-summary");
    box.hidden = false;
    box.focus();
  }

  function card(s) {
    var li = el("li", "card");
    li.dataset.openNow = String(!!s.open_now);
    li.dataset.sameDay = String(!!s.same_day);
    var routes = s.referral_routes || [s.referral];
    li.dataset.selfReferral = String(routes.indexOf("self") >= 0 || routes.indexOf("drop_in") >= 0);
    li.appendChild(el("h4", null, s.name));
    if (s.organisation && s.organisation !== s.name) li.appendChild(el("p", "org", s.organisation));
    var badges = el("p", "badges");
    if (s.open_now) badges.appendChild(el("span", "badge open", "Open now"));
    if (s.same_day) badges.appendChild(el("span", "badge", "Same-day help"));
    if (badges.childNodes.length) li.appendChild(badges);
    if (s.why) li.appendChild(el("p", "why", "Why: " + s.why));
    if (s.check_before_use) li.appendChild(el("p", "check-before", "Check before use: these details may have changed."));
    var c = el("ul", "contacts");
    if (s.phone) c.appendChild(el("li")).appendChild(el("a", null, "Call " + s.phone, {href: "tel:" + digits(s.phone)}));
    if (s.text) {
      var t = c.appendChild(el("li"));
      if (/^[\d +]+$/.test(s.text)) t.appendChild(el("a", null, "Text " + s.text, {href: "sms:" + digits(s.text)}));
      else t.textContent = s.text;
    }
    if (s.email) c.appendChild(el("li")).appendChild(el("a", null, s.email, {href: "mailto:" + s.email}));
    if (isUrl(s.website)) c.appendChild(el("li")).appendChild(el("a", null, s.website, {href: s.website}));
    if (isUrl(s.webchat)) c.appendChild(el("li")).appendChild(el("a", null, "Web chat", {href: s.webchat}));
    if (c.childNodes.length) li.appendChild(c);
    if (s.address) li.appendChild(el("p", "address", "Address: " + s.address));
    if (s.opening_hours) li.appendChild(el("p", "hours", "Hours: " + s.opening_hours));
    var how = {self: "Self-referral", drop_in: "Drop-in", professional: "Worker referral"};
    li.appendChild(el("p", "route", "Routes in: " + routes.map(function (r) { return how[r] || r; }).join(", ") +
      (s.last_verified ? ". Last checked " + s.last_verified : "")));
    return li;
  }

  function render(data) {
    var plan = data.plan;
    planBox.textContent = "";
    document.getElementById("results-meta").textContent =
      (plan.council_area ? "Area: " + plan.council_area : "No place given: national services only") +
      ". Made " + new Date().toLocaleDateString("en-GB", {day: "numeric", month: "long", year: "numeric"}) + ".";
    plan.items.forEach(function (item) {
      var sec = planBox.appendChild(el("section", "need"));
      sec.appendChild(el("h3", null, needLabel(item.need)));
      var ul = sec.appendChild(el("ul", "cards"));
      item.services.forEach(function (s) { ul.appendChild(card(s)); });
      sec.appendChild(el("p", "none", "No service for this need matches the filters.")).hidden = true;
    });
    if (plan.helplines && plan.helplines.length) {
      var hs = planBox.appendChild(el("section", "need helplines"));
      hs.appendChild(el("h3", null, "Helplines"));
      var hl = hs.appendChild(el("ul"));
      plan.helplines.forEach(function (h) {
        var li = hl.appendChild(el("li"));
        li.appendChild(el("strong", null, h.name + ": "));
        if (h.phone) li.appendChild(el("a", null, h.phone, {href: "tel:" + digits(h.phone)}));
        else li.appendChild(document.createTextNode(h.text || h.webchat || ""));
        if (h.when) li.appendChild(document.createTextNode(" (" + h.when + ")"));
      });
    }
    summary.value = data.summary;
    document.querySelectorAll("[data-filter]").forEach(function (f) { f.checked = false; });
    applyFilters();
    results.hidden = false;
    document.getElementById("results-title").focus();
  }

  function applyFilters() {
    var on = Array.prototype.filter.call(document.querySelectorAll("[data-filter]"), function (f) { return f.checked; })
      .map(function (f) { return f.getAttribute("data-filter").replace(/_(\w)/g, function (m, c) { return c.toUpperCase(); }); });
    var shown = 0, total = 0;
    planBox.querySelectorAll("section.need").forEach(function (sec) {
      var visible = 0, cards = sec.querySelectorAll(".card");
      cards.forEach(function (c) {
        var ok = on.every(function (k) { return c.dataset[k] === "true"; });
        c.hidden = !ok;
        if (ok) visible++;
      });
      var none = sec.querySelector(".none");
      if (none) none.hidden = visible > 0 || !cards.length;
      shown += visible;
      total += cards.length;
    });
    status("filter-status", on.length ? "Showing " + shown + " of " + total + " services." : "");
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    clearErrors();
    status("form-status", "Making the plan...");
    fetch("/api/plan", {method: "POST", headers: {"Content-Type": "application/json"},
      body: JSON.stringify(values())})
      .then(function (r) {
        return r.json().then(function (body) { return {status: r.status, body: body}; });
      })
      .then(function (res) {
        status("form-status", "");
        if (res.status === 400) showErrors(res.body.errors || {form: "Check the form."});
        else if (res.status !== 200) status("form-status", res.body.error || "Something went wrong. Try again.");
        else render(res.body);
      })
      .catch(function () {
        status("form-status", "The plan service can't be reached. Try again in a moment.");
      });
  });
  document.querySelectorAll("[data-filter]").forEach(function (f) { f.addEventListener("change", applyFilters); });
  document.getElementById("copy").addEventListener("click", function () {
    var done = function () { status("copy-status", "Summary copied."); };
    var fallback = function () { summary.focus(); summary.select(); status("copy-status", "Summary selected: copy it now."); };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(summary.value).then(done, fallback);
    else fallback();
  });
  document.getElementById("print").addEventListener("click", function () { window.print(); });
})();
