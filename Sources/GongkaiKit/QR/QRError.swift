/// Why a text cannot become a QR Code.
public enum QRError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text's UTF-8 bytes do not fit in a version 40 symbol at the level asked for.
    case textTooLong(byteCount: Int, level: QRErrorCorrection, capacity: Int)

    /// A lowercase message that says what went wrong and how to fix it.
    public var description: String {
        switch self {
        case let .textTooLong(byteCount, level, capacity):
            let fix = level == .l
                ? "shorten the text"
                : "shorten the text or choose a lower error-correction level"
            return "the text is \(grouped(byteCount)) bytes; a QR code at level \(level.rawValue) "
                + "holds at most \(grouped(capacity)) bytes; \(fix)"
        }
    }
}

/// `3200` → `3,200`, whatever the locale, so messages are the same on every machine.
private func grouped(_ number: Int) -> String {
    let digits = Array(String(number.magnitude))
    var out = number < 0 ? "-" : ""
    for (index, digit) in digits.enumerated() {
        if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
        out.append(digit)
    }
    return out
}
