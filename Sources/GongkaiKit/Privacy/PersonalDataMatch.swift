/// One piece of personal data found in a text.
///
/// The raw value is reachable only through `range` (into the text that was scanned); everything
/// meant to be shown — diagnostics, reports, `description` — uses `masked`, so a build log never
/// repeats what it refuses to publish.
public struct PersonalDataMatch: Sendable, Hashable, CustomStringConvertible {
    public let kind: PersonalDataKind
    /// Where the value is in the scanned text (Unicode-scalar aligned).
    public let range: Range<String.Index>
    /// 1-based line of the first character.
    public let line: Int
    /// 1-based column of the first character, counted in Unicode scalars.
    public let column: Int
    /// The value as it may be published: `110105********1234`, `138****1234`, `z***@example.com`.
    public let masked: String

    public init(kind: PersonalDataKind, range: Range<String.Index>, line: Int, column: Int,
                masked: String) {
        self.kind = kind
        self.range = range
        self.line = line
        self.column = column
        self.masked = masked
    }

    /// The match's position in a file whose scanned text starts `lineOffset` lines below its top.
    public func location(in path: String, lineOffset: Int = 0) -> SourceLocation {
        SourceLocation(path: path, line: line + lineOffset, column: column)
    }

    /// The value itself, whichever way it was written: its digits in ASCII and the check
    /// character as `X` (separators and ignorables dropped), or an e-mail address lowercased. Two
    /// spellings of one number give the same value. For comparing matches only; never shown.
    func value(in text: String) -> String {
        var out = String.UnicodeScalarView()
        for u in text[range].unicodeScalars {
            if kind == .email {
                out.append(contentsOf: String(u).lowercased().unicodeScalars)
            } else if u.properties.numericType == .decimal, let n = u.properties.numericValue {
                out.append(Unicode.Scalar(UInt8(n) + 0x30))
            } else if DigitRun.isCheckX(u.value) {
                out.append("X")
            }
        }
        return kind.rawValue + ":" + String(out)
    }

    /// `line:column: kind masked` — never the raw value.
    public var description: String { "\(line):\(column): \(kind.noun) \(masked)" }
}
