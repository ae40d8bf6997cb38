/// The electronic supervisor (电子监察): applies DESIGN 4's red and yellow rules to the site on
/// the as-of date. Lateness never stops a build; `gongkai check` exits 1 on a red card.
public struct Supervisor: Sendable {
    public let config: SiteConfig
    public let calendar: WorkCalendar
    public let asOf: LocalDate

    public init(config: SiteConfig, calendar: WorkCalendar, asOf: LocalDate) {
        self.config = config
        self.calendar = calendar
        self.asOf = asOf
    }

    var settings: SupervisionSettings { config.supervision }

    static let kindNames: [ItemKind: String] = [
        .notice: "公告", .decision: "决策", .power: "权力事项", .guide: "办事指南", .roster: "名单",
    ]

    /// Every finding, red first, then by file and line.
    public func findings(for items: [Item]) -> [Finding] {
        var out: [Finding] = []
        let live = items.filter { $0.confidentiality.isEmpty && $0.withdrawnOn.map { $0 > asOf } ?? true }
        let out1 = live.filter(isOut)
        out += seriesFindings(out1)
        for item in live {
            out += publicationFindings(item)
            out += decisionFindings(item)
            out += completenessFindings(item)
        }
        for item in out1 {
            out += postingFindings(item)
            out += reviewFindings(item)
            out += feedbackFindings(item)
        }
        out += categoryFindings(out1)
        return out.sorted { a, b in
            if a.card != b.card { return a.card == .red }
            return (a.location?.path ?? "", a.location?.line ?? 0, a.code, a.message.en)
                < (b.location?.path ?? "", b.location?.line ?? 0, b.code, b.message.en)
        }
    }

    /// Approved and published on or before the as-of date.
    func isOut(_ item: Item) -> Bool {
        item.isApproved && (item.published.map { $0 <= asOf } ?? false)
    }

    /// Every message in both languages: the dashboard speaks the site's language, `check` the
    /// language chosen for the terminal. Chinese writes dates, periods and durations the Chinese
    /// way (2026年11月5日, 2026年第三季度, 20个工作日).
    private func say(_ zh: String, _ en: String) -> Finding.Message { Finding.Message(zh: zh, en: en) }

    // MARK: periodic series

    func seriesFindings(_ items: [Item]) -> [Finding] {
        var out: [Finding] = []
        let bySeries = Dictionary(grouping: items.filter { $0.timing == .periodic && $0.series != nil && $0.covers != nil },
                                  by: { $0.series! })
        for name in bySeries.keys.sorted() {
            let editions = bySeries[name]!.sorted { $0.covers! < $1.covers! }
            // Gaps between published editions.
            for (a, b) in zip(editions, editions.dropFirst()) {
                var missing: [Covers] = []
                var c = a.covers!.next
                while c < b.covers!, c.period == a.covers!.period, missing.count < 24 {
                    missing.append(c)
                    c = c.next
                }
                if !missing.isEmpty {
                    out.append(Finding(.red, "supervision.series-gap",
                                       say("系列“\(name)”缺少\(missing.map(\.chinese).joined(separator: "、"))的信息（在\(a.covers!.chinese)与\(b.covers!.chinese)之间）",
                                           "series '\(name)' has no edition for \(missing.map(\.description).joined(separator: ", ")) (between \(a.covers!) and \(b.covers!))"),
                                       at: b.location(of: "covers")))
                }
            }
            // The next edition after the newest.
            let newest = editions.last!
            let next = newest.covers!.next
            let grace = settings.grace[next.period] ?? .workingDays(15)
            let due = grace.after(next.lastDay, calendar: calendar)
            if asOf > due {
                out.append(Finding(.red, "supervision.series-overdue",
                                   say("系列“\(name)”\(next.chinese)的信息应于\(due.chinese)前公开（期末后\(grace.chinese)），目前最新一期为\(newest.covers!.chinese)",
                                       "series '\(name)': the edition for \(next) was due by \(due) (end of the period + \(grace)); the newest is \(newest.covers!)"),
                                   at: newest.location(of: "series")))
            } else if due <= settings.dueSoon.after(asOf, calendar: calendar), asOf > next.firstDay {
                out.append(Finding(.yellow, "supervision.due-soon",
                                   say("系列“\(name)”\(next.chinese)的信息应于\(due.chinese)前公开",
                                       "series '\(name)': the edition for \(next) is due by \(due)"),
                                   at: newest.location(of: "series")))
            }
        }
        return out
    }

    // MARK: publication

    /// 条例 Art. 26: an item is published within `publish-within` (20 working days) of being
    /// written. Red when an unpublished item is past the limit, and when a published one came out
    /// after it (late publication stays on the record); yellow when the limit is near.
    func publicationFindings(_ item: Item) -> [Finding] {
        var out: [Finding] = []
        if let written = item.written {
            let due = settings.publishWithin.after(written, calendar: calendar)
            if isOut(item), let published = item.published {
                if published > due {
                    out.append(Finding(.red, "supervision.published-late",
                                       say("成文于\(written.chinese)，\(published.chinese)才公开，超过\(settings.publishWithin.chinese)（应于\(due.chinese)前公开）",
                                           "written on \(written) and published on \(published), later than \(settings.publishWithin) (due by \(due))"),
                                       at: item.location(of: "published")))
                }
            } else if asOf > due {
                out.append(Finding(.red, "supervision.publish-late",
                                   say("成文于\(written.chinese)，未在\(settings.publishWithin.chinese)内公开（应于\(due.chinese)前公开）",
                                       "written on \(written) and not published within \(settings.publishWithin) (due by \(due))"),
                                   at: item.location(of: "written")))
            } else if !item.isApproved, asOf > settings.approveWithin.after(written, calendar: calendar),
                      due > settings.dueSoon.after(asOf, calendar: calendar) {
                out.append(Finding(.yellow, "supervision.awaiting-approval",
                                   say("成文于\(written.chinese)，已等待审核签发超过\(settings.approveWithin.chinese)（应于\(due.chinese)前公开）",
                                       "written on \(written) and waiting for sign-off for more than \(settings.approveWithin) (to be published by \(due))"),
                                   at: item.location(of: "written")))
            } else if due <= settings.dueSoon.after(asOf, calendar: calendar) {
                out.append(Finding(.yellow, "supervision.publish-due-soon",
                                   say("成文于\(written.chinese)，应于\(due.chinese)前公开（\(settings.publishWithin.chinese)内）",
                                       "written on \(written); to be published by \(due) (within \(settings.publishWithin))"),
                                   at: item.location(of: "written")))
            }
        }
        if let approved = item.approvedOn, let published = item.published, approved > published {
            out.append(Finding(.red, "supervision.approved-after-publication",
                               say("审核签发日期\(approved.chinese)晚于发布日期\(published.chinese)",
                                   "approved on \(approved), after it was published on \(published)"),
                               at: item.location(of: "approved-on")))
        }
        return out
    }

    /// Seed 一: a decision names the meeting that took it, and the meeting comes before the
    /// decision is published.
    func decisionFindings(_ item: Item) -> [Finding] {
        guard isOut(item), let d = item.decision, let published = item.published else { return [] }
        guard let meeting = d.meeting else {
            return [Finding(.red, "supervision.decision-no-meeting",
                            say("已公开的决策未注明作出决定的会议日期（meeting）",
                                "a published decision does not name the date of the meeting that took it ('meeting')"),
                            at: item.location(of: "kind"))]
        }
        guard meeting > published else { return [] }
        return [Finding(.red, "supervision.meeting-after-publication",
                        say("会议日期\(meeting.chinese)晚于发布日期\(published.chinese)：决策应在会议作出后公开",
                            "the meeting of \(meeting) is after the publication on \(published): a decision is published after the meeting takes it"),
                        at: item.location(of: "meeting"))]
    }

    /// The names of the elements a published power or guide must carry, as its page shows them.
    static let elementNames: [String: String] = [
        "power-type": "权力类型", "basis": "设定依据", "subject": "实施主体", "legal-limit": "法定期限",
        "steps": "办理流程", "supervision-phone": "监督电话", "conditions": "办理条件", "materials": "申请材料",
        "limit": "办理时限", "fee": "收费标准", "place": "办理地点", "hours": "办公时间", "phone": "咨询电话",
        "online-url": "网上办理",
    ]

    /// Published power and guide entries must carry every element citizens rely on.
    func completenessFindings(_ item: Item) -> [Finding] {
        guard isOut(item) else { return [] }
        var missing: [String] = []
        if let p = item.power {
            if p.powerType == nil { missing.append("power-type") }
            if p.basis == nil { missing.append("basis") }
            if p.subject == nil { missing.append("subject") }
            if p.legalLimit == nil { missing.append("legal-limit") }
            if p.steps.isEmpty { missing.append("steps") }
            if p.supervisionPhone == nil { missing.append("supervision-phone") }
        }
        if let g = item.guide {
            if g.conditions.isEmpty { missing.append("conditions") }
            if g.materials.isEmpty { missing.append("materials") }
            if g.steps.isEmpty { missing.append("steps") }
            if g.limit == nil { missing.append("limit") }
            if g.fee == nil { missing.append("fee") }
            if g.place == nil { missing.append("place") }
            if g.hours == nil { missing.append("hours") }
            if g.phone == nil { missing.append("phone") }
            if g.onlineURL == nil { missing.append("online-url") }
        }
        guard !missing.isEmpty else { return [] }
        return [Finding(.red, "supervision.incomplete",
                        say("已公开的\(Self.kindNames[item.kind]!)缺少要素：\(missing.map { "\(Self.elementNames[$0] ?? $0)（\($0)）" }.joined(separator: "、"))",
                            "a published \(item.kind.rawValue) lacks \(missing.joined(separator: ", "))"),
                        at: SourceLocation(path: item.path, line: 1, column: 1))]
    }

    // MARK: posting periods

    func postingFindings(_ item: Item) -> [Finding] {
        guard item.timing == .adHoc, let published = item.published, let end = Publication.postingEnd(of: item) else { return [] }
        var out: [Finding] = []
        if item.kind == .roster {
            let minimumEnd: LocalDate
            if case let .workingDays(n) = settings.rosterMinPosting {
                minimumEnd = Publication.postingEnd(from: published, workingDays: n, calendar: calendar)
            } else {
                minimumEnd = settings.rosterMinPosting.after(published, calendar: calendar).adding(days: -1)
            }
            if end < minimumEnd {
                out.append(Finding(.red, "supervision.roster-short",
                                   say("名单公示期不得少于\(settings.rosterMinPosting.chinese)（应至\(minimumEnd.chinese)），本公示于\(end.chinese)结束",
                                       "a roster must stay posted at least \(settings.rosterMinPosting) (until \(minimumEnd)); this one ends \(end)"),
                                   at: item.location(of: item.expires != nil ? "expires" : "posting-days")))
            }
        }
        if end >= asOf, end <= settings.dueSoon.after(asOf, calendar: calendar), item.withdrawnOn == nil {
            // Only a board item has a sheet to take down; any other moves to the archive by itself.
            out.append(Finding(.yellow, "supervision.expiring",
                               item.board
                                   ? say("公示期于\(end.chinese)届满，届满后请从公开栏撤下",
                                         "the posting period ends on \(end); take the sheet down after that day")
                                   : say("公示期于\(end.chinese)届满，届满后转入历史信息",
                                         "the posting period ends on \(end); the item then moves to the archive"),
                               at: item.location(of: item.expires != nil ? "expires" : "posting-days")))
        }
        return out
    }

    func reviewFindings(_ item: Item) -> [Finding] {
        var out: [Finding] = []
        if item.timing == .longTerm, let due = item.reviewBy, due < asOf, item.repealedOn == nil {
            out.append(Finding(.yellow, "supervision.review-overdue",
                               say("应于\(due.chinese)复核：请确认是否继续有效，并更新 review-by",
                                   "due for review on \(due): confirm it is still valid and set a new 'review-by'"),
                               at: item.location(of: "review-by")))
        }
        if item.reviewedBy == nil || item.reviewedOn == nil {
            out.append(Finding(.yellow, "supervision.no-secrecy-review",
                               say("公开前未记录保密审查（reviewed-by、reviewed-on）",
                                   "published without a recorded secrecy review (reviewed-by, reviewed-on)"),
                               at: item.location(of: "approved-by")))
        }
        return out
    }

    func feedbackFindings(_ item: Item) -> [Finding] {
        item.responses.compactMap { r in
            guard r.answer == nil else { return nil }
            let due = settings.replyWithin.after(r.on, calendar: calendar)
            guard asOf > due else { return nil }
            return Finding(.yellow, "supervision.unanswered",
                           say("\(r.on.chinese)的群众反馈超过\(settings.replyWithin.chinese)未答复（应于\(due.chinese)前答复）",
                               "feedback of \(r.on) has had no answer for more than \(settings.replyWithin) (due by \(due))"),
                           at: r.location ?? item.location(of: "responses"))
        }
    }

    /// 检查指标 空栏目: a category whose items have all expired, been repealed or withdrawn is as
    /// empty to a reader as one that never had any. A periodic series always has a current
    /// edition, its newest, so series need no special case here.
    func categoryFindings(_ items: [Item]) -> [Finding] {
        let used = Set(items.filter { Publication.status(of: $0, asOf: asOf, newerEditionPublished: false) == .current }
            .map(\.category))
        return config.allCategories.filter { !used.contains($0.id) }.map { c in
            Finding(.yellow, "supervision.empty-category",
                    say("公开目录分类“\(c.name)”（\(c.id)）没有现行有效的公开信息",
                        "catalogue category '\(c.id)' (\(c.name)) has no current item"),
                    at: c.location ?? SourceLocation(path: "content/site.yaml", line: 1, column: 1))
        }
    }
}
