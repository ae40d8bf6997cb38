/// Builds the values the print templates see, on top of the web's `ContextBuilder` (the keys are
/// documented in themes/README.md, "Print edition").
struct PrintContext: Sendable {
    let web: ContextBuilder
    let counts: [BoardAction: Int]

    var edition: Edition { web.edition }
    func t(_ key: String) -> String { web.t(key) }

    /// The `board` object every print page gets.
    func board() -> TemplateValue {
        let asOf = web.asOf
        return web.object([
            "name": .string(t("print_board_\(edition.rawValue)")),
            "lookbackDays": .int(BoardSchedule.lookbackDays),
            "asOfWeekday": .string(t("print_weekday_\(asOf.weekday)")),
            "checklistURL": .string(PrintPaths.checklist),
            "posterURL": .string(PrintPaths.poster),
            "postCount": .int(counts[.post] ?? 0),
            "keepCount": .int(counts[.keep] ?? 0),
            "takeDownCount": .int(counts[.takeDown] ?? 0),
            "onBoardCount": .int((counts[.post] ?? 0) + (counts[.keep] ?? 0)),
        ])
    }

    /// The absolute URL of an item's online page, the one its QR codes carry.
    func onlineURL(_ item: Item) -> String { web.baseURL + Paths.item(item.id) }

    /// The QR code to an item's online page as inline SVG.
    func qr(_ item: Item) throws -> String {
        let url = onlineURL(item)
        do {
            return try QRCode(url, level: .m).svg(title: "\(t("print_qr_caption"))\(t("print_colon"))\(url)")
        } catch {
            throw RenderFailure(message: "\(item.path): no QR code for \(url): \(error)")
        }
    }

    /// A posting window: dates and a ready-made line of text.
    func window(_ entry: BoardEntry) -> TemplateValue {
        let w = entry.window, item = entry.item.item
        let from = web.date(w.first)
        let open = t(item.timing == .periodic ? "print_window_until-next" : "print_window_open")
        let text = w.last.map { "\(from) \(t("posting_to")) \(web.date($0))" }
            ?? "\(from)\(t("print_window_since"))\(open)"
        return web.object([
            "from": .string(w.first.description), "fromText": .string(from),
            "to": w.last.map { .string($0.description) } ?? .null,
            "toText": w.last.map { .string(web.date($0)) } ?? .null,
            "isOpen": .bool(w.last == nil),
            "openText": w.last == nil ? .string(open) : .null,
            "label": .string(t(item.timing == .adHoc ? "field_posting" : "print_window")),
            "text": .string(text),
        ])
    }

    func action(_ a: BoardAction) -> TemplateValue {
        web.object([
            "id": .string(a.rawValue), "name": .string(t("print_\(a.rawValue)")),
            "isPost": .bool(a == .post), "isKeep": .bool(a == .keep), "isTakeDown": .bool(a == .takeDown),
        ])
    }

    /// An entry of the checklist or the poster: the item's list fields and its place on the board.
    func entry(_ e: BoardEntry, qr: Bool) throws -> TemplateValue {
        let item = e.item.item
        var fields = web.summary(e.item)
        fields["window"] = window(e)
        fields["action"] = action(e.action)
        fields["sheetURL"] = .string(PrintPaths.sheet(item.id))
        fields["largeURL"] = .string(PrintPaths.largeSheet(item.id))
        fields["excerpt"] = .string(Self.excerpt(of: item))
        if e.action == .takeDown {
            fields["reason"] = .string(t("status_\(e.item.status.rawValue)"))
        }
        if qr {
            fields["qr"] = .string(try self.qr(item))
            fields["qrURL"] = .string(onlineURL(item))
        }
        return web.object(fields)
    }

    /// The `sheet` object of a sheet page.
    func sheet(_ e: BoardEntry, large: Bool) throws -> TemplateValue {
        let item = e.item.item
        let left = item.index.map { "\(t("field_index"))\(t("print_colon"))\($0)" } ?? ""
        return web.object([
            "large": .bool(large),
            "action": action(e.action),
            "isTakeDown": .bool(e.action == .takeDown),
            "reason": e.action == .takeDown ? .string(t("status_\(e.item.status.rawValue)")) : .null,
            "window": window(e),
            "qr": .string(try qr(item)),
            "qrURL": .string(onlineURL(item)),
            "standardURL": .string(PrintPaths.sheet(item.id)),
            "largeURL": .string(PrintPaths.largeSheet(item.id)),
            "marginLeft": .string(CSSString.literal(left)),
            "marginRight": .string(CSSString.literal("\(web.config.organ) \(t("print_board_\(edition.rawValue)"))")),
        ])
    }

    /// A short text for the poster: the same excerpt feeds use (never a withheld passage).
    static func excerpt(of item: Item, limit: Int = 90) -> String {
        Excerpt.of(item, limit: limit)
    }
}
