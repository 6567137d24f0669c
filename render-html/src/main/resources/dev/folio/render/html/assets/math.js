/* Folio: typesets arithmatex's generic output (<span class="arithmatex">\(…\)</span>,
   <div class="arithmatex">\[…\]</div>) with the KaTeX copy inside the site. A formula KaTeX cannot read
   is shown as its source, in KaTeX's error colour. */
(function () {
  "use strict";
  function start() {
    if (!window.katex) { return; }
    document.querySelectorAll(".arithmatex").forEach(function (element) {
      var tex = element.textContent.trim()
          .replace(/^\\[\[(]/, "").replace(/\\[\])]$/, "")
          .replace(/^\$\$?/, "").replace(/\$\$?$/, "");
      window.katex.render(tex, element, { displayMode: element.tagName === "DIV", throwOnError: false });
    });
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
