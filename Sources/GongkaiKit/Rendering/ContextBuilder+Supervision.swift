extension ContextBuilder {
    /// Context of the supervision dashboard: `red` and `yellow` lists of findings, each with
    /// `code`, `message`, `path`, `line`, and `url` of the item page when the finding is about
    /// an item of this edition.
    func supervision(_ findings: [Finding]) -> [String: TemplateValue] {
        func entry(_ f: Finding) -> TemplateValue {
            let id = f.location.flatMap { loc in
                loc.path.hasPrefix("content/items/") ? ItemDecoder.idFromPath(loc.path) : nil
            }
            return object([
                "code": .string(f.code), "message": .string(f.message(in: Language(siteLanguage: config.language))),
                "path": f.location.map { .string($0.path) } ?? .null,
                "line": f.location.map { .int($0.line) } ?? .null,
                "url": id.flatMap { titles[$0] != nil ? .string(Paths.item($0)) : nil } ?? .null,
                "title": id.flatMap { titles[$0].map(TemplateValue.string) } ?? .null,
            ])
        }
        let red = findings.filter { $0.card == .red }.map(entry)
        let yellow = findings.filter { $0.card == .yellow }.map(entry)
        return ["red": .list(red), "yellow": .list(yellow), "hasRed": .bool(!red.isEmpty),
                "hasYellow": .bool(!yellow.isEmpty), "redCount": .int(red.count), "yellowCount": .int(yellow.count)]
    }
}
