/// Reads comma-separated values as RFC 4180 describes them: fields in double quotes may hold
/// commas, line breaks and doubled quotes (`""`); records end at LF, CRLF or CR.
///
/// Lenient where the RFC is silent, because editors type these by hand: spaces around a field
/// are trimmed (quote a field to keep them), a stray character after a closing quote is kept,
/// an unclosed quote runs to the end of the text, and blank lines are skipped.
enum CSVParser {
    static func records(in text: String) -> [[String]] {
        let s = Array(text.unicodeScalars)
        var records: [[String]] = []
        var i = 0
        while i < s.count {
            var record: [String] = []
            var blank = true
            while true {
                let (value, next, quoted) = field(in: s, from: i)
                if quoted || !value.isEmpty { blank = false }
                record.append(value)
                i = next
                if i < s.count, s[i] == "," {
                    blank = false
                    i += 1
                    continue
                }
                if i < s.count {  // a line ending
                    i += (s[i] == "\r" && i + 1 < s.count && s[i + 1] == "\n") ? 2 : 1
                }
                break
            }
            if !blank { records.append(record) }
        }
        return records
    }

    /// One field starting at `start`; returns it, the index of the comma, line ending or end
    /// that follows it, and whether it was quoted.
    private static func field(in s: [Unicode.Scalar], from start: Int) -> (String, Int, Bool) {
        var j = start
        while j < s.count, s[j] == " " || s[j] == "\t" { j += 1 }
        var value = String.UnicodeScalarView()
        guard j < s.count, s[j] == "\"" else {
            j = start
            while j < s.count, s[j] != ",", !isLineEnd(s[j]) {
                value.append(s[j])
                j += 1
            }
            return (trimmed(String(value)), j, false)
        }
        j += 1
        while j < s.count {
            if s[j] == "\"" {
                if j + 1 < s.count, s[j + 1] == "\"" {
                    value.append("\"")
                    j += 2
                    continue
                }
                j += 1
                break
            }
            value.append(s[j])
            j += 1
        }
        var rest = String.UnicodeScalarView()
        while j < s.count, s[j] != ",", !isLineEnd(s[j]) {
            rest.append(s[j])
            j += 1
        }
        return (String(value) + trimmed(String(rest)), j, true)
    }

    private static func isLineEnd(_ c: Unicode.Scalar) -> Bool { c == "\n" || c == "\r" }

    private static func trimmed(_ s: String) -> String {
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return String(scalars[first...last])
    }
}
