"""Reads linkchecker's CSV output (`-o csv`) and reports broken links and missing anchors.

Usage: links_report.py CSV NAME. A link is broken when linkchecker found it invalid; a warning
(such as an anchor `#x` that the target page lacks) counts as a failure too. Exits 1 on any.
"""
import csv
import sys


def main():
    path, name = sys.argv[1], sys.argv[2]
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = [line for line in f if not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter=";"))
    problems = [r for r in rows if r.get("valid") != "True" or r.get("warningstring")]
    for r in problems:
        what = r.get("result") if r.get("valid") != "True" else r.get("warningstring")
        print(f"links {name}: {r.get('parentname')}:{r.get('line')}:{r.get('column')}: {r.get('urlname')}: {what}")
    print(f"links {name}: {len(rows)} URLs checked, {len(problems)} broken")
    if not rows:
        print(f"links {name}: linkchecker checked nothing")
        return 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
