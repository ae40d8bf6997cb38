/// A JSON value whose objects keep their keys in the order given, so output is deterministic and
/// reads in a sensible order.
public indirect enum JSONValue: Sendable, Equatable {
    case null, bool(Bool), int(Int), string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])
    /// A value already written by `serialized(atDepth:)`, inserted as it is at that depth.
    case written(String)

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized() == b.serialized() }

    /// Pretty-printed with two-space indentation and a final newline; non-ASCII kept as UTF-8;
    /// `<`, `>` and `&` in strings written as `\u003c`, `\u003e`, `\u0026`.
    public func serialized() -> String {
        var out = ""
        write(into: &out, indent: 0)
        out.append("\n")
        return out
    }

    /// This value as `serialized()` writes it nested `depth` levels deep, to be inserted there
    /// later (so that a long-running process can keep the text of parts that did not change).
    public func serialized(atDepth depth: Int) -> String {
        var out = ""
        write(into: &out, indent: depth)
        return out
    }

    private static let indents = (0..<12).map { String(repeating: "  ", count: $0) }

    private static func indent(_ n: Int) -> String { n < indents.count ? indents[n] : String(repeating: "  ", count: n) }

    private func write(into out: inout String, indent: Int) {
        switch self {
        case .null: out += "null"
        case let .bool(b): out += b ? "true" : "false"
        case let .int(i): out += String(i)
        case let .string(s): JSONValue.quote(s, into: &out)
        case let .written(text): out += text
        case let .array(items):
            if items.isEmpty { out += "[]"; return }
            out += "[\n"
            for (n, item) in items.enumerated() {
                out += JSONValue.indent(indent + 1)
                item.write(into: &out, indent: indent + 1)
                out += n + 1 < items.count ? ",\n" : "\n"
            }
            out += JSONValue.indent(indent) + "]"
        case let .object(fields):
            if fields.isEmpty { out += "{}"; return }
            out += "{\n"
            for (n, (key, value)) in fields.enumerated() {
                out += JSONValue.indent(indent + 1)
                JSONValue.quote(key, into: &out)
                out += ": "
                value.write(into: &out, indent: indent + 1)
                out += n + 1 < fields.count ? ",\n" : "\n"
            }
            out += JSONValue.indent(indent) + "}"
        }
    }

    static func quote(_ s: String, into out: inout String) {
        out.append("\"")
        var s = s
        s.withUTF8 { bytes in
            // Runs that need no escape are appended whole.
            var start = 0, i = 0
            func flush(upTo end: Int) {
                if end > start { out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)) }
            }
            while i < bytes.count {
                let b = bytes[i]
                let escape: String?
                var width = 1
                switch b {
                case 0x22: escape = "\\\""
                case 0x5C: escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                // As Go's encoding/json: data files stay inert if a page ever inlines them.
                case 0x3C: escape = "\\u003c"
                case 0x3E: escape = "\\u003e"
                case 0x26: escape = "\\u0026"
                case 0..<0x20:
                    let hex = String(b, radix: 16)
                    escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    // U+2028 and U+2029 end a line in JavaScript.
                    escape = bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    width = 3
                default: escape = nil
                }
                if let escape {
                    flush(upTo: i)
                    out += escape
                    i += width
                    start = i
                } else {
                    i += 1
                }
            }
            flush(upTo: bytes.count)
        }
        out.append("\"")
    }
}

extension JSONValue {
    /// A string, or null when absent.
    static func optional(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
}
