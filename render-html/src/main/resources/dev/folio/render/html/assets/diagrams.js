/* Folio: draws each mermaid diagram (<pre class="mermaid"><code>…</code></pre>, as Material writes it) with the
   mermaid copy inside the site, in the page's colour scheme, and again when the reader switches scheme.
   A diagram mermaid cannot read stays as its source text. */
(function () {
  "use strict";
  var diagrams = [];

  function theme() {
    return document.documentElement.getAttribute("data-md-color-scheme") === "slate" ? "dark" : "default";
  }

  function draw() {
    if (!window.mermaid || diagrams.length === 0) { return; }
    window.mermaid.initialize({ startOnLoad: false, theme: theme(), securityLevel: "strict" });
    // One at a time: mermaid keeps state while it lays a diagram out.
    diagrams.reduce(function (previous, diagram, index) {
      return previous.then(function () {
        return window.mermaid.render("folio-mermaid-" + index, diagram.source).then(function (result) {
          diagram.element.innerHTML = result.svg;
          diagram.element.classList.remove("mermaid--error");
        }, function () {
          diagram.element.textContent = diagram.source;
          diagram.element.classList.add("mermaid--error");
        });
      });
    }, Promise.resolve());
  }

  function start() {
    document.querySelectorAll("pre.mermaid").forEach(function (pre) {
      var element = document.createElement("div");
      element.className = "mermaid";
      diagrams.push({ element: element, source: pre.textContent });
      pre.replaceWith(element);
    });
    draw();
    new MutationObserver(draw).observe(document.documentElement,
        { attributes: true, attributeFilter: ["data-md-color-scheme"] });
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
