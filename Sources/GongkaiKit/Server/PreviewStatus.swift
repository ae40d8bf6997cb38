/// `/__gongkai/status` (JSON) and the events of `/__gongkai/events`.
enum PreviewStatus {
    static func json(_ s: PreviewState.Snapshot, edition: Edition) -> String {
        let language = Language(siteLanguage: s.language)
        let english = language == .en
        let title = english
            ? (s.folder == nil ? "gongkai serve: the build failed" : "gongkai serve: the build failed; this page is from the last good build")
            : (s.folder == nil ? "gongkai serve：构建失败" : "gongkai serve：构建失败，当前显示的是上次成功构建的页面")
        return JSONValue.object([
            ("build", .optional(s.buildID)),
            ("ok", .bool(s.ok)),
            ("version", .int(s.version)),
            ("edition", .string(edition.rawValue)),
            ("as_of", .optional(s.asOf?.description)),
            ("folder", .optional(s.folder?.root)),
            ("title", .string(title)),
            ("close", .string(english ? "close" : "关闭")),
            ("failure", .optional(s.failure)),
            ("diagnostics", .array(s.diagnostics.map { d in
                var fields = BuildReport.entry(d, in: language)
                if case let .object(list) = fields { fields = .object(list + [("text", .string(text(d, in: language)))]) }
                return fields
            })),
        ]).serialized()
    }

    /// One Server-Sent Event: a single line of JSON.
    static func event(_ s: PreviewState.Snapshot) -> String {
        var line = "{\"build\":"
        if let id = s.buildID { JSONValue.quote(id, into: &line) } else { line += "null" }
        line += ",\"ok\":\(s.ok),\"version\":\(s.version)}"
        return "data: \(line)\n\n"
    }

    /// The diagnostic as the terminal shows it, without the source line.
    static func text(_ d: Diagnostic, in language: Language) -> String {
        d.description(in: language) + (d.hint(in: language).map { "\n  " + language.say("提示：", "hint: ") + $0 } ?? "")
    }
}
