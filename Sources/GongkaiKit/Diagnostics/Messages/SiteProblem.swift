/// What is wrong with content/site.yaml, or with the theme it names.
enum SiteProblem: Hashable, Sendable {
    case missing(root: String)
    case missingField(String)
    case missingCategories
    case badTimeZone(String)
    case badIndexFormat
    case unknownLanguage(String, languages: [String])
    case badTheme(String)
    case duplicateCategory(String)
    case badCategoryID(String)
    case badDuration(key: String, text: String, Duration.ParseError.Reason)
    case badURL(key: String)

    // The theme.
    case themeMissing(String)
    /// A template that does not parse; the template engine's own words, which are for theme
    /// authors and stay in English.
    case template(String)
    case missingTemplate(String)
    case missingStrings(language: String)
    case stringNotText(String)
    /// An asset whose type the personal-data guard cannot read (`OutputFileType`); `known` are
    /// the types it can.
    case assetType(String, known: [String])

    func text(in l: Language) -> String {
        switch self {
        case let .missing(root):
            l.say("\(root) 下没有 content/site.yaml", "no content/site.yaml under \(root)")
        case let .missingField(key):
            l.say("site.yaml 缺少 '\(key)'", "site.yaml needs '\(key)'")
        case .missingCategories:
            l.say("site.yaml 缺少 'categories'，即公开目录的分类", "site.yaml needs 'categories', the public catalogue's categories")
        case let .badTimeZone(zone):
            l.say("未知时区 '\(zone)'；请填写 IANA 时区名，如 Asia/Shanghai",
                  "unknown time zone '\(zone)'; use an IANA name such as Asia/Shanghai")
        case .badIndexFormat:
            l.say("index-format 里必须有 {serial} 或 {serial:N}", "index-format must contain {serial} or {serial:N}")
        case let .unknownLanguage(language, languages):
            l.say("未知语言 '\(language)'；可以填 \(Wording.list(languages, in: l))",
                  "unknown language '\(language)'; expected \(Wording.list(languages, in: l))")
        case let .badTheme(theme):
            l.say("theme '\(theme)' 应是 themes/ 下的文件夹名（只用 a-z、0-9 和 '-'）",
                  "theme '\(theme)' must be a folder name under themes/ (a-z, 0-9, '-')")
        case let .duplicateCategory(id):
            l.say("分类代码 '\(id)' 列了两次", "category id '\(id)' is listed twice")
        case let .badCategoryID(id):
            l.say("分类代码 '\(id)' 只能用 a-z、0-9 和 '-'", "category id '\(id)' must use only a-z, 0-9 and '-'")
        case let .badDuration(key, text, .notADuration):
            l.say("'\(key)'：'\(text)' 不是有效的时长；请写数字加单位，如 20个工作日、7天、2周、3个月（也可以写 20 working days 等英文）",
                  "'\(key)': '\(text)' is not a duration; write a whole number and a unit: \(Duration.acceptedForms) (e.g. 20 working days)")
        case let .badDuration(key, text, .tooLong):
            l.say("'\(key)'：'\(text)' 太长了；时长中的数字最大为 \(Duration.maxCount)",
                  "'\(key)': '\(text)' is too long; the number in a duration may be at most \(Duration.maxCount)")
        case let .badURL(key):
            l.say("'\(key)' 应是以 http:// 或 https:// 开头的完整网址，如 https://example.gov.cn/gongkai/",
                  "'\(key)' must be an absolute http(s) URL such as https://example.gov.cn/gongkai/")
        case let .themeMissing(name):
            l.say("找不到主题 '\(name)'：没有 themes/\(name) 这个文件夹", "theme '\(name)' not found: there is no folder themes/\(name)")
        case let .template(detail):
            l.say("模板写法有误（\(detail)）", detail)
        case let .missingTemplate(name):
            l.say("主题缺少模板 '\(name)'（templates/\(name).mustache）",
                  "the theme has no template '\(name)' (templates/\(name).mustache)")
        case let .missingStrings(language):
            l.say("主题缺少 '\(language)' 的界面文字（i18n/\(language).yaml）",
                  "the theme has no UI strings for '\(language)' (i18n/\(language).yaml)")
        case let .stringNotText(key):
            l.say("界面文字 '\(key)' 应是一段文字", "UI string '\(key)' must be text")
        case let .assetType(suffix, known):
            l.say("gongkai 无法检查 \(suffix) 文件中是否有个人信息，因此不能发布它；主题资源可以是：\(known.joined(separator: " "))",
                  "gongkai cannot check a \(suffix) file for personal data, so it cannot publish it; theme assets may be: \(known.joined(separator: " "))")
        }
    }
}
