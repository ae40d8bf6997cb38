/// The text of an item that search looks in, besides its title and 索引号: what the item's page in
/// that edition shows a reader, as one line of plain text.
///
/// The page's metadata first (内容概述, 主题词, 文号, 承办股室, and a guide's conditions and
/// materials or a power's basis and subject), then the body. The body is the document's plain text
/// with every withheld passage left out of the public edition, exactly as the page leaves it out;
/// the internal edition's page shows the passage, so its text is searched there. A withdrawn item's
/// page has no body, and neither has its search text.
///
/// Whitespace runs (line ends, ideographic spaces) collapse to one space; where two fields,
/// blocks or cells would put digits side by side, `PlainTextJoin` keeps them apart. The body
/// keeps its first `bodyLimit` characters: the start of a disclosure names what it is about, and
/// the cap keeps the index small (see themes/README.md, "Search", for the measurement behind the
/// number).
enum SearchText {
    static let bodyLimit = 500

    static func of(_ cleared: ClearedItem, bodyLimit: Int = bodyLimit) -> String {
        let item = cleared.item
        var parts: [String] = [item.summary, item.keywords.isEmpty ? nil : item.keywords.joined(separator: "、"),
                               item.docNumber, item.department].compactMap { $0 }
        if cleared.status != .withdrawn {
            if let g = item.guide { parts += g.conditions + g.materials }
            if let p = item.power { parts += [p.basis, p.subject].compactMap { $0 } }
        }
        var text = collapse(PlainTextJoin.join(parts, separator: " "))
        if cleared.status != .withdrawn {
            let body = collapse(bodyText(item.document, edition: cleared.edition), limit: bodyLimit)
            if !body.isEmpty {
                text += text.isEmpty ? body : PlainTextJoin.separator(between: text, and: body, otherwise: " ") + body
            }
        }
        return text
    }

    /// The body as the edition's page shows it, in plain text.
    static func bodyText(_ document: MarkdownDocument, edition: Edition) -> String {
        var lines: [String] = []
        for block in document.blocks {
            if case let .codeBlock(info, literal, _) = block, WithheldPassage.isWithheld(info: info) {
                if edition == .internal { lines.append(MarkdownDocument(parsing: literal).plainText) }
            } else {
                lines.append(MarkdownDocument(blocks: [block]).plainText)
            }
        }
        return PlainTextJoin.join(lines, separator: "\n")
    }

    /// Every run of whitespace as one space, none at either end; at most `limit` characters
    /// (Unicode scalars) are kept.
    static func collapse(_ s: String, limit: Int = .max) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(min(s.utf8.count, limit == .max ? .max : limit * 4))
        var kept = 0
        var pendingSpace = false
        for u in s.unicodeScalars {
            if isWhitespace(u) {
                pendingSpace = kept > 0
                continue
            }
            if pendingSpace {
                if kept == limit { break }
                out.append(0x20)
                kept += 1
                pendingSpace = false
            }
            if kept == limit { break }
            UTF8.encode(u) { out.append($0) }
            kept += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Unicode's White_Space property, spelt out: asking the property table per scalar is slow.
    private static func isWhitespace(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
