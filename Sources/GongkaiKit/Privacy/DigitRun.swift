/// One group of adjacent digits inside a `DigitRun`: `138`, `0013` and `8000` in `138-0013-8000`.
struct DigitGroup {
    /// Byte offsets of the group's digits in the scanned text.
    var start: Int
    var end: Int
    /// Where the group's digit values begin in `DigitRun.digits`, and how many there are.
    var firstDigit: Int
    var digitCount: Int
    /// The end of a check character `X`/`x` right after the digits (`…002X`), if there is one.
    /// A group with one can only end an 18-character resident ID: a number glued to an `X` is
    /// read as nothing else.
    var checkEnd: Int?
}

/// Digits joined into groups by single separators — `110105 19491231 002X`, `6222-0212-3456-7890`,
/// `１３８００１３８０００` — as the personal-data scanner sees them.
///
/// Digits are ASCII or full-width; a separator is one space, ideographic space (U+3000), no-break
/// space or hyphen (`-`, `‐`, `‑`, `－`) with a digit on both sides. Anything else ends the run, so
/// `1,130`, `2026年10月` and `0571-00000000/2026` never join across the comma, 年 or slash.
/// A run records what touches its ends: a `+` before it (for `+86`) and whether it borders a mask
/// (four or more `*`, directly or across one separator), which marks digits already masked.
struct DigitRun {
    var groups: [DigitGroup] = []
    /// Digit values 0–9 of all groups, in order.
    var digits: [UInt8] = []
    /// Offset of a `+`/`＋` right before the first digit.
    var plusStart: Int?
    /// The first / last group touches a mask (`****`), so it belongs to a masked value.
    var maskedBefore = false
    var maskedAfter = false

    /// Calls `body` with every run in `text` that holds at least `minimumDigits` digits, in order.
    /// One pass over the bytes; `body` must not keep the run (its storage is reused).
    static func forEach(in text: UTF8Text, minimumDigits: Int, _ body: (DigitRun) -> Void) {
        var run = DigitRun()
        var i = 0
        while i < text.count {
            guard text.digit(at: i) != nil else {
                i += 1  // a lead or continuation byte of a non-digit; digits are found by their lead byte
                continue
            }
            run.groups.removeAll(keepingCapacity: true)
            run.digits.removeAll(keepingCapacity: true)
            let end = run.read(from: i, in: text)
            if run.digits.count >= minimumDigits {
                run.plusStart = text.scalar(before: i).flatMap { isPlus($0.value) ? $0.start : nil }
                run.maskedBefore = maskBorders(before: i, in: text)
                run.maskedAfter = maskBorders(after: end, in: text)
                body(run)
            }
            i = end
        }
    }

    /// Reads groups from the digit at `start`; returns the offset just past the run.
    private mutating func read(from start: Int, in text: UTF8Text) -> Int {
        var p = start
        while true {
            var group = DigitGroup(start: p, end: p, firstDigit: digits.count, digitCount: 0)
            while p < text.count, let d = text.digit(at: p) {
                digits.append(d.value)
                p += d.length
            }
            group.end = p
            group.digitCount = digits.count - group.firstDigit
            if p < text.count {
                let (value, length) = text.scalar(at: p)
                if Self.isCheckX(value), p + length >= text.count || text.digit(at: p + length) == nil {
                    group.checkEnd = p + length
                    groups.append(group)
                    return p + length
                }
                if Self.isSeparator(value), p + length < text.count, text.digit(at: p + length) != nil {
                    groups.append(group)
                    p += length
                    continue
                }
            }
            groups.append(group)
            return p
        }
    }

    static func isSeparator(_ v: UInt32) -> Bool {
        switch v {
        case 0x20, 0x2D, 0xA0, 0x2010, 0x2011, 0x3000, 0xFF0D: true
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
