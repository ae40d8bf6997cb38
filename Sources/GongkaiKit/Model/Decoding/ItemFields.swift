/// Which front-matter keys an item may carry, by kind and timing (DESIGN 3.3).
enum ItemFields {
    static let common: Set<String> = [
        "title", "id", "kind", "category", "audience", "timing", "published", "written",
        "doc-number", "index", "department", "summary", "keywords", "genre",
        "approved-by", "approved-on", "reviewed-by", "reviewed-on", "confidentiality",
        "changes", "responses", "attachments", "board",
        "repealed-on", "repeal-reason", "replaced-by", "withdrawn-on", "withdraw-reason",
    ]

    static func forTiming(_ t: Timing) -> Set<String> {
        switch t {
        case .periodic: ["period", "covers", "series"]
        case .adHoc: ["expires", "posting-days"]
        case .longTerm: ["review-by"]
        }
    }

    static func forKind(_ k: ItemKind) -> Set<String> {
        switch k {
        case .notice, .roster: []
        case .decision: ["meeting", "hearing", "follow-ups"]
        case .power: ["power-type", "code", "basis", "subject", "handler", "legal-limit", "promised-limit",
                      "fee", "steps", "accountability", "supervision-phone"]
        case .guide: ["conditions", "materials", "steps", "limit", "fee", "place", "hours", "phone", "online-url"]
        }
    }

    /// Keys that are valid for some other kind or timing, with why they are not valid here.
    static func elsewhere(kind: ItemKind, timing: Timing) -> [String: FieldProblem.Misplacement] {
        var out: [String: FieldProblem.Misplacement] = [:]
        for t in Timing.allCases where t != timing {
            for key in forTiming(t) where !forTiming(timing).contains(key) {
                out[key] = .timing(for: t, this: timing)
            }
        }
        for k in ItemKind.allCases where k != kind {
            for key in forKind(k) where !forKind(kind).contains(key) && out[key] == nil {
                out[key] = .kind(for: ItemKind.allCases.filter { forKind($0).contains(key) }, this: kind)
            }
        }
        return out
    }

    /// The key an editor means by a field's Chinese name (`标题:` for `title:`), as the pages and
    /// `gongkai new`'s comments name them.
    static let chineseNames: [String: String] = [
        "标题": "title", "名称": "title", "类型": "kind", "分类": "category", "主题分类": "category",
        "公开目录分类": "category", "公开范围": "audience", "公开时限": "timing", "发布日期": "published",
        "成文日期": "written", "文号": "doc-number", "索引号": "index", "承办股室": "department",
        "内容概述": "summary", "摘要": "summary", "主题词": "keywords", "关键词": "keywords", "体裁": "genre",
        "签发人": "approved-by", "签发日期": "approved-on", "保密审查人": "reviewed-by", "保密审查日期": "reviewed-on",
        "公示截止日": "expires", "公示期": "posting-days", "复查日期": "review-by", "复核日期": "review-by",
        "公开周期": "period", "所属期间": "covers", "附件": "attachments", "张贴": "board",
    ]

    /// The word of a closed vocabulary an editor means by its Chinese name (`kind: 通知公告` for
    /// `kind: notice`).
    static let chineseValues: [String: String] = [
        "通知": "notice", "公告": "notice", "通知公告": "notice", "公示": "notice",
        "决策": "decision", "重大决策": "decision", "权力": "power", "权力事项": "power", "权力清单": "power",
        "指南": "guide", "办事指南": "guide", "名单": "roster", "名单公示": "roster",
        "长期": "long-term", "长期公开": "long-term", "定期": "periodic", "定期公开": "periodic",
        "随时": "ad-hoc", "随时公开": "ad-hoc", "及时公开": "ad-hoc",
        "公开": "public", "向社会公开": "public", "社会公开": "public", "内部": "internal", "内部公开": "internal",
        "每月": "monthly", "月度": "monthly", "按月": "monthly", "每季度": "quarterly", "季度": "quarterly",
        "按季度": "quarterly", "每半年": "half-yearly", "半年": "half-yearly", "半年度": "half-yearly",
        "每年": "yearly", "年度": "yearly", "按年": "yearly",
        "国家秘密": "state-secret", "商业秘密": "commercial-secret", "个人隐私": "personal-privacy",
        "内部事务": "internal-affairs", "过程性信息": "process-info",
    ]
}
