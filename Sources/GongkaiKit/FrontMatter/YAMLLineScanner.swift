/// The lines of a YAML text as one array of Unicode scalars, so that a column is an array offset
/// (no quadratic `String` indexing) and a Chinese character counts as one column.
///
/// Line breaks are `\n`, `\r\n` and a lone `\r`; a UTF-8 byte order mark at the very start is
/// dropped and does not count as a column. A final line break does not start another line.
/// The UTF-8 bytes are kept too, with the offset of each scalar, so that cutting text out of a
/// line is a copy of bytes rather than a scalar-by-scalar rebuild.
struct YAMLLineScanner {
    struct Line {
        /// Offsets into `scalars`, end exclusive, without the line break.
        var start: Int
        var end: Int
        /// The offset into `utf8` just past the line's last character.
        var utf8End: Int
        /// Spaces before the first other character.
        var leadingSpaces: Int
        /// Offset within the line of the first character that is neither a space nor a tab
        /// (the line length when there is none).
        var firstNonWhite: Int

        var length: Int { end - start }
        var isBlank: Bool { firstNonWhite == length }
    }

    let scalars: [Unicode.Scalar]
    let lines: [Line]
    /// Where a carriage return stood without a line feed after it (line, column, both 0-based):
    /// it still ends its line, as editors show it, but is refused as a control character.
    let loneCarriageReturns: [(line: Int, column: Int)]
    private let utf8: [UInt8]
    /// `utf8Offsets[k]`: where `scalars[k]` starts in `utf8`.
    private let utf8Offsets: [Int]

    init(_ text: String) {
        let utf8 = Array(text.utf8)
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        scalars.reserveCapacity(utf8.count)
        offsets.reserveCapacity(utf8.count)
        var lines: [Line] = []
        var loneCRs: [(line: Int, column: Int)] = []
        var lineStart = 0
        var b = utf8.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        func close(_ utf8End: Int) {
            lines.append(Self.measure(scalars, lineStart, scalars.count, utf8End))
            lineStart = scalars.count
        }
        while b < utf8.count {
            let lead = utf8[b]
            switch lead {
            case 0x0A:
                close(b)
                b += 1
            case 0x0D:
                let crlf = b + 1 < utf8.count && utf8[b + 1] == 0x0A
                if !crlf { loneCRs.append((lines.count, scalars.count - lineStart)) }
                close(b)
                b += crlf ? 2 : 1
            default:
                // `text` is a Swift String, so its UTF-8 is valid and every sequence is complete;
                // the `min` only keeps a broken promise from reading past the end.
                let width = min(lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4, utf8.count - b)
                var value = width == 1 ? UInt32(lead) : UInt32(lead) & (0xFF >> (width + 1))
                for k in 1..<width { value = value << 6 | UInt32(utf8[b + k] & 0x3F) }
                scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                offsets.append(b)
                b += width
            }
        }
        if lineStart < scalars.count { close(utf8.count) }
        self.scalars = scalars
        self.lines = lines
        self.loneCarriageReturns = loneCRs
        self.utf8 = utf8
        self.utf8Offsets = offsets
    }

    private static func measure(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, _ utf8End: Int) -> Line {
        var spaces = 0
        while start + spaces < end, scalars[start + spaces] == " " { spaces += 1 }
        var white = spaces
        while start + white < end, scalars[start + white] == " " || scalars[start + white] == "\t" {
            white += 1
        }
        return Line(start: start, end: end, utf8End: utf8End, leadingSpaces: spaces, firstNonWhite: white)
    }

    var count: Int { lines.count }

    /// The scalar at `column` (0-based) of line `line`, or nil past its end.
    func at(_ line: Int, _ column: Int) -> Unicode.Scalar? {
        let l = lines[line]
        return column >= 0 && column < l.length ? scalars[l.start + column] : nil
    }

    /// The text of line `line` from column `from` up to, not including, column `to`.
    func text(_ line: Int, _ from: Int, _ to: Int) -> String {
        let l = lines[line]
        guard from < to else { return "" }
        let start = utf8Offsets[l.start + from]
        let end = to < l.length ? utf8Offsets[l.start + to] : l.utf8End
        return String(decoding: utf8[start..<end], as: UTF8.self)
    }

    /// True when line `line` holds only spaces, tabs or a comment.
    func isBlankOrComment(_ line: Int) -> Bool {
        let l = lines[line]
        return l.isBlank || scalars[l.start + l.firstNonWhite] == "#"
    }
}

extension Unicode.Scalar {
    /// A space or a tab: what separates tokens on a line.
    var isYAMLWhite: Bool { self == " " || self == "\t" }

    /// Characters YAML does not allow anywhere: C0 and C1 controls other than tab, DEL, and the
    /// noncharacters U+FFFE and U+FFFF.
    var isYAMLControl: Bool {
        switch value {
        case 0x09: false
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: true
        default: false
        }
    }
}
