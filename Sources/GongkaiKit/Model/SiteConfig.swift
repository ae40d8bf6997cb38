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
    public var supervision = SupervisionSettings()

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
    /// Where site.yaml lists it.
    public var location: SourceLocation?
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

/// Thresholds of the electronic supervisor (电子监察), `supervision:` in site.yaml.
public struct SupervisionSettings: Sendable, Hashable {
    /// How far ahead a deadline counts as due soon (yellow).
    public var dueSoon: Duration = .days(7)
    /// How soon after `written` an item must be published (条例 Art. 26: 20 working days).
    public var publishWithin: Duration = .workingDays(20)
    /// How long after the end of the period covered a periodic edition may appear.
    public var grace: [Period: Duration] = [
        .monthly: .workingDays(10), .quarterly: .workingDays(15), .halfYearly: .workingDays(20), .yearly: .workingDays(20),
    ]
    /// The shortest posting period of a roster (公示期).
    public var rosterMinPosting: Duration = .workingDays(7)
    /// How long public feedback may wait for a reply.
    public var replyWithin: Duration = .months(3)
    /// How long a finished item may wait for its sign-off (待审核) before it is a yellow card.
    public var approveWithin: Duration = .workingDays(5)

    public init() {}
}
