#!/bin/bash
# Writes what MkDocs publishes for this site into expected/: every file but the theme's own (Material's assets
# and search index, which Folio writes as _folio/), and the links of each page's article. Needs Debian's mkdocs
# and mkdocs-material (apt-get install mkdocs mkdocs-material python3-bs4 python3-lxml); CI never runs it.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/theme/docs"
printf 'site_name: Theme\nsite_url: https://example.org/\ntheme:\n  name: material\n' > "$work/theme/mkdocs.yml"
printf '# Theme\n' > "$work/theme/docs/index.md"
(cd "$work/theme" && mkdocs build -q -d "$work/theme-site")
(cd "$work/theme-site" && find . -type f | sed 's|^\./||' | grep -v '^index.html$\|^404.html$\|^sitemap.xml' | sort) \
    > "$work/theme.txt"
for variant in directory-urls:mkdocs.yml file-urls:mkdocs-file-urls.yml; do
    name=${variant%%:*}
    config=${variant#*:}
    (cd "$here" && mkdocs build -q -f "$config" -d "$work/$name" 2>/dev/null)
    {
        echo "# What $(mkdocs --version | cut -d' ' -f1-3) with mkdocs-material $(dpkg-query -W -f '${Version}' mkdocs-material)"
        echo "# publishes for $config (expected/make.sh): its files, then each page's article links."
        (cd "$work/$name" && find . -type f | sed 's|^\./||' | LC_ALL=C sort | comm -23 - "$work/theme.txt" | sed 's/^/file\t/')
        /usr/bin/python3 "$here/expected/content-links.py" "$work/$name" | LC_ALL=C sort | sed 's/^/links\t/'
    } > "$here/expected/$name.txt"
done
