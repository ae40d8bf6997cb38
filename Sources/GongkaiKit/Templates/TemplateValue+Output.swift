extension TemplateValue {
    /// Appends the value as an interpolation shows it: strings as they are, numbers as Swift prints
    /// them (a double by its shortest round-tripping form, without `.0` when integral), booleans
    /// as `true`/`false`; null, lists and objects (shared or not) as nothing.
    ///
    /// `escaped` replaces `&` `<` `>` `"` by entities, which is what the Mustache spec asks; `'` is
    /// left alone, so templates quote attributes with `"`.
    func write(to output: inout String, escaped: Bool) {
        switch self {
        case .string(let s): escaped ? Self.appendEscaped(s, to: &output) : output.append(s)
        case .int(let i): output.append(String(i))
        case .double(let d): output.append(Self.format(d))
        case .bool(let b): output.append(b ? "true" : "false")
        case .null, .list, .object, .shared: break
        }
    }

    static func format(_ d: Double) -> String {
        // Swift prints the shortest form that reads back as the same double: `1.21`, `100.0`, `1e+16`.
        if d == 0 { return "0" }
        var text = d.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    static func appendEscaped(_ s: String, to output: inout String) {
        let utf8 = s.utf8
        guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) else {
            output.append(s)
            return
        }
        var start = utf8.startIndex
        var i = start
        while i < utf8.endIndex {
            let entity: String
            switch utf8[i] {
            case 0x26: entity = "&amp;"
            case 0x3C: entity = "&lt;"
            case 0x3E: entity = "&gt;"
            case 0x22: entity = "&quot;"
            default:
                i = utf8.index(after: i)
                continue
            }
            output.append(contentsOf: s[start..<i])
            output.append(entity)
            i = utf8.index(after: i)
            start = i
        }
        output.append(contentsOf: s[start...])
    }
}
