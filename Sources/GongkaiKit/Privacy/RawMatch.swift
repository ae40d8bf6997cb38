/// A match as the scanners find it: byte offsets into the scanned text, the masked rendering and
/// the normalised value the allow-list is checked against. Internal only: `allowKey` is the raw
/// value and never leaves the scanner.
struct RawMatch {
    var kind: PersonalDataKind
    var range: Range<Int>
    var masked: String
    /// Digits in ASCII with `X` for the check character (mobiles without their country prefix),
    /// or the lower-cased e-mail address.
    var allowKey: String
}
