import Foundation
import GongkaiKit

/// `gongkai new <kind> <title>`: prints the path of the item written (stdout), or why not.
struct NewCommand {
    let args: Arguments
    let root: URL
    let environment: [String: String]

    func run() -> ExitCode {
        guard args.positional.count == 2 else {
            printError("gongkai new: give a kind and a title, e.g. gongkai new notice \"关于……的通知\"\n\n\(Usage.new)")
            return .usage
        }
        var language = Language.resolve(flag: args.lang, root: root, environment: environment)
        do {
            let config = try NewItem.siteConfig(root: root)
            language = args.lang ?? Language(siteLanguage: config.language)
            let date: LocalDate
            switch AsOf.resolve(flag: args.asOf, environment: environment, timeZone: config.timezone, now: Date()) {
            case let .success(d): date = d
            case let .failure(f):
                printError("gongkai new: \(f)")
                return args.asOf != nil ? .usage : .io
            }
            let request = NewItemRequest(kind: args.positional[0], title: args.positional[1], category: args.category,
                                         timing: args.timing, audience: args.audience, id: args.id, date: date)
            let result = try NewItem.create(request, config: config, root: root)
            print(result.path)
            printError(language.say(
                "gongkai new: 已创建 \(result.path)（索引号 \(result.index)）；请填写内容，用 gongkai serve --drafts 预览，再送审签发",
                "gongkai new: wrote \(result.path) (index \(result.index)); fill it in, preview with gongkai serve --drafts, then ask for sign-off"))
            return .ok
        } catch {
            switch error {
            case let .invalid(message):
                printError("gongkai new: \(message)")
                return .usage
            case let .site(diagnostics):
                var printer = DiagnosticPrinter(root: root, format: args.format, language: language, environment: environment)
                for d in DiagnosticBag.sorted(diagnostics) { printError(printer.text(d)) }
                printError("gongkai new: " + error.message(in: language) + language.say("；未写入任何文件", "; nothing written"))
                return .contentErrors
            case .exists, .idTaken, .indexExhausted:
                printError("gongkai new: " + error.message(in: language))
                return .contentErrors
            case .io:
                printError("gongkai new: \(error)")
                return .io
            }
        }
    }
}
