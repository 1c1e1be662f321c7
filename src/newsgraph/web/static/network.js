// Actor network: a small force-directed layout in plain JavaScript and SVG. No dependencies.
// Reads {"nodes": [...], "edges": [...]} from <script type="application/json" id="network-data">.
(function () {
  "use strict";
  var holder = document.getElementById("network");
  var source = document.getElementById("network-data");
  if (!holder || !source) { return; }
  var data = JSON.parse(source.textContent);
  var NS = "http://www.w3.org/2000/svg";
  var W = 1100, H = 680;
  var nodes = data.nodes, edges = data.edges, byId = {};
  var maxW = 1;
  nodes.forEach(function (n, i) {
    var angle = 2 * Math.PI * i / Math.max(1, nodes.length);
    n.x = W / 2 + 0.35 * W * Math.cos(angle);
    n.y = H / 2 + 0.35 * H * Math.sin(angle);
    n.vx = 0; n.vy = 0;
    byId[n.id] = n;
    maxW = Math.max(maxW, n.weight);
  });
  nodes.forEach(function (n) { n.r = 6 + 22 * Math.sqrt(n.weight / maxW); });
  edges = edges.filter(function (e) { return byId[e.source] && byId[e.target] && e.source !== e.target; });
  var maxE = edges.reduce(function (m, e) { return Math.max(m, e.weight); }, 1);

  function step(alpha) {
    var i, j, a, b, dx, dy, d2, d, f;
    for (i = 0; i < nodes.length; i++) {
      a = nodes[i];
      for (j = i + 1; j < nodes.length; j++) {
        b = nodes[j];
        dx = b.x - a.x; dy = b.y - a.y; d2 = dx * dx + dy * dy + 0.01;
        f = 5200 * alpha / d2;
        a.vx -= dx * f; a.vy -= dy * f; b.vx += dx * f; b.vy += dy * f;
      }
    }
    edges.forEach(function (e) {
      a = byId[e.source]; b = byId[e.target];
      dx = b.x - a.x; dy = b.y - a.y; d = Math.sqrt(dx * dx + dy * dy) + 0.01;
      f = (d - 110 - a.r - b.r) * 0.02 * alpha / d;
      a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
    });
    nodes.forEach(function (n) {
      if (n.fixed) { n.vx = 0; n.vy = 0; return; }
      n.vx += (W / 2 - n.x) * 0.006 * alpha; n.vy += (H / 2 - n.y) * 0.008 * alpha;
      n.x += n.vx; n.y += n.vy; n.vx *= 0.6; n.vy *= 0.6;
      n.x = Math.max(n.r + 4, Math.min(W - n.r - 4, n.x));
      n.y = Math.max(n.r + 4, Math.min(H - n.r - 4, n.y));
    });
  }
  for (var t = 0; t < 400; t++) { step(1 - t / 450); }

  var svg = document.createElementNS(NS, "svg");
  svg.setAttribute("viewBox", "0 0 " + W + " " + H);
  svg.setAttribute("class", "chart network");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", "Network of " + nodes.length + " actors");
  var gEdges = document.createElementNS(NS, "g"), gNodes = document.createElementNS(NS, "g");
  svg.appendChild(gEdges); svg.appendChild(gNodes);
  edges.forEach(function (e) {
    var line = document.createElementNS(NS, "line");
    line.setAttribute("class", "edge " + e.kind);
    line.setAttribute("stroke-width", (1 + 5 * e.weight / maxE).toFixed(1));
    var title = document.createElementNS(NS, "title");
    title.textContent = byId[e.source].name + " → " + byId[e.target].name + ": " + e.label;
    line.appendChild(title);
    e.el = line;
    gEdges.appendChild(line);
  });
  nodes.forEach(function (n) {
    var g = document.createElementNS(NS, "a");
    g.setAttribute("href", n.url);
    g.setAttribute("class", "node " + n.type);
    var c = document.createElementNS(NS, "circle");
    c.setAttribute("r", n.r.toFixed(1));
    var title = document.createElementNS(NS, "title");
    title.textContent = n.name + " (" + n.weight + ")";
    c.appendChild(title);
    var label = document.createElementNS(NS, "text");
    label.textContent = n.name;
    label.setAttribute("text-anchor", "middle");
    g.appendChild(c); g.appendChild(label);
    n.el = g; n.label = label;
    gNodes.appendChild(g);
    drag(n);
  });

  function draw() {
    edges.forEach(function (e) {
      var a = byId[e.source], b = byId[e.target];
      e.el.setAttribute("x1", a.x.toFixed(1)); e.el.setAttribute("y1", a.y.toFixed(1));
      e.el.setAttribute("x2", b.x.toFixed(1)); e.el.setAttribute("y2", b.y.toFixed(1));
    });
    nodes.forEach(function (n) {
      n.el.setAttribute("transform", "translate(" + n.x.toFixed(1) + "," + n.y.toFixed(1) + ")");
      n.label.setAttribute("y", (n.r + 13).toFixed(1));
    });
  }

  function drag(n) {
    var moved = false;
    n.el.addEventListener("pointerdown", function (ev) {
      moved = false; n.fixed = true;
      n.el.setPointerCapture(ev.pointerId);
    });
    n.el.addEventListener("pointermove", function (ev) {
      if (!n.fixed) { return; }
      var box = svg.getBoundingClientRect();
      n.x = (ev.clientX - box.left) * W / box.width;
      n.y = (ev.clientY - box.top) * H / box.height;
      moved = true;
      for (var k = 0; k < 3; k++) { step(0.08); }
      draw();
    });
    n.el.addEventListener("pointerup", function () { n.fixed = false; });
    n.el.addEventListener("click", function (ev) { if (moved) { ev.preventDefault(); } });
  }

  draw();
  holder.textContent = "";
  holder.appendChild(svg);
  document.documentElement.dataset.networkReady = String(nodes.length);
})();
