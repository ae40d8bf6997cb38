import Foundation
import GongkaiKit

/// Exit codes (DESIGN 7).
enum ExitCode: Int32 {
    case ok = 0
    case contentErrors = 1
    case usage = 64
    case io = 74
}

func printError(_ s: String) {
    FileHandle.standardError.write(Data((s + "\n").utf8))
}

func run() -> ExitCode {
    let environment = ProcessInfo.processInfo.environment
    let args: Arguments
    do {
        args = try Arguments.parse(Array(CommandLine.arguments.dropFirst()))
    } catch let e as Arguments.UsageError {
        printError("gongkai: \(e.message)\n\n\(Usage.general)")
        return .usage
    } catch {
        return .usage
    }
    if args.help || args.command == "help" {
        print(Usage.text(for: args.help ? args.command : args.positional.first ?? "help"))
        return .ok
    }
    if args.command == "version" {
        print("gongkai \(Gongkai.version) (commit \(buildCommit))")
        return .ok
    }
    let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    let root = URL(fileURLWithPath: args.root, relativeTo: cwd).standardizedFileURL
    switch args.command {
    case "new": return NewCommand(args: args, root: root, environment: environment).run()
    case "serve": return ServeCommand(args: args, root: root, environment: environment).run()
    default: return Command(args: args, root: root, environment: environment).run()
    }
}

exit(run().rawValue)
