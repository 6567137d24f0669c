"""Writes Folio's emoji indexes from pymdown-extensions' own (pymdownx/{twemoji,gemoji,emoji1}_db.py).

Usage: python3 emoji_index.py PYMDOWNX_DIR OUT_DIR
One line per emoji, tab-separated: name, unicode (the image file code), unicode_alt (the characters with joiners
and variation selectors; empty when it is unicode), category, description. An alias is `alias<TAB>=name`.
Names are written without their colons.
"""
import importlib.util
import os
import sys


def load(path):
    spec = importlib.util.spec_from_file_location("db", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(source, out):
    for index, module in (("twemoji", "twemoji_db"), ("gemoji", "gemoji_db"), ("emojione", "emoji1_db")):
        db = load(os.path.join(source, module + ".py"))
        lines = [f"# pymdownx.emoji's {index} index, written by parser/src/build/emoji_index.py from {module}.py"]
        for short, entry in sorted(db.emoji.items()):
            uc = entry.get("unicode", "") or ""
            alt = entry.get("unicode_alt", "") or ""
            fields = [short[1:-1], uc, "" if alt == uc else alt, entry.get("category", "") or "", entry.get("name", "")]
            lines.append("\t".join(f.replace("\t", " ") for f in fields))
        for alias, short in sorted(db.aliases.items()):
            lines.append(f"{alias[1:-1]}\t={short[1:-1]}")
        with open(os.path.join(out, index + ".tsv"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
