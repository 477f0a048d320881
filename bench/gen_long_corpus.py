#!/usr/bin/env python3
"""A corpus of long documents for SroDocs and Hugo: N pages of 1 KB up to MAX_KB each (log-uniform, fixed seed), and
every 200th page 3 MB, built from the pages of a gen_corpus.py corpus (SOURCE) and, every few paragraphs, a footnote
and a wide table.
Usage: gen_long_corpus.py SOURCE N MAX_KB OUTDIR"""
import math
import os
import random
import re
import shutil
import sys

FRONT = re.compile(r"^---\n.*?\n---\n", re.S)
LINK = re.compile(r"\[([^\]]*)\]\([^)]*\.md\)")


def main():
    source, n, max_kb, target = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    rng = random.Random(4711)
    bodies = []
    for folder, _, files in sorted(os.walk(source)):
        if "_data" in folder:
            continue
        for name in sorted(files):
            if name.endswith(".md") and name != "_index.md":
                with open(os.path.join(folder, name), encoding="utf-8") as fh:
                    bodies.append(LINK.sub(r"\1", FRONT.sub("", fh.read())))
            if len(bodies) >= 400:
                break
    shutil.copytree(os.path.join(source, "_data"), os.path.join(target, "_data"))
    shutil.copy(os.path.join(source, "_index.md"), os.path.join(target, "_index.md"))
    for i in range(n):
        size = 3 * 1024 * 1024 if i % 200 == 199 else int(math.exp(rng.uniform(0, math.log(max_kb))) * 1024)
        parts, length, note = [], 0, 0
        while length < size:
            body = rng.choice(bodies)
            note += 1
            body += f"\nAnmerkung zum Abschnitt[^n{note}].\n\n[^n{note}]: Fußnote {note} zu Dokument {i + 1}.\n\n"
            if note % 3 == 0:
                body += "| Spalte " + " | Spalte ".join(str(c) for c in range(1, 9)) + " |\n"
                body += "|" + "---|" * 8 + "\n"
                body += "".join("| " + " | ".join(f"Wert {r}.{c}" for c in range(1, 9)) + " |\n" for r in range(1, 6)) + "\n"
            parts.append(body)
            length += len(body.encode("utf-8"))
        text = f'---\ntitle: "Langes Dokument {i + 1}"\nversion: "1.0"\nstand: 2024-01-09\n---\n\n' + "\n".join(parts)
        with open(os.path.join(target, f"lang-{i + 1:05d}.md"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)


if __name__ == "__main__":
    main()
