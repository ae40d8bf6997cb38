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
/// `code` is a stable dotted identifier (`front-matter.unknown-key`); `message` is lowercase,
/// says what was found and what was expected. `hint` is an optional extra line ("did you mean
/// 'published'?"). Messages never quote confidential body text.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public var severity: Severity
    public var code: String
    public var message: String
    public var location: SourceLocation?
    public var hint: String?
    /// False when the source line must not be shown under the message, because it holds what
    /// must not be printed (a raw personal number, confidential text).
    public var mayQuoteSource: Bool

    public init(_ severity: Severity, _ code: String, _ message: String,
                at location: SourceLocation? = nil, hint: String? = nil, mayQuoteSource: Bool = true) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.hint = hint
        self.mayQuoteSource = mayQuoteSource
    }

    /// `path:line:col: error: [code] message`, the format every tool understands.
    public var description: String {
        let prefix = location.map { "\($0): " } ?? ""
        return "\(prefix)\(severity.rawValue): [\(code)] \(message)"
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

    public mutating func error(_ code: String, _ message: String, at location: SourceLocation? = nil,
                               hint: String? = nil) {
        append(Diagnostic(.error, code, message, at: location, hint: hint))
    }

    public mutating func warning(_ code: String, _ message: String, at location: SourceLocation? = nil,
                                 hint: String? = nil) {
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
            default: return (a.code, a.message) < (b.code, b.message)
            }
        }
    }
}
