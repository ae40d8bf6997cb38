/// Help texts, one per command.
enum Usage {
    static let general = """
    gongkai — build a government disclosure site (政府信息公开) from Markdown items

    usage: gongkai <command> [options]

    commands:
      build     check the content and write site/public (deploy this), site/internal and site/report.json
      check     check the content only; write nothing
      new       start a new item: gongkai new notice "关于……的通知"
      serve     preview the site at http://127.0.0.1:8000/, rebuilt and reloaded on every save
      version   print the version
      help      print this help; 'gongkai <command> --help' explains a command

    exit codes: 0 ok, 1 content errors, 64 usage error, 74 input/output error

    Messages about the content are in the site's language (language: in content/site.yaml), or as
    --lang zh-CN|en says; without a readable site.yaml, in the locale's (LC_ALL, LC_MESSAGES, LANG:
    zh… is Chinese). Usage and input/output errors are in English.
    """

    static let build = """
    usage: gongkai build [--root DIR] [--out DIR] [--as-of YYYY-MM-DD] [--edition public|internal|all]
                         [--drafts] [--clean] [--pdf] [--chromium PATH] [--format text|json|github|gitlab]
                         [--strict] [--timings] [--lang zh-CN|en]

    Reads content/ under the site folder, checks every item, and writes two sites: public/ (approved,
    published, non-confidential public items: deploy this) and internal/ (the same plus internal
    items, for staff), each with its print edition for the notice board (print/). The output is
    built in a staging folder and swapped in only when everything succeeded: on any error the
    previous output stays as it was. A page whose inputs (content, theme, settings, as-of date and
    gongkai itself) are unchanged since the previous build is taken over from the previous output
    instead of being rendered again; the result is the same bytes either way.

      --root DIR       the site folder holding content/ and themes/ (default: .)
      --out DIR        where to write (default: DIR/site)
      --as-of DATE     decide timing as of this date (default: SOURCE_DATE_EPOCH, else today in the
                       site's time zone)
      --drafts         preview: also show unapproved and scheduled items, each bannered as not
                       public; written to DIR/preview (never to site/) unless --out says where
      --edition E      write only the public or the internal edition (default: all)
      --clean          render every page; reuse nothing from the previous output
      --format F       diagnostics as text (default), json (one object on stdout), github
                       (workflow annotations) or gitlab (a Code Quality report on stdout)
      --strict         treat warnings as errors
      --timings        also print the CPU time the final scan of the written files took
      --lang L         messages in zh-CN or en (default: the site's language); codes stay the same
      --pdf            also print the notice-board sheets, the poster and the checklist (print/) to
                       PDF in print/pdf/, with a local Chromium (apt-get install chromium fonts-noto-cjk)
      --chromium PATH  the Chromium or Chrome to print with (implies --pdf; default: chromium,
                       chromium-browser or google-chrome on PATH)
    """

    static let check = """
    usage: gongkai check [--root DIR] [--as-of YYYY-MM-DD] [--format text|json|github|gitlab] [--strict]
                         [--lang zh-CN|en]

    Checks the content exactly as build does, and writes nothing. Prints every error and warning
    with the line it is on and a hint, then the supervisor's red and yellow cards.

      --lang L         messages in zh-CN or en (default: the site's language)
    """

    static let new = """
    usage: gongkai new <kind> <title> [--category ID] [--timing T] [--audience public|internal]
                       [--id ID] [--root DIR] [--as-of YYYY-MM-DD] [--lang zh-CN|en]

    Writes content/items/<year>/<id>.md: a draft with every field its kind and timing take, each
    with a short comment (Chinese, or English when site.yaml says language: en), today's date and
    the next free 索引号 of the year. The sign-off lines (approved-by, approved-on) are left
    commented out, so nothing is published before a reviewer signs it. Prints the path written;
    never overwrites a file.

      <kind>           notice, decision, power, guide or roster
      <title>          the item's full title, in quotes
      --category ID    a category id from site.yaml (default: the usual one for the kind, e.g.
                       powers for power, services for guide, else the first listed)
      --timing T       long-term, periodic or ad-hoc (default: ad-hoc for notice and roster,
                       long-term for the others)
      --audience A     public (default) or internal; an internal category implies internal
      --id ID          the item's id and file name (default: <date>-<kind>, then -2, -3 …)
      --as-of DATE     "today" (default: SOURCE_DATE_EPOCH, else today in the site's time zone)
      --lang L         what gongkai new says, in zh-CN or en (default: the site's language); the
                       comments in the file follow the site's language

    Several gongkai new running at once never take the same 索引号: each holds a lock on
    content/.gongkai-new.lock while it picks the number and writes the file.
    """

    static let serve = """
    usage: gongkai serve [--root DIR] [--port N] [--host ADDR] [--edition public|internal]
                         [--drafts] [--as-of YYYY-MM-DD] [--lang zh-CN|en]

    Builds the site into a private folder (never site/) and serves one edition for preview.
    Watches content/ and themes/: on every save it rebuilds and reloads the open pages. A build
    error is printed here and shown over the page, and the last good build stays served.
    Ctrl-C stops it.

      --port N         the port (default: 8000; 0 picks a free one)
      --host ADDR      the address to listen on (default: 127.0.0.1, this computer only)
      --edition E      public (default) or internal
      --drafts         also show unapproved and scheduled items, bannered as not public
      --as-of DATE     decide timing as of this date (default: today in the site's time zone,
                       read again at every rebuild)
      --lang L         messages here and over the page in zh-CN or en (default: the site's
                       language)
    """

    static let version = """
    usage: gongkai version

    Prints gongkai's version.
    """

    static func text(for command: String) -> String {
        switch command {
        case "build": build
        case "check": check
        case "new": new
        case "serve": serve
        case "version": version
        default: general
        }
    }
}
