import Testing
@testable import GongkaiKit

/// Truth tables for the notice board (Hugo's TestShouldBuild, for the 公开栏): which items hang,
/// which are new, which come down, at fixed as-of dates.
private func item(_ id: String, _ timing: Timing, published: String, board: Bool = true,
                  audience: Audience = .public, edit: (inout Item) -> Void = { _ in }) -> Item {
    var item = Item(path: "content/items/\(id).md", id: id, title: id, kind: .notice, category: "policies",
                    audience: audience, timing: timing, body: "正文。", bodyFirstLine: 1, sourceHash: "")
    item.published = LocalDate(iso: published)
    item.approvedBy = "王建国"
    item.approvedOn = item.published
    item.board = board
    edit(&item)
    return item
}

private func actions(_ items: [Item], asOf: String, edition: Edition = .public) -> [String: String] {
    let day = LocalDate(iso: asOf)!
    let cleared = Gate.clear(items, asOf: day, edition: edition).cleared
    let entries = BoardSchedule.entries(cleared, edition: edition, asOf: day)
    return Dictionary(uniqueKeysWithValues: entries.map { ($0.item.item.id, $0.action.rawValue) })
}

/// 7 working days from Tuesday 2026-11-24, that day counting, run to Wednesday 2026-12-02.
private let roster = item("roster", .adHoc, published: "2026-11-24") { $0.postingDays = 7 }

@Test(arguments: [
    ("2026-11-23", nil),          // not yet published
    ("2026-11-24", "post"),       // first day
    ("2026-11-30", "post"),       // seventh day of the window: still new
    ("2026-12-01", "keep"),
    ("2026-12-02", "keep"),       // last day of the 公示期
    ("2026-12-03", "take-down"),  // the day after
    ("2026-12-09", "take-down"),  // a week after the last day
    ("2026-12-10", nil),          // gone from the checklist
] as [(String, String?)])
func anAdHocItemHangsThroughItsPostingPeriod(asOf: String, expected: String?) {
    #expect(actions([roster], asOf: asOf)["roster"] == expected)
}

@Test func anAdHocItemWithExpiresHangsThroughThatDay() {
    let notice = item("notice", .adHoc, published: "2026-12-15") { $0.expires = LocalDate(iso: "2027-01-04") }
    #expect(actions([notice], asOf: "2027-01-04")["notice"] == "keep")
    #expect(actions([notice], asOf: "2027-01-05")["notice"] == "take-down")
}

@Test func aPeriodicItemHangsUntilTheNextEditionIsPublished() {
    let q2 = item("q2", .periodic, published: "2026-07-10") {
        $0.period = .quarterly; $0.covers = Covers("2026-Q2"); $0.series = "finance"
    }
    let q3 = item("q3", .periodic, published: "2026-10-12") {
        $0.period = .quarterly; $0.covers = Covers("2026-Q3"); $0.series = "finance"
    }
    #expect(actions([q2, q3], asOf: "2026-10-11") == ["q2": "keep"])
    #expect(actions([q2, q3], asOf: "2026-10-12") == ["q2": "take-down", "q3": "post"])
    #expect(actions([q2, q3], asOf: "2026-10-18") == ["q2": "take-down", "q3": "post"])
    #expect(actions([q2, q3], asOf: "2026-10-19") == ["q3": "keep"])
    let cleared = Gate.clear([q2, q3], asOf: LocalDate(iso: "2026-10-12")!, edition: .public).cleared
    let q2Entry = BoardSchedule.entries(cleared, edition: .public, asOf: LocalDate(iso: "2026-10-12")!)
        .first { $0.item.item.id == "q2" }
    #expect(q2Entry?.window == BoardWindow(first: LocalDate(iso: "2026-07-10")!, last: LocalDate(iso: "2026-10-11")))
}

@Test func aLongTermItemHangsUntilRepealedOrWithdrawn() {
    let rules = item("rules", .longTerm, published: "2026-03-02")
    #expect(actions([rules], asOf: "2026-11-29")["rules"] == "keep")
    let repealed = item("repealed", .longTerm, published: "2026-03-02") {
        $0.repealedOn = LocalDate(iso: "2026-11-25"); $0.replacedBy = "rules"
    }
    #expect(actions([rules, repealed], asOf: "2026-11-24")["repealed"] == "keep")
    #expect(actions([rules, repealed], asOf: "2026-11-25")["repealed"] == "take-down")
    #expect(actions([rules, repealed], asOf: "2026-12-01")["repealed"] == "take-down")
    #expect(actions([rules, repealed], asOf: "2026-12-02")["repealed"] == nil)
    let withdrawn = item("withdrawn", .adHoc, published: "2026-11-20") {
        $0.expires = LocalDate(iso: "2026-12-31"); $0.withdrawnOn = LocalDate(iso: "2026-11-27")
    }
    #expect(actions([withdrawn], asOf: "2026-11-29")["withdrawn"] == "take-down",
            "withdrawal ends the posting period early")
}

@Test func onlyBoardItemsThatEverHungAreListed() {
    let web = item("web", .longTerm, published: "2026-11-25", board: false)
    let never = item("never", .longTerm, published: "2026-11-25") { $0.withdrawnOn = LocalDate(iso: "2026-11-25") }
    #expect(actions([web, never], asOf: "2026-11-29").isEmpty)
}

@Test func eachEditionPrintsItsOwnBoard() {
    let open = item("open", .longTerm, published: "2026-11-25")
    let staff = item("staff", .longTerm, published: "2026-11-25", audience: .internal)
    #expect(actions([open, staff], asOf: "2026-11-29", edition: .public) == ["open": "post"])
    #expect(actions([open, staff], asOf: "2026-11-29", edition: .internal) == ["staff": "post"],
            "the 内部事务公开栏 carries internal items; public ones hang on the 政务公开栏")
}

@Test func printPathsMapPagesToPDFs() {
    #expect(PrintPaths.pdf(for: "print/index.html") == "print/pdf/checklist.pdf")
    #expect(PrintPaths.pdf(for: "print/poster.html") == "print/pdf/poster.pdf")
    #expect(PrintPaths.pdf(for: "print/sheets/a-b.html") == "print/pdf/sheets/a-b.pdf")
    #expect(PrintPaths.pdfInEdition("public/print/large/x.html") == "public/print/pdf/large/x.pdf")
}

@Test func cssStringsCannotEndTheStringOrTheStyleElement() {
    #expect(CSSString.literal("索引号：X/2026-1") == "\"索引号：X/2026-1\"")
    #expect(CSSString.literal("a\"b\\c</style>\n") == #""a\22 b\5C c\3C /style\3E \A ""#)
}
