/// Percent-encoding of the paths gongkai puts after a base URL in feeds and sitemaps.
enum URLPath {
    /// `path` with every byte that RFC 3986 does not allow in a path (`pchar` and `/`) written as
    /// `%XX` of its UTF-8 bytes: `series/低保.html` → `series/%E4%BD%8E%E4%BF%9D.html`.
    /// `%` itself is encoded too, so the result never reads as something else.
    static func encode(_ path: String) -> String {
        var out = ""
        out.reserveCapacity(path.utf8.count)
        for b in path.utf8 {
            if allowed(b) {
                out.unicodeScalars.append(Unicode.Scalar(b))
            } else {
                out += "%" + String(hexDigits[Int(b >> 4)]) + String(hexDigits[Int(b & 0xF)])
            }
        }
        return out
    }

    private static let hexDigits = Array("0123456789ABCDEF")

    /// unreserved / sub-delims / ":" / "@" / "/" (RFC 3986, 3.3).
    private static func allowed(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "-._~!$&'()*+,;=:@/".utf8.contains(b)
        }
    }
}
