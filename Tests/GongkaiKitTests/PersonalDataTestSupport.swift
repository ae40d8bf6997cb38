@testable import GongkaiKit

/// Independent reference implementations of the checks the scanner relies on, so the tests do not
/// grade the scanner with its own arithmetic.
enum Reference {
    /// ISO 7064 MOD 11-2 by its recursive definition: the character that makes the running
    /// value, taken through all 18 positions, equal 1 mod 11.
    static func idCheckCharacter(_ first17: String) -> Character {
        var p = 0
        for c in first17 { p = (p + c.wholeNumberValue!) * 2 % 11 }
        let check = (12 - p) % 11
        return check == 10 ? "X" : Character(String(check))
    }

    /// The 18-character ID for a region, birth date (YYYYMMDD) and sequence.
    static func residentID(region: String = "110105", birth: String, sequence: String) -> String {
        let body = region + birth + sequence
        return body + String(idCheckCharacter(body))
    }

    /// Luhn, counting positions from the left by the number's parity.
    static func luhnCheckDigit(_ body: String) -> Character {
        let digits = body.map { $0.wholeNumberValue! }
        var sum = 0
        for (i, d) in digits.enumerated() {
            let doubled = (digits.count - i) % 2 == 1
            sum += doubled ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d
        }
        return Character(String((10 - sum % 10) % 10))
    }

    static func isLuhnValid(_ number: String) -> Bool {
        luhnCheckDigit(String(number.dropLast())) == number.last
    }

    static func card(_ body: String) -> String { body + String(luhnCheckDigit(body)) }

    /// A card number as issuers hand them out: 16–19 digits, Luhn, an ISO/IEC 7812 issuer prefix
    /// (3, 4, 5, 6, 9 or 2221–2720), and not an all-digit credit code nor 18 digits ending in
    /// their own ID check character.
    static func isCard(_ number: String) -> Bool {
        guard (16...19).contains(number.count), isLuhnValid(number) else { return false }
        let issuer = "34569".contains(number.first!) || (2221...2720).contains(Int(number.prefix(4))!)
        return issuer && !(number.count == 18 && (isCreditCode(number)
            || idCheckCharacter(String(number.prefix(17))) == number.last!))
    }

    /// Province-level codes of GB/T 2260 (31 mainland provinces), then 71 Taiwan and the codes of
    /// residence permits for Hong Kong, Macao and Taiwan residents.
    static let mainlandProvinces = ["11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35",
                                    "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54",
                                    "61", "62", "63", "64", "65"]
    static let provinces = mainlandProvinces + ["71", "81", "82", "83"]

    /// GB 32100 check of an all-digit 18-character credit code, by its definition: weights 3^i mod 31.
    static func isCreditCode(_ code: String) -> Bool {
        let v = code.map { $0.wholeNumberValue! }
        var sum = 0, w = 1
        for i in 0..<17 {
            sum += v[i] * w
            w = w * 3 % 31
        }
        return (31 - sum % 31) % 31 == v[17]
    }

    static func isValidID18(_ id: String) -> Bool {
        let c = Array(id)
        guard c.count == 18, provinces.contains(String(c[..<2])) else { return false }
        let year = Int(String(c[6..<10]))!, month = Int(String(c[10..<12]))!, day = Int(String(c[12..<14]))!
        guard (1900...2100).contains(year), isDate(year, month, day) else { return false }
        return idCheckCharacter(String(c[..<17])) == Character(c[17].uppercased())
    }

    static func isDate(_ y: Int, _ m: Int, _ d: Int) -> Bool {
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return (1...12).contains(m) && (1...days[m - 1]).contains(d)
    }

    /// Full-width digits and `Ｘ` for ASCII ones.
    static func fullWidth(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { u in
            switch u {
            case "0"..."9": Unicode.Scalar(u.value - 0x30 + 0xFF10)!
            case "X": "Ｘ"
            case "x": "ｘ"
            default: u
            }
        }))
    }
}

extension PersonalDataScanner {
    /// The matched substrings (test-only: the library never hands out raw values).
    func found(_ text: String) -> [String] {
        scan(text).map { String(text.unicodeScalars[$0.range]) }
    }

    func kinds(_ text: String) -> [PersonalDataKind] { scan(text).map(\.kind) }
}
