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
    byId[n.id] = n;
    maxW = Math.max(maxW, n.weight);
  });
  nodes.forEach(function (n) { n.r = 6 + 22 * Math.sqrt(n.weight / maxW); });
  edges = edges.filter(function (e) { return byId[e.source] && byId[e.target] && e.source !== e.target; });
  var maxE = edges.reduce(function (m, e) { return Math.max(m, e.weight); }, 1);

  // Fruchterman-Reingold: nodes repel (k^2/d), linked nodes attract (d^2/k), a weak pull to the
  // centre keeps separate groups on screen, and the step size cools down over the iterations.
  var k = 0.6 * Math.sqrt(W * H / Math.max(1, nodes.length));
  var MX = 90, MY = 30;
  function step(temperature) {
    var i, j, a, b, dx, dy, d, f;
    nodes.forEach(function (n) { n.dx = 0; n.dy = 0; });
    for (i = 0; i < nodes.length; i++) {
      a = nodes[i];
      for (j = i + 1; j < nodes.length; j++) {
        b = nodes[j];
        dx = a.x - b.x; dy = a.y - b.y; d = Math.max(1, Math.sqrt(dx * dx + dy * dy));
        f = k * k / d;
        a.dx += dx / d * f; a.dy += dy / d * f; b.dx -= dx / d * f; b.dy -= dy / d * f;
      }
    }
    edges.forEach(function (e) {
      a = byId[e.source]; b = byId[e.target];
      dx = a.x - b.x; dy = a.y - b.y; d = Math.max(1, Math.sqrt(dx * dx + dy * dy));
      f = d * d / k * (0.6 + 0.4 * e.weight / maxE);
      a.dx -= dx / d * f; a.dy -= dy / d * f; b.dx += dx / d * f; b.dy += dy / d * f;
    });
    nodes.forEach(function (n) {
      if (n.fixed) { return; }
      n.dx += (W / 2 - n.x) * 1.5; n.dy += (H / 2 - n.y) * 2.4;
      d = Math.max(1, Math.sqrt(n.dx * n.dx + n.dy * n.dy));
      n.x += n.dx / d * Math.min(d, temperature);
      n.y += n.dy / d * Math.min(d, temperature);
      n.x = Math.max(MX, Math.min(W - MX, n.x));
      n.y = Math.max(MY + n.r, Math.min(H - MY - n.r, n.y));
    });
  }
  var ROUNDS = 320;
  for (var t = 0; t < ROUNDS; t++) { step(W / 8 * (1 - t / ROUNDS) + 1); }

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
