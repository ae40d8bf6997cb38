/// Finds the front matter of a Markdown item: the lines between a `---` first line and the
/// next `---` line.
public enum FrontMatter {
    /// Splits a Markdown source at its `---` fences. A file without front matter is an error
    /// (gongkai items need it). Tolerates a UTF-8 BOM and CRLF line ends (normalised to `\n`;
    /// line numbers stay right). A fence may have trailing spaces. A carriage return without a
    /// line feed after it still ends its line but is an error at its position, in the front
    /// matter and the body alike.
    public static func split(_ source: String, path: String) -> (split: FrontMatterSplit?, diagnostics: [Diagnostic]) {
        let (bytes, loneCRs) = normalised(source)
        let crs = loneCRs.map {
            FrontMatterProblem.loneCarriageReturn.diagnostic(at: SourceLocation(path: path, line: $0.line, column: $0.column))
        }
        let (split, diagnostics) = split(bytes, path: path)
        return (split, crs + diagnostics)
    }

    private static func split(_ bytes: [UInt8], path: String) -> (split: FrontMatterSplit?, diagnostics: [Diagnostic]) {
        let start = SourceLocation(path: path, line: 1, column: 1)
        var lineStart = 0
        var line = 1
        var yamlStart: Int?
        while lineStart <= bytes.count {
            let end = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            let fence = isFence(bytes[lineStart..<end])
            if let yamlStart, fence {
                let bodyStart = min(end + 1, bytes.count)
                let split = FrontMatterSplit(
                    yaml: String(decoding: bytes[yamlStart..<lineStart], as: UTF8.self),
                    yamlFirstLine: 2,
                    body: String(decoding: bytes[bodyStart...], as: UTF8.self),
                    bodyFirstLine: line + 1)
                return (split, [])
            }
            if yamlStart == nil {
                guard fence else {
                    let line = String(decoding: bytes[lineStart..<end], as: UTF8.self)
                    let problem = FrontMatterProblem.missing(firstLine: looksLikeFence(line) ? line : nil)
                    return (nil, [problem.diagnostic(at: start)])
                }
                yamlStart = end + 1
            }
            if end == bytes.count { break }
            lineStart = end + 1
            line += 1
        }
        return (nil, [FrontMatterProblem.unclosed.diagnostic(at: start)])
    }

    /// `source` as UTF-8 without a byte order mark and with every `\r\n` and lone `\r` made `\n`,
    /// with where each lone `\r` stood (1-based line and column; a column counts characters).
    private static func normalised(_ source: String) -> (bytes: [UInt8], loneCRs: [(line: Int, column: Int)]) {
        var out: [UInt8] = []
        out.reserveCapacity(source.utf8.count)
        var loneCRs: [(line: Int, column: Int)] = []
        var previousCR = false
        var line = 1, column = 1
        for byte in source.utf8 {
            if byte == 0x0A, previousCR {
                previousCR = false
                loneCRs.removeLast()
                continue
            }
            previousCR = byte == 0x0D
            if previousCR { loneCRs.append((line, column)) }
            out.append(previousCR ? 0x0A : byte)
            if out.last == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        if out.starts(with: [0xEF, 0xBB, 0xBF]) {
            out.removeFirst(3)
            loneCRs = loneCRs.map { $0.line == 1 ? ($0.line, $0.column - 1) : $0 }
        }
        return (out, loneCRs)
    }

    /// A first line meant as `---` but typed with other dashes: `——`, `－－－`, `--`.
    private static func looksLikeFence(_ line: String) -> Bool {
        let dashes: Set<Unicode.Scalar> = ["-", "\u{2014}", "\u{2013}", "\u{FF0D}", "\u{2500}", "\u{30FC}"]
        let text = line.trimmingFullwidthSpaces
        return text.unicodeScalars.count >= 2 && text.unicodeScalars.allSatisfy(dashes.contains)
    }

    /// `---` followed by nothing but spaces and tabs.
    private static func isFence(_ line: ArraySlice<UInt8>) -> Bool {
        guard line.starts(with: [0x2D, 0x2D, 0x2D]) else { return false }
        return line.dropFirst(3).allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }
}
