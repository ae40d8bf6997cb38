/// Applies the site's personal-data policy to everything the public edition will print: with
/// `policy: error` every match is a build error showing only the masked value; with `policy: mask`
/// the public edition gets the masked text instead. Rosters are also held to `roster-columns`.
struct PrivacyGate {
    let policy: PrivacyPolicy
    let scanner: PersonalDataScanner

    /// The organ's own contact channels in site.yaml's `feedback` are public by definition and
    /// join `privacy.allow`.
    init(config: SiteConfig) {
        policy = config.privacy
        let f = config.feedback
        scanner = PersonalDataScanner(allow: config.privacy.allow
            + [f.phone, f.email, f.supervisionPhone].compactMap { $0 })
    }

    /// Errors for the items of the public edition (none for `mask`, except roster columns).
    /// `memory`: findings of earlier builds of a long-running process, by what they are made
    /// from (the item, its status, and `salt`, site.yaml's fingerprint, which holds the policy).
    func check(_ cleared: [ClearedItem], memory: BuildMemory? = nil, salt: Fingerprint = Fingerprint()) -> [Diagnostic] {
        let gate = self
        return ParallelMap.map(cleared) { c -> [Diagnostic] in
            guard let memory else { return gate.check(c) }
            return memory.value(for: c.key("privacy", salt: salt)) { gate.check(c) }
        }.flatMap { $0 }
    }

    private func check(_ c: ClearedItem) -> [Diagnostic] {
        var out = rosterProblems(c.item)
        guard policy.policy == .error else { return out }
        for (key, text) in Self.fields(of: c.item, withdrawn: c.status == .withdrawn) {
            for m in scanner.scan(text) {
                out.append(problem(m, field: key, at: c.item.location(of: key)))
            }
        }
        // Entries of a list are reported where they are written.
        var entries: [(String, String, SourceLocation?)] = c.item.responses.map { ("responses", $0.question, $0.location) }
        if c.status != .withdrawn { entries += c.item.attachments.map { ("attachments", $0.title, $0.titleLocation) } }
        for (key, text, location) in entries {
            for m in scanner.scan(text) {
                out.append(problem(m, field: key, at: location ?? c.item.location(of: key)))
            }
        }
        if c.status != .withdrawn { out += bodyProblems(c.item) }
        return out
    }

    /// Matches in the body, read twice: as written (the Markdown source, at the match's own line
    /// and column) and as its reader will see it (`MarkdownDocument.textRuns`: markup, escapes and
    /// entities gone, so `138**0013**8000` or `&#49;38…` is the number it shows, reported at its
    /// block). A number both readings find is reported once.
    private func bodyProblems(_ item: Item) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var seen = Set<String>()
        let body = Self.publicBody(of: item)
        for m in scanner.scan(body) {
            seen.insert(m.value(in: body))
            out.append(problem(m, field: nil, at: m.location(in: item.path, lineOffset: item.bodyFirstLine - 1)))
        }
        for run in Self.publicDocument(of: item).textRuns {
            for m in scanner.scan(run.text) where seen.insert(m.value(in: run.text)).inserted {
                out.append(problem(m, field: nil, at: run.position.location(in: item.path, lineOffset: item.bodyFirstLine - 1)))
            }
        }
        return out
    }

    /// The document as the public edition shows it: without its withheld passages.
    static func publicDocument(of item: Item) -> MarkdownDocument {
        MarkdownDocument(blocks: item.document.blocks.filter { !$0.isWithheldFence })
    }

    /// `field`: the front-matter key the match is in, or nil for the body.
    private func problem(_ m: PersonalDataMatch, field: String?, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, "privacy.personal-data", .output(.personalData(m.kind, masked: m.masked, field: field)),
                   at: location, hint: .maskPersonalData, mayQuoteSource: false)
    }

    /// The CSV tables of a roster may only have the columns site.yaml allows.
    private func rosterProblems(_ item: Item) -> [Diagnostic] {
        guard item.kind == .roster, !policy.rosterColumns.isEmpty else { return [] }
        return item.document.allBlocks.compactMap { block in
            guard case let .csvTable(table, at) = block else { return nil }
            let extra = PersonalDataScanner.rosterColumnProblems(header: table.header, allowed: policy.rosterColumns)
            guard !extra.isEmpty else { return nil }
            return Diagnostic(.error, "privacy.roster-column", .output(.rosterColumns(extra)),
                              at: at.location(in: item.path, lineOffset: item.bodyFirstLine - 1),
                              hint: .allowedRosterColumns(policy.rosterColumns))
        }
    }

    /// The body as the public edition shows it: withheld passages blanked, line numbers kept.
    static func publicBody(of item: Item) -> String {
        let passages = item.document.withheldPassages
        guard !passages.isEmpty else { return item.body }
        var body = item.body
        for p in passages {
            let blank = String(p.markdown.map { $0 == "\n" ? "\n" : " " })
            body = body.replacingOccurrences(of: p.markdown, with: blank)
        }
        return body
    }

    /// Every text field the public edition prints, by its front-matter key, except response
    /// questions and attachment titles, which `check` reads with their own locations.
    static func fields(of item: Item, withdrawn: Bool) -> [(String, String)] {
        var out: [(String, String?)] = [
            ("title", item.title), ("summary", item.summary), ("doc-number", item.docNumber),
            ("department", item.department), ("genre", item.genre), ("repeal-reason", item.repealReason),
            ("withdraw-reason", item.withdrawReason),
        ]
        out += item.keywords.map { ("keywords", $0) }
        out += item.changes.map { ("changes", $0.note) }
        // Response questions and attachment titles: `check` reports them at their own line.
        out += item.responses.map { ("responses", $0.answer) }
        if let d = item.decision { out.append(("hearing", d.hearing)) }
        if let p = item.power {
            out += [("code", p.code), ("basis", p.basis), ("subject", p.subject), ("handler", p.handler),
                    ("legal-limit", p.legalLimit), ("promised-limit", p.promisedLimit), ("fee", p.fee),
                    ("accountability", p.accountability), ("supervision-phone", p.supervisionPhone)]
            out += p.steps.flatMap { [("steps", $0.name), ("steps", $0.role), ("steps", $0.limit)] }
        }
        if let g = item.guide {
            out += g.conditions.map { ("conditions", $0) } + g.materials.map { ("materials", $0) }
            out += [("limit", g.limit), ("fee", g.fee), ("place", g.place), ("hours", g.hours), ("phone", g.phone),
                    ("online-url", g.onlineURL)]
            out += g.steps.flatMap { [("steps", $0.name), ("steps", $0.role), ("steps", $0.limit)] }
        }
        return out.compactMap { k, v in v.map { (k, $0) } }
    }
}
