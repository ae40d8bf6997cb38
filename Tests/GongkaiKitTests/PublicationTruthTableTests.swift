import Testing
@testable import GongkaiKit

/// Hugo-style truth table: timing × published / expires / review-by (past, today, future, absent)
/// × approved or not, at a fixed as-of date, and where the item then appears.
struct PublicationCase: CustomTestStringConvertible, Sendable {
    let timing: Timing
    let published: String?
    let expires: String?
    let reviewBy: String?
    let approved: Bool
    /// "listed" (current listings and archive), "archive" (archive only), "withheld".
    let expected: String

    var testDescription: String {
        "\(timing.rawValue) published=\(published ?? "-") expires=\(expires ?? "-") review-by=\(reviewBy ?? "-") approved=\(approved) → \(expected)"
    }
}

private let asOf = LocalDate(iso: "2026-11-29")!
private let past = "2026-11-01", today = "2026-11-29", future = "2026-12-15"

private let cases: [PublicationCase] = {
    var out: [PublicationCase] = []
    for approved in [true, false] {
        for published in [past, today, future, nil] as [String?] {
            if approved && published == nil { continue } // an approved item without a date does not decode
            let base: String = !approved ? "withheld" : published == future ? "withheld" : "listed"
            out.append(PublicationCase(timing: .longTerm, published: published, expires: nil, reviewBy: nil, approved: approved, expected: base))
            for review in [past, today, future] {
                out.append(PublicationCase(timing: .longTerm, published: published, expires: nil, reviewBy: review, approved: approved, expected: base))
            }
            out.append(PublicationCase(timing: .periodic, published: published, expires: nil, reviewBy: nil, approved: approved, expected: base))
            for expires in [past, today, future] {
                if let p = published, expires < p { continue } // expires before published does not decode
                let expected = base == "listed" && expires == past ? "archive" : base
                out.append(PublicationCase(timing: .adHoc, published: published, expires: expires, reviewBy: nil, approved: approved, expected: expected))
            }
        }
    }
    return out
}()

@Test(arguments: cases)
func whereAnItemAppears(_ c: PublicationCase) throws {
    var extra = ""
    switch c.timing {
    case .periodic: extra += "period: quarterly\ncovers: 2026-Q3\n"
    case .adHoc: extra += "expires: \(c.expires!)\n"
    case .longTerm: if let r = c.reviewBy { extra += "review-by: \(r)\n" }
    }
    var lines = ["---", "title: \"事项\"", "category: policies", "timing: \(c.timing.rawValue)",
                 "index: \"11330000MB0000000X/2026-00001\""]
    if let p = c.published { lines.append("published: \(p)") }
    if c.approved { lines += ["approved-by: 王建国", "approved-on: 2026-10-01"] }
    let text = lines.joined(separator: "\n") + "\n" + extra + "---\n正文\n"
    let (decoded, ds) = ItemDecoder.decode(SourceFile(path: "content/items/x.md", text: text))
    let item = try #require(decoded, "\(ds)")
    let gate = Gate.clear([item], asOf: asOf, edition: .public)
    let actual: String
    if let cleared = gate.cleared.first {
        actual = cleared.status == .current ? "listed" : "archive"
    } else {
        actual = "withheld"
    }
    #expect(actual == c.expected)
}

@Test func workingDayPostingPeriodsSkipWeekends() throws {
    let text = TestSite.item(timing: "ad-hoc", published: "2026-11-27", extra: "posting-days: 3\n")
    let item = try #require(ItemDecoder.decode(SourceFile(path: "content/items/x.md", text: text)).item)
    // Three working days from Friday 27 November, the day of publication counting: Friday 27,
    // Monday 30, Tuesday 1 December.
    #expect(Publication.postingEnd(of: item)?.description == "2026-12-01")
    let saturday = try #require(ItemDecoder.decode(SourceFile(path: "content/items/x.md", text: TestSite.item(
        timing: "ad-hoc", published: "2026-11-28", extra: "posting-days: 3\n"))).item)
    // Published on a Saturday: the period starts on Monday 30.
    #expect(Publication.postingEnd(of: saturday)?.description == "2026-12-02")
}
