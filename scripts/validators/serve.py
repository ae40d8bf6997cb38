"""Serves a folder on 127.0.0.1 for linkchecker.

linkchecker throttles to 10 requests a second per host unless responses carry a `LinkChecker`
header, and as root it drops to user `nobody`, which cannot read files under /root: so the site is
served over HTTP instead of file://. Usage: serve.py DIR PORTFILE (writes the chosen port to
PORTFILE once listening).
"""
import functools
import http.server
import sys


class Handler(http.server.SimpleHTTPRequestHandler):
    def end_headers(self):
        self.send_header("LinkChecker", "unthrottled")
        super().end_headers()

    def log_message(self, format, *args):
        pass


def main():
    directory, port_file = sys.argv[1], sys.argv[2]
    handler = functools.partial(Handler, directory=directory)
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
        with open(port_file, "w") as f:
            f.write(str(server.server_address[1]))
        server.serve_forever()


if __name__ == "__main__":
    main()
