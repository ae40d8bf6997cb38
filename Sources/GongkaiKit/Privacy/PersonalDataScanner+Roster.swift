extension PersonalDataScanner {
    /// The header cells of a `kind: roster` CSV table that are not among the columns the site
    /// allows (`privacy.roster-columns`), in the order they appear. Cells are compared with the
    /// white space around them trimmed; the problem cells are returned as written.
    public static func rosterColumnProblems(header: [String], allowed: [String]) -> [String] {
        let permitted = Set(allowed.map(trimmed))
        return header.filter { !permitted.contains(trimmed($0)) }
    }

    private static func trimmed(_ s: String) -> String {
        let scalars = s.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
