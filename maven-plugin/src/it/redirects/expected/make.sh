#!/bin/bash
# Copies the redirect pages mkdocs-redirects writes for this site into expected/<variant>/ (CI never runs it).
# MKDOCS names the command (default: mkdocs); made with MkDocs 1.6.1 and mkdocs-redirects 1.2.2, see
# ../same-urls-as-mkdocs/expected/make.sh for how.
set -euo pipefail
mkdocs=${MKDOCS:-mkdocs}
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for variant in directory-urls:mkdocs.yml file-urls:mkdocs-file-urls.yml; do
    name=${variant%%:*}
    (cd "$here" && $mkdocs build -q -f "${variant#*:}" -d "$work/$name" 2>/dev/null)
    rm -rf "$here/expected/$name"
    (cd "$work/$name" && grep -rl --include='*.html' "You're being redirected" . | while read -r file; do
        mkdir -p "$here/expected/$name/$(dirname "$file")"
        cp "$file" "$here/expected/$name/$file"
    done)
done
