/// A table written as a ```` ```csv ```` fence. The first record is the header; cells are plain
/// text (no Markdown inside them); every row is padded with empty cells to the widest record.
/// Cells holding a number are right-aligned (`isNumeric`).
public struct MarkdownCSVTable: Sendable, Equatable {
    public var header: [String]
    public var rows: [[String]]

    public init(header: [String], rows: [[String]]) {
        self.header = header
        self.rows = rows
    }

    /// Reads the fence's text as CSV (`CSVParser`). An empty fence gives an empty table, which
    /// renders as nothing.
    public init(csv: String) {
        let records = CSVParser.records(in: csv)
        let width = records.map(\.count).max() ?? 0
        let padded = records.map { $0 + Array(repeating: "", count: width - $0.count) }
        header = padded.first ?? []
        rows = Array(padded.dropFirst())
    }

    /// Right for numbers, none for everything else.
    public static func alignment(of cell: String) -> MarkdownTableAlignment {
        isNumeric(cell) ? .right : .none
    }

    /// Whether a cell reads as an amount: optional sign (`+`, `-`, `−`) and currency sign
    /// (`¥`, `￥`) in either order, digits (grouped by commas in threes, or not grouped), an
    /// optional decimal part, then optionally `%`, or `万`/`亿` and/or `元`.
    /// `1,234.50`, `-3.5%`, `¥1,200`, `12.5万元` are numbers; `1,23`, `2026-10`, `12a` are not.
    public static func isNumeric(_ cell: String) -> Bool {
        let s = Array(cell.unicodeScalars.drop(while: isSpace).reversed().drop(while: isSpace).reversed())
        var i = 0
        func take(_ accepted: Set<Unicode.Scalar>) -> Bool {
            guard i < s.count, accepted.contains(s[i]) else { return false }
            i += 1
            return true
        }
        func digits() -> Int {
            let start = i
            while i < s.count, ("0"..."9").contains(s[i]) { i += 1 }
            return i - start
        }
        if take(signs) { _ = take(currencies) } else if take(currencies) { _ = take(signs) }
        let whole = digits()
        if whole >= 1, whole <= 3, i < s.count, s[i] == "," {
            while i < s.count, s[i] == "," {
                i += 1
                guard digits() == 3 else { return false }
            }
        }
        var fraction = 0
        if take(["."]) {
            fraction = digits()
            guard fraction > 0 else { return false }
        }
        guard whole + fraction > 0 else { return false }
        if !take(["%"]) {
            _ = take(["万", "亿"])
            _ = take(["元"])
        }
        return i == s.count
    }

    private static let signs: Set<Unicode.Scalar> = ["+", "-", "\u{2212}"]
    private static let currencies: Set<Unicode.Scalar> = ["¥", "￥"]
    private static func isSpace(_ c: Unicode.Scalar) -> Bool { c.properties.isWhitespace }
}
