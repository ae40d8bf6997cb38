extension Diagnostic {
    /// The diagnostic with any personal number or address in its words masked, so that quoting a
    /// wrong value (`found '13800138000'`) never puts personal data into logs or reports. The
    /// words are written when asked for, in either language, so the masking is applied then.
    public func maskingPersonalData() -> Diagnostic {
        var d = self
        d.masksPersonalData = true
        return d
    }
}
