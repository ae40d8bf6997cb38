/// The machine-readable form of a build's outcome (`--format json`). Codes are stable; messages
/// and hints are in `language`.
public enum DiagnosticJSON {
    public static func summary(_ s: BuildSummary, diagnostics: [Diagnostic], asOf: LocalDate, command: String,
                               language: Language) -> String {
        JSONValue.object([
            ("command", .string(command)),
            ("as_of", .string(asOf.description)),
            ("files_read", .int(s.filesRead)),
            ("items_valid", .int(s.itemsValid)),
            ("published", .int(s.published)),
            ("withheld", .int(s.withheld)),
            ("pages_written", .int(s.pagesWritten)),
            ("wrote_output", .bool(s.wroteOutput)),
            ("errors", .int(diagnostics.filter { $0.severity == .error }.count)),
            ("warnings", .int(diagnostics.filter { $0.severity == .warning }.count)),
            ("diagnostics", .array(diagnostics.map { BuildReport.entry($0, in: language) })),
            ("supervision", SupervisionJSON.value(s.findings, language: language)),
        ]).serialized().trimmingTrailingNewlines()
    }
}
