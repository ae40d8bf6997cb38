/// cmark's `_scan_dangerous_url`: in safe mode a link or image whose URL starts (ignoring ASCII
/// case) with `javascript:`, `vbscript:`, `file:` or `data:` gets an empty URL, except the image
/// types `data:image/png`, `data:image/gif`, `data:image/jpeg` and `data:image/webp`.
enum DangerousURL {
    static func matches(_ url: String) -> Bool {
        let bytes = Array(url.utf8.prefix(16))
        if safeData.contains(where: { hasPrefix(bytes, $0) }) { return false }
        return schemes.contains { hasPrefix(bytes, $0) }
    }

    private static let safeData = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
    private static let schemes = ["javascript:", "vbscript:", "file:", "data:"]

    private static func hasPrefix(_ bytes: [UInt8], _ prefix: String) -> Bool {
        let p = Array(prefix.utf8)
        guard bytes.count >= p.count else { return false }
        return zip(bytes, p).allSatisfy { lowercased($0) == $1 }
    }

    private static func lowercased(_ b: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(b) ? b + 32 : b
    }
}
