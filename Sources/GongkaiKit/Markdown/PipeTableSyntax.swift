/// The line-level grammar of GFM pipe tables, following cmark-gfm's table extension
/// (`row_from_string` and the `ext_scanners.re` scanners) byte for byte:
///
///     row       = "|"? cell ("|" cell)* "|"? spaces
///     delimiter = "|"? marker ("|" marker)* "|"? spaces     marker = spaces ":"? "-"+ ":"? spaces
///
/// A `|` directly after a backslash belongs to the cell (`\|` is how a cell holds a pipe; the
/// backslash is removed before the cell's inlines are parsed). Cells are trimmed of whitespace.
enum PipeTableSyntax {
    /// The cells of `line` (no line ending), or nil if it holds none (a line of only `|`).
    static func cells(of line: ArraySlice<UInt8>) -> [[UInt8]]? {
        let s = Array(line) + [newline]
        var cells: [[UInt8]] = []
        var offset = scanPipe(s, 0)
        while offset < s.count {
            let cellLength = scanCell(s, offset)
            let pipeLength = scanPipe(s, offset + cellLength)
            if cellLength > 0 || pipeLength > 0 {
                cells.append(trimmed(unescapingPipes(s[offset..<offset + cellLength])))
            }
            offset += cellLength + pipeLength
            if pipeLength == 0 {
                offset += scanRowEnd(s, offset)
                break
            }
        }
        return offset == s.count && !cells.isEmpty && cells.count <= maxCells ? cells : nil
    }

    /// cmark-gfm counts a row's cells in 16 bits; a longer line is not a row.
    static let maxCells = Int(UInt16.max)

    /// The column alignments if `line` is a delimiter row, else nil.
    static func delimiterRow(_ line: ArraySlice<UInt8>) -> [MarkdownTableAlignment]? {
        guard isDelimiterRow(Array(line)), let cells = cells(of: line) else { return nil }
        return cells.map { cell in
            switch (cell.first == colon, cell.last == colon) {
            case (true, true): .center
            case (true, false): .left
            case (false, true): .right
            case (false, false): .none
            }
        }
    }

    /// cmark-gfm's `unescape_pipes`: every `\|` becomes `|`.
    static func unescapingPipes<C: Collection<UInt8>>(_ bytes: C) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for b in bytes {
            if b == pipe, out.last == backslash { out.removeLast() }
            out.append(b)
        }
        return out
    }

    // MARK: - Scanners

    private static let pipe = UInt8(ascii: "|")
    private static let backslash = UInt8(ascii: "\\")
    private static let colon = UInt8(ascii: ":")
    private static let dash = UInt8(ascii: "-")
    private static let newline = UInt8(ascii: "\n")

    /// `[ \t\v\f]`
    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0B || b == 0x0C }

    /// `"|" spaces`: the length of a cell separator at `i`, or 0.
    private static func scanPipe(_ s: [UInt8], _ i: Int) -> Int {
        guard i < s.count, s[i] == pipe else { return 0 }
        var j = i + 1
        while j < s.count, isSpace(s[j]) { j += 1 }
        return j - i
    }

    /// The length of a cell's text at `i`: up to a `|` not after a backslash, or a line ending.
    private static func scanCell(_ s: [UInt8], _ i: Int) -> Int {
        var j = i
        while j < s.count {
            let b = s[j]
            if b == 0x0A || b == 0x0D || b == 0 { break }
            if b == pipe, j == i || s[j - 1] != backslash { break }
            j += 1
        }
        return j - i
    }

    /// `spaces newline`: the length of a row's end at `i`, or 0.
    private static func scanRowEnd(_ s: [UInt8], _ i: Int) -> Int {
        var j = i
        while j < s.count, isSpace(s[j]) { j += 1 }
        return j < s.count && s[j] == newline ? j + 1 - i : 0
    }

    /// cmark-gfm's `scan_table_start`, on a line without its ending.
    private static func isDelimiterRow(_ s: [UInt8]) -> Bool {
        var i = 0
        func skipSpaces() { while i < s.count, isSpace(s[i]) { i += 1 } }
        func marker() -> Bool {
            skipSpaces()
            if i < s.count, s[i] == colon { i += 1 }
            let dashes = i
            while i < s.count, s[i] == dash { i += 1 }
            guard i > dashes else { return false }
            if i < s.count, s[i] == colon { i += 1 }
            skipSpaces()
            return true
        }
        if i < s.count, s[i] == pipe { i += 1 }
        guard marker() else { return false }
        while i < s.count, s[i] == pipe {
            i += 1
            let afterPipe = i
            if !marker() {
                // A trailing pipe: only spaces may follow.
                i = afterPipe
                skipSpaces()
                return i == s.count
            }
        }
        skipSpaces()
        return i == s.count
    }

    private static func trimmed(_ bytes: [UInt8]) -> [UInt8] {
        // cmark_isspace: space, \t, \n, \v, \f, \r
        func isWhite(_ b: UInt8) -> Bool { b == 0x20 || (0x09...0x0D).contains(b) }
        guard let first = bytes.firstIndex(where: { !isWhite($0) }),
              let last = bytes.lastIndex(where: { !isWhite($0) }) else { return [] }
        return Array(bytes[first...last])
    }
}
