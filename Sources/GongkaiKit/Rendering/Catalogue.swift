import Foundation

/// The 政府信息公开目录 as data for the county portal: `catalogue.json` and `catalogue.csv`.
struct Catalogue {
    let config: SiteConfig
    let baseURL: String
    let items: [ClearedItem]

    static let columns = ["index", "title", "url", "published", "category", "category_name", "timing", "status",
                          "kind", "doc_number", "organ", "department", "written", "covers", "expires", "summary",
                          "keywords"]

    /// Entries made by earlier builds of a long-running process, by what they are made from.
    var memory: BuildMemory?
    /// Fingerprint of site.yaml (organ, category names, base URLs, masking).
    var salt = Fingerprint()

    func row(_ c: ClearedItem) -> [(String, JSONValue)] {
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

    /// `catalogue.json` and `catalogue.csv`. Rows are independent: they are written on all
    /// cores, and a long-running process keeps the text of each.
    func files() -> (json: String, csv: String) {
        let catalogue = self
        let rows = ParallelMap.map(items) { c -> (json: String, csv: String) in
            guard let memory = catalogue.memory else {
                let row = catalogue.row(c)
                return (JSONValue.object(row).serialized(atDepth: 1), Self.line(row))
            }
            // Everything `row` reads: the item, its status and edition, and site.yaml.
            var key = c.key("catalogue", salt: catalogue.salt)
            key.add(catalogue.baseURL)
            var csvKey = key
            csvKey.add("csv")
            return (memory.value(for: key) { JSONValue.object(catalogue.row(c)).serialized(atDepth: 1) },
                    memory.value(for: csvKey) { Self.line(catalogue.row(c)) })
        }
        let json = JSONValue.array(rows.map { .written($0.json) }).serialized()
        var csv = "\u{FEFF}" + Self.columns.joined(separator: ",") + "\r\n"
        for row in rows { csv += row.csv }
        return (json, csv)
    }

    /// One row of the RFC 4180 CSV, with its CRLF. The CSV has a UTF-8 byte-order mark, which
    /// spreadsheet programs used in Chinese offices need to read UTF-8 correctly.
    static func line(_ row: [(String, JSONValue)]) -> String {
        row.map { _, v -> String in
            switch v {
            case let .string(s): return field(s)
            case let .array(a): return field(a.compactMap { if case let .string(s) = $0 { s } else { nil } }
                                                .joined(separator: ";"))
            default: return ""
            }
        }.joined(separator: ",") + "\r\n"
    }

    static func field(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
