#!/bin/bash
# write-facts.sh SITE_DIR FACTS_FILE WHAT: writes what MkDocs published into SITE_DIR as the translation ITs compare
# it (page-facts.py, sorted), under a line saying which MkDocs made it and how. For the ITs' expected/make.sh; CI
# never runs it. MKDOCS names the command (default: mkdocs).
set -euo pipefail
mkdocs=${MKDOCS:-mkdocs}
{
    echo "# What $($mkdocs --version | sed 's/ from .*//') $3 (expected/make.sh)"
    /usr/bin/python3 "$(dirname "$0")/page-facts.py" "$1" | LC_ALL=C sort
} > "$2"
