/// The search index of one edition, written as `search-index.js`: a script that assigns
/// `window.GONGKAI_SEARCH`, because a page opened from `file://` may load a script but may not
/// `fetch()` a JSON file beside it.
///
/// Built only from the edition's `ClearedItem`s, so the public index holds public items only and
/// never a withheld passage (`SearchText`). Entries are arrays in the order `fields` names, one per
/// line, newest first: no key is repeated 10,000 times, and a diff of two builds reads line by line.
///
/// ```
/// window.GONGKAI_SEARCH = {
/// "format": 1,
/// "edition": "public",
/// "fields": ["id", "title", "index", "date", "url", "category", "year", "timing", "status", "text"],
/// "items": [
/// ["dibao-xinzeng-2026-11", "2026年11月拟新增……", "11330000MB0000000X/2026-00036", "2026-11-24", …],
/// …
/// ]
/// };
/// ```
struct SearchIndex {
    static let format = 1
    static let fields = ["id", "title", "index", "date", "url", "category", "year", "timing", "status", "text"]

    let edition: Edition
    /// The edition's items, in the order results tie-break on (newest first).
    let items: [ClearedItem]
    var bodyLimit = SearchText.bodyLimit
    /// Entries made by earlier builds of a long-running process, by what they are made from.
    var memory: BuildMemory?
    /// Fingerprint of site.yaml (which decides how public items are masked).
    var salt = Fingerprint()

    /// One entry's values, in the order of `fields`.
    func entry(_ c: ClearedItem) -> [JSONValue] {
        let i = c.item
        return [
            .string(i.id),
            .string(i.title),
            .optional(i.index),
            .optional(i.published?.description),
            .string(Paths.item(i.id)),
            .string(i.category),
            i.published.map { .int($0.year) } ?? .null,
            .string(i.timing.rawValue),
            .string(c.status.rawValue),
            .string(SearchText.of(c, bodyLimit: bodyLimit)),
        ]
    }

    /// The script's text. The same items give the same bytes.
    func script() -> String {
        var out = "window.GONGKAI_SEARCH = {\n"
        out += "\"format\": \(Self.format),\n"
        out += "\"edition\": " + Self.inline(.string(edition.rawValue)) + ",\n"
        out += "\"fields\": " + Self.inline(.array(Self.fields.map(JSONValue.string))) + ",\n"
        out += "\"items\": ["
        // Entries are independent: build them on all cores, then join them in order.
        let index = self
        let lines = ParallelMap.map(items) { c in
            let make = { "[" + index.entry(c).map(Self.inline).joined(separator: ", ") + "]" }
            guard let memory = index.memory else { return make() }
            // Everything `entry` reads: the item (its source, or its masked form, which site.yaml
            // decides), its status and edition, and the body cap.
            var key = c.key("search", salt: index.salt)
            key.add(index.bodyLimit)
            return memory.value(for: key, make: make)
        }
        for (n, line) in lines.enumerated() {
            out += n == 0 ? "\n" : ",\n"
            out += line
        }
        out += items.isEmpty ? "]\n};\n" : "\n]\n};\n"
        return out
    }

    /// A value on one line (`serialized()` pretty-prints).
    private static func inline(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case let .bool(b): return b ? "true" : "false"
        case let .int(i): return String(i)
        case let .string(s):
            var out = ""
            JSONValue.quote(s, into: &out)
            return out
        case let .array(items):
            return "[" + items.map(inline).joined(separator: ", ") + "]"
        case let .object(fields):
            return "{" + fields.map { inline(.string($0.0)) + ": " + inline($0.1) }.joined(separator: ", ") + "}"
        case let .written(text): return text
        }
    }
}
