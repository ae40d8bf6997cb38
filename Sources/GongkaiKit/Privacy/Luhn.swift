/// The Luhn (mod 10) check that payment card numbers carry in their last digit.
enum Luhn {
    /// Digit values 0–9; from the right, every second digit is doubled (less 9 when over 9).
    static func isValid(_ digits: [UInt8]) -> Bool {
        guard !digits.isEmpty else { return false }
        var sum = 0
        for (i, d) in digits.reversed().enumerated() {
            var v = Int(d)
            if i % 2 == 1 {
                v *= 2
                if v > 9 { v -= 9 }
            }
            sum += v
        }
        return sum % 10 == 0
    }
}
