extension IndexFormat {
    /// True when the format numbers each year separately (`{year}` appears in it).
    var hasYear: Bool {
        pieces.contains { if case .year = $0 { true } else { false } }
    }

    /// The widest serial the format allows, if it fixes a width.
    var serialWidth: Int? {
        for case let .serial(width) in pieces { return width }
        return nil
    }

    /// The year and serial of `index` read with this format, ignoring the serial's width, so that a
    /// hand-typed `…/2026-37` still counts as taken. Nil when the literal parts do not match.
    func yearAndSerial(of index: String) -> (year: Int?, serial: Int)? {
        var s = Substring(index)
        var year: Int?
        var serial: Int?
        for piece in pieces {
            switch piece {
            case let .literal(text):
                guard s.hasPrefix(text) else { return nil }
                s = s.dropFirst(text.count)
            case .year:
                let digits = s.prefix(4)
                guard digits.count == 4, let y = Int(digits), digits.allSatisfy(\.isASCII) else { return nil }
                year = y
                s = s.dropFirst(4)
            case .serial:
                let digits = s.prefix { $0.isASCII && $0.isNumber }
                guard !digits.isEmpty, digits.count <= 12, let n = Int(digits) else { return nil }
                serial = n
                s = s.dropFirst(digits.count)
            }
        }
        guard s.isEmpty, let serial else { return nil }
        return (year, serial)
    }
}
