#!/bin/bash
# Writes what MkDocs publishes for this site into expected/facts.txt (../page-facts.py: its files; each page's lang,
# title, top-level navigation, language switcher and article links). CI never runs it. MKDOCS names the command:
# MkDocs 1.6.1 and Material 9.6.4 as ../../same-urls-as-mkdocs/expected/make.sh says, with mkdocs-static-i18n 1.3.1
# (its repository's mkdocs_static_i18n/ beside them, and a dist-info whose entry_points.txt names the plugin i18n).
set -euo pipefail
mkdocs=${MKDOCS:-mkdocs}
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$here" && $mkdocs build -q -d "$work/site" 2>/dev/null)
"$here/../write-facts.sh" "$work/site" "$here/expected/facts.txt" "with Material and mkdocs-static-i18n publishes"
