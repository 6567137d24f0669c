/* Folio: typesets arithmatex's generic output (<span class="arithmatex">\(…\)</span>,
   <div class="arithmatex">\[…\]</div>) with the KaTeX copy inside the site. A formula KaTeX cannot read
   is shown as its source, in KaTeX's error colour. */
(function () {
  "use strict";
  function start() {
    if (!window.katex) { return; }
    document.querySelectorAll(".arithmatex").forEach(function (element) {
      // MathJax's script form (arithmatex without generic) holds the formula in a script; generic, in the text.
      var script = element.querySelector('script[type^="math/tex"]');
      var raw = (script ? script.textContent : element.textContent).trim();
      var display = script ? /mode=display/.test(script.type)
          : /^(\\\[|\$\$)/.test(raw) || element.tagName === "DIV" || element.tagName === "PRE";
      var tex = raw.replace(/^\\[\[(]/, "").replace(/\\[\])]$/, "")
          .replace(/^\$\$?/, "").replace(/\$\$?$/, "");
      window.katex.render(tex, element, { displayMode: display, throwOnError: false });
    });
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
