import Foundation

/// Builds the values templates see (the theme API, documented in themes/README.md).
/// URLs in contexts are relative to the edition root; templates prefix them with `page.root`.
struct ContextBuilder: Sendable {
    let config: SiteConfig
    let strings: [String: String]
    let edition: Edition
    let asOf: LocalDate
    /// Base URL of this edition, ending in `/`.
    let baseURL: String
    /// Titles of every cleared item by id, for links between items.
    let titles: [String: String]
    /// Periodic series, for links between editions.
    var series = SeriesIndex([])
    /// The newest current items of each category, for `item.related`.
    var related = RelatedItems()

    func t(_ key: String) -> String { strings[key] ?? key }

    /// The `site` object.
    func site(categories: [(Category, Int)], timings: [(Timing, Int)], archiveYears: [Int] = []) -> TemplateValue {
        let f = config.feedback
        return object([
            "organ": .string(config.organ),
            "organCode": .string(config.organCode),
            "language": .string(config.language),
            "baseURL": .string(baseURL),
            "edition": .string(edition.rawValue),
            "isInternal": .bool(edition == .internal),
            "editionName": .string(t("edition_\(edition.rawValue)")),
            "asOf": .string(asOf.description),
            "asOfText": .string(date(asOf)),
            "feedback": object([
                "phone": text(f.phone), "email": text(f.email), "address": text(f.address),
                "hours": text(f.hours), "supervisionPhone": text(f.supervisionPhone),
            ]),
            "categories": .list(categories.map { c, n in category(c, count: n) }),
            "timings": .list(timings.map { tm, n in timing(tm, count: n) }),
            "archiveYears": .list(archiveYears.map { y in
                object(["year": .int(y), "url": .string(Paths.archive(y))])
            }),
            "feed": object(["url": .string(Paths.feed), "title": .string(feedTitle())]),
        ])
    }

    func category(_ c: Category, count: Int? = nil) -> TemplateValue {
        object([
            "id": .string(c.id), "name": .string(c.name), "description": text(c.description),
            "url": .string(Paths.category(c.id)), "count": count.map { .int($0) } ?? .null,
        ])
    }

    func timing(_ tm: Timing, count: Int? = nil) -> TemplateValue {
        object([
            "id": .string(tm.rawValue), "name": .string(t("timing_\(tm.rawValue)")),
            "url": .string(Paths.timing(tm)), "count": count.map { .int($0) } ?? .null,
        ])
    }

    /// The `page` object. `path` is the page's path relative to the edition root.
    func page(title: String, path: String, kind: String, extra: [String: TemplateValue] = [:]) -> TemplateValue {
        var fields: [String: TemplateValue] = [
            "title": .string(title), "root": .string(Paths.root(of: path)), "url": .string(path),
            "canonical": .string(baseURL + (path == "index.html" ? "" : path)), "kind": .string(kind),
            "is\(kind.prefix(1).uppercased())\(kind.dropFirst())": .bool(true),
        ]
        for (k, v) in extra { fields[k] = v }
        return object(fields)
    }

    /// The fields of an item that lists show (no body).
    func summary(_ c: ClearedItem) -> [String: TemplateValue] {
        let item = c.item
        let category = config.category(item.category)
        var fields: [String: TemplateValue] = [
            "id": .string(item.id),
            "title": .string(item.title),
            "url": .string(Paths.item(item.id)),
            "canonical": .string(baseURL + Paths.item(item.id)),
            "index": text(item.index),
            "docNumber": text(item.docNumber),
            "organ": .string(config.organ),
            "published": text(item.published?.description),
            "publishedText": text(item.published.map(date)),
            "written": text(item.written?.description),
            "writtenText": text(item.written.map(date)),
            "category": category.map { self.category($0) } ?? .null,
            "timing": timing(item.timing),
            "kind": .string(item.kind.rawValue),
            "kindName": .string(t("kind_\(item.kind.rawValue)")),
            "department": text(item.department),
            "summary": text(item.summary),
            "keywords": .list(item.keywords.map(TemplateValue.string)),
            "keywordsText": text(item.keywords.isEmpty ? nil : item.keywords.joined(separator: "、")),
            "genre": text(item.genre),
            "status": object(["id": .string(c.status.rawValue), "name": .string(t("status_\(c.status.rawValue)")),
                              "isCurrent": .bool(c.status == .current)]),
            "validity": .string(t("validity_\(validity(c.status))")),
            "isWithdrawn": .bool(c.status == .withdrawn),
            "board": .bool(item.board),
        ]
        if item.timing == .periodic {
            fields["periodic"] = object([
                "period": text(item.period.map { t("period_\($0.rawValue)") }),
                "covers": text(item.covers?.description),
                "coversText": text(item.covers.map { config.language == "zh-CN" ? $0.chinese : $0.description }),
                "series": text(item.series),
                "seriesURL": text(item.series.map(Paths.series)),
            ])
        }
        if item.timing == .adHoc {
            fields["posting"] = object([
                "from": text(item.published.map(date)),
                "to": text(Publication.postingEnd(of: item).map(date)),
                "days": item.postingDays.map { .int($0) } ?? .null,
            ])
        }
        if let r = item.reviewBy { fields["reviewBy"] = .string(date(r)) }
        switch c.preview {
        case .unapproved?:
            fields["preview"] = object(["reason": .string("unapproved"), "text": .string(t("preview_unapproved"))])
        case let .scheduled(on)?:
            fields["preview"] = object(["reason": .string("scheduled"),
                                        "text": .string(t("preview_scheduled").replacingOccurrences(
                                            of: "{date}", with: on.map(date) ?? "—"))])
        default: break
        }
        return fields
    }

    /// Every field of an item, for its own page. `bodyHTML` is the rendered, safe body.
    func detail(_ c: ClearedItem, bodyHTML: String, headings: [TemplateValue]) -> TemplateValue {
        let item = c.item
        var fields = summary(c)
        let withdrawn = c.status == .withdrawn
        fields["body"] = withdrawn ? .null : .string(bodyHTML)
        fields["toc"] = .list(withdrawn || headings.count < 3 ? [] : headings)
        if item.repealedOn != nil || item.replacedBy != nil {
            fields["repeal"] = object([
                "on": text(item.repealedOn.map(date)), "reason": text(item.repealReason),
                "replacedBy": link(item.replacedBy),
            ])
        }
        if withdrawn {
            fields["withdrawal"] = object(["on": text(item.withdrawnOn.map(date)), "reason": text(item.withdrawReason)])
        }
        fields["changes"] = .list(item.changes.sorted { $0.on > $1.on }.map { ch in
            object(["on": .string(ch.on.description), "onText": .string(date(ch.on)), "note": .string(ch.note),
                    "major": .bool(ch.major)])
        })
        fields["responses"] = .list(item.responses.map { r in
            object(["on": .string(r.on.description), "onText": .string(date(r.on)), "question": .string(r.question),
                    "answer": text(r.answer), "answeredOn": text(r.answeredOn?.description),
                    "answeredOnText": text(r.answeredOn.map(date))])
        })
        if !withdrawn {
            fields["attachments"] = .list(item.attachments.map { a in
                object(["file": .string(a.file), "title": .string(a.title)])
            })
        }
        if item.series != nil, item.timing == .periodic {
            let editions = series.nearby(item)
            fields["otherEditions"] = .list(editions.map { e in
                object(["title": .string(e.item.title), "url": .string(Paths.item(e.item.id)),
                        "coversText": text(e.item.covers.map { config.language == "zh-CN" ? $0.chinese : $0.description }),
                        "status": object(["id": .string(e.status.rawValue), "name": .string(t("status_\(e.status.rawValue)")),
                                          "isCurrent": .bool(e.status == .current)])])
            })
        }
        fields["related"] = .list(related.related(to: item))
        if let d = item.decision {
            fields["decision"] = object([
                "meeting": text(d.meeting.map(date)), "hearing": text(d.hearing),
                "followUps": .list(d.followUps.compactMap { link($0).nonNull }),
            ])
        }
        if let p = item.power {
            fields["power"] = object([
                "type": text(p.powerType?.rawValue), "code": text(p.code), "basis": text(p.basis),
                "subject": text(p.subject), "handler": text(p.handler), "legalLimit": text(p.legalLimit),
                "promisedLimit": text(p.promisedLimit), "fee": text(p.fee), "steps": steps(p.steps),
                "accountability": text(p.accountability), "supervisionPhone": text(p.supervisionPhone),
                "flowchart": flowchart(p.steps, of: item.title),
            ])
        }
        if let g = item.guide {
            fields["guide"] = object([
                "conditions": .list(g.conditions.map(TemplateValue.string)),
                "materials": .list(g.materials.map(TemplateValue.string)),
                "steps": steps(g.steps), "flowchart": flowchart(g.steps, of: item.title), "limit": text(g.limit), "fee": text(g.fee), "place": text(g.place),
                "hours": text(g.hours), "phone": text(g.phone), "onlineURL": text(g.onlineURL),
            ])
        }
        return object(fields)
    }

    func steps(_ steps: [ProcedureStep]) -> TemplateValue {
        .list(steps.enumerated().map { n, s in
            object(["number": .int(n + 1), "name": .string(s.name), "role": text(s.role), "limit": text(s.limit)])
        })
    }

    /// `{title, url}` of another item, or null when it is not in this edition.
    private func link(_ id: String?) -> TemplateValue {
        guard let id, let title = titles[id] else { return .null }
        return object(["id": .string(id), "title": .string(title), "url": .string(Paths.item(id))])
    }

    private func validity(_ s: ItemStatus) -> String {
        switch s {
        case .current, .expired: "valid"
        case .superseded: "superseded"
        case .repealed: "repealed"
        case .withdrawn: "withdrawn"
        }
    }

    func date(_ d: LocalDate) -> String { config.language == "zh-CN" ? d.chinese : d.description }

    func text(_ s: String?) -> TemplateValue {
        guard let s, !s.isEmpty else { return .null }
        return .string(s)
    }

    /// An object without its null fields, so `{{#x}}` sections and missing keys behave alike.
    /// Every list `xs` gets a companion boolean `hasXs`, true when the list is not empty, so a
    /// template can print a heading once above a list.
    func object(_ fields: [String: TemplateValue]) -> TemplateValue {
        var out: [String: TemplateValue] = [:]
        out.reserveCapacity(fields.count)
        for (key, value) in fields {
            switch value {
            case .null: continue
            case let .list(items):
                out["has" + key.prefix(1).uppercased() + key.dropFirst()] = .bool(!items.isEmpty)
            default: break
            }
            out[key] = value
        }
        return .object(out)
    }
}

extension TemplateValue {
    var nonNull: TemplateValue? {
        if case .null = self { return nil }
        return self
    }
}
