/// A template's source as UTF-8 bytes, with what the parser needs to point at a place in it.
struct TemplateSource {
    let name: String
    let bytes: [UInt8]

    init(_ text: String, name: String) {
        self.name = name
        self.bytes = Array(text.utf8)
    }

    /// The 1-based line and column of a byte offset; columns count Unicode scalars.
    func position(of offset: Int) -> (line: Int, column: Int) {
        var cursor = Cursor()
        cursor.advance(to: offset, in: bytes)
        return (cursor.line, cursor.column)
    }

    func error(_ message: String, at offset: Int) -> TemplateError {
        let (line, column) = position(of: offset)
        return TemplateError(template: name, line: line, column: column, message: message)
    }

    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    func matches(_ needle: [UInt8], at offset: Int) -> Bool {
        guard offset + needle.count <= bytes.count else { return false }
        for (k, byte) in needle.enumerated() where bytes[offset + k] != byte { return false }
        return true
    }

    func firstOffset(of needle: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first else { return nil }
        var i = start
        while i + needle.count <= bytes.count {
            if bytes[i] == first, matches(needle, at: i) { return i }
            i += 1
        }
        return nil
    }
}

/// A line and column that moves forward through the source, so that positioning every token in
/// order costs one pass.
struct Cursor {
    private(set) var offset = 0
    private(set) var line = 1
    private(set) var column = 1

    mutating func advance(to target: Int, in bytes: [UInt8]) {
        while offset < min(target, bytes.count) {
            let byte = bytes[offset]
            if byte == ASCII.newline {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            offset += 1
        }
    }
}

/// The bytes the template grammar cares about.
enum ASCII {
    static let newline: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let tab: UInt8 = 0x09

    /// Space or tab: what may surround a standalone tag on its line.
    static func isBlank(_ byte: UInt8) -> Bool { byte == space || byte == tab }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || byte == tab || byte == newline || byte == carriageReturn
    }
}
