/// How the final personal-data guard reads a file about to be written into the public edition.
/// Every type a build writes is named here; a file of any other type is not written (default
/// deny), because a guard that skips what it cannot read is no guard.
enum OutputFileType: Sendable, Equatable {
    /// HTML, XML, SVG, Atom: the text between tags, each attribute value, comments, scripts.
    case markup
    /// JavaScript and JSON: every string literal decoded, and everything between them as written.
    case script
    /// CSS, CSV, plain text: read as written.
    case plain
    /// Images and fonts of a theme: no text a reader sees.
    case opaque
    /// A PDF printed from a page of this edition, which the guard read before it was printed.
    case printedPage

    /// The type of the file at `path` (relative to the output, `public/…`), or nil when it is
    /// none gongkai can check.
    static func of(_ path: String) -> OutputFileType? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "html", "htm", "xhtml", "xml", "svg", "atom", "rss": return .markup
        case "js", "mjs", "json", "webmanifest", "map": return .script
        case "css", "csv", "tsv", "txt", "md": return .plain
        case "png", "jpg", "jpeg", "gif", "webp", "avif", "ico", "woff", "woff2", "ttf", "otf": return .opaque
        case "pdf" where PrintPaths.isPrintedPDF(path): return .printedPage
        default: return nil
        }
    }

    /// The file types a theme's assets may have, for messages.
    static let assetSuffixes = [".css", ".js", ".json", ".svg", ".txt", ".png", ".jpg", ".gif", ".webp", ".ico",
                                ".woff2", ".woff", ".ttf", ".otf"]

    /// The extension of `path` as a reader would name it (`.exe`, or the whole name if it has none).
    static func suffix(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[dot...])
    }
}

/// The text of a file as its reader gets it: tags, quotes and escapes removed, entities decoded,
/// and a NUL byte wherever the reader sees two separate texts (two table cells, two attribute
/// values, two JSON strings), which no personal-data pattern crosses. Inline elements (`<strong>`,
/// `<a>`, `<code>`…) join their text to what surrounds it, so `138<strong>0013</strong>8000`
/// reads as the number it shows; `<br>` is a line break.
///
/// One forward pass, linear in the size of the file. `origin(of:)` maps an offset in the text
/// back to an offset in the file, for the line and column of a finding.
struct ReaderText {
    private(set) var bytes: [UInt8] = []
    /// Offsets (text, file) wherever the two stop moving together.
    private var origins: [(text: Int, file: Int)] = []

    /// `origins`: keep what `origin(of:)` needs. Reading is faster without; read again with it
    /// when a finding needs its position.
    static func of(_ file: ArraySlice<UInt8>, as type: OutputFileType, origins: Bool = false) -> ReaderText? {
        var r = ReaderText()
        r.base = file.startIndex
        r.tracksOrigins = origins
        r.bytes.reserveCapacity(file.count)
        switch type {
        case .markup: r.readMarkup(file, from: file.startIndex, to: file.endIndex)
        case .script: r.readScript(file, from: file.startIndex, to: file.endIndex)
        case .plain: r.copy(file, file.startIndex, file.endIndex)
        case .opaque, .printedPage: return nil
        }
        return r
    }

    /// The offset in the file (relative to the slice's start) that produced the text at `offset`;
    /// read with `origins: true`.
    func origin(of offset: Int) -> Int {
        var lo = 0, hi = origins.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if origins[mid].text <= offset { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return offset }
        let o = origins[lo - 1]
        return o.file + (offset - o.text)
    }

    // MARK: Building

    private var base = 0

    private mutating func mark(_ fileOffset: Int) {
        if tracksOrigins { origins.append((bytes.count, fileOffset - base)) }
    }

    /// Whether `origins` is kept: only when a finding needs a position (`of(_:as:origins:)`).
    private var tracksOrigins = false

    private mutating func boundary() {
        if bytes.last != 0 { bytes.append(0) }
    }

    private mutating func copy(_ file: ArraySlice<UInt8>, _ from: Int, _ to: Int) {
        guard from < to else { return }
        mark(from)
        bytes.append(contentsOf: file[from..<to])
    }

    private mutating func append(scalar v: UInt32) {
        guard let u = Unicode.Scalar(v) else { bytes.append(contentsOf: [0xEF, 0xBF, 0xBD]); return }
        UTF8.encode(u) { bytes.append($0) }
    }

    // MARK: Markup

    private static let inline: Set<UInt64> = Set([
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins",
        "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "tspan", "u",
        "var", "wbr",
    ].map { packed(Array($0.utf8)[...]) })
    private static let br = packed(Array("br".utf8)[...])
    private static let script = packed(Array("script".utf8)[...])
    private static let style = packed(Array("style".utf8)[...])

    /// A tag name of up to eight ASCII characters, lowercased, as one number (0 for longer names,
    /// which no element this reader treats apart has): compared without making a `String` of it.
    private static func packed(_ name: ArraySlice<UInt8>) -> UInt64 {
        guard name.count <= 8 else { return 0 }
        var v: UInt64 = 0
        for b in name { v = v << 8 | UInt64(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
        return v
    }

    private mutating func readMarkup(_ f: ArraySlice<UInt8>, from start: Int, to end: Int) {
        var p = start
        var run = p  // start of text not yet copied
        func starts(_ s: String, at i: Int) -> Bool {
            var j = i
            for c in s.utf8 {
                guard j < end, f[j] | (c >= 0x61 ? 0x20 : 0) == c else { return false }
                j += 1
            }
            return true
        }
        func find(_ s: String, from i: Int) -> Int? {
            var j = i
            while j < end {
                if f[j] == s.utf8.first!, starts(s, at: j) { return j }
                j += 1
            }
            return nil
        }
        while p < end {
            let b = f[p]
            if b == UInt8(ascii: "&") {
                if let (v, length) = Self.entity(f, at: p, end: end) {
                    copy(f, run, p)
                    mark(p)
                    append(scalar: v)
                    p += length
                    run = p
                    mark(p)
                    continue
                }
                p += 1
                continue
            }
            guard b == UInt8(ascii: "<"), p + 1 < end else { p += 1; continue }
            let next = f[p + 1]
            if starts("<!--", at: p) {
                copy(f, run, p)
                p = section(f, from: p + 4, closedBy: "-->", end: end, find: find, apart: true)
                run = p
            } else if starts("<![CDATA[", at: p) {
                copy(f, run, p)
                p = section(f, from: p + 9, closedBy: "]]>", end: end, find: find, apart: false)
                run = p
            } else if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
                copy(f, run, p)
                p = section(f, from: p + 2, closedBy: ">", end: end, find: find, apart: true)
                run = p
            } else if Self.isLetter(next) || (next == UInt8(ascii: "/") && p + 2 < end && Self.isLetter(f[p + 2])) {
                copy(f, run, p)
                let closing = next == UInt8(ascii: "/")
                var q = p + (closing ? 2 : 1)
                let nameStart = q
                while q < end, Self.isNameByte(f[q]) { q += 1 }
                let name = Self.packed(f[nameStart..<q])
                let inline = Self.inline.contains(name)
                if !inline { boundary() }
                if name == Self.br { bytes.append(0x0A) }
                // Attributes, each value its own text.
                var selfClosing = false
                while q < end, f[q] != UInt8(ascii: ">") {
                    let c = f[q]
                    if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                        let close = f[(q + 1)..<end].firstIndex(of: c) ?? end
                        boundary()
                        readAttribute(f, from: q + 1, to: close)
                        boundary()
                        q = min(end, close + 1)
                        continue
                    }
                    if c == UInt8(ascii: "=") {
                        // An unquoted value.
                        var v = q + 1
                        while v < end, f[v] == 0x20 || f[v] == 0x09 || f[v] == 0x0A { v += 1 }
                        if v < end, f[v] != UInt8(ascii: "\""), f[v] != UInt8(ascii: "'") {
                            var e = v
                            while e < end, !Self.endsUnquoted(f[e]) { e += 1 }
                            boundary()
                            readAttribute(f, from: v, to: e)
                            boundary()
                            q = e
                            continue
                        }
                    }
                    selfClosing = c == UInt8(ascii: "/")
                    q += 1
                }
                p = min(end, q + 1)
                run = p
                if !inline { boundary() }
                if !closing, !selfClosing, name == Self.script || name == Self.style {
                    let close = find(name == Self.script ? "</script" : "</style", from: p) ?? end
                    if name == Self.script {
                        readScript(f, from: p, to: close)
                    } else {
                        copy(f, p, close)
                    }
                    boundary()
                    p = close
                    run = p
                }
            } else {
                p += 1
            }
        }
        copy(f, run, end)
    }

    /// The text of a comment, CDATA section or declaration from `start` to `close` (or the end),
    /// as written; `apart`: as a text of its own. Returns where reading goes on, past `close`.
    private mutating func section(_ f: ArraySlice<UInt8>, from start: Int, closedBy close: String, end: Int,
                                  find: (String, Int) -> Int?, apart: Bool) -> Int {
        if apart { boundary() }
        let closing = find(close, start) ?? end
        copy(f, start, closing)
        if apart { boundary() }
        return min(end, closing + close.utf8.count)
    }

    /// An attribute value: entities decoded, nothing else.
    private mutating func readAttribute(_ f: ArraySlice<UInt8>, from start: Int, to end: Int) {
        var p = start, run = start
        while p < end {
            if f[p] == UInt8(ascii: "&"), let (v, length) = Self.entity(f, at: p, end: end) {
                copy(f, run, p)
                mark(p)
                append(scalar: v)
                p += length
                run = p
                mark(p)
            } else {
                p += 1
            }
        }
        copy(f, run, end)
    }

    private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }

    private static func isNameByte(_ b: UInt8) -> Bool {
        isLetter(b) || b &- 0x30 < 10 || b == UInt8(ascii: "-") || b == UInt8(ascii: ":") || b == UInt8(ascii: "_")
    }

    private static func endsUnquoted(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == UInt8(ascii: ">")
    }

    /// The named entities that stand for a digit, a space, a dash or an invisible character (what
    /// could hide a number), and the five every page uses. Any other named entity is left as
    /// written: it ends a digit run, as the character it stands for would.
    private static let named: [String: UInt32] = [
        "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0xA0, "ensp": 0x2002,
        "emsp": 0x2003, "emsp13": 0x2004, "emsp14": 0x2005, "numsp": 0x2007, "puncsp": 0x2008,
        "thinsp": 0x2009, "ThinSpace": 0x2009, "hairsp": 0x200A, "VeryThinSpace": 0x200A,
        "NegativeThinSpace": 0x200B, "ZeroWidthSpace": 0x200B, "zwnj": 0x200C, "zwj": 0x200D,
        "NoBreak": 0x2060, "shy": 0xAD, "hyphen": 0x2010, "dash": 0x2010, "ndash": 0x2013, "mdash": 0x2014,
        "minus": 0x2212, "middot": 0xB7, "centerdot": 0xB7, "CenterDot": 0xB7, "Tab": 0x09, "NewLine": 0x0A,
        "plus": 0x2B, "ast": 0x2A, "midast": 0x2A, "period": 0x2E, "comma": 0x2C, "colon": 0x3A,
        "MediumSpace": 0x205F, "nbhy": 0x2011,
    ]

    /// The character an entity at `p` stands for and the entity's length: `&#49;`, `&#x31;`,
    /// `&nbsp;`. The semicolon may be missing after a numeric entity, as browsers accept.
    private static func entity(_ f: ArraySlice<UInt8>, at p: Int, end: Int) -> (UInt32, Int)? {
        var q = p + 1
        guard q < end else { return nil }
        if f[q] == UInt8(ascii: "#") {
            q += 1
            var hex = false
            if q < end, f[q] | 0x20 == UInt8(ascii: "x") { hex = true; q += 1 }
            var v: UInt32 = 0, digits = 0
            while q < end {
                let b = f[q]
                let d: UInt32
                if b &- 0x30 < 10 { d = UInt32(b - 0x30) }
                else if hex, (b | 0x20) &- 0x61 < 6 { d = UInt32((b | 0x20) - 0x61 + 10) }
                else { break }
                if v < 0x110000 { v = v * (hex ? 16 : 10) + d }
                digits += 1
                q += 1
            }
            guard digits > 0 else { return nil }
            if q < end, f[q] == UInt8(ascii: ";") { q += 1 }
            return (v < 0x110000 ? v : 0xFFFD, q - p)
        }
        let nameStart = q
        while q < end, q - nameStart < 32, isLetter(f[q]) || f[q] &- 0x30 < 10 { q += 1 }
        guard q < end, f[q] == UInt8(ascii: ";"), q > nameStart,
              let v = named[String(decoding: f[nameStart..<q], as: UTF8.self)] else { return nil }
        return (v, q + 1 - p)
    }

    // MARK: Script

    /// JavaScript or JSON between `start` and `end`: each string literal decoded as its own text,
    /// everything else as written (numbers, comments, code).
    private mutating func readScript(_ f: ArraySlice<UInt8>, from start: Int, to end: Int) {
        var p = start, run = start
        while p < end {
            let quote = f[p]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") || quote == UInt8(ascii: "`") else {
                p += 1
                continue
            }
            copy(f, run, p)
            boundary()
            p += 1
            run = p
            mark(p)
            while p < end, f[p] != quote {
                // A quote or apostrophe that opens no string (in a comment) ends at the line's end.
                if f[p] == 0x0A && quote != UInt8(ascii: "`") { break }
                guard f[p] == UInt8(ascii: "\\"), p + 1 < end else {
                    bytes.append(f[p])
                    p += 1
                    continue
                }
                let (v, length) = Self.escape(f, at: p, end: end)
                if let v { append(scalar: v) }
                p += length
                mark(p)
            }
            boundary()
            p = min(end, p + 1)
            run = p
        }
        copy(f, run, end)
    }

    /// The character an escape at `p` (a backslash) stands for, nil for a line continuation, and
    /// the escape's length. A `\u` surrogate pair is read as the one character it encodes.
    private static func escape(_ f: ArraySlice<UInt8>, at p: Int, end: Int) -> (UInt32?, Int) {
        let c = f[p + 1]
        func hex(_ from: Int, _ count: Int) -> UInt32? {
            guard from + count <= end else { return nil }
            var v: UInt32 = 0
            for i in from..<(from + count) {
                let b = f[i] | 0x20
                if f[i] &- 0x30 < 10 { v = v * 16 + UInt32(f[i] - 0x30) }
                else if b &- 0x61 < 6 { v = v * 16 + UInt32(b - 0x61 + 10) }
                else { return nil }
            }
            return v
        }
        switch c {
        case UInt8(ascii: "n"): return (0x0A, 2)
        case UInt8(ascii: "t"): return (0x09, 2)
        case UInt8(ascii: "r"): return (0x0D, 2)
        case UInt8(ascii: "b"): return (0x08, 2)
        case UInt8(ascii: "f"): return (0x0C, 2)
        case UInt8(ascii: "v"): return (0x0B, 2)
        case UInt8(ascii: "0") where p + 2 >= end || f[p + 2] &- 0x30 >= 10: return (0, 2)
        case 0x0A: return (nil, 2)
        case UInt8(ascii: "x"):
            if let v = hex(p + 2, 2) { return (v, 4) }
        case UInt8(ascii: "u"):
            if p + 2 < end, f[p + 2] == UInt8(ascii: "{") {
                var q = p + 3
                var v: UInt32 = 0
                while q < end, q - p < 12, let d = hex(q, 1) { v = v &* 16 &+ d; q += 1 }
                if q < end, f[q] == UInt8(ascii: "}") { return (v < 0x110000 ? v : 0xFFFD, q + 1 - p) }
            } else if let high = hex(p + 2, 4) {
                if (0xD800..<0xDC00).contains(high), p + 12 <= end, f[p + 6] == UInt8(ascii: "\\"),
                   f[p + 7] == UInt8(ascii: "u"), let low = hex(p + 8, 4), (0xDC00..<0xE000).contains(low) {
                    return (0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00), 12)
                }
                return (high, 6)
            }
        default: break
        }
        // Any other escaped character stands for itself; read it as a whole scalar.
        var length = 1
        while p + 1 + length < end, f[p + 1 + length] & 0xC0 == 0x80 { length += 1 }
        let u = String(decoding: f[(p + 1)..<(p + 1 + length)], as: UTF8.self).unicodeScalars.first
        return (u?.value ?? 0xFFFD, 1 + length)
    }
}
