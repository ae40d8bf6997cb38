/// 文号 such as 示民发〔2026〕12号: an issuer abbreviation, the year in 六角括号 〔〕, a serial, 号.
enum DocNumber {
    static func isWellFormed(_ s: String) -> Bool {
        guard let open = s.firstIndex(of: "〔"), let close = s.firstIndex(of: "〕"), open < close,
              s.hasSuffix("号") else { return false }
        let year = s[s.index(after: open)..<close]
        let serial = s[s.index(after: close)..<s.index(before: s.endIndex)]
        return year.count == 4 && year.allSatisfy(\.isASCII) && year.allSatisfy(\.isNumber)
            && !serial.isEmpty && serial.allSatisfy(\.isASCII) && serial.allSatisfy(\.isNumber)
    }

    /// The same number with the brackets people often type instead of 〔〕 (`[2026]`, `(2026)`,
    /// `【2026】`, `（2026）`, `〈2026〉`) replaced, when that makes it well-formed.
    static func suggestion(for s: String) -> String? {
        let pairs: [(Character, Character)] = [("[", "]"), ("(", ")"), ("【", "】"), ("（", "）"), ("〈", "〉"), ("［", "］")]
        var t = s
        for (o, c) in pairs {
            t = String(t.map { $0 == o ? "〔" : ($0 == c ? "〕" : $0) })
        }
        if !t.hasSuffix("号") { t += "号" }
        return t != s && isWellFormed(t) ? t : nil
    }
}
