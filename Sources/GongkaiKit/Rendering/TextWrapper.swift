/// Breaks text into lines that fit a width, without a font at hand: every character is given an
/// estimated advance, 1 em for CJK (and anything else outside ASCII) and 0.55 em for ASCII, so
/// the same text always breaks the same way.
///
/// Chinese breaks between any two characters; a run of ASCII letters and digits breaks only at
/// spaces, unless it is longer than a whole line. Closing punctuation (，。、）…) never starts a
/// line and opening punctuation (（“《…) never ends one: the character before or after moves down
/// with it, as Chinese typesetting (禁则) asks.
struct TextWrapper {
    /// The line width, in em.
    let width: Double

    /// The estimated advance of a character, in hundredths of an em (whole numbers, so sums are
    /// exact).
    static func advance(_ c: Character) -> Int {
        guard c.isASCII else { return 100 }
        return c == "\t" ? 0 : 55
    }

    static func units(_ s: some StringProtocol) -> Int { s.reduce(0) { $0 + advance($1) } }

    /// The estimated width of a text, in em.
    static func width(of s: some StringProtocol) -> Double { Double(units(s)) / 100 }

    static let noLineStart: Set<Character> = Set("，。、；：？！）」』】》〉〕］｝”’…—·%,.;:?!)]}")
    static let noLineEnd: Set<Character> = Set("（「『【《〈〔［｛“‘([{")

    /// The lines of `text`, trimmed; no line is empty, and an empty text gives no line.
    func lines(_ text: String) -> [String] {
        var lines: [[String]] = []
        var line: [String] = []
        let width = Int((self.width * 100).rounded(.down))
        var used = 0
        func flush() {
            while line.last == " " { line.removeLast() }
            if !line.isEmpty { lines.append(line) }
            line = []
            used = 0
        }
        for token in Self.tokens(text) {
            let w = Self.units(token)
            if token == " " {
                if !line.isEmpty { line.append(token); used += w }
                continue
            }
            if used + w <= width {
                line.append(token)
                used += w
                continue
            }
            // The token does not fit. A word longer than a line is cut where the line ends.
            if w > width {
                var rest = Substring(token)
                while !rest.isEmpty {
                    var piece = ""
                    for c in rest {
                        guard used + Self.units(piece) + Self.advance(c) <= width else { break }
                        piece.append(c)
                    }
                    if piece.isEmpty {
                        if line.isEmpty { piece = String(rest.first!) } else { flush(); continue }
                    }
                    line.append(piece)
                    used += Self.units(piece)
                    rest = rest.dropFirst(piece.count)
                    if !rest.isEmpty { flush() }
                }
                continue
            }
            // Keep closing punctuation off the start of the next line, and opening punctuation off
            // the end of this one, by carrying a character over.
            var carried: [String] = []
            if let first = token.first, Self.noLineStart.contains(first), line.count > 1 {
                carried.insert(line.removeLast(), at: 0)
            }
            while line.count > 1, let last = line.last?.last, Self.noLineEnd.contains(last) {
                carried.insert(line.removeLast(), at: 0)
            }
            flush()
            line = carried
            used = carried.reduce(0) { $0 + Self.units($1) }
            line.append(token)
            used += w
        }
        flush()
        return lines.map { $0.joined() }
    }

    /// Words of ASCII letters and digits, single spaces (for any run of whitespace), and every other
    /// character on its own.
    static func tokens(_ text: String) -> [String] {
        var out: [String] = []
        var word = ""
        for c in text {
            if c.isASCII, c.isLetter || c.isNumber || c == "-" || c == "_" || c == "/" {
                word.append(c)
                continue
            }
            if !word.isEmpty { out.append(word); word = "" }
            if c.isWhitespace {
                if out.last != " " { out.append(" ") }
            } else {
                out.append(String(c))
            }
        }
        if !word.isEmpty { out.append(word) }
        return out
    }
}
