import Foundation

/// The text of a new item: every field its kind and timing take, required ones filled in,
/// optional ones left empty, each with a short comment; the sign-off lines commented out, so the
/// item stays a draft until a reviewer signs it.
struct ItemTemplate {
    let plan: NewItemPlan
    let config: SiteConfig
    let index: String

    /// Days an ad-hoc notice stays up by default; the editor changes `expires` as needed.
    static let defaultPostingSpan = 30

    func text() -> String {
        let w = NewItemWords.forLanguage(config.language)
        let date = plan.date
        var f = FrontMatterLines()
        for line in w.header(date) { f.note(line) }
        f.note(w.preview)
        f.field("title", YAMLScalar.doubleQuoted(plan.title), w.title)
        f.field("kind", plan.kind.rawValue, w.kind(plan.kind))
        f.field("category", plan.category.id, w.category(plan.category.name))
        for line in categoryChoices() { f.note("  " + line) }
        f.field("audience", plan.audience.rawValue, w.audience)
        f.field("timing", plan.timing.rawValue, w.timing(plan.timing))
        f.field("index", YAMLScalar.doubleQuoted(index), w.index)
        f.field("written", date.description, w.written)
        f.field("published", date.description, w.published)
        f.field("doc-number", "", w.docNumber)
        f.field("department", "", w.department)
        f.field("summary", "", w.summary)
        f.field("keywords", "[]", w.keywords)
        f.field("genre", "", w.genre)
        f.field("board", plan.kind == .roster ? "true" : "false", w.board)
        timingFields(&f, w)
        kindFields(&f, w)
        f.note(w.signOff)
        f.off("reviewed-by", "", w.reviewedBy)
        f.off("reviewed-on", "", w.reviewedOn)
        f.off("approved-by", "", w.approvedBy)
        f.off("approved-on", "", w.approvedOn)
        f.off("confidentiality", "[]", w.confidentiality)
        return "---\n" + f.lines.joined(separator: "\n") + "\n---\n\n" + body(w) + "\n"
    }

    private func timingFields(_ f: inout FrontMatterLines, _ w: NewItemWords) {
        switch plan.timing {
        case .longTerm:
            f.field("review-by", "", w.reviewBy)
        case .periodic:
            let covers = Self.lastCompleteQuarter(before: plan.date)
            f.field("period", Period.quarterly.rawValue, w.period)
            f.field("covers", covers.description, w.covers)
            f.field("series", "", w.series)
        case .adHoc where plan.kind == .roster:
            f.field("posting-days", String(rosterDays), w.postingDays)
            f.off("expires", "", w.expiresInstead)
        case .adHoc:
            f.field("expires", plan.date.adding(days: Self.defaultPostingSpan).description, w.expires)
            f.off("posting-days", "", w.postingDaysInstead)
        }
    }

    private func kindFields(_ f: inout FrontMatterLines, _ w: NewItemWords) {
        func steps() {
            f.field("steps", "", w.steps)
            let e = w.stepExample
            f.raw("#  - name: \(e.name)")
            f.raw("#    role: \(e.role)")
            f.raw("#    limit: \(e.limit)")
        }
        func quoted(_ s: String?) -> String { s.map(YAMLScalar.doubleQuoted) ?? "" }
        switch plan.kind {
        case .notice, .roster:
            break
        case .decision:
            f.field("meeting", "", w.meeting)
            f.field("hearing", "", w.hearing)
            f.field("follow-ups", "[]", w.followUps)
        case .power:
            f.field("power-type", "", w.powerType)
            f.note("  " + PowerType.allCases.map(\.rawValue).joined(separator: " "))
            f.field("code", "", w.code)
            f.field("basis", "", w.basis)
            f.field("subject", config.organ.isEmpty ? "" : quoted(config.organ), w.subject)
            f.field("handler", "", w.handler)
            f.field("legal-limit", "", w.legalLimit)
            f.field("promised-limit", "", w.promisedLimit)
            f.field("fee", "", w.fee)
            steps()
            f.field("accountability", "", w.accountability)
            f.field("supervision-phone", quoted(config.feedback.supervisionPhone), w.supervisionPhone)
        case .guide:
            f.field("conditions", "", w.conditions)
            f.raw("#  - \(w.conditionExample)")
            f.field("materials", "", w.materials)
            f.raw("#  - \(w.materialExample)")
            steps()
            f.field("limit", "", w.limit)
            f.field("fee", "", w.fee)
            f.field("place", "", w.place)
            f.field("hours", quoted(config.feedback.hours), w.hours)
            f.field("phone", quoted(config.feedback.phone), w.phone)
            f.field("online-url", "", w.onlineURL)
        }
    }

    private func body(_ w: NewItemWords) -> String {
        guard plan.kind == .roster else { return w.body }
        let r = w.roster(plan.date, rosterDays)
        let columns = config.privacy.rosterColumns.isEmpty
            ? (config.language == "en" ? ["No.", "Name", "Village", "Note"] : ["序号", "姓名", "所在村（社区）", "备注"])
            : config.privacy.rosterColumns
        return """
        \(r.intro)

        ## \(r.list)

        ```csv
        \(columns.map(Self.csvCell).joined(separator: ","))
        ```

        ## \(r.period)

        \(r.periodText)

        ## \(r.objections)

        \(r.objectionsText)
        """
    }

    /// A roster's posting period: the site's minimum (`supervision.roster-min-posting`) when it is
    /// counted in working days, else 7.
    private var rosterDays: Int {
        if case let .workingDays(n) = config.supervision.rosterMinPosting { return n }
        return 7
    }

    /// The categories the item may move to, a few to a line.
    private func categoryChoices() -> [String] {
        let choices = config.allCategories.filter { $0.audience == plan.audience }.map { "\($0.id) \($0.name)" }
        return stride(from: 0, to: choices.count, by: 5).map { choices[$0..<min($0 + 5, choices.count)].joined(separator: " · ") }
    }

    /// The quarter before the one `date` falls in: what a quarterly report published today covers.
    static func lastCompleteQuarter(before date: LocalDate) -> Covers {
        let (y, m, _) = date.components
        let q = (m - 1) / 3 + 1
        return q == 1 ? .quarter(year: y - 1, quarter: 4) : .quarter(year: y, quarter: q - 1)
    }

    private static func csvCell(_ s: String) -> String {
        s.contains(",") || s.contains("\"") ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
