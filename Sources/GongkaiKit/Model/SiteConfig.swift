/// `content/site.yaml`: who publishes, where, and under which rules.
public struct SiteConfig: Sendable {
    public var organ: String
    public var organCode: String
    public var indexFormat: String = "{organ-code}/{year}-{serial:5}"
    public var baseURL: String
    public var internalBaseURL: String?
    public var language: String = "zh-CN"
    public var timezone: String
    public var theme: String = "default"
    public var feedback: Feedback = Feedback()
    public var categories: [Category] = []
    public var internalCategories: [Category] = []
    public var privacy: PrivacyPolicy = PrivacyPolicy()
    public var supervision: [String: String] = [:]

    public init(organ: String, organCode: String, baseURL: String, timezone: String) {
        self.organ = organ
        self.organCode = organCode
        self.baseURL = baseURL
        self.timezone = timezone
    }

    /// Every category, public first, in the order site.yaml gives.
    public var allCategories: [Category] { categories + internalCategories }

    public func category(_ id: String) -> Category? { allCategories.first { $0.id == id } }
}

/// A catalogue category (公开目录分类).
public struct Category: Sendable, Hashable {
    public var id: String
    public var name: String
    public var description: String?
    public var audience: Audience
}

/// How citizens reach the bureau; shown on every page and every sheet.
public struct Feedback: Sendable, Hashable {
    public var phone: String?
    public var email: String?
    public var address: String?
    public var hours: String?
    public var supervisionPhone: String?
}

/// The personal-data policy (`privacy:` in site.yaml).
public struct PrivacyPolicy: Sendable, Hashable {
    public enum Mode: String, CaseIterable, Sendable { case error, mask }
    public var policy: Mode = .error
    public var allow: [String] = []
    public var rosterColumns: [String] = []
}
