/// A disclosure item whose front matter has been read and validated: every field typed, every
/// reference checked. It says nothing yet about whether the item may be published — that is
/// the gate's decision (`Gate`), which alone turns an `Item` into a `ClearedItem`.
public struct Item: Sendable {
    /// The fields, in one box that copies of an item share until one of them is changed: an item
    /// is large, and every stage of a build passes ten thousand of them around.
    private final class Box: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private struct Fields {
        var path: String
        var id: String
        var title: String
        var kind: ItemKind
        var category: String
        var audience: Audience
        var timing: Timing
        var published: LocalDate?
        var written: LocalDate?
        var docNumber: String?
        var index: String?
        var department: String?
        var summary: String?
        var keywords: [String] = []
        var genre: String?
        var approvedBy: String?
        var approvedOn: LocalDate?
        var reviewedBy: String?
        var reviewedOn: LocalDate?
        var confidentiality: [ConfidentialityFlag] = []
        var changes: [Change] = []
        var responses: [Response] = []
        var attachments: [Attachment] = []
        var board: Bool = false
        var repealedOn: LocalDate?
        var repealReason: String?
        var replacedBy: String?
        var withdrawnOn: LocalDate?
        var withdrawReason: String?
        var period: Period?
        var covers: Covers?
        var series: String?
        var expires: LocalDate?
        var postingDays: Int?
        var reviewBy: LocalDate?
        var postingEnd: LocalDate?
        var decision: DecisionFields?
        var power: PowerFields?
        var guide: GuideFields?
        var body: String
        var bodyFirstLine: Int
        var sourceHash: String
        var document: MarkdownDocument
        var links: [(destination: String, position: MarkdownSourcePosition)] = []
        var fieldLocations: [String: SourceLocation] = [:]
    }

    private var box: Box

    private mutating func unique() {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
    }

    /// Path relative to the site root (`content/items/2026/x.md`).
    public var path: String {
        get { box.fields.path }
        set { unique(); box.fields.path = newValue }
    }
    public var id: String {
        get { box.fields.id }
        set { unique(); box.fields.id = newValue }
    }
    public var title: String {
        get { box.fields.title }
        set { unique(); box.fields.title = newValue }
    }
    public var kind: ItemKind {
        get { box.fields.kind }
        set { unique(); box.fields.kind = newValue }
    }
    public var category: String {
        get { box.fields.category }
        set { unique(); box.fields.category = newValue }
    }
    public var audience: Audience {
        get { box.fields.audience }
        set { unique(); box.fields.audience = newValue }
    }
    public var timing: Timing {
        get { box.fields.timing }
        set { unique(); box.fields.timing = newValue }
    }
    public var published: LocalDate? {
        get { box.fields.published }
        set { unique(); box.fields.published = newValue }
    }
    public var written: LocalDate? {
        get { box.fields.written }
        set { unique(); box.fields.written = newValue }
    }
    public var docNumber: String? {
        get { box.fields.docNumber }
        set { unique(); box.fields.docNumber = newValue }
    }
    public var index: String? {
        get { box.fields.index }
        set { unique(); box.fields.index = newValue }
    }
    public var department: String? {
        get { box.fields.department }
        set { unique(); box.fields.department = newValue }
    }
    public var summary: String? {
        get { box.fields.summary }
        set { unique(); box.fields.summary = newValue }
    }
    public var keywords: [String] {
        get { box.fields.keywords }
        set { unique(); box.fields.keywords = newValue }
    }
    public var genre: String? {
        get { box.fields.genre }
        set { unique(); box.fields.genre = newValue }
    }
    public var approvedBy: String? {
        get { box.fields.approvedBy }
        set { unique(); box.fields.approvedBy = newValue }
    }
    public var approvedOn: LocalDate? {
        get { box.fields.approvedOn }
        set { unique(); box.fields.approvedOn = newValue }
    }
    public var reviewedBy: String? {
        get { box.fields.reviewedBy }
        set { unique(); box.fields.reviewedBy = newValue }
    }
    public var reviewedOn: LocalDate? {
        get { box.fields.reviewedOn }
        set { unique(); box.fields.reviewedOn = newValue }
    }
    public var confidentiality: [ConfidentialityFlag] {
        get { box.fields.confidentiality }
        set { unique(); box.fields.confidentiality = newValue }
    }
    public var changes: [Change] {
        get { box.fields.changes }
        set { unique(); box.fields.changes = newValue }
    }
    public var responses: [Response] {
        get { box.fields.responses }
        set { unique(); box.fields.responses = newValue }
    }
    public var attachments: [Attachment] {
        get { box.fields.attachments }
        set { unique(); box.fields.attachments = newValue }
    }
    public var board: Bool {
        get { box.fields.board }
        set { unique(); box.fields.board = newValue }
    }
    public var repealedOn: LocalDate? {
        get { box.fields.repealedOn }
        set { unique(); box.fields.repealedOn = newValue }
    }
    public var repealReason: String? {
        get { box.fields.repealReason }
        set { unique(); box.fields.repealReason = newValue }
    }
    public var replacedBy: String? {
        get { box.fields.replacedBy }
        set { unique(); box.fields.replacedBy = newValue }
    }
    public var withdrawnOn: LocalDate? {
        get { box.fields.withdrawnOn }
        set { unique(); box.fields.withdrawnOn = newValue }
    }
    public var withdrawReason: String? {
        get { box.fields.withdrawReason }
        set { unique(); box.fields.withdrawReason = newValue }
    }
    // Timing fields.
    public var period: Period? {
        get { box.fields.period }
        set { unique(); box.fields.period = newValue }
    }
    public var covers: Covers? {
        get { box.fields.covers }
        set { unique(); box.fields.covers = newValue }
    }
    public var series: String? {
        get { box.fields.series }
        set { unique(); box.fields.series = newValue }
    }
    public var expires: LocalDate? {
        get { box.fields.expires }
        set { unique(); box.fields.expires = newValue }
    }
    public var postingDays: Int? {
        get { box.fields.postingDays }
        set { unique(); box.fields.postingDays = newValue }
    }
    public var reviewBy: LocalDate? {
        get { box.fields.reviewBy }
        set { unique(); box.fields.reviewBy = newValue }
    }
    /// The last day of the posting period once `posting-days` has been counted on the site's
    /// working-day calendar (set while loading).
    public var postingEnd: LocalDate? {
        get { box.fields.postingEnd }
        set { unique(); box.fields.postingEnd = newValue }
    }
    // Kind fields.
    public var decision: DecisionFields? {
        get { box.fields.decision }
        set { unique(); box.fields.decision = newValue }
    }
    public var power: PowerFields? {
        get { box.fields.power }
        set { unique(); box.fields.power = newValue }
    }
    public var guide: GuideFields? {
        get { box.fields.guide }
        set { unique(); box.fields.guide = newValue }
    }
    /// The Markdown body and the line of the file where it starts.
    public var body: String {
        get { box.fields.body }
        set { unique(); box.fields.body = newValue }
    }
    public var bodyFirstLine: Int {
        get { box.fields.bodyFirstLine }
        set { unique(); box.fields.bodyFirstLine = newValue }
    }
    /// SHA-256 of the source file, hex.
    public var sourceHash: String {
        get { box.fields.sourceHash }
        set { unique(); box.fields.sourceHash = newValue }
    }
    /// The body, parsed once while loading.
    public var document: MarkdownDocument {
        get { box.fields.document }
        set {
            unique()
            box.fields.document = newValue
            box.fields.links = newValue.links
        }
    }
    /// Every link destination of the body (`document.links`, found once).
    public var links: [(destination: String, position: MarkdownSourcePosition)] { box.fields.links }

    /// Where the item's front matter mentions each field, for diagnostics raised by later stages.
    public var fieldLocations: [String: SourceLocation] {
        get { box.fields.fieldLocations }
        set { unique(); box.fields.fieldLocations = newValue }
    }

    public var isApproved: Bool { approvedBy != nil && approvedOn != nil }

    public init(path: String, id: String, title: String, kind: ItemKind, category: String,
                audience: Audience, timing: Timing, body: String, bodyFirstLine: Int, sourceHash: String) {
        box = Box(Fields(path: path, id: id, title: title, kind: kind, category: category, audience: audience,
                         timing: timing, body: body, bodyFirstLine: bodyFirstLine, sourceHash: sourceHash,
                         document: MarkdownDocument(parsing: body)))
        box.fields.links = box.fields.document.links
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
    /// Where the question is written, for cards about it.
    public var location: SourceLocation?
}

/// A file published with the item.
public struct Attachment: Sendable, Hashable {
    public var file: String
    public var title: String
    /// Where `title` is written, for messages about it.
    public var titleLocation: SourceLocation?

    public init(file: String, title: String, titleLocation: SourceLocation? = nil) {
        self.file = file
        self.title = title
        self.titleLocation = titleLocation
    }
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
