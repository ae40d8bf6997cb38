import Foundation

/// Permanent ids for feed entries: `tag:` URIs (RFC 4151) minted from the organ's domain and the
/// item's 索引号, which is never reused: `tag:mzj.example.gov.cn,2026:11330000MB0000000X/2026-00012`.
/// An entry keeps its id when the item's title, URL or category changes, and in both editions.
struct TagURI: Sendable {
    /// The tagging authority: the host of `base-url`, lowercased.
    let authority: String

    /// The authority is taken from `base-url` (the public site) in both editions: the organ's
    /// domain names the organ, whichever edition shows the entry.
    init(baseURL: String) {
        let host = URLComponents(string: baseURL)?.host?.lowercased() ?? ""
        // RFC 4151 wants a DNS name: letters, digits, `-` and `.`.
        let name = host.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") }
        authority = name.isEmpty ? "localhost" : name
    }

    /// The id of an item's entry. `year`: the year of its publication, when the organ held the
    /// domain. The specific part is the 索引号 (else the item id), percent-encoded where RFC 4151
    /// needs it; `suffix` (already URI-safe) tells entries about the same item apart.
    func id(index: String?, itemID: String, year: Int, suffix: String = "") -> String {
        let specific = index.map(URLPath.encode) ?? "items/" + URLPath.encode(itemID)
        return "tag:\(authority),\(year):\(specific)\(suffix)"
    }
}
