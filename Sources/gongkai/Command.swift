import Foundation
import GongkaiKit

/// `gongkai build` and `gongkai check`: resolve the as-of date, call the library, print.
struct Command {
    let args: Arguments
    let root: URL
    let environment: [String: String]

    func run() -> ExitCode {
        let siteYAML = root.appendingPathComponent("content/site.yaml")
        guard FileManager.default.fileExists(atPath: siteYAML.path) else {
            printError("gongkai: no content/site.yaml in \(root.path); run gongkai in a site's folder or pass --root DIR")
            return .io
        }
        let asOf: LocalDate
        switch AsOf.resolve(flag: args.asOf, environment: environment, timeZone: timeZone(), now: Date()) {
        case let .success(d): asOf = d
        case let .failure(f):
            printError("gongkai: \(f)")
            return args.asOf != nil ? .usage : .io
        }
        let language = Language.resolve(flag: args.lang, root: root, environment: environment)
        let summary: BuildSummary
        do {
            if args.command == "check" {
                summary = try SiteBuilder.check(root: root, asOf: asOf)
            } else {
                let out = args.out.map { URL(fileURLWithPath: $0, relativeTo: root).standardizedFileURL }
                var options = BuildOptions(root: root, out: out, asOf: asOf, drafts: args.drafts)
                options.failOnWarnings = args.strict
                if args.clean { options.reuse = nil }
                if args.edition != "all" { options.editions = [Edition(rawValue: args.edition)!] }
                if args.pdf { options.pdf = PDFOptions(chromium: args.chromium, searchPath: environment["PATH"] ?? "") }
                options.language = args.lang
                summary = try SiteBuilder.build(options)
            }
        } catch {
            printError("gongkai: \(error.localizedDescription)")
            return .io
        }
        return report(summary, asOf: asOf, language: language)
    }

    /// The site's time zone, else Asia/Shanghai (the loader reports a missing one separately).
    private func timeZone() -> String { AsOf.siteTimeZone(root: root) ?? "Asia/Shanghai" }

    private func report(_ summary: BuildSummary, asOf: LocalDate, language l: Language) -> ExitCode {
        let diagnostics = DiagnosticBag.sorted(summary.diagnostics)
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        let red = summary.findings.filter { $0.card == .red }.count
        let yellow = summary.findings.count - red
        // Lateness never fails a build; check fails on a red card (and with --strict on a yellow one).
        let cardsFail = args.command == "check" && (red > 0 || (args.strict && yellow > 0))
        let failed = errors > 0 || (args.strict && warnings > 0) || cardsFail
        if args.format == .json {
            print(JSONReport.text(summary: summary, diagnostics: diagnostics, asOf: asOf, command: args.command, language: l))
        } else {
            if args.format == .gitlab {
                // The report on stdout for the merge request; the same findings as text on stderr
                // for the job's log. build reports its diagnostics, check also its cards.
                let cards = args.command == "check" ? summary.findings : []
                print(CodeQualityReport.text(diagnostics: diagnostics.map { $0.maskingPersonalData() }, findings: cards, language: l))
            }
            var printer = DiagnosticPrinter(root: root, format: args.format, language: l, environment: environment)
            for d in diagnostics { printError(printer.text(d)) }
            if args.command == "check" {
                for line in printer.findings(summary.findings) { printError(line) }
                for line in printer.held(summary.held) { printError(line) }
            }
        }
        let s = summary
        var line = l.say("gongkai \(args.command)：截至 \(asOf)，读取 \(s.filesRead) 条信息，公开 \(s.published) 条，未公开 \(s.withheld) 条",
                         "gongkai \(args.command): as of \(asOf): \(s.filesRead) items read, \(s.published) published, \(s.withheld) withheld")
        if args.command == "build" {
            line += s.wroteOutput ? l.say("，写入 \(s.pagesWritten) 个页面", ", \(s.pagesWritten) pages written")
                : l.say("，未写入任何文件", ", nothing written")
        }
        line += l.say("；\(errors) 个错误，\(warnings) 个警告",
                      "; \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        line += l.say("；电子监察：红牌 \(red) 张，黄牌 \(yellow) 张", "; supervision: \(red) red, \(yellow) yellow")
        if failed && args.command == "build" && !summary.wroteOutput {
            line += l.say("（原有输出保持不变）", " (previous output left untouched)")
        }
        printError(line)
        if args.timings && args.command == "build" {
            printError(l.say("gongkai build：最终扫描写出的文件用了 \(String(format: "%.2f", s.finalScanSeconds)) 秒 CPU 时间",
                             "gongkai build: the final scan of the written files took \(String(format: "%.2f", s.finalScanSeconds)) s of CPU time"))
        }
        return failed ? .contentErrors : .ok
    }
}

/// `--format json`: one object on stdout.
enum JSONReport {
    static func text(summary: BuildSummary, diagnostics: [Diagnostic], asOf: LocalDate, command: String,
                     language: Language) -> String {
        DiagnosticJSON.summary(summary, diagnostics: diagnostics, asOf: asOf, command: command, language: language)
    }
}
