/* gongkai site search. Plain JavaScript, no framework, no network: it reads the index that
 * search-index.js assigned to window.GONGKAI_SEARCH and searches it in the page.
 *
 * Chinese has no spaces between words, so a query matches any substring: 低保 and 最低生活保障
 * both find a roster of 最低生活保障 recipients. Text and query are folded alike (full-width ASCII
 * to ASCII, the ideographic space to a space, A-Z to a-z), one UTF-16 unit for one, so a match's
 * position in the folded text is its position in the text shown. Space-separated words must all
 * occur. Ranking: items with more words in the title first, then more hits in all, then newer.
 *
 * Results are built with DOM calls (textContent, createElement, createTextNode): no text, from
 * the index or from the reader, is ever parsed as markup. The query and filters live in the URL
 * (?q=…&category=…&year=…&timing=…&status=…), so a search is a link, the browser's Back works,
 * and the header form of every page lands here. */
(function () {
  "use strict";

  var app = document.getElementById("search-app");
  var data = window.GONGKAI_SEARCH;
  var form = app && app.querySelector("form");
  var input = document.getElementById("search-q");
  var statusLine = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  // Without the index or the page's parts, the notice for readers without JavaScript stays.
  if (!data || !data.items || !data.fields || !form || !input || !statusLine || !list || !more) return;

  var FILTERS = ["category", "year", "timing", "status"];
  var MAX_QUERY = 100;
  var SNIPPET = 80;
  var FOLDABLE = /[\uFF01-\uFF5E\u3000A-Z]/;
  var pageSize = parseInt(app.getAttribute("data-page-size"), 10) || 50;
  var root = app.getAttribute("data-root") || "";
  var selects = {};
  FILTERS.forEach(function (name) { selects[name] = document.getElementById("search-filter-" + name); });
  var baseTitle = document.title;

  var notice = document.getElementById("search-nojs");
  if (notice) notice.hidden = true;

  /* Index entries as objects, with folded copies of the searched fields made once. */
  var col = {};
  data.fields.forEach(function (name, i) { col[name] = i; });
  var items = data.items.map(function (row, order) {
    var item = { order: order };
    data.fields.forEach(function (name) { item[name] = row[col[name]] == null ? "" : String(row[col[name]]); });
    item.foldedTitle = fold(item.title);
    item.foldedIndex = fold(item.index);
    item.foldedText = fold(item.text);
    return item;
  });

  /* Full-width ASCII (！ to ～) to ASCII, the ideographic space to a space, A-Z to a-z: one code
   * unit for one, so positions carry over between a text and its folded form. */
  function fold(s) {
    if (!FOLDABLE.test(s)) return s;
    return s.replace(/[\uFF01-\uFF5E\u3000A-Z]/g, function (c) {
      var code = c.charCodeAt(0);
      if (code === 0x3000) return " ";
      if (code >= 0xFF01) code -= 0xFEE0;
      if (code >= 65 && code <= 90) code += 32;
      return String.fromCharCode(code);
    });
  }

  /* The distinct words of a query, folded. */
  function terms(query) {
    var seen = {};
    return fold(query).split(/\s+/).filter(function (t) {
      if (!t || seen[t]) return false;
      seen[t] = true;
      return true;
    });
  }

  function count(haystack, needle) {
    var n = 0, at = haystack.indexOf(needle);
    while (at !== -1 && n < 1000) {
      n += 1;
      at = haystack.indexOf(needle, at + needle.length);
    }
    return n;
  }

  function search(state) {
    var words = terms(state.q);
    var found = [];
    items.forEach(function (item) {
      for (var f = 0; f < FILTERS.length; f++) {
        var want = state[FILTERS[f]];
        if (want && item[FILTERS[f]] !== want) return;
      }
      var inTitle = 0, hits = 0;
      for (var w = 0; w < words.length; w++) {
        var t = count(item.foldedTitle, words[w]);
        var n = t + count(item.foldedIndex, words[w]) + count(item.foldedText, words[w]);
        if (n === 0) return;
        if (t > 0) inTitle += 1;
        hits += n;
      }
      found.push({ item: item, inTitle: inTitle, hits: hits });
    });
    found.sort(function (a, b) {
      return (b.inTitle - a.inTitle) || (b.hits - a.hits) ||
        (a.item.date < b.item.date ? 1 : a.item.date > b.item.date ? -1 : 0) || (a.item.order - b.item.order);
    });
    return { words: words, results: found };
  }

  /* Ranges [start, end) of every occurrence of the words in `folded`, merged. */
  function ranges(folded, words) {
    var out = [];
    words.forEach(function (w) {
      var at = folded.indexOf(w);
      while (at !== -1) {
        out.push([at, at + w.length]);
        at = folded.indexOf(w, at + w.length);
      }
    });
    out.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    var merged = [];
    out.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push([r[0], r[1]]);
    });
    return merged;
  }

  /* Appends `text` to `parent` as text nodes, with <mark> around the words. */
  function highlight(parent, text, folded, words) {
    var at = 0;
    ranges(folded, words).forEach(function (r) {
      if (r[0] > at) parent.appendChild(document.createTextNode(text.slice(at, r[0])));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(r[0], r[1]);
      parent.appendChild(mark);
      at = r[1];
    });
    if (at < text.length) parent.appendChild(document.createTextNode(text.slice(at)));
  }

  function isLow(s, i) { var c = s.charCodeAt(i); return c >= 0xDC00 && c <= 0xDFFF; }

  /* About SNIPPET characters of the text around the first hit (the start when none). */
  function snippet(parent, item, words) {
    var text = item.text, folded = item.foldedText;
    var first = -1;
    words.forEach(function (w) {
      var at = folded.indexOf(w);
      if (at !== -1 && (first === -1 || at < first)) first = at;
    });
    var start = first > 20 ? first - 20 : 0;
    var end = Math.min(text.length, start + SNIPPET);
    start = Math.max(0, Math.min(start, end - SNIPPET));
    if (start > 0 && isLow(text, start)) start += 1;
    if (end < text.length && isLow(text, end)) end -= 1;
    if (start > 0) parent.appendChild(document.createTextNode("…"));
    highlight(parent, text.slice(start, end), folded.slice(start, end), words);
    if (end < text.length) parent.appendChild(document.createTextNode("…"));
  }

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (m, key) { return key in values ? String(values[key]) : m; });
  }

  function dateText(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!m) return iso;
    return format(app.getAttribute("data-date"), { iso: iso, y: m[1], m: +m[2], d: +m[3] });
  }

  function optionText(name, value) {
    var select = selects[name];
    for (var i = 0; select && i < select.options.length; i++) {
      if (select.options[i].value === value) return select.options[i].text;
    }
    return value;
  }

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text != null) e.textContent = text;
    return e;
  }

  function resultItem(found, words) {
    var item = found.item;
    var li = element("li", "search-result");
    var link = element("a", "item-title");
    link.href = root + item.url;
    highlight(link, item.title, item.foldedTitle, words);
    li.appendChild(link);
    if (item.status && item.status !== "current") {
      li.appendChild(document.createTextNode(" "));
      li.appendChild(element("span", "badge badge-" + item.status, optionText("status", item.status)));
    }
    var meta = element("p", "item-meta");
    var index = element("span", "index");
    highlight(index, item.index, item.foldedIndex, words);
    meta.appendChild(index);
    if (item.date) {
      var time = element("time", null, dateText(item.date));
      time.setAttribute("datetime", item.date);
      meta.appendChild(time);
    }
    if (item.category) meta.appendChild(element("span", "category", optionText("category", item.category)));
    li.appendChild(meta);
    if (item.text) {
      var p = element("p", "search-snippet");
      snippet(p, item, words);
      li.appendChild(p);
    }
    return li;
  }

  var current = { results: [], words: [], shown: 0 };

  function showMore(focusFirst) {
    var next = current.results.slice(current.shown, current.shown + pageSize);
    var firstLink = null;
    next.forEach(function (found) {
      var li = resultItem(found, current.words);
      if (!firstLink) firstLink = li.querySelector("a");
      list.appendChild(li);
    });
    current.shown += next.length;
    var left = current.results.length - current.shown;
    more.hidden = left <= 0;
    if (left > 0) more.textContent = format(app.getAttribute("data-more"), { count: left });
    if (focusFirst && firstLink) firstLink.focus();
  }

  function readState(params) {
    var state = { q: (params.get("q") || "").slice(0, MAX_QUERY) };
    FILTERS.forEach(function (name) { state[name] = params.get(name) || ""; });
    return state;
  }

  function formState() {
    var state = { q: input.value.slice(0, MAX_QUERY) };
    FILTERS.forEach(function (name) { state[name] = selects[name] ? selects[name].value : ""; });
    return state;
  }

  function fillForm(state) {
    input.value = state.q;
    FILTERS.forEach(function (name) {
      var select = selects[name];
      if (!select) return;
      select.value = state[name];
      if (select.value !== state[name]) { select.value = ""; state[name] = ""; }
    });
  }

  function query(state) {
    var params = new URLSearchParams();
    if (state.q) params.set("q", state.q);
    FILTERS.forEach(function (name) { if (state[name]) params.set(name, state[name]); });
    var s = params.toString();
    return s ? "?" + s : location.pathname.replace(/^.*\//, "");
  }

  /* Puts the state in the address bar; pages opened from file:// may refuse, which is harmless. */
  function remember(state, push) {
    try {
      if (push) history.pushState(null, "", query(state));
      else history.replaceState(null, "", query(state));
    } catch (e) { /* keep the results; the address just stays as it was */ }
  }

  function run(state) {
    list.textContent = "";
    var q = state.q.trim();
    var filtered = FILTERS.some(function (name) { return state[name]; });
    document.title = q ? format(app.getAttribute("data-title"), { query: q }) + " - " + baseTitle : baseTitle;
    if (!terms(q).length && !filtered) {
      current = { results: [], words: [], shown: 0 };
      more.hidden = true;
      statusLine.textContent = app.getAttribute("data-prompt");
      return;
    }
    var outcome = search(state);
    current = { results: outcome.results, words: outcome.words, shown: 0 };
    if (!outcome.results.length) {
      more.hidden = true;
      statusLine.textContent = q ? format(app.getAttribute("data-none"), { query: q })
                                 : app.getAttribute("data-none-filtered");
      return;
    }
    statusLine.textContent = format(app.getAttribute("data-count"), { count: outcome.results.length });
    showMore(false);
  }

  var timer = null;
  function update(push) {
    clearTimeout(timer);
    var state = formState();
    remember(state, push);
    run(state);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    update(true);
  });
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { update(false); }, 200);
  });
  FILTERS.forEach(function (name) {
    if (selects[name]) selects[name].addEventListener("change", function () { update(false); });
  });
  more.addEventListener("click", function () { showMore(true); });
  window.addEventListener("popstate", function () {
    var state = readState(new URLSearchParams(location.search));
    fillForm(state);
    run(state);
  });

  var initial = readState(new URLSearchParams(location.search));
  fillForm(initial);
  run(initial);
})();
