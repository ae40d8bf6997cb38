/// A content file as read from disk: its site-relative path, its text and the hash of its bytes.
public struct SourceFile: Sendable {
    public var path: String
    public var text: String
    public var sha256: String

    public init(path: String, text: String, sha256: String? = nil) {
        self.path = path
        self.text = text
        self.sha256 = sha256 ?? SHA256.hex(text)
    }

    /// Decodes `bytes` as UTF-8, or reports where the first invalid byte sits.
    public static func decode(path: String, bytes: [UInt8]) -> (SourceFile?, Diagnostic?) {
        if let text = String(validating: bytes, as: UTF8.self) {
            return (SourceFile(path: path, text: text, sha256: SHA256.hex(bytes)), nil)
        }
        // Find the first invalid sequence for the diagnostic.
        var line = 1, column = 1, i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length = b < 0x80 ? 1 : b >> 5 == 0b110 ? 2 : b >> 4 == 0b1110 ? 3 : b >> 3 == 0b11110 ? 4 : 0
            if length == 0 || i + length > bytes.count
                || String(validating: bytes[i..<i + length], as: UTF8.self) == nil { break }
            if b == 0x0A { line += 1; column = 1 } else { column += 1 }
            i += length
        }
        let d = Diagnostic(.error, "source.not-utf8", .output(.notUTF8(byte: bytes[min(i, bytes.count - 1)])),
                           at: SourceLocation(path: path, line: line, column: column), hint: .saveAsUTF8)
        return (nil, d)
    }
}
