// Article reader: hover cards, click a quote to find its speaker, legend toggles. No dependencies.
// Every string shown comes from data-* attributes and is set with textContent, never as HTML.
(function () {
  "use strict";
  var body = document.getElementById("article-text");
  if (!body) { return; }
  var tip = document.createElement("div");
  tip.className = "tip";
  tip.hidden = true;
  tip.setAttribute("role", "tooltip");
  document.body.appendChild(tip);

  function tipsFor(el) {
    var lines = [];
    while (el && el !== body) {
      if (el.dataset && el.dataset.tip && lines.indexOf(el.dataset.tip) < 0) { lines.push(el.dataset.tip); }
      el = el.parentNode;
    }
    return lines;
  }

  body.addEventListener("mousemove", function (ev) {
    var lines = tipsFor(ev.target);
    if (!lines.length) { tip.hidden = true; return; }
    tip.textContent = lines.join("\n");
    tip.hidden = false;
    tip.style.left = Math.min(ev.pageX + 14, window.scrollX + window.innerWidth - 360) + "px";
    tip.style.top = (ev.pageY + 16) + "px";
  });
  body.addEventListener("mouseleave", function () { tip.hidden = true; });

  function quoteOf(el) {
    while (el && el !== body) {
      if (el.dataset && el.dataset.quote) { return el; }
      el = el.parentNode;
    }
    return null;
  }

  var panel = document.getElementById("quote-panel");
  function showQuote(q) {
    var all = body.querySelectorAll(".hl-quote.focus");
    for (var i = 0; i < all.length; i++) { all[i].classList.remove("focus"); }
    var parts = body.querySelectorAll('[data-quote="' + CSS.escape(q.dataset.quote) + '"]');
    for (var j = 0; j < parts.length; j++) { parts[j].classList.add("focus"); }
    if (panel) {
      panel.hidden = false;
      var link = panel.querySelector("[data-role=speaker]");
      link.textContent = q.dataset.speakerName || "unknown speaker";
      if (q.dataset.speakerUrl) { link.setAttribute("href", q.dataset.speakerUrl); } else { link.removeAttribute("href"); }
      panel.querySelector("[data-role=cue]").textContent = q.dataset.cue || "none";
      panel.querySelector("[data-role=kind]").textContent = q.dataset.kind || "";
      panel.querySelector("[data-role=attribution]").textContent = q.dataset.attribution || "";
    }
    if (q.dataset.speakerAt) {
      var mention = body.querySelector('[data-mention="' + CSS.escape(q.dataset.speakerAt) + '"]');
      if (mention) {
        mention.classList.remove("flash");
        void mention.offsetWidth;
        mention.classList.add("flash");
        mention.scrollIntoView({ block: "center", behavior: "smooth" });
      }
    }
  }

  body.addEventListener("click", function (ev) {
    var speaker = ev.target.closest ? ev.target.closest("[data-actor-url]") : null;
    if (speaker && !quoteOf(speaker)) { window.location.href = speaker.dataset.actorUrl; return; }
    var q = quoteOf(ev.target);
    if (q) { showQuote(q); }
  });

  var boxes = document.querySelectorAll(".legend input[type=checkbox]");
  for (var k = 0; k < boxes.length; k++) {
    boxes[k].addEventListener("change", function (ev) {
      body.classList.toggle("hide-" + ev.target.value, !ev.target.checked);
    });
  }

  var list = document.querySelectorAll("[data-goto-quote]");
  for (var m = 0; m < list.length; m++) {
    list[m].addEventListener("click", function (ev) {
      var first = body.querySelector('[data-quote="' + CSS.escape(ev.currentTarget.dataset.gotoQuote) + '"]');
      if (first) { ev.preventDefault(); first.scrollIntoView({ block: "center" }); showQuote(first); }
    });
  }
  document.documentElement.dataset.articleReady = "1";
})();
