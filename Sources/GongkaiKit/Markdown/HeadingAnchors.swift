/// Gives each heading of a document an `id` for links and the table of contents.
///
/// The id keeps the heading's letters, marks and digits in every script (Chinese stays Chinese),
/// lowercases ASCII letters, turns each run of whitespace into `-`, keeps `-` and `_` (as GitHub
/// does, so `2026-10` stays readable) and drops other punctuation and symbols. A heading with
/// nothing left becomes `section`. Repeats get `-1`, `-2`, … in document order, skipping any id
/// already taken.
struct HeadingAnchors {
    private var used: Set<String> = []
    /// The last number given to each base id, so that many equal headings stay linear.
    private var lastNumber: [String: Int] = [:]

    mutating func id(for text: String) -> String {
        let base = Self.slug(text)
        var candidate = base
        var n = lastNumber[base] ?? 0
        while used.contains(candidate) {
            n += 1
            candidate = "\(base)-\(n)"
        }
        lastNumber[base] = n
        used.insert(candidate)
        return candidate
    }

    static func slug(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingDash = false
        for c in text.unicodeScalars {
            if c.properties.isWhitespace {
                pendingDash = !out.isEmpty
                continue
            }
            let kept: Unicode.Scalar?
            if c.isASCII {
                let isWord = ("a"..."z").contains(c) || ("0"..."9").contains(c) || c == "-" || c == "_"
                kept = ("A"..."Z").contains(c) ? Unicode.Scalar(c.value + 32) : (isWord ? c : nil)
            } else {
                kept = Self.isWordCharacter(c) ? c : nil
            }
            guard let kept else { continue }
            if pendingDash { out.append("-") }
            pendingDash = false
            out.append(kept)
        }
        return out.isEmpty ? "section" : String(out)
    }

    private static func isWordCharacter(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}
