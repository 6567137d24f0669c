"""Writes Folio's key table from pymdown-extensions' own (pymdownx/keymap_db.py).

Usage: python3 key_map.py PYMDOWNX_DIR OUT_FILE
One line per key, tab-separated: name (its class is key-NAME), label; after the line `# aliases`, `alias<TAB>name`.
"""
import importlib.util
import os
import sys

spec = importlib.util.spec_from_file_location("db", os.path.join(sys.argv[1], "keymap_db.py"))
db = importlib.util.module_from_spec(spec)
spec.loader.exec_module(db)
lines = ["# pymdownx.keys' key map, written by parser/src/build/key_map.py from keymap_db.py"]
lines += [f"{name}\t{label}" for name, label in sorted(db.keymap.items())]
lines += ["# aliases"] + [f"{alias}\t{name}" for alias, name in sorted(db.aliases.items())]
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
