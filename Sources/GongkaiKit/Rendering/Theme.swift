import Foundation

/// A theme as the renderers use it: parsed templates, UI strings in the site's language, and
/// asset files. A site's theme (`theme:` in site.yaml) overrides `themes/default` file by file.
public struct Theme: Sendable {
    public var library: TemplateLibrary
    /// UI strings of the site's language (`i18n/<language>.yaml`), falling back to zh-CN's.
    public var strings: [String: String]
    /// Asset files by path relative to `assets/`.
    public var assets: [(path: String, data: Data)]
    /// SHA-256 over every file that went into the theme.
    public var fingerprint: String

    public static func load(root: URL, name: String, language: String) -> (theme: Theme?, diagnostics: [Diagnostic]) {
        let themes = root.appendingPathComponent("themes")
        var layers = [themes.appendingPathComponent("default")]
        if name != "default" {
            let own = themes.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: own.path) else {
                return (nil, [Diagnostic(.error, "theme.missing", .site(.themeMissing(name)),
                                         at: SourceLocation(path: "content/site.yaml", line: 1, column: 1))])
            }
            layers.append(own)
        }
        var diagnostics: [Diagnostic] = []
        // Later layers override earlier ones, file by file.
        var templateFiles: [String: (path: String, text: String)] = [:]
        var assetFiles: [String: Data] = [:]
        var i18nFiles: [String: (path: String, text: String)] = [:]
        for layer in layers {
            let layerName = "themes/" + layer.lastPathComponent
            for rel in files(under: layer.appendingPathComponent("templates")) where rel.hasSuffix(".mustache") {
                let name = String(rel.dropLast(".mustache".count))
                if let text = readText(layer.appendingPathComponent("templates/" + rel)) {
                    templateFiles[name] = ("\(layerName)/templates/\(rel)", text)
                }
            }
            for rel in files(under: layer.appendingPathComponent("assets")) {
                // The final guard refuses a type it cannot read; say so where the file is.
                guard OutputFileType.of("public/assets/" + rel) != nil else {
                    diagnostics.append(Diagnostic(.error, "theme.asset-type",
                                                  .site(.assetType(OutputFileType.suffix(of: rel), known: OutputFileType.assetSuffixes)),
                                                  at: SourceLocation(path: "\(layerName)/assets/\(rel)", line: 1, column: 1)))
                    continue
                }
                if let data = FileManager.default.contents(atPath: layer.appendingPathComponent("assets/" + rel).path) {
                    assetFiles[rel] = data
                }
            }
            for rel in files(under: layer.appendingPathComponent("i18n")) where rel.hasSuffix(".yaml") {
                if let text = readText(layer.appendingPathComponent("i18n/" + rel)) {
                    i18nFiles[String(rel.dropLast(5))] = ("\(layerName)/i18n/\(rel)", text)
                }
            }
        }
        var templates: [String: Template] = [:]
        var hasher = SHA256()
        for name in templateFiles.keys.sorted() {
            let (path, text) = templateFiles[name]!
            hasher.update(Array("\(path)\n\(text)\n".utf8))
            do {
                templates[name] = try Template(text, name: name)
            } catch {
                diagnostics.append(Diagnostic(.error, "theme.template", .site(.template(error.message)),
                                              at: SourceLocation(path: path, line: error.line, column: error.column)))
            }
        }
        for required in ["base", "home", "item", "list", "catalogue"] where templateFiles[required] == nil {
            diagnostics.append(Diagnostic(.error, "theme.missing-template", .site(.missingTemplate(required))))
        }
        var strings: [String: String] = [:]
        for lang in language == "zh-CN" ? ["zh-CN"] : ["zh-CN", language] {
            guard let (path, text) = i18nFiles[lang] else {
                diagnostics.append(Diagnostic(.error, "theme.missing-strings", .site(.missingStrings(language: lang))))
                continue
            }
            hasher.update(Array("\(path)\n\(text)\n".utf8))
            let (root, ds) = YAMLParser.parse(text, path: path)
            diagnostics += ds
            guard let root, case let .mapping(pairs) = root.value else { continue }
            for pair in pairs {
                if case let .scalar(s) = pair.value.value { strings[pair.key] = s.text } else {
                    diagnostics.append(Diagnostic(.error, "theme.strings", .site(.stringNotText(pair.key)), at: pair.keyLocation))
                }
            }
        }
        let assets = assetFiles.keys.sorted().map { (path: $0, data: assetFiles[$0]!) }
        for (path, data) in assets { hasher.update(Array(path.utf8)); hasher.update(data) }
        if diagnostics.contains(where: { $0.severity == .error }) { return (nil, diagnostics) }
        let digest = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        return (Theme(library: TemplateLibrary(templates: templates), strings: strings, assets: assets,
                      fingerprint: digest), diagnostics)
    }

    private static func files(under dir: URL) -> [String] {
        guard let e = FileManager.default.enumerator(atPath: dir.path) else { return [] }
        var out: [String] = []
        while let rel = e.nextObject() as? String {
            var isDir: ObjCBool = false
            let name = rel.split(separator: "/").last.map(String.init) ?? rel
            if name.hasPrefix(".") { continue }
            if FileManager.default.fileExists(atPath: dir.appendingPathComponent(rel).path, isDirectory: &isDir),
               !isDir.boolValue {
                out.append(rel)
            }
        }
        return out.sorted()
    }

    private static func readText(_ url: URL) -> String? {
        FileManager.default.contents(atPath: url.path).flatMap { String(data: $0, encoding: .utf8) }
    }
}
