#!/bin/bash
# Writes what MkDocs publishes for this site into expected/facts.txt, built as FastAPI builds its languages: each
# docs/<lang>/mkdocs.yml on its own, English at the root and the others under /<lang>/ (../write-facts.sh; MKDOCS
# as in ../same-urls-as-mkdocs/expected/make.sh). CI never runs it.
set -euo pipefail
mkdocs=${MKDOCS:-mkdocs}
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$here/docs/en" && $mkdocs build -q -d "$work/site" 2>/dev/null)
(cd "$here/docs/es" && $mkdocs build -q -d "$work/site/es" 2>/dev/null)
# The Spanish build's own copies of the theme, sitemap and 404 page: one site has them once, at its root.
rm -rf "$work/site/es/assets/javascripts" "$work/site/es/assets/stylesheets" "$work/site/es/assets/images" \
    "$work/site/es/search" "$work/site/es/sitemap.xml" "$work/site/es/sitemap.xml.gz" "$work/site/es/404.html"
"$here/../write-facts.sh" "$work/site" "$here/expected/facts.txt" "with Material publishes, a build per language"
