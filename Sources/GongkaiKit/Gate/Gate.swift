/// The two sites gongkai builds from one content tree.
public enum Edition: String, CaseIterable, Sendable {
    /// For citizens: public items only. Deploy this.
    case `public`
    /// For staff: public and internal items.
    case `internal`
}

/// Why an item was kept out of an edition.
public enum WithholdReason: Sendable, Equatable {
    case unapproved
    case scheduled(LocalDate?)
    case confidential([ConfidentialityFlag])
    case internalOnly
}

/// An item the gate has let through for one edition, with its status on the as-of date.
/// Renderers accept only this type, and only this file can create it.
public final class ClearedItem: Sendable {
    public let item: Item
    public let status: ItemStatus
    public let edition: Edition
    /// Set only in a drafts preview: why this item is not public yet.
    public let preview: WithholdReason?
    /// For cache keys (`fingerprint(into:)`).
    let identity: Fingerprint

    fileprivate init(item: Item, status: ItemStatus, edition: Edition, preview: WithholdReason? = nil) {
        self.item = item
        self.status = status
        self.edition = edition
        self.preview = preview
        identity = Self.identity(of: item, status: status, edition: edition, preview: preview)
    }
}

/// An item kept out of an edition; reports name it by path and reason only.
public struct WithheldItem: Sendable, Equatable {
    public let path: String
    public let reason: WithholdReason
}

/// What the gate decided for one edition.
public struct GateResult: Sendable {
    public var cleared: [ClearedItem]
    public var withheld: [WithheldItem]
}

/// The only way from `Item` to `ClearedItem`. An item reaches an edition when it is approved,
/// `published` on or before the as-of date, carries no confidentiality flag, and its audience is
/// allowed in that edition.
///
/// `drafts` (a preview for editors, never deployed) also lets unapproved and scheduled items
/// through, each marked with the reason it is not public; confidential items stay out even then.
public enum Gate {
    public static func clear(_ items: [Item], asOf: LocalDate, edition: Edition, drafts: Bool = false) -> GateResult {
        let newest = newestEditions(items, asOf: asOf)
        var cleared: [ClearedItem] = []
        var withheld: [WithheldItem] = []
        for item in items {
            if !item.confidentiality.isEmpty {
                withheld.append(WithheldItem(path: item.path, reason: .confidential(item.confidentiality)))
                continue
            }
            if item.audience == .internal && edition == .public {
                withheld.append(WithheldItem(path: item.path, reason: .internalOnly))
                continue
            }
            let newer = item.series.map { newest[$0].map { $0 != item.id } ?? false } ?? false
            switch Publication.disposition(of: item, asOf: asOf, newerEditionPublished: newer) {
            case .unapproved where drafts:
                cleared.append(ClearedItem(item: item, status: .current, edition: edition, preview: .unapproved))
            case let .scheduled(date) where drafts:
                cleared.append(ClearedItem(item: item, status: .current, edition: edition, preview: .scheduled(date)))
            case .unapproved:
                withheld.append(WithheldItem(path: item.path, reason: .unapproved))
            case let .scheduled(date):
                withheld.append(WithheldItem(path: item.path, reason: .scheduled(date)))
            case let .published(status):
                cleared.append(ClearedItem(item: item, status: status, edition: edition))
            }
        }
        return GateResult(cleared: cleared, withheld: withheld)
    }

    /// For each series, the id of its newest edition that is out on the as-of date.
    private static func newestEditions(_ items: [Item], asOf: LocalDate) -> [String: String] {
        var best: [String: Item] = [:]
        for item in items where item.timing == .periodic && item.isApproved && item.confidentiality.isEmpty {
            guard let series = item.series, let p = item.published, p <= asOf else { continue }
            if let b = best[series] {
                let key = (item.covers?.lastDay, item.published)
                let bKey = (b.covers?.lastDay, b.published)
                if (key.0 ?? p, key.1 ?? p, item.id) > (bKey.0 ?? p, bKey.1 ?? p, b.id) { best[series] = item }
            } else {
                best[series] = item
            }
        }
        return best.mapValues(\.id)
    }
}

extension Gate {
    /// Clears `item` for `edition` without asking the rules. Internal, for the single test that
    /// proves the leak scan stops a build when a renderer receives what the gate withheld.
    static func bypassForLeakScanTest(_ item: Item, edition: Edition) -> ClearedItem {
        ClearedItem(item: item, status: .current, edition: edition)
    }
}

extension ClearedItem {
    /// The same item with every personal number and address in what the public edition prints
    /// replaced by its masked form (`privacy.policy: mask`).
    func masked(by scanner: PersonalDataScanner) -> ClearedItem {
        var i = item
        func m(_ s: String?) -> String? { s.map(scanner.mask) }
        i.title = scanner.mask(i.title)
        i.summary = m(i.summary); i.docNumber = m(i.docNumber); i.department = m(i.department); i.genre = m(i.genre)
        i.repealReason = m(i.repealReason); i.withdrawReason = m(i.withdrawReason)
        i.keywords = i.keywords.map(scanner.mask)
        i.changes = i.changes.map { var c = $0; c.note = scanner.mask(c.note); return c }
        i.responses = i.responses.map { var r = $0; r.question = scanner.mask(r.question); r.answer = m(r.answer); return r }
        i.attachments = i.attachments.map { var a = $0; a.title = scanner.mask(a.title); return a }
        func steps(_ s: [ProcedureStep]) -> [ProcedureStep] {
            s.map { ProcedureStep(name: scanner.mask($0.name), role: m($0.role), limit: m($0.limit)) }
        }
        if var d = i.decision { d.hearing = m(d.hearing); i.decision = d }
        if var p = i.power {
            p.code = m(p.code); p.basis = m(p.basis); p.subject = m(p.subject); p.handler = m(p.handler)
            p.legalLimit = m(p.legalLimit); p.promisedLimit = m(p.promisedLimit); p.fee = m(p.fee)
            p.accountability = m(p.accountability); p.supervisionPhone = m(p.supervisionPhone); p.steps = steps(p.steps)
            i.power = p
        }
        if var g = i.guide {
            g.conditions = g.conditions.map(scanner.mask); g.materials = g.materials.map(scanner.mask)
            g.limit = m(g.limit); g.fee = m(g.fee); g.place = m(g.place); g.hours = m(g.hours); g.phone = m(g.phone)
            g.onlineURL = m(g.onlineURL); g.steps = steps(g.steps)
            i.guide = g
        }
        // The document is masked as parsed, never re-parsed from masked Markdown: a mask has
        // stars in it, which Markdown would read as emphasis.
        i.body = scanner.mask(i.body)
        i.document = i.document.masked(by: scanner)
        return ClearedItem(item: i, status: status, edition: edition, preview: preview)
    }
}
