extension YAMLReader {
    /// Reads a `[a, "b", 'c']` list of scalars that opens at `column` and closes on the same line.
    /// A trailing comma is allowed, as in YAML; nested lists and `{ }` are not.
    mutating func readFlowSequence(_ line: Int, _ column: Int) throws -> [YAMLNode] {
        var items: [YAMLNode] = []
        var c = column + 1
        scan: while true {
            c = src.lines[line].firstNonWhite(from: c, src)
            if src.at(line, c) == "]" {
                c += 1
                break
            }
            let (item, end) = try readFlowItem(line, c, bracket: column)
            items.append(item)
            c = src.lines[line].firstNonWhite(from: end, src)
            switch src.at(line, c) {
            case ",":
                c += 1
            case "]":
                c += 1
                break scan
            case nil, "#":
                try recover(.unclosedBracket, line, column)
            default:
                try recover(.expectedCommaOrBracket, line, c)
            }
        }
        if !endsLine(line, c) { try recover(.textAfterBracket, line, src.lines[line].firstNonWhite(from: c, src)) }
        return items
    }

    /// Reads one value of a `[ ]` list at `column`; returns it and the column after it.
    private mutating func readFlowItem(_ line: Int, _ column: Int, bracket: Int) throws -> (YAMLNode, Int) {
        let here = location(line, column)
        guard let first = src.at(line, column) else { try recover(.unclosedBracket, line, bracket) }
        let next = src.at(line, column + 1)
        let spaced = next.map { $0.isYAMLWhite || ",[]{}".unicodeScalars.contains($0) } ?? true
        switch first {
        case "\"", "'":
            let (text, end) = try readQuoted(line, column)
            let style: YAMLScalar.Style = first == "'" ? .singleQuoted : .doubleQuoted
            return (YAMLNode(.scalar(YAMLScalar(text, style: style)), location: here), end)
        case "[": try recover(.nestedFlowList, line, column)
        case "{": try recover(.flowMapping, line, column)
        case ",": try recover(.emptyFlowEntry, line, column)
        case "&", "*", "!": try recover(propertyProblem(line, column), line, column)
        case "#" where src.at(line, column - 1)?.isYAMLWhite == true: try recover(.unclosedBracket, line, bracket)
        case "#", "|", ">", "%", "@", "`", "}": try recover(.valueStartsWith(first), line, column)
        case "-" where spaced, "?" where spaced, ":" where spaced: try recover(.valueStartsWith(first), line, column)
        default: break
        }
        var c = column
        var end = column
        while let s = src.at(line, c), s != ",", s != "]" {
            let next = src.at(line, c + 1)
            if s == "[" || s == "{" || s == "}" { try recover(.flowIndicatorInValue(s), line, c) }
            if s == ":", next.map({ $0.isYAMLWhite || ",[]{}".unicodeScalars.contains($0) }) ?? true {
                try recover(.colonInFlowList, line, c)
            }
            if s.isYAMLWhite {
                if next == "#" { break }
            } else {
                end = c + 1
            }
            c += 1
        }
        let text = src.text(line, column, end)
        if Self.isInCurlyQuotes(text) { try recover(.smartQuotes(text), line, column) }
        if let comma = (column..<end).first(where: { src.at(line, $0) == "，" }) {
            try recover(.fullwidthComma(fixed: withASCIICommas(line, bracket)), line, comma)
        }
        return (YAMLNode(.scalar(YAMLScalar(text)), location: here), c)
    }

    /// The `[ ]` list opening at `bracket`, with every full-width comma outside quotes written as
    /// `, `.
    private func withASCIICommas(_ line: Int, _ bracket: Int) -> String {
        var out = ""
        var quote: Unicode.Scalar?
        var c = bracket
        while let s = src.at(line, c) {
            if let q = quote {
                if s == q { quote = nil }
                out.unicodeScalars.append(s)
            } else if s == "，" {
                while out.hasSuffix(" ") { out.removeLast() }
                out += ", "
                while src.at(line, c + 1)?.isYAMLWhite == true || src.at(line, c + 1) == "\u{3000}" { c += 1 }
            } else {
                if s == "\"" || s == "'" { quote = s }
                out.unicodeScalars.append(s)
                if s == "]" { break }
            }
            c += 1
        }
        return out
    }
}
