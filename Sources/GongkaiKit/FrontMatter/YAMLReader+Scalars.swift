extension YAMLReader {
    /// Reads a value that starts at `column` of `line` (not blank, not a comment): a scalar, a
    /// `[ ]` list, `{}`, or a `|` block whose entry is at column `parentIndent`. Moves past it.
    mutating func readInline(_ line: Int, _ column: Int, parentIndent: Int) throws -> YAMLNode {
        let first = src.at(line, column)!
        let spaced = src.at(line, column + 1)?.isYAMLWhite ?? true
        let here = location(line, column)
        switch first {
        case "|":
            return try readLiteral(line, column, parentIndent: parentIndent)
        case ">": try recover(.folded, line, column)
        case "[":
            let items = try readFlowSequence(line, column)
            i = line + 1
            return YAMLNode(.sequence(items), location: here)
        case "{":
            var c = column + 1
            while let s = src.at(line, c), s.isYAMLWhite { c += 1 }
            guard src.at(line, c) == "}", endsLine(line, c + 1) else { try recover(.flowMapping, line, column) }
            i = line + 1
            return YAMLNode(.mapping([]), location: here)
        case "\"", "'":
            let (text, end) = try readQuoted(line, column)
            if !endsLine(line, end) { try recover(.textAfterQuote, line, src.lines[line].firstNonWhite(from: end, src)) }
            i = line + 1
            return YAMLNode(.scalar(YAMLScalar(text, style: first == "'" ? .singleQuoted : .doubleQuoted)),
                            location: here)
        case "&", "*", "!": try recover(propertyProblem(line, column), line, column)
        case "-" where spaced: try recover(.listOnKeyLine, line, column)
        case "?" where spaced, ":" where spaced: try recover(.valueStartsWith(first), line, column)
        case ",", "]", "}", "%", "@", "`": try recover(.valueStartsWith(first), line, column)
        default:
            let text = try readPlain(line, column)
            if Self.isInCurlyQuotes(text) { try recover(.smartQuotes(text), line, column) }
            i = line + 1
            return YAMLNode(.scalar(YAMLScalar(text)), location: here)
        }
    }

    /// True when only spaces, tabs and perhaps a comment follow `column`.
    func endsLine(_ line: Int, _ column: Int) -> Bool {
        let c = src.lines[line].firstNonWhite(from: column, src)
        guard let s = src.at(line, c) else { return true }
        return s == "#" && c > column
    }

    /// A plain scalar runs to the line end or to a comment (` #`), trailing spaces removed. A
    /// `: ` inside would make YAML read a second key, so it must be quoted.
    private mutating func readPlain(_ line: Int, _ column: Int) throws -> String {
        var c = column
        var end = column
        while let s = src.at(line, c) {
            let next = src.at(line, c + 1)
            if s == ":" {
                guard let next else { try recover(.valueEndsWithColon(value: plainValue(line, column)), line, c) }
                if next.isYAMLWhite { try recover(.valueContainsColon(value: plainValue(line, column)), line, c) }
            }
            if s.isYAMLWhite {
                if next == "#" { break }
            } else {
                end = c + 1
            }
            c += 1
        }
        return src.text(line, column, end)
    }

    /// The value after the separator at `column` (a colon), as `plainValue` reads it.
    func plainValue(_ line: Int, after column: Int) -> String {
        var c = column + 1
        while let s = src.at(line, c), s.isYAMLWhite || s == "\u{3000}" { c += 1 }
        return plainValue(line, c)
    }

    /// The whole of a plain value that starts at `column`: up to a comment or the line end,
    /// without trailing spaces.
    func plainValue(_ line: Int, _ column: Int) -> String {
        var c = column, end = column
        while let s = src.at(line, c), !(s.isYAMLWhite && src.at(line, c + 1) == "#") {
            if !s.isYAMLWhite { end = c + 1 }
            c += 1
        }
        return src.text(line, column, end)
    }

    /// Reads a single- or double-quoted scalar that opens at `column`; returns its text and the
    /// column after the closing quote. Quoted scalars must close on the line they open.
    mutating func readQuoted(_ line: Int, _ column: Int) throws -> (String, Int) {
        let quote = src.at(line, column)!
        var out = String.UnicodeScalarView()
        var c = column + 1
        while let s = src.at(line, c) {
            if s == quote {
                if quote == "'", src.at(line, c + 1) == "'" {
                    out.append("'")
                    c += 2
                    continue
                }
                return (String(out), c + 1)
            }
            if s == "\\", quote == "\"" {
                guard src.at(line, c + 1) != nil else { break }
                let (scalar, width) = try readEscape(line, c)
                out.append(scalar)
                c += width
                continue
            }
            out.append(s)
            c += 1
        }
        // A curly quote further on was likely typed for the closing one.
        let curly: Set<Unicode.Scalar> = quote == "\"" ? ["\u{201C}", "\u{201D}"] : ["\u{2018}", "\u{2019}"]
        let curlyClose = (column + 1..<src.lines[line].length).contains { src.at(line, $0).map(curly.contains) ?? false }
        try recover(.unterminatedQuote(quote, curlyClose: curlyClose), line, column)
    }

    /// Whether a plain value is wrapped in curly quotes (`“关于……”`, `‘notice’`), which Chinese
    /// input methods type for YAML's quotes: it starts with one, ends with a quote, and has none
    /// in between (so `“放管服”改革` and `“甲”与“乙”` are text).
    static func isInCurlyQuotes(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 2, scalars[0].isCurlyQuote,
              let last = scalars.last, last.isCurlyQuote || last == "\"" || last == "'" else { return false }
        return !scalars[1..<scalars.count - 1].contains { $0.isCurlyQuote }
    }

    /// Reads the escape whose backslash is at `column`; returns the character and its width.
    private mutating func readEscape(_ line: Int, _ column: Int) throws -> (Unicode.Scalar, Int) {
        let e = src.at(line, column + 1)!
        let simple: UInt32? = switch e {
        case "0": 0x00
        case "a": 0x07
        case "b": 0x08
        case "t", "\t": 0x09
        case "n": 0x0A
        case "v": 0x0B
        case "f": 0x0C
        case "r": 0x0D
        case "e": 0x1B
        case " ": 0x20
        case "\"": 0x22
        case "/": 0x2F
        case "\\": 0x5C
        case "N": 0x85
        case "_": 0xA0
        case "L": 0x2028
        case "P": 0x2029
        default: nil
        }
        if let simple { return try clean(Unicode.Scalar(simple)!, width: 2, line, column) }
        let digits: Int
        switch e {
        case "x": digits = 2
        case "u": digits = 4
        case "U": digits = 8
        default: try recover(.unknownEscape("\\" + String(e)), line, column)
        }
        var value: UInt32 = 0
        for k in 0..<digits {
            guard let h = src.at(line, column + 2 + k)?.hexDigitValue else {
                try recover(.badHexEscape("\\" + String(e), digits: digits), line, column)
            }
            value = value * 16 + h
        }
        guard let scalar = Unicode.Scalar(value) else {
            try recover(.invalidEscapedCharacter(src.text(line, column, column + 2 + digits)), line, column)
        }
        return try clean(scalar, width: 2 + digits, line, column)
    }

    /// The character an escape at `column` stands for, refused when it is one content may not
    /// hold (`\e`, `\0`, `\u202E`); a line feed and a tab are text.
    private mutating func clean(_ scalar: Unicode.Scalar, width: Int, _ line: Int, _ column: Int) throws
        -> (Unicode.Scalar, Int)
    {
        if !allowsControlEscapes, scalar.isForbiddenControl || scalar.isBidiControl || scalar.isYAMLControl && scalar != "\n" {
            try recover(.escapedControlCharacter(src.text(line, column, column + width), scalar), line, column)
        }
        return (scalar, width)
    }

    /// The problem for an anchor (`&x`), alias (`*x`) or tag (`!x`) at `column`, naming it.
    func propertyProblem(_ line: Int, _ column: Int) -> FrontMatterProblem {
        var c = column + 1
        while let s = src.at(line, c), !s.isYAMLWhite, s != ",", s != "]", c - column < 30 { c += 1 }
        var token = src.text(line, column, c)
        if let s = src.at(line, c), !s.isYAMLWhite, s != ",", s != "]" { token += "…" }
        switch src.at(line, column) {
        case "&": return .anchor(token)
        case "*": return .alias(token)
        default: return .tag(token)
        }
    }
}

extension Unicode.Scalar {
    /// The value of an ASCII hexadecimal digit.
    var hexDigitValue: UInt32? {
        switch value {
        case 0x30...0x39: value - 0x30
        case 0x41...0x46: value - 0x41 + 10
        case 0x61...0x66: value - 0x61 + 10
        default: nil
        }
    }
}

extension YAMLLineScanner.Line {
    /// The first column at or after `column` that is not a space or a tab.
    func firstNonWhite(from column: Int, _ src: YAMLLineScanner) -> Int {
        var c = column
        while c < length, src.scalars[start + c].isYAMLWhite { c += 1 }
        return c
    }
}
