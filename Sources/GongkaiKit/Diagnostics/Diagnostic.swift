/// How bad a diagnostic is. Errors stop a build; warnings are reported and the build goes on.
public enum Severity: String, Sendable, Hashable, Comparable {
    case error, warning, note

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .note: 2
        }
    }

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// One problem found in the content, with where it is and what to do about it.
///
/// Content problems are values, collected in a `DiagnosticBag`; only I/O failures are thrown.
/// `code` is a stable dotted identifier (`front-matter.unknown-key`) that never depends on the
/// language. The words are not stored: a diagnostic carries its catalogue entry (`message`, with
/// the values it quotes, and an optional `hint`), and `message(in:)` and `hint(in:)` write them
/// in Chinese or English. Messages never quote confidential body text, and once
/// `maskingPersonalData()` has been applied they never show a raw personal number.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public var severity: Severity
    public var code: String
    /// What was found and what was expected.
    var message: DiagnosticMessage
    public var location: SourceLocation?
    /// What to type instead, when there is more to say than the message does.
    var hint: DiagnosticHint?
    /// False when the source line must not be shown under the message, because it holds what
    /// must not be printed (a raw personal number, confidential text).
    public var mayQuoteSource: Bool
    /// Whether personal numbers in the words are shown masked (`138****1234`).
    var masksPersonalData = false

    init(_ severity: Severity, _ code: String, _ message: DiagnosticMessage,
         at location: SourceLocation? = nil, hint: DiagnosticHint? = nil, mayQuoteSource: Bool = true) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.hint = hint
        self.mayQuoteSource = mayQuoteSource
    }

    /// The message, lowercase in English: what was found and what was expected.
    public func message(in language: Language) -> String {
        masked(message.text(in: language))
    }

    /// The extra line saying what to type instead ("did you mean 'published'?"), if any.
    public func hint(in language: Language) -> String? {
        hint.map { masked($0.text(in: language)) }
    }

    /// The message with the hint in brackets after it, for one-line annotations (GitHub, GitLab).
    public func messageWithHint(in language: Language) -> String {
        message(in: language) + (hint(in: language).map { language.say("（\($0)）", " (\($0))") } ?? "")
    }

    /// `path:line:col: error: [code] message`, the format every tool understands.
    public func description(in language: Language) -> String {
        let prefix = location.map { "\($0): " } ?? ""
        return "\(prefix)\(severity.rawValue): [\(code)] \(message(in: language))"
    }

    /// The English `description(in:)`, for logs and test failures.
    public var description: String { description(in: .en) }

    private func masked(_ text: String) -> String {
        masksPersonalData ? PersonalDataScanner().mask(text) : text
    }
}

/// Collects diagnostics from every stage so a build reports everything at once.
public struct DiagnosticBag: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }

    public mutating func append(_ d: Diagnostic) { diagnostics.append(d) }
    public mutating func append(contentsOf ds: [Diagnostic]) { diagnostics.append(contentsOf: ds) }

    mutating func error(_ code: String, _ message: DiagnosticMessage, at location: SourceLocation? = nil,
                        hint: DiagnosticHint? = nil) {
        append(Diagnostic(.error, code, message, at: location, hint: hint))
    }

    mutating func warning(_ code: String, _ message: DiagnosticMessage, at location: SourceLocation? = nil,
                          hint: DiagnosticHint? = nil) {
        append(Diagnostic(.warning, code, message, at: location, hint: hint))
    }

    /// Diagnostics in a stable order: by file, line and column, then by code; those without a
    /// location last.
    public var sorted: [Diagnostic] { Self.sorted(diagnostics) }

    public static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.sorted { a, b in
            switch (a.location, b.location) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return (a.code, a.message(in: .en)) < (b.code, b.message(in: .en))
            }
        }
    }
}
