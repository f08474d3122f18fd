/* The script of `chancery report`, inlined into the page. Hand-written, with no library, so
   that the page opens offline in any browser: it reads the JSON the page embeds, draws the
   timeline and the network as SVG, lists the events of a country or a pair that is clicked,
   and filters the table. The view is kept in the address's fragment (#year=2025&country=MA),
   so that a view can be bookmarked, and so that a test can open one; a link can also open the
   table filtered (#find=Bourita&type=meeting&status=planned).
   It writes what it drew on <body> (data-events, data-timeline, data-nodes, data-edges,
   data-listed, data-shown), which tests in a headless browser read back from the DOM. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var body = document.body;
  var TYPES = ["meeting", "agreement", "commission_session"];
  var TYPE_NAMES = { meeting: "meeting", agreement: "agreement", commission_session: "commission session" };
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var DAY = 86400000;
  var timelineChart = document.getElementById("timeline-chart");
  var networkChart = document.getElementById("network-chart");
  var panel = document.getElementById("selection");
  // The SVG namespace, taken from an element the HTML parser made, rather than written here.
  var SVG_NS = timelineChart.namespaceURI;

  function svg(parent, name, attributes, text) {
    var element = document.createElementNS(SVG_NS, name);
    for (var key in attributes) element.setAttribute(key, attributes[key]);
    if (text !== undefined) element.textContent = text;
    parent.appendChild(element);
    return element;
  }

  /* Text from the articles goes in with textContent, never as markup; `isolated` puts it in a
     <bdi>, so that an Arabic name reads right-to-left without moving the words around it. */
  function html(parent, name, text, isolated) {
    var element = document.createElement(name);
    if (text !== undefined) {
      if (isolated) html(element, "bdi", text); else element.textContent = text;
    }
    parent.appendChild(element);
    return element;
  }

  function clear(element) {
    while (element.firstChild) element.removeChild(element.firstChild);
  }

  function day(text) {
    return Date.UTC(+text.slice(0, 4), +text.slice(5, 7) - 1, +text.slice(8, 10));
  }

  function countryName(code) {
    var names = data.countries[code];
    return names ? names[0] : code;
  }

  function describe(event) {
    return (event.date || "undated") + " · " + event.summary + " · " + event.countries.map(countryName).join(", ")
      + (event.status === "planned" ? " (planned)" : "");
  }

  /* The view in the fragment: year, country or pair. */
  function viewParameters() {
    var parameters = {};
    location.hash.slice(1).split("&").forEach(function (part) {
      var equals = part.indexOf("=");
      if (equals > 0) parameters[part.slice(0, equals)] = decodeURIComponent(part.slice(equals + 1));
    });
    return parameters;
  }

  function changeView(changes) {
    var parameters = viewParameters();
    for (var key in changes) {
      if (changes[key] === null) delete parameters[key]; else parameters[key] = changes[key];
    }
    var parts = [];
    ["year", "country", "pair", "find", "type", "status"].forEach(function (key) {
      if (parameters[key] !== undefined) parts.push(key + "=" + encodeURIComponent(parameters[key]));
    });
    location.hash = parts.join("&");
    showView();
  }

  /* ---- Timeline: a lane per type, a mark per event from its first day to its last. ---- */

  var dated = data.events.filter(function (event) { return event.first; });
  var years = [];
  if (dated.length) {
    // A loop, not Math.min.apply, which overflows the stack on a long list.
    var firstYear = Infinity, lastYear = -Infinity;
    dated.forEach(function (event) {
      firstYear = Math.min(firstYear, +event.first.slice(0, 4));
      lastYear = Math.max(lastYear, +event.last.slice(0, 4));
    });
    for (var year = firstYear; year <= lastYear; year++) years.push(year);
  }
  var shownYear = null;

  function drawYearButtons() {
    var nav = document.getElementById("years");
    clear(nav);
    [null].concat(years).forEach(function (year) {
      var button = html(nav, "button", year === null ? "All years" : String(year));
      button.type = "button";
      button.setAttribute("aria-pressed", String(year === shownYear));
      button.addEventListener("click", function () { changeView({ year: year === null ? null : String(year) }); });
    });
  }

  function drawTimeline() {
    clear(timelineChart);
    var undated = data.events.length - dated.length;
    document.getElementById("undated").textContent = undated === 0 ? ""
      : undated + (undated === 1 ? " event has" : " events have") + " no date: see the table.";
    if (!years.length) {
      body.setAttribute("data-timeline", "0");
      timelineChart.setAttribute("height", "0");
      return;
    }
    var width = Math.max(600, timelineChart.parentNode.clientWidth || 1200);
    var left = 170, right = 16, top = 4;
    var start = Date.UTC(shownYear || years[0], 0, 1);
    var end = Date.UTC((shownYear || years[years.length - 1]) + 1, 0, 1);
    var scale = (width - left - right) / (end - start);
    function x(time) { return left + (time - start) * scale; }
    var lanes = svg(timelineChart, "g", {});
    var axis = svg(timelineChart, "g", { "class": "axis" });
    var marks = svg(timelineChart, "g", {});
    var y = top;
    var drawn = 0;
    TYPES.forEach(function (type) {
      var events = dated.filter(function (event) {
        return event.type === type && day(event.last) + DAY > start && day(event.first) < end;
      });
      // Each mark goes on the first row of its lane where it overlaps none: a lane grows as
      // its events crowd.
      var rowEnds = [];
      var placed = events.map(function (event) {
        var x1 = x(Math.max(day(event.first), start));
        var x2 = x(Math.min(day(event.last) + DAY, end));
        if (x2 - x1 < 10) { var middle = (x1 + x2) / 2; x1 = middle - 5; x2 = middle + 5; }
        var row = 0;
        while (row < rowEnds.length && rowEnds[row] > x1 - 2) row++;
        rowEnds[row] = x2;
        return { event: event, x1: x1, x2: x2, row: row };
      });
      var height = Math.max(1, rowEnds.length) * 14 + 10;
      svg(lanes, "rect", { "class": "lane", x: left, y: y, width: width - left - right, height: height });
      svg(lanes, "text", { "class": "lane-label", x: 4, y: y + height / 2 + 4 }, TYPE_NAMES[type] + " (" + events.length + ")");
      placed.forEach(function (place) {
        var event = place.event;
        var middle = y + 12 + place.row * 14;
        var attributes = { "class": "mark t-" + type + (event.status === "planned" ? " planned" : ""), "data-id": event.id };
        var mark;
        if (place.x2 - place.x1 <= 10) {
          attributes.cx = (place.x1 + place.x2) / 2; attributes.cy = middle; attributes.r = 5;
          mark = svg(marks, "circle", attributes);
        } else {
          attributes.x = place.x1; attributes.y = middle - 5; attributes.width = place.x2 - place.x1;
          attributes.height = 10; attributes.rx = 5;
          mark = svg(marks, "rect", attributes);
        }
        svg(mark, "title", {}, describe(event));
        mark.addEventListener("click", function () { showEvent(event.id); });
        drawn++;
      });
      y += height + 4;
    });
    // Months when a year is shown, else years, each year's label a way in to it.
    var ticks = [];
    if (shownYear) {
      MONTHS.forEach(function (name, month) { ticks.push({ time: Date.UTC(shownYear, month, 1), label: name + " " + shownYear }); });
    } else {
      var step = Math.ceil(years.length * 48 / (width - left - right));
      years.forEach(function (year, index) { ticks.push({ time: Date.UTC(year, 0, 1), label: index % step ? "" : String(year), year: year }); });
    }
    ticks.forEach(function (tick) {
      svg(axis, "line", { x1: x(tick.time), x2: x(tick.time), y1: top, y2: y + 2 });
      if (!tick.label) return;
      var label = svg(axis, "text", { x: x(tick.time) + 3, y: y + 14, "class": tick.year ? "year-tick" : "" }, tick.label);
      if (tick.year) label.addEventListener("click", function () { changeView({ year: String(tick.year) }); });
    });
    timelineChart.setAttribute("viewBox", "0 0 " + width + " " + (y + 20));
    timelineChart.setAttribute("height", String(y + 20));
    body.setAttribute("data-timeline", String(drawn));
  }

  /* ---- Network: countries on a circle, or around the one that takes part in every tie. ---- */

  function mainType(byType) {
    return TYPES.reduce(function (best, type) { return byType[type] > byType[best] ? type : best; }, TYPES[0]);
  }

  function tallyText(count, byType) {
    var parts = TYPES.filter(function (type) { return byType[type]; }).map(function (type) {
      return byType[type] + " " + TYPE_NAMES[type];
    });
    return count + (count === 1 ? " event" : " events") + (parts.length ? ": " + parts.join(", ") : "");
  }

  /* Neighbours side by side, so that few ties cross the circle: from the country with the
     most events, each next one is the unplaced country most tied to the last placed, else to
     any placed, else the one with the most events left (the start of another component). */
  function ringOrder(nodes) {
    var weight = {};
    data.edges.forEach(function (edge) {
      weight[edge.a + "-" + edge.b] = weight[edge.b + "-" + edge.a] = edge.weight;
    });
    var left = nodes.slice();
    var order = [];
    while (left.length) {
      var best = 0, bestScore = -1;
      left.forEach(function (node, index) {
        var score = 0;
        order.forEach(function (placed, at) {
          var tie = weight[placed.code + "-" + node.code] || 0;
          score += at === order.length - 1 ? tie * 1000 : tie;
        });
        if (score > bestScore) { best = index; bestScore = score; }
      });
      order.push(left.splice(best, 1)[0]);
    }
    return order;
  }

  function drawNetwork() {
    clear(networkChart);
    var nodes = data.nodes.slice().sort(function (a, b) {
      return b.events - a.events || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
    });
    var hub = nodes.length > 2 && data.edges.every(function (edge) {
      return edge.a === nodes[0].code || edge.b === nodes[0].code;
    }) ? nodes[0] : null;
    var ring = ringOrder(hub ? nodes.slice(1) : nodes);
    // Past a score of countries, labels run out along the radius, where each has room for a line.
    var radial = ring.length > 20;
    var centre = { x: 270, y: 260 };
    var radius = radial ? 150 : 170;
    // Circles that do not overlap their neighbours on the ring.
    var largest = Math.max(3, Math.min(20, 0.9 * Math.PI * radius / Math.max(ring.length, 1)));
    var position = {};
    if (hub) position[hub.code] = { x: centre.x, y: centre.y, cos: 0, sin: 1 };
    ring.forEach(function (node, index) {
      var alone = ring.length === 1 && !hub;
      var angle = alone ? Math.PI / 2 : -Math.PI / 2 + 2 * Math.PI * index / ring.length;
      var r = alone ? 0 : radius;
      position[node.code] = { x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle),
                              cos: Math.cos(angle), sin: Math.sin(angle), angle: angle };
    });
    var mostEvents = nodes.length ? nodes[0].events : 1;
    var heaviest = data.edges.reduce(function (most, edge) { return Math.max(most, edge.weight); }, 1);
    var edgeLayer = svg(networkChart, "g", {});
    var nodeLayer = svg(networkChart, "g", {});
    data.edges.forEach(function (edge) {
      var a = position[edge.a], b = position[edge.b];
      var pair = edge.a + "-" + edge.b;
      var ends = { x1: a.x, y1: a.y, x2: b.x, y2: b.y };
      var line = svg(edgeLayer, "line", ends);
      line.setAttribute("class", "edge t-" + mainType(edge.byType));
      line.setAttribute("stroke-width", String(1.5 + 6 * edge.weight / heaviest));
      line.setAttribute("data-pair", pair);
      var hit = svg(edgeLayer, "line", ends);
      hit.setAttribute("class", "edge-hit");
      svg(hit, "title", {}, countryName(edge.a) + " – " + countryName(edge.b) + ": " + tallyText(edge.weight, edge.byType));
      hit.addEventListener("click", function () { changeView({ pair: pair, country: null }); });
    });
    nodes.forEach(function (node) {
      var at = position[node.code];
      var size = (node === hub ? 20 : largest) * (0.35 + 0.65 * Math.sqrt(node.events / mostEvents));
      var group = svg(nodeLayer, "g", { "class": "node", "data-code": node.code });
      svg(group, "circle", { cx: at.x, cy: at.y, r: size });
      var names = data.countries[node.code] || [node.code, node.code, node.code];
      svg(group, "title", {}, names.join(" · ") + " (" + node.code + "): " + tallyText(node.events, node.byType));
      var gap = size + 5;
      if (node === hub) {
        svg(group, "text", { x: at.x, y: at.y + gap + 11, "text-anchor": "middle" }, names[0]);
      } else if (radial) {
        var degrees = at.angle * 180 / Math.PI + (at.cos < 0 ? 180 : 0);
        var x = at.x + gap * at.cos, y = at.y + gap * at.sin;
        svg(group, "text", { x: x, y: y + 4, "class": "radial", "text-anchor": at.cos < 0 ? "end" : "start",
                             transform: "rotate(" + degrees.toFixed(1) + " " + x.toFixed(1) + " " + y.toFixed(1) + ")" }, names[0]);
      } else {
        var anchor = Math.abs(at.cos) < 0.3 ? "middle" : at.cos > 0 ? "start" : "end";
        var labelY = at.y + gap * at.sin + (at.sin > 0.3 ? 11 : at.sin < -0.3 ? -3 : 4);
        svg(group, "text", { x: at.x + gap * at.cos, y: labelY, "text-anchor": anchor }, names[0]);
      }
      group.addEventListener("click", function () { changeView({ country: node.code, pair: null }); });
    });
    body.setAttribute("data-nodes", String(nodes.length));
    body.setAttribute("data-edges", String(data.edges.length));
  }

  /* ---- The events of what is selected, listed beside the network. ---- */

  function listSelection(country, pair) {
    clear(panel);
    Array.prototype.forEach.call(networkChart.querySelectorAll(".selected"), function (element) {
      element.classList.remove("selected");
    });
    var codes = country ? [country] : pair ? pair.split("-") : [];
    if (!codes.length) {
      html(panel, "p", "Nothing selected.").className = "hint";
      body.setAttribute("data-listed", "0");
      return;
    }
    var selected = country ? networkChart.querySelector('.node[data-code="' + country + '"]')
      : networkChart.querySelector('.edge[data-pair="' + pair + '"]');
    if (selected) selected.classList.add("selected");
    var events = data.events.filter(function (event) {
      return codes.every(function (code) { return event.countries.indexOf(code) >= 0; });
    });
    var heading = html(panel, "h3", codes.map(countryName).join(" – "));
    if (country && data.countries[country]) {
      heading.appendChild(document.createTextNode(" · " + data.countries[country][1] + " · "));
      html(heading, "bdi", data.countries[country][2]);
    }
    var summary = html(panel, "p", events.length + (events.length === 1 ? " event " : " events "));
    var close = html(summary, "button", "clear");
    close.type = "button";
    close.addEventListener("click", function () { changeView({ country: null, pair: null }); });
    var list = html(panel, "ol");
    events.forEach(function (event) {
      var item = html(list, "li");
      var link = html(item, "a", event.date || "undated");
      link.href = "#e" + event.id;
      link.addEventListener("click", function (click) { click.preventDefault(); showEvent(event.id); });
      // A meeting's or a session's summary says what it was; an agreement's may be only its instrument.
      item.appendChild(document.createTextNode(event.type === "agreement" && event.summary.indexOf("agreement") !== 0 ? " agreement: " : " "));
      html(item, "span", event.summary, true);
      if (event.status === "planned") item.appendChild(document.createTextNode(" (planned)"));
      item.appendChild(document.createTextNode(" · " + event.countries.map(countryName).join(", ")));
      event.participants.forEach(function (name, index) {
        item.appendChild(document.createTextNode(index ? ", " : " · "));
        html(item, "bdi", name);
      });
    });
    body.setAttribute("data-listed", String(events.length));
  }

  /* ---- The table: found by text (accents and Arabic diacritics ignored), type and status. ---- */

  var rows = Array.prototype.slice.call(document.querySelectorAll("#events tbody tr"));
  function fold(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, "");
  }
  var rowTexts = rows.map(function (row) { return fold(row.textContent); });
  var textBox = document.getElementById("filter-text");
  var typeBox = document.getElementById("filter-type");
  var statusBox = document.getElementById("filter-status");

  function filterTable() {
    var wanted = fold(textBox.value.trim());
    var shown = 0;
    rows.forEach(function (row, index) {
      var keep = (!typeBox.value || row.getAttribute("data-type") === typeBox.value)
        && (!statusBox.value || row.getAttribute("data-status") === statusBox.value)
        && (!wanted || rowTexts[index].indexOf(wanted) >= 0);
      row.hidden = !keep;
      if (keep) shown++;
    });
    document.getElementById("filter-count").textContent = (shown === rows.length ? "" : shown + " of ")
      + rows.length + (rows.length === 1 ? " event" : " events");
    body.setAttribute("data-shown", String(shown));
  }

  function showEvent(id) {
    var row = document.getElementById("e" + id);
    if (!row) return;
    if (row.hidden) {
      textBox.value = ""; typeBox.value = ""; statusBox.value = "";
      filterTable();
    }
    rows.forEach(function (other) { other.classList.remove("selected"); });
    row.classList.add("selected");
    row.scrollIntoView({ block: "center" });
  }

  /* A link may open the table filtered: #find=…&type=…&status=…, read once, when the page opens. */
  function filterFromAddress() {
    var parameters = viewParameters();
    if (parameters.find !== undefined) textBox.value = parameters.find;
    if (parameters.type !== undefined) typeBox.value = parameters.type;
    if (parameters.status !== undefined) statusBox.value = parameters.status;
  }

  function showView() {
    var parameters = viewParameters();
    shownYear = years.indexOf(+parameters.year) >= 0 ? +parameters.year : null;
    drawYearButtons();
    drawTimeline();
    listSelection(parameters.country || null, parameters.country ? null : parameters.pair || null);
  }

  [textBox, typeBox, statusBox].forEach(function (box) { box.addEventListener("input", filterTable); });
  document.getElementById("table-filters").addEventListener("submit", function (submit) { submit.preventDefault(); });
  window.addEventListener("hashchange", showView);
  var resizing = null;
  window.addEventListener("resize", function () {
    clearTimeout(resizing);
    resizing = setTimeout(drawTimeline, 100);
  });

  body.setAttribute("data-events", String(data.events.length));
  body.setAttribute("data-rows", String(rows.length));
  drawNetwork();
  showView();
  filterFromAddress();
  filterTable();
  body.setAttribute("data-ready", "1");
})();
