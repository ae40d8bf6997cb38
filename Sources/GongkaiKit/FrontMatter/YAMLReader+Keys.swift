extension YAMLReader {
    /// A key and the column of the `:` after it.
    struct Key {
        var text: String
        var colon: Int
    }

    /// Reads the key of a `key: value` entry starting at `column`, up to its colon.
    mutating func readKey(_ line: Int, _ column: Int) throws -> Key {
        guard let first = src.at(line, column) else { try recover(.expectedKeyValue, line, column) }
        let spaced = src.at(line, column + 1)?.isYAMLWhite ?? true
        switch first {
        case "-" where spaced: try recover(.listItemWhereKeyExpected, line, column)
        case "?" where spaced: try recover(.complexKey, line, column)
        case ":" where spaced: try recover(.emptyKey, line, column)
        case "&", "*", "!": try recover(propertyProblem(line, column), line, column)
        case "[": try recover(.keyIsList, line, column)
        case "{": try recover(.flowMapping, line, column)
        case "|", ">", "%", "@", "`", ",", "]", "}": try recover(.keyStartsWith(first), line, column)
        case "\"", "'":
            let (text, end) = try readQuoted(line, column)
            var c = end
            while let s = src.at(line, c), s.isYAMLWhite { c += 1 }
            switch src.at(line, c) {
            case ":" where src.at(line, c + 1)?.isYAMLWhite ?? true: return Key(text: text, colon: c)
            case ":": try recover(.missingSpace(key: text), line, c)
            case "：":
                // The slip is reported and the entry read as meant, so the rest of the file is
                // still checked.
                report(.fullwidthColon(key: text, value: plainValue(line, after: c)), line, c)
                return Key(text: text, colon: c)
            default: try recover(.expectedColonAfterQuotedKey, line, c)
            }
        default:
            return try readPlainKey(line, column)
        }
    }

    /// A plain key ends at the first `:` followed by a space or the line end. Without one, the
    /// likely slips are a full-width `：` (Chinese keyboards) and a missing space (`key:value`).
    private mutating func readPlainKey(_ line: Int, _ column: Int) throws -> Key {
        var c = column
        var end = column
        var fullwidth: Int?
        var tight: Int?
        while let s = src.at(line, c) {
            let next = src.at(line, c + 1)
            if s == ":" {
                if next?.isYAMLWhite ?? true { return try checkedKey(line, column, end, colon: c) }
                if next == "\u{3000}", fullwidth == nil, tight == nil {
                    let value = plainValue(line, after: c).trimmingFullwidthSpaces
                    try recover(.fullwidthSpaceAfterColon(key: src.text(line, column, end), value: value), line, c + 1)
                }
                if tight == nil { tight = c }
            } else if s == "：" {
                if next?.isYAMLWhite ?? true, tight == nil {
                    let key = src.text(line, column, end)
                    report(.fullwidthColon(key: key, value: plainValue(line, after: c)), line, c)
                    return Key(text: key, colon: c)
                }
                if fullwidth == nil { fullwidth = c }
            } else if s.isYAMLWhite, next == "#" {
                break
            }
            if !s.isYAMLWhite { end = c + 1 }
            c += 1
        }
        if let fullwidth, fullwidth < tight ?? .max {
            let key = trimmed(line, column, fullwidth)
            report(.fullwidthColon(key: key, value: plainValue(line, after: fullwidth)), line, fullwidth)
            return Key(text: key, colon: fullwidth)
        }
        if let tight { try recover(.missingSpace(key: trimmed(line, column, tight)), line, tight) }
        try recover(.expectedKeyValue, line, column)
    }

    /// The key from `column` to `end`, whose `:` is at `colon`, refused when a Chinese input
    /// method slipped into it: a full-width space `　` or curly quotes `“ ”`.
    private mutating func checkedKey(_ line: Int, _ column: Int, _ end: Int, colon: Int) throws -> Key {
        let text = src.text(line, column, end)
        if let first = text.unicodeScalars.first, first.isCurlyQuote {
            try recover(.smartQuotesKey(text), line, column)
        }
        if let space = (column..<end).first(where: { src.at(line, $0) == "\u{3000}" }) {
            try recover(.fullwidthSpaceInKey(text, fixed: Self.withoutFullwidthSpaces(text)), line, space)
        }
        return Key(text: text, colon: colon)
    }

    /// A key as it was likely meant: full-width spaces at its ends dropped, one between two
    /// ASCII letters taken for the hyphen of a key such as `approved-by`.
    static func withoutFullwidthSpaces(_ key: String) -> String {
        let scalars = Array(key.trimmingFullwidthSpaces.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (n, s) in scalars.enumerated() {
            guard s == "\u{3000}" else {
                out.append(s)
                continue
            }
            if n > 0, n + 1 < scalars.count, scalars[n - 1].isASCII, scalars[n + 1].isASCII, out.last != "-" { out.append("-") }
        }
        return String(out)
    }

    /// The text from `from` to `to` without trailing spaces and tabs.
    private func trimmed(_ line: Int, _ from: Int, _ to: Int) -> String {
        var end = to
        while end > from, src.at(line, end - 1)?.isYAMLWhite == true { end -= 1 }
        return src.text(line, from, end)
    }

    /// True when the text at `column` reads as a `key: value` entry (or as a key followed by a
    /// full-width colon, which `readKey` then reports) rather than as a scalar.
    func looksLikeEntry(_ line: Int, _ column: Int) -> Bool {
        guard let first = src.at(line, column) else { return false }
        if first == "\"" || first == "'" {
            guard var c = quotedEnd(line, column) else { return false }
            while let s = src.at(line, c), s.isYAMLWhite { c += 1 }
            return src.at(line, c) == ":" || src.at(line, c) == "："
        }
        if "[{&*!|>%@`,]}#".unicodeScalars.contains(first) { return false }
        var c = column
        var keyLike = true
        while let s = src.at(line, c) {
            let next = src.at(line, c + 1)
            if s == ":", next?.isYAMLWhite ?? true { return c > column }
            if s == "：", keyLike, c > column { return true }
            if s.isYAMLWhite, next == "#" { return false }
            keyLike = keyLike && s.isKeyWordCharacter(first: c == column)
            c += 1
        }
        return false
    }

    /// The column after the closing quote of the quoted scalar at `column`, or nil if unclosed.
    private func quotedEnd(_ line: Int, _ column: Int) -> Int? {
        let quote = src.at(line, column)
        var c = column + 1
        while let s = src.at(line, c) {
            if s == "\\", quote == "\"" {
                c += 2
                continue
            }
            if s == quote {
                if quote == "'", src.at(line, c + 1) == "'" {
                    c += 2
                    continue
                }
                return c + 1
            }
            c += 1
        }
        return nil
    }
}

extension Unicode.Scalar {
    /// Whether this can be the first (or a later) character of a word spelt like gongkai's own
    /// keys: `approved-by`, `doc-number`, `organ-code`. Such a word typed right before a
    /// full-width colon `：` is taken for a key with a slip, not for Chinese text.
    func isKeyWordCharacter(first: Bool) -> Bool {
        switch value {
        case 0x61...0x7A: true
        case 0x30...0x39, 0x2D, 0x5F: !first
        default: false
        }
    }
}
