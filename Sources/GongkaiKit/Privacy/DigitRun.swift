/// One group of adjacent digits inside a digit run: `138`, `0013` and `8000` in `138-0013-8000`.
struct DigitGroup {
    /// Byte offsets of the group in the scanned text: its first digit, and just past its last
    /// (ignorables between its digits included).
    var start: Int
    var end: Int
    /// How many digits the group has, and their value as a number (leading zeros are kept by
    /// `digitCount`). A group of more than 19 digits can be part of no value and keeps no value.
    var digitCount: Int
    var value: UInt64
    /// The end of a check character `X`/`x` right after the digits (`…002X`), if there is one.
    /// A group with one can only end an 18-character resident ID: a number glued to an `X` is
    /// read as nothing else.
    var checkEnd: Int?
    /// The group is glued to capital letters into an 18-character 统一社会信用代码 with a valid check
    /// character (`91330106MA2B3C4D5E`, `52534055587898701D`), so it is part of no personal value.
    var inCreditCode = false

    static let longest = 19

    /// Writes the group's digit values (0–9) to the end of `out`.
    func appendDigits(to out: inout [UInt8]) {
        let base = out.count
        for _ in 0..<digitCount { out.append(0) }
        var v = value
        for i in stride(from: base + digitCount - 1, through: base, by: -1) {
            out[i] = UInt8(v % 10)
            v /= 10
        }
    }
}

/// What surrounds a digit run: a `+` before it (for `+86`) and whether it borders a mask (four or
/// more `*`, directly or across one separator), which marks digits already masked.
struct DigitRunEdges {
    /// Offset of a `+`/`＋` right before the first digit.
    var plusStart: Int?
    /// The first / last group touches a mask (`****`), so it belongs to a masked value.
    var maskedBefore = false
    var maskedAfter = false
}

/// Reads digit runs — groups of digits joined by separators, such as `110105 19491231 002X`,
/// `6222-0212-3456-7890` or `１３８００１３８０００` — the way the personal-data scanner sees them.
///
/// The text is read a Unicode scalar at a time and normalised on the fly, while every offset
/// stays a byte offset into the original text:
///
/// - A digit is any scalar whose Unicode numeric type is decimal (ASCII, full-width, Arabic-Indic,
///   mathematical bold …: the scalars NFKC folds to `0`–`9`); a check character is `X`/`x` in
///   either width.
/// - Ignorables are skipped as if absent, between digits or inside a separator: zero-width space
///   U+200B, non-joiner U+200C, joiner U+200D, word joiner U+2060, BOM U+FEFF, soft hyphen U+00AD.
/// - A separator joins two groups: one to three of space, tab, a line break (LF, CR or CRLF; at
///   most one, since a blank line ends a paragraph), no-break space U+00A0, the spaces
///   U+2000–U+200A, U+202F, U+205F, ideographic space U+3000, hyphen-minus, hyphens U+2010 and
///   U+2011, en dash U+2013, em dash U+2014, minus U+2212, full-width hyphen U+FF0D, middle dots
///   U+00B7, U+30FB, U+FF65 and hyphenation point U+2027, with a digit right after them. So
///   `138 - 0013 - 8000` and a number hard-wrapped onto the next line stay one run.
///
/// Anything else ends the run — `.`, `,`, `/`, `:`, letters, CJK — so `1,130.00`, `2026年10月`
/// and `0571-00000000/2026` never join across the comma, 年 or slash. The reader is one forward
/// pass; it hands groups to the matcher as it reads them, so memory stays constant however long a
/// run is.
enum DigitRun {
    /// Calls `group` with every group in `text`, in order, and `end` after the last group of each
    /// run (with what touches the run's ends). `start` is called before a run's first group.
    static func read(_ text: UTF8Text, start: (DigitRunEdges) -> Void, group: (DigitGroup) -> Void,
                     end: (_ maskedAfter: Bool) -> Void) {
        var p = 0
        let n = text.count
        while p < n {
            // Most bytes are markup, Chinese or continuation bytes: told apart without decoding.
            let b = text[p]
            if b < 0x80 ? b &- 0x30 >= 10 : (b < 0xC0 || b &- 0xE2 < 8 || b &- 0xEB < 3) {
                p += 1
                continue
            }
            if text.digit(at: p) == nil {
                p += 1  // a non-digit byte; digits are found by their lead byte
                continue
            }
            var edges = DigitRunEdges()
            edges.plusStart = text.scalar(before: p).flatMap { isPlus($0.value) ? $0.start : nil }
            edges.maskedBefore = maskBorders(before: p, in: text)
            start(edges)
            while true {
                var g = DigitGroup(start: p, end: p, digitCount: 0, value: 0)
                // The digits, with any ignorables between them.
                while p < n {
                    if let d = text.digit(at: p) {
                        if g.digitCount < DigitGroup.longest { g.value = g.value * 10 + UInt64(d.value) }
                        g.digitCount += 1
                        p += d.length
                        g.end = p
                    } else if text[p] >= 0xC0, isIgnorable(text.scalar(at: p).value) {
                        p += text.scalar(at: p).length
                    } else {
                        break
                    }
                }
                // Trailing ignorables are not part of the group, unless a check character follows.
                if p < n {
                    let (v, length) = text.scalar(at: p)
                    if isCheckX(v), p + length >= n || text.digit(at: p + length) == nil {
                        g.checkEnd = p + length
                        g.inCreditCode = isInCreditCode(g, in: text)
                        group(g)
                        p += length
                        break
                    }
                }
                p = g.end
                g.inCreditCode = isInCreditCode(g, in: text)
                group(g)
                guard let next = digitAfterSeparator(from: p, in: text) else { break }
                p = next
            }
            end(maskBorders(after: p, in: text))
        }
    }

    /// Where the next group starts if a separator (with ignorables) at `offset` joins one.
    private static func digitAfterSeparator(from offset: Int, in text: UTF8Text) -> Int? {
        var p = offset, separators = 0, lineBreaks = 0, ignorables = 0
        while p < text.count {
            let (v, length) = text.scalar(at: p)
            if isIgnorable(v) {
                ignorables += 1
                guard ignorables <= 4 else { return nil }
            } else if v == 0x0A, p > offset, text[p - 1] == 0x0D {
                // the LF of a CRLF: the CR was the line break
            } else if isSeparator(v) {
                separators += 1
                if v == 0x0A || v == 0x0D { lineBreaks += 1 }
                guard separators <= 3, lineBreaks <= 1 else { return nil }
            } else {
                return separators > 0 && text.digit(at: p) != nil ? p : nil
            }
            p += length
        }
        return nil
    }

    /// Whether the ASCII digits and capital letters around a group that touches a capital letter
    /// make exactly 18 characters that pass the GB 32100 check. A resident ID ending in `X` that
    /// also passes is read as an ID (see `CreditCode` for when a label says otherwise). The same
    /// holds for a code written all in small letters, as a heading's anchor or a URL spells it.
    private static func isInCreditCode(_ g: DigitGroup, in text: UTF8Text) -> Bool {
        isInCreditCode(g, in: text, letterBase: 0x41) || isInCreditCode(g, in: text, letterBase: 0x61)
    }

    /// `letterBase`: `A` for capitals, `a` for small letters; a code does not mix the two.
    private static func isInCreditCode(_ g: DigitGroup, in text: UTF8Text, letterBase: UInt8) -> Bool {
        func isLetter(_ b: UInt8) -> Bool { b &- letterBase < 26 }
        func isCodeByte(_ b: UInt8) -> Bool { b &- 0x30 < 10 || isLetter(b) }
        let right = g.checkEnd ?? g.end
        let touchesLetter = (g.start > 0 && isLetter(text[g.start - 1]))
            || (right < text.count && isLetter(text[right])) || g.checkEnd != nil
        guard touchesLetter else { return false }
        var lower = g.start, upper = right
        while lower > 0, upper - lower <= 18, isCodeByte(text[lower - 1]) { lower -= 1 }
        while upper < text.count, upper - lower <= 18, isCodeByte(text[upper]) { upper += 1 }
        guard upper - lower == 18 else { return false }
        var values: [UInt8] = []
        for i in lower..<upper {
            let b = text[i]
            guard let v = CreditCode.value(of: isLetter(b) ? b - letterBase + 0x41 : b) else { return false }
            values.append(v)
        }
        guard CreditCode.isValid(values: values) else { return false }
        if text[upper - 1] | 0x20 == UInt8(ascii: "x"), values[..<17].allSatisfy({ $0 < 10 }) {
            return !ResidentID.isValid18(Array(values[..<17]) + [10])
        }
        return true
    }

    static func isSeparator(_ v: UInt32) -> Bool {
        switch v {
        case 0x09, 0x0A, 0x0D, 0x20, 0x2D, 0xA0, 0xB7, 0x2000...0x200A, 0x2010, 0x2011, 0x2013, 0x2014,
             0x2027, 0x202F, 0x205F, 0x2212, 0x3000, 0x30FB, 0xFF0D, 0xFF65: true
        default: false
        }
    }

    static func isIgnorable(_ v: UInt32) -> Bool {
        switch v {
        case 0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: true
        default: false
        }
    }

    static func isCheckX(_ v: UInt32) -> Bool { v == 0x58 || v == 0x78 || v == 0xFF38 || v == 0xFF58 }

    static func isPlus(_ v: UInt32) -> Bool { v == 0x2B || v == 0xFF0B }

    static func isStar(_ v: UInt32) -> Bool { v == 0x2A || v == 0xFF0A }

    /// Whether four or more stars end at `offset`, directly or before one separator.
    private static func maskBorders(before offset: Int, in text: UTF8Text) -> Bool {
        guard var (v, p) = text.scalar(before: offset) else { return false }
        if isSeparator(v) {
            guard let previous = text.scalar(before: p) else { return false }
            (v, p) = previous
        }
        var stars = 0
        while isStar(v) {
            stars += 1
            if stars == 4 { return true }
            guard let previous = text.scalar(before: p) else { return false }
            (v, p) = previous
        }
        return false
    }

    /// Whether four or more stars start at `offset`, directly or after one separator.
    private static func maskBorders(after offset: Int, in text: UTF8Text) -> Bool {
        var p = offset
        guard p < text.count else { return false }
        var (v, length) = text.scalar(at: p)
        if isSeparator(v) {
            p += length
            guard p < text.count else { return false }
            (v, length) = text.scalar(at: p)
        }
        var stars = 0
        while isStar(v) {
            stars += 1
            if stars == 4 { return true }
            p += length
            guard p < text.count else { return false }
            (v, length) = text.scalar(at: p)
        }
        return false
    }
}
