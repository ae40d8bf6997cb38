/// The 权力清单 of an edition: its current power items (`kind: power`) grouped by 权力类型 in the
/// fixed order of `PowerType.allCases`, each group by 权力编码. Items that lack `power-type` (the
/// supervisor flags them) come last in a group of their own. Repealed and superseded powers are
/// no longer exercised and stay in the year archive.
struct PowerCatalogue {
    /// One 权力类型 and its items; `type` is nil for the items that name none.
    struct Group {
        var type: PowerType?
        var items: [ClearedItem]
    }

    let groups: [Group]
    var count: Int { groups.reduce(0) { $0 + $1.items.count } }
    var isEmpty: Bool { count == 0 }

    init(_ items: [ClearedItem]) {
        let powers = items.filter { $0.item.kind == .power && $0.item.power != nil && $0.status == .current }
        let byType = Dictionary(grouping: powers, by: { $0.item.power?.powerType })
        let order: [PowerType?] = PowerType.allCases.map { $0 } + [nil]
        groups = order.compactMap { type in
            let members = (byType[type] ?? []).sorted(by: Self.byCode)
            return type == nil && members.isEmpty ? nil : Group(type: type, items: members)
        }
    }

    /// Whether any of `items` is listed here (a category page then links to the catalogue).
    func lists(any items: [ClearedItem]) -> Bool {
        let ids = Set(groups.flatMap { $0.items.map(\.item.id) })
        return items.contains { ids.contains($0.item.id) }
    }

    static func byCode(_ a: ClearedItem, _ b: ClearedItem) -> Bool {
        (a.item.power?.code ?? "\u{10FFFF}", a.item.index ?? "", a.item.id)
            < (b.item.power?.code ?? "\u{10FFFF}", b.item.index ?? "", b.item.id)
    }

    /// A stable ASCII anchor for a type's section (`licensing` …, `untyped`).
    static func anchor(_ type: PowerType?) -> String {
        type.map { "powers-" + String(describing: $0) } ?? "powers-untyped"
    }
}

extension ContextBuilder {
    /// `site.powerCatalogue`: `url` and `count`, present when the edition lists any power.
    func addingPowerCatalogue(_ catalogue: PowerCatalogue, to site: TemplateValue) -> TemplateValue {
        guard !catalogue.isEmpty, case var .object(fields) = site else { return site }
        fields["powerCatalogue"] = powerCatalogueLink(catalogue)
        return .object(fields)
    }

    func powerCatalogueLink(_ catalogue: PowerCatalogue) -> TemplateValue {
        object(["url": .string(Paths.powers), "count": .int(catalogue.count)])
    }

    /// The context of the `powers` template: `groups` (every 权力类型, empty ones included, with
    /// `id`, `name`, `count` and `items`) and `count`. Each entry is a list entry with `power`.
    func powerCatalogue(_ catalogue: PowerCatalogue, summaries: [String: TemplateValue]) -> [String: TemplateValue] {
        let groups: [TemplateValue] = catalogue.groups.map { group in
            object([
                "id": .string(PowerCatalogue.anchor(group.type)),
                "name": .string(group.type?.rawValue ?? t("powers_untyped")),
                "count": .int(group.items.count),
                "items": .list(group.items.map { c in
                    guard var fields = summaries[c.item.id]?.fields, let p = c.item.power else { return .null }
                    fields["power"] = object([
                        "type": text(p.powerType?.rawValue), "code": text(p.code), "basis": text(p.basis),
                        "subject": text(p.subject), "handler": text(p.handler), "legalLimit": text(p.legalLimit),
                        "promisedLimit": text(p.promisedLimit), "fee": text(p.fee),
                        "hasSteps": .bool(!p.steps.isEmpty),
                    ])
                    return .object(fields)
                }),
            ])
        }
        return ["groups": .list(groups), "count": .int(catalogue.count)]
    }
}
