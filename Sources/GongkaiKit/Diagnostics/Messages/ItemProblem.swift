/// What is wrong with an item beyond the type of one value: required fields, timing, the
/// sign-off, 文号 and 索引号, categories, references, links and withheld passages.
enum ItemProblem: Hashable, Sendable {
    case missingField(String)
    case badID(String)
    case badCovers(String)
    case approvedNeedsPublished
    case incompleteApproval(present: String, missing: String)
    case missingPeriod
    case missingCovers
    case coversMismatch(covers: Covers, period: Period)
    case expiryTwice
    case missingExpiry
    case expiresBeforePublished(expires: LocalDate, published: LocalDate)
    case docNumber(String)
    case confidentialityMustBeList
    /// A required field, or a sign-off name, given but empty or only spaces.
    case blankField(String)
    /// `approved-by` or `reviewed-by` holding a placeholder (`TBD`, `待定`) instead of a name.
    case signOffPlaceholder(key: String, value: String)
    case approvedAfterPublished(approved: LocalDate, published: LocalDate)
    /// Personal data in what becomes a page address; `masked` is already masked.
    case personalDataInID(PersonalDataKind, masked: String)
    case personalDataInSeries(PersonalDataKind, masked: String)
    /// `name`: the file name, masked.
    case personalDataInFileName(String, PersonalDataKind, masked: String)
    case bodyControlCharacter(Unicode.Scalar)
    case bodyBidiControl(Unicode.Scalar)
    /// More problems in one file than are worth listing; how many were left out.
    case tooManyProblems(more: Int)
    /// An item that did not decode without any error saying why (a bug).
    case notRead

    // Across items.
    case duplicateID(String, firstPath: String)
    case duplicateIndex(String, firstPath: String)
    case indexFormat(String, format: String)
    case categoryAudience(category: String, categoryAudience: Audience, audience: Audience)
    case unknownCategory(String)
    case unknownReference(field: String, target: String)
    case linkToNoID(destination: String, id: String)
    case linkToNoFile(destination: String, path: String)
    /// The linked file exists but has errors of its own, the first at `firstError`.
    case linkToItemWithErrors(destination: String, path: String, firstError: SourceLocation)

    // ```withheld passages.
    case withheldNested
    case withheldMissingReason
    case withheldUnknownReason(String, reasons: [String])

    func text(in l: Language) -> String {
        switch self {
        case let .missingField(key):
            l.say("缺少必填字段 '\(key)'", "missing required field '\(key)'")
        case let .badID(id):
            l.say("id '\(id)' 只能用小写英文字母 a-z、数字和 '-'，并以字母或数字开头",
                  "id '\(id)' must use only lowercase letters a-z, digits and '-', starting with a letter or digit")
        case let .badCovers(text):
            l.say("covers '\(text)' 不是有效的期间；请写成 2026-10（月）、2026-Q3（季度）、2026-H2（下半年）或 2026（全年）",
                  "covers '\(text)' is not a period; write 2026-10 (month), 2026-Q3 (quarter), 2026-H2 (half-year) or 2026 (year)")
        case .approvedNeedsPublished:
            l.say("已签发的信息必须填写 'published'（发布日期）", "an approved item needs 'published' (发布日期)")
        case let .incompleteApproval(present, missing):
            l.say("写了 '\(present)' 还要写 '\(missing)'：签发要写明签发人和签发日期",
                  "'\(present)' needs '\(missing)' too: a sign-off names who and when")
        case .missingPeriod:
            l.say("定期公开的信息需要填写 'period'（monthly 每月、quarterly 每季度、half-yearly 每半年或 yearly 每年）",
                  "a periodic item needs 'period' (monthly, quarterly, half-yearly or yearly)")
        case .missingCovers:
            l.say("定期公开的信息需要填写 'covers'，即所属期间（如 2026-Q3）",
                  "a periodic item needs 'covers', the period it reports on (e.g. 2026-Q3)")
        case let .coversMismatch(covers, period):
            l.say("covers '\(covers)' 是\(covers.period.chineseLength)期间，但 'period' 写的是 \(period.rawValue)",
                  "covers '\(covers)' is a \(covers.period.rawValue) period but 'period' is \(period.rawValue)")
        case .expiryTwice:
            l.say("'expires' 和 'posting-days' 只能填一个", "give either 'expires' or 'posting-days', not both")
        case .missingExpiry:
            l.say("随时公开的信息需要填写 'expires'（公示截止日）或 'posting-days'（公示期，按工作日计）",
                  "an ad-hoc item needs 'expires' (last day posted) or 'posting-days' (公示期 in working days)")
        case let .expiresBeforePublished(expires, published):
            l.say("公示截止日 'expires' \(expires) 早于发布日期 'published' \(published)",
                  "'expires' \(expires) is before 'published' \(published)")
        case let .docNumber(doc):
            l.say("文号 '\(doc)' 的写法不对：年份要用六角括号〔〕括起，最后是序号和“号”字，如 示民发〔2026〕12号",
                  "doc-number '\(doc)' must end in 〔YYYY〕N号, e.g. 示民发〔2026〕12号")
        case .confidentialityMustBeList:
            l.say("'confidentiality' 应该是不予公开理由的列表", "'confidentiality' must be a list of flags")
        case let .blankField(key):
            Self.blankFieldText(key, l)
        case let .signOffPlaceholder(key, value):
            l.say("'\(key)'（\(Self.signer(key, .zhCN))）写的是 '\(Wording.short(value))'，这是占位的字样，不是人名；\(Self.signOffAdvice(key, .zhCN))",
                  "'\(key)' is '\(Wording.short(value))', a placeholder rather than a person; \(Self.signOffAdvice(key, .en))")
        case let .approvedAfterPublished(approved, published):
            l.say("签发日期 'approved-on' \(approved) 晚于发布日期 'published' \(published)；信息必须先签发后发布，请改正日期",
                  "'approved-on' \(approved) is after 'published' \(published); an item must be signed off before it is published, so correct the dates")
        case let .personalDataInID(kind, masked):
            l.say("id 里有\(kind.chineseNoun)（\(masked)）；id 会成为网页地址，不能含有个人信息",
                  "the id contains \(Self.aOrAn(kind.noun)) (\(masked)); ids become page addresses and must not hold personal data")
        case let .personalDataInSeries(kind, masked):
            l.say("'series' 里有\(kind.chineseNoun)（\(masked)）；系列名会成为网页地址，不能含有个人信息",
                  "the series contains \(Self.aOrAn(kind.noun)) (\(masked)); series names become page addresses and must not hold personal data")
        case let .personalDataInFileName(name, kind, masked):
            l.say("文件名 '\(name)' 里有\(kind.chineseNoun)（\(masked)）；没有填写 id 时，文件名就是网页地址，不能含有个人信息；请给文件改名，或填写 'id'",
                  "the file name '\(name)' contains \(Self.aOrAn(kind.noun)) (\(masked)); without an 'id' the file name becomes the page address and must not hold personal data, so rename the file or set 'id'")
        case let .bodyControlCharacter(s):
            l.say("正文里有一个看不见的控制字符 \(s.codePoint)，正文里不能有；请删除它",
                  "the invisible control character \(s.codePoint) cannot appear in the text; delete it")
        case let .bodyBidiControl(s):
            l.say("正文里有一个看不见的文字方向控制符 \(s.codePoint)，它会让文字显示的顺序与实际内容不同；请删除它",
                  "the invisible direction control \(s.codePoint) cannot appear in the text: it makes text show in another order than it is stored in; delete it")
        case let .tooManyProblems(more):
            l.say("这个文件还有 \(more) 个问题没有列出；请先改正上面列出的问题",
                  "\(more) more \(more == 1 ? "problem" : "problems") in this file not shown; fix the ones above first")
        case .notRead:
            l.say("无法读取这条信息，也没有找到原因；这是 gongkai 的问题，请报告",
                  "this item could not be read and no reason was found; this is a bug in gongkai, please report it")
        case let .duplicateID(id, first):
            l.say("id '\(id)' 已被 \(first) 使用", "id '\(id)' is already used by \(first)")
        case let .duplicateIndex(index, first):
            l.say("索引号 '\(index)' 已被 \(first) 使用；索引号不得重复使用",
                  "索引号 '\(index)' is already used by \(first); index numbers are never reused")
        case let .indexFormat(index, format):
            l.say("索引号 '\(index)' 不符合本站 index-format 规定的格式 '\(format)'",
                  "索引号 '\(index)' does not follow the site's index-format '\(format)'")
        case let .categoryAudience(category, categoryAudience, audience):
            l.say("分类 '\(category)' 是\(categoryAudience == .public ? "向社会公开" : "内部公开")的分类，但本条的 audience 是 \(audience.rawValue)",
                  "category '\(category)' is \(categoryAudience == .public ? "a public" : "an internal") category but the item's audience is \(audience.rawValue)")
        case let .unknownCategory(category):
            l.say("未知分类 '\(category)'；分类代码见 content/site.yaml",
                  "unknown category '\(category)'; categories are listed in content/site.yaml")
        case let .unknownReference(field, target):
            l.say("'\(field)' 写的 '\(target)' 不是任何一条信息的 id", "'\(field)' names '\(target)', which is no item's id")
        case let .linkToNoID(destination, id):
            l.say("链接 '\(destination)' 找不到对应的信息：没有 id 为 '\(id)' 的信息",
                  "link to '\(destination)' names no item: no item has the id '\(id)'")
        case let .linkToNoFile(destination, path):
            l.say("链接 '\(destination)' 找不到对应的信息：没有 \(path) 这个文件",
                  "link to '\(destination)' names no item: there is no \(path)")
        case let .linkToItemWithErrors(destination, path, firstError):
            l.say("链接 '\(destination)' 指向的 \(path) 本身有错误（第一处在 \(firstError)），改正后链接才能生效",
                  "link to '\(destination)': \(path) has errors of its own (the first at \(firstError)); the link works once they are fixed")
        case .withheldNested:
            l.say("不公开段落（```withheld）必须单独成段，不能放在列表或引用里",
                  "a withheld passage must stand on its own, not inside a list or quote")
        case .withheldMissingReason:
            l.say("不公开段落要在 'withheld' 后面写明理由，如 ```withheld personal-privacy",
                  "a withheld passage needs its reason after 'withheld', e.g. ```withheld personal-privacy")
        case let .withheldUnknownReason(word, reasons):
            l.say("不公开段落的理由 '\(word)' 无效；可以填 \(Wording.list(reasons, in: l))",
                  "unknown reason '\(word)' for a withheld passage; expected \(Wording.list(reasons, in: l))")
        }
    }

    private static func blankFieldText(_ key: String, _ l: Language) -> String {
        switch key {
        case "title":
            l.say("'title'（标题）是空的；请写上信息的完整标题", "'title' is empty; write the item's full title")
        case "category":
            l.say("'category'（分类）是空的；请填写 content/site.yaml 中一个分类的代码",
                  "'category' is empty; write the id of one of the categories in content/site.yaml")
        case "index":
            l.say("'index'（索引号）是空的；请填写这条信息的索引号", "'index' is empty; write the item's 索引号 (index number)")
        case "approved-by", "reviewed-by":
            l.say("'\(key)'（\(signer(key, .zhCN))）是空的；\(signOffAdvice(key, .zhCN))",
                  "'\(key)' is empty; \(signOffAdvice(key, .en))")
        default:
            l.say("'\(key)' 是空的；请填写内容", "'\(key)' is empty; fill it in")
        }
    }

    /// 签发人 or 保密审查人.
    private static func signer(_ key: String, _ l: Language) -> String {
        key == "reviewed-by" ? "保密审查人" : "签发人"
    }

    /// What to write in a sign-off field: a person's name, or nothing at all until then.
    private static func signOffAdvice(_ key: String, _ l: Language) -> String {
        if key == "reviewed-by" {
            return l.say("请写上做保密审查的人的姓名；还没有审查时，请把 reviewed-by 和 reviewed-on 两行都删去或注释掉",
                         "write the name of the person who did the secrecy review, or, until it is done, remove or comment out both 'reviewed-by' and 'reviewed-on'")
        }
        return l.say("请写上签发人的姓名；还没有签发时，请把 approved-by 和 approved-on 两行都删去或注释掉",
                     "write the name of the person who signed the item off, or, until it is signed off, remove or comment out both 'approved-by' and 'approved-on'")
    }

    /// `a mobile number`, `an e-mail address`.
    private static func aOrAn(_ noun: String) -> String {
        ("aeiou".contains(noun.first ?? "x") ? "an " : "a ") + noun
    }
}
