/// The supervision findings as JSON, in `site/report.json` and `gongkai check --format json`:
///
/// ```json
/// { "red": 1, "yellow": 2,
///   "findings": [ { "card": "red", "code": "supervision.series-overdue", "message": "…",
///                   "path": "content/items/2026/x.md", "line": 9, "column": 9 } ] }
/// ```
/// `path`, `line` and `column` are null for a finding about the site as a whole; `message` is
/// in `language`.
public enum SupervisionJSON {
    public static func value(_ findings: [Finding], language: Language) -> JSONValue {
        .object([
            ("red", .int(findings.filter { $0.card == .red }.count)),
            ("yellow", .int(findings.filter { $0.card == .yellow }.count)),
            ("findings", .array(findings.map { f in
                .object([
                    ("card", .string(f.card.rawValue)),
                    ("code", .string(f.code)),
                    ("message", .string(f.message(in: language))),
                    ("path", .optional(f.location?.path)),
                    ("line", f.location.map { .int($0.line) } ?? .null),
                    ("column", f.location.map { .int($0.column) } ?? .null),
                ])
            })),
        ])
    }
}
