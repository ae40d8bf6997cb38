/// `site/report.json`: the machine-readable account of a build. Withheld items appear by path
/// and reason only, never by title or text.
struct BuildReport {
    let asOf: LocalDate
    let summary: BuildSummary
    let withheld: [WithheldItem]
    let diagnostics: [Diagnostic]
    let findings: [Finding]
    /// The language of the messages.
    let language: Language
    /// Texts made by earlier builds of a long-running process, by what they are made from.
    var memory: BuildMemory?

    func json() -> String {
        JSONValue.object([
            ("as_of", .string(asOf.description)),
            ("generator", .string(Gongkai.generator)),
            ("files_read", .int(summary.filesRead)),
            ("items_valid", .int(summary.itemsValid)),
            ("published", .int(summary.published)),
            ("pages_written", .int(summary.pagesWritten)),
            ("withheld", .array(withheld.sorted { $0.path < $1.path }.map(Self.entry))),
            ("diagnostics", .array(diagnostics.map { Self.entry($0, in: language) })),
            ("supervision", supervision()),
        ]).serialized()
    }

    /// The supervision object, kept by a long-running process while the findings stay the same
    /// (thousands of them on a large site, rarely changed by one edit).
    private func supervision() -> JSONValue {
        let make = { SupervisionJSON.value(findings, language: language) }
        guard let memory else { return make() }
        var key = Fingerprint("supervision")
        key.add(language.rawValue)
        key.add(findings.count)
        for f in findings {
            key.add(f.card.rawValue)
            key.add(f.code)
            key.add(f.message.zh)
            key.add(f.message.en)
            key.add(f.location?.path ?? "\u{0}")
            key.add(f.location?.line ?? -1)
            key.add(f.location?.column ?? -1)
        }
        return .written(memory.value(for: key) { make().serialized(atDepth: 1) })
    }

    static func entry(_ w: WithheldItem) -> JSONValue {
        var fields: [(String, JSONValue)] = [("path", .string(w.path))]
        switch w.reason {
        case .unapproved:
            fields.append(("reason", .string("unapproved")))
        case let .scheduled(date):
            fields.append(("reason", .string("scheduled")))
            fields.append(("published", .optional(date?.description)))
        case let .confidential(flags):
            fields.append(("reason", .string("confidential")))
            fields.append(("flags", .array(flags.map { .string($0.rawValue) })))
            fields.append(("legal_basis", .array(Array(Set(flags.map(\.legalBasis))).sorted().map(JSONValue.string))))
        case .internalOnly:
            fields.append(("reason", .string("internal")))
        }
        return .object(fields)
    }

    static func entry(_ raw: Diagnostic, in language: Language) -> JSONValue {
        let d = raw.maskingPersonalData()
        return .object([
            ("severity", .string(d.severity.rawValue)),
            ("code", .string(d.code)),
            ("message", .string(d.message(in: language))),
            ("path", .optional(d.location?.path)),
            ("line", d.location.map { .int($0.line) } ?? .null),
            ("column", d.location.map { .int($0.column) } ?? .null),
            ("hint", .optional(d.hint(in: language))),
        ])
    }
}
