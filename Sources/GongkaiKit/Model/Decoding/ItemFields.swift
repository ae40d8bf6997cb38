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

    /// Keys that are valid for some other kind or timing, with the sentence that explains why
    /// they are not valid here.
    static func elsewhere(kind: ItemKind, timing: Timing) -> [String: String] {
        var out: [String: String] = [:]
        for t in Timing.allCases where t != timing {
            for key in forTiming(t) where !forTiming(timing).contains(key) {
                out[key] = "is for \(t.rawValue) items; this item's timing is \(timing.rawValue)"
            }
        }
        for k in ItemKind.allCases where k != kind {
            for key in forKind(k) where !forKind(kind).contains(key) && out[key] == nil {
                let owners = ItemKind.allCases.filter { forKind($0).contains(key) }.map(\.rawValue)
                out[key] = "is for kind \(owners.joined(separator: " and ")); this item's kind is \(kind.rawValue)"
            }
        }
        return out
    }
}
