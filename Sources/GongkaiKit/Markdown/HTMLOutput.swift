/// A growing UTF-8 buffer with the escaping rules of cmark's HTML renderer (houdini), so that
/// gongkai's output is byte-for-byte cmark's.
struct HTMLOutput {
    private(set) var bytes: [UInt8] = []

    var string: String { String(decoding: bytes, as: UTF8.self) }

    mutating func write(_ s: String) {
        bytes.append(contentsOf: s.utf8)
    }

    /// cmark's `cr()`: a newline unless the output is empty or already ends with one.
    mutating func newlineIfNeeded() {
        if let last = bytes.last, last != 0x0A { bytes.append(0x0A) }
    }

    /// `houdini_escape_html0` without secure mode: `&`, `<`, `>` and `"` become entities.
    mutating func writeEscaped(_ s: String) {
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "&"): write("&amp;")
            case UInt8(ascii: "<"): write("&lt;")
            case UInt8(ascii: ">"): write("&gt;")
            case UInt8(ascii: "\""): write("&quot;")
            default: bytes.append(b)
            }
        }
    }

    /// `houdini_escape_href`: URL characters pass (including `%`, so existing escapes survive),
    /// `&` and `'` become entities, every other byte becomes `%XX`.
    mutating func writeEscapedURL(_ s: String) {
        for b in s.utf8 {
            if Self.isURLSafe(b) {
                bytes.append(b)
            } else if b == UInt8(ascii: "&") {
                write("&amp;")
            } else if b == UInt8(ascii: "'") {
                write("&#x27;")
            } else {
                bytes.append(UInt8(ascii: "%"))
                bytes.append(Self.hexDigits[Int(b >> 4)])
                bytes.append(Self.hexDigits[Int(b & 0x0F)])
            }
        }
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// houdini's `HREF_SAFE` table (cmark 0.30): ASCII letters and digits and `-_.+!*(),%#@?=;:/$~`.
    private static func isURLSafe(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return Self.urlPunctuation.contains(b)
        }
    }

    private static let urlPunctuation = Set("-_.+!*(),%#@?=;:/$~".utf8)
}
