/// Joins pieces of plain text that a reader sees apart — table cells, blocks, metadata fields —
/// into one line (search indexes, feeds, excerpts) without letting the digits of two pieces read
/// as one number.
///
/// The personal-data scanner reads digit groups joined by spaces and dashes as one number, as it
/// must (`138 0013 8000`). A table row whose cells are `1592`, `2110` and `189` is no phone
/// number on the page, but joined with spaces it would read as one in the search index. So where
/// one piece ends with a digit and the next starts with one (spaces, dashes and invisible
/// characters between them aside), they are joined with `boundary`, which ends every digit run.
enum PlainTextJoin {
    static let boundary = " | "

    /// `parts` joined with `separator`, or with `boundary` where digits would meet.
    /// Linear: it remembers whether the text so far ends with a digit instead of looking again.
    static func join(_ parts: [String], separator: String) -> String {
        var out = ""
        var endsWithDigit = false
        for (n, part) in parts.enumerated() {
            if n > 0 { out += endsWithDigit && startsWithDigit(part) ? boundary : separator }
            out += part
            if let last = lastSignificant(part) { endsWithDigit = isDigit(last) }
        }
        return out
    }

    /// `boundary` when `before` ends and `after` starts with a digit, else `otherwise`.
    static func separator(between before: some StringProtocol, and after: some StringProtocol,
                          otherwise: String) -> String {
        endsWithDigit(before) && startsWithDigit(after) ? boundary : otherwise
    }

    static func endsWithDigit(_ s: some StringProtocol) -> Bool {
        lastSignificant(s).map(isDigit) ?? false
    }

    /// The last scalar that is not white space, a dash or invisible.
    private static func lastSignificant(_ s: some StringProtocol) -> Unicode.Scalar? {
        s.unicodeScalars.reversed().first { !isJoining($0) }
    }

    static func startsWithDigit(_ s: some StringProtocol) -> Bool {
        for u in s.unicodeScalars where !isJoining(u) { return isDigit(u) || u == "+" || u == "＋" }
        return false
    }

    /// A decimal digit of any script, or a check character `X` (the end of a resident ID).
    private static func isDigit(_ u: Unicode.Scalar) -> Bool {
        u.properties.numericType == .decimal || u == "X" || u == "x" || u == "Ｘ" || u == "ｘ"
    }

    /// What may stand between two digit groups of one number: white space, dashes, middle dots,
    /// invisible format characters. A superset of the scanner's separators, so that a join this
    /// type lets through is one the scanner never crosses.
    private static func isJoining(_ u: Unicode.Scalar) -> Bool {
        let p = u.properties
        if p.isWhitespace { return true }
        switch p.generalCategory {
        case .dashPunctuation, .format, .control: return true
        default: break
        }
        switch u.value {
        case 0x00AD, 0x00B7, 0x2027, 0x2212, 0x30FB, 0xFF65: return true
        default: return false
        }
    }
}
