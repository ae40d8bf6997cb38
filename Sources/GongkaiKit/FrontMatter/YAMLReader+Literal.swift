extension YAMLReader {
    /// How a `|` block treats the line breaks at its end.
    private enum Chomping {
        /// `|-`: none.
        case strip
        /// `|`: one.
        case clip
        /// `|+`: all of them.
        case keep
    }

    /// Reads a `|` block whose header is at `column` of `line` and whose entry is at column
    /// `parentIndent`. The text lines are indented deeper than the entry: by the number in the
    /// header (`|2`), or else as much as the first line that is not blank. Inside, `#` is text.
    mutating func readLiteral(_ line: Int, _ column: Int, parentIndent: Int) throws -> YAMLNode {
        var chomping = Chomping.clip
        var chompingGiven = false
        var explicit: Int?
        var c = column + 1
        while let s = src.at(line, c) {
            if s == "-" || s == "+", !chompingGiven {
                chomping = s == "-" ? .strip : .keep
                chompingGiven = true
            } else if explicit == nil, let digit = s.hexDigitValue, digit < 10 {
                if digit == 0 { try recover(.zeroIndentationIndicator, line, c) }
                explicit = Int(digit)
            } else {
                break
            }
            c += 1
        }
        if !endsLine(line, c) {
            try recover(.textAfterLiteralHeader, line, src.lines[line].firstNonWhite(from: c, src))
        }

        i = line + 1
        var indent = parentIndent + (explicit ?? 0)
        if explicit == nil {
            var n = i
            while n < src.count, src.lines[n].isBlank { n += 1 }
            if n < src.count { indent = src.lines[n].leadingSpaces }
        }
        let hasText = indent > parentIndent
        var lines: [String] = []
        while i < src.count {
            let l = src.lines[i]
            if hasText, l.leadingSpaces >= indent {
                lines.append(src.text(i, indent, l.length))
            } else if l.isBlank {
                lines.append("")
            } else {
                break
            }
            i += 1
        }

        var trailing = 0
        while trailing < lines.count, lines[lines.count - 1 - trailing].isEmpty { trailing += 1 }
        let kept = lines.count - trailing
        let body = lines[0..<kept].joined(separator: "\n")
        let text = switch chomping {
        case .strip: body
        case .clip: kept > 0 ? body + "\n" : ""
        case .keep: (kept > 0 ? body + "\n" : "") + String(repeating: "\n", count: trailing)
        }
        return YAMLNode(.scalar(YAMLScalar(text, style: .literal)), location: location(line, column))
    }
}
