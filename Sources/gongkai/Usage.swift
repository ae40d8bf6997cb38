/// Help texts, one per command.
enum Usage {
    static let general = """
    gongkai — build a government disclosure site (政府信息公开) from Markdown items

    usage: gongkai <command> [options]

    commands:
      build     check the content and write site/public (deploy this), site/internal and site/report.json
      check     check the content only; write nothing
      version   print the version
      help      print this help; 'gongkai <command> --help' explains a command

    exit codes: 0 ok, 1 content errors, 64 usage error, 74 input/output error
    """

    static let build = """
    usage: gongkai build [--root DIR] [--out DIR] [--as-of YYYY-MM-DD] [--edition public|internal|all]
                         [--drafts] [--pdf] [--chromium PATH] [--format text|json|github] [--strict]

    Reads content/ under the site folder, checks every item, and writes two sites: public/ (approved,
    published, non-confidential public items: deploy this) and internal/ (the same plus internal
    items, for staff), each with its print edition for the notice board (print/). The output is
    built in a staging folder and swapped in only when everything succeeded: on any error the
    previous output stays as it was.

      --root DIR       the site folder holding content/ and themes/ (default: .)
      --out DIR        where to write (default: DIR/site)
      --as-of DATE     decide timing as of this date (default: SOURCE_DATE_EPOCH, else today in the
                       site's time zone)
      --drafts         preview: also show unapproved and scheduled items, each bannered as not
                       public; written to DIR/preview (never to site/) unless --out says where
      --edition E      write only the public or the internal edition (default: all)
      --format F       diagnostics as text (default), json (one object on stdout) or github
                       (workflow annotations)
      --strict         treat warnings as errors
      --pdf            also print the notice-board sheets, the poster and the checklist (print/) to
                       PDF in print/pdf/, with a local Chromium (apt-get install chromium fonts-noto-cjk)
      --chromium PATH  the Chromium or Chrome to print with (implies --pdf; default: chromium,
                       chromium-browser or google-chrome on PATH)
    """

    static let check = """
    usage: gongkai check [--root DIR] [--as-of YYYY-MM-DD] [--format text|json|github] [--strict]

    Checks the content exactly as build does, and writes nothing.
    """

    static let version = """
    usage: gongkai version

    Prints gongkai's version.
    """

    static func text(for command: String) -> String {
        switch command {
        case "build": build
        case "check": check
        case "version": version
        default: general
        }
    }
}
