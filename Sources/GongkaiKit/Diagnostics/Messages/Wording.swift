/// Pieces of wording that several messages share, in both languages.
enum Wording {
    /// `a, b or c` / `a、b 或 c`.
    static func list(_ words: [String], in language: Language) -> String {
        guard words.count > 1 else { return words.first ?? "" }
        let head = words.dropLast()
        return language.say(head.joined(separator: "、") + " 或 " + words.last!,
                            head.joined(separator: ", ") + " or " + words.last!)
    }

    /// `a, b, c` / `a、b、c`.
    static func series(_ words: [String], in language: Language) -> String {
        words.joined(separator: language.say("、", ", "))
    }

    /// Text quoted in a message, cut short if long.
    static func short(_ text: String, limit: Int = 40) -> String {
        text.unicodeScalars.count <= limit ? text : String(String.UnicodeScalarView(text.unicodeScalars.prefix(limit))) + "…"
    }
}

/// What a field held instead of what it should have: quoted text, a list or a mapping.
enum Found: Hashable, Sendable {
    case text(String)
    case list
    case mapping

    init(_ node: YAMLNode) {
        switch node.value {
        case let .scalar(s): self = .text(s.text)
        case .sequence: self = .list
        case .mapping: self = .mapping
        }
    }

    func text(in language: Language) -> String {
        switch self {
        case let .text(s): language.say(" '\(s)'", "'\(s)'")
        case .list: language.say("一个列表", "a list")
        case .mapping: language.say("一组子字段", "a mapping")
        }
    }
}

/// Where a key was read, for the message about a key that does not belong there.
enum KeyContext: Hashable, Sendable {
    case frontMatter
    case siteYAML
    case calendarFile
    /// An entry of the list under this key (`steps`, `changes` …).
    case entry(of: String)
    /// The mapping under this key (`feedback`, `privacy` …).
    case under(String)
}

/// The entries of a list of records, as messages name them.
enum Record: Hashable, Sendable {
    case change, response, attachment, step, category, holiday, makeUpWorkday

    func text(in language: Language) -> String {
        switch self {
        case .change: language.say("这条变更记录", "a change")
        case .response: language.say("这条反馈记录", "a response")
        case .attachment: language.say("这个附件", "an attachment")
        case .step: language.say("这个办理步骤", "a step")
        case .category: language.say("这个分类", "a category")
        case .holiday: language.say("这个节假日", "a holiday")
        case .makeUpWorkday: language.say("这个调休上班日", "a make-up workday")
        }
    }
}

extension Period {
    /// 月度, 季度 … as a message names a period's length.
    var chineseLength: String {
        switch self {
        case .monthly: "月度"
        case .quarterly: "季度"
        case .halfYearly: "半年度"
        case .yearly: "年度"
        }
    }
}

extension PersonalDataKind {
    /// 手机号码, 身份证号码 …
    var chineseNoun: String {
        switch self {
        case .residentID18: "身份证号码"
        case .residentID15: "15 位身份证号码"
        case .mobile: "手机号码"
        case .bankCard: "银行卡号"
        case .email: "电子邮箱地址"
        }
    }
}
