/// How scalars are written back: in their own style where that reads back to the same text,
/// quoted otherwise.
extension YAMLScalar {
    /// The scalar as it follows `key: ` or `- ` on one line; nil for a `|` block, which
    /// `literalBlock(indent:)` writes.
    var inlineEmission: String? {
        switch style {
        case .plain where Self.isPlainSafe(text, asKey: false), .plain where isNull:
            return text
        case .singleQuoted where !text.unicodeScalars.contains(where: \.needsEscape):
            return "'" + text.replacingAll("'", with: "''") + "'"
        case .literal where Self.isLiteralSafe(text):
            return nil
        default:
            return Self.doubleQuoted(text)
        }
    }

    /// A key, plain when it reads back as itself, double-quoted otherwise.
    static func emittedKey(_ key: String) -> String {
        isPlainSafe(key, asKey: true) ? key : doubleQuoted(key)
    }

    /// The header (`|`, `|-`, `|+`, with `2` when the text starts with a space) and the lines
    /// of a `|` block whose entry is at column `indent`; empty lines stay empty.
    func literalBlock(indent: Int) -> String {
        var lines = text.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false)
        let chomping: String
        if !text.hasSuffix("\n") {
            chomping = "-"
        } else {
            lines.removeLast()
            chomping = lines.last.map { !$0.isEmpty } == true ? "" : "+"
        }
        let firstText = lines.first { !$0.isEmpty }
        let indicator = firstText.map { $0.hasPrefix(" ") || $0.hasPrefix("\t") } == true ? "2" : ""
        let pad = String(repeating: " ", count: indent + 2)
        var out = "|" + indicator + chomping + "\n"
        for line in lines {
            out += line.isEmpty ? "\n" : pad + line + "\n"
        }
        return out
    }

    /// True when `text` can be written without quotes and reads back as itself.
    static func isPlainSafe(_ text: String, asKey: Bool) -> Bool {
        let s = Array(text.unicodeScalars)
        guard let first = s.first, let last = s.last else { return false }
        if first.isYAMLWhite || last.isYAMLWhite { return false }
        if "[]{},#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
        if "-?:".unicodeScalars.contains(first), s.count == 1 || s[1].isYAMLWhite { return false }
        if asKey, text.hasPrefix("---") || text.hasPrefix("...") { return false }
        var keyLike = true
        for (k, c) in s.enumerated() {
            let next: Unicode.Scalar? = k + 1 < s.count ? s[k + 1] : nil
            if c.needsEscape || c == "\t" { return false }
            if c == ":", next?.isYAMLWhite ?? true { return false }
            if c == "#", s[max(0, k - 1)].isYAMLWhite { return false }
            if c == "：" {
                // A key must not look like one typed with a full-width colon; nor may a value in
                // a list, where `abc：` would read as a key.
                if asKey, next?.isYAMLWhite == true { return false }
                if !asKey, keyLike, k > 0 { return false }
            }
            keyLike = keyLike && c.isKeyWordCharacter(first: k == 0)
        }
        return true
    }

    /// True when `text` can be a `|` block: no control characters or line breaks other than `\n`.
    static func isLiteralSafe(_ text: String) -> Bool {
        !text.unicodeScalars.contains { $0 != "\n" && $0 != "\t" && $0.needsEscape }
    }

    /// `text` in double quotes, with `"`, `\` and invisible characters escaped.
    static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for c in text.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case _ where c.needsEscape:
                let hex = String(c.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "\""
    }
}

extension Unicode.Scalar {
    /// Characters written only as escapes: controls (tab included), bidirectional controls,
    /// line and paragraph separators, and the byte order mark.
    var needsEscape: Bool {
        isYAMLControl || isBidiControl || self == "\t" || self == "\u{2028}" || self == "\u{2029}" || self == "\u{FEFF}"
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self {
            if c == target { out += replacement } else { out.append(c) }
        }
        return out
    }
}
