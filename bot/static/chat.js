// Minimal same-origin chat page. Everything is rendered as text, never as HTML.
(function () {
  "use strict";
  var sender = "w-" + Array.from(crypto.getRandomValues(new Uint8Array(12)),
    function (b) { return b.toString(16).padStart(2, "0"); }).join("");
  var log = document.getElementById("log");
  function add(text, who) {
    var p = document.createElement("p");
    p.className = "msg " + who;
    p.textContent = text;
    log.appendChild(p);
  }
  document.getElementById("send").addEventListener("submit", function (e) {
    e.preventDefault();
    var input = document.getElementById("msg");
    var text = input.value.trim();
    if (!text) return;
    input.value = "";
    add(text, "user");
    fetch("/api/chat", {method: "POST", headers: {"Content-Type": "application/json"},
      body: JSON.stringify({sender: sender, message: text})})
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (data) {
        (data.messages || []).forEach(function (m) { if (m.text) add(m.text, "bot"); });
      })
      .catch(function () {
        add("Sorry, I can't reach the service right now. If someone's life is in danger call 999.", "bot");
      });
  });
})();
