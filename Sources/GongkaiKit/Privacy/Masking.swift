/// How each kind of personal data is rendered when the policy is `mask`.
///
/// Digits are rendered in ASCII (full-width input included) and the check character as `X`.
/// Every rendering borders its visible digits with at least four `*`, which is how the scanner
/// recognises a value that is already masked, so masking twice changes nothing.
enum Masking {
    /// `110105********1234`: region code and the last four characters stay (keep 6, mask 8, keep 4).
    static func residentID18(_ v: [UInt8]) -> String {
        text(v[..<6]) + String(repeating: "*", count: 8) + text(v[14...])
    }

    /// `110105*****1234` (keep 6, mask 5, keep 4).
    static func residentID15(_ v: [UInt8]) -> String {
        text(v[..<6]) + String(repeating: "*", count: 5) + text(v[11...])
    }

    /// `138****1234`, or `+86 138****1234` with the country prefix as written (`+86`, `86`, `0086`).
    static func mobile(_ national: [UInt8], prefix: String?) -> String {
        let number = text(national[..<3]) + "****" + text(national[7...])
        return prefix.map { "\($0) \(number)" } ?? number
    }

    /// The first and last four digits stay, in groups of four: `6222 **** **** 1234`. For 17–19
    /// digits the 9–11 hidden digits are shown as a short group between two groups of four
    /// (`6222 **** *** **** 1234` for 19), so the number of stars is the number of hidden digits
    /// and each visible group touches `****`.
    static func bankCard(_ v: [UInt8]) -> String {
        let hidden = v.count - 8
        var middle = ["****"]
        if hidden > 8 { middle.append(String(repeating: "*", count: hidden - 8)) }
        middle.append("****")
        return ([text(v[..<4])] + middle + [text(v[(v.count - 4)...])]).joined(separator: " ")
    }

    /// `z***@example.com`: the first character of the local part, then the domain.
    static func email(local: String, domain: String) -> String {
        "\(local.prefix(1))***@\(domain)"
    }

    private static func text(_ v: ArraySlice<UInt8>) -> String {
        String(decoding: v.map { $0 == 10 ? UInt8(ascii: "X") : $0 + 0x30 }, as: UTF8.self)
    }
}
