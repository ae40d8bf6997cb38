/// How many columns of a terminal a text takes, to put a caret under a column of a source line:
/// Chinese characters and other East Asian wide or full-width characters (`：`, `，`, `　`) take
/// two columns, combining marks and zero-width characters none, the rest one. Characters whose
/// width depends on the terminal's settings (East Asian "ambiguous", such as `“`) count as one,
/// as terminals show them by default.
public enum DisplayWidth {
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x0300...0x036F, 0x200B...0x200F, 0x2060...0x2064, 0xFE00...0xFE0F, 0xFEFF: 0
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
             0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
             0x20000...0x3FFFD:
            2
        default: 1
        }
    }

    /// Columns taken by `text`.
    public static func of(_ text: some StringProtocol) -> Int {
        text.unicodeScalars.reduce(0) { $0 + of($1) }
    }

    /// What to print before a caret so that it stands under `column` (1-based, counted in
    /// Unicode scalars as diagnostics count them) of `line` printed just above: a space for each
    /// terminal column, and a tab for each tab so that both lines expand them alike.
    public static func caretPadding(line: some StringProtocol, column: Int) -> String {
        var pad = ""
        for s in line.unicodeScalars.prefix(max(0, column - 1)) {
            pad += s == "\t" ? "\t" : String(repeating: " ", count: of(s))
        }
        return pad
    }
}
