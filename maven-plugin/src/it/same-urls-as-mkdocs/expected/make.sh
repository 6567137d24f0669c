#!/bin/bash
# Writes what MkDocs publishes for this site into expected/: every file but the theme's own (Material's assets
# and search index, which Folio writes as _folio/), and the links of each page's article. CI never runs it.
# MKDOCS names the command (default: mkdocs). The files were made with MkDocs 1.6.1, Material 9.6.4 and
# mkdocs-redirects 1.2.2: Debian trixie's packages (mkdocs, mkdocs-material, mkdocs-material-extensions,
# mkdocs-get-deps, python3-pymdownx, python3-markdown, python3-pathspec, python3-mergedeep, python3-platformdirs,
# python3-paginate, python3-pyyaml-env-tag, mkdocs-redirects) unpacked with dpkg -x and run with PYTHONPATH on
# their dist-packages, python3-bs4 and python3-lxml for the links.
set -euo pipefail
mkdocs=${MKDOCS:-mkdocs}
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/theme/docs"
printf 'site_name: Theme\nsite_url: https://example.org/\ntheme:\n  name: material\n' > "$work/theme/mkdocs.yml"
printf '# Theme\n' > "$work/theme/docs/index.md"
(cd "$work/theme" && $mkdocs build -q -d "$work/theme-site")
(cd "$work/theme-site" && find . -type f | sed 's|^\./||' | grep -v '^index.html$\|^404.html$\|^sitemap.xml' \
    | LC_ALL=C sort) > "$work/theme.txt"
for variant in directory-urls:mkdocs.yml file-urls:mkdocs-file-urls.yml; do
    name=${variant%%:*}
    config=${variant#*:}
    (cd "$here" && $mkdocs build -q -f "$config" -d "$work/$name" 2>/dev/null)
    {
        echo "# What $($mkdocs --version | sed 's/ from .*//') with Material publishes for $config (expected/make.sh):"
        echo "# its files, then each page's article links."
        (cd "$work/$name" && find . -type f | sed 's|^\./||' | LC_ALL=C sort | comm -23 - "$work/theme.txt" | sed 's/^/file\t/')
        /usr/bin/python3 "$here/expected/content-links.py" "$work/$name" | LC_ALL=C sort | sed 's/^/links\t/'
    } > "$here/expected/$name.txt"
done
