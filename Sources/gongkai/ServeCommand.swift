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
        options.server = HTTPServer.Configuration(host: args.host ?? "127.0.0.1", port: args.port ?? 8000)
        if let flag = args.asOf {
            guard let date = LocalDate(iso: flag) else {
                printError("gongkai serve: \(AsOf.Failure.badFlag(flag))")
                return .usage
            }
            options.asOf = date
        }
        let root = self.root, format = args.format, environment = self.environment
        let server = PreviewServer(options) { build in
            Self.report(build, root: root, format: format, environment: environment)
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
        let what = "\(options.edition == .public ? "public" : "internal") edition\(options.drafts ? " with drafts" : "")"
        FileHandle.standardOutput.write(Data("gongkai serve: serving the \(what) of \(root.path) at \(url) (Ctrl-C to stop)\n".utf8))
        server.run()
        printError("gongkai serve: stopped")
        return .ok
    }

    private static func report(_ build: PreviewBuild, root: URL, format: Arguments.Format, environment: [String: String]) {
        let diagnostics = DiagnosticBag.sorted(build.summary?.diagnostics ?? [])
        var printer = DiagnosticPrinter(root: root, format: format == .github ? .github : .text, environment: environment)
        for d in diagnostics { printError(printer.text(d)) }
        var line = "gongkai serve: "
        if !build.changed.isEmpty {
            let shown = build.changed.prefix(3).joined(separator: ", ")
            line += shown + (build.changed.count > 3 ? " and \(build.changed.count - 3) more" : "") + " changed; "
        }
        let seconds = String(format: "%.2f", build.seconds)
        if build.ok, let s = build.summary {
            line += "built in \(seconds) s"
            if let asOf = build.asOf { line += " as of \(asOf)" }
            line += ": \(s.published) published, \(s.pagesWritten) pages"
            let warnings = diagnostics.filter { $0.severity == .warning }.count
            if warnings > 0 { line += ", \(warnings) warning\(warnings == 1 ? "" : "s")" }
            if build.number > 1 { line += "; open pages reload" }
        } else if let failure = build.failure {
            line += "build failed: \(failure); " + (build.serving ? "still serving the last good build" : "nothing to serve until it is fixed")
        } else {
            let errors = diagnostics.filter { $0.severity == .error }.count
            line += "build failed with \(errors) error\(errors == 1 ? "" : "s") in \(seconds) s; "
                + (build.serving ? "still serving the last good build" : "nothing to serve until it is fixed")
        }
        printError(line)
    }
}
