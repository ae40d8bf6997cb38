extension Diagnostic {
    /// The diagnostic with any personal number or address in its message or hint masked, so that
    /// quoting a wrong value (`found '13800138000'`) never puts personal data into logs or reports.
    public func maskingPersonalData(with scanner: PersonalDataScanner = PersonalDataScanner()) -> Diagnostic {
        var d = self
        d.message = scanner.mask(message)
        d.hint = hint.map(scanner.mask)
        return d
    }
}
