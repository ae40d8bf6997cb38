/// The organ's own published contact details (`privacy.allow` in site.yaml), which are not
/// personal data wherever they appear.
///
/// Entries are compared after normalisation: e-mail addresses (anything with `@` or `＠`)
/// case-insensitively; everything else by its digits alone, full-width digits read as ASCII and
/// a check character as `X`, so `0571-00000000` also allows `0571 00000000`. A mobile number is
/// allowed with or without its `+86`/`86`/`0086` prefix.
struct PersonalDataAllowList: Sendable, Hashable {
    private var keys: Set<String> = []

    init(_ entries: [String]) {
        for entry in entries {
            if entry.contains("@") || entry.contains("＠") {
                keys.insert(Self.email(entry))
                continue
            }
            let digits = Self.digits(entry)
            guard !digits.isEmpty else { continue }
            keys.insert(digits)
            for prefix in ["86", "0086"] where digits.hasPrefix(prefix) && digits.count == prefix.count + 11 {
                keys.insert(String(digits.dropFirst(prefix.count)))
            }
        }
    }

    func allows(_ match: RawMatch) -> Bool { keys.contains(match.allowKey) }

    /// The entry's digits in ASCII, with `X`/`x` (either width) kept as `X`.
    private static func digits(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u.value {
            case 0x30...0x39: out.unicodeScalars.append(u)
            case 0xFF10...0xFF19: out.unicodeScalars.append(Unicode.Scalar(u.value - 0xFF10 + 0x30)!)
            case _ where DigitRun.isCheckX(u.value): out += "X"
            default: break
            }
        }
        return out
    }

    /// The address without white space, with `＠` as `@`, lower-cased.
    private static func email(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars where !u.properties.isWhitespace {
            out.append(u == "＠" ? "@" : u)
        }
        return String(out).lowercased()
    }
}
