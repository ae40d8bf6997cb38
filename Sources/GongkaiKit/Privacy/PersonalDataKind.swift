/// The kinds of personal data gongkai refuses to publish (条例 Art. 15). Raw values are the
/// spelling used in diagnostic codes and reports (`privacy.resident-id`).
public enum PersonalDataKind: String, CaseIterable, Sendable, Hashable {
    /// 居民身份证号码, 18 characters (GB 11643-1999) with a valid MOD 11-2 check character.
    case residentID18 = "resident-id"
    /// The old 15-digit 居民身份证号码 (region, YYMMDD birth date, sequence).
    case residentID15 = "resident-id-15"
    /// A mainland mobile number, `1[3-9]` and nine more digits, optionally after +86.
    case mobile
    /// A payment card number: 16 to 19 digits passing the Luhn check, with an issuer's prefix.
    case bankCard = "bank-card"
    /// An e-mail address not on the site's allow-list.
    case email

    /// How a diagnostic names it: "resident id number", "mobile number" …
    public var noun: String {
        switch self {
        case .residentID18: "resident id number"
        case .residentID15: "15-digit resident id number"
        case .mobile: "mobile number"
        case .bankCard: "bank card number"
        case .email: "e-mail address"
        }
    }
}
