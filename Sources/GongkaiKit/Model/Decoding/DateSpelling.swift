import Foundation

/// Recognises dates written the ways editors often type them (`2026年3月5日`, `2026/3/5`,
/// `2026.3.5`, `2026-3-5`) so the error can say exactly what to type instead.
enum DateSpelling {
    static func parts(of text: String) -> (Int, Int, Int)? {
        var t = text.trimmingCharacters(in: .whitespaces)
        if t.hasSuffix("日") { t.removeLast() }
        let separators: Set<Character> = ["-", "/", ".", "年", "月"]
        let pieces = t.split(whereSeparator: { separators.contains($0) }).map(String.init)
        guard pieces.count == 3, pieces.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }),
              let y = Int(pieces[0]), let m = Int(pieces[1]), let d = Int(pieces[2]),
              pieces[0].count == 4 else { return nil }
        return (y, m, d)
    }

    static func whyImpossible(_ y: Int, _ m: Int, _ d: Int) -> String {
        guard (1...12).contains(m) else { return "there is no month \(m)" }
        return "\(y)-\(m < 10 ? "0" : "")\(m) has \(LocalDate.daysIn(month: m, year: y)) days"
    }
}
