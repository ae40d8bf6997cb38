"""Reads the Nu HTML Checker's JSON (`--format json`) and reports it by edition.

Usage: vnu_report.py VNU_JSON SITE_DIR EDITION... Prints every error and warning as
`path:line:col: type: message`, then one line per edition with its counts; exits 1 when any
edition has an error (warnings are printed but allowed).
"""
import json
import os
import sys
from urllib.parse import unquote, urlparse


def main():
    report, site, editions = sys.argv[1], os.path.abspath(sys.argv[2]), sys.argv[3:]
    with open(report, encoding="utf-8") as f:
        text = f.read()
    try:
        messages = json.loads(text)["messages"]
    except (ValueError, KeyError):
        print(f"vnu: unreadable report: {text[:500]}")
        return 1
    counts = {e: {"error": 0, "warning": 0} for e in editions}
    for m in messages:
        path = unquote(urlparse(m.get("url", "")).path)
        rel = os.path.relpath(path, site) if path else "?"
        edition = rel.split(os.sep)[0]
        kind = "error" if m["type"] in ("error", "non-document-error") else m.get("subType", m["type"])
        if kind == "fatal":
            kind = "error"
        if kind not in ("error", "warning"):
            continue
        if edition in counts:
            counts[edition][kind] += 1
        else:  # a message about no file of an edition is an error of the run
            counts.setdefault("?", {"error": 0, "warning": 0})[kind] += 1
        print(f"{rel}:{m.get('lastLine', 0)}:{m.get('firstColumn', m.get('lastColumn', 0))}: {kind}: {m['message']}")
    failed = False
    for edition, c in counts.items():
        print(f"vnu {edition}: {c['error']} errors, {c['warning']} warnings")
        failed |= c["error"] > 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
