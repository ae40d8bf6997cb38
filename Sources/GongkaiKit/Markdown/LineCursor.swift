/// Walks a source line the way cmark's block parser does (bytes and tab-expanded columns, tab
/// stops every 4 columns, tabs consumed partially) to cut container prefixes off it.
struct LineCursor {
    let text: ArraySlice<UInt8>
    private(set) var index: Int
    private(set) var column = 0

    init(_ text: ArraySlice<UInt8>) {
        self.text = text
        index = text.startIndex
    }

    /// The rest of the line from the first non-space character.
    var content: ArraySlice<UInt8> { text[firstNonSpace.index...] }

    /// Columns of spaces and tabs before the next other character.
    var indent: Int { firstNonSpace.column - column }

    var firstNonSpace: (index: Int, column: Int) {
        var i = index
        var col = column
        while i < text.endIndex, text[i] == 0x20 || text[i] == 0x09 {
            col += text[i] == 0x09 ? 4 - col % 4 : 1
            i += 1
        }
        return (i, col)
    }

    func peek(at i: Int) -> UInt8? { i < text.endIndex ? text[i] : nil }

    /// cmark's `S_advance_offset` by columns: a tab wider than what is left stays, partly used.
    mutating func advance(columns: Int) {
        var n = columns
        while n > 0, index < text.endIndex {
            if text[index] == 0x09 {
                let toTab = 4 - column % 4
                if toTab > n {
                    column += n
                    return
                }
                column += toTab
                n -= toTab
            } else {
                column += 1
                n -= 1
            }
            index += 1
        }
    }

    /// Advance by characters, as cmark's `S_advance_offset` with `columns` false.
    mutating func advance(bytes: Int) {
        for _ in 0..<bytes where index < text.endIndex {
            column += text[index] == 0x09 ? 4 - column % 4 : 1
            index += 1
        }
    }

    /// Consumes the prefixes of `containers` (outermost first) on line `number`. False if one is
    /// missing: the line is a lazy continuation line.
    mutating func consume(_ containers: [ContainerPrefix], onLine number: Int) -> Bool {
        for container in containers {
            switch container {
            case .blockQuote:
                let first = firstNonSpace
                guard first.column - column <= 3, peek(at: first.index) == UInt8(ascii: ">") else { return false }
                advance(columns: first.column - column + 1)
                if let b = peek(at: index), b == 0x20 || b == 0x09 { advance(columns: 1) }
            case .item(let startLine, let width):
                guard startLine == number || indent >= width else { return false }
                advance(columns: width)
            }
        }
        return true
    }
}
