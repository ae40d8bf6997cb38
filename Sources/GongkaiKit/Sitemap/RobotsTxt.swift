import Foundation

/// `robots.txt` of an edition. The public edition names its sitemap and keeps crawlers out of
/// the print edition (copies of the item pages for the notice board); the internal edition is for
/// staff and turns every crawler away.
enum RobotsTxt {
    static func text(edition: Edition, baseURL: String) -> String {
        switch edition {
        case .internal:
            return """
                # Staff-only site: no crawling.
                User-agent: *
                Disallow: /

                """
        case .public:
            let base = URLComponents(string: baseURL)?.percentEncodedPath ?? "/"
            let root = base.hasSuffix("/") ? base : base + "/"
            return """
                # Crawlers read robots.txt only at the root of a host: when the site lives under a
                # sub-path, copy these lines into the host's own robots.txt.
                User-agent: *
                Disallow: \(root)print/

                Sitemap: \(baseURL)\(Paths.sitemap)

                """
        }
    }
}
