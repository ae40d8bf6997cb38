/// Renders one page from a template and writes it to the staging area, or takes the previous
/// build's page when everything that goes into it is unchanged.
///
/// A page is a pure function of gongkai itself, the theme, the template's name and the template
/// context, so its cache key is the fingerprint of exactly those. Nothing else is read while
/// rendering, which is what makes a reused page byte-identical to a rendered one.
struct PageWriter: Sendable {
    let library: TemplateLibrary
    let staging: StagingArea
    let prefix: String
    let site: TemplateValue
    let strings: TemplateValue
    let context: ContextBuilder
    /// Where every page written is recorded, for the sitemap (the web pages of an edition, not
    /// its print pages).
    let log: PageLog?
    /// The part of every page's key that is the same for all pages of this writer.
    private let keyBase: Fingerprint

    init(theme: Theme, staging: StagingArea, prefix: String, site: TemplateValue, strings: TemplateValue,
         context: ContextBuilder, log: PageLog? = nil) {
        library = theme.library
        self.staging = staging
        self.prefix = prefix
        self.site = site
        self.strings = strings
        self.context = context
        self.log = log
        var f = Fingerprint()
        f.add(BuildIdentity.fingerprint)
        f.add(theme.fingerprint)
        f.add(prefix)
        site.fingerprint(into: &f)
        strings.fingerprint(into: &f)
        keyBase = f
    }

    /// Renders and writes the page.
    @Sendable func write(_ template: String, path: String, page: TemplateValue,
                         extra: [String: TemplateValue]) throws {
        _ = try render(template, path: path, page: { page }, extra: { extra }, inputs: nil, hashed: false)
    }

    /// Renders and writes the page; returns its bytes' SHA-256 (for the archive manifest).
    /// `page` and `extra` are only called when the page has to be rendered, or their fingerprint
    /// is not known for `inputs`: the fingerprint of everything they read beyond what every page
    /// of this writer shares. In debug builds a remembered fingerprint is checked against them.
    @Sendable func writeHashed(_ template: String, path: String, page: () -> TemplateValue,
                               inputs: Fingerprint, extra: () -> [String: TemplateValue]) throws -> String {
        try render(template, path: path, page: page, extra: extra, inputs: inputs, hashed: true)!
    }

    private func render(_ template: String, path: String, page makePage: () -> TemplateValue,
                        extra makeExtra: () -> [String: TemplateValue], inputs: Fingerprint?,
                        hashed: Bool) throws -> String? {
        var key = keyBase
        key.add(template)
        key.add(path)
        var made: (page: TemplateValue, extra: [String: TemplateValue])?
        if let inputs, let known = staging.context(madeFrom: inputs) {
            key.add(known)
            assert(Self.fingerprint(makePage(), makeExtra()) == known,
                   "\(path): the context changed but what it is made from did not")
        } else {
            made = (makePage(), makeExtra())
            let context = Self.fingerprint(made!.page, made!.extra)
            key.add(context)
            if let inputs { staging.remember(context: context, madeFrom: inputs) }
        }
        defer { log?.add(path) }
        if let old = try staging.reuse(prefix + path, key: key, needsSHA256: hashed) {
            return old.sha256
        }
        let (page, extra) = made ?? (makePage(), makeExtra())
        var fields: [String: TemplateValue] = ["site": site, "page": page, "t": strings]
        for (k, v) in extra { fields[k] = v }
        let html = try library.render(template, context.object(fields))
        let bytes = Array(html.utf8)
        let sha = hashed ? SHA256.hex(bytes) : nil
        try staging.write(prefix + path, bytes, cacheKey: key, sha256: sha)
        return sha
    }

    /// The fingerprint of a page's own values: its `page` object and the rest of its context.
    private static func fingerprint(_ page: TemplateValue, _ extra: [String: TemplateValue]) -> Fingerprint {
        var f = Fingerprint()
        page.fingerprint(into: &f)
        TemplateValue.object(extra).fingerprint(into: &f)
        return f
    }
}
