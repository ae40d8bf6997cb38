/// Finds e-mail addresses: a practical subset of RFC 5322 that covers what people type.
///
/// `local@domain.tld` (or with the full-width `＠`): the local part is the longest run of ASCII
/// letters, digits and `._%+-` before the at sign (leading dots dropped, no trailing dot); the
/// domain is dot-separated labels of letters, digits and inner hyphens, at least two of them, the
/// last (the TLD) two or more letters. Whatever does not fit ends the address, so `。`, `，`, `)`
/// or a trailing `.` after it are left out. Each at sign is looked at once and the scan never
/// moves back past the previous one, so the work is linear in the text.
enum EmailScanner {
    static func matches(in text: UTF8Text, into out: inout [RawMatch]) {
        var i = 0
        var floor = 0  // a local part never reaches back before the previous address's end
        while i < text.count {
            let atLength: Int
            if text[i] == UInt8(ascii: "@") {
                atLength = 1
            } else if text[i] == 0xEF, i + 2 < text.count, text[i + 1] == 0xBC, text[i + 2] == 0xA0 {
                atLength = 3  // U+FF20 ＠
            } else {
                i += 1
                continue
            }
            if let m = address(at: i, atLength: atLength, floor: floor, in: text) {
                out.append(m)
                floor = m.range.upperBound
                i = m.range.upperBound
            } else {
                i += atLength
            }
        }
    }

    private static func address(at: Int, atLength: Int, floor: Int, in text: UTF8Text) -> RawMatch? {
        var start = at
        while start > floor, isLocal(text[start - 1]) { start -= 1 }
        while start < at, text[start] == UInt8(ascii: ".") { start += 1 }
        guard start < at, text[at - 1] != UInt8(ascii: ".") else { return nil }

        let domainStart = at + atLength
        var runEnd = domainStart
        while runEnd < text.count, isDomain(text[runEnd]) { runEnd += 1 }
        while runEnd > domainStart, text[runEnd - 1] == UInt8(ascii: ".") || text[runEnd - 1] == UInt8(ascii: "-") {
            runEnd -= 1
        }
        guard let end = domainEnd(in: text, from: domainStart, to: runEnd) else { return nil }

        let local = text.string(start..<at)
        let domain = text.string(domainStart..<end)
        return RawMatch(kind: .email, range: start..<end,
                        masked: Masking.email(local: local, domain: domain),
                        allowKey: "\(local)@\(domain)".lowercased())
    }

    /// The end of the longest prefix of `from..<to` that is a valid domain, if any.
    private static func domainEnd(in text: UTF8Text, from: Int, to: Int) -> Int? {
        var best: Int?
        var labels = 0
        var labelStart = from
        var p = from
        while p <= to {
            guard p == to || text[p] == UInt8(ascii: ".") else {
                p += 1
                continue
            }
            let label = labelStart..<p
            guard !label.isEmpty, label.count <= 63, text[label.lowerBound] != UInt8(ascii: "-"),
                  text[label.upperBound - 1] != UInt8(ascii: "-") else { break }
            labels += 1
            if labels >= 2, label.count >= 2, label.allSatisfy({ isLetter(text[$0]) }) { best = p }
            labelStart = p + 1
            p += 1
        }
        return best
    }

    private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- UInt8(ascii: "a") < 26 }

    private static func isDigit(_ b: UInt8) -> Bool { b &- UInt8(ascii: "0") < 10 }

    private static func isLocal(_ b: UInt8) -> Bool {
        isLetter(b) || isDigit(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: "_")
            || b == UInt8(ascii: "%") || b == UInt8(ascii: "+") || b == UInt8(ascii: "-")
    }

    private static func isDomain(_ b: UInt8) -> Bool {
        isLetter(b) || isDigit(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: "-")
    }
}
