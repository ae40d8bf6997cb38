/// Front-matter lines with comments lined up in one column, counting a Chinese character as two
/// columns as an editor shows it.
struct FrontMatterLines {
    private(set) var lines: [String] = []
    static let commentColumn = 34

    /// `key: value  # comment`; an empty value leaves the field empty (null) for the editor to fill.
    mutating func field(_ key: String, _ value: String, _ comment: String) {
        lines.append(aligned(value.isEmpty ? "\(key):" : "\(key): \(value)", comment))
    }

    /// A field that stays off until someone removes the `#`.
    mutating func off(_ key: String, _ value: String, _ comment: String) {
        lines.append(aligned(value.isEmpty ? "# \(key):" : "# \(key): \(value)", comment))
    }

    /// A comment line of its own.
    mutating func note(_ text: String) { lines.append("# " + text) }

    /// A line as given (an example entry under a list key, already commented).
    mutating func raw(_ line: String) { lines.append(line) }

    private func aligned(_ code: String, _ comment: String) -> String {
        guard !comment.isEmpty else { return code }
        let pad = max(1, Self.commentColumn - Self.width(code))
        return code + String(repeating: " ", count: pad) + "# " + comment
    }

    /// Display width: East Asian wide characters take two columns.
    static func width(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { n, u in
            switch u.value {
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
                 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
                 0xFFE0...0xFFE6, 0x20000...0x3FFFD: n + 2
            default: n + 1
            }
        }
    }
}
