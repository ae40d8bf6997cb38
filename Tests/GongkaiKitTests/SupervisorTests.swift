import Foundation
import Testing
@testable import GongkaiKit

/// Each supervision rule with a fixture that triggers it and one that does not.
private func findings(_ texts: [String: String], asOf: String, config: SiteConfig? = nil) -> [String] {
    let items = texts.keys.sorted().map { path -> Item in
        let (item, ds) = ItemDecoder.decode(SourceFile(path: path, text: texts[path]!))
        precondition(item != nil, "\(ds)")
        return item!
    }
    let site = config ?? englishConfig()
    let calendar = CalendarLoader.load(root: packageRoot).calendar
    return Supervisor(config: site, calendar: calendar, asOf: LocalDate(iso: asOf)!)
        .findings(for: items)
        .filter { $0.code != "supervision.no-secrecy-review" && $0.code != "supervision.empty-category" }
        .map { $0.description(in: .en) }
}

/// The test site in English, so messages read as in the rest of the suite.
private func englishConfig() -> SiteConfig {
    SiteConfigDecoder.decode(SourceFile(path: "content/site.yaml", text: TestSite.siteYAML + "language: en\n")).config!
}

@Test func findingsAreWrittenInBothLanguages() throws {
    let (c, _) = SiteConfigDecoder.decode(SourceFile(path: "content/site.yaml", text: TestSite.siteYAML))
    let draft = "---\ntitle: \"草稿\"\ncategory: policies\ntiming: long-term\nindex: \"11330000MB0000000X/2026-00001\"\nwritten: 2026-10-09\n---\n"
    let item = try #require(ItemDecoder.decode(SourceFile(path: "content/items/d.md", text: draft)).item)
    let found = Supervisor(config: c!, calendar: CalendarLoader.load(root: packageRoot).calendar,
                           asOf: LocalDate(iso: "2026-11-06")!).findings(for: [item])
    #expect(found.first?.message(in: .zhCN) == "成文于2026年10月9日，未在20个工作日内公开（应于2026年11月5日前公开）")
    #expect(found.first?.message(in: .en) == "written on 2026-10-09 and not published within 20 working days (due by 2026-11-05)")
    #expect(found.map { $0.message(in: .zhCN) }.contains("公开目录分类“法规政策”（policies）没有现行有效的公开信息"))
}

private let reviewed = "reviewed-by: 李秀英\nreviewed-on: 2026-10-01\n"

private func quarterly(_ covers: String, published: String, index: Int) -> String {
    TestSite.item(category: "finance", timing: "periodic", index: "11330000MB0000000X/2026-0000\(index)", published: published,
                  extra: "period: quarterly\ncovers: \(covers)\nseries: fin\n" + reviewed)
}

@Test func aSeriesIsOverdueAfterTheGracePeriod() {
    let site = ["content/items/q3.md": quarterly("2026-Q3", published: "2026-10-12", index: 1)]
    // Q4 ends 2026-12-31; 15 working days later (New Year holiday 1–3 January 2027 has no
    // calendar file, so weekends only) is 2027-01-21.
    #expect(findings(site, asOf: "2027-01-21") == [
        "content/items/q3.md:11:9: yellow: [supervision.due-soon] series 'fin': the edition for 2026-Q4 is due by 2027-01-21",
    ])
    #expect(findings(site, asOf: "2027-01-22") == [
        "content/items/q3.md:11:9: red: [supervision.series-overdue] series 'fin': the edition for 2026-Q4 was due by 2027-01-21 (end of the period + 15 working days); the newest is 2026-Q3",
    ])
    #expect(findings(site, asOf: "2026-12-01") == [])
}

@Test func aGapInASeriesIsRed() {
    let site = ["content/items/q1.md": quarterly("2026-Q1", published: "2026-04-10", index: 1),
                "content/items/q3.md": quarterly("2026-Q3", published: "2026-10-12", index: 2)]
    #expect(findings(site, asOf: "2026-11-29") == [
        "content/items/q3.md:10:9: red: [supervision.series-gap] series 'fin' has no edition for 2026-Q2 (between 2026-Q1 and 2026-Q3)",
    ])
    let complete = site.merging(["content/items/q2.md": quarterly("2026-Q2", published: "2026-07-10", index: 3)]) { a, _ in a }
    #expect(findings(complete, asOf: "2026-11-29") == [])
}

@Test func anItemWrittenLongAgoAndNotPublishedIsRed() {
    let draft = "---\ntitle: \"草稿\"\ncategory: policies\ntiming: long-term\nindex: \"11330000MB0000000X/2026-00001\"\nwritten: 2026-10-09\n---\n"
    // 20 working days after Friday 9 October 2026: Saturday 10 October is a make-up working day
    // after the National Day holiday, so the limit is Thursday 5 November, not Friday 6.
    #expect(findings(["content/items/d.md": draft], asOf: "2026-11-05") == [
        "content/items/d.md:6:10: yellow: [supervision.publish-due-soon] written on 2026-10-09; to be published by 2026-11-05 (within 20 working days)",
    ])
    #expect(findings(["content/items/d.md": draft], asOf: "2026-11-06") == [
        "content/items/d.md:6:10: red: [supervision.publish-late] written on 2026-10-09 and not published within 20 working days (due by 2026-11-05)",
    ])
}

/// 条例 Art. 26 after the fact: an item that came out later than 20 working days after it was
/// written stays a red card once published. Written Friday 9 October 2026, due Thursday 5 November
/// (Saturday 10 October is a make-up working day).
@Test func anItemPublishedLaterThanTwentyWorkingDaysIsRed() {
    func item(published: String) -> String {
        TestSite.item(published: published, extra: "written: 2026-10-09\n" + reviewed)
    }
    #expect(findings(["content/items/a.md": item(published: "2026-11-05")], asOf: "2026-11-29") == [])
    #expect(findings(["content/items/a.md": item(published: "2026-11-06")], asOf: "2026-11-29") == [
        "content/items/a.md:6:12: red: [supervision.published-late] written on 2026-10-09 and published on 2026-11-06, later than 20 working days (due by 2026-11-05)",
    ])
}

@Test func anUnpublishedItemNearItsLimitIsYellow() {
    let draft = "---\ntitle: \"草稿\"\ncategory: policies\ntiming: long-term\nindex: \"11330000MB0000000X/2026-00001\"\nwritten: 2026-10-09\n---\n"
    // Due 2026-11-05; due-soon is 7 days: due-soon from 2026-10-29, the day before it is still
    // the waiting-for-sign-off card.
    #expect(findings(["content/items/d.md": draft], asOf: "2026-10-28").map { $0.contains("[supervision.awaiting-approval]") } == [true])
    #expect(findings(["content/items/d.md": draft], asOf: "2026-10-29") == [
        "content/items/d.md:6:10: yellow: [supervision.publish-due-soon] written on 2026-10-09; to be published by 2026-11-05 (within 20 working days)",
    ])
}

/// 待审核: a finished item waits for its sign-off at most `approve-within` (5 working days)
/// before it is a yellow card; nearer the publication limit the due-soon card takes over. Written
/// Friday 9 October 2026, with Saturday 10 October a make-up working day: five working days later
/// is Thursday 15 October.
@Test func anItemWaitingForSignOffIsYellowAfterFiveWorkingDays() {
    let draft = "---\ntitle: \"草稿\"\ncategory: policies\ntiming: long-term\nindex: \"11330000MB0000000X/2026-00001\"\nwritten: 2026-10-09\n---\n"
    #expect(findings(["content/items/d.md": draft], asOf: "2026-10-15") == [])
    #expect(findings(["content/items/d.md": draft], asOf: "2026-10-16") == [
        "content/items/d.md:6:10: yellow: [supervision.awaiting-approval] written on 2026-10-09 and waiting for sign-off for more than 5 working days (to be published by 2026-11-05)",
    ])
    let signed = TestSite.item(published: "2026-12-01", extra: "written: 2026-10-09\n" + reviewed)
    #expect(findings(["content/items/a.md": signed], asOf: "2026-10-16") == [], "signed off, scheduled: not waiting")
}

/// Seed 一: a published decision names its meeting, held before publication.
@Test func aDecisionWithoutItsMeetingOrPublishedBeforeItIsRed() {
    func decision(_ meeting: String?) -> String {
        TestSite.item(category: "policies", published: "2026-10-15",
                      extra: "kind: decision\n" + (meeting.map { "meeting: \($0)\n" } ?? "") + reviewed)
    }
    #expect(findings(["content/items/d.md": decision(nil)], asOf: "2026-11-29") == [
        "content/items/d.md:9:7: red: [supervision.decision-no-meeting] a published decision does not name the date of the meeting that took it ('meeting')",
    ])
    #expect(findings(["content/items/d.md": decision("2026-10-16")], asOf: "2026-11-29") == [
        "content/items/d.md:10:10: red: [supervision.meeting-after-publication] the meeting of 2026-10-16 is after the publication on 2026-10-15: a decision is published after the meeting takes it",
    ])
    #expect(findings(["content/items/d.md": decision("2026-10-15")], asOf: "2026-11-29") == [])
    #expect(findings(["content/items/d.md": decision(nil)], asOf: "2026-10-14") == [], "not yet published")
}

@Test func approvalAfterPublicationIsRed() throws {
    // Such an item no longer decodes (item.approved-after-published); the card stays for an
    // item made some other way.
    var item = try #require(ItemDecoder.decode(SourceFile(path: "content/items/a.md", text: TestSite.item(extra: reviewed))).item)
    item.approvedOn = LocalDate(iso: "2026-10-16")
    let found = Supervisor(config: englishConfig(), calendar: CalendarLoader.load(root: packageRoot).calendar,
                           asOf: LocalDate(iso: "2026-11-29")!).findings(for: [item])
        .filter { $0.code == "supervision.approved-after-publication" }.map { $0.description(in: .en) }
    #expect(found == [
        "content/items/a.md:8:14: red: [supervision.approved-after-publication] approved on 2026-10-16, after it was published on 2026-10-15",
    ])
    #expect(findings(["content/items/a.md": TestSite.item(extra: reviewed)], asOf: "2026-11-29") == [])
}

@Test func aRosterPostedTooBrieflyIsRed() {
    func roster(_ days: Int) -> String {
        TestSite.item(category: "finance", timing: "ad-hoc", published: "2026-11-20",
                      extra: "kind: roster\nposting-days: \(days)\n" + reviewed)
    }
    #expect(findings(["content/items/r.md": roster(5)], asOf: "2026-11-21") == [
        "content/items/r.md:10:15: red: [supervision.roster-short] a roster must stay posted at least 7 working days (until 2026-11-30); this one ends 2026-11-26",
        "content/items/r.md:10:15: yellow: [supervision.expiring] the posting period ends on 2026-11-26; the item then moves to the archive",
    ])
    #expect(findings(["content/items/r.md": roster(7)], asOf: "2026-11-21") == [])
}

@Test func aPostingPeriodEndingSoonIsYellow() {
    let notice = TestSite.item(timing: "ad-hoc", published: "2026-11-20", extra: "expires: 2026-12-02\n" + reviewed)
    #expect(findings(["content/items/n.md": notice], asOf: "2026-11-29") == [
        "content/items/n.md:9:10: yellow: [supervision.expiring] the posting period ends on 2026-12-02; the item then moves to the archive",
    ])
    #expect(findings(["content/items/n.md": notice], asOf: "2026-11-21") == [])
    // Only an item on the notice board has a sheet to take down.
    let posted = TestSite.item(timing: "ad-hoc", published: "2026-11-20", extra: "expires: 2026-12-02\nboard: true\n" + reviewed)
    #expect(findings(["content/items/n.md": posted], asOf: "2026-11-29") == [
        "content/items/n.md:9:10: yellow: [supervision.expiring] the posting period ends on 2026-12-02; take the sheet down after that day",
    ])
}

@Test func aLongTermItemPastItsReviewDateIsYellow() {
    let item = TestSite.item(extra: "review-by: 2026-11-01\n" + reviewed)
    #expect(findings(["content/items/a.md": item], asOf: "2026-11-29") == [
        "content/items/a.md:9:12: yellow: [supervision.review-overdue] due for review on 2026-11-01: confirm it is still valid and set a new 'review-by'",
    ])
    #expect(findings(["content/items/a.md": item], asOf: "2026-11-01") == [])
}

@Test func anItemWithoutSecrecyReviewIsYellow() throws {
    let item = try #require(ItemDecoder.decode(SourceFile(path: "content/items/a.md", text: TestSite.item())).item)
    let supervisor = Supervisor(config: englishConfig(), calendar: WorkCalendar(), asOf: LocalDate(iso: "2026-11-29")!)
    #expect(supervisor.findings(for: [item]).map { $0.description(in: .en) }.contains(
        "content/items/a.md:7:14: yellow: [supervision.no-secrecy-review] published without a recorded secrecy review (reviewed-by, reviewed-on)"))
    let reviewedItem = try #require(ItemDecoder.decode(SourceFile(path: "content/items/a.md", text: TestSite.item(extra: reviewed))).item)
    #expect(!supervisor.findings(for: [reviewedItem]).map(\.code).contains("supervision.no-secrecy-review"))
}

@Test func unansweredFeedbackIsYellowAfterThreeMonths() {
    // The card points at the question waiting, not at the item: the second of two here.
    let item = TestSite.item(extra: reviewed + "responses:\n  - on: 2026-07-01\n    question: 标准是多少？\n    answer: 每人每月1130元。\n"
                             + "  - on: 2026-08-01\n    question: 何时发放？\n")
    #expect(findings(["content/items/a.md": item], asOf: "2026-11-02") == [
        "content/items/a.md:16:5: yellow: [supervision.unanswered] feedback of 2026-08-01 has had no answer for more than 3 months (due by 2026-11-01)",
    ])
    #expect(findings(["content/items/a.md": item], asOf: "2026-11-01") == [])
}

@Test func incompletePowerAndGuideEntriesAreRed() throws {
    let power = TestSite.item(category: "policies", extra: "kind: power\npower-type: 行政许可\n" + reviewed)
    #expect(findings(["content/items/p.md": power], asOf: "2026-11-29") == [
        "content/items/p.md:1:1: red: [supervision.incomplete] a published power lacks basis, subject, legal-limit, steps, supervision-phone",
    ])
    let item = try #require(ItemDecoder.decode(SourceFile(path: "content/items/p.md", text: power)).item)
    let zh = Supervisor(config: englishConfig(), calendar: WorkCalendar(), asOf: LocalDate(iso: "2026-11-29")!)
        .completenessFindings(item).map { $0.message(in: .zhCN) }
    #expect(zh == ["已公开的权力事项缺少要素：设定依据（basis）、实施主体（subject）、法定期限（legal-limit）、办理流程（steps）、监督电话（supervision-phone）"])
}

@Test func emptyCategoriesAreYellow() throws {
    let item = try #require(ItemDecoder.decode(SourceFile(path: "content/items/a.md", text: TestSite.item(extra: reviewed))).item)
    let found = Supervisor(config: englishConfig(), calendar: WorkCalendar(), asOf: LocalDate(iso: "2026-11-29")!).findings(for: [item])
    #expect(found.map { $0.description(in: .en) } == [
        "content/site.yaml:11:5: yellow: [supervision.empty-category] catalogue category 'finance' (财政资金) has no current item",
        "content/site.yaml:14:5: yellow: [supervision.empty-category] catalogue category 'budget' (财务收支) has no current item",
    ])
}

/// 空栏目 after expiries: a category whose only item's posting period has ended is empty to a
/// reader; the day it ends it still counts.
@Test func aCategoryWhoseItemsHaveExpiredIsEmpty() throws {
    let notice = TestSite.item(category: "finance", timing: "ad-hoc", published: "2026-11-20", extra: "expires: 2026-11-27\n" + reviewed)
    let item = try #require(ItemDecoder.decode(SourceFile(path: "content/items/n.md", text: notice)).item)
    func empty(asOf: String) -> [String] {
        Supervisor(config: englishConfig(), calendar: WorkCalendar(), asOf: LocalDate(iso: asOf)!).findings(for: [item])
            .filter { $0.code == "supervision.empty-category" }.map { $0.description(in: .en) }
    }
    #expect(!empty(asOf: "2026-11-27").contains { $0.contains("'finance'") })
    #expect(empty(asOf: "2026-11-28").contains(
        "content/site.yaml:11:5: yellow: [supervision.empty-category] catalogue category 'finance' (财政资金) has no current item"))
}

@Suite(.serialized) struct SupervisionCommandTests {
    private func lateSite() throws -> TestSite {
        let site = try TestSite()
        try site.write("content/site.yaml", TestSite.siteYAML + "language: en\n")
        try site.write("content/items/q3.md", quarterly("2026-Q3", published: "2026-10-12", index: 1))
        return site
    }

    @Test func checkExitsOneOnARedCardButBuildDoesNot() throws {
        let site = try lateSite()
        let check = try gongkai(["check", "--as-of", "2027-01-22"], in: site.root)
        #expect(check.status == 1)
        #expect(check.stderr.contains("""
            Red cards (1)
              content/items/q3.md:11:9: red: [supervision.series-overdue] series 'fin': the edition for 2026-Q4 was due by 2027-01-21 (end of the period + 15 working days); the newest is 2026-Q3
            Yellow cards (2)
            """))
        let build = try gongkai(["build", "--as-of", "2027-01-22"], in: site.root)
        #expect(build.status == 0, "lateness never fails a build")
        let report = try #require(site.read("site/report.json"))
        #expect(report.contains("\"code\": \"supervision.series-overdue\""))
        let dashboard = try #require(site.read("site/internal/supervision/index.html"))
        #expect(dashboard.contains("series &#39;fin&#39;") || dashboard.contains("series 'fin'"))
        #expect(!site.exists("site/public/supervision"))
    }

    @Test func strictCheckAlsoFailsOnYellow() throws {
        let site = try TestSite()
        try site.write("content/site.yaml", TestSite.siteYAML + "language: en\n")
        try site.write("content/items/a.md", TestSite.item(category: "finance", extra: reviewed))
        #expect(try gongkai(["check", "--as-of", "2026-11-29"], in: site.root).status == 0)
        let strict = try gongkai(["check", "--as-of", "2026-11-29", "--strict"], in: site.root)
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("[supervision.empty-category]"))
    }

    @Test func theJSONReportFollowsItsSchema() throws {
        let site = try lateSite()
        let run = try gongkai(["check", "--as-of", "2027-01-22", "--format", "json"], in: site.root)
        #expect(run.status == 1)
        let object = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let supervision = try #require(object["supervision"] as? [String: Any])
        #expect(supervision["red"] as? Int == 1)
        #expect(supervision["yellow"] as? Int == 2)
        let first = try #require((supervision["findings"] as? [[String: Any]])?.first)
        #expect(Set(first.keys) == ["card", "code", "message", "path", "line", "column"])
        #expect(first["card"] as? String == "red")
        #expect(first["path"] as? String == "content/items/q3.md")
        #expect(first["line"] as? Int == 11)
    }

    @Test func githubFormatAnnotatesRedAsErrorsAndYellowAsWarnings() throws {
        let site = try lateSite()
        let run = try gongkai(["check", "--as-of", "2027-01-22", "--format", "github"], in: site.root)
        #expect(run.stderr.contains("::error file=content/items/q3.md,line=11,col=9,title=supervision.series-overdue::series 'fin': the edition for 2026-Q4 was due by 2027-01-21"))
        #expect(run.stderr.contains("::warning file=content/site.yaml,line=14,col=5,title=supervision.empty-category::"))
    }
}
