import Foundation

/// Reads `content/site.yaml` with the same strict parser as front matter.
public enum SiteConfigDecoder {
    static let keys: Set<String> = [
        "organ", "organ-code", "index-format", "base-url", "internal-base-url", "language", "timezone",
        "theme", "feedback", "categories", "internal-categories", "privacy", "supervision",
    ]
    static let supervisionKeys: Set<String> = [
        "due-soon", "publish-within", "grace", "roster-min-posting", "reply-within", "approve-within",
    ]
    /// Languages whose UI strings ship with the default theme.
    public static let languages = ["zh-CN", "en"]

    public static func decode(_ file: SourceFile) -> (config: SiteConfig?, diagnostics: [Diagnostic]) {
        var text = file.text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let (root, yamlDiagnostics) = YAMLParser.parse(text, path: file.path, firstLine: 1)
        guard let root else { return (nil, yamlDiagnostics) }
        let r = FieldReader(root, path: file.path)
        let config = read(r)
        r.rejectUnknownKeys(known: keys, context: .siteYAML)
        let all = yamlDiagnostics + r.diagnostics
        return (all.contains { $0.severity == .error } ? nil : config, all)
    }

    private static func read(_ r: FieldReader) -> SiteConfig? {
        let top = SourceLocation(path: r.path, line: 1, column: 1)
        func required(_ key: String) -> String? {
            if let s = r.string(key), !s.isEmpty { return s }
            r.error("site.missing-field", .site(.missingField(key)), at: r.keyLocation(key) ?? top)
            return nil
        }
        let organ = required("organ")
        let organCode = required("organ-code")
        let baseURL = required("base-url").flatMap { url(r, "base-url", $0) }
        let timezone = required("timezone")
        if let tz = timezone, TimeZone(identifier: tz) == nil {
            r.error("site.bad-timezone", .site(.badTimeZone(tz)), at: r.node("timezone")!.location)
        }
        var config = SiteConfig(organ: organ ?? "", organCode: organCode ?? "", baseURL: baseURL ?? "",
                                timezone: timezone ?? "Asia/Shanghai")
        if let f = r.string("index-format") {
            if f.contains("{serial") { config.indexFormat = f } else {
                r.error("site.bad-index-format", .site(.badIndexFormat), at: r.node("index-format")!.location)
            }
        }
        config.internalBaseURL = r.string("internal-base-url").flatMap { url(r, "internal-base-url", $0) }
        if let lang = r.string("language") {
            if languages.contains(lang) { config.language = lang } else {
                r.error("site.unknown-language", .site(.unknownLanguage(lang, languages: languages)),
                        at: r.node("language")!.location,
                        hint: Suggestion.closest(to: lang, among: languages).map(DiagnosticHint.didYouMean))
            }
        }
        if let theme = r.string("theme") {
            if ItemDecoder.isValidID(theme) { config.theme = theme } else {
                r.error("site.bad-theme", .site(.badTheme(theme)), at: r.node("theme")!.location)
            }
        }
        config.feedback = r.nested("feedback", keys: ["phone", "email", "address", "hours", "supervision-phone"]) { f in
            Feedback(phone: f.string("phone"), email: f.string("email"), address: f.string("address"),
                     hours: f.string("hours"), supervisionPhone: f.string("supervision-phone"))
        } ?? Feedback()
        config.categories = categories(r, "categories", audience: .public)
        config.internalCategories = categories(r, "internal-categories", audience: .internal)
        if config.categories.isEmpty {
            r.error("site.missing-field", .site(.missingCategories), at: r.keyLocation("categories") ?? top)
        }
        var seen: [String: Category] = [:]
        for c in config.allCategories {
            if seen[c.id] != nil {
                r.error("site.duplicate-category", .site(.duplicateCategory(c.id)), at: top)
            }
            seen[c.id] = c
        }
        config.privacy = r.nested("privacy", keys: ["policy", "allow", "roster-columns"]) { p in
            PrivacyPolicy(policy: p.choice("policy", PrivacyPolicy.Mode.self, code: "site.unknown-privacy-policy") ?? .error,
                          allow: p.strings("allow", words: true), rosterColumns: p.strings("roster-columns", words: true))
        } ?? PrivacyPolicy()
        config.supervision = r.nested("supervision", keys: supervisionKeys) { sup in
            var settings = SupervisionSettings()
            func duration(_ reader: FieldReader, _ key: String) -> Duration? {
                guard let text = reader.string(key) else { return nil }
                switch Duration.parse(text) {
                case let .success(d): return d
                case let .failure(e):
                    reader.error("site.bad-duration", .site(.badDuration(key: key, text: e.text, e.reason)),
                                 at: reader.node(key)!.location)
                    return nil
                }
            }
            settings.dueSoon = duration(sup, "due-soon") ?? settings.dueSoon
            settings.publishWithin = duration(sup, "publish-within") ?? settings.publishWithin
            settings.rosterMinPosting = duration(sup, "roster-min-posting") ?? settings.rosterMinPosting
            settings.replyWithin = duration(sup, "reply-within") ?? settings.replyWithin
            settings.approveWithin = duration(sup, "approve-within") ?? settings.approveWithin
            _ = sup.nested("grace", keys: Set(Period.allCases.map(\.rawValue))) { g in
                for p in Period.allCases {
                    if let d = duration(g, p.rawValue) { settings.grace[p] = d }
                }
            }
            return settings
        } ?? SupervisionSettings()
        return config
    }

    private static func url(_ r: FieldReader, _ key: String, _ value: String) -> String? {
        guard let u = URL(string: value), let scheme = u.scheme?.lowercased(), scheme == "http" || scheme == "https",
              u.host != nil else {
            r.error("site.bad-url", .site(.badURL(key: key)), at: r.node(key)!.location)
            return nil
        }
        return value.hasSuffix("/") ? value : value + "/"
    }

    private static func categories(_ r: FieldReader, _ key: String, audience: Audience) -> [Category] {
        r.records(key, keys: ["id", "name", "description"]) { c in
            guard let id = c.requiredString("id", in: .category),
                  let name = c.requiredString("name", in: .category) else { return nil }
            if !ItemDecoder.isValidID(id) {
                c.error("site.bad-category-id", .site(.badCategoryID(id)), at: c.node("id")!.location)
                return nil
            }
            return Category(id: id, name: name, description: c.string("description"), audience: audience,
                            location: c.mappingLocation)
        }
    }
}
