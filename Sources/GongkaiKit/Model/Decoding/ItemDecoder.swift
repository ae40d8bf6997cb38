import Foundation

/// Turns one source file into a validated `Item`, or diagnostics saying why it cannot be one.
/// Checks that need the whole site (unique ids, categories, references) live in `SiteValidator`.
public enum ItemDecoder {
    /// How many diagnostics one file reports at most; the rest are counted in one more.
    public static let maxDiagnostics = 50

    /// Every file gives either an item or at least one error saying why it is none, at most
    /// `maxDiagnostics` of them (and one counting the rest).
    public static func decode(_ file: SourceFile) -> (item: Item?, diagnostics: [Diagnostic]) {
        let (item, found) = decodeUncapped(file)
        var diagnostics = found
        if item == nil, !diagnostics.contains(where: { $0.severity == .error }) {
            diagnostics.append(Diagnostic(.error, "item.not-read", .item(.notRead),
                                          at: SourceLocation(path: file.path, line: 1, column: 1), hint: .reportBug))
        }
        return (item, capped(diagnostics, path: file.path))
    }

    private static func decodeUncapped(_ file: SourceFile) -> (item: Item?, diagnostics: [Diagnostic]) {
        let (split, splitDiagnostics) = FrontMatter.split(file.text, path: file.path)
        guard let split else { return (nil, splitDiagnostics) }
        let body = bodyProblems(split.body, path: file.path, firstLine: split.bodyFirstLine)
        let (root, yamlDiagnostics) = YAMLParser.parseRecovering(split.yaml, path: file.path, firstLine: split.yamlFirstLine)
        guard let root else { return (nil, splitDiagnostics + yamlDiagnostics + body) }
        let r = FieldReader(root, path: file.path)
        let item = read(r, file: file, split: split)
        // Withheld passages are checked here, with the item alone, so a long-running process
        // that keeps the decoded item keeps this too.
        let passages = item.map(WithheldPassage.check) ?? []
        // Invisible characters (lone carriage returns included) keep the item out.
        let clean = body.isEmpty && !(splitDiagnostics + yamlDiagnostics).contains { $0.severity == .error }
        return (clean ? item : nil, splitDiagnostics + yamlDiagnostics + r.diagnostics + passages + body)
    }

    /// The first `maxDiagnostics` diagnostics in source order and, when there were more, an
    /// error at the first one left out saying how many.
    static func capped(_ diagnostics: [Diagnostic], path: String) -> [Diagnostic] {
        guard diagnostics.count > maxDiagnostics else { return diagnostics }
        let sorted = DiagnosticBag.sorted(diagnostics)
        let more = sorted.count - maxDiagnostics
        return Array(sorted.prefix(maxDiagnostics))
            + [Diagnostic(.error, "item.too-many-problems", .item(.tooManyProblems(more: more)),
                          at: sorted[maxDiagnostics].location ?? SourceLocation(path: path, line: 1, column: 1),
                          mayQuoteSource: false)]
    }

    /// The first control or bidirectional control character on each line of the body, at its
    /// line and column (a column counts characters). Line ends are `\n` by now.
    static func bodyProblems(_ body: String, path: String, firstLine: Int) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var line = firstLine, column = 1, reported = false
        for s in body.unicodeScalars {
            if s == "\n" {
                line += 1
                column = 1
                reported = false
                continue
            }
            if !reported, s.isForbiddenControl || s.isBidiControl {
                let problem: ItemProblem = s.isBidiControl ? .bodyBidiControl(s) : .bodyControlCharacter(s)
                out.append(Diagnostic(.error, s.isBidiControl ? "body.bidi-control" : "body.control-character",
                                      .item(problem), at: SourceLocation(path: path, line: line, column: column),
                                      mayQuoteSource: false))
                reported = true
            }
            column += 1
        }
        return out
    }

    private static func read(_ r: FieldReader, file: SourceFile, split: FrontMatterSplit) -> Item? {
        let top = SourceLocation(path: file.path, line: max(1, split.yamlFirstLine - 1), column: 1)
        // A required field left out is missing; one given with nothing in it (`title:`,
        // `title: ""`, only spaces of any kind) is blank. Either is an error, never a file that
        // silently gives no item.
        func required(_ key: String) -> String? {
            guard let pair = r.pair(key) else {
                r.error("item.missing-field", .item(.missingField(key)), at: top, hint: hint(forMissing: key))
                return nil
            }
            if let s = r.string(key) {
                if !s.isBlank { return s }
            } else if r.has(key) {
                return nil  // not text: `string` said so
            }
            r.error("item.blank-field", .item(.blankField(key)), at: pair.value.location)
            return nil
        }
        // A sign-off names a person: not nothing, not `TBD`.
        func signOff(_ key: String) -> String? {
            guard let pair = r.pair(key) else { return nil }
            if let s = r.string(key) {
                if s.isBlank {
                    r.error("item.blank-field", .item(.blankField(key)), at: pair.value.location)
                } else if SignOff.isPlaceholder(s) {
                    r.error("item.placeholder-sign-off", .item(.signOffPlaceholder(key: key, value: s)),
                            at: pair.value.location)
                } else {
                    return s
                }
            } else if !r.has(key) {
                r.error("item.blank-field", .item(.blankField(key)), at: pair.value.location)
            }
            return nil
        }
        let title = required("title")
        let kind = r.choice("kind", ItemKind.self, code: "item.unknown-kind") ?? (r.has("kind") ? nil : .notice)
        let category = required("category")
        let audience = r.choice("audience", Audience.self, code: "item.unknown-audience")
            ?? (r.has("audience") ? nil : .public)
        let timingGiven = r.has("timing")
        let timing = r.choice("timing", Timing.self, code: "timing.unknown")
        if !timingGiven {
            r.error("item.missing-field", .item(.missingField("timing")), at: top, hint: .addTiming)
        }

        let fileID = idFromPath(file.path)
        let explicitID = r.string("id")
        let id = explicitID ?? fileID
        if !isValidID(id) {
            r.error("item.bad-id", .item(.badID(id)), at: r.keyLocation("id") ?? top,
                    hint: explicitID == nil ? .renameFileOrSetID : nil)
        }
        // An id is the page's address, and so is a file name without `id`: neither may carry
        // personal data, which no masking could take out of a link.
        let scanner = PersonalDataScanner()
        if let m = scanner.scan(id).first {
            if explicitID != nil, let at = r.node("id")?.location {
                r.append(Diagnostic(.error, "privacy.personal-data-in-id", .item(.personalDataInID(m.kind, masked: m.masked)),
                                    at: at, mayQuoteSource: false))
            } else {
                let name = String(file.path.split(separator: "/").last ?? Substring(file.path))
                r.append(Diagnostic(.error, "privacy.personal-data-in-file-name",
                                    .item(.personalDataInFileName(scanner.mask(name), m.kind, masked: m.masked)),
                                    at: SourceLocation(path: file.path, line: 1, column: 1), mayQuoteSource: false))
            }
        }

        var known = ItemFields.common
        if let kind { known.formUnion(ItemFields.forKind(kind)) }
        if let timing { known.formUnion(ItemFields.forTiming(timing)) }
        if kind == nil || timing == nil {
            // Without a kind or timing we cannot tell misplaced keys apart; accept them all.
            for k in ItemKind.allCases { known.formUnion(ItemFields.forKind(k)) }
            for t in Timing.allCases { known.formUnion(ItemFields.forTiming(t)) }
        }

        var item = Item(path: file.path, id: id, title: title ?? "", kind: kind ?? .notice, category: category ?? "",
                        audience: audience ?? .public, timing: timing ?? .longTerm,
                        body: split.body, bodyFirstLine: split.bodyFirstLine, sourceHash: file.sha256)
        // Built apart and set once: setting an item's field copies what it holds.
        var locations: [String: SourceLocation] = [:]
        locations.reserveCapacity(r.pairs.count)
        for pair in r.pairs { locations[pair.key] = pair.value.location }
        item.fieldLocations = locations
        item.published = r.date("published")
        item.written = r.date("written")
        item.docNumber = r.string("doc-number")
        item.index = required("index")
        item.department = r.string("department")
        item.summary = r.string("summary")
        item.keywords = r.strings("keywords", words: true)
        item.genre = r.string("genre")
        item.approvedBy = signOff("approved-by")
        item.approvedOn = r.date("approved-on")
        item.reviewedBy = signOff("reviewed-by")
        item.reviewedOn = r.date("reviewed-on")
        item.confidentiality = confidentiality(r)
        item.changes = r.records("changes", keys: ["on", "note", "major"]) { c in
            guard let on = c.date("on") ?? missing(c, "on", .change),
                  let note = c.requiredString("note", in: .change) else { return nil }
            return Change(on: on, note: note, major: c.bool("major") ?? false)
        }
        item.responses = r.records("responses", keys: ["on", "question", "answer", "answered-on"]) { c in
            guard let on = c.date("on") ?? missing(c, "on", .response),
                  let q = c.requiredString("question", in: .response) else { return nil }
            return Response(on: on, question: q, answer: c.string("answer"), answeredOn: c.date("answered-on"),
                            location: c.keyLocation("question"))
        }
        item.attachments = r.records("attachments", keys: ["file", "title"]) { c in
            guard let f = c.requiredString("file", in: .attachment),
                  let t = c.requiredString("title", in: .attachment) else { return nil }
            return Attachment(file: f, title: t, titleLocation: c.keyLocation("title"))
        }
        item.board = r.bool("board") ?? false
        item.repealedOn = r.date("repealed-on")
        item.repealReason = r.string("repeal-reason")
        item.replacedBy = r.string("replaced-by")
        item.withdrawnOn = r.date("withdrawn-on")
        item.withdrawReason = r.string("withdraw-reason")

        item.period = r.choice("period", Period.self, code: "timing.unknown-period")
        if let text = r.string("covers") {
            if let c = Covers(text) { item.covers = c } else {
                r.error("timing.bad-covers", .item(.badCovers(text)), at: r.node("covers")!.location)
            }
        }
        item.series = r.string("series")
        if let series = item.series, let m = scanner.scan(series).first, let at = r.node("series")?.location {
            r.append(Diagnostic(.error, "privacy.personal-data-in-series",
                                .item(.personalDataInSeries(m.kind, masked: m.masked)), at: at, mayQuoteSource: false))
        }
        item.expires = r.date("expires")
        item.postingDays = r.int("posting-days", range: 1...365)
        item.reviewBy = r.date("review-by")

        switch kind {
        case .decision?:
            item.decision = DecisionFields(meeting: r.date("meeting"), hearing: r.string("hearing"),
                                           followUps: r.strings("follow-ups", words: true))
        case .power?:
            item.power = PowerFields(
                powerType: r.choice("power-type", PowerType.self, code: "item.unknown-power-type"),
                code: r.string("code"), basis: r.string("basis"), subject: r.string("subject"),
                handler: r.string("handler"), legalLimit: r.string("legal-limit"),
                promisedLimit: r.string("promised-limit"), fee: r.string("fee"), steps: steps(r),
                accountability: r.string("accountability"), supervisionPhone: r.string("supervision-phone"))
        case .guide?:
            item.guide = GuideFields(
                conditions: r.strings("conditions"), materials: r.strings("materials"), steps: steps(r),
                limit: r.string("limit"), fee: r.string("fee"), place: r.string("place"), hours: r.string("hours"),
                phone: r.string("phone"), onlineURL: r.string("online-url"))
        default: break
        }

        r.rejectUnknownKeys(known: known, elsewhere: kind != nil && timing != nil
                            ? ItemFields.elsewhere(kind: kind!, timing: timing!) : [:])
        if let timing { checkTiming(item, timing: timing, reader: r, top: top) }
        checkDocNumber(item, reader: r)
        if item.isApproved, item.published == nil, item.withdrawnOn == nil {
            r.error("item.missing-field", .item(.approvedNeedsPublished), at: r.keyLocation("approved-on") ?? top,
                    hint: .addPublished)
        }
        if let approved = item.approvedOn, let published = item.published, approved > published {
            r.error("item.approved-after-published", .item(.approvedAfterPublished(approved: approved, published: published)),
                    at: r.node("approved-on")?.location ?? top)
        }
        if (r.keyLocation("approved-by") == nil) != (r.keyLocation("approved-on") == nil) {
            let missingKey = item.approvedBy == nil ? "approved-by" : "approved-on"
            let present = item.approvedBy == nil ? "approved-on" : "approved-by"
            r.error("item.incomplete-approval", .item(.incompleteApproval(present: present, missing: missingKey)),
                    at: r.keyLocation(present) ?? top)
        }

        guard title != nil, kind != nil, category != nil, audience != nil, timing != nil,
              item.index != nil, !r.diagnostics.contains(where: { $0.severity == .error }) else { return nil }
        return item
    }

    private static func missing(_ r: FieldReader, _ key: String, _ record: Record) -> LocalDate? {
        if r.keyLocation(key) == nil {
            r.error("front-matter.missing-field", .recordNeeds(record, key: key), at: r.mappingLocation)
        }
        return nil
    }

    private static func steps(_ r: FieldReader) -> [ProcedureStep] {
        r.records("steps", keys: ["name", "role", "limit"]) { s in
            guard let name = s.requiredString("name", in: .step) else { return nil }
            return ProcedureStep(name: name, role: s.string("role"), limit: s.string("limit"))
        }
    }

    private static func confidentiality(_ r: FieldReader) -> [ConfidentialityFlag] {
        guard let n = r.node("confidentiality") else { return [] }
        let entries: [YAMLNode]
        switch n.value {
        case .scalar: entries = [n]
        case let .sequence(items): entries = items
        case .mapping:
            r.error("front-matter.type", .item(.confidentialityMustBeList), at: n.location)
            return []
        }
        return entries.compactMap {
            FieldReader.choice($0, key: "confidentiality", ConfidentialityFlag.self,
                               code: "item.unknown-confidentiality", list: true, reader: r)
        }
    }

    private static func checkTiming(_ item: Item, timing: Timing, reader r: FieldReader, top: SourceLocation) {
        switch timing {
        case .periodic:
            if !r.has("period") && r.keyLocation("period") == nil {
                r.error("timing.missing-period", .item(.missingPeriod), at: r.keyLocation("timing") ?? top)
            }
            if !r.has("covers") && r.keyLocation("covers") == nil {
                r.error("timing.missing-covers", .item(.missingCovers), at: r.keyLocation("timing") ?? top)
            }
            if let p = item.period, let c = item.covers, c.period != p {
                r.error("timing.covers-mismatch", .item(.coversMismatch(covers: c, period: p)), at: r.node("covers")!.location)
            }
        case .adHoc:
            if item.expires != nil && item.postingDays != nil {
                r.error("timing.expiry-twice", .item(.expiryTwice), at: r.keyLocation("posting-days") ?? top)
            } else if item.expires == nil && item.postingDays == nil
                        && r.keyLocation("expires") == nil && r.keyLocation("posting-days") == nil {
                r.error("timing.missing-expiry", .item(.missingExpiry), at: r.keyLocation("timing") ?? top)
            }
            if let e = item.expires, let p = item.published, e < p {
                r.error("timing.expires-before-published", .item(.expiresBeforePublished(expires: e, published: p)),
                        at: r.node("expires")!.location)
            }
        case .longTerm:
            break
        }
    }

    private static func checkDocNumber(_ item: Item, reader r: FieldReader) {
        guard let doc = item.docNumber, let loc = r.node("doc-number")?.location else { return }
        if DocNumber.isWellFormed(doc) { return }
        r.error("item.doc-number", .item(.docNumber(doc)), at: loc,
                hint: DocNumber.suggestion(for: doc).map { .write("\"\($0)\"") })
    }

    private static func hint(forMissing key: String) -> DiagnosticHint? {
        switch key {
        case "title": .addTitle
        case "category": .addCategory
        case "index": .addIndex
        default: nil
        }
    }

    static func idFromPath(_ path: String) -> String {
        var name = Substring(path.split(separator: "/").last ?? Substring(path))
        if name.hasSuffix(".md") { name = name.dropLast(3) }
        return String(name)
    }

    static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, id.unicodeScalars.count <= 200 else { return false }
        func ok(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("0"..."9").contains(c) }
        return ok(first) && id.unicodeScalars.allSatisfy { ok($0) || $0 == "-" }
    }
}
