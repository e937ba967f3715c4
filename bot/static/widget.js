/* No Wrong Door chat widget: one script, no framework, no third-party requests.
 * Embed:  <script src="https://HOST/widget.js" data-server="https://HOST"
 *           data-exit-url="https://www.bbc.co.uk/weather" defer></script>
 * data-mode: "embed" (default: launcher + floating panel), "page" (chat inside
 * data-target) or "help" ("Get help now" and "Exit this page" only).
 * Everything from people or the server is rendered as text (textContent), never HTML.
 * Behaviour is documented in docs/widget.md.
 */
(function () {
  "use strict";
  var DATA = /*NWD_DATA*/null;  // crisis routes + need labels, written in by the server
  var script = document.currentScript;
  if (!script || !DATA || window.__nwdWidget) return;
  window.__nwdWidget = true;

  var server = (script.getAttribute("data-server") || new URL(script.src).origin).replace(/\/+$/, "");
  var exitUrl = script.getAttribute("data-exit-url") || "https://www.bbc.co.uk/weather";
  var mode = script.getAttribute("data-mode") || "embed";
  var targetSel = script.getAttribute("data-target");
  var STORE = "nwd.sender";  // sessionStorage only: the id of a conversation that was started
  var root, els = {}, sender = newId(), started = false, queue = Promise.resolve();
  var plainPlan = "";

  // ---------- small helpers ----------
  function newId() {
    var b = crypto.getRandomValues(new Uint8Array(16)), s = "w-";
    for (var i = 0; i < b.length; i++) s += (b[i] + 256).toString(16).slice(1);
    return s;
  }
  function store(value) {
    try {
      if (value) sessionStorage.setItem(STORE, value); else sessionStorage.removeItem(STORE);
    } catch (e) { /* storage blocked: nothing kept */ }
  }
  function stored() {
    try { return sessionStorage.getItem(STORE); } catch (e) { return null; }
  }
  function el(tag, cls, text, attrs) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text != null) n.textContent = text;
    for (var k in attrs || {}) n.setAttribute(k, attrs[k]);
    return n;
  }
  function button(text, cls, onClick, attrs) {
    var b = el("button", cls, text, attrs);
    b.type = "button";
    b.addEventListener("click", onClick);
    return b;
  }
  function link(href, text, external) {
    var a = el("a", null, text, {href: href});
    if (external) {
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      a.appendChild(el("span", "vh", " (opens in a new tab)"));
    }
    return a;
  }
  function digits(s) { return String(s).replace(/[^\d+]/g, ""); }
  function isUrl(s) { return /^https?:\/\/[^\s]+$/i.test(s || ""); }

  // Phone numbers, "text WORD to 12345", and web addresses become links; the rest stays text.
  var LINKS = /(https?:\/\/[^\s<>"]*[^\s<>".,;:!?)])|\btext ([A-Z]{2,12}) to (\d{5})\b|(\b0\d{2,4}(?: ?\d){6,8}\b|\b0800 1111\b|\b116 ?\d{3}\b|\b(?:999|111)\b)/gi;
  function linkify(parent, text) {
    var last = 0, m;
    LINKS.lastIndex = 0;
    while ((m = LINKS.exec(text))) {
      parent.appendChild(document.createTextNode(text.slice(last, m.index)));
      if (m[1]) parent.appendChild(link(m[1], m[1], true));
      else if (m[2]) parent.appendChild(link("sms:" + m[3] + "?body=" + encodeURIComponent(m[2]), m[0]));
      else parent.appendChild(link("tel:" + digits(m[4]), m[4]));
      last = LINKS.lastIndex;
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
    return parent;
  }
  function lines(parent, text, cls) {
    String(text).split(/\n+/).forEach(function (line) {
      if (line.trim()) parent.appendChild(linkify(el("p", cls), line));
    });
    return parent;
  }
  function announce(text) {
    els.status.textContent = "";
    setTimeout(function () { els.status.textContent = text; }, 50);
  }

  // ---------- forgetting and leaving ----------
  function forget(id) {
    if (!id) return;
    var url = server + "/api/forget", body = JSON.stringify({sender: id});
    try {
      if (navigator.sendBeacon && navigator.sendBeacon(url, body)) return;
    } catch (e) { /* fall through to fetch */ }
    fetch(url, {method: "POST", body: body, keepalive: true, credentials: "omit"}).catch(function () {});
  }
  function exitPage() {
    var html = document.documentElement;
    html.style.setProperty("display", "none", "important");  // blank at once
    document.title = "";
    if (started) forget(sender);
    store(null);
    location.replace(exitUrl);
  }
  var shifts = 0, shiftTimer = null;
  function typing(target) {
    var t = target && target.tagName;
    return t === "TEXTAREA" || t === "SELECT" || (target && target.isContentEditable) ||
      (t === "INPUT" && !/^(button|submit|reset|checkbox|radio)$/i.test(target.type));
  }
  function onKeyUp(e) {
    if (e.key !== "Shift") return;
    var target = e.composedPath ? e.composedPath()[0] : e.target;
    if (typing(target)) return;  // people type capital letters
    shifts += 1;
    if (shifts === 1) {
      shiftTimer = setTimeout(function () {
        shifts = 0;
        els.exitStatus.textContent = "";
      }, 5000);
    }
    if (shifts >= 3) {
      clearTimeout(shiftTimer);
      els.exitStatus.textContent = "Exiting this page";
      exitPage();
      return;
    }
    els.exitStatus.textContent = "Shift pressed " + (shifts === 1 ? "once" : "twice") +
      ". Press Shift " + (3 - shifts) + " more time" + (shifts === 2 ? "" : "s") + " to exit this page.";
  }

  // ---------- panels ----------
  function toggle(panel, trigger, open) {
    panel.hidden = !open;
    trigger.setAttribute("aria-expanded", String(open));
  }
  // In the embedded dock one panel is open at a time, so each keeps room on a phone.
  function openHelp(open) {
    if (open && mode === "embed") toggle(els.chat, els.launcher, false);
    toggle(els.help, els.helpBtn, open);
    if (open) els.helpHeading.focus();
  }
  function openChat(open) {
    if (open) toggle(els.help, els.helpBtn, false);
    toggle(els.chat, els.launcher, open);
    if (open) els.input.focus();
  }
  function onKeyDown(e) {
    if (e.key !== "Escape") return;
    if (!els.help.hidden) { openHelp(false); els.helpBtn.focus(); }
    else if (mode === "embed" && !els.chat.hidden) { openChat(false); els.launcher.focus(); }
  }

  function crisisList(parent, firstLinesOnly) {
    DATA.crisis.forEach(function (route) {
      var sec = el("section", "route");
      sec.appendChild(el(firstLinesOnly ? "p" : "h3", "route-label", route.label));
      linkify(sec.appendChild(el("p", "route-first")), route.first_line);
      if (!firstLinesOnly) {
        var ul = sec.appendChild(el("ul"));
        route.then.forEach(function (t) { linkify(ul.appendChild(el("li")), t); });
      }
      parent.appendChild(sec);
    });
    return parent;
  }

  function buildHelp() {
    var help = el("section", "help", null, {id: "nwd-help", "aria-labelledby": "nwd-help-title"});
    help.hidden = true;
    var head = el("div", "panel-head");
    els.helpHeading = head.appendChild(el("h2", null, "Get help now", {id: "nwd-help-title", tabindex: "-1"}));
    head.appendChild(button("Close", "close", function () { openHelp(false); els.helpBtn.focus(); },
      {"aria-label": "Close Get help now"}));
    help.appendChild(head);
    var body = help.appendChild(el("div", "panel-body"));
    body.appendChild(el("p", "lead", "These numbers work even if this chat does not. " +
      "This service can't see who you are, so it can't send help to you."));
    crisisList(body, false);
    return help;
  }

  function buildChat() {
    var chat = el("section", "chat", null, {id: "nwd-chat", "aria-labelledby": "nwd-chat-title"});
    var head = chat.appendChild(el("div", "panel-head"));
    head.appendChild(el("h2", null, "Find support", {id: "nwd-chat-title"}));
    if (mode === "embed") {
      chat.hidden = true;
      head.appendChild(button("Close", "close", function () { openChat(false); els.launcher.focus(); },
        {"aria-label": "Close chat"}));
    }
    var body = chat.appendChild(el("div", "panel-body"));
    els.log = body.appendChild(el("div", "log", null, {role: "log", "aria-live": "polite",
      "aria-label": "Conversation"}));
    els.typing = body.appendChild(el("p", "typing", "", {role: "status"}));
    var form = body.appendChild(el("form", "compose"));
    form.appendChild(el("label", null, "Your message", {"for": "nwd-msg"}));
    var row = form.appendChild(el("div", "compose-row"));
    els.input = row.appendChild(el("input", null, null, {id: "nwd-msg", type: "text",
      autocomplete: "off", maxlength: "1000", spellcheck: "true"}));
    row.appendChild(el("button", "primary", "Send", {type: "submit"}));
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var text = els.input.value.trim();
      if (!text) return;
      els.input.value = "";
      send(text, text);
    });
    var tools = body.appendChild(el("div", "tools"));
    tools.appendChild(button("Clear conversation", "secondary", clearConversation));
    body.appendChild(el("p", "privacy", "Anonymous: no name needed, no cookies. What you type is " +
      "used to find services and is forgotten when you clear the chat or exit. " +
      "\"Exit this page\" leaves quickly but does not erase your browser history."));
    intro();
    return chat;
  }

  function intro() {
    var m = addBot();
    lines(m, "Hello. Tell me what's going on, in your own words, and I'll look for services " +
      "near you. You can skip any question.\nIf someone's life is in danger, call 999.");
  }

  // ---------- messages ----------
  function addMsg(cls, who) {
    var m = el("div", "msg " + cls);
    m.appendChild(el("span", "vh", who));
    els.log.appendChild(m);
    return m;
  }
  function addBot() { return addMsg("bot", "Navigator said: "); }
  function dropReplies() {
    var old = els.log.querySelectorAll(".replies");
    for (var i = 0; i < old.length; i++) old[i].remove();
  }
  // Crisis answers are the fixed, reviewed text (crisis/responses.yml): recognise their
  // first lines, not any mention of 999 (the greeting mentions 999 too).
  function isCrisis(m) {
    if (m.custom && m.custom.type === "crisis") return true;
    var t = m.text || "";
    return DATA.crisis.some(function (r) { return t.indexOf(r.first_line) >= 0; });
  }
  function render(m) {
    if (m.custom && m.custom.type === "referral_plan") return renderPlan(m.custom, m.planText);
    var text = m.text || (m.custom && typeof m.custom.text === "string" ? m.custom.text : "");
    if (!text && !(m.buttons && m.buttons.length)) return;
    var urgent = isCrisis(m);
    var box = urgent ? addMsg("bot urgent", "Urgent: ") : addBot();
    if (urgent) box.appendChild(el("p", "urgent-label", "Urgent help"));
    lines(box, text);
    if (m.buttons && m.buttons.length) {
      var group = box.appendChild(el("div", "replies", null, {role: "group", "aria-label": "Quick replies"}));
      m.buttons.forEach(function (b) {
        var title = String(b.title || b.payload || "");
        group.appendChild(button(title, "reply", function () {
          dropReplies();
          els.input.focus();
          send(String(b.payload || title), title);
        }));
      });
    }
  }

  // A plan arrives as its plain-text rendering (split into parts by Rasa's REST channel,
  // the first starting "Your plan") followed by the referral_plan payload: show the
  // cards instead of the text, and keep the text for "Copy" and "Print".
  function renderAll(list) {
    var skip = {};
    list.forEach(function (m, i) {
      if (!(m.custom && m.custom.type === "referral_plan")) return;
      for (var k = i - 1; k >= 0 && list[k].text && !list[k].custom && !(list[k].buttons || []).length; k--) {
        if (/^Your plan\b/.test(list[k].text)) {
          m.planText = list.slice(k, i).map(function (t) { skip[list.indexOf(t)] = true; return t.text; }).join("\n\n");
          break;
        }
      }
    });
    var last = els.log.lastElementChild;
    list.forEach(function (m, i) { if (!skip[i]) render(m); });
    reveal(last && last.nextElementSibling);
  }
  // Scroll (never focus) new messages into view: the start of a long answer, else the end.
  function reveal(first) {
    if (!first) return;
    var last = els.log.lastElementChild;
    var room = mode === "embed" ? els.log.parentNode.clientHeight : window.innerHeight;
    var tall = last.getBoundingClientRect().bottom - first.getBoundingClientRect().top > room * 0.8;
    (tall ? first : last).scrollIntoView({block: tall ? "start" : "nearest"});
  }

  function send(message, shown) {
    dropReplies();
    var m = addMsg("user", "You said: ");
    m.appendChild(el("p", null, shown));
    m.scrollIntoView({block: "nearest"});
    if (!started) { started = true; store(sender); }
    queue = queue.then(function () { return post(message); });
  }
  function post(message) {
    els.typing.textContent = "Finding an answer…";
    els.typing.classList.add("on");
    var ctl = window.AbortController ? new AbortController() : null;
    var timer = setTimeout(function () { if (ctl) ctl.abort(); }, 40000);
    return fetch(server + "/api/chat", {
      method: "POST", headers: {"Content-Type": "application/json"}, credentials: "omit",
      body: JSON.stringify({sender: sender, message: message}), signal: ctl && ctl.signal
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (data) {
        var said = data.messages || [];
        renderAll(said);  // on 429/503 the server still answers: urgent routes or crisis text
        if (!r.ok) throw {status: r.status, answered: said.length > 0};
      });
    }).catch(function (problem) {
      showError(message, problem && problem.status === 429, problem && problem.answered);
    }).then(function () {
      clearTimeout(timer);
      els.typing.textContent = "";
      els.typing.classList.remove("on");
    });
  }
  // The server could not answer properly. `answered`: it sent its own urgent text already.
  function showError(message, tooFast, answered) {
    var box = addMsg("bot error", "Problem: ");
    box.appendChild(el("p", "urgent-label", tooFast ? "That was a lot of messages at once: " +
      "wait a minute, then try again" : "I can't connect right now"));
    if (!answered) {
      box.appendChild(el("p", null, "Your message was not sent. If you need help now:"));
      crisisList(box, true);
    }
    var row = box.appendChild(el("div", "replies"));
    row.appendChild(button("Try again", "reply", function () {
      row.remove();
      queue = queue.then(function () { return post(message); });
    }));
    row.appendChild(button("Get help now", "reply", function () { openHelp(true); }));
    box.scrollIntoView({block: "nearest"});
  }
  function clearConversation() {
    if (started) forget(sender);
    store(null);
    sender = newId();
    started = false;
    els.log.textContent = "";
    intro();
    announce("Conversation cleared.");
  }

  // ---------- the referral plan ----------
  function needLabel(code) { return DATA.needs[code] || code; }
  function renderPlan(plan, text) {
    var box = addMsg("bot plan", "Navigator sent a plan: ");
    box.appendChild(el("h3", null, "Your plan" + (plan.council_area ? " for " + plan.council_area : "")));
    (plan.items || []).forEach(function (item) {
      box.appendChild(el("h4", null, needLabel(item.need)));
      var ul = box.appendChild(el("ul", "cards"));
      (item.services || []).forEach(function (s) { ul.appendChild(card(s)); });
    });
    if (plan.helplines && plan.helplines.length) {
      box.appendChild(el("h4", null, "Helplines"));
      var hl = box.appendChild(el("ul", "helplines"));
      plan.helplines.forEach(function (h) {
        var li = hl.appendChild(el("li"));
        li.appendChild(el("strong", null, h.name));
        if (h.phone) { li.appendChild(document.createTextNode(": ")); li.appendChild(link("tel:" + digits(h.phone), h.phone)); }
        else if (h.text) linkify(li, ": " + h.text);
        if (h.when) li.appendChild(document.createTextNode(" (" + h.when + ")"));
      });
    }
    plainPlan = "Made on " + new Date().toLocaleDateString("en-GB", {day: "numeric", month: "long", year: "numeric"}) +
      "\n\n" + (text || box.innerText) + "\n\nIf someone's life is in danger, call 999.";
    var actions = box.appendChild(el("div", "plan-actions"));
    actions.appendChild(button("Copy plan as text", "secondary", copyPlan));
    actions.appendChild(button("Print plan", "secondary", printPlan));
  }
  function card(s) {
    var li = el("li", "card");
    li.appendChild(el("h5", null, s.name));
    if (s.organisation && s.organisation !== s.name) li.appendChild(el("p", "org", s.organisation));
    var badges = el("p", "badges");
    if (s.open_now) badges.appendChild(el("span", "badge open", "Open now"));
    if (s.same_day) badges.appendChild(el("span", "badge", "Same-day help"));
    if (badges.childNodes.length) li.appendChild(badges);
    if (s.why) li.appendChild(el("p", "why", s.why));
    if (s.check_before_use) li.appendChild(el("p", "check", "Check before use: these details may have changed."));
    var c = el("ul", "contacts");
    if (s.phone) c.appendChild(el("li")).appendChild(link("tel:" + digits(s.phone), "Call " + s.phone));
    if (s.text) {
      var li2 = c.appendChild(el("li"));
      if (/^[\d +]+$/.test(s.text)) li2.appendChild(link("sms:" + digits(s.text), "Text " + s.text));
      else linkify(li2, s.text);
    }
    if (isUrl(s.website)) c.appendChild(el("li")).appendChild(link(s.website, "Website", true));
    if (isUrl(s.webchat)) c.appendChild(el("li")).appendChild(link(s.webchat, "Web chat", true));
    if (c.childNodes.length) li.appendChild(c);
    if (s.address) li.appendChild(el("p", "address", s.address));
    if (s.opening_hours) li.appendChild(el("p", "hours", "Hours: " + s.opening_hours));
    return li;
  }
  function copyPlan() {
    var done = function () { announce("Plan copied."); };
    var fallback = function () {
      var ta = el("textarea", "copybox", null, {readonly: "", "aria-label": "Plan as text"});
      ta.value = plainPlan;
      els.log.appendChild(ta);
      ta.focus();
      ta.select();
      announce("Select all and copy the plan.");
    };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(plainPlan).then(done, fallback);
    else fallback();
  }
  function printPlan() {
    var sheet = el("pre", "nwd-print-sheet", plainPlan);
    document.body.appendChild(sheet);
    document.documentElement.classList.add("nwd-printing");
    var cleanup = function () {
      sheet.remove();
      document.documentElement.classList.remove("nwd-printing");
      window.removeEventListener("afterprint", cleanup);
    };
    window.addEventListener("afterprint", cleanup);
    window.print();
  }

  // ---------- build ----------
  function build() {
    var previous = stored();
    if (previous) { forget(previous); store(null); }  // a new conversation per page load
    var host = (targetSel && document.querySelector(targetSel)) || document.body.appendChild(el("div"));
    host.classList.add("nwd-host");
    root = host.attachShadow({mode: "open"});
    var css = el("link", null, null, {rel: "stylesheet", href: server + "/static/widget.css"});
    var wrap = el("div", "nwd", null, {"data-mode": mode});
    wrap.hidden = true;
    css.addEventListener("load", function () { wrap.hidden = false; });
    css.addEventListener("error", function () { wrap.hidden = false; });
    root.appendChild(css);
    root.appendChild(wrap);
    var print = el("link", null, null, {rel: "stylesheet", href: server + "/static/widget-print.css"});
    document.head.appendChild(print);

    var dock = wrap.appendChild(el("div", "dock"));
    var controls = dock.appendChild(el("div", "controls"));
    els.helpBtn = controls.appendChild(button("Get help now", "help-btn", function () {
      openHelp(els.help.hidden);
    }, {"aria-expanded": "false", "aria-controls": "nwd-help"}));
    controls.appendChild(button("Exit this page", "exit-btn", exitPage));
    if (mode === "embed") {
      els.launcher = controls.appendChild(button("Chat: find support", "launcher", function () {
        openChat(els.chat.hidden);
      }, {"aria-expanded": "false", "aria-controls": "nwd-chat"}));
    }
    els.exitStatus = wrap.appendChild(el("p", "vh", "", {role: "status"}));
    els.status = wrap.appendChild(el("p", "vh", "", {role: "status"}));
    els.help = dock.appendChild(buildHelp());
    if (mode !== "help") els.chat = (mode === "embed" ? dock : wrap).appendChild(buildChat());
    root.addEventListener("keydown", onKeyDown);
    document.addEventListener("keyup", onKeyUp);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", build);
  else build();
})();
