import Foundation

/// The language gongkai speaks to people in: diagnostics and their hints, supervision cards, and
/// the lines `build`, `check`, `serve` and `new` print. (The pages of a site follow its
/// `language` in site.yaml alone.)
public enum Language: String, Sendable, Hashable, CaseIterable {
    case zhCN = "zh-CN"
    case en

    /// The language of a site's `language` in site.yaml: English for `en`, else Chinese.
    public init(siteLanguage: String) {
        self = siteLanguage == "en" ? .en : .zhCN
    }

    /// The words for this language: `zh` in Chinese, `en` in English. Only the one needed is built.
    public func say(_ zh: @autoclosure () -> String, _ en: @autoclosure () -> String) -> String {
        self == .zhCN ? zh() : en()
    }

    /// The language to speak in: `--lang` when given; else the site's `language`; else, when
    /// there is no readable content/site.yaml, the user's locale.
    public static func resolve(flag: Language?, root: URL, environment: [String: String]) -> Language {
        flag ?? ofSite(root: root) ?? ofLocale(environment)
    }

    /// What content/site.yaml says, read line by line so that a site.yaml with errors elsewhere
    /// still names its language: its top-level `language`, or zh-CN (the default) when the key is
    /// absent. Nil when there is no readable site.yaml or its `language` is not one gongkai speaks.
    public static func ofSite(root: URL) -> Language? {
        guard let setting = SiteSetting.value(of: "language", root: root) else { return nil }
        guard let name = setting else { return .zhCN }
        return Language(rawValue: name)
    }

    /// The locale's language, as POSIX tools decide it: the first set of `LC_ALL`, `LC_MESSAGES`
    /// and `LANG`. Chinese when it starts with `zh` (`zh_CN.UTF-8`), otherwise English.
    public static func ofLocale(_ environment: [String: String]) -> Language {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        return locale.hasPrefix("zh") ? .zhCN : .en
    }
}
