/// The state of one parse: the lines, the current line, the diagnostics so far, and the
/// indentation of every open mapping and sequence (for messages about misplaced lines).
///
/// Block structure is read here; keys, scalars, `|` blocks and `[ ]` lists in the extensions.
/// Every step either consumes a line or stops, so no input can make it loop forever, and nesting
/// is capped at `YAMLParser.maxDepth` so that no input can exhaust the stack.
struct YAMLReader {
    /// A problem has been reported; skip the rest of the entry it is in and go on.
    struct Recoverable: Error {}
    /// A problem has been reported after which the structure cannot be followed; stop.
    struct Abort: Error {}

    /// What a value looked like, for the message about a line indented deeper than allowed.
    enum Shape {
        /// Given on the line of its key or dash (a scalar, a `[ ]` list, a `|` block, or nothing).
        case inline
        /// A mapping or sequence on the lines below, at this indentation.
        case mapping(Int)
        case sequence(Int)
        /// A scalar alone on the line below its key, at this indentation.
        case scalarLine(Int)
        /// The entry had an error and was skipped.
        case skipped
    }

    let src: YAMLLineScanner
    let path: String
    let firstLine: Int
    /// The line being read.
    var i = 0
    var diagnostics: [Diagnostic] = []
    var levels: [Int] = []
    /// Whether an entry was skipped after a problem, or an invisible character was found: the
    /// tree then lacks or hides what the file says, and its fields are not checked.
    var skippedEntries = false
    /// Whether a double-quoted escape may stand for a control character (`"\e"`, `"\u202E"`).
    /// Content never may; only the emitter's round trip, which writes them so, reads them back.
    let allowsControlEscapes: Bool

    init(_ src: YAMLLineScanner, path: String, firstLine: Int, allowsControlEscapes: Bool = false) {
        self.src = src
        self.path = path
        self.firstLine = firstLine
        self.allowsControlEscapes = allowsControlEscapes
    }

    // MARK: Reporting

    func location(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(path: path, line: firstLine + line, column: column + 1)
    }

    mutating func report(_ problem: FrontMatterProblem, _ line: Int, _ column: Int) {
        diagnostics.append(problem.diagnostic(at: location(line, column)))
    }

    /// Reports a problem confined to the current entry and skips the entry.
    mutating func recover(_ problem: FrontMatterProblem, _ line: Int, _ column: Int) throws -> Never {
        report(problem, line, column)
        skippedEntries = true
        throw Recoverable()
    }

    /// Reports a problem the reader cannot get past and stops.
    mutating func abort(_ problem: FrontMatterProblem, _ line: Int, _ column: Int) throws -> Never {
        report(problem, line, column)
        throw Abort()
    }

    // MARK: Document

    mutating func readDocument() -> YAMLNode? {
        reportControlCharacters()
        do {
            guard let indent = try peek() else {
                return YAMLNode(.mapping([]), location: location(0, 0))
            }
            let root = try readMapping(indent: indent, depth: 1)
            if let spaces = try peek() {
                try abort(.matchesNoLevel(spaces: spaces, levels: [indent]), i, spaces)
            }
            return root
        } catch {
            return nil
        }
    }

    /// Reports the first control or bidirectional control character of each line, and every
    /// carriage return that is not part of a CRLF line end, at its line and column.
    private mutating func reportControlCharacters() {
        var crs = src.loneCarriageReturns[...]
        for (n, line) in src.lines.enumerated() {
            for column in 0..<line.length {
                let s = src.scalars[line.start + column]
                if s.isYAMLControl {
                    skippedEntries = true
                    report(.controlCharacter(s), n, column)
                    break
                }
                if s.isBidiControl {
                    skippedEntries = true
                    report(.bidiControl(s), n, column)
                    break
                }
            }
            while let cr = crs.first, cr.line == n {
                skippedEntries = true
                report(.loneCarriageReturn, cr.line, cr.column)
                crs = crs.dropFirst()
            }
        }
    }

    // MARK: Lines

    /// Moves to the next line that is not blank or a comment and returns its indentation, or nil
    /// at the end. Such a line must not be indented with a tab, nor be a document marker.
    mutating func peek() throws -> Int? {
        while i < src.count {
            if src.isBlankOrComment(i) {
                i += 1
                continue
            }
            let line = src.lines[i]
            if line.firstNonWhite > line.leadingSpaces { try abort(.tab, i, line.leadingSpaces) }
            if src.at(i, line.leadingSpaces) == "\u{3000}" { try abort(.fullwidthSpaceIndent, i, line.leadingSpaces) }
            if line.leadingSpaces == 0, line.length >= 3, src.at(i, 3)?.isYAMLWhite ?? true {
                let start = (src.at(i, 0), src.at(i, 1), src.at(i, 2))
                if start == ("-", "-", "-") { try abort(.documentStart, i, 0) }
                if start == (".", ".", ".") { try abort(.documentEnd, i, 0) }
            }
            return line.leadingSpaces
        }
        return nil
    }

    /// Skips the lines of an entry that had an error: blank lines, comments and lines indented
    /// deeper than `indent`.
    mutating func skipDeeper(than indent: Int) {
        while i < src.count, src.isBlankOrComment(i) || src.lines[i].leadingSpaces > indent { i += 1 }
    }

    /// True when line `line` has a `- ` item at `column`.
    func isDash(_ line: Int, _ column: Int) -> Bool {
        src.at(line, column) == "-" && (src.at(line, column + 1)?.isYAMLWhite ?? true)
    }

    /// True when the text at `column` is a mapping entry rather than a scalar: it is the start
    /// of `key: value`, or it is plain text and the line below lines up with it and is one (so
    /// that a slip in its key, such as `url:x`, is reported as one).
    func startsMapping(_ line: Int, _ column: Int) -> Bool {
        if looksLikeEntry(line, column) { return true }
        guard let first = src.at(line, column), !"[{&*!|>%@`,]}#'\"".unicodeScalars.contains(first) else {
            return false
        }
        var n = line + 1
        while n < src.count, src.isBlankOrComment(n) { n += 1 }
        return n < src.count && src.lines[n].leadingSpaces == column && !isDash(n, column)
            && looksLikeEntry(n, column)
    }

    private mutating func checkDepth(_ depth: Int, _ column: Int) throws {
        if depth > YAMLParser.maxDepth { try abort(.tooDeep(limit: YAMLParser.maxDepth), i, column) }
    }

    // MARK: Block structure

    /// Reads a mapping whose first key is at column `indent` of the current line.
    mutating func readMapping(indent: Int, depth: Int) throws -> YAMLNode {
        try checkDepth(depth, indent)
        levels.append(indent)
        defer { levels.removeLast() }
        let start = location(i, indent)
        var pairs: [YAMLPair] = []
        var index: [String: Int] = [:]  // key → position in `pairs`, once there are many
        var lastKey = ""
        while true {
            let entryLine = i
            var shape = Shape.skipped
            do {
                let (pair, valueShape) = try readEntry(indent: indent, depth: depth)
                shape = valueShape
                lastKey = pair.key
                if let first = Self.find(pair.key, in: pairs, index: &index) {
                    diagnostics.append(FrontMatterProblem.duplicateKey(pair.key, firstLine: pairs[first].keyLocation.line)
                        .diagnostic(at: pair.keyLocation))
                } else {
                    pairs.append(pair)
                }
            } catch is Recoverable {
                i = max(i, entryLine + 1)
                skipDeeper(than: indent)
            }
            guard let spaces = try peek(), spaces >= indent else { break }
            if spaces > indent { try misplaced(spaces, after: shape, inMappingAt: indent, key: lastKey) }
        }
        return YAMLNode(.mapping(pairs), location: start)
    }

    /// The position of `key` in `pairs`: a linear search for the few keys of a typical mapping,
    /// a dictionary (kept up to date in `index`) for many.
    private static func find(_ key: String, in pairs: [YAMLPair], index: inout [String: Int]) -> Int? {
        if pairs.count < 32 { return pairs.firstIndex { $0.key == key } }
        for n in index.count..<pairs.count where index[pairs[n].key] == nil { index[pairs[n].key] = n }
        return index[key]
    }

    /// Reads a sequence whose first `-` is at column `indent` of the current line.
    mutating func readSequence(indent: Int, depth: Int) throws -> YAMLNode {
        try checkDepth(depth, indent)
        levels.append(indent)
        defer { levels.removeLast() }
        let start = location(i, indent)
        var items: [YAMLNode] = []
        while true {
            let itemLine = i
            var shape = Shape.skipped
            do {
                let (item, itemShape) = try readItem(indent: indent, depth: depth)
                items.append(item)
                shape = itemShape
            } catch is Recoverable {
                i = max(i, itemLine + 1)
                skipDeeper(than: indent)
            }
            guard let spaces = try peek(), spaces >= indent else { break }
            if spaces == indent {
                if isDash(i, indent) { continue }
                break
            }
            try misplaced(spaces, after: shape, inSequenceAt: indent)
        }
        return YAMLNode(.sequence(items), location: start)
    }

    /// Reads `key: value` at column `indent` of the current line.
    private mutating func readEntry(indent: Int, depth: Int) throws -> (YAMLPair, Shape) {
        let line = i
        let key = try readKey(line, indent)
        let (value, shape) = try readValue(line, after: key.colon + 1, indent: indent, inSequence: false, depth: depth)
        return (YAMLPair(key: key.text, keyLocation: location(line, indent), value: value), shape)
    }

    /// Reads `- item` whose dash is at column `indent` of the current line.
    private mutating func readItem(indent: Int, depth: Int) throws -> (YAMLNode, Shape) {
        let line = i
        var column = indent + 1
        var tab: Int?
        while let s = src.at(line, column), s.isYAMLWhite {
            if s == "\t", tab == nil { tab = column }
            column += 1
        }
        if let tab, let s = src.at(line, column), s != "#" { try recover(.tab, line, tab) }
        return try readValue(line, after: indent + 1, indent: indent, inSequence: true, depth: depth)
    }

    /// Reads the value after a key's `:` or an item's `-` (at column `after`), whose entry is at
    /// column `indent`: on the same line, on the lines below, or absent (null).
    private mutating func readValue(_ line: Int, after: Int, indent: Int, inSequence: Bool,
                                    depth: Int) throws -> (YAMLNode, Shape) {
        var column = after
        while let s = src.at(line, column), s.isYAMLWhite { column += 1 }
        if let s = src.at(line, column), s != "#" {
            if inSequence {
                if isDash(line, column) {
                    return (try readSequence(indent: column, depth: depth + 1), .sequence(column))
                }
                if startsMapping(line, column) {
                    return (try readMapping(indent: column, depth: depth + 1), .mapping(column))
                }
            }
            return (try readInline(line, column, parentIndent: indent), .inline)
        }
        let null = YAMLNode(.scalar(YAMLScalar("")), location: location(line, after))
        i = line + 1
        guard let spaces = try peek() else { return (null, .inline) }
        if spaces > indent {
            if isDash(i, spaces) { return (try readSequence(indent: spaces, depth: depth + 1), .sequence(spaces)) }
            if startsMapping(i, spaces) { return (try readMapping(indent: spaces, depth: depth + 1), .mapping(spaces)) }
            return (try readInline(i, spaces, parentIndent: indent), .scalarLine(spaces))
        }
        if spaces == indent, !inSequence, isDash(i, spaces) {
            return (try readSequence(indent: spaces, depth: depth + 1), .sequence(spaces))
        }
        return (null, .inline)
    }
}
