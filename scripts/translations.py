#!/usr/bin/env python3
"""Lists and fills unfinished entries of a Qt Linguist .ts file.

  translations.py unfinished FILE.ts         prints "context<TAB>source" for each unfinished entry
  translations.py fill FILE.ts ENTRIES.tsv   fills entries from "context<TAB>source<TAB>translation"
                                             lines (context may be '*' to match any context)

Sources and translations are written with \\n for a newline and \\t for a tab. For a numerus
message the one translation fills every form (Chinese has one plural form).
The file is rewritten only when every line of ENTRIES.tsv is well formed.
"""
import sys
import xml.etree.ElementTree as ET


def escape(text):
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def unescape(text):
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(text[i + 1], text[i + 1]))
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def messages(root):
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def is_unfinished(message):
    translation = message.find("translation")
    return translation is not None and translation.get("type") == "unfinished"


def list_unfinished(path):
    root = ET.parse(path).getroot()
    for context, message in messages(root):
        if is_unfinished(message):
            print(f"{context}\t{escape(message.findtext('source'))}")


def fill(path, entries_path):
    entries = {}
    with open(entries_path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                sys.exit(f"{entries_path}:{number}: expected context<TAB>source<TAB>translation, got {len(parts)} fields")
            entries[(parts[0], unescape(parts[1]))] = unescape(parts[2])
    tree = ET.parse(path)
    filled = 0
    for context, message in messages(tree.getroot()):
        source = message.findtext("source")
        text = entries.get((context, source), entries.get(("*", source)))
        if text is None:
            continue
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform") or [ET.SubElement(translation, "numerusform")]
            for form in forms:
                form.text = text
        else:
            translation.text = text
        filled += 1
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")
    left = sum(1 for _, m in messages(tree.getroot()) if is_unfinished(m))
    print(f"filled {filled}, unfinished left {left}")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "unfinished":
        list_unfinished(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "fill":
        fill(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
