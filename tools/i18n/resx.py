#!/usr/bin/env python3
"""English UI strings for GuidanceDesk.

Chinese is the key and the default language; English lives in tools/i18n/en.tsv (key<TAB>value) and is compiled to
src/GuidanceDesk.Web/Resources/Features.SharedResource.en.resx, the resource of the localizer type
GuidanceDesk.Web.Features.SharedResource.

  python3 tools/i18n/resx.py check   # every key used by the UI has an English value (exit 1 if not)
  python3 tools/i18n/resx.py build   # check, then write the .resx

Keys come from L["..."] / l["..."] in pages and page models, and from the Chinese string literals of the code
whose messages reach the screen (labels, validation attributes, form classes, domain and handler rule messages).
Interpolated strings ($"...") are dynamic and cannot be keys; the pages translate those differently.
"""
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[2]
WEB = ROOT / "src" / "GuidanceDesk.Web"
TSV = Path(__file__).with_name("en.tsv")
RESX = WEB / "Resources" / "Features.SharedResource.en.resx"
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
# C# files whose Chinese literals are shown to users. Demo data and start-up banners are not UI text.
CS_SOURCES = ["Features/**/*.cs", "Domain/**/*.cs", "Infrastructure/Http/*.cs", "Infrastructure/Security/TwoFactorGate.cs"]


def csharp_literals(text):
    """Yields (literal, dynamic) for each string literal, skipping comments; a tiny lexer, enough for this code."""
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            i = text.find("\n", i)
            i = n if i < 0 else i
        elif text.startswith("/*", i):
            i = text.find("*/", i + 2)
            i = n if i < 0 else i + 2
        elif c == "'":
            j = i + 1
            while j < n and text[j] != "'":
                j += 2 if text[j] == "\\" else 1
            i = j + 1
        elif c == '"' or (c in "$@" and i + 1 < n and text[i + 1] in '"$@'):
            j = i
            prefix = ""
            while text[j] in "$@":
                prefix += text[j]
                j += 1
            verbatim = "@" in prefix
            j += 1
            out = []
            interpolated = "$" in prefix
            while j < n:
                ch = text[j]
                if interpolated and ch == "{" and j + 1 < n and text[j + 1] == "{":
                    out.append("{")
                    j += 2
                elif interpolated and ch == "{":
                    # An interpolation hole may hold string literals of its own ({string.Join("、", xs)}): skip it whole.
                    j = skip_hole(text, j + 1)
                    out.append("{}")
                elif verbatim and ch == '"' and j + 1 < n and text[j + 1] == '"':
                    out.append('"')
                    j += 2
                elif ch == '"':
                    break
                elif not verbatim and ch == "\\":
                    nxt = text[j + 1]
                    out.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\"}.get(nxt, nxt))
                    j += 2
                else:
                    out.append(ch)
                    j += 1
            yield "".join(out), "$" in prefix
            i = j + 1
        else:
            i += 1


def skip_hole(text, j):
    """Returns the index after the "}" that closes an interpolation hole starting at j."""
    depth, n = 0, len(text)
    while j < n:
        ch = text[j]
        if ch == '"' or (ch in "$@" and j + 1 < n and text[j + 1] in '"$@'):
            for _ in csharp_literals(text[j:j + 1 + literal_length(text, j)]):
                break
            j += literal_length(text, j)
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            if depth == 0:
                return j + 1
            depth -= 1
        j += 1
    return n


def literal_length(text, i):
    """Length of the string literal starting at i (prefix, quotes and any holes included)."""
    j = i
    prefix = ""
    while text[j] in "$@":
        prefix += text[j]
        j += 1
    j += 1
    verbatim, interpolated = "@" in prefix, "$" in prefix
    while j < len(text):
        ch = text[j]
        if interpolated and ch == "{" and text[j + 1:j + 2] == "{":
            j += 2
        elif interpolated and ch == "{":
            j = skip_hole(text, j + 1)
        elif verbatim and ch == '"' and text[j + 1:j + 2] == '"':
            j += 2
        elif ch == '"':
            return j + 1 - i
        elif not verbatim and ch == "\\":
            j += 2
        else:
            j += 1
    return len(text) - i


def used_keys():
    keys = {}
    pattern = re.compile(r'\bL\["((?:[^"\\]|\\.)*)"')
    for f in sorted(WEB.glob("Features/**/*.cshtml")):
        for m in pattern.finditer(f.read_text(encoding="utf-8")):
            keys.setdefault(m.group(1), f.relative_to(WEB))
    for glob in CS_SOURCES:
        for f in sorted(WEB.glob(glob)):
            for literal, dynamic in csharp_literals(f.read_text(encoding="utf-8")):
                # Regular expressions (the fair-hiring patterns) are not UI text.
                if CJK.search(literal) and not dynamic and "|" not in literal and "\\" not in literal:
                    keys.setdefault(literal, f.relative_to(WEB))
    return keys


def translations():
    entries = {}
    for number, line in enumerate(TSV.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if "\t" not in line:
            sys.exit(f"{TSV}:{number}: no tab in line")
        key, value = line.split("\t", 1)
        if key in entries:
            sys.exit(f"{TSV}:{number}: duplicate key {key}")
        if key.count("{") != value.count("{"):
            sys.exit(f"{TSV}:{number}: placeholders differ: {key} / {value}")
        entries[key] = value
    return entries


def main():
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    keys = used_keys()
    english = translations()
    missing = [k for k in keys if k not in english]
    for k in missing:
        print(f"missing\t{k}\t({keys[k]})")
    unused = [k for k in english if k not in keys]
    for k in unused:
        print(f"unused\t{k}", file=sys.stderr)
    print(f"{len(keys)} keys used, {len(english)} translated, {len(missing)} missing, {len(unused)} unused", file=sys.stderr)
    if missing:
        sys.exit(1)
    if command == "build":
        RESX.parent.mkdir(exist_ok=True)
        rows = "".join(
            f'  <data name="{escape(k, {chr(34): "&quot;"})}" xml:space="preserve">\n    <value>{escape(v)}</value>\n  </data>\n'
            for k, v in sorted(english.items()))
        RESX.write_text(HEADER + rows + "</root>\n", encoding="utf-8")
        print(f"wrote {RESX.relative_to(ROOT)}", file=sys.stderr)


HEADER = """<?xml version="1.0" encoding="utf-8"?>
<!-- Generated by tools/i18n/resx.py from tools/i18n/en.tsv: edit the TSV, then run the script. -->
<root>
  <resheader name="resmimetype">
    <value>text/microsoft-resx</value>
  </resheader>
  <resheader name="version">
    <value>2.0</value>
  </resheader>
  <resheader name="reader">
    <value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value>
  </resheader>
  <resheader name="writer">
    <value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value>
  </resheader>
"""

if __name__ == "__main__":
    main()
