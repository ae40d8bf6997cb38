import Foundation

/// The 索引号 and ids already taken in a site, read leniently: straight from the lines of every
/// file under `content/items` (so a file that fails to parse still holds its number) and from the
/// archive manifest of the last build (so a number whose file was deleted is never given again).
struct ContentScan: Sendable {
    /// Every `index:` value seen.
    var indexes: Set<String> = []
    /// Every id taken, by file name or `id:`, with the file that takes it.
    var ids: [String: String] = [:]

    static func read(root: URL) -> ContentScan {
        var scan = ContentScan()
        let base = root.appendingPathComponent("content/items")
        if let e = FileManager.default.enumerator(atPath: base.path) {
            while let rel = e.nextObject() as? String {
                guard rel.hasSuffix(".md") else { continue }
                let path = "content/items/" + rel
                let stem = ItemDecoder.idFromPath(rel)
                scan.ids[stem] = scan.ids[stem] ?? path
                guard let data = FileManager.default.contents(atPath: base.appendingPathComponent(rel).path) else { continue }
                for line in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline) {
                    if let v = value(of: "index", in: line) { scan.indexes.insert(v) }
                    if let v = value(of: "id", in: line) { scan.ids[v] = scan.ids[v] ?? path }
                }
            }
        }
        for manifest in ["site/archive.json", "preview/archive.json"] {
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(manifest).path),
                  let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let items = json["items"] as? [[String: Any]] else { continue }
            for item in items {
                if let index = item["index"] as? String { scan.indexes.insert(index) }
                if let id = item["id"] as? String { scan.ids[id] = scan.ids[id] ?? manifest }
            }
        }
        return scan
    }

    /// The value of `key: value` on a line, also with a full-width colon, unquoted, without a
    /// trailing comment; nil for any other line.
    static func value(of key: String, in line: Substring) -> String? {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard trimmed.hasPrefix(key) else { return nil }
        var rest = trimmed.dropFirst(key.count).drop { $0 == " " }
        guard rest.first == ":" || rest.first == "：" else { return nil }
        rest = rest.dropFirst()
        if let hash = rest.range(of: " #") { rest = rest[..<hash.lowerBound] }
        var v = rest.trimmingCharacters(in: .whitespaces)
        if v.count >= 2, let q = v.first, q == "\"" || q == "'", v.last == q { v = String(v.dropFirst().dropLast()) }
        return v.isEmpty ? nil : v
    }

    /// The next free 索引号 for `year`: one past the highest serial taken that year (or ever,
    /// when the format has no `{year}`), skipping any number already written out in full.
    func nextIndex(format: IndexFormat, year: Int) -> (index: String, serial: Int) {
        var highest = 0
        for index in indexes {
            guard let (y, serial) = format.yearAndSerial(of: index), !format.hasYear || y == year else { continue }
            highest = max(highest, serial)
        }
        var serial = highest + 1
        while indexes.contains(format.example(year: year, serial: serial)) { serial += 1 }
        return (format.example(year: year, serial: serial), serial)
    }
}
