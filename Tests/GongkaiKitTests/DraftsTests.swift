import Foundation
import Testing
@testable import GongkaiKit

@Test func draftsPreviewGoesToPreviewAndBannersWhatIsNotPublic() throws {
    let site = try TestSite(copying: "golden")
    let run = try gongkai(["build", "--drafts", "--as-of", "2026-11-29"], in: site.root)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(!site.exists("site"), "a preview never goes to the deployable folder by default")
    let draft = try #require(site.read("preview/public/items/draft-a.html"))
    #expect(draft.contains("预览：本信息尚未审核签发，不得公开。"))
    let scheduled = try #require(site.read("preview/public/items/scheduled-a.html"))
    #expect(scheduled.contains("预览：本信息定于2026年12月15日发布，尚未公开。"))
    #expect(!site.exists("preview/public/items/secret-a.html"), "confidential items stay out of previews too")
    let normal = try #require(site.read("preview/public/items/notice-a.html"))
    #expect(!normal.contains("预览："))
}

@Test func draftsGoWhereOutSays() throws {
    let site = try TestSite(copying: "golden")
    #expect(try gongkai(["build", "--drafts", "--out", "review", "--as-of", "2026-11-29"], in: site.root).status == 0)
    #expect(site.exists("review/public/items/draft-a.html"))
}

@Test func asOfAndSourceDateEpochGiveIdenticalOutput() throws {
    let a = try TestSite(copying: "golden"), b = try TestSite(copying: "golden")
    #expect(try gongkai(["build", "--as-of", "2026-11-29"], in: a.root).status == 0)
    // 2026-11-28T16:00:00Z is the first second of 2026-11-29 in Shanghai.
    #expect(try gongkai(["build"], in: b.root, environment: ["SOURCE_DATE_EPOCH": "1795881600"]).status == 0)
    let sa = a.snapshot("site"), sb = b.snapshot("site")
    #expect(sa.count > 20)
    #expect(sa == sb)
}
