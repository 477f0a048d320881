#!/usr/bin/env python3
"""Copies a corpus made by gen_corpus.py into one flat folder: every page directly below OUTDIR (the section pages
of the Ebene and Baustein folders are left out), links rewritten to the flat names, _data/ and _index.md kept.
Usage: flatten_corpus.py SOURCE OUTDIR"""
import os
import re
import shutil
import sys

LINK = re.compile(r"\]\(([^)\s]+\.md)\)")


def main():
    source, target = sys.argv[1], sys.argv[2]
    shutil.copytree(os.path.join(source, "_data"), os.path.join(target, "_data"))
    shutil.copy(os.path.join(source, "_index.md"), os.path.join(target, "_index.md"))
    for folder, _, files in os.walk(source):
        if "_data" in folder:
            continue
        for name in files:
            if not name.endswith(".md") or name == "_index.md":
                continue
            with open(os.path.join(folder, name), encoding="utf-8") as fh:
                text = fh.read()
            text = LINK.sub(lambda m: "](" + os.path.basename(m.group(1)) + ")", text)
            with open(os.path.join(target, name), "w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)


if __name__ == "__main__":
    main()
