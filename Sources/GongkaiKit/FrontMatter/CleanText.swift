/// The invisible characters gongkai refuses in content, wherever they come from: typed into
/// front matter, written as an escape in double quotes, or pasted into the body.
///
/// - Control characters: C0 other than tab and line feed (a carriage return only as part of a
///   CRLF line end), DEL, and C1 (U+0080–U+009F). They show as nothing or as garbage, and some
///   (U+001B) drive terminals.
/// - Bidirectional controls: the embeddings and overrides U+202A–U+202E, the isolates
///   U+2066–U+2069, and the marks U+200E, U+200F and U+061C. They make text show in an order
///   other than the one it is stored in, so what an editor reads is not what gets published.
extension Unicode.Scalar {
    /// A control character that may not appear in text (tab and line feed may).
    var isForbiddenControl: Bool {
        switch value {
        case 0x09, 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F: true
        default: false
        }
    }

    /// A character that changes the direction text is shown in.
    var isBidiControl: Bool {
        switch value {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        default: false
        }
    }
}

extension String {
    /// The text with every forbidden control and bidirectional control written as `<U+001B>`,
    /// so that a message quoting what an editor typed never prints the character itself.
    var withInvisiblesNamed: String {
        guard unicodeScalars.contains(where: { $0.isForbiddenControl || $0.isBidiControl }) else { return self }
        var out = String.UnicodeScalarView()
        for s in unicodeScalars {
            if s.isForbiddenControl || s.isBidiControl {
                out.append(contentsOf: "<\(s.codePoint)>".unicodeScalars)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }
}
