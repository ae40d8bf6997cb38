/// cmark's seventh kind of HTML block start: a line holding one complete open or closing tag and
/// nothing else (`<span class="x">`, `</b>`). Unlike the other kinds it cannot interrupt a
/// paragraph, so it matters only where a paragraph has ended, as after a table.
enum HTMLTagLine {
    static func matches(_ line: ArraySlice<UInt8>) -> Bool {
        let s = Array(line)
        var i = 0
        guard s.first == UInt8(ascii: "<") else { return false }
        i = 1
        let closing = i < s.count && s[i] == UInt8(ascii: "/")
        if closing { i += 1 }
        guard name(s, &i, first: isLetter, rest: { isLetter($0) || isDigit($0) || $0 == UInt8(ascii: "-") }) else {
            return false
        }
        if !closing {
            while attribute(s, &i) {}
        }
        skip(s, &i, while: isSpace)
        if !closing, i < s.count, s[i] == UInt8(ascii: "/") { i += 1 }
        guard i < s.count, s[i] == UInt8(ascii: ">") else { return false }
        i += 1
        skip(s, &i) { $0 == 0x20 || $0 == 0x09 || $0 == 0x0C }
        return i == s.count
    }

    /// `spacechar+ attributename (spacechar* = spacechar* value)?`; leaves `i` alone if absent.
    private static func attribute(_ s: [UInt8], _ i: inout Int) -> Bool {
        var j = i
        let spaceStart = j
        skip(s, &j, while: isSpace)
        guard j > spaceStart, name(s, &j, first: { isLetter($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ":") },
                                   rest: { isLetter($0) || isDigit($0) || Array(":._-".utf8).contains($0) }) else {
            return false
        }
        i = j
        var k = j
        skip(s, &k, while: isSpace)
        guard k < s.count, s[k] == UInt8(ascii: "=") else { return true }
        k += 1
        skip(s, &k, while: isSpace)
        guard k < s.count else { return true }
        let quote = s[k]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            guard let end = s[(k + 1)...].firstIndex(of: quote) else { return true }
            i = end + 1
        } else {
            let start = k
            skip(s, &k) { !isSpace($0) && !Array("\"'=<>`".utf8).contains($0) && $0 != 0 }
            if k > start { i = k }
        }
        return true
    }

    private static func name(_ s: [UInt8], _ i: inout Int, first: (UInt8) -> Bool, rest: (UInt8) -> Bool) -> Bool {
        guard i < s.count, first(s[i]) else { return false }
        i += 1
        skip(s, &i, while: rest)
        return true
    }

    private static func skip(_ s: [UInt8], _ i: inout Int, while accept: (UInt8) -> Bool) {
        while i < s.count, accept(s[i]) { i += 1 }
    }

    private static func isLetter(_ b: UInt8) -> Bool { (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) }
    private static func isDigit(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) }
    /// cmark's `spacechar` in these scanners: space, tab, line endings, vertical tab, form feed.
    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (0x09...0x0D).contains(b) }
}
