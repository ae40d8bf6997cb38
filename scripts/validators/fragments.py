"""Checks links within a page (`href="#x"`): linkchecker checks anchors on other pages only.

Usage: fragments.py DIR. Every `#x` in an `<a href>` of an HTML file under DIR must name an `id`
of that file. Prints each missing target; exits 1 on any.
"""
import html.parser
import os
import sys
from urllib.parse import unquote


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids, self.links = set(), []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        href = attrs.get("href") or ""
        if tag == "a" and href.startswith("#") and len(href) > 1:
            self.links.append((unquote(href[1:]), self.getpos()))


def main():
    root, broken, checked = sys.argv[1], 0, 0
    for folder, _, files in sorted(os.walk(root)):
        for name in sorted(files):
            if not name.endswith(".html"):
                continue
            path = os.path.join(folder, name)
            page = Page()
            with open(path, encoding="utf-8") as f:
                page.feed(f.read())
            for target, (line, col) in page.links:
                checked += 1
                if target not in page.ids:
                    broken += 1
                    print(f"links: {os.path.relpath(path, root)}:{line}:{col + 1}: #{target}: no element has this id")
    print(f"links within pages: {checked} checked, {broken} broken")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
