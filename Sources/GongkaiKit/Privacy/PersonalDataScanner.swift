/// Finds and masks personal data in text bound for the public website (条例 Art. 15): resident
/// ID numbers (18 characters with a valid check character, and the old 15 digits), mobile
/// numbers, bank card numbers (Luhn) and e-mail addresses, except those on the allow-list.
///
/// Pure and linear: one pass over the UTF-8 bytes for digit runs and one for at signs, no regular
/// expressions. It reads raw text — Markdown, tables, link targets (`mailto:`, `tel:`), CSV —
/// because personal data is personal data wherever it sits.
///
/// Digits count only as whole tokens: a value is never a slice of a longer run of digits, so
/// 索引号, amounts, dates and `0571-00000000` are not matches; letters around digits do not
/// matter (`ID:11010519491231002X`, `tel:139…`). Digits are read after normalising them (any
/// decimal digit, zero-width characters skipped); groups joined by spaces, hyphens, dashes, middle
/// dots or a line break are read in the shapes people write (`110105 19491231 002X`,
/// `138 – 0013 – 8000`, `6222 0212 3456 7890`). Numbers a reader expects — credit codes,
/// labelled registration numbers, 索引号, 文号, dates, amounts — are left alone.
/// Digits that touch four or more `*` belong to a value already masked and are left alone.
/// The rules for each kind are on `DigitRun`, `DigitRunMatcher`, `ResidentID`, `BankCard`,
/// `CreditCode` and `EmailScanner`, the renderings on `Masking`.
///
/// Results carry the masked rendering; the raw value is reachable only through the range.
public struct PersonalDataScanner: Sendable {
    private let allowList: PersonalDataAllowList

    /// `allow`: the organ's own published phone numbers and e-mail addresses.
    public init(allow: [String] = []) {
        allowList = PersonalDataAllowList(allow)
    }

    /// A scanner with the site's allow-list.
    public init(policy: PrivacyPolicy) {
        self.init(allow: policy.allow)
    }

    /// Every match in `text`, in order, none overlapping.
    public func scan(_ text: String) -> [PersonalDataMatch] {
        var copy = text
        return copy.withUTF8 { bytes in
            let utf8 = UTF8Text(bytes: bytes)
            var matches: [PersonalDataMatch] = []
            var index = text.utf8.startIndex, indexOffset = 0
            var offset = 0, line = 1, column = 1
            for raw in rawMatches(in: utf8) {
                while offset < raw.range.lowerBound {
                    let b = utf8[offset]
                    if b == UInt8(ascii: "\n") {
                        line += 1
                        column = 1
                    } else if b & 0xC0 != 0x80 {
                        column += 1
                    }
                    offset += 1
                }
                let lower = text.utf8.index(index, offsetBy: raw.range.lowerBound - indexOffset)
                let upper = text.utf8.index(lower, offsetBy: raw.range.count)
                (index, indexOffset) = (upper, raw.range.upperBound)
                matches.append(PersonalDataMatch(kind: raw.kind, range: lower..<upper, line: line,
                                                 column: column, masked: raw.masked))
            }
            return matches
        }
    }

    /// The first match in UTF-8 bytes (a file about to be written), if any, without making a
    /// `String` of them first.
    func firstMatch(in bytes: [UInt8]) -> RawMatch? {
        bytes.withUnsafeBufferPointer { rawMatches(in: UTF8Text(bytes: $0)).first }
    }

    /// `text` with every match replaced by its masked rendering. Masked values are not found
    /// again, so masking twice gives the same text.
    public func mask(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { bytes in
            let utf8 = UTF8Text(bytes: bytes)
            let raws = rawMatches(in: utf8)
            guard !raws.isEmpty else { return text }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var offset = 0
            for raw in raws {
                out.append(contentsOf: bytes[offset..<raw.range.lowerBound])
                out.append(contentsOf: raw.masked.utf8)
                offset = raw.range.upperBound
            }
            out.append(contentsOf: bytes[offset...])
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Matches by byte offset, in order. Where two overlap (a mobile number that is the local
    /// part of an address) the one that starts first wins, the longer on a tie; the allow-list is
    /// applied after that, so an allowed address also covers the digits inside it.
    func rawMatches(in text: UTF8Text) -> [RawMatch] {
        var found = DigitRunMatcher.matches(in: text)
        let digitCount = found.count
        EmailScanner.matches(in: text, into: &found)
        if digitCount > 0, found.count > digitCount {
            found.sort { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }
        }
        var kept: [RawMatch] = []
        var end = 0
        for m in found where m.range.lowerBound >= end {
            end = m.range.upperBound
            if !allowList.allows(m) { kept.append(m) }
        }
        return kept
    }
}
