/// The Markdown text as cmark reads it, as UTF-8 bytes split into lines, so that cmark's
/// positions (lines, and columns counted in bytes) can be turned back into text and into the
/// editor's columns (counted in Unicode scalars).
///
/// Like cmark, it drops a leading byte order mark, replaces NUL with U+FFFD and ends lines at
/// LF, CRLF or CR; doing it here keeps cmark's byte offsets and ours the same.
struct MarkdownSource {
    let bytes: [UInt8]
    private var lineStarts: [Int] = [0]
    private var lineEnds: [Int] = []

    init(_ text: String) {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.contains(0) {
            bytes = bytes.flatMap { $0 == 0 ? [0xEF, 0xBF, 0xBD] : [$0] }
        }
        self.bytes = bytes
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0A || b == 0x0D {
                lineEnds.append(i)
                i += (b == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A) ? 2 : 1
                lineStarts.append(i)
            } else {
                i += 1
            }
        }
        lineEnds.append(bytes.count)
    }

    var lineCount: Int { lineStarts.count }

    /// Line `number` (1-based) without its line ending; empty outside the text.
    func line(_ number: Int) -> ArraySlice<UInt8> {
        guard number >= 1, number <= lineStarts.count else { return [] }
        return bytes[lineStarts[number - 1]..<lineEnds[number - 1]]
    }

    /// The column, counted in Unicode scalars, of cmark's 1-based byte column on a line.
    func scalarColumn(line number: Int, byteColumn: Int) -> Int {
        let text = line(number)
        let end = text.startIndex + min(max(byteColumn - 1, 0), text.count)
        return text[text.startIndex..<end].reduce(1) { count, byte in
            byte & 0xC0 == 0x80 ? count : count + 1
        }
    }

    /// A block position from cmark's line and byte column.
    func position(line: Int, byteColumn: Int) -> MarkdownSourcePosition {
        MarkdownSourcePosition(line: max(line, 1), column: scalarColumn(line: line, byteColumn: byteColumn))
    }
}
