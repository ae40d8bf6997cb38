/// Text for the XML files gongkai writes (Atom feeds, sitemaps).
enum XMLText {
    /// `s` with `&`, `<`, `>`, `"` and `'` escaped, for element content and attribute values
    /// alike. Characters XML 1.0 does not allow anywhere (C0 controls other than tab, line feed
    /// and carriage return; U+FFFE and U+FFFF) are dropped, so any content gives a well-formed file.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(u)
            default:
                if u.value < 0x20 || u.value == 0xFFFE || u.value == 0xFFFF { continue }
                out.unicodeScalars.append(u)
            }
        }
        return out
    }
}
