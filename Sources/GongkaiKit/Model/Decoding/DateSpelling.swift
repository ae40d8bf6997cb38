import Foundation

/// Recognises dates written the ways editors often type them (`2026年3月5日`, `2026/3/5`,
/// `2026.3.5`, `2026-3-5`, with full-width digits `２０２６－０３－０５` too) so the error can say
/// exactly what to type instead.
enum DateSpelling {
    static func parts(of text: String) -> (Int, Int, Int)? {
        var t = String(String.UnicodeScalarView(text.unicodeScalars.map(halfWidth)))
            .trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\u{3000}")))
        if t.hasSuffix("日") || t.hasSuffix("号") { t.removeLast() }
        let separators: Set<Character> = ["-", "/", ".", "年", "月"]
        let pieces = t.split(whereSeparator: { separators.contains($0) }).map(String.init)
        guard pieces.count == 3, pieces.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }),
              let y = Int(pieces[0]), let m = Int(pieces[1]), let d = Int(pieces[2]),
              pieces[0].count == 4 else { return nil }
        return (y, m, d)
    }

    static func whyImpossible(_ y: Int, _ m: Int, _ d: Int) -> FieldProblem.ImpossibleDate {
        guard (1...12).contains(m) else { return .noMonth(m) }
        return .monthHasDays(year: y, month: m, days: LocalDate.daysIn(month: m, year: y))
    }

    /// Full-width digits and the full-width `－ ／ ．` as their ASCII selves.
    private static func halfWidth(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s.value {
        case 0xFF10...0xFF19, 0xFF0D, 0xFF0E, 0xFF0F: Unicode.Scalar(s.value - 0xFEE0)!
        default: s
        }
    }
}
