import Foundation

/// The 政府信息公开目录 as data for the county portal: `catalogue.json` and `catalogue.csv`.
struct Catalogue {
    let config: SiteConfig
    let baseURL: String
    let items: [ClearedItem]

    static let columns = ["index", "title", "url", "published", "category", "category_name", "timing", "status",
                          "kind", "doc_number", "organ", "department", "written", "covers", "expires", "summary",
                          "keywords"]

    func rows() -> [[(String, JSONValue)]] {
        items.map { c in
            let i = c.item
            return [
                ("index", .optional(i.index)),
                ("title", .string(i.title)),
                ("url", .string(baseURL + Paths.item(i.id))),
                ("published", .optional(i.published?.description)),
                ("category", .string(i.category)),
                ("category_name", .optional(config.category(i.category)?.name)),
                ("timing", .string(i.timing.rawValue)),
                ("status", .string(c.status.rawValue)),
                ("kind", .string(i.kind.rawValue)),
                ("doc_number", .optional(i.docNumber)),
                ("organ", .string(config.organ)),
                ("department", .optional(i.department)),
                ("written", .optional(i.written?.description)),
                ("covers", .optional(i.covers?.description)),
                ("expires", .optional(Publication.postingEnd(of: i)?.description)),
                ("summary", .optional(i.summary)),
                ("keywords", .array(i.keywords.map(JSONValue.string))),
            ]
        }
    }

    func json(_ rows: [[(String, JSONValue)]]) -> String { JSONValue.array(rows.map(JSONValue.object)).serialized() }

    /// RFC 4180 CSV with CRLF line ends and a UTF-8 byte-order mark, which spreadsheet programs
    /// used in Chinese offices need to read UTF-8 correctly.
    func csv(_ rows: [[(String, JSONValue)]]) -> String {
        var out = "\u{FEFF}" + Self.columns.joined(separator: ",") + "\r\n"
        for row in rows {
            out += row.map { _, v -> String in
                switch v {
                case let .string(s): return Self.field(s)
                case let .array(a): return Self.field(a.compactMap { if case let .string(s) = $0 { s } else { nil } }
                                                        .joined(separator: ";"))
                default: return ""
                }
            }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    static func field(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
