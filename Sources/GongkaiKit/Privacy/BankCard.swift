/// What makes a run of digits a payment card number (银行卡号).
///
/// 16 to 19 digits with a valid Luhn check digit, starting the way issued cards start (ISO/IEC
/// 7812 issuer numbers): 3 (JCB and other networks), 4 (Visa), 5 (Mastercard), 6 (UnionPay 62,
/// Discover), 9 (older domestic cards such as 9558, 9559) or the Mastercard 2-series 2221–2720.
/// That leaves out the numbers a bureau publishes that merely pass Luhn by chance — case and
/// serial numbers that start with a year (`2026…`), codes starting with 0, 1, 7 or 8 — an
/// all-digit 统一社会信用代码 (see `CreditCode`), and 18 digits whose last is the resident ID's
/// MOD 11-2 check of the others: that is an ID (or, with an impossible birth date or region, a
/// made-up or mistyped one), not a card. One 18-digit card in 11 passes that check too and is
/// missed; 16- and 19-digit cards, the usual ones, are not affected.
///
/// Grouping (`DigitRunMatcher.isCardShape`): the whole number unbroken, or a first group of 4
/// (how cards are printed) or 6 digits (the issuer number), then groups of 4, and a last group of
/// any length — `6222 0212 3456 7890`, `6228 4800 1234 5678 901`, `622848 0012345678901`.
enum BankCard {
    static func isCardNumber(_ d: [UInt8]) -> Bool {
        (16...19).contains(d.count) && hasIssuerPrefix(d) && Luhn.isValid(d) && !CreditCode.isValid(digits: d)
            && !ResidentID.hasValidCheck(d)
    }

    private static func hasIssuerPrefix(_ d: [UInt8]) -> Bool {
        switch d[0] {
        case 3, 4, 5, 6, 9:
            return true
        case 2:
            let prefix = Int(d[0]) * 1000 + Int(d[1]) * 100 + Int(d[2]) * 10 + Int(d[3])
            return (2221...2720).contains(prefix)
        default:
            return false
        }
    }
}
