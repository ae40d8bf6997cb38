/// `--format gitlab`: diagnostics and supervision cards as a GitLab Code Quality report (a JSON
/// array of issues with `description`, `check_name`, `fingerprint`, `severity` and
/// `location.path` / `location.lines.begin`), so a merge request shows them beside the lines they
/// are about. Errors and red cards are `critical`, warnings and yellow cards `minor`, notes `info`.
/// A finding about the whole site (no file) is placed on `content/site.yaml`, line 1.
public enum CodeQualityReport {
    public static func text(diagnostics: [Diagnostic], findings: [Finding], language: Language) -> String {
        var issues: [JSONValue] = []
        for d in diagnostics {
            let severity = d.severity == .error ? "critical" : d.severity == .warning ? "minor" : "info"
            let message = d.messageWithHint(in: language)
            issues.append(issue(code: d.code, message: message, severity: severity, at: d.location))
        }
        for f in findings {
            issues.append(issue(code: f.code, message: f.message(in: language),
                                severity: f.card == .red ? "critical" : "minor", at: f.location))
        }
        return JSONValue.array(issues).serialized().trimmingTrailingNewlines()
    }

    private static func issue(code: String, message: String, severity: String, at location: SourceLocation?) -> JSONValue {
        let path = location?.path ?? "content/site.yaml"
        let line = location?.line ?? 1
        // Stable across runs for the same problem at the same place, different for any other.
        let identity = [code, path, String(line), String(location?.column ?? 1), message].joined(separator: "\u{0}")
        let fingerprint = String(SHA256.hex(identity).prefix(32))
        return .object([
            ("description", .string(message)),
            ("check_name", .string(code)),
            ("fingerprint", .string(fingerprint)),
            ("severity", .string(severity)),
            ("location", .object([("path", .string(path)), ("lines", .object([("begin", .int(line))]))])),
        ])
    }
}
