import Dispatch
import Foundation
import GongkaiKit

/// `gongkai serve`: starts the preview server, reports every build, stops on Ctrl-C (exit 0).
struct ServeCommand {
    let args: Arguments
    let root: URL
    let environment: [String: String]

    func run() -> ExitCode {
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent("content/site.yaml").path) else {
            printError("gongkai serve: no content/site.yaml in \(root.path); run gongkai in a site's folder or pass --root DIR")
            return .io
        }
        var options = PreviewOptions(root: root)
        options.edition = args.edition == "internal" ? .internal : .public
        options.drafts = args.drafts
        options.environment = environment
        options.language = args.lang
        options.server = HTTPServer.Configuration(host: args.host ?? "127.0.0.1", port: args.port ?? 8000)
        if let flag = args.asOf {
            guard let date = LocalDate(iso: flag) else {
                printError("gongkai serve: \(AsOf.Failure.badFlag(flag))")
                return .usage
            }
            options.asOf = date
        }
        let root = self.root, format = args.format, environment = self.environment, flag = args.lang
        let server = PreviewServer(options) { build in
            // site.yaml may change its language while the preview runs: ask again at every build.
            let language = Language.resolve(flag: flag, root: root, environment: environment)
            Self.report(build, root: root, format: format, language: language, environment: environment)
        }
        // Ctrl-C and SIGTERM stop the server; run() then returns and the process exits 0.
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let signals = [SIGINT, SIGTERM].map { number in
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { server.stop() }
            source.resume()
            return source
        }
        defer { signals.forEach { $0.cancel() } }
        let url: String
        do {
            url = try server.start()
        } catch {
            printError("gongkai serve: \(error)")
            return .io
        }
        let l = Language.resolve(flag: args.lang, root: root, environment: environment)
        let what = l.say("\(options.edition == .public ? "公开版" : "内部版")\(options.drafts ? "（含草稿）" : "")",
                         "\(options.edition == .public ? "public" : "internal") edition\(options.drafts ? " with drafts" : "")")
        let serving = l.say("gongkai serve：正在预览 \(root.path) 的\(what)，地址 \(url)（按 Ctrl-C 停止）",
                            "gongkai serve: serving the \(what) of \(root.path) at \(url) (Ctrl-C to stop)")
        FileHandle.standardOutput.write(Data((serving + "\n").utf8))
        server.run()
        printError(l.say("gongkai serve：已停止", "gongkai serve: stopped"))
        return .ok
    }

    private static func report(_ build: PreviewBuild, root: URL, format: Arguments.Format, language l: Language,
                               environment: [String: String]) {
        let diagnostics = DiagnosticBag.sorted(build.summary?.diagnostics ?? [])
        var printer = DiagnosticPrinter(root: root, format: format == .github ? .github : .text, language: l,
                                        environment: environment)
        for d in diagnostics { printError(printer.text(d)) }
        var line = l.say("gongkai serve：", "gongkai serve: ")
        if !build.changed.isEmpty {
            let more = build.changed.count - 3
            line += l.say(build.changed.prefix(3).joined(separator: "、") + (more > 0 ? " 等 \(build.changed.count) 个文件有改动；" : " 有改动；"),
                          build.changed.prefix(3).joined(separator: ", ") + (more > 0 ? " and \(more) more" : "") + " changed; ")
        }
        let seconds = String(format: "%.2f", build.seconds)
        let still = build.serving ? l.say("仍在预览上次成功构建的页面", "still serving the last good build")
            : l.say("改正之前没有可预览的页面", "nothing to serve until it is fixed")
        if build.ok, let s = build.summary {
            let asOf = build.asOf.map { l.say("，截至 \($0)", " as of \($0)") } ?? ""
            line += l.say("构建完成，用时 \(seconds) 秒\(asOf)：公开 \(s.published) 条，\(s.pagesWritten) 个页面",
                          "built in \(seconds) s\(asOf): \(s.published) published, \(s.pagesWritten) pages")
            let warnings = diagnostics.filter { $0.severity == .warning }.count
            if warnings > 0 {
                line += l.say("，\(warnings) 个警告", ", \(warnings) warning\(warnings == 1 ? "" : "s")")
            }
            if build.number > 1 { line += l.say("；已打开的页面会自动刷新", "; open pages reload") }
        } else if let failure = build.failure {
            line += l.say("构建失败：\(failure)；", "build failed: \(failure); ") + still
        } else {
            let errors = diagnostics.filter { $0.severity == .error }.count
            line += l.say("构建失败，有 \(errors) 个错误，用时 \(seconds) 秒；",
                          "build failed with \(errors) error\(errors == 1 ? "" : "s") in \(seconds) s; ") + still
        }
        printError(line)
    }
}
