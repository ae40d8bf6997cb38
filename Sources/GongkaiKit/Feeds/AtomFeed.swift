/// An Atom feed document (RFC 4287), written as XML.
struct AtomFeed: Sendable {
    struct Entry: Sendable {
        var id: String
        var title: String
        var published: LocalDate
        var updated: LocalDate
        /// Absolute URL of the page.
        var url: String
        var summary: String
        /// `term` (the category id) and `label` (its name).
        var category: (term: String, label: String)?
    }

    var id: String
    var title: String
    var language: String
    var updated: LocalDate
    var authorName: String
    var authorURI: String
    /// Absolute URL of the feed itself.
    var selfURL: String
    /// Absolute URL of the HTML page the feed follows.
    var alternateURL: String
    var entries: [Entry]

    /// The document. Every text and attribute value is escaped; dates are RFC 3339 at local
    /// midnight in the site's zone (`dates`).
    func xml(dates: AtomDate) -> String {
        func e(_ s: String) -> String { XMLText.escape(s) }
        var out = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(e(language))">
              <id>\(e(id))</id>
              <title>\(e(title))</title>
              <updated>\(dates.string(updated))</updated>
              <author>
                <name>\(e(authorName))</name>
                <uri>\(e(authorURI))</uri>
              </author>
              <link rel="self" type="application/atom+xml" href="\(e(selfURL))"/>
              <link rel="alternate" type="text/html" href="\(e(alternateURL))"/>

            """
        for entry in entries {
            out += """
                  <entry>
                    <id>\(e(entry.id))</id>
                    <title>\(e(entry.title))</title>
                    <published>\(dates.string(entry.published))</published>
                    <updated>\(dates.string(entry.updated))</updated>
                    <link rel="alternate" type="text/html" href="\(e(entry.url))"/>

                """
            if let c = entry.category {
                out += "    <category term=\"\(e(c.term))\" label=\"\(e(c.label))\"/>\n"
            }
            out += "    <summary>\(e(entry.summary))</summary>\n  </entry>\n"
        }
        out += "</feed>\n"
        return out
    }
}
