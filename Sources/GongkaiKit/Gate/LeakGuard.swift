import Foundation

/// Builds the leak scanner for one edition from what the gate decided: everything not cleared
/// for the edition is forbidden, and so are the bodies of withdrawn items.
enum LeakGuard {
    /// `siteTexts`: every text the site itself prints (site.yaml's names and descriptions, the
    /// theme's UI strings); an item quoting them is no leak.
    static func scanner(for edition: Edition, items: [Item], cleared: [ClearedItem],
                        siteTexts: [String]) -> LeakScanner {
        let texts = texts(for: edition, items: items, cleared: cleared, siteTexts: siteTexts)
        return LeakScanner(forbidden: texts.forbidden, allowed: texts.allowed)
    }

    /// What the scanner is made from: the texts the edition must not contain, and those it
    /// publishes.
    static func texts(for edition: Edition, items: [Item], cleared: [ClearedItem],
                      siteTexts: [String]) -> (forbidden: [String], allowed: [String]) {
        let clearedIDs = Set(cleared.map(\.item.id))
        var forbidden: [String] = []
        var allowed: [String] = siteTexts
        for item in items where !clearedIDs.contains(item.id) {
            forbidden.append(item.title)
            forbidden.append(item.body)
        }
        for c in cleared {
            allowed.append(c.item.title)
            let passages = c.item.document.withheldPassages
            if c.status == .withdrawn {
                forbidden.append(c.item.body)
            } else if edition == .public && !passages.isEmpty {
                forbidden.append(contentsOf: passages.map(\.markdown))
                var body = c.item.body
                for p in passages { body = body.replacingOccurrences(of: p.markdown, with: "\n") }
                allowed.append(body)
                allowed.append(contentsOf: [c.item.summary, c.item.department].compactMap { $0 })
            } else {
                allowed.append(c.item.body)
                allowed.append(contentsOf: [c.item.summary, c.item.department].compactMap { $0 })
            }
        }
        return (forbidden, allowed)
    }
}

extension LeakGuard {
    /// Fingerprint of everything `scanner(for:items:cleared:siteTexts:)` reads: each item's
    /// source (through its SHA-256), whether it was cleared and withdrawn, the site's texts and
    /// settings (which decide how cleared items are masked).
    static func key(for edition: Edition, items: [Item], cleared: [ClearedItem], siteTexts: [String],
                    config: Fingerprint) -> Fingerprint {
        var f = Fingerprint(edition.rawValue)
        f.add(config)
        f.add(siteTexts.count)
        for t in siteTexts.sorted() { f.add(t) }
        let status = Dictionary(cleared.map { ($0.item.id, $0.status == .withdrawn) }, uniquingKeysWith: { a, _ in a })
        f.add(items.count)
        for item in items {
            f.add(item.sourceHash)
            f.add(status[item.id].map { $0 ? 2 : 1 } ?? 0 as Int)
        }
        return f
    }
}

extension SiteConfig {
    /// Every text of site.yaml that pages print.
    var printedTexts: [String] {
        var out = [organ, organCode]
        for c in allCategories { out.append(c.name); if let d = c.description { out.append(d) } }
        out += [feedback.phone, feedback.email, feedback.address, feedback.hours, feedback.supervisionPhone].compactMap { $0 }
        return out
    }
}
