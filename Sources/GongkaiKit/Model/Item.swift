/// A disclosure item whose front matter has been read and validated: every field typed, every
/// reference checked. It says nothing yet about whether the item may be published — that is
/// the gate's decision (`Gate`), which alone turns an `Item` into a `ClearedItem`.
public struct Item: Sendable {
    /// Path relative to the site root (`content/items/2026/x.md`).
    public var path: String
    public var id: String
    public var title: String
    public var kind: ItemKind
    public var category: String
    public var audience: Audience
    public var timing: Timing
    public var published: LocalDate?
    public var written: LocalDate?
    public var docNumber: String?
    public var index: String?
    public var department: String?
    public var summary: String?
    public var keywords: [String] = []
    public var genre: String?
    public var approvedBy: String?
    public var approvedOn: LocalDate?
    public var reviewedBy: String?
    public var reviewedOn: LocalDate?
    public var confidentiality: [ConfidentialityFlag] = []
    public var changes: [Change] = []
    public var responses: [Response] = []
    public var attachments: [Attachment] = []
    public var board: Bool = false
    public var repealedOn: LocalDate?
    public var repealReason: String?
    public var replacedBy: String?
    public var withdrawnOn: LocalDate?
    public var withdrawReason: String?
    // Timing fields.
    public var period: Period?
    public var covers: Covers?
    public var series: String?
    public var expires: LocalDate?
    public var postingDays: Int?
    public var reviewBy: LocalDate?
    /// The last day of the posting period once `posting-days` has been counted on the site's
    /// working-day calendar (set while loading).
    public var postingEnd: LocalDate?
    // Kind fields.
    public var decision: DecisionFields?
    public var power: PowerFields?
    public var guide: GuideFields?
    /// The Markdown body and the line of the file where it starts.
    public var body: String
    public var bodyFirstLine: Int
    /// SHA-256 of the source file, hex.
    public var sourceHash: String
    /// The body, parsed once while loading.
    public var document: MarkdownDocument

    /// Where the item's front matter mentions each field, for diagnostics raised by later stages.
    public var fieldLocations: [String: SourceLocation] = [:]

    public var isApproved: Bool { approvedBy != nil && approvedOn != nil }

    public init(path: String, id: String, title: String, kind: ItemKind, category: String,
                audience: Audience, timing: Timing, body: String, bodyFirstLine: Int, sourceHash: String) {
        self.path = path
        self.id = id
        self.title = title
        self.kind = kind
        self.category = category
        self.audience = audience
        self.timing = timing
        self.body = body
        self.bodyFirstLine = bodyFirstLine
        self.sourceHash = sourceHash
        self.document = MarkdownDocument(parsing: body)
    }

    /// The location of a field in the front matter, else the top of the file.
    public func location(of field: String) -> SourceLocation {
        fieldLocations[field] ?? SourceLocation(path: path, line: 1, column: 1)
    }
}

/// One entry of 更新记录.
public struct Change: Sendable, Hashable {
    public var on: LocalDate
    public var note: String
    public var major: Bool
}

/// Public feedback and the bureau's reply (反馈与答复).
public struct Response: Sendable, Hashable {
    public var on: LocalDate
    public var question: String
    public var answer: String?
    public var answeredOn: LocalDate?
}

/// A file published with the item.
public struct Attachment: Sendable, Hashable {
    public var file: String
    public var title: String
}

/// One step of a procedure (power flowchart, service guide).
public struct ProcedureStep: Sendable, Hashable {
    public var name: String
    public var role: String?
    public var limit: String?
}

/// Fields of `kind: decision` (重大决策).
public struct DecisionFields: Sendable, Hashable {
    public var meeting: LocalDate?
    public var hearing: String?
    public var followUps: [String] = []
}

/// Fields of `kind: power` (权力清单 entry).
public struct PowerFields: Sendable, Hashable {
    public var powerType: PowerType?
    public var code: String?
    public var basis: String?
    public var subject: String?
    public var handler: String?
    public var legalLimit: String?
    public var promisedLimit: String?
    public var fee: String?
    public var steps: [ProcedureStep] = []
    public var accountability: String?
    public var supervisionPhone: String?
}

/// Fields of `kind: guide` (办事指南).
public struct GuideFields: Sendable, Hashable {
    public var conditions: [String] = []
    public var materials: [String] = []
    public var steps: [ProcedureStep] = []
    public var limit: String?
    public var fee: String?
    public var place: String?
    public var hours: String?
    public var phone: String?
    public var onlineURL: String?
}
