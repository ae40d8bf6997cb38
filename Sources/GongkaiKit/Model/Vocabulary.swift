/// Closed vocabularies of the front matter. Raw values are the spellings editors type.

/// What an item is; selects the template and the extra fields it may carry (DESIGN 3.3).
public enum ItemKind: String, CaseIterable, Sendable {
    case notice, decision, power, guide, roster
}

/// Who may see an item: everyone, or staff only (the internal edition).
public enum Audience: String, CaseIterable, Sendable {
    case `public`, `internal`
}

/// The seed's three ways of publishing: 长期公开, 定期公开, 随时公开.
public enum Timing: String, CaseIterable, Sendable {
    case longTerm = "long-term"
    case periodic
    case adHoc = "ad-hoc"
}

/// How often a periodic item appears.
public enum Period: String, CaseIterable, Sendable {
    case monthly, quarterly
    case halfYearly = "half-yearly"
    case yearly
}

/// Reasons an item may not be disclosed (条例 Art. 14–16). Any flag withholds the item.
public enum ConfidentialityFlag: String, CaseIterable, Sendable {
    case stateSecret = "state-secret"
    case commercialSecret = "commercial-secret"
    case personalPrivacy = "personal-privacy"
    case internalAffairs = "internal-affairs"
    case processInfo = "process-info"

    /// The article of the 2019 政府信息公开条例 that allows withholding, for the annual statistics.
    public var legalBasis: String {
        switch self {
        case .stateSecret: "条例第十四条"
        case .commercialSecret, .personalPrivacy: "条例第十五条"
        case .internalAffairs, .processInfo: "条例第十六条"
        }
    }
}

/// 权力类型 of an entry in the power catalogue (权力清单).
public enum PowerType: String, CaseIterable, Sendable {
    case licensing = "行政许可"
    case penalty = "行政处罚"
    case coercion = "行政强制"
    case levy = "行政征收"
    case benefit = "行政给付"
    case adjudication = "行政裁决"
    case confirmation = "行政确认"
    case reward = "行政奖励"
    case inspection = "行政检查"
    case other = "其他行政权力"
}

/// Where an item stands on the as-of date (the catalogue's `status`).
public enum ItemStatus: String, CaseIterable, Sendable {
    case current, expired, superseded, repealed, withdrawn
}
