/// The comments `gongkai new` writes, in the site's language (Chinese unless `language: en`).
struct NewItemWords: Sendable {
    /// The comment lines at the top of the file, one sentence each.
    var header: @Sendable (LocalDate) -> [String]
    var preview: String
    var title: String
    var kind: @Sendable (ItemKind) -> String
    var category: @Sendable (String) -> String
    var audience: String
    var timing: @Sendable (Timing) -> String
    var index: String
    var written: String
    var published: String
    var docNumber: String
    var department: String
    var summary: String
    var keywords: String
    var genre: String
    var board: String
    var reviewBy: String
    var period: String
    var covers: String
    var series: String
    var expires: String
    var expiresInstead: String
    var postingDays: String
    var postingDaysInstead: String
    var meeting: String
    var hearing: String
    var followUps: String
    var powerType: String
    var code: String
    var basis: String
    var subject: String
    var handler: String
    var legalLimit: String
    var promisedLimit: String
    var fee: String
    var steps: String
    var stepExample: (name: String, role: String, limit: String)
    var accountability: String
    var supervisionPhone: String
    var conditions: String
    var conditionExample: String
    var materials: String
    var materialExample: String
    var limit: String
    var place: String
    var hours: String
    var phone: String
    var onlineURL: String
    var signOff: String
    var reviewedBy: String
    var reviewedOn: String
    var approvedBy: String
    var approvedOn: String
    var confidentiality: String
    var body: String
    var roster: @Sendable (_ posted: LocalDate, _ days: Int) -> (intro: String, list: String, period: String, periodText: String,
                                                         objections: String, objectionsText: String)

    static func forLanguage(_ language: String) -> NewItemWords { language == "en" ? .en : .zh }

    static let zh = NewItemWords(
        header: { ["由 gongkai new 于 \($0) 创建。", "每行“#”后面的文字是说明，可以删去；留空的字段填写后才生效。"] },
        preview: "签发前本条不会公开；用 gongkai serve --drafts 预览。",
        title: "标题：完整、规范的名称",
        kind: { "类型：\(zhKind($0))；改类型请重新运行 gongkai new" },
        category: { "公开目录分类：\($0)；可选值见下方" },
        audience: "公开范围：public 向社会公开，internal 仅内部公开",
        timing: { "公开时限：\(zhTiming($0))（long-term 长期、periodic 定期、ad-hoc 随时）" },
        index: "索引号：自动分配，永久不变，不得重复使用",
        written: "成文日期",
        published: "发布日期：不得早于签发日期，签发时请核对",
        docNumber: "文号，格式如 示民发〔2026〕12号；没有文号留空",
        department: "承办股室，如 社会救助股",
        summary: "内容概述：一两句话概括主要内容",
        keywords: "主题词，如 [\"最低生活保障\", \"低保\"]",
        genre: "体裁，如 通知、公告、报告、决定",
        board: "是否在公开栏张贴：true 张贴，false 不张贴",
        reviewBy: "复查日期：到期提醒核对是否仍然有效，可留空",
        period: "公开周期：monthly 月、quarterly 季、half-yearly 半年、yearly 年",
        covers: "所涵盖期间：2026-10、2026-Q3、2026-H2 或 2026，须与 period 一致",
        series: "系列名：同一报告各期共用，如 finance-quarterly",
        expires: "公示截止日（含当日）",
        expiresInstead: "或改用公示截止日，与 posting-days 二选一",
        postingDays: "公示期：工作日数，自发布日起算",
        postingDaysInstead: "或改用公示期（工作日数），与 expires 二选一",
        meeting: "局长办公会议日期",
        hearing: "听证或征求意见情况",
        followUps: "执行情况报告的 id，如 [dibao-zhixing-2026]",
        powerType: "权力类型，可选值见下一行",
        code: "权力编码",
        basis: "设定依据：法律法规名称及条款",
        subject: "实施主体",
        handler: "承办机构（股室）",
        legalLimit: "法定时限",
        promisedLimit: "承诺时限",
        fee: "收费标准及依据；不收费写“不收费”",
        steps: "办理流程，每步一项，生成流程图；去掉下面的 # 填写",
        stepExample: ("受理", "窗口工作人员", "1个工作日"),
        accountability: "责任事项和追责情形",
        supervisionPhone: "监督电话",
        conditions: "申请条件，每条一项；去掉下面的 # 填写",
        conditionExample: "申请人持有本县常住户口",
        materials: "申请材料，每项一行；去掉下面的 # 填写",
        materialExample: "居民身份证",
        limit: "办理时限",
        place: "办理地点",
        hours: "办公时间",
        phone: "咨询电话",
        onlineURL: "网上办理地址（https://…）",
        signOff: "以下由审核人员填写，去掉行首的 # 即生效：",
        reviewedBy: "保密审查人",
        reviewedOn: "保密审查日期",
        approvedBy: "签发人：签发后才会公开",
        approvedOn: "签发日期",
        confidentiality: "不予公开的理由，有则任何站点都不公开：state-secret、commercial-secret、personal-privacy、internal-affairs、process-info",
        body: "在此撰写正文。",
        roster: { posted, days in
            (intro: "在此说明公示的依据和对象。名单填在下面的表格里，每行一户；身份证号等个人信息须脱敏。",
             list: "公示名单", period: "公示期", periodText: "自\(posted.chinese)起公示\(days)个工作日。",
             objections: "异议反映", objectionsText: "对公示对象有异议的，请在公示期内向我局反映。")
        }
    )

    static let en = NewItemWords(
        header: { ["Created by gongkai new on \($0).", "Text after a # explains a field and may be deleted; empty fields count once filled in."] },
        preview: "Nothing is published before sign-off; preview with gongkai serve --drafts.",
        title: "full, formal title",
        kind: { "kind: \($0.rawValue); to change it, run gongkai new again" },
        category: { "catalogue category: \($0); choices below" },
        audience: "public: everyone; internal: staff only",
        timing: { _ in "long-term (stays), periodic (one edition per period) or ad-hoc (posted for a while)" },
        index: "index number: assigned, permanent, never reused",
        written: "date written",
        published: "date published: not before the sign-off date",
        docNumber: "document number ending in 〔2026〕12号; leave empty if none",
        department: "department in charge",
        summary: "one or two sentences on what this is",
        keywords: "keywords, e.g. [\"subsistence allowance\"]",
        genre: "genre: notice, announcement, report, decision …",
        board: "true to post it on the notice board",
        reviewBy: "date to check it is still valid (optional)",
        period: "monthly, quarterly, half-yearly or yearly",
        covers: "period covered: 2026-10, 2026-Q3, 2026-H2 or 2026; must match period",
        series: "series shared by every edition, e.g. finance-quarterly",
        expires: "last day posted",
        expiresInstead: "or give the last day posted instead of posting-days",
        postingDays: "posting period in working days from publication",
        postingDaysInstead: "or give a posting period in working days instead of expires",
        meeting: "date of the director's meeting",
        hearing: "hearing or consultation held",
        followUps: "ids of the execution reports, e.g. [report-2026]",
        powerType: "type of power; choices on the next line",
        code: "power code",
        basis: "legal basis: law and article",
        subject: "who exercises it",
        handler: "department that handles it",
        legalLimit: "time limit set by law",
        promisedLimit: "time limit promised",
        fee: "fee and its basis, or \"none\"",
        steps: "procedure, one entry per step (drawn as a flowchart); remove the # below",
        stepExample: ("Application", "front desk", "1 working day"),
        accountability: "responsibilities and accountability",
        supervisionPhone: "supervision phone",
        conditions: "conditions, one entry each; remove the # below",
        conditionExample: "the applicant is a registered resident of the county",
        materials: "documents to bring, one entry each; remove the # below",
        materialExample: "resident identity card",
        limit: "time limit",
        place: "where to apply",
        hours: "opening hours",
        phone: "enquiries phone",
        onlineURL: "online application address (https://…)",
        signOff: "Filled in by the reviewers; remove the # at the start of a line to use it:",
        reviewedBy: "secrecy review by",
        reviewedOn: "secrecy review date",
        approvedBy: "signed off by: nothing is published before",
        approvedOn: "sign-off date",
        confidentiality: "reasons to withhold the whole item from every site: state-secret, commercial-secret, personal-privacy, internal-affairs, process-info",
        body: "Write the text here.",
        roster: { posted, days in
            (intro: "Explain here what the list is and why it is posted. One row per household; mask identity numbers.",
             list: "List", period: "Posting period", periodText: "Posted for \(days) working days from \(posted).",
             objections: "Objections", objectionsText: "Objections may be raised with the bureau during the posting period.")
        }
    )

    static func zhKind(_ k: ItemKind) -> String {
        switch k {
        case .notice: "通知公告"
        case .decision: "重大决策"
        case .power: "权力事项"
        case .guide: "办事指南"
        case .roster: "名单公示"
        }
    }

    static func zhTiming(_ t: Timing) -> String {
        switch t {
        case .longTerm: "长期公开"
        case .periodic: "定期公开"
        case .adHoc: "随时公开"
        }
    }
}
