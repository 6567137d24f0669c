/* Folio theme: colour-scheme toggle (remembered), drawer and print helpers. No network access. */
(function () {
  "use strict";
  var KEY = "folio.scheme";
  document.addEventListener("click", function (event) {
    var toggle = event.target.closest && event.target.closest(".md-scheme-toggle");
    if (toggle) {
      var root = document.documentElement;
      var next = root.getAttribute("data-md-color-scheme") === "slate" ? "default" : "slate";
      root.setAttribute("data-md-color-scheme", next);
      try { localStorage.setItem(KEY, next); } catch (e) { /* private mode: not remembered */ }
      return;
    }
    var expand = event.target.closest && event.target.closest(".md-nav__expand, .md-nav__item--section > span.md-nav__section");
    if (expand) {
      // A group of the phone drawer opens as a panel over its parent, and its header's arrow goes back.
      var group = expand.parentNode;
      var open = group.classList.toggle("md-nav__item--panel");
      var button = group.querySelector(":scope > .md-nav__expand");
      if (button) { button.setAttribute("aria-expanded", open ? "true" : "false"); }
      return;
    }
    var link = event.target.closest && event.target.closest(".md-sidebar--primary a");
    var drawer = document.getElementById("__drawer");
    if (link && drawer) { drawer.checked = false; }
  });
  document.addEventListener("keydown", function (event) {
    var drawer = document.getElementById("__drawer");
    if (event.key === "Escape" && drawer && drawer.checked) { drawer.checked = false; }
  });
  // The phone drawer opens where the current page is: its groups are open panels, as its sections are.
  var openCurrentGroups = function () {
    document.querySelectorAll(".md-nav--primary .md-nav__item--section.md-nav__item--active").forEach(function (group) {
      group.classList.add("md-nav__item--panel");
      var button = group.querySelector(":scope > .md-nav__expand");
      if (button) { button.setAttribute("aria-expanded", "true"); }
    });
  };
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", openCurrentGroups); } else { openCurrentGroups(); }
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details:not([open])").forEach(function (details) {
      details.setAttribute("open", "");
      details.setAttribute("data-folio-print-opened", "");
    });
  });
  window.addEventListener("afterprint", function () {
    document.querySelectorAll("details[data-folio-print-opened]").forEach(function (details) {
      details.removeAttribute("open");
      details.removeAttribute("data-folio-print-opened");
    });
  });
  if (window.matchMedia) {
    var query = window.matchMedia("(prefers-color-scheme: dark)");
    var follow = function () {
      var stored = null;
      try { stored = localStorage.getItem(KEY); } catch (e) { /* ignore */ }
      if (stored !== "default" && stored !== "slate") {
        document.documentElement.setAttribute("data-md-color-scheme", query.matches ? "slate" : "default");
      }
    };
    if (query.addEventListener) { query.addEventListener("change", follow); }
  }
})();

/* Annotations. A code block's are written by Folio; a text's ({ .annotate }) are made here, as Material's script
   makes them, since a tooltip holds blocks that HTML does not allow inside a paragraph: each marker "(N)" in the
   block's text becomes a marker whose tooltip holds item N of the list after the block (paragraphs without
   elements skipped); the list is hidden, and shown again in print. A click on a marker opens its tooltip (focus
   shows it, as CSS says), a second click closes it; the tooltip is placed at the marker, inside the viewport. */
(function () {
  "use strict";
  var MARKER = /(\(\d+\))(!)?/;
  var listAfter = function (block) {
    var next = block.nextElementSibling;
    while (next && next.tagName === "P" && !next.children.length) { next = next.nextElementSibling; }
    return next && next.tagName === "OL" ? next : null;
  };
  var annotation = function (number, prefix) {
    var id = prefix ? prefix + "_annotation_" + number : "";
    var aside = document.createElement("aside");
    aside.className = "md-annotation";
    aside.tabIndex = 0;
    var tooltip = document.createElement("div");
    tooltip.className = "md-tooltip";
    tooltip.setAttribute("role", "tooltip");
    if (id) { tooltip.id = id; }
    var inner = document.createElement("div");
    inner.className = "md-tooltip__inner md-typeset";
    tooltip.appendChild(inner);
    var index = document.createElement(id ? "a" : "span");
    index.className = "md-annotation__index";
    index.tabIndex = -1;
    if (id) { index.setAttribute("href", "#" + id); }
    var label = document.createElement("span");
    label.setAttribute("data-md-annotation-id", number);
    index.appendChild(label);
    aside.appendChild(tooltip);
    aside.appendChild(index);
    return aside;
  };
  var moves = [];
  var annotateBlock = function (block) {
    var list = listAfter(block);
    if (!list) { return; }
    var prefixHolder = block.closest("[id]");
    var prefix = prefixHolder ? prefixHolder.id : "";
    var texts = [];
    var walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentNode.closest(".md-annotation")) { texts.push(node); }
    }
    var made = [];
    texts.forEach(function (text) {
      var match;
      while ((match = MARKER.exec(text.textContent))) {
        var marker;
        if (match[2] === undefined) {
          marker = text.splitText(match.index);
          text = marker.splitText(match[1].length);
        } else {
          text.textContent = match[1];
          marker = text;
        }
        var number = match[1].slice(1, -1);
        var item = list.querySelector(":scope > li:nth-child(" + number + ")");
        if (item) {
          var aside = annotation(number, prefix);
          marker.parentNode.replaceChild(aside, marker);
          made.push([aside.querySelector(".md-tooltip__inner"), item]);
        }
        if (match[2] !== undefined) { break; }
      }
    });
    if (!made.length) { return; }
    made.forEach(function (pair) { while (pair[1].firstChild) { pair[0].appendChild(pair[1].firstChild); } });
    list.hidden = true;
    moves.push({ list: list, pairs: made });
  };
  var swap = function (print) {
    moves.forEach(function (move) {
      move.list.hidden = !print;
      move.list.classList.toggle("md-annotation-list", print);
      move.pairs.forEach(function (pair) {
        var from = print ? pair[0] : pair[1];
        var to = print ? pair[1] : pair[0];
        while (from.firstChild) { to.appendChild(from.firstChild); }
      });
    });
  };
  var start = function () { document.querySelectorAll(".md-typeset .annotate:not(.highlight)").forEach(annotateBlock); };
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
  window.addEventListener("beforeprint", function () { swap(true); });
  window.addEventListener("afterprint", function () { swap(false); });
  var place = function (annotation) {
    var tooltip = annotation.querySelector(":scope > .md-tooltip");
    var index = annotation.querySelector(":scope > .md-annotation__index");
    var parent = tooltip && tooltip.offsetParent;
    if (!index || !parent) { return; }
    var origin = parent.getBoundingClientRect();
    var marker = index.getBoundingClientRect();
    var width = Math.min(tooltip.offsetWidth, window.innerWidth - 32);
    var x = marker.left - origin.left + marker.width / 2;
    var left = Math.max(16 - origin.left, Math.min(x, window.innerWidth - 16 - width - origin.left));
    annotation.style.setProperty("--folio-tooltip-x", left + "px");
    annotation.style.setProperty("--folio-tooltip-y", (marker.top - origin.top + marker.height / 2) + "px");
    annotation.style.setProperty("--folio-tooltip-gap", "0");
  };
  document.addEventListener("focusin", function (event) {
    var annotation = event.target.closest && event.target.closest(".md-annotation");
    if (annotation) { place(annotation); }
  });
  document.addEventListener("mousedown", function (event) {
    var index = event.target.closest && event.target.closest(".md-annotation__index");
    if (!index || event.button !== 0) { return; }
    var annotation = index.parentNode;
    if (annotation.contains(document.activeElement)) {
      event.preventDefault();
      document.activeElement.blur();
      index.setAttribute("data-folio-closed", "");
    }
  });
  document.addEventListener("click", function (event) {
    var index = event.target.closest && event.target.closest(".md-annotation__index");
    if (!index || event.metaKey || event.ctrlKey) { return; }
    event.preventDefault();
    if (index.hasAttribute("data-folio-closed")) { index.removeAttribute("data-folio-closed"); return; }
    index.parentNode.focus();
  });
})();

/* Search: the language's index is a script written at build time, loaded on first use (works offline
   and from file: URLs). Words are matched after folding case and diacritics; Chinese, Japanese and
   Korean text, written without spaces, is matched by overlapping pairs of characters. A match in a
   page title ranks above one in a heading, which ranks above one in the text. */
(function () {
  "use strict";
  var CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/;
  var WORD = /[\p{L}\p{N}]+/gu;

  function fold(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function terms(query) {
    var out = [];
    (fold(query).match(WORD) || []).forEach(function (word) {
      if (!CJK.test(word)) { out.push(word); return; }
      var run = "";
      var flush = function () {
        if (run.length === 1) { out.push(run); }
        for (var i = 0; i + 1 < run.length; i++) { out.push(run.substr(i, 2)); }
        run = "";
      };
      for (var i = 0; i < word.length; i++) {
        if (CJK.test(word[i])) { run += word[i]; } else { flush(); }
      }
      flush();
      var rest = word.replace(new RegExp(CJK.source, "g"), " ").trim();
      if (rest) { rest.split(/\s+/).forEach(function (part) { out.push(part); }); }
    });
    return out.filter(function (term, index) { return out.indexOf(term) === index; });
  }

  function prepare(index) {
    var entries = [];
    index.forEach(function (page) {
      var title = fold(page.t);
      page.s.forEach(function (section) {
        entries.push({
          page: page, heading: section[0], id: section[1], text: section[2],
          title: title, foldedHeading: fold(section[0]), foldedText: fold(section[2])
        });
      });
      if (page.s.length === 0) {
        entries.push({ page: page, heading: "", id: "", text: "", title: title, foldedHeading: "", foldedText: "" });
      }
    });
    return entries;
  }

  function search(entries, query) {
    var wanted = terms(query);
    if (wanted.length === 0) { return []; }
    var results = [];
    entries.forEach(function (entry) {
      var score = 0;
      for (var i = 0; i < wanted.length; i++) {
        var term = wanted[i], found = 0;
        if (entry.title.indexOf(term) >= 0) { found = 10; }
        else if (entry.foldedHeading.indexOf(term) >= 0) { found = 5; }
        else if (entry.foldedText.indexOf(term) >= 0) { found = 1; }
        if (!found) { return; }
        score += found;
      }
      results.push({ entry: entry, score: score, term: wanted[0] });
    });
    results.sort(function (a, b) { return b.score - a.score; });
    return results.slice(0, 25);
  }

  function snippet(entry, term) {
    var at = entry.foldedText.indexOf(term);
    if (at < 0) { return entry.text.slice(0, 160); }
    var start = Math.max(0, at - 60);
    return (start > 0 ? "…" : "") + entry.text.slice(start, start + 180) + "…";
  }

  function show(form, results) {
    var list = form.querySelector(".md-search__results");
    var output = form.querySelector(".md-search__output");
    var root = form.getAttribute("data-root");
    list.textContent = "";
    if (results.length === 0) {
      var none = document.createElement("li");
      none.className = "md-search__none";
      none.textContent = form.getAttribute("data-no-results");
      list.appendChild(none);
    }
    results.forEach(function (result) {
      var entry = result.entry;
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.className = "md-search__link";
      link.href = root + entry.page.u + (entry.id ? "#" + entry.id : "");
      var title = document.createElement("span");
      title.className = "md-search__title";
      title.textContent = entry.heading ? entry.page.t + " › " + entry.heading : entry.page.t;
      var text = document.createElement("span");
      text.className = "md-search__snippet";
      text.textContent = snippet(entry, result.term);
      link.appendChild(title);
      link.appendChild(text);
      item.appendChild(link);
      list.appendChild(item);
    });
    output.hidden = false;
  }

  function setUp(form) {
    var input = form.querySelector(".md-search__input");
    var entries = null, loading = false, pending = null;
    var run = function () {
      var query = input.value;
      if (!query.trim()) { form.querySelector(".md-search__output").hidden = true; return; }
      if (entries) { show(form, search(entries, query)); return; }
      pending = query;
      if (loading) { return; }
      loading = true;
      var script = document.createElement("script");
      script.src = form.getAttribute("data-index");
      script.onload = function () {
        entries = prepare(window.folioSearchIndex || []);
        if (pending !== null) { show(form, search(entries, input.value)); }
      };
      document.head.appendChild(script);
    };
    input.addEventListener("input", run);
    form.addEventListener("submit", function (event) { event.preventDefault(); run(); });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { input.value = ""; form.querySelector(".md-search__output").hidden = true; }
    });
    var query = new URLSearchParams(window.location.search).get("q");
    if (query) { input.value = query; run(); }
  }

  var start = function () { document.querySelectorAll("form.md-search").forEach(setUp); };
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
