extension YAMLNode {
    /// YAML text that `YAMLParser.parse` reads back to an equal tree, locations aside.
    ///
    /// Mappings and sequences are written as blocks indented by two spaces (`[]` and `{}` when
    /// empty); scalars keep their style where it reads back to the same text and are
    /// double-quoted otherwise, so `"2026"`, `": "`, `"#x"` and text with leading spaces survive.
    /// A plain null scalar is written as nothing after the colon. Only a mapping at the root
    /// parses back: front matter is always a mapping.
    public func emitted() -> String {
        var out = ""
        switch value {
        case .mapping(let pairs): Self.writeMapping(pairs, indent: 0, continuing: false, into: &out)
        case .sequence(let items): Self.writeSequence(items, indent: 0, continuing: false, into: &out)
        case .scalar(let scalar): out = (scalar.inlineEmission ?? scalar.literalBlock(indent: 0)) + "\n"
        }
        return out
    }

    /// Writes entries at column `indent`; when `continuing`, the first goes on the current line
    /// (after `- `).
    private static func writeMapping(_ pairs: [YAMLPair], indent: Int, continuing: Bool, into out: inout String) {
        for (n, pair) in pairs.enumerated() {
            if n > 0 || !continuing { out += String(repeating: " ", count: indent) }
            out += YAMLScalar.emittedKey(pair.key) + ":"
            writeValue(pair.value, entryIndent: indent, afterDash: false, into: &out)
        }
    }

    private static func writeSequence(_ items: [YAMLNode], indent: Int, continuing: Bool, into out: inout String) {
        for (n, item) in items.enumerated() {
            if n > 0 || !continuing { out += String(repeating: " ", count: indent) }
            out += "-"
            writeValue(item, entryIndent: indent, afterDash: true, into: &out)
        }
    }

    /// Writes what follows `key:` or `-` for an entry at column `entryIndent`.
    private static func writeValue(_ node: YAMLNode, entryIndent: Int, afterDash: Bool, into out: inout String) {
        switch node.value {
        case .scalar(let scalar):
            if scalar.style == .plain, scalar.text.isEmpty {
                out += "\n"
            } else if let inline = scalar.inlineEmission {
                out += " " + inline + "\n"
            } else {
                out += " " + scalar.literalBlock(indent: entryIndent)
            }
        case .mapping(let pairs) where pairs.isEmpty:
            out += " {}\n"
        case .sequence(let items) where items.isEmpty:
            out += " []\n"
        case .mapping(let pairs):
            out += afterDash ? " " : "\n"
            writeMapping(pairs, indent: entryIndent + 2, continuing: afterDash, into: &out)
        case .sequence(let items):
            out += afterDash ? " " : "\n"
            writeSequence(items, indent: entryIndent + 2, continuing: afterDash, into: &out)
        }
    }
}
